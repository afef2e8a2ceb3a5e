"""HTML pages: the article's main text by trafilatura, metadata from what the page declares.

The main text comes from the first of these that finds it: trafilatura (``extractor`` =
"trafilatura"), the JSON-LD ``articleBody`` of a page rendered by script ("structured data"), the
plain parser of :mod:`.pagescan` ("fallback"). Trafilatura is loaded once; when it cannot be
(a broken install), :func:`extractor_error` says why, every page takes the fallback, and the index
report counts those pages, so the degradation is never silent.
"""

from __future__ import annotations

import logging
import re
from html import unescape
from typing import Any
from urllib.parse import urljoin

from .archives import without_archive_frame
from .byline import Byline, author_names, block_byline, is_outlet, parse_byline, split_byline
from .decode import Unusable
from .embeds import social_embeds
from .fields import FOREIGN_MONTHS, day_first_locale, metadata_from, parse_date
from .flatbyline import WEB_YEARS_FROM, is_name_line, under_title, with_standfirst, without_lines
from .template_code import has_template
from .htmlmeta import (SEPARATORS, domain, jsonld_nodes, name_key, original_url, pick_title, site_in_title,
                       structured, url_date)
from .pagescan import scan_page, without_furniture as _without_furniture
from .hidden import without_hidden_text
from .justext_text import cache_paragraph_text, fast_whitespace
from .linklists import refuse_saved_links
from .localday import own_day
from .paywall import PAYWALL, declares_paywall, marks_paywall, teaser_only, without_prompt
from .pinned import without_pinned_copies
from .prose_language import english_prose
from .mailheaders import mail_date, saved_mail, without_mail_header
from .rolelines import without_role_line
from .scriptdata import script_data_story, spaced_words, unnamed_stories
from .scriptmeta import story_authors, story_date
from .lines import without_furniture_lines as _paragraphs
from .taxonomy import is_taxonomy_line
from .viewsource import source_of_view
from .splitbody import join_split_body
from .plaintext import detect_metadata, first_sentence_title
from .inline import entry_times, inline_quotes, statement_quotes, time_as_text
from .stacked import own_article

TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=True, favor_precision=True,
                           deduplicate=False, with_metadata=True)
"""The first extraction: precision mode, which leaves out more page furniture."""
KEEP_PRECISE = 0.5
"""Precision mode's text is kept unless it is shorter than this share of the default mode's: then it
cut the article itself (measured with ``benchmarks/eval_html.py``, see README)."""

LONG_TEXT = 50_000
"""Precision mode's text this long (some 8,000 words: a long live blog) is kept without reading the page in
the default mode too (a second reading of a 1 MB page costs a second): it has not cut the article short."""

MIN_WORDS = 5
"""A page whose main text has fewer words has no article."""

SCRIPTED_WORDS = 50
"""A page whose text found so far has fewer words may be rendered by script: its embedded data is read."""

_state: dict[str, Any] = {}
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of ``text``; Chinese and Japanese write no spaces between words: two of their characters
    count as one word (a Korean syllable block as half of one)."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) // 2


def _trafilatura():
    """The trafilatura module, or None when it cannot be imported (the reason kept for the report)."""
    if "module" not in _state:
        for name in ("trafilatura", "htmldate", "courlan", "justext"):  # their log lines are not for our users
            logging.getLogger(name).addHandler(logging.NullHandler())
        try:
            import trafilatura

            _state["module"], _state["error"] = trafilatura, None
            cache_paragraph_text()  # (its fallback's slowest step on long pages, made once per paragraph)
            fast_whitespace()
        except Exception as exc:  # ImportError, or a broken dependency raising something else
            msg = str(exc).splitlines()[0] if str(exc) else ""
            _state["module"], _state["error"] = None, f"{type(exc).__name__}: {msg}"[:300]
    return _state["module"]


def extractor_error() -> str | None:
    """Why trafilatura cannot be used, or None when it loads."""
    _trafilatura()
    return _state["error"]


