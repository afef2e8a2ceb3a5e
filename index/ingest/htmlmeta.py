"""An HTML page's metadata from what it declares: JSON-LD, ``og:``/``article:`` meta, links, ``<time>``.

Title without the site's name around it; source from ``og:site_name``, the JSON-LD publisher or
site, the domain as a last resort; date from JSON-LD ``datePublished``, ``article:published_time``
and kindred meta, ``<time datetime>``, or the URL; author; canonical URL.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any, Iterator
from urllib.parse import urlsplit

from .archives import ARCHIVE_TODAY
from .byline import role_key
from .fields import parse_date
from .liveblog import live_blog_text
from .pagescan import PageScan
from .template_code import has_template

_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                  "OpinionNewsArticle", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
                  "BackgroundNewsArticle", "ReviewNewsArticle", "SocialMediaPosting", "Posting", "PodcastEpisode")
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
              "dc.date", "dcterms.date", "date", "article.published", "cxenseparse:recs:publishtime")
SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|•)\s+|\s*[｜]\s*|(?<=[^\x00-\x7f])\s*_\s*(?=[^\x00-\x7f])")
"""Between a headline and a site's name: ' | ', ' - ', ' – ', …; a full-width bar and an underscore between
CJK characters ('标题_城市日报')."""
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|\b)|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b"
                       r"|/((?:19|20)\d{2})(\d{2})(\d{2})/")


def _nodes(obj: Any) -> Iterator[dict]:
    if isinstance(obj, list):
        for o in obj:
            yield from _nodes(o)
    elif isinstance(obj, dict):
        yield obj
        if "@graph" in obj:
            yield from _nodes(obj["@graph"])


def _types(node: dict) -> set[str]:
    t = node.get("@type")
    return {x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def jsonld_nodes(scan: PageScan) -> list[dict]:
    """Every JSON-LD object on the page (top level and ``@graph``); broken blocks are ignored."""
    out: list[dict] = []
    for raw in scan.jsonld:
        raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
        try:
            out.extend(_nodes(json.loads(raw, strict=False)))
        except (ValueError, RecursionError):
            continue
    return out


def _name(value: Any, by_id: dict[str, dict]) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v, by_id) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in by_id:
            value = by_id[value["@id"]]
        name = value.get("name")
        return " ".join(unescape(name).split()) if isinstance(name, str) and name.strip() else None
    if isinstance(value, str) and value.strip() and not value.startswith(("http://", "https://")):
        return " ".join(unescape(value).split())
    return None


ORG_TYPES = {"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization", "NGO",
             "EducationalOrganization", "OnlineBusiness", "LocalBusiness", "WebSite", "Brand", "MediaOrganization"}
"""JSON-LD types of an author that is an outlet, not a person: the page's publisher, never its byline."""


def authors(value: Any, by_id: dict[str, dict]) -> tuple[list[str], list[str]]:
    """``(people, organisations)`` named by a JSON-LD ``author`` (a name, an object, an ``@id`` reference
    into ``@graph``, or a list of them). As trafilatura does, an author typed Person or untyped is a
    person; one typed Organization (or a kindred type) is an outlet ('BBC News', 'Reuters')."""
    people: list[str] = []
    orgs: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict) and "name" not in v and isinstance(v.get("@id"), str):
            v = by_id.get(v["@id"], v)
        name = _name(v, by_id)
        if name:
            (orgs if isinstance(v, dict) and _types(v) & ORG_TYPES and "Person" not in _types(v)
             else people).append(name)
    return list(dict.fromkeys(people)), list(dict.fromkeys(orgs))


MAX_ROLES = 20
"""At most this many job titles are read from a page's authors."""


