"""The story of a page rendered by script: the page itself holds an empty root ('Loading…') or a paywall's
teaser, and the story is whole only in the data its framework embeds as JSON: Next.js's ``__NEXT_DATA__`` and
other ``<script type="application/json">`` blocks, or JSON a script assigns (``window.__INITIAL_STATE__ = {…}``,
``window.__PRELOADED_STATE__ = JSON.parse("…")``, Arc XP's ``Fusion.globalContent = {…}``,
``window.__APOLLO_STATE__``, Nuxt's ``window.__NUXT__``, as JSON or as the object literal its state function
returns, and Nuxt 3's ``__NUXT_DATA__`` array of values that point at each other, see :mod:`.jsliteral`) or streams (Next.js's
``self.__next_f.push``, see :mod:`.flight`). The script is never run: only a
JSON value written after ``NAME =`` is read, within size limits. Read only when the page gives little text.
"""

from __future__ import annotations

import json
import re
from html import unescape
from itertools import islice
from typing import Any, Optional

from .flight import flight_chunks, flight_values
from .jsliteral import JS_ESCAPE, js_unescape, nuxt_state, revived
from .pagescan import STORY_WORDS, ends_sentence

MAX_CHARS = 8_000_000
"""A data block longer than this is not read (its text would not be one article's)."""
MAX_ROWS = 20_000
"""At most this many rows of a page's flight data are read."""
MAX_DEPTH = 40
"""Values nested deeper than this (from a data block, or from a list searched for a story) are not read."""
MIN_WORDS = 2
"""A string with fewer words (a type name, an id, an address) is not text."""
_SCRIPT_OPEN = re.compile(r"<script\b([^<>]*)>", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
_JSON_TYPE = re.compile(r"""\btype\s*=\s*["']?application/json\b""", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]+>")  # (not '<[^>]+>': a run of '<' without '>' would be read again from each)
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)\s*>|<br\s*/?>", re.IGNORECASE)
_NOT_TEXT = re.compile(r"^(?:https?://|/|#|\{|\[)|^[\w.-]+@[\w.-]+$")
_CODE_TYPE = re.compile(r"""\btype\s*=\s*["']?(?:text/javascript|application/javascript|module)\b""", re.IGNORECASE)
_ASSIGNED = re.compile(r"=\s*(?:(JSON\.parse\(\s*)|(?=[{\[])|(?=[\"'][{\[]))")
"""An '=' before a JSON object or array, before ``JSON.parse(`` and a string literal, or before a string
literal of JSON (``window.__INITIAL_DATA__="{…}"``); :data:`_NAME_BEFORE` checks that a name stands before it."""
_NAME_BEFORE = re.compile(r"\s*[\w$]*[A-Za-z_$](?:\s*\.\s*[\w$]*[A-Za-z_$])*(?![\w$.=!<>])")
"""The name before an '=', read backwards (on the reversed text before it)."""
MAX_EQUALS = 20_000
"""At most this many '=' before a value that may be JSON are looked at in a script."""
MAX_NODES = 300_000
"""A JSON value of more values than this (a data dump, not a page's state) is not searched for a story."""
MAX_ASSIGNED = 64
"""At most this many assignments of a page are tried as JSON."""
_JS_ONLY = re.compile(r"(?<=[:,\[])(\s*)(?:undefined|NaN|-?Infinity)(?=\s*[,}\]])")
"""Values JavaScript writes that JSON lacks (``undefined``), read as ``null``."""
_JS_STRING = re.compile(r"'([^'\\]*(?:\\.[^'\\]*)*)'" r'|"([^"\\]*(?:\\.[^"\\]*)*)"', re.DOTALL)
Around = Optional[tuple[dict, "Around"]]
"""The objects a value of a page's data stands in, nearest first: ``(object, objects around that object)``."""
_TYPE_KEYS = ("type", "_type", "kind", "__typename", "blockType", "component")
_TEXT_TYPE = re.compile(r"paragraph|text|heading|header|subhead|^h[1-6]$|^p$|^li$|^list|quote", re.IGNORECASE)
_NOT_TEXT_TYPE = re.compile(r"image|photo|video|gallery|embed|promo|related|link|caption|newsletter|advert|"
                            r"(?:^|[^a-z])ads?(?:[^a-z]|$)", re.IGNORECASE)