def _text(traf, html: str, lines: bool = True, **options) -> tuple[Any, str]:
    """trafilatura's document and its text, read as paragraphs (``lines``), else as trafilatura gives it."""
    doc = traf.bare_extraction(html, **{**TRAFILATURA_OPTIONS, **options})
    text = _single_cells(doc.text or "") if doc is not None else ""
    return doc, (_paragraphs(text) if lines and text else text)


def _most_paragraph_chars(text: str) -> int:
    """The most characters :func:`_paragraphs` can make of ``text``: it drops lines and parts of lines, and
    joins the lines it keeps with a blank line."""
    return len(text) + text.count("\n") + 1


_ONE_CELL = re.compile(r"^\|\s?(.*?)\s?\|$")
_CELL_BREAK = re.compile(r"(?<!\\)\|")


def _single_cells(text: str) -> str:
    """``text`` with each table row of one cell ('| … |', a page laid out in a one-column table: an e-mail
    newsletter) as the line it holds, so that the rules for lines read it; a row of most of the text stays for
    :func:`_layout_table`."""
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        m = _ONE_CELL.match(line.strip())
        one = m and not _CELL_BREAK.search(m[1]) and len(line) <= 0.5 * len(text)  # (a row of most of the
        out.append(m[1].replace("\\|", "|") if one else line)  # text is a layout table's: read without tables)
    return "\n".join(out)


_NOSCRIPT_TAG = re.compile(r"</?noscript\b[^<>]*>", re.IGNORECASE)
MAX_NOSCRIPT_SCAN = 8_000_000
"""A page is searched this far for a ``<noscript>``."""


def _layout_table(body: str) -> bool:
    """True when one table row holds most of the text: a page laid out with a table, not a data table."""
    return any(line.startswith("|") and len(line) > 0.5 * len(body) for line in body.split("\n\n"))


def _by_trafilatura(html: str, **options) -> dict[str, Any] | None:
    """Precision mode, checked against the default mode (and recall mode when both find nothing)."""
    traf = _trafilatura()
    if traf is None:
        return None
    try:
        doc, precise = _text(traf, html, **options)
        plain = {**options, "favor_precision": False, "with_metadata": False}
        _, text = _text(traf, html, lines=False, **plain) if len(precise) < LONG_TEXT else (None, "")
        if precise and len(precise) >= KEEP_PRECISE * _most_paragraph_chars(text):
            text = ""  # precision mode's text is kept whatever the default mode's paragraphs would be (their
        else:  # rules are not run twice over a long text)
            text = _paragraphs(text) if text else text
            if not text:
                _, text = _text(traf, html, **plain, favor_recall=True)
    except (Exception, RecursionError):
        return None
    body = precise if len(precise) >= KEEP_PRECISE * len(text) else text
    if _layout_table(body) and options.get("include_tables", True):
        return _by_trafilatura(html, include_tables=False) or None
    d = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    return {"title": d.get("title"), "source": d.get("sitename"), "date": d.get("date"),
            "author": d.get("author"), "url": d.get("url"), "body": body}


MAX_SHOWN_PARAGRAPHS = 400
"""A page showing more paragraphs than this is not searched for a JSON-LD text's paragraph breaks."""


def _shown_breaks(declared: str, shown: str) -> str | None:
    """The text ``declared`` (a JSON-LD ``articleBody`` without paragraph breaks) as the page shows it, in
    paragraphs: the page's paragraphs that stand in it, when together they are all of it; else None."""
    paras = _paragraphs(shown).split("\n\n")
    if len(paras) > MAX_SHOWN_PARAGRAPHS:  # (each is looked for in the whole text)
        return None
    words = spaced_words(declared)
    kept = [p for p in paras if spaced_words(p) in words]
    return "\n\n".join(kept) if len(kept) > 1 and spaced_words(" ".join(kept)) == words else None