def author_roles(nodes: list[dict], author: Any, by_id: dict[str, dict]) -> frozenset[str]:
    """The job titles (``jobTitle``, as :func:`.byline.role_key` writes them) the page declares for the people of
    its JSON-LD: its article's authors and every Person node ('Reporter', 'Data Journalist'). A page that names
    an author by the role alone shows the role where a byline stands, and it is nobody's name."""
    people = [a for a in (author if isinstance(author, list) else [author]) if isinstance(a, dict)]
    people = [by_id.get(a["@id"], a) if "jobTitle" not in a and isinstance(a.get("@id"), str) else a for a in people]
    people += [n for n in nodes if "Person" in _types(n)]
    roles: set[str] = set()
    for person in people[:MAX_ROLES]:
        titles = person.get("jobTitle")
        for title in (titles if isinstance(titles, list) else [titles])[:MAX_ROLES]:
            if isinstance(title, dict):
                title = title.get("name")
            if isinstance(title, str) and title.strip():
                roles.add(role_key(unescape(title)))
    roles.discard("")
    return frozenset(roles)


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def structured(scan: PageScan) -> dict[str, Any]:
    """Title candidates, site names, date, author, url and ``articleBody`` the page declares."""
    nodes = jsonld_nodes(scan)
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    m = {**_parsely_page(scan.meta.get("parsely-page")), **scan.meta}
    art = own_node([n for n in nodes if _types(n) & set(_ARTICLE_TYPES)], scan)
    site = next((n for n in nodes if "WebSite" in _types(n)), {})
    out: dict[str, Any] = {}
    headline = unescape(art["headline"]) if isinstance(art.get("headline"), str) else None  # ('&#8217;' in Yoast's)
    out["titles"] = [t for t in (headline, m.get("og:title"), m.get("twitter:title"),
                                 *(m.get(k) for k in _TITLE_META)) if isinstance(t, str) and t.strip()]
    sites = [m.get("og:site_name"), _name(site, by_id), _name(art.get("publisher"), by_id),
             m.get("application-name"), m.get("publisher"), m.get("dc.publisher"), scan.micro.get("publisher")]
    out["sites"] = platform_last([s for s in sites if s and s.strip()])
    date = None
    for value in (art.get("datePublished"), art.get("dateCreated"), *(m.get(k) for k in _DATE_META),
                  *scan.times, *scan.late_times):
        date = parse_date(value) if isinstance(value, str) else None
        if date:
            out["date_text"] = value  # (a moment in UTC: see :func:`.localday.own_day`)
            break
    out["stamps"] = [art.get("datePublished"), art.get("dateCreated"), art.get("dateModified"),
                     *(m.get(k) for k in (*_DATE_META, "article:modified_time", "og:updated_time"))]
    url = (scan.canonical if scan.canonical.startswith(("http://", "https://")) else None) \
        or _url(m.get("og:url")) or _url(art.get("url")) or _url(art.get("mainEntityOfPage")) \
        or _url(m.get("parsely-link"))
    url = original_url(url) if url else None
    # the date it was last changed only when nothing says when it was published
    out["date"] = date or url_date(url or "") or next(
        (d for d in map(_date_of, (art.get("dateModified"), m.get("article:modified_time"), m.get("og:updated_time")))
         if d), None)
    out["url"] = url
    out["roles"] = author_roles(nodes, art.get("author"), by_id) | (
        {role_key(scan.micro["jobtitle"])} if scan.micro.get("jobtitle") else set())
    people, orgs = authors(art.get("author"), by_id)
    author = ", ".join(people) or None
    out["author_orgs"] = orgs  # a source when the page names no better one
    author = author or scan.micro.get("author")
    for key in ("author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl"):
        if author:
            break
        value = m.get(key, "")
        author = _name(value.removeprefix("By ").removeprefix("by "), by_id) if value else None
    out["author"] = author
    body = art.get("articleBody")
    out["article_body"] = body if isinstance(body, str) else live_blog_text(art)
    return out


