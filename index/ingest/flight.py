"""The page a Next.js App Router site streams as 'flight' data (``self.__next_f.push([1, "…"])`` scripts): rows
``ID:JSON`` whose elements are ``["$", "p", null, {"children": …}]``. Read as data, never run: each element
becomes its text, a paragraph element (``p``, a heading, a list item, a quotation) one string, any other
element the list of what it holds, so the story's paragraphs stand in one list as in any page data (see
:mod:`.scriptdata`). Attributes other than ``children`` (class names, addresses) are never text; the
properties of a component the browser renders (``["$", "$L1f", null, {"article": …}]``) are data, read as such.
A row that stands in another by reference (``"$L5"``, ``"$5"``, ``"$@5"``; a text row ``5:T1a2,…`` of that many
bytes) is read where it is referenced, and a reference with a path (``"$5:props:children:0"``) reads what the path
reaches inside that row (an element's ``props``, ``type`` and ``key``; a list's index; an object's key); the rows no
other row references are the page's.
"""

from __future__ import annotations

import json
import re
from typing import Any

_PUSH = re.compile(r"self\.__next_f\.push\(\[\s*1\s*,\s*(\"(?:[^\"\\]*(?:\\.[^\"\\]*)*)\")\s*\]\)", re.DOTALL)
_ROW = re.compile(r"([0-9a-fA-F]{1,8}):")
_TEXT_ROW = re.compile(r"T([0-9a-fA-F]{1,8}),")
_REF = re.compile(r"\$[L@]?([0-9a-fA-F]{1,8})((?::[^:]{1,64}){0,16})$")
_ELEMENT_PARTS = {"type": 1, "key": 2, "props": 3}
"""Where an element's parts stand in its row (``["$", type, key, props]``), for a reference's path."""
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "figcaption", "pre"}
_SKIPPED = {"script", "style", "svg", "nav", "aside", "footer", "header", "button", "form", "noscript", "iframe",
            "template", "figure", "img", "video", "picture", "select", "input", "head", "meta", "link"}
MAX_DEPTH = 60
"""Elements nested deeper than this are not read (a reference counts as a level)."""
MAX_VISITS = 500_000
"""At most this many values are visited in all, however often rows are referenced."""
MAX_TEXT = 8_000_000
"""At most this many characters of text are read in all: a row referenced many times is read each time, and past
this its text is left out."""


def flight_chunks(code: str) -> list[str]:
    """The strings a script pushes to ``self.__next_f`` as data (``[1, "…"]``)."""
    out = []
    for m in _PUSH.finditer(code):
        try:
            out.append(json.loads(m[1]))
        except ValueError:
            continue
    return out


def flight_rows(payload: str, limit: int) -> dict[str, Any]:
    """The rows of a flight ``payload`` by id, read in order: a JSON value, or a text row's text; at most
    ``limit`` rows. A row that is neither (a module, a hint) or that cannot be read is passed over to the
    next line."""
    decoder, rows, at, n = json.JSONDecoder(), {}, 0, 0
    while n < limit and at < len(payload):
        m = _ROW.match(payload, at)
        if not m:
            nl = payload.find("\n", at)
            at = len(payload) if nl < 0 else nl + 1
            continue
        n, at = n + 1, m.end()
        t = _TEXT_ROW.match(payload, at)
        if t:  # 'ID:T<bytes in hex>,<text>': the text runs that many UTF-8 bytes, newlines and all
            size, at = int(t[1], 16), t.end()
            raw = payload[at:at + size].encode("utf-8", "surrogatepass")[:size]
            text = raw.decode("utf-8", "ignore")
            rows[m[1]] = text
            at += len(text)
            continue
        if payload[at:at + 1] in ("[", "{"):
            try:
                value, end = decoder.raw_decode(payload, at)
            except (ValueError, RecursionError):
                value, end = None, at
            if value is not None:
                rows[m[1]] = value
                at = end
        nl = payload.find("\n", at)
        at = len(payload) if nl < 0 else nl + 1
    return rows


def _references(node: Any, out: set[str], budget: list[int], depth: int = 0) -> None:
    """The ids of the rows ``node`` references, into ``out``."""
    budget[0] -= 1
    if depth > MAX_DEPTH or budget[0] < 0:
        return
    if isinstance(node, str):
        m = _REF.match(node)
        if m:
            out.add(m[1])
    elif isinstance(node, list):
        for v in node:
            _references(v, out, budget, depth + 1)
    elif isinstance(node, dict):
        for v in node.values():
            _references(v, out, budget, depth + 1)