def parse_html(html: str) -> dict[str, Any]:
    """Title, source, date, author, url, main text and ``extractor`` of an HTML page (of the page a saved source
    view shows, see :mod:`.viewsource`)."""
    html = source_of_view(html) or html
    refuse_saved_links(html)  # (Pocket's and Instapaper's exports list links: no article to read)
    html = entry_times(statement_quotes(social_embeds(inline_quotes(without_archive_frame(html)))))  # (the fallback too)
    html = without_pinned_copies(without_hidden_text(html))  # a live blog's pinned entry: read in its place
    scan = scan_page(html)
    page = structured(scan)
    own = own_article(html, [*page["titles"], scan.title])  # not the next article the site appended
    traf = _by_trafilatura(time_as_text(join_split_body(own or html))) or {}
    body, how = _without_furniture(traf.get("body") or "", scan), "trafilatura"
    shown_words = word_count(body)  # (what the page shows, before a text its data holds replaces it)
    declared = _paragraphs(page["article_body"] or "")
    if declared and not body and not traf:  # no extractor: the story's block the page shows, weighed against the
        shown = _paragraphs((scan_page(own) if own else scan).article_text)  # declared text as an extractor's is
        body, how = (shown, "fallback") if shown and not _declared_wins(shown, declared) else (body, how)
    if declared and _declared_wins(body, declared):
        # trafilatura found little, the same text without its paragraph breaks, or its start (a paywall)
        body, how = declared, "structured data"
        if not traf.get("body") and "\n\n" not in declared:  # one paragraph: the page's, when it shows its words
            body, how = _shown_breaks(declared, (scan_page(own) if own else scan).article_text) or body, how
    if not body:
        body, how = _paragraphs((scan_page(own) if own else scan).article_text), "fallback"  # the story's block
        if word_count(body) < SCRIPTED_WORDS and "<noscript" in html[:MAX_NOSCRIPT_SCAN].lower():
            # a page whose script renders the story may hold it whole for readers without script
            shown = _paragraphs(scan_page(_NOSCRIPT_TAG.sub("", own or html)).article_text)
            body = shown if word_count(shown) > 2 * word_count(body) else body
    locked = declares_paywall(html)
    data_date = data_author = None
    scripted_from_data = word_count(body) < SCRIPTED_WORDS or locked
    if scripted_from_data:
        # ('Loading…', a paywall's teaser): a page rendered by script has its story in its data
        names = (scan.title, *page["titles"], *scan.headings[:1])
        addresses = (page["url"] or "", scan.canonical, scan.meta.get("og:url") or "")
        scripted, around = script_data_story(html, names, addresses)
        scripted = _paragraphs(scripted)
        longer = word_count(scripted) > 2 * word_count(body)
        if (longer and (word_count(body) < MIN_WORDS or _cut_short(body, scripted))) or _stub_of(body, scripted):
            body, how = scripted, "structured data"  # (what was found must be its start, not another story)
            data_date, data_author = story_date(around), story_authors(around)  # (the data's own object's)
    mailed = saved_mail(scan.text, scan.title)  # (an e-mail a mail client saved; not one a story quotes)
    body = without_prompt(body)  # (the prompt's lines an extractor kept: the prompt stays on the page, for below)
    body = without_mail_header(body) if mailed else body  # (the header block a mail client wrote above an e-mail)
    words = word_count(body)
    if words < MIN_WORDS:  # a menu link or two is not an article
        stories = unnamed_stories(html, names, addresses) if scripted_from_data else 0
        if stories:  # (a section's or a home page's feed: which story the reader wanted, nothing on the page says)
            raise Unusable("empty", f"no main text found in the HTML: its data holds {stories} stories and neither "
                           "the page's title nor its address names one of them (a section or home page?); open the "
                           "article from its link and save that page once its text shows")
        raise Unusable("empty", "no main text found in the HTML")
    whole = how == "structured data" and words > 1.25 * shown_words  # the data's story, more than the page shows
    partial = None if whole or not teaser_only(body, words, scan.all_text, locked and marks_paywall(html),
                                               lambda: jsonld_nodes(scan), html) else PAYWALL
    saved = saved_from_url(html) or _url_meta(scan.meta.get("savepage-url")) or reader_view_url(html)
    url = page["url"] or (urljoin(saved, scan.canonical) if saved and scan.canonical.startswith("/") else saved) \
        or metadata_from(traf).get("url") or _page_base(scan.base)  # (trafilatura reads <base>)
    url = original_url(url) if url else None  # an archive's or a cache's address: the page's own
    sites = [s for s in page["sites"] if not has_template(s) and not _DOMAIN_LIKE.match(s.strip())]
    named = next((s.strip() for s in page["sites"] if _DOMAIN_LIKE.match(s.strip())), None)  # an address
    title = pick_title([*page["titles"], traf.get("title"), *_headline(scan)], scan, sites, url)
    paras = body.split("\n\n")
    if not title:  # a title made from the text's first sentence: that sentence stays in the text
        title = first_sentence_title(body)
    elif len(paras) > 1 and name_key(title):  # the headline repeated in the text ('’' for "'" too): first, or
        kept = [p for p in paras if name_key(p) != name_key(title)]  # where an extractor put it between entries
        body = "\n\n".join(kept) if kept else body
    body = _without_shown(body, scan.bylines)
    body = _without_linked_taxonomy(body, scan)  # ('Labels: <a>Organic</a>, <a>Fair Trade</a>' amid the story)
    body, role_name = without_role_line(body)  # ('Von unserer Korrespondentin', 'De notre envoyé spécial à Kiev')
    english = english_prose(body)  # ('Di Matteo Sacked' above an English story: a heading, not 'Di Marco Bellini')
    byline, body = split_byline(body, english=english)  # 'By Jane Doe and John Roe, Reuters' left in the text
    byline = byline or (Byline(role_name, None) if role_name else None)
    order = day_first_locale(_page_lang(html) or scan.meta.get("og:locale"), url)  # ('04/03/2025')
    body, date_line = _without_date_line(body, order)
    above: list[str] = []  # (the standfirst between the headline and such a byline)
    flat, beside = under_title(scan.text, title, html, above, english) if not scan.bylines else ([], [])  # (a page
    shown, shown_outlet, shown_date = block_byline(scan.bylines or flat)  # without byline blocks: a 'By …' line
    body = without_lines(body, [*beside, *flat]) if flat and shown else body  # under its headline) (a subtitle 'By the
    # end of the year…' is no byline: it stays, with the lines beside it)
    body = with_standfirst(body, above) if flat and shown else body  # (one an extractor read as a subheading)
    found = detect_metadata(body, (byline.outlet if byline else None) or shown_outlet)  # datelines, credit lines
    orgs = list(page["author_orgs"])
    named_in_title = [p for p in SEPARATORS.split(scan.title) if name_key(p) != name_key(title or "")]
    author = None
    for n, candidate in enumerate((page["author"] or data_author, byline.author if byline else None, shown,
                                   traf["author"] if isinstance(traf.get("author"), str) else None)):
        people = _people_of(candidate, [*sites, *orgs, *named_in_title], url, orgs) if candidate else None
        author = author_names(people, guessed=n == 3, roles=page["roles"]) if people else None
        if author:
            break
    site = (sites[0] if sites else None) or site_in_title(scan.title, title, url) or found.get("source") \
        or (orgs[0] if orgs else None) or (named.removeprefix("www.") if named else None) or domain(url)
    meta = {"title": title, "source": site,
            "date": own_day(page.get("date_text"), page["date"], page["stamps"],
                            [*scan.shown_times, *((t, "") for t in (*scan.times, *scan.late_times))],
                            [shown_date, byline and byline.date, *_under_headline(scan.dates, scan.text, title)],
                            order) or data_date
            or parse_date(shown_date, order)
            or parse_date(byline and byline.date, order) or _read_date(traf.get("date"), scan) or date_line
            or _date_line_under(scan.text, title, order)
            or next((d for d in (parse_date(x, order) for x in scan.dates) if d), None)
            or found.get("date") or (mail_date(scan.text) if mailed else None) or url_date(url or ""), "url": url,
            "author": " ".join(author.split()) if author else None, "body": _without_author_line(body, author),
            "extractor": how, "partial": partial}
    return {k: v for k, v in meta.items() if v is not None}