def _lines(value: str) -> list[str]:
    """A string's paragraphs as text: an HTML fragment split at its blocks, tags dropped."""
    if "<" in value and ">" in value:
        value = _TAG.sub("", _BLOCK_END.sub("\n\n", value))
    out = []
    for part in re.split(r"\n\s*\n", unescape(value)):
        line = " ".join(part.split())
        if len(line.split()) >= MIN_WORDS and not _NOT_TEXT.match(line):
            out.append(line)
    return out


def _kind(node: Any) -> str | None:
    """The type a block of a body list names (Arc XP's 'text', 'image'; 'ParagraphBlock'), else None."""
    if isinstance(node, dict):
        for key in _TYPE_KEYS:
            if isinstance(node.get(key), str):
                return node[key]
    return None


def _text_kind(kind: str) -> bool:
    """True for a block type that holds the story's text ('paragraph', 'text', 'header'), not an image's."""
    return bool(_TEXT_TYPE.search(kind)) and not _NOT_TEXT_TYPE.search(kind)


def _blocks(items: list) -> list:
    """A list's items that hold text: when its blocks name their types (two or more) and some are text
    ('text', 'paragraph', 'header'), only those (not the images' captions, embeds, promos, links)."""
    kinds = [_kind(x) for x in items]
    if sum(k is not None for k in kinds) >= 2 and any(k and _text_kind(k) for k in kinds):
        return [x for x, k in zip(items, kinds) if (k is None and not isinstance(x, dict)) or (k and _text_kind(k))]
    return items


