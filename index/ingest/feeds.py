"""News feed files (RSS 2.0, RSS 1.0/RDF, Atom): each entry is an article.

Parsed with feedparser, the field's standard: it reads every RSS and Atom version, the common
extensions (``content:encoded``, Dublin Core dates and creators), recovers what it can from broken
XML and sanitises the HTML of entries. A feed read by its lenient parser is reported, never silent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from email.utils import parsedate_tz
from html import unescape
from typing import Any

from .decode import Unusable, decode_bytes
from urllib.parse import urljoin

from .embeds import social_embeds
from .htmltext import html_to_text

_SAFE_GUID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def parse_feed_bytes(data: bytes, response_headers: dict[str, str] | None = None) -> Any:
    """feedparser's result for a feed's bytes (never a URL or a path: feedparser does no I/O here)."""
    import feedparser

    return feedparser.parse(io.BytesIO(data), response_headers=response_headers or {})


def _benign(exc: Exception | None) -> bool:
    """Encoding notes feedparser raises for well-formed feeds (a declared charset overridden)."""
    import feedparser

    benign = tuple(getattr(feedparser, n) for n in ("CharacterEncodingOverride", "NonXMLContentType")
                   if hasattr(feedparser, n))
    return exc is None or isinstance(exc, benign)


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<rss" not in head
                                                              and b"<feed" not in head and b"<rdf" not in head)


_FEED_ROOT = re.compile(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|rdf:RDF|feed)[\s>]",
                        re.IGNORECASE | re.DOTALL)


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is a feed's (``<rss>``, ``<rdf:RDF>``, ``<feed>``): a feed
    saved under an .html name is read as the feed it is."""
    return bool(_FEED_ROOT.match(data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")))


def feed_problem(parsed: Any, data: bytes = b"") -> Unusable | None:
    """Why parsed bytes are no usable feed ('not a feed', 'malformed feed', 'empty'), else None."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    why = f"{type(exc).__name__}: {exc}"[:200] if exc is not None else ""
    usable = [e for e in parsed.entries if e]
    if not parsed.get("version") and not usable:
        if _looks_html(data):
            return Unusable("not a feed", "an HTML page, not an RSS or Atom document")
        if exc is not None and not _benign(exc):
            return Unusable("malformed feed", why)
        return Unusable("not a feed", "no RSS or Atom document (root element is not rss, rdf:RDF or feed)")
    if not usable:
        if exc is not None and not _benign(exc):
            return Unusable("malformed feed", why)
        return Unusable("empty", "the feed has no entries")
    return None


def lenient_note(parsed: Any) -> str | None:
    """For a feed only the lenient parser could read: what the strict parser said (else None)."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is None or _benign(exc):
        return None
    return f"{len(parsed.entries)} entries read by the lenient parser; {type(exc).__name__}: {exc}"[:200]


def _text(detail: Any, value: str | None) -> str:
    if not value:
        return ""
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    text = html_to_text(value) if kind in _HTML_TYPES or "<" in value else value.strip()
    return _TWICE.sub(lambda m: unescape(m[0]), text) if "&" in text else text


_TWICE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|hellip|[mn]dash);")
"""An entity left in the text once the feed's markup is read: a feed plugin escaped it twice ('&amp;#8217;'
in CDATA, '&amp;quot;'), and the reader sees the character."""


def story_text(html: str) -> str:
    """An entry's HTML as the story's text (see :func:`_story`)."""
    return _story({"type": "text/html"}, html)


def _story(detail: Any, value: str | None) -> str:
    """An entry's content or summary as the story's text: embedded posts as quotations, captions and
    feed furniture ('Continue reading →', 'Related: …', 'The post … appeared first on …') left out."""
    from .lines import without_furniture_lines

    if value and "<" in value:
        value = social_embeds(value)
    text = _text(detail, value)
    if value and text and _NAMED_BLOCK.search(value):  # share bars, related posts the site's plugins add
        from .pagescan import scan_page, without_furniture

        text = without_furniture(text, scan_page(value))
    return without_furniture_lines(text)


_NAMED_BLOCK = re.compile(r"<(?:nav|aside|footer|header|form)\b|\b(?:class|id|role)\s*=", re.IGNORECASE)
"""Content whose blocks name what they are: a share bar or related-posts box can be told from the story."""


_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _local_date(raw: Any) -> dt.date | None:
    """The day a feed's date string names where it was written ('Mon, 12 Jan 2026 19:05:00 -0500' is the
    12th, though it is the 13th in UTC), for an RFC 822 or ISO 8601 date."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 100:
        return None
    m = _ISO_DAY.match(raw)
    parts = (int(m[1]), int(m[2]), int(m[3])) if m else (parsedate_tz(raw) or (None,) * 3)[:3]
    try:
        return dt.date(*parts) if None not in parts else None
    except (ValueError, TypeError):
        return None


def _date(entry: Any) -> dt.date | None:
    """The entry's date as its outlet wrote it (the day where it was written), else feedparser's (in UTC)."""
    for key in ("published", "updated", "created"):
        if entry.get(key + "_parsed"):
            day = _local_date(entry.get(key))
            if day:
                return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def entry_key(entry: Any) -> str | None:
    """The entry's stable id suffix: a short plain guid as it is, else 12 hex of the guid or link."""
    guid = (entry.get("id") or "").strip()
    if guid and _SAFE_GUID.fullmatch(guid):
        return guid
    basis = guid or (entry.get("link") or "").strip()
    if not basis:
        title = (entry.get("title") or "").strip()
        if not title:
            return None
        basis = title + "\x1f" + str(entry.get("published") or entry.get("updated") or "")
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def entry_body(entry: Any) -> str:
    """The entry's full content (``content:encoded``, Atom content) when it has it, else its summary, as text."""
    return entry_text(entry)[0]


def entry_text(entry: Any) -> tuple[str, bool]:
    """The entry's text (see :func:`entry_body`) and whether it is only its summary (no full content)."""
    best = ""
    for part in entry.get("content") or []:
        text = _story(part, part.get("value"))
        if len(text) > len(best):
            best = text
    if best:
        return best, False
    return _story(entry.get("summary_detail"), entry.get("summary")), True


_EMAIL = re.compile(r"<?[^\s@()<>]+@[^\s@()<>]+>?")


def _author(entry: Any) -> str | None:
    """The entry's author by name: RSS's 'desk@site.example (Sam Idris)' → 'Sam Idris' (feedparser splits
    some addresses wrongly, so the raw string is read); a bare address is no name."""
    raw = entry.get("author") or ""
    if "@" not in raw:
        return " ".join(raw.split()) or None
    m = re.search(r"\(([^()]+)\)", raw)
    name = m[1] if m else _EMAIL.sub("", raw)
    return " ".join(name.strip(" ()<>,;").split()) or None


def entry_meta(entry: Any, source: str | None, base: str | None = None) -> dict[str, Any]:
    """Title, link, date, author, source and body of one entry (body may be ''), and ``extractor``: 'feed'
    for its full content, 'feed summary' when the feed gave only a summary (the body is that summary, never
    more); a relative link is resolved against ``base`` (the feed's own link)."""
    title = " ".join(_text(entry.get("title_detail"), entry.get("title")).split())
    link = (entry.get("feedburner_origlink") or entry.get("link") or "").strip()  # FeedBurner: the site's own
    if link and base and not link.startswith(("http://", "https://")):
        link = urljoin(base, link)
    body, summary = entry_text(entry)
    outlet = entry.get("source") if isinstance(entry.get("source"), dict) else {}
    own = " ".join(str(outlet.get("title") or "").split())
    if own:  # an aggregator's item (Google News): '<source url=…>Reuters</source>' is the outlet
        source = own
        title = _without_suffix(title, own)
        body = _without_suffix(body, own)
    return {"title": title, "url": link or None, "date": _date(entry), "author": _author(entry),
            "source": source, "body": body, "extractor": "feed summary" if summary and body else "feed"}


def _without_suffix(text: str, name: str) -> str:
    """``text`` without the outlet's name after it ('Minister resigns - Reuters', a summary ending 'Reuters')."""
    cut = re.sub(r"(?:\s+[-\u2013\u2014|]\s+|\s+)" + re.escape(name) + r"\s*$", "", text)
    return cut if cut.strip() else text


def feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet a feed's title names: 'BBC News - World' on bbc.co.uk → 'BBC News', 'World news | The
    Guardian' → 'The Guardian', 'NYT > World News' → 'NYT'; the whole title when no part of it names the
    site's domain (or the title has one part)."""
    if not title:
        return None
    from .htmlmeta import domain, name_key

    parts = [p for p in re.split(r"\s+(?:\||-|\u2013|\u2014|>|\u00bb|::|:)\s+|:\s+", title) if p.strip()]
    labels = [name_key(x) for x in (domain(link) or "").split(".")[:-1] if len(x) > 2]
    if len(parts) < 2 or not labels:
        return title
    named = [p.strip() for p in parts
             if len(name_key(p)) >= 3 and any(x in name_key(p) or name_key(p) in x for x in labels)]
    return named[0] if len(named) == 1 else title


def parse_feed(data: bytes) -> list[tuple[str | None, dict[str, Any] | Unusable]]:
    """``(id suffix, metadata or Unusable)`` for each entry of a feed file.

    Raises :class:`Unusable` for a file that is binary, empty, not a feed or too broken to read.
    A feed recovered by the lenient parser also yields ``(None, Unusable('malformed feed', ...))``
    so the report names it while its entries are kept.
    """
    try:
        decode_bytes(data)
    except Unusable as exc:
        if exc.reason != "not decodable":  # a declared non-UTF-8 charset is feedparser's to read
            raise
    try:
        parsed = parse_feed_bytes(data)
    except (RecursionError, MemoryError, ValueError) as exc:
        raise Unusable("malformed feed", f"{type(exc).__name__}: {exc}"[:200]) from None
    problem = feed_problem(parsed, data)
    if problem is not None:
        raise problem
    base = parsed.feed.get("link") if str(parsed.feed.get("link") or "").startswith(("http://", "https://")) else None
    source = feed_outlet(" ".join(_text(parsed.feed.get("title_detail"), parsed.feed.get("title")).split()), base)
    out: list[tuple[str | None, dict[str, Any] | Unusable]] = []
    note = lenient_note(parsed)
    if note:
        out.append((None, Unusable("malformed feed", note)))
    used: set[str] = set()
    for n, entry in enumerate(parsed.entries, start=1):
        key = entry_key(entry) or str(n)
        suffix, k = key, 2
        while suffix in used:
            suffix, k = f"{key}-{k}", k + 1
        used.add(suffix)
        meta = entry_meta(entry, source, base)
        if not meta["body"].strip():
            out.append((suffix, Unusable("empty", "the entry has no content or summary")))
            continue
        out.append((suffix, meta))
    return out