_BYLINE_WORDS = re.compile(r"\b(?:by|and)\b|&|,", re.IGNORECASE)


BYLINE_CHARS = 120
"""A paragraph longer than this is not a byline."""


def _without_author_line(body: str, author: str | None) -> str:
    """``body`` without a paragraph that is only the byline of its authors ('Maya Stern and Jon Ek', 'By Maya
    Stern'), where an extractor put it among the entries of a live blog; a speaker's label in an interview
    ('Maya Stern:') stays."""
    if not author or "\n\n" not in body:
        return body
    names = spaced_words(_BYLINE_WORDS.sub(" ", author))
    if len(names.split()) < 2:
        return body
    paras = body.split("\n\n")
    kept = [p for p in paras
            if len(p) > BYLINE_CHARS or p.endswith(":") or spaced_words(_BYLINE_WORDS.sub(" ", p)) != names]
    return "\n\n".join(kept) if kept else body


def _declared_wins(body: str, declared: str) -> bool:
    """True when the text a page's structured data declares replaces the ``body`` read from what it shows: that
    found little, the same words without their paragraph breaks, or the declared text's start (a paywall's teaser).
    A shown text that is longer (a correction added, the story grown since its data was written) is the story."""
    return len(body) < 0.4 * len(declared) or body.split() == declared.split() or _cut_short(body, declared)