def flight_values(payload: str, limit: int) -> list[Any]:
    """The page's elements of a flight ``payload`` (its rows joined), as text and lists of text: each row no
    other row references, with the rows it references read in their places; at most ``limit`` rows are read."""
    rows = flight_rows(payload, limit)
    referenced: set[str] = set()
    budget = [MAX_VISITS]
    for value in rows.values():
        if not isinstance(value, str):
            _references(value, referenced, budget)
    reader = _Reader(rows)
    out = []
    for key, value in rows.items():
        if key in referenced or isinstance(value, str):
            continue
        element = reader.element(value, 0, frozenset((key,)))
        if element:
            out.append(element)
    return out


def _is_element(node: Any) -> bool:
    return isinstance(node, list) and len(node) == 4 and node[0] == "$" and isinstance(node[1], str)


class _Reader:
    """Elements as text, the rows they reference read in their places (each path of references once: a row
    that references itself is not read again), within :data:`MAX_DEPTH`, :data:`MAX_VISITS` and :data:`MAX_TEXT`."""

    def __init__(self, rows: dict[str, Any]) -> None:
        self.rows, self.visits, self.chars = rows, MAX_VISITS, MAX_TEXT

    def _take(self, text: str | None) -> str | None:
        """``text`` while the characters last (:data:`MAX_TEXT`), else None."""
        if text:
            self.chars -= len(text)
            if self.chars < 0:
                return None
        return text

    def _row(self, text: str, path: frozenset[str]) -> tuple[str | None, Any]:
        """The id of the row ``text`` references ('$L5', '$5', '$@5', '$5:props:children') and the value it
        stands for (the row's, or what the path reaches in it), or (None, None)."""
        m = _REF.match(text)
        if not (m and m[1] in self.rows and m[1] not in path):
            return None, None
        value = self.rows[m[1]]
        if m[2]:
            for part in m[2].split(":")[1:]:
                value = _part(value, part)
            value = [value] if isinstance(value, str) else value  # (a string in the row: text or a reference)
        return m[1], value

    def element(self, node: Any, depth: int, path: frozenset[str]) -> Any:
        """An element as its text (a paragraph), or the list of what it holds; None for nothing."""
        self.visits -= 1
        if depth > MAX_DEPTH or self.visits < 0:
            return None
        if isinstance(node, str):
            key, value = self._row(node, path)
            if key is not None:
                return self.element(value, depth + 1, path | {key}) if not isinstance(value, str) else \
                    (" ".join((self._take(value) or "").split()) or None)
            return self._take(_literal(node))
        if _is_element(node):
            tag, props = node[1], node[3] if isinstance(node[3], dict) else {}
            if tag.lower() in _SKIPPED:
                return None
            children = props.get("children")
            if tag.startswith("$"):  # a component the browser renders: its properties are its data, as they are
                data = {k: v for k, v in props.items() if k != "children"}
                return [x for x in (self.element(children, depth + 1, path), data) if x] or None
            if tag.lower() in _PARAGRAPH:
                return " ".join(self.inline(children, depth + 1, path).split()) or None
            return self.element(children, depth + 1, path)
        if isinstance(node, list):
            items = [x for x in (self.element(v, depth + 1, path) for v in node) if x]
            return items[0] if len(items) == 1 else (items or None)
        return None

    def inline(self, node: Any, depth: int, path: frozenset[str]) -> str:
        """The text of a paragraph's children: strings, the text inside links, emphasis and such, and the
        rows they reference."""
        self.visits -= 1
        if depth > MAX_DEPTH or self.visits < 0:
            return ""
        if isinstance(node, str):
            key, value = self._row(node, path)
            if key is not None:
                return (self._take(value) or "") if isinstance(value, str) else \
                    self.inline(value, depth + 1, path | {key})
            return self._take(_literal(node)) or ""
        if _is_element(node):
            if node[1].lower() in _SKIPPED:
                return ""
            props = node[3] if isinstance(node[3], dict) else {}
            return self.inline(props.get("children"), depth + 1, path)
        if isinstance(node, list):
            return "".join(self.inline(v, depth + 1, path) for v in node)
        return ""


def _part(value: Any, part: str) -> Any:
    """What one step of a reference's path reaches in ``value`` (None where it leads nowhere)."""
    if _is_element(value) and part in _ELEMENT_PARTS:
        return value[_ELEMENT_PARTS[part]]
    if isinstance(value, list) and part.isdigit():
        n = int(part)
        return value[n] if n < len(value) else None
    return value.get(part) if isinstance(value, dict) else None


def _literal(text: str) -> str | None:
    """A string as text: '$$…' is an escaped '$'; other '$…' strings are references to rows, not text."""
    if text.startswith("$$"):
        return text[1:]
    return None if text.startswith("$") else text
