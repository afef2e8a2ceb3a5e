"""One pass of the standard library's HTML parser over a page.

It collects what the page says about itself (meta tags, JSON-LD, the canonical link, ``<time>``,
headings) and the visible text without page furniture (navigation, headers, footers, asides, forms,
and blocks whose class, id or role names a menu, share bar, cookie banner, newsletter box, related
links or comments). The text is the plain fallback when trafilatura cannot be used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from .lines import is_furniture_line
from .taxonomy import is_taxonomy_line

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "header",
              "button", "select", "iframe", "object", "figure", "head"}
_WRAPPERS = {"form"}  # furniture, but ASP.NET pages put the whole page in one: trusted like a name
_CODE = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "blockquote",
          "tr", "pre", "dd", "dt", "table", "ul", "ol", "main"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen"}
_FURNITURE = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "sharedaddy",
    "social", "cookie", "cookies", "consent", "onetrust", "banner", "newsletter", "subscribe",
    "subscription", "signup", "promo", "related", "relatedposts", "recommended", "recirc", "trending",
    "popular", "comment", "comments", "respond", "sidebar", "widget", "footer", "masthead", "advert",
    "advertisement", "ad", "ads", "sponsored", "skip", "modal", "popup", "paywall", "tags", "byline",
    "caption", "credit", "read", "more", "colophon", "commentform", "taboola", "outbrain", "disqus", "coral",
    "piano", "offers", "rail", "timestamp", "bio", "biography", "player", "playlist", "duration", "listen",
    "tools", "toolbar", "pullquote", "topic", "topics", "links", "follow", "donate", "donation", "membership",
    "contribution", "contributions", "prompt", "gallery", "slideshow", "carousel", "labels", "categories", "cats",
    "keywords", "taxonomy",
}
_NAMING = ("class", "id", "data-component", "data-testid", "data-link-name", "data-spacefinder-role")
"""Attributes that name what a block is ('data-component="RelatedStories"')."""
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "search"}
_WORDS = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d])\s*")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_JOINED = ("signup", "newsletter", "subscribe", "cookieconsent", "cookiebanner", "richlink", "mostviewed",
           "mostpopular", "mostread", "relatedcontent", "relatedstories", "spmessage", "printheader", "printfooter",
           "videoplayer", "mediaembed", "videoembed", "linkcard", "pullquote", "googlecache", "tpcontainer", "tpmodal",
           "tpbackdrop")
"""Furniture names that run words together ('EmailSignUpWrapper', 'data-spacefinder-role=richLink')."""


_BYLINE_NAMES = {"byline", "bylines", "author", "authors", "submitted", "contributor", "contributors", "writer",
                 "dateline", "credits", "timestamp", "autor", "autore", "autora", "autores", "auteur", "auteurs",
                 "verfasser"}
_NOT_BYLINE = {"bio", "biography", "about", "description", "avatar", "image", "photo", "img", "follow"}


def _names_byline(attrs: dict[str, str]) -> bool:
    """True for a block whose class, id or rel names it a byline ('byline', 'author-name', 'submitted';
    not an author's bio or photo)."""
    words = set(_WORDS.findall(_CAMEL.sub(" ", attrs.get("class", "") + " " + attrs.get("id", "")).lower()))
    return (bool(words & _BYLINE_NAMES) or attrs.get("rel", "") == "author") and not words & _NOT_BYLINE


MAX_SHOWN_TIMES = 4
"""The text of at most this many ``<time>`` elements is read (the article's stands near its headline)."""
_DATE_NAMES = {"date", "pubdate", "published", "postdate", "dateline", "datum", "fecha", "data", "datetime"}


def _names_date(attrs: dict[str, str]) -> bool:
    """True for a block whose class names it the date ('date', 'entry-date', 'post-date'): its text is a date
    the page shows, read when nothing surer gives one."""
    return bool(set(_WORDS.findall(attrs.get("class", "").lower())) & _DATE_NAMES)


_ELSEWHERE = {"related", "relatedposts", "recommended", "recirc", "trending", "popular", "comment", "comments",
              "sidebar", "rail", "taboola", "outbrain", "ticker", "newsticker", "breaking", "latest"}


def _names_elsewhere(attrs: dict[str, str]) -> bool:
    """True for a block about other stories or readers (related links, most read, comments): its times are
    not the article's."""
    names = _CAMEL.sub(" ", attrs.get("class", "") + " " + attrs.get("id", "")).lower()
    return bool(names.strip()) and (any(w in _ELSEWHERE for w in _WORDS.findall(names))
                                    or any(j in names.replace(" ", "") for j in ("mostread", "mostviewed", "mostpopular")))


_TIME_LABEL = re.compile(r"\b(?:(updated?|modified|last edited|edited|aktualisiert|mis \u00e0 jour|actualizado|"
                         r"aggiornato|atualizado|bijgewerkt|ge\u00fcpdatet|oppdatert|opdateret|uppdaterad|"
                         r"zaktualizowano)|(published|posted|first published|publi\u00e9|ver\u00f6ffentlicht|publicado|"
                         r"pubblicato|gepubliceerd|publisert|publiceret|publicerad|opublikowano))"
                         r"\W{0,3}(?:on|at|am|le|el|il|em|op|om|den|kl|o)?\W{0,3}$", re.IGNORECASE)
"""'Updated'/'Published' and the word after it ('on', 'am', 'le', 'el', 'il', 'em', 'op', 'den') before a date."""


def _time_label(pieces: list) -> str:
    """'updated' or 'published' when the words just before a ``<time>`` say which it is ('Updated
    <time …>'), else ''."""
    text = ""
    for piece in reversed(pieces[-4:]):
        text = piece[0] + text
        if len(text) >= 24:
            break
    m = _TIME_LABEL.search(text[-40:])
    return "" if not m else "update" if m[1] else "publish"


_PLACE = re.compile(r"(?:^|[^a-z])(?:after|before|below|above|end|past|skip)(?:[^a-z]|$)")
"""Words of an id that marks a place beside furniture ('after-ad', 'end-of-related')."""


def _is_furniture(attrs: dict[str, str], tag: str = "", anchors: frozenset[str] = frozenset()) -> bool:
    """True for an element whose role, class, id or data names say it is page furniture; an id that an
    in-page link jumps to and that says where it stands ('Skip advert' → ``id="after-ad"``) is a place,
    not a name (``id="comments"``, a link's target too, still names the comments)."""
    if attrs.get("role", "").lower() in _ROLES or attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    place = attrs.get("id", "") in anchors and bool(_PLACE.search(_CAMEL.sub(" ", attrs.get("id", "")).lower()))
    names = " ".join(attrs.get(k, "") for k in _NAMING if k != "id" or not place)
    if "-" in tag:  # a custom element ('<gu-island name="EmailSignUpWrapper">') is named by its attributes
        names += " " + attrs.get("name", "") + " " + tag
    names = _CAMEL.sub(" ", names).lower()
    if not names.strip():
        return False
    joined = re.sub(r"[^a-z]", "", names).replace("subscriber", "")  # ('most-viewed', 'sp_message_container'; a
    # 'subscriber-preview' or 'subscriber-only' block is the story a subscriber reads, not a sign-up)
    return any(w in _FURNITURE for w in _WORDS.findall(names)) or any(j in joined for j in _JOINED)


@dataclass
class PageScan:
    """What one parse of a page found."""

    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str = ""
    base: str = ""  # the page's <base href> (a cached copy's: the page's own address)
    jsonld: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    late_times: list[str] = field(default_factory=list)  # ``<time>`` marked updated/modified: a last resort
    text: str = ""
    all_text: str = ""  # every visible word, furniture included, on one line
    micro: dict[str, str] = field(default_factory=dict)  # microdata: the author's and publisher's names
    bylines: list[str] = field(default_factory=list)  # text of blocks named byline/author, a line per block
    dates: list[str] = field(default_factory=list)  # text of the first blocks classed 'date' ('Sunday 12 October 2025')
    shown_times: list[tuple[str, str]] = field(default_factory=list)  # the first ``<time>``s: (datetime, text)
    _article: Any = field(default=None, repr=False, compare=False)  # what :attr:`article_text` is made from

    @property
    def article_text(self) -> str:
        """``text`` within the block that holds the story's sentences (see :func:`article_block`), made when
        first asked for (a page whose main text another extractor found never needs it)."""
        if callable(self._article):
            self._article = self._article()
        return self._article or ""

    _rows: Any = field(default=None, repr=False, compare=False)  # what :meth:`linked_taxonomy` is made from

    def linked_taxonomy(self) -> frozenset[str]:
        """The taxonomy lines (see :mod:`.taxonomy`) the page shows as lists of links ('Labels: <a>Organic</a>,
        <a>Fair Trade</a>'), their words single-spaced; made when first asked for."""
        if callable(self._rows):
            self._rows = self._rows()
        return self._rows or frozenset()

    def in_furniture(self, paragraph: str) -> bool:
        """True when ``paragraph`` is visible on the page only inside page furniture.

        Asked of a text's paragraphs in their order: each is looked for in the page's text from where the
        one before it was found, then (when not there) from the start, so a long text's paragraphs are
        found in one pass over the page, not one each."""
        words = " ".join(paragraph.split()).removeprefix("- ")  # (a list item as an extractor writes it)
        if not words:
            return False
        if not hasattr(self, "_flat"):
            self._flat, self._at = " ".join(self.text.split()), 0
        at = self._flat.find(words, self._at)
        if at >= 0:
            self._at = at + len(words)
            return False
        if words in self._flat or words not in self.all_text:
            return False
        # a sentence of it outside furniture: story text with a link glued on ('… on Thursday.Read more')
        return not any(len(s.split()) >= 6 and s in self._flat for s in _SENTENCE_END.split(words))


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self.pieces: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []  # visible text, the furniture
        # it is in, and the elements it is in (their ids, outermost first)
        self.path: tuple[int, ...] = ()
        self.items: set[int] = set()  # pieces that start a list item
        self.item_open = False
        self.links = 0  # open <a> elements
        self.linked: set[int] = set()  # pieces that are the text of a link
        self.stack: list[tuple[str, int, bool]] = []  # (tag, furniture id or -1, about other stories)
        self.away = 0  # open elements about other stories: related links, most read, comments
        self.furniture: tuple[int, ...] = ()  # ids of the open furniture elements
        self.next_id = 0
        self.code = 0  # inside script, style, head…: not visible
        self.capture: str | None = None  # 'title', 'jsonld', 'h'
        self.buf: list[str] = []
        self.scopes: list[tuple[int, str]] = []  # open microdata items: (stack depth, their itemprop)
        self.grabs: list[tuple[str, int, list[str]]] = []  # text being read: (what, stack depth, pieces)
        self.signups: list[int] = []  # ids of the blocks that hold an e-mail field
        self.asks: list[int] = []  # ids of the blocks that hold a sign-up button or link ('Sign up', 'Subscribe')
        self.action: tuple[int, list[str], int] | None = None  # an open link or button: depth, text, its block
        self.para: list | None = None  # an open paragraph: [depth, text of its own seen, a sign-up link's block]
        self.kinds: dict[int, str] = {}  # ids of lists, their items and headings: their tags
        self.cards: set[int] = set()  # ids of links that hold a heading
        self.head_box: dict[int, int] = {}  # ids of headings: the id of the innermost block holding each

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                if key == "author" and key in self.scan.meta and a["content"] not in self.scan.meta[key]:
                    self.scan.meta[key] += "; " + a["content"]  # one <meta name=author> per author
                else:
                    self.scan.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and not self.scan.canonical:
            self.scan.canonical = a.get("href", "")
        elif tag == "base" and a.get("href") and not self.scan.base:
            self.scan.base = a["href"]
        elif tag == "time" and a.get("datetime") and not self.away:  # (a related story's time is not this one's)
            kind = (a.get("class", "") + " " + a.get("itemprop", "") + " " + a.get("id", "")).lower()
            kind += " " + _time_label(self.pieces)  # ('Updated <time …>', 'Published <time …>')
            if "publish" in kind or "pubdate" in kind or "pubdate" in a or "created" in kind:
                self.scan.times.insert(0, a["datetime"])  # the published date, before an 'updated' one
            elif "update" in kind or "modif" in kind:
                self.scan.late_times.append(a["datetime"])
            else:
                self.scan.times.append(a["datetime"])
            if len(self.scan.shown_times) < MAX_SHOWN_TIMES:
                self.timed = a["datetime"]  # (its text: the day the page shows, read from its start tag on)
        elif tag == "abbr" and a.get("title") and not self.away and "published" in a.get("class", "").split():
            self.scan.times.insert(0, a["title"])  # a microformat's date (hAtom: Blogger, old WordPress themes)
        elif tag == "title" and not self.scan.title:
            self.capture, self.buf = "title", []
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self.capture, self.buf = "jsonld", []
        elif tag in ("h1", "h2") and self.capture is None:
            self.capture, self.buf = "h", []
        if a.get("itemprop", "").lower() == "datepublished" and (a.get("datetime") or a.get("content")):
            self.scan.times.insert(0, a.get("datetime") or a.get("content"))
        self._microdata(tag, a)
        if tag in _VOID:
            if tag == "input" and _asks_email(a):  # a sign-up box, however it is named
                self.signups.append(self._box())
            elif tag == "input" and a.get("type", "").lower() in ("submit", "button") \
                    and _SIGNUP_ACTION.match(a.get("value", "")):
                self.asks.append(self._box())
            if tag == "br":
                self._out("\n\n")
            return
        if tag == "body":  # a page that never closed its <head>
            while any(t == "head" for t, _, _ in self.stack):
                self.handle_endtag("head")
        if tag == "template" and not self.code and ("shadowrootmode" in a or "shadowroot" in a):
            return  # a declarative shadow root: shown as its host's content (its end tag is then a stray one)
        if len(self.stack) >= MAX_NESTING:  # a page nested this deep is broken or hostile: no deeper block is
            if tag in _BLOCK:  # kept track of (each would cost the depth again), its text is read where it is
                self._out("\n\n")
            self.timed = ""
            return
        if tag in ("a", "button") and self.action is None and not (self.para and self.para[1]):
            self.action = (len(self.stack) + 1, [], self._box())  # (a link inside a sentence asks nothing)
        if tag == "p":
            self.para = [len(self.stack) + 1, False, None]
        fid = -1
        if tag in _SKIP_TAGS or tag in _WRAPPERS or (
                tag not in ("html", "body", "main", "article") and _is_furniture(a, tag, self.anchors)):
            fid, self.next_id = self.next_id, self.next_id + 1
            self.furniture += (fid,)
        away = tag in ("aside", "nav") or _names_elsewhere(a)
        self.stack.append((tag, fid, away))
        if tag in ("ul", "ol", "li") or tag in _HEADINGS:
            self.kinds[self.next_id] = tag
            if tag in _HEADINGS:
                self.head_box[self.next_id] = self._box()
            if tag in _HEADINGS:  # a heading inside a link: the link is another story's card
                self.cards.update(self.path[i] for i in range(max(0, len(self.stack) - WINDOW), len(self.stack))
                                  if self.stack[i][0] == "a")
        self.path += (self.next_id,)
        self.next_id += 1
        self.away += away
        self.code += tag in _CODE
        if "itemscope" in a:
            self.scopes.append((len(self.stack), a.get("itemprop", "").lower()))
        if self.pending:
            self.grabs.append((self.pending, len(self.stack), []))
            self.pending = ""
        elif not self.code and not any(g[0] == "byline" for g in self.grabs) \
                and len(self.scan.bylines) < 4 and _names_byline(a):
            self.grabs.append(("byline", len(self.stack), []))
        elif not self.code and not self.away and not self.grabs and len(self.scan.dates) < 2 and (
                _names_date(a) or (tag == "time" and not a.get("datetime"))):  # (a <time> with its text alone)
            self.grabs.append(("date", len(self.stack), []))
        if self.timed:
            self.grabs.append(("time\0" + self.timed, len(self.stack), []))
            self.timed = ""
        if tag in _BLOCK:
            self._out("\n\n")
        self.item_open = self.item_open or tag == "li"
        self.links += tag == "a"

    pending = ""
    timed = ""  # the datetime of a ``<time>`` whose text is to be read
    anchors: frozenset[str] = frozenset()  # ids the page's own links jump to

    def _box(self) -> int:
        """The id of the innermost open block (``div``, ``section``, ``aside``), or -1."""
        return next((self.path[i] for i in range(len(self.stack) - 1, -1, -1)
                     if self.stack[i][0] in ("div", "section", "aside")), -1)

    def _microdata(self, tag: str, a: dict[str, str]) -> None:
        """The author's and publisher's names in schema.org microdata (``itemprop="author"``, or its ``name``), and
        the author's ``jobTitle``."""
        prop = a.get("itemprop", "").lower()
        if not prop:
            return
        scope = self.scopes[-1][1] if self.scopes else ""
        key = scope if prop == "name" and scope in ("author", "publisher", "creator") else \
            prop if prop in ("author", "creator") and "itemscope" not in a else \
            "jobtitle" if prop == "jobtitle" and scope in ("author", "creator") else ""  # (its role: no name)
        key = "author" if key == "creator" else key
        if not key or key in self.scan.micro:
            return
        if a.get("content"):
            self.scan.micro[key] = " ".join(a["content"].split())
        elif tag not in _VOID:
            self.pending = key  # read the element's text (see handle_starttag)

    def _out(self, text: str) -> None:
        if not self.code:
            if self.item_open and text.strip():
                self.items.add(len(self.pieces))
                self.item_open = False
            if self.links:
                self.linked.add(len(self.pieces))
            self.pieces.append((text, self.furniture, self.path))
            for grab in self.grabs:
                grab[2].append(text)

    def handle_endtag(self, tag):
        if self.capture == "title" and tag == "title":
            self.scan.title = " ".join("".join(self.buf).split())
            self.capture = None
        elif self.capture == "jsonld" and tag == "script":
            self.scan.jsonld.append("".join(self.buf))
            self.capture = None
        elif self.capture == "h" and tag in ("h1", "h2"):
            text = " ".join("".join(self.buf).split())
            if text:
                self.scan.headings.append(text)
            self.capture = None
        if not any(t == tag for t, _, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            t, fid, away = self.stack.pop()
            self.path = self.path[:-1]
            self.item_open = self.item_open and t != "li"
            self.links -= t == "a"
            self.away -= away
            if fid >= 0:
                self.furniture = self.furniture[:-1]
            self.code -= t in _CODE
            if t == tag:
                break
        if tag in _BLOCK:
            self._out("\n\n")
        depth = len(self.stack)
        if self.action is not None and self.action[0] > depth:
            if len(self.action[1]) < 20 and _SIGNUP_ACTION.match(" ".join("".join(self.action[1]).split())):
                if self.para is not None and self.para[0] <= depth:
                    self.para[2] = self.action[2]  # a paragraph of the link alone: known at its end
                else:
                    self.asks.append(self.action[2])
            self.action = None
        if self.para is not None and self.para[0] > depth:
            if self.para[2] is not None:
                self.asks.append(self.para[2])
            self.para = None
        while self.scopes and self.scopes[-1][0] > depth:
            self.scopes.pop()
        for grab in [g for g in self.grabs if g[1] > depth]:
            self.grabs.remove(grab)
            text = "\n".join(" ".join(x.split()) for x in "".join(grab[2]).split("\n\n") if x.strip())
            if grab[0].startswith("time\0"):
                self.scan.shown_times.append((grab[0][5:], " ".join(text.split())))
            elif grab[0] in ("byline", "date"):
                if text:
                    (self.scan.bylines if grab[0] == "byline" else self.scan.dates).append(text)
            elif text:
                self.scan.micro.setdefault(grab[0], text)

    def handle_data(self, data):
        if self.capture is not None:
            self.buf.append(data)
        if self.action is not None and len(self.action[1]) < 20:
            self.action[1].append(data)
        elif self.para is not None and data.strip():  # the paragraph's own words: a link in it is in a sentence
            self.para[1], self.para[2] = True, None
        self._out(data)


WRAPPER_SHARE = 0.6
"""Furniture holding more than this share of the page's text is a wrapper ('layout-with-sidebar',
an ASP.NET page's one <form>), not furniture: its text is kept."""


def without_furniture(body: str, scan: PageScan) -> str:
    """``body`` without paragraphs the page shows only inside navigation, footers, sidebars, widgets.

    Kept whole when that would remove more than a third of it: then the page's names for its parts
    are not to be trusted.
    """
    paras = body.split("\n\n")
    kept = [p for p in paras if not scan.in_furniture(p)]
    return "\n\n".join(kept) if len(kept) < len(paras) and sum(map(len, kept)) >= 0.66 * len(body) else body


_ANCHOR = re.compile(r"""href\s*=\s*["']#([^"'\s>]+)""", re.IGNORECASE)


def scan_page(html: str) -> PageScan:
    """Metadata and furniture-free visible text of a page (never raises on bad markup)."""
    parser = _Scanner()
    parser.anchors = frozenset(_ANCHOR.findall(html))
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the stdlib parser is lenient; keep what was read
        pass
    sizes: dict[int, int] = {}
    total = 0
    for text, furniture, _ in parser.pieces:
        n = len(text.strip())
        total += n
        for fid in furniture:
            sizes[fid] = sizes.get(fid, 0) + n
    wrappers = {fid for fid, n in sizes.items() if n > WRAPPER_SHARE * total}
    boxed = _boxed(parser)
    kept = [n for n, (_, f, _) in enumerate(parser.pieces) if wrappers.issuperset(f) and n not in boxed]
    parser.scan.text = _paragraphs([parser.pieces[n][0] for n in kept])
    parser.scan.all_text = " ".join("".join(t for t, _, _ in parser.pieces).split())
    scan, parser.scan = parser.scan, None  # (the parser is kept for the article text alone)
    scan._article = lambda: _article_text(parser, kept)
    scan._rows = lambda: frozenset(p.text for p in _blocks(parser, kept) if _linked_taxonomy(p))
    return scan


_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
SIGNUP_WORDS = 60
"""A block with an e-mail field and at most this many words is a sign-up box (a longer one holds more)."""
CARD_WORDS = 80
"""A link that holds a heading and at most this many words is another story's card (its headline, its teaser)."""
MAX_NESTING = 150
"""Elements nested deeper than this are not tracked (their text is read as their parent's)."""
WINDOW = 24
"""The blocks a piece of text is looked up in: the innermost this many around it."""
LINKED_ITEM_WORDS = 6
"""A list whose every item is a link of this many words or more is a list of other stories' headlines."""


_SIGNUP_ACTION = re.compile(r"\W*(?:sign ?up|subscribe|join|register|get (?:it|the newsletter|our newsletters?))"
                            r"(?: (?:now|today|for free|here|free))?\W*$", re.IGNORECASE)
"""A button's or link's words that ask the reader to sign up."""
_NEWSLETTER = re.compile(r"\b(?:newsletters?|inbox|e-?mails?|briefing|digest)\b", re.IGNORECASE)
"""Words of a sign-up box whose button or link asks for no address on the page (it opens a form elsewhere): a box
of a sign-up button and no such word is a paywall's or a club's, read by other rules."""


def _asks_email(a: dict[str, str]) -> bool:
    """True for a form field that asks for an e-mail address."""
    if a.get("type", "").lower() == "email":
        return True
    return a.get("type", "text").lower() == "text" and any(
        "email" in a.get(k, "").lower().replace("-", "") for k in ("name", "placeholder", "id", "autocomplete"))


_COMMENTS_HEAD = re.compile(
    r"(?:\d[\d,.]*\s+)?(?:reader\s+)?(?:comments?|responses?|replies|reactions|thoughts on\b.{1,120})|"
    r"(?:join|read) the (?:conversation|discussion)|leave a (?:reply|comment)|what readers? (?:say|think)|"
    r"(?:\d+\s+)?(?:Kommentare?|Leserkommentare|commentaires?|comentarios?|commenti|coment\u00e1rios?|reacties)",
    re.IGNORECASE)
"""A heading over readers' comments ('2 responses', 'Comments', '14 thoughts on “…”', 'Join the conversation')."""
THREAD_SHARE = 0.5
"""A block under a comments heading that holds more than this share of the page's words holds the story too."""


def _comment_threads(parser: "_Scanner", heads: dict[int, list[int]]) -> set[int]:
    """The pieces of the blocks that readers' comments stand in, under a comments heading (see
    :data:`_COMMENTS_HEAD`) whose block no name gives away (``class="conversation"``): the heading and what
    follows it in its block."""
    pieces, out, total, read_to = parser.pieces, set(), 0, 0
    for head, ns in sorted(heads.items(), key=lambda h: h[1][0]):
        box = parser.head_box.get(head, -1)
        if box < 0 or ns[0] < read_to or len(ns) > MAX_HEAD_PIECES \
                or not _COMMENTS_HEAD.fullmatch(" ".join(" ".join(pieces[n][0] for n in ns).split())):
            continue  # (a heading inside a thread already read adds nothing: each piece is read once)
        thread = []  # (the block's pieces stand together: the first outside it ends it)
        for n in range(ns[0], len(pieces)):
            if box not in pieces[n][2][-WINDOW:]:
                break
            thread.append(n)
        read_to = ns[0] + len(thread)
        total = total or sum(len(t.split()) for t, _, _ in pieces)
        if sum(len(pieces[n][0].split()) for n in thread) <= THREAD_SHARE * total:
            out.update(thread)
    return out


MAX_HEAD_PIECES = 20
"""A heading of more pieces than this is no comments heading (read no further)."""


def _boxed(parser: "_Scanner") -> set[int]:
    """Pieces of furniture that no name gives away, found by what the blocks hold: a sign-up box (a short block
    with an e-mail field), another story's card (a short link that holds a heading, with its teaser) and a list
    of other stories' headlines (two items or more, each a link of :data:`LINKED_ITEM_WORDS` words or more,
    nothing else) with the heading just before it."""
    pieces, out = parser.pieces, set()
    if not (parser.signups or parser.kinds or parser.asks):
        return out
    items: dict[int, list[int]] = {}  # list item id → its pieces
    lists: dict[int, list[int]] = {}  # list id → its item ids, in order
    heads: dict[int, list[int]] = {}  # heading id → its pieces
    boxes: dict[int, list[int]] = {i: [] for i in parser.signups if i >= 0}  # (and links that hold a heading)
    boxes.update({i: [] for i in parser.cards})
    asks = {i for i in parser.asks if i >= 0 and i not in boxes}
    boxes.update({i: [] for i in asks})
    kinds = parser.kinds
    for n, (text, _, path) in enumerate(pieces):
        if not text.strip():
            continue
        near = path[-WINDOW:]  # (the blocks around a piece are near it: a deep page costs no more per piece)
        for k, node in enumerate(near):
            if node in boxes:
                boxes[node].append(n)
            kind = kinds.get(node)
            if kind == "li":
                items.setdefault(node, []).append(n)
                parent = next((p for p in reversed(near[:k]) if kinds.get(p) in ("ul", "ol")), None)
                if parent is not None and node not in lists.setdefault(parent, [])[-1:]:  # (an item's pieces
                    lists[parent].append(node)  # come together)
            elif kind in _HEADINGS:
                heads.setdefault(node, []).append(n)
    for key, box in boxes.items():
        if sum(len(pieces[n][0].split()) for n in box) <= (CARD_WORDS if key in parser.cards else SIGNUP_WORDS) \
                and (key not in asks or _NEWSLETTER.search(" ".join(pieces[n][0] for n in box))):
            out.update(box)
    out.update(_comment_threads(parser, heads))
    for ids in lists.values():
        if len(ids) < 2 or not all(_linked_item([pieces[n][0] for n in items[i]], items[i], parser.linked)
                                   for i in ids):
            continue
        start = min(items[ids[0]])
        out.update(n for i in ids for n in items[i])
        before = next((n for n in range(start - 1, max(start - 40, -1), -1) if pieces[n][0].strip()), None)
        head = next((h for h in heads.values() if before in h), None)
        if head and len(" ".join(pieces[n][0] for n in head).split()) < 6:
            out.update(head)
    return out


def _linked_item(texts: list[str], ids: list[int], linked: set[int]) -> bool:
    """True for a list item whose words are all a link's, :data:`LINKED_ITEM_WORDS` words or more."""
    words = sum(len(t.split()) for t in texts)
    inside = sum(len(t.split()) for t, n in zip(texts, ids) if n in linked)
    return words >= LINKED_ITEM_WORDS and inside == words


TAXONOMY_LINKED = 0.5
"""A taxonomy line whose link text is this share of its characters or more lists links (its label is not one)."""


def _linked_taxonomy(p: "_Para") -> bool:
    return p.linked >= TAXONOMY_LINKED * len(p.text.replace(" ", "")) and is_taxonomy_line(p.text)


def _article_text(parser: "_Scanner", kept: list[int]) -> str:
    paras = _blocks(parser, kept)
    block = article_block(paras)
    inside = [p for p in paras if p.path[:len(block)] == block]
    return "\n\n".join(
        p.text for n, p in enumerate(inside) if not p.link_row
        and not (n + 1 < len(inside) and inside[n + 1].link_row and p.label))  # ('Related stories' over its links)


@dataclass
class _Para:
    """A paragraph of the visible text: its words, the innermost element holding them, how much is link text."""

    text: str
    path: tuple[int, ...]
    linked: int

    @property
    def link_row(self) -> bool:
        """A row of links or a link alone ('Legal Beat | Cases | About', 'Reuse this content'), not a sentence."""
        return self.linked >= 0.8 * len(self.text.replace(" ", "")) and len(self.text.split()) < STORY_WORDS

    @property
    def label(self) -> bool:
        """A short line that ends no sentence: a heading, a label ('Related stories', 'Más información')."""
        return len(self.text.split()) < 6 and not _SENTENCE.search(self.text)

    @property
    def story(self) -> bool:
        """A sentence of the story: :data:`STORY_WORDS` words or more ending a sentence, no promo line."""
        if len(self.text.split()) < STORY_WORDS or not _SENTENCE.search(self.text):
            return False
        return not is_furniture_line(self.text)


def _blocks(parser: "_Scanner", kept: list[int]) -> list[_Para]:
    """The kept pieces as paragraphs (split where the page breaks a block), a list item marked '- '."""
    out: list[_Para] = []
    words: list[str] = []
    path: tuple[int, ...] | None = None
    linked = 0

    def close() -> None:
        nonlocal path, words, linked
        text = " ".join("".join(words).split())
        if text and path is not None:
            out.append(_Para(text, path, linked))
        path, words, linked = None, [], 0

    for n in kept:
        text, _, where = parser.pieces[n]
        for k, part in enumerate(re.split(r"\n\s*\n", text)):
            if k:
                close()
            if part.strip():
                if n in parser.items and not words:
                    words.append("- ")
                words.append(part)
                linked += len("".join(part.split())) if n in parser.linked else 0
                path = where if path is None else _common(path, where)
    close()
    return out


_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
STORY_WORDS = 12
"""A paragraph of this many words or more that ends a sentence is the story's (a caption, a teaser, a menu,
a promo line is shorter or ends otherwise)."""


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence ('.', '!', '?', then closing quotes or a bracket)."""
    return bool(_SENTENCE.search(text))


def article_block(paras: list[_Para]) -> tuple[int, ...]:
    """The innermost element (as its path of ids) holding every paragraph of the story (see
    :attr:`_Para.story`); the page's own element (``()``) when fewer than two are found: the text is read
    whole. What stands outside the block (a skip link, a byline, a standfirst, a topic list, a sign-up line,
    a footer that names itself no footer) is not the story."""
    paths = [p.path for p in paras if p.story]
    if len(paths) < 2:
        return ()
    block = paths[0]
    for p in paths[1:]:
        block = _common(block, p)
    return block


def _common(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def _paragraphs(parts: list[str]) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "".join(parts))]
    return "\n\n".join(p for p in paras if p)