def _cut_short(body: str, declared: str) -> bool:
    """True when the page shows only the start of the text its structured data declares: every paragraph
    shown stands in the declared text, which is a quarter longer or more (a paywall's teaser)."""
    if not body or len(declared) < 1.25 * len(body) or declared.count("\n\n") < body.count("\n\n") \
            or word_count(body) > TEASER_WORDS:
        return False  # (a declared text without its paragraph breaks does not replace one with them)
    flat = " ".join(re.findall(r"\w+", declared.lower()))
    return all(" ".join(re.findall(r"\w+", p.lower())) in flat for p in body.split("\n\n"))


STUB_WORDS = 12
"""A paragraph of a stub (a loader's or a paywall's notice) has fewer words."""
STUB_NOTICE_WORDS = 20
"""A stub of notices alone ('Please enable JavaScript to read this article.') has at most this many words."""
STUB_AROUND_WORDS = 40
"""A stub that shows the story's first paragraphs has at most this many words around them (a headline, a
byline, a paywall's notice)."""
TEASER_WORDS = 5_000
"""A page that shows more words is no teaser of a longer text (which is compared with it paragraph by
paragraph, a cost that grows with both)."""


def _stub_of(body: str, scripted: str) -> bool:
    """True when ``body`` is a stub of the story in the page's data: short notices ('Please enable JavaScript
    to read this article.', 'Get unlimited access for $1 a week.'), :data:`STUB_NOTICE_WORDS` at most, or the
    story's first paragraphs with a headline, a byline and such notices around them,
    :data:`STUB_AROUND_WORDS` at most (however an extractor joined them); the data's story holds half as many
    words again, and two paragraphs or more the page does not show."""
    if word_count(scripted) < 1.5 * word_count(body) or word_count(body) > TEASER_WORDS:
        return False
    rest, shown, unseen = spaced_words(body), False, 0
    for p in scripted.split("\n\n"):
        words = spaced_words(p)
        if len(words.split()) >= STUB_WORDS:
            if words in rest:
                shown, rest = True, rest.replace(words, " ")
            else:
                unseen += 1
    if unseen < 2:  # (the data holds little more than the page shows: a caption, a teaser)
        return False
    if shown:
        return len(rest.split()) <= STUB_AROUND_WORDS
    in_data = spaced_words(scripted)
    kept = [p for p in body.split("\n\n") if spaced_words(p) not in in_data]
    return all(len(p.split()) < STUB_WORDS for p in kept) and sum(len(p.split()) for p in kept) <= STUB_NOTICE_WORDS


_DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)
"""A site name that is an address ('www.citystar.example'): a name from the page's title is better."""


