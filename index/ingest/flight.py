"""The page a Next.js App Router site streams as 'flight' data (``self.__next_f.push([1, "…"])`` scripts): rows
``ID:JSON`` whose elements are ``["$", "p", null, {"children": …}]``. Read as data, never run: each element
becomes its text, a paragraph element (``p``, a heading, a list item, a quotation) one string, any other
element the list of what it holds, so the story's paragraphs stand in one list as in any page data (see
:mod:`.scriptdata`). Attributes other than ``children`` (class names, addresses) are never text; the
properties of a component the browser renders (``["$", "$L1f", null, {"article": …}]``) are data, read as such.
"""

from __future__ import annotations

import json
import re
from typing import Any

_PUSH = re.compile(r"self\.__next_f\.push\(\[\s*1\s*,\s*(\"(?:[^\"\\]*(?:\\.[^\"\\]*)*)\")\s*\]\)", re.DOTALL)
_ROW = re.compile(r"^[0-9a-fA-F]{1,8}:(?=[\[{])", re.MULTILINE)
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "figcaption", "pre"}
_SKIPPED = {"script", "style", "svg", "nav", "aside", "footer", "header", "button", "form", "noscript", "iframe",
            "template", "figure", "img", "video", "picture", "select", "input", "head", "meta", "link"}
MAX_DEPTH = 60
"""Elements nested deeper than this are not read."""


def flight_chunks(code: str) -> list[str]:
    """The strings a script pushes to ``self.__next_f`` as data (``[1, "…"]``)."""
    out = []
    for m in _PUSH.finditer(code):
        try:
            out.append(json.loads(m[1]))
        except ValueError:
            continue
    return out


def flight_values(payload: str, limit: int) -> list[Any]:
    """The page's elements of a flight ``payload`` (its rows joined), as text and lists of text; at most
    ``limit`` rows are read."""
    decoder, out = json.JSONDecoder(), []
    for n, m in enumerate(_ROW.finditer(payload)):
        if n >= limit:
            break
        try:
            value, _ = decoder.raw_decode(payload, m.end())
        except (ValueError, RecursionError):
            continue
        element = _element(value, 0)
        if element:
            out.append(element)
    return out


def _is_element(node: Any) -> bool:
    return isinstance(node, list) and len(node) == 4 and node[0] == "$" and isinstance(node[1], str)


def _element(node: Any, depth: int) -> Any:
    """An element as its text (a paragraph), or the list of what it holds; None for nothing."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(node, str):
        return _literal(node)
    if _is_element(node):
        tag, props = node[1], node[3] if isinstance(node[3], dict) else {}
        if tag.lower() in _SKIPPED:
            return None
        children = props.get("children")
        if tag.startswith("$"):  # a component the browser renders: its properties are its data, as they are
            data = {k: v for k, v in props.items() if k != "children"}
            return [x for x in (_element(children, depth + 1), data) if x] or None
        if tag.lower() in _PARAGRAPH:
            return " ".join(_inline(children, depth + 1).split()) or None
        return _element(children, depth + 1)
    if isinstance(node, list):
        items = [x for x in (_element(v, depth + 1) for v in node) if x]
        return items[0] if len(items) == 1 else (items or None)
    return None


def _inline(node: Any, depth: int) -> str:
    """The text of a paragraph's children: strings, and the text inside links, emphasis and such."""
    if depth > MAX_DEPTH:
        return ""
    if isinstance(node, str):
        return _literal(node) or ""
    if _is_element(node):
        if node[1].lower() in _SKIPPED:
            return ""
        props = node[3] if isinstance(node[3], dict) else {}
        return _inline(props.get("children"), depth + 1)
    if isinstance(node, list):
        return "".join(_inline(v, depth + 1) for v in node)
    return ""


def _literal(text: str) -> str | None:
    """A string as text: '$$…' is an escaped '$'; other '$…' strings are references to rows, not text."""
    if text.startswith("$$"):
        return text[1:]
    return None if text.startswith("$") else text