def _strings(node: Any, out: list[str], cache: dict[int, list[str]], depth: int = 0) -> None:
    """The paragraphs of ``node``'s strings, in order, into ``out`` (each string's read once into ``cache``,
    by its id: a page's data is searched list by list, the outer lists holding the inner ones)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, str):
        out.extend(_cached_lines(node, cache))
    elif isinstance(node, dict):
        runs: list[str] = []
        if _RICH_BLOCK.search(_rich_kind(node)) and _inline_runs(node, runs, depth):
            out.extend(_lines("".join(runs)))  # (a rich-text paragraph: its runs of text and links, one line)
            return
        own = " ".join(v for v in node.values() if isinstance(v, str))
        for value in node.values():
            if isinstance(value, str):
                out.extend(_cached_lines(value, cache))
                continue
            inner: list[str] = []
            _strings(value, inner, cache, depth + 1)
            if not (own and inner and _repeats_own(inner, own)):
                out.extend(inner)
    elif isinstance(node, list):
        for value in _blocks(node):
            _strings(value, out, cache, depth + 1)


_RICH_BLOCK = re.compile(r"^(?:paragraph|block|heading(?:-\d)?|h[1-6]|p|blockquote|quote|list-item|listItem)$")
"""The types of a rich-text document's blocks (Contentful's ``nodeType``, Sanity's ``_type: "block"``, ProseMirror's
``type``) whose inline nodes (runs of text, links) make one paragraph."""
_CHILDREN = ("content", "children")
_RUN_TEXT = ("value", "text")


def _rich_kind(node: dict) -> str:
    kind = node.get("nodeType", node.get("_type", node.get("type")))
    return kind if isinstance(kind, str) and any(isinstance(node.get(k), list) for k in _CHILDREN) else ""


def _inline_runs(node: Any, runs: list[str], depth: int) -> bool:
    """The text of ``node``'s inline nodes, in order, into ``runs``: True when every node under it is a run of text
    (``{"value": …}``, ``{"text": …}``) or holds only such runs (a link, a mark); False for a block inside (a
    list's paragraph: read as blocks)."""
    if depth > MAX_DEPTH or not isinstance(node, dict):
        return False
    children = next((node[k] for k in _CHILDREN if isinstance(node.get(k), list)), None)
    if children is None:
        text = next((node[k] for k in _RUN_TEXT if isinstance(node.get(k), str)), None)
        if text is None:
            return False
        runs.append(text)
        return True
    return all(not _RICH_BLOCK.search(_rich_kind(c) if isinstance(c, dict) else "") and _inline_runs(c, runs, depth + 1)
               for c in children)


def _cached_lines(value: str, cache: dict[int, list[str]]) -> list[str]:
    key = id(value)
    if key not in cache:
        cache[key] = _lines(value)
    return cache[key]


def _repeats_own(inner: list[str], own: str) -> bool:
    """True when the text of a dict's inner values is its own text again, in pieces (a block's 'html'
    beside its 'text' split into runs). Pieces more than twice the length of the text cannot be it (real
    text is mostly words), so a deep data dump is not flattened again at each level."""
    text = " ".join(inner)
    return len(text) <= 2 * len(own) and spaced_words(text) in spaced_words(own)


def spaced_words(text: str) -> str:
    """``text``'s words, lower case, a space around each: one text stands in another, word for word, when
    its spaced words are a substring of the other's."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _story(lines: list[str]) -> list[int]:
    """The word counts of the story's sentences among ``lines``: :data:`STORY_WORDS` words or more, ending
    a sentence."""
    return [n for n, x in ((len(x.split()), x) for x in lines) if n >= STORY_WORDS and ends_sentence(x)]


def _candidates(node: Any, cache: dict[int, list[str]], depth: int = 0, around: Around = None):
    """Every list of the data, and every string holding two paragraphs or more: the places a body can be;
    each with the objects around it, nearest first (see :data:`Around`)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        yield node, around
        for value in node:
            yield from _candidates(value, cache, depth + 1, around)
    elif isinstance(node, dict):
        inner = (node, around)
        for value in node.values():
            yield from _candidates(value, cache, depth + 1, inner)
    elif isinstance(node, str) and len(node) > 200 and len(_cached_lines(node, cache)) >= 2:
        yield node, around


def _larger_than(data: Any, limit: int) -> bool:
    """True when ``data`` holds more than ``limit`` values (counted until the limit is passed)."""
    stack, seen = [data], 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > limit:
            return True
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _parsed_string(code: str, at: int) -> Any:
    """The JSON in the string literal of ``JSON.parse('…')`` at ``at`` (JavaScript's escapes read), or None."""
    m = _JS_STRING.match(code, at)
    if not m:
        return None
    if m[2] is not None:  # a double-quoted literal is most often a JSON string already
        try:
            return json.loads(json.loads(m[0]))
        except (ValueError, RecursionError, TypeError):
            pass
    text = JS_ESCAPE.sub(js_unescape, m[1] if m[1] is not None else m[2])
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # (escaped surrogate pairs)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def assigned_data(code: str) -> list[Any]:
    """The JSON values a script assigns (``window.__INITIAL_STATE__ = {…};``, ``Fusion.globalContent={…}``,
    ``X = JSON.parse("…")``, ``window.__INITIAL_DATA__ = "{…}"``), in order; a value that is not JSON (a
    function call, an object with unquoted keys) is skipped. The script is never run."""
    decoder, found, at, tries, equals = json.JSONDecoder(), [], 0, 0, 0
    lenient = 4 if _JS_ONLY.search(code) else 0  # (tries with JavaScript's values read as null)
    while tries < MAX_ASSIGNED:
        m = _ASSIGNED.search(code, at)
        if not m:
            break
        at, equals = m.end(), equals + 1
        if equals > MAX_EQUALS:
            break
        if code[m.start() - 1: m.start()] in ("=", "!", "<", ">") or not _NAME_BEFORE.match(
                code[max(0, m.start() - 200): m.start()][::-1]):
            continue
        tries += 1
        if m[1] or code.startswith(("\"", "'"), m.end()):
            value = _parsed_string(code, m.end())
            if value is not None:
                found.append(value)
            continue
        try:
            value, at = decoder.raw_decode(code, m.end())
        except (ValueError, RecursionError):
            if lenient <= 0:
                continue
            lenient -= 1
            try:  # JavaScript's own values ('undefined') in what is otherwise JSON
                value, _ = decoder.raw_decode(_JS_ONLY.sub(r"\1null", code[m.end():]))
            except (ValueError, RecursionError):
                continue
        found.append(value)
    return found


def _scripts(html: str):
    """Each script of ``html`` as its attributes and its code, in one pass (nothing after a script that is
    never closed is a script)."""
    at = 0
    while opened := _SCRIPT_OPEN.search(html, at):
        closed = _SCRIPT_CLOSE.search(html, opened.end())
        if not closed:
            return
        yield opened[1], html[opened.end():closed.start()]
        at = closed.end()


def _data_blocks(html: str):
    """Each JSON value the page's scripts hold: a JSON script's, those a script assigns, and the page a
    Next.js App Router site streams (see :mod:`.flight`)."""
    flight: list[str] = []
    size = 0
    for attrs, body in _scripts(html):
        if len(body) > MAX_CHARS:
            continue
        if _JSON_TYPE.search(attrs):
            try:
                value = json.loads(unescape(body) if body.lstrip().startswith("&") else body)
            except (ValueError, RecursionError):
                continue
            yield (revived(value) if "__NUXT_DATA__" in attrs else None) or value
        elif not re.search(r"\btype\s*=", attrs, re.IGNORECASE) or _CODE_TYPE.search(attrs):
            if "__next_f" in body:
                for chunk in flight_chunks(body):
                    size += len(chunk)
                    if size <= MAX_CHARS:
                        flight.append(chunk)
            elif "=" in body:
                state = nuxt_state(body) if "__NUXT__" in body else None
                if state is not None:
                    yield state
                yield from assigned_data(body)
    if flight:
        yield flight_values("".join(flight), MAX_ROWS)


_HEADLINE_KEYS = ("headline", "headlines", "title", "seoTitle", "seo_title")
"""Keys of the headline of the object that holds a story (Arc XP's ``headlines`` holds it under ``basic``)."""
HEADLINE_OBJECTS = 3
"""The headline of a story's text is looked for in at most this many objects around it, nearest first."""
MIN_HEADLINE_KEY = 12
"""A headline shorter than this (letters and digits) names no story of the page's title."""


def _named(around: Around) -> str:
    """The headline the nearest object around a text names, in letters and digits only, or ''."""
    n = 0
    while around is not None and n < HEADLINE_OBJECTS:
        node, around, n = around[0], around[1], n + 1
        for key in _HEADLINE_KEYS:
            value = node.get(key)
            if isinstance(value, dict):
                value = value.get("basic") or value.get("main")
            if isinstance(value, str) and value.strip():
                return re.sub(r"[\W_]", "", value.lower())
    return ""


MAX_ITEM_HEADLINES = 20
"""At most this many items of a list are read for the headlines of the stories it holds."""


_URL_KEYS = ("canonical_url", "canonicalUrl", "website_url", "url", "link", "permalink", "path", "slug", "uri")
"""Keys of the address (or the last part of it, its slug) of the object that holds a story."""
MIN_SLUG = 8
"""A slug shorter than this names no page ('news', 'a1')."""


def page_paths(urls) -> list[str]:
    """The paths of the page's own addresses (canonical, og:url), lower case, without the host, the query and a
    trailing '/': what the address of a story in the data must name to be the page's."""
    out = []
    for url in urls:
        if not url:
            continue
        path = re.sub(r"^[a-z][\w+.-]*://[^/]*", "", url.strip().lower()).split("?")[0].split("#")[0].rstrip("/")
        if len(path.rsplit("/", 1)[-1]) >= MIN_SLUG:
            out.append(path)
    return out


def _address(node: dict) -> str:
    """The address (as in :func:`page_paths`) or slug an object of the data names, or ''."""
    for key in _URL_KEYS:
        value = node.get(key)
        if isinstance(value, str) and len(value) < 1000 and value.strip():
            return (page_paths([value]) or [""])[0]
    return ""


def _at_page(address: str, paths: list[str]) -> bool:
    """True when a story's ``address`` (a path, or a slug without '/') is the page's own."""
    if not address or not paths:
        return False
    if "/" in address:
        address = "/" + address.lstrip("/")  # (a relative 'news/…' ends a path at a '/', not within a name)
        return any(p == address or p.endswith(address) or address.endswith(p) for p in paths)
    return any(p.rsplit("/", 1)[-1] == address for p in paths)


def _addressed(candidate: Any, around: Around, paths: list[str]) -> bool:
    """True when the nearest objects around a text (or an item of a list of stories) name the page's address."""
    n = 0
    while around is not None and n < HEADLINE_OBJECTS:
        node, around, n = around[0], around[1], n + 1
        address = _address(node)
        if address:
            return _at_page(address, paths)
    return False


def _headlines(candidate: Any, around: Around) -> list[str]:
    """The headlines (letters and digits only, long enough to name a story) of the object around a text, or of
    the stories a list holds as its items ('related': [{"headline": …, "body": […]}]); [] when none names one."""
    named = _named(around)
    if len(named) >= MIN_HEADLINE_KEY:
        return [named]
    if not isinstance(candidate, list):
        return []
    items = [_named((x, None)) for x in candidate[:MAX_ITEM_HEADLINES] if isinstance(x, dict)]
    return [h for h in items if len(h) >= MIN_HEADLINE_KEY]


def _own_story(items: list, around: Around, keys: list[str], paths: list[str]) -> tuple[Any, Around]:
    """A list of the data as a place its story can be: when two or more of its items are stories that name
    their headlines (the story and its related reads, ``[{"headline": …, "body": […]}, …]``), the item whose
    headline one of the page's titles (``keys``) holds, with the objects around it; when none does and every one
    names its date or authors, the first (a page's own story leads the stories it loads after it). Any other
    list as it is (a list of titled sections may be the story's own text)."""
    heads = [(x, _named((x, None))) for x in items[:MAX_ITEM_HEADLINES] if isinstance(x, dict)]
    heads = [(x, h) for x, h in heads if len(h) >= MIN_HEADLINE_KEY]
    if len({h for _, h in heads}) < 2:
        return items, around
    at_page = [x for x, _ in heads if _at_page(_address(x), paths)]
    if len(at_page) == 1:
        return at_page[0], (at_page[0], around)
    named = [(len(h), -n, x) for n, (x, h) in enumerate(heads) if any(h in t for t in keys)]
    own = max(named, key=lambda m: m[:2])[2] if named else None  # (the longest headline the title holds: 'Budget
    # 2025: what it means for you', not the related 'Budget 2025')
    if own is None and all(any(k in x for k in _STORY_KEYS) for x, _ in heads) \
            and not _parts_of_own(items, around, keys):  # (a live blog's posts: its story whole)
        own = heads[0][0]  # (dated or signed stories none of which the title names: a feed, the page's first)
    return (own, (own, around)) if own is not None else (items, around)


def _parts_of_own(items: list, around: Around, keys: list[str]) -> bool:
    """True when ``items`` are the parts of the story the page's title names (a live blog's posts, each dated and
    titled: ``{"title": "Budget 2025 live", "posts": […]}``): the object holding them names that headline and holds
    no other text."""
    node = around[0] if around is not None else None
    named = _named((node, None)) if isinstance(node, dict) else ""
    if len(named) < MIN_HEADLINE_KEY or not any(named in t for t in keys):
        return False
    return not any(v is not items and ((isinstance(v, list) and len(v) > 1) or (isinstance(v, str) and len(v) > 200))
                   for v in islice(node.values(), MAX_ITEM_HEADLINES))


_STORY_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "display_date",
               "first_publish_date", "authors", "author", "byline", "credits")