def _people_of(author: str, sites: list[str], url: str | None, orgs: list[str]) -> str | None:
    """``author`` without the outlets it names ('Jane Doe, BBC News' → 'Jane Doe'; 'Jane Doe, City Star'
    read as a byline), which go to ``orgs``: an outlet is the publisher, not a byline."""
    flat = author.replace(";", ",")  # (trafilatura joins what it finds with ';')
    line = parse_byline(flat if flat.lower().startswith("by ") else "By " + flat)
    if line and line.outlet:
        orgs.append(line.outlet)
        author = line.author
    parts = re.split(r"(\s*[;,|]\s*)", author)
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        if is_outlet(parts[i], sites, url):
            orgs.append(parts[i].strip())
        elif parts[i].strip():
            kept += [parts[i - 1] if kept and i else "", parts[i]]
    return "".join(kept).strip() or None


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->"
                         r"|<!--\s*Page saved with SingleFile\s*url:\s*(https?://\S+)", re.IGNORECASE)


def saved_from_url(html: str) -> str | None:
    """The address a browser marks a saved page with (``<!-- saved from url=(0042)https://… -->``), or the
    SingleFile extension (``<!-- Page saved with SingleFile url: https://… saved date: … -->``), else None."""
    m = _SAVED_FROM.search(html[:4096])
    return (m[1] or m[2]) if m else None


HEADINGS = 6
"""The page's headline is looked for among its first this many headings."""
LONG_TITLE_KEY = 15


def _headline(scan) -> list[str]:
    """The page's heading that is its ``<title>`` or a part of it (not a sidebar's 'Latest' above the story),
    else its first heading; [] without one."""
    heads = scan.headings[:HEADINGS]
    whole = name_key(scan.title)
    parts = {name_key(p) for p in SEPARATORS.split(scan.title)}
    for h in heads:
        key = name_key(h)
        if key and (key in parts or (len(key) >= LONG_TITLE_KEY and key in whole)):
            return [h]
    return heads[:1]


_LANG = re.compile(r"""<html\b[^<>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)""", re.IGNORECASE)


def _page_lang(html: str) -> str | None:
    """The language the page's ``<html lang>`` names ('en-GB'), or None."""
    m = _LANG.search(html, 0, 4000)
    return m[1] if m else None


