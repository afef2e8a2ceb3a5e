"""The story of a page rendered by script: the page itself holds an empty root ('Loading…') and the
story is only in the data its framework embeds as JSON (Next.js's ``__NEXT_DATA__``, other
``<script type="application/json">`` blocks). Read only when nothing else on the page gives a text.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from .pagescan import STORY_WORDS, ends_sentence

MAX_CHARS = 8_000_000
"""A data block longer than this is not read (its text would not be one article's)."""
MIN_WORDS = 2
"""A string with fewer words (a type name, an id, an address) is not text."""
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_JSON_TYPE = re.compile(r"""\btype\s*=\s*["']?application/json\b""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)\s*>|<br\s*/?>", re.IGNORECASE)
_NOT_TEXT = re.compile(r"^(?:https?://|/|#|\{|\[)|^[\w.-]+@[\w.-]+$")


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


def _strings(node: Any, out: list[str], depth: int = 0) -> None:
    if depth > 40:
        return
    if isinstance(node, str):
        out.extend(_lines(node))
    elif isinstance(node, dict):
        for value in node.values():
            _strings(value, out, depth + 1)
    elif isinstance(node, list):
        for value in node:
            _strings(value, out, depth + 1)


def _story(lines: list[str]) -> list[int]:
    """The word counts of the story's sentences among ``lines``: :data:`STORY_WORDS` words or more, ending
    a sentence."""
    return [n for n, x in ((len(x.split()), x) for x in lines) if n >= STORY_WORDS and ends_sentence(x)]


def _candidates(node: Any, depth: int = 0):
    """Every list of the data, and every string holding two paragraphs or more: the places a body can be."""
    if depth > 40:
        return
    if isinstance(node, list):
        yield node
        for value in node:
            yield from _candidates(value, depth + 1)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _candidates(value, depth + 1)
    elif isinstance(node, str) and len(node) > 200 and len(_lines(node)) >= 2:
        yield node


def script_data_text(html: str) -> str:
    """The story in the page's embedded JSON data: the list (or the one HTML string) whose strings hold the
    most words of story sentences (the innermost of equals), its strings one paragraph each; '' when no block holds two such
    sentences. The other lists (related stories, navigation) are left out."""
    best: list[str] = []
    best_words = 0
    for attrs, body in _SCRIPT.findall(html):
        if not _JSON_TYPE.search(attrs) or len(body) > MAX_CHARS:
            continue
        try:
            data = json.loads(unescape(body) if body.lstrip().startswith("&") else body)
        except (ValueError, RecursionError):
            continue
        for candidate in _candidates(data):
            lines: list[str] = []
            _strings(candidate, lines)
            story = _story(lines)
            if sum(story) >= best_words and len(story) >= 2:
                best, best_words = lines, sum(story)
    return "\n".join(best)