def _parsely_page(raw: str | None) -> dict[str, str]:
    """Parse.ly's older meta, one JSON object (``<meta name="parsely-page" content='{"title": …, "link": …,
    "pub_date": …, "author": …}'>``), as the ``parsely-*`` meta it stands for."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    people = data.get("authors") or data.get("author")
    out = {"parsely-title": data.get("title"), "parsely-link": data.get("link"), "parsely-pub-date": data.get("pub_date"),
           "parsely-author": ", ".join(p for p in people if isinstance(p, str)) if isinstance(people, list) else people}
    return {k: " ".join(v.split()) for k, v in out.items() if isinstance(v, str) and v.strip()}


_TITLE_META = ("parsely-title", "sailthru.title", "dc.title")
"""Headline meta of analytics and library schemes (Parse.ly, Sailthru, Dublin Core)."""


def own_node(articles: list[dict], scan: PageScan) -> dict:
    """The page's own article among the JSON-LD article nodes (a ``@graph`` may list related stories
    too): the one at the page's canonical address, else the one whose headline the page shows, else the first."""
    if len(articles) < 2:
        return articles[0] if articles else {}
    here = {original_url(u).rstrip("/") for u in (scan.canonical, scan.meta.get("og:url", "")) if u}
    for node in articles:
        if {(_url(node.get(k)) or "").rstrip("/") for k in ("url", "mainEntityOfPage", "@id")} & here:
            return node
        if isinstance(node.get("@id"), str) and node["@id"].split("#")[0].rstrip("/") in here:
            return node
    shown = {name_key(h) for h in (*scan.headings[:2], scan.meta.get("og:title", ""), scan.title) if h}
    return next((n for n in articles if isinstance(n.get("headline"), str) and name_key(n["headline"]) in shown),
                articles[0])


PLATFORMS = {"medium", "substack", "blogger", "wordpresscom", "tumblr", "linkedin", "ghost", "mirror", "hashnode",
             "devto", "beehiiv"}
"""Publishing platforms: a site name that is one of them is the host, not the outlet, when the page also
names the publication (a Medium post in 'Better Streets')."""


def platform_last(sites: list[str]) -> list[str]:
    """``sites`` with the names of publishing platforms after the publication's own names."""
    own = [s for s in sites if name_key(s) not in PLATFORMS]
    return own + [s for s in sites if name_key(s) in PLATFORMS]


_WRAPPED = re.compile(r"^https?://web\.archive\.org/web/\d{1,14}[a-z_]*/(?:(https?):/+)?(.+)$"
                      r"|^https?://[\w.-]+\.cdn\.ampproject\.org/[a-z]/(s/)?(.+)$"
                      r"|^https?://(?:www\.)?google\.[a-z.]+/amp/(s/)?(.+)$", re.IGNORECASE)


def original_url(url: str) -> str:
    """The address an archive or cache serves a page under, unwrapped: a Wayback Machine capture
    (``web.archive.org/web/20240305154512/https://site/…``), an archive.today one
    (``archive.ph/2024.03.05-154512/https://site/…``), Google's AMP cache
    (``site-example.cdn.ampproject.org/c/s/site.example/…``) or AMP viewer (``google.com/amp/s/…``) →
    ``https://site/…``. Any other address is returned as it is."""
    m = _WRAPPED.match(url.strip())
    if not m:
        today = ARCHIVE_TODAY.match(url.strip())
        return today[1] if today else url
    if m[2]:
        return f"{m[1] or 'http'}://{m[2]}"
    secure, rest = (m[3], m[4]) if m[4] else (m[5], m[6])
    return f"{'https' if secure else 'http'}://{rest}"


def _date_of(value: Any) -> Any:
    return parse_date(value) if isinstance(value, str) else None


def url_date(url: str) -> Any:
    """A date written in a URL path (``/2025/05/08/``, ``-2025-08-12``, ``/20250812/``)."""
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    if not m:
        return None
    y, mo, d = next(m.group(i, i + 1, i + 2) for i in (1, 4, 7) if m.group(i))
    return parse_date(f"{y}-{int(mo):02d}-{int(d):02d}")