_READER_DOMAIN = re.compile(r"<a\b[^<>]{0,300}?\breader-domain\b[^<>]{0,300}>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?(https?://[^"'\s<>]+)""", re.IGNORECASE)
READER_HEADER_CHARS = 20_000
"""A reader view's header (the site's address, the title, the author) stands in a saved page's first characters."""


def reader_view_url(html: str) -> str | None:
    """The address a browser's reader view links as the story's site (Firefox's ``<a class="domain
    reader-domain" href="https://…">``), else None."""
    head = html[:READER_HEADER_CHARS]
    m = _READER_DOMAIN.search(head) if "reader-domain" in head else None
    href = _HREF.search(m[0]) if m else None
    return unescape(href[1]) if href else None


def _page_base(base: str) -> str | None:
    """A ``<base href>`` that is a page's address (a cached copy's), not a site's root or a folder."""
    base = base.strip()
    if not base.startswith(("http://", "https://")):
        return None
    path = base.split("://", 1)[1].partition("/")[2]
    return base if path and not path.endswith("/") else None


def _url_meta(value: str | None) -> str | None:
    """An address from a meta tag (Save Page WE's ``savepage-url``), when it is one."""
    return value.strip() if value and value.strip().startswith(("http://", "https://")) else None


def _read_date(value: Any, scan) -> Any:
    """trafilatura's date when the page shows it, written with its day and month beside its year (in the
    text, a meta tag or a ``<time>``); else None. Its date finder takes a copyright line's year for 1
    January, an image folder's '/2022/05/' for 1 May and a linked story's date for the article's. A
    number both ways round ('11/05/2025') is read as :func:`.fields.parse_date` reads it there."""
    date = parse_date(value)
    if date is None:
        return None
    hay = " ".join([scan.all_text, *scan.meta.values(), *scan.times, *scan.late_times])
    for m in re.finditer(rf"(?<!\d){date.year}(?!\d)", hay):
        window = hay[max(0, m.start() - 30): m.end() + 30]
        numeric = re.search(rf"(?<![\d/.])0?(\d{{1,2}})[/.]0?(\d{{1,2}})[/.]{date.year}\b", window)
        if numeric and {int(numeric[1]), int(numeric[2])} == {date.month, date.day}:
            return parse_date(window[max(0, numeric.start() - 12): numeric.end()])
        numbers = {int(x) for x in re.findall(r"(?<!\d)\d{1,2}(?!\d)", window)}
        if date.day in numbers and (date.month in numbers or _names_month(window, date.month)):
            return date
    return None


_MONTH_STEMS = ("jan janv ene gen", "feb fév fev", "mar mär", "apr avr abr", "may mai mag", "jun juin giu",
                "jul juil lug", "aug août ago", "sep", "oct okt ott out", "nov", "dec dez déc dic")
"""The first letters of each month's name in English, German, French, Spanish, Italian, Portuguese."""


def _names_month(text: str, month: int) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{stem}", low) for stem in _MONTH_STEMS[month - 1].split())


_DATE_WORDS = re.compile(r"\b(?:(?:first |last )?(?:updated|published|posted)|release date|released|on|at|"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
                         r"[a-z]*|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|[ap]\.?m\.?|"
                         r"[a-z]{1,2}[sd]t|gmt|utc)\b")
"""Words a date line holds besides its date ('Published 3:45 PM EST, Tue March 5, 2024')."""
_DATE_WORDS_INTL = re.compile(
    r"\b(?:publicad[oa]|actualizad[oa]|publi\u00e9e?|mis \u00e0 jour|ver\u00f6ffentlicht|aktualisiert|stand|"
    r"pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|atualizad[oa]|el|le|am|um|uhr|de|del|di|do|da|op|"
    r"lunes|martes|mi\u00e9rcoles|jueves|viernes|s\u00e1bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|" + "|".join(sorted(FOREIGN_MONTHS)) + r")\b")
"""The same words in German, French, Spanish, Portuguese, Italian and Dutch ('Publicado el 7 de marzo de 2025', and
half translated: 'Publicado el 7 de March 2025')."""


def _without_linked_taxonomy(body: str, scan) -> str:
    """``body`` without its taxonomy lines that the page shows as lists of links (see
    :meth:`.pagescan.PageScan.linked_taxonomy`): furniture wherever they stand."""
    paras = body.split("\n\n")
    marked = {p for p in paras if len(p) <= 600 and is_taxonomy_line(p)}
    if not marked:
        return body
    linked = scan.linked_taxonomy()
    return "\n\n".join(p for p in paras if p not in marked or " ".join(p.split()) not in linked)


def _without_shown(body: str, blocks: list[str], within: int = 4) -> str:
    """``body`` without its first paragraphs that are the text of a byline or date block of the page
    ('Submitted by Gwen Ellis on Wed, 11/05/2025 - 16:30', 'Priya Nair | Reporter')."""
    shown = {" ".join(x.split()) for b in blocks for x in (b, *b.split("\n")) if len(x) <= 120}
    paras = body.split("\n\n")
    head = [p for p in paras[:within] if p not in shown]
    return "\n\n".join(head + paras[within:]) if head or paras[within:] else body


def _under_headline(dates: list[str], text: str, title: str | None) -> list[str]:
    """Of the texts of the page's blocks classed 'date' (``dates``), those its ``text`` shows just under the
    headline (``title``), where the story's date stands; another story's date in a list above it ('Most read') is
    left out. All of them when the text does not show the headline."""
    at = text.find(title) if title else -1
    if at < 0:
        return dates
    near = " ".join(text[at:at + len(title) + UNDER_HEADLINE_CHARS].split())
    return [d for d in dates if d and " ".join(d.split()) in near]


UNDER_HEADLINE_CHARS = 1500
"""The story's date stands within this many characters under its headline (a standfirst, the byline between)."""
DATE_LINE_AFTER = 3
"""The lines under the headline a date line may stand in (a standfirst and a byline above it)."""


def _date_line_under(text: str, title: str | None, order: bool | None = None) -> Any:
    """The date of a date line (see :func:`_date_line`) among the first lines under the headline (``title``) in the
    page's ``text`` ('Publicado el 7 de March 2025, 12:40' in a block no name marks as a date), else None."""
    at = text.find(title) if title else -1
    if at < 0:
        return None
    lines = text[at + len(title):at + len(title) + UNDER_HEADLINE_CHARS].split("\n\n")[1:1 + DATE_LINE_AFTER]
    return next((found[0] for found in (_date_line(ln.strip(), order) for ln in lines) if found and found[0]), None)


def _without_date_line(body: str, order: bool | None = None) -> tuple[str, Any]:
    """``body`` without a first paragraph that is only a date ('Tue, 04 Nov 2025 07:30:00 GMT'), or such a second
    one under a standfirst, and that date (a number date read in the page's ``order``; None when it cannot tell
    '05-03-2025'); or else without such a last paragraph ('Posted on 2 October 2025' under the story), and its
    date."""
    first = body.split("\n\n", 1)
    found = _date_line(first[0], order) if len(first) == 2 else None
    if found:
        return first[1], found[0]
    second = first[1].split("\n\n", 1) if len(first) == 2 and len(first[0].split()) <= STANDFIRST_WORDS \
        and not is_name_line(first[0]) else []  # (a subject's name and dates, 'Grace Darling', '7 September 1838')
    found = _date_line(second[0], order) if len(second) == 2 else None
    if found and (found[0] is None or found[0].year >= WEB_YEARS_FROM):  # (under a standfirst; a poem's title
        return f"{first[0]}\n\n{second[1]}", found[0]  # above its year stays)
    last = body.rsplit("\n\n", 1)  # (not a list's last item, '- 9 September 2025', nor a table's last row)
    found = _date_line(last[1], order) if len(last) == 2 and not last[1].startswith(_LIST_MARKS) else None
    return (last[0], found[0]) if found else (body, None)


STANDFIRST_WORDS = 40
"""A first paragraph of at most this many words may be a standfirst, with the story's date line under it."""
_LIST_MARKS = ("- ", "* ", "\u2022", "|")
"""How the text opens a list's item or a table's row."""


DATED_LINE_CHARS = 100
"""A date line that says what it dates ('Posted Wed 5 Mar 2025 at 5:00am, updated Wed 5 Mar 2025 at 9:12am') has
at most this many characters; a bare one 60."""
_DATED = re.compile(r"(?:(?:first |last )?(?:updated|published|posted)|release date|released)\b", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^(?-i:[A-Z][\w.&'\u2019-]{1,20}(?: [A-Z][\w.&'\u2019-]{1,20}){0,2})\s*[|\u00b7\u2022]\s*"
                           r"(?=(?:first |last )?(?:updated|published|posted)\b)", re.IGNORECASE)