"""Keys only a story's object holds (its date, its authors), not a titled section of one story's text."""


def script_data_story(html: str, titles: tuple[str, ...] = (), urls: tuple[str, ...] = ()) -> tuple[str, Around]:
    """The story in the page's embedded JSON data and the objects around it (see :func:`_data_story`)."""
    return _data_story(html, titles, urls)[:2]


def unnamed_stories(html: str, titles: tuple[str, ...] = (), urls: tuple[str, ...] = ()) -> int:
    """How many titled stories the page's data holds when neither its ``titles`` nor its addresses (``urls``) name
    one of them, so that none is read as the page's (a section's or a home page's feed); else 0."""
    return _data_story(html, titles, urls)[2]


def _data_story(html: str, titles: tuple[str, ...], urls: tuple[str, ...]) -> tuple[str, Around, int]:
    """The story in the page's embedded JSON data: the list (or the one HTML string) whose strings hold the
    most words of story sentences (the innermost of equals; a list's own items, not the lists it holds, are
    counted), its strings one paragraph each; '' when no block holds two such sentences. The other lists
    (related stories, navigation) are left out, and of a list whose blocks name their types, the blocks that
    are not text (images and their captions, embeds, promos). With the text, the objects around it (the
    story's own, which names its date and authors; see :mod:`.scriptmeta`). Given the page's ``titles``
    (``<title>``, ``og:title``), when an object of the data around a text names a headline one of them holds, a
    text whose nearest object names another headline (a longer story the page preloads, 'nextArticle') is not read;
    a text whose object names the page's own address (``urls``: canonical, og:url) is the page's before any. When
    neither names one of two or more titled stories (a ``<title>`` that is the site's name alone), none is the
    page's: '', with how many there are."""
    best: list[str] = []
    best_words, best_around, matched, foreign = 0, None, False, False
    mines: list[tuple[int, int, list[str], Around]] = []  # (how long a headline of the title it names, words, …)
    keys = [re.sub(r"[\W_]", "", t.lower()) for t in titles if t]
    paths = page_paths(urls)
    others: set[str] = set()  # (the headlines of stories neither the title nor the address names)
    for data in _data_blocks(html):
        if _larger_than(data, MAX_NODES):
            continue
        cache: dict[int, list[str]] = {}  # (by id: ``data``, which holds the strings, lives as long)
        for candidate, around in _candidates(data, cache):
            if isinstance(candidate, list) and len(candidate) > 1:  # a list of stories: the page's own alone
                candidate, around = _own_story(candidate, around, keys, paths)
            lines: list[str] = []
            _strings(candidate, lines, cache)
            own = lines
            if isinstance(candidate, list) and any(isinstance(x, list) for x in candidate):
                own = []  # (the story is counted where its paragraphs stand, not in a list of lists around it)
                _strings([x for x in candidate if not isinstance(x, list)], own, cache)
            story = _story(own)
            if len(story) < 2:
                continue
            heads = _headlines(candidate, around) if keys or paths else []
            rank = max((len(h) for h in heads if any(h in t for t in keys)), default=0)
            if paths and _addressed(candidate, around, paths):
                rank = 1 << 30  # (the page's own address: before any headline)
            mine = not heads or rank > 0
            matched = matched or (bool(heads) and mine)
            if heads and not mine:
                others.add(heads[0])
            if sum(story) >= best_words:
                best, best_words, best_around, foreign = lines, sum(story), around, bool(heads) and not mine
            if mine:
                mines.append((rank, sum(story), lines, around))
    if matched:  # (a story whose object names the page's headline: another story's text is not the page's; of
        top = max(m[0] for m in mines)  # two, the one naming more of it: not the related 'Budget 2025')
        pick = max(reversed([m for m in mines if m[0] in (0, top)]), key=lambda m: m[1])  # (the last of equals)
        best, best_around = pick[2], pick[3]
    elif foreign and len(others) >= 2:  # (stories the page neither titles nor addresses: the longest is no more
        # its own than the others)
        return "", None, len(others)
    return "\n".join(best), best_around, 0


def script_data_text(html: str) -> str:
    """The story in the page's embedded JSON data (see :func:`script_data_story`), or ''."""
    return script_data_story(html)[0]
