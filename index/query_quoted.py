"""The quoted parts of a query (phrases, single-quoted terms) as Whoosh's parser reads them, kept out of
the rewrites made before parsing (``date:`` clauses, ``speaker:`` terms, ``is:`` filters).

Whoosh searches the words of ``"minister date:2016"`` as a phrase: the ``date:`` inside is no clause.
Which quotes open a phrase is Whoosh's own tokenizer's answer (an unclosed ``"`` opens none; a quote
inside a range or a single-quoted term opens none; ``\\"`` is no escape, Whoosh has none), so the spans
are read with it. A quoted value right after one of a rewrite's own prefixes (``date:"2016 10"``,
``speaker:"Ana Lima"``) is that rewrite's to read, and is left as typed.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

_FIELD_BEFORE = re.compile(r"(?<![\w:])(\w+):(?:[<>]=?|=[<>])?\Z")
"""A ``field:`` right before a quote, with an operator between (``date:>'15 oct 2016'``); no space, as Whoosh
reads a field name followed by a space as a word (``date: "2016"``: the word "date" and the phrase)."""
_WINDOW = 40
"""How far before a quote its field prefix is looked for (a field name and its operator)."""


@functools.lru_cache(maxsize=1)
def _tagger():
    """A parser with the tokenizer of the search's (:func:`~.search.make_parser`), used to tag only."""
    from whoosh import qparser

    p = qparser.QueryParser("body", None)
    p.add_plugin(qparser.FuzzyTermPlugin())
    p.add_plugin(qparser.GtLtPlugin())
    return p


def quoted_spans(text: str) -> "list[tuple[int, int, str]]":
    """The ``(start, end, field)`` of the words inside each phrase and single-quoted term Whoosh reads in
    ``text`` (the quotes left out), in order; ``field`` is the lower-case name of the ``field:`` right
    before it or of the closed group that holds it (``date:(2016 OR "2017")``: ``date``), else ``""``."""
    if '"' not in text and "'" not in text:
        return []
    return [(a, b, field) for a, b, field, quoted in text_spans(text) if quoted]


@functools.lru_cache(maxsize=8)
def text_spans(text: str) -> "tuple[tuple[int, int, str, bool], ...]":
    """The ``(start, end, field, quoted)`` of each run of words Whoosh reads in ``text`` (a word, the
    inside of a phrase or of a single-quoted term; no operator, bracket, range or ``field:``), in order;
    ``field`` as :func:`quoted_spans` gives it.

    One tokenizer pass per text: the rewrites of one search (``date:`` clauses and their warnings,
    ``speaker:`` and ``is:`` terms, "did you mean") read the same text, and share its answer."""
    from whoosh.qparser import syntax

    nodes = list(_tagger().tag(text))
    closes, opened = {}, []
    for i, node in enumerate(nodes):
        kind = type(node).__name__
        if kind == "OpenBracket":
            opened.append(i)
        elif kind == "CloseBracket" and opened:
            closes[opened.pop()] = i
    out, fields, ends, field = [], [], [], ""
    for i, node in enumerate(nodes):
        kind = type(node).__name__
        if ends and i == ends[-1]:
            ends.pop()
            fields.pop()
        if kind == "OpenBracket" and i in closes:
            fields.append(field or (fields[-1] if fields else ""))
            ends.append(closes[i])
        start, end = node.startchar, node.endchar
        if isinstance(node, syntax.TextNode) and not isinstance(node, syntax.RangeNode) and start is not None \
                and end is not None and end > start:
            here = field or (fields[-1] if fields else "")
            close = text.rfind(text[start], start + 1, end) if text[start] in "\"'" else -1
            if close > start:  # (a phrase's slop, "a b"~2, follows its quote)
                out.append((start + 1, close, here, True))
            elif kind == "WordNode":
                out.append((start, end, here, False))
        field = node.fieldname.lower() if isinstance(node, syntax.FieldnameNode) else ""
    return tuple(out)


def mask_quoted(text: str, prefixes: "frozenset[str]") -> "tuple[str, Callable[[str], str]]":
    """``text`` with the words of each quoted part replaced by a placeholder no rewrite reads, but for a
    quoted value right after a field in ``prefixes`` (lower case); and the function that puts the words
    back into a rewritten text."""
    spans = [(a, b) for a, b, group in quoted_spans(text)
             if group not in prefixes and not _value_of(text, a - 1, prefixes)]
    if not spans:
        return text, _same
    mark = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)
    out, pos = [], 0
    for i, (a, b) in enumerate(spans):
        out.append(f"{text[pos:a]}{mark}{i}{mark}")
        pos = b
    out.append(text[pos:])
    words = [text[a:b] for a, b in spans]
    back = re.compile(f"{mark}(\\d+){mark}")
    return "".join(out), lambda rewritten: back.sub(lambda m: words[int(m.group(1))], rewritten)


def _value_of(text: str, quote: int, prefixes: "frozenset[str]") -> bool:
    """Whether the quote at ``quote`` opens the value of a ``field:`` named in ``prefixes``."""
    m = _FIELD_BEFORE.search(text, max(0, quote - _WINDOW), quote)
    return bool(m) and m.group(1).lower() in prefixes


def _same(text: str) -> str:
    return text