"""An agency's or desk's name before the date line it signs ('PTI | Updated: …')."""
_DASHED_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b")
"""A number date written with dashes ('05-03-2025'), read as one written with slashes."""


def _date_line(line: str, order: bool | None = None) -> tuple[Any] | None:
    """``(date,)`` for a paragraph that is only a date and the words around one ('Published 3:45 PM EST', 'PTI |
    Updated: 05-03-2025 16:02 IST'), its date None when it is a number date both ways round that ``order`` does
    not settle; else None."""
    if len(line) > (DATED_LINE_CHARS if _DATED.match(line) else 60) \
            or line.rstrip().endswith((".", "!", "?", "\"", "\u201d")):
        return None
    line = _DASHED_DATE.sub(r"\1/\2/\3", _SOURCE_LABEL.sub("", line, count=1))  # ('PTI | Updated: 05-03-2025')
    date = parse_date(line, order)
    if (date or parse_date(line, True)) and not re.search(
            r"\b[a-z]{4,}\b", _DATE_WORDS_INTL.sub("", _DATE_WORDS.sub("", line.lower()))):
        return (date,)
    return None


def fallback_notice(pages: int, error: str | None) -> str | None:
    """The one message an index run gives when HTML pages were read without trafilatura."""
    if not pages:
        return None
    n = f"{pages} HTML page{'s' if pages != 1 else ''}"
    if error:
        return (f"The HTML extractor (trafilatura) could not be loaded ({error}): {n} read by the plain "
                "fallback parser, whose text may include menus, share bars and footers. Reinstall Briefing "
                "with its dependencies, then run 'briefing index --rebuild'.")
    return f"{n} had no main text trafilatura could find and were read by the plain fallback parser."