def domain(url: str | None) -> str | None:
    """``reuters.com`` for ``https://www.reuters.com/…``."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def name_key(s: str) -> str:
    """``s`` to compare as a name: lower case, letters and digits only (of any script: Arabic, Chinese)."""
    return re.sub(r"[\W_]", "", s.lower())


_PAGE_KIND = re.compile(r"Druckversion|Print(?:er[- ]friendly)?(?: version| view)?|Version imprimable|Versi(?:ó|o)n "
                        r"(?:para )?imprimir|Versione (?:stampabile|per la stampa)|Vers(?:ã|a)o para impress(?:ã|a)o",
                        re.IGNORECASE)
"""A part of ``<title>`` that names the kind of page (a print view), neither the headline nor the site."""


def site_in_title(page_title: str, title: str | None, url: str | None = None) -> str | None:
    """The site's name ``<title>`` adds to the headline ('Headline | The Courier' → 'The Courier'), else None.

    With a known ``url`` the name must match its domain ('thecourier.example'): else it may be a
    section ('Headline - Opinion'), and the domain is the better source."""
    parts = [p for p in SEPARATORS.split(" ".join(page_title.split())) if not _PAGE_KIND.fullmatch(p)]
    if title and url and len(parts) < 2 and ": " in page_title:  # ('Blog name: Post title', Blogger's; the name
        # must match the address, below)
        parts = page_title.split(": ", 1)[::-1] if name_key(page_title.split(": ", 1)[1]) == name_key(title) else []
    if not title or len(parts) < 2:
        return None
    labels = [name_key(x) for x in (domain(url) or "").split(".")[:-1] if len(x) > 2]  # 'thecourier', 'bbc'
    for head, rest in ((parts[:-1], parts[-1]), (parts[1:], parts[0])):
        if name_key(" ".join(head)) == name_key(title) and 1 <= len(rest.split()) <= 5 \
                and not any(c.isdigit() for c in rest) and rest[:1].isupper():
            key = name_key(rest)
            return rest.strip() if not url or any(x in key or key in x for x in labels) else None
    return None


def pick_title(candidates: list[str | None], scan: PageScan, sites: list[str], url: str | None) -> str | None:
    """The page's title: the first candidate (declared titles, trafilatura's, the first heading, then
    ``<title>``) without template code, cleaned of site names. A candidate that is a short part of
    ``<title>`` ('Blog name' in 'Post | Blog name') is the site's name: added to ``sites``."""
    parts = SEPARATORS.split(scan.title)
    longest = max(parts, key=lambda p: len(p.split()))
    for t in (*candidates, scan.title):
        if not t or has_template(t):
            continue
        if len(parts) > 1 and t != scan.title and t != longest and name_key(t) in {name_key(p) for p in parts}:
            sites.append(t)
            continue
        return clean_title(t, sites, scan.headings, url)
    return None


def clean_title(title: str, sites: list[str], headings: list[str], url: str | None) -> str:
    """``title`` without a site name before or after it ('… - Trinidad and Tobago Newsday', '| Reuters')."""
    title = " ".join(title.split())
    parts = SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    known = {name_key(s) for s in sites if s} | ({name_key(domain(url).split(".")[0])} if domain(url) else set())
    known.discard("")
    heads = {name_key(h) for h in headings}
    if name_key(title) in heads:
        return title  # the page shows it whole as its heading ('Budget 2025: … – live')
    for cut in range(len(parts) - 1, 0, -1):  # the longest head that is a heading
        head = title[: _sep_end(title, cut)]
        if name_key(head) in heads:
            return head
    while len(parts) > 1 and _names_site(name_key(parts[-1]), known):
        parts.pop()
        title = title[: _sep_end(title, len(parts))]
    while len(parts) > 1 and _names_site(name_key(parts[0]), known):
        parts.pop(0)
        title = SEPARATORS.split(title, maxsplit=1)[1]
    words = [len(p.split()) for p in parts]
    longest = max(range(len(parts)), key=words.__getitem__)
    if len(parts) > 1 and words[longest] >= 4 and all(words[longest] >= 2 * w for w in words if w != words[longest]):
        return parts[longest]  # 'County Courier Online - <headline>': a site name nothing on the page declares
    return title


def _names_site(part: str, known: set[str]) -> bool:
    """True when a title part is one of the site's names (or holds one, or is part of one)."""
    return part in known or any(len(k) >= 4 and k in part for k in known) \
        or (len(part) >= 3 and any(part in k for k in known))


def _sep_end(title: str, n: int) -> int:
    """The offset where the ``n``-th separator of ``title`` starts."""
    seps = list(SEPARATORS.finditer(title))
    return seps[n - 1].start() if n - 1 < len(seps) else len(title)
