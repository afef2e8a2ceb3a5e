"""Find quotation spans: curly and straight, double and single marks, across paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

OPEN_D, CLOSE_D = "“", "”"
OPEN_S, CLOSE_S = "‘", "’"
_PARA = re.compile(r"[^\n]+")
_MARK = re.compile("[“”‘’\"'](?!(?<=[^\\W_][‘’'])[^\\W_])")
"""A quotation mark, but not a single one between two letters or digits (``it's``, ``O’Neill``), which can
neither open nor close a quotation."""


@dataclass
class QuoteSpan:
    """Marks at ``open``/``close`` (indexes of the mark characters); content is between them."""

    open: int
    close: int  # index of the closing mark, or the paragraph end when the quote runs on
    para_start: int
    para_end: int
    closed: bool = True
    continues: bool = False  # an unclosed quote whose next paragraph reopens it
    width: int = 1  # 2 for '' marks (two apostrophes used as a double quotation mark)

    @property
    def start(self) -> int:
        return self.open + self.width

    @property
    def after(self) -> int:
        """Index just past the closing mark."""
        return self.close + (self.width if self.closed else 0)

    @property
    def end(self) -> int:
        return self.close


_LOST_CLOSE = re.compile(r",\s+(?:(?:he|she|they|we|I|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:said|says|added|asked|"
                         r"wrote|told\s+[\w.’'-]+)|(?:said|says|added|asked|wrote)\s+(?:he|she|they|(?:[A-Z][\w.’'-]*\s+){0,3}"
                         r"[A-Z][\w’'-]+))\.\s+$")
"""``, she said. `` / ``, said Ann Lee. `` before a quotation reopens: the attribution of a quote whose closing mark
was left out."""


_FOREIGN = re.compile(r"«(?P<fr>[^«»\n]*)»|»(?P<da>[^«»\n]*)«|„(?P<de>[^„“”\n]*)[“”]|„(?P<de2>[^„“”\"\n]*)\"|「(?P<cj>[^「」\n]*)」"
                      r"|『(?P<cj2>[^『』\n]*)』|‚(?P<s_de>[^‚‘\n]*)‘|‹(?P<s_fr>[^‹›\n]*)›|›(?P<s_da>[^‹›\n]*)‹")
"""Quotation marks other than English ones, paired within a paragraph: guillemets (``«…»``, ``»…«``, ``‹…›``,
``›…‹``), low-high marks (``„…“``, ``„…"``, ``‚…‘``) and corner brackets (``「…」``, ``『…』``); groups named ``s_…`` are
single marks."""
_INNER = str.maketrans("“”‹›", "\"\"‘’")
"""The marks of a quotation within a guillemet pair, as English ones within curly marks (``“`` as ``"``, ``‹`` as
``‘``); ``_INNER_DE`` for a low-high pair (``‚…‘`` inside ``„…“``), ``_INNER_CJ`` for corner brackets (``『』``)."""
_INNER_DE = str.maketrans("“”‚‘", "\"\"‘’")
_INNER_CJ = str.maketrans("“”『』", "\"\"‘’")
_LONE = re.compile(r"[«»„]")
"""A guillemet or low mark left unpaired by ``_FOREIGN``."""


def _plain_pair(m: re.Match) -> str:
    """A pair of ``_FOREIGN`` marks as curly English ones (single for single), the marks inside it as those
    within a quotation, and a space just inside the marks moved outside them."""
    g = m.lastgroup
    inner = m.group(g).translate(_INNER_DE if g.startswith("de") else _INNER_CJ if g == "cj" else _INNER)
    op, cl = ("‘", "’") if g.startswith("s_") else ("“", "”")
    pre = post = ""
    if inner[:1].isspace() and inner[:1] != "\n" and m.start() and m.string[m.start() - 1] != "\n":
        # "« Nous »": the French spaces inside the marks go outside them (" “Nous” "), as English prints them
        pre, inner = inner[0], inner[1:]
    if inner[-1:].isspace() and inner[-1:] != "\n":
        inner, post = inner[:-1], inner[-1]
    return pre + op + inner + cl + post


def _lone_guillemet(m: re.Match) -> str:
    """An unpaired guillemet or low mark (a quotation over paragraphs, reopened at each), read from its
    neighbours: ``„`` opens, ``«`` after a space opens, ``»`` opens a paragraph or a word after a space
    (``»Wir``); others close."""
    text, i = m.string, m.start()
    prev = text[i - 1] if i else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if m.group() == "„":
        return "“"
    if prev == "\n" or (prev.isspace() and (m.group() == "«" or nxt.isalnum())) or prev in "(:[":
        return "“"
    return "”" if not nxt.isalnum() else m.group()


def plain_marks(text: str) -> str:
    """``text`` with each pair of foreign quotation marks (``_FOREIGN``) written as curly English ones, and
    curly marks inside them as straight ones (a quotation within the quotation); a guillemet left unpaired (a
    quotation over paragraphs) opens or closes as its neighbours say. The same length, so offsets hold."""
    if text.isascii() or ("«" not in text and "»" not in text and "„" not in text and "「" not in text
                          and "『" not in text and "‚" not in text and "‹" not in text and "›" not in text):
        return text  # (isascii reads a flag of the string: no scan at all for plain ASCII text)
    text = _FOREIGN.sub(_plain_pair, text)
    if "«" in text or "»" in text or "„" in text:
        text = _LONE.sub(_lone_guillemet, text)
    return text


def mark_positions(text: str) -> list[int]:
    r"""Where ``_MARK`` matches in ``text``, in order: each quotation-mark character, found by ``str.find``
    (far cheaper than re testing every character against the set), less the single marks between two
    letters or digits (re's ``[^\W_]`` is ``str.isalnum``). A mark before a line break is kept, as
    ``_MARK.finditer(text, ps, pe)`` keeps one at a paragraph's end, where its look-ahead sees nothing."""
    out: list[int] = []
    n = len(text)
    for ch in "“”\"":
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    for ch in "‘’'":
        i = text.find(ch)
        while i >= 0:
            if not (i and i + 1 < n and text[i - 1].isalnum() and text[i + 1].isalnum()):
                out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (a paragraph in news text)."""
    return [(m.start(), m.end()) for m in _PARA.finditer(text) if m.group().strip()]


_ELISION = re.compile(r"['’](?:\d\ds|n['’]|em|til|cause|tis)(?![^\W_])|(?<=['’])n['’](?![^\W_])", re.I)
"""An apostrophe that a word starts with, never a quotation mark: ``'90s``, ``rock 'n' roll``, ``'em``."""
_CLOSING_OF = {OPEN_D: CLOSE_D, '"': '"', OPEN_S: CLOSE_S, "'": "'"}
"""The mark that closes a quotation each opening mark opens."""


def _is_open_single(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-\"“") and (nxt.isalnum() or nxt in "“\"") \
        and not (text[i] == "'" and _ELISION.match(text, i))


def _possessive_close(text: str, i: int, later: list[int]) -> bool:
    """Is the single mark at ``i``, which could close a quotation, the apostrophe of a plural possessive
    (``'The players' union has …'``)? Yes after an ``s`` and before a lower-case word, when the next such mark
    (``later``: the paragraph's marks after ``i``) closes the quotation instead, at a punctuation mark (``agree,' she said``;
    not ``'All Golds' rugby side … the All Blacks' tour``)."""
    if text[i - 1] != "s" or not text.startswith(" ", i + 1) or not text[i + 2: i + 3].islower():
        return False
    mark = text[i]
    for j in later:
        if text[j] == mark and not (_ELISION.match(text, j) or _ELISION.match(text, j - 2)):
            return _is_close_single(text, j) and not _is_open_single(text, j) \
                and (text[j - 1] in ",.!?" or text[j + 1: j + 2] in (",", ".", ";", ":", "!", "?", ""))
    return False


def _is_close_single(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    return not nxt.isalnum() and not prev.isspace()


def _straight_double(text: str, i: int) -> str:
    """'open' or 'close' for a straight double quote, from its neighbours."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-:" or i == 0:
        return "open"
    if nxt.isspace() or nxt in ".,;:!?)]}—–-" or i + 1 == len(text):
        return "close"
    return "open" if not prev.isalnum() else "close"


def _inner_quote(text: str, i: int, later: list[int], closing: str) -> bool:
    """Does the mark at ``i``, after a space inside a quotation that a mark of the same kind opened, open a
    quotation within it (``"He told me "no" twice," she said``, ``“… “no” …”``, ``‘… ‘no’ …’``)? Yes when the
    next two marks of that kind (``later``: the paragraph's marks after ``i``) close, after a word and not before
    one (``closing``: the closing mark of the kind, the opening one being ``text[i]``)."""
    if i + 1 >= len(text) or not text[i + 1].isalnum():
        return False
    ch = text[i]
    two = []
    for j in later:
        c = text[j]
        if c == ch or c == closing:
            if c in "'’" and (_ELISION.match(text, j) or _ELISION.match(text, j - 2)):
                continue
            if c != closing:
                return False
            two.append(j)
            if len(two) == 2:
                break
    else:
        return False
    for j in two:  # (a curly mark closes after a French space too: “ Il a dit “non” deux fois ”)
        if (text[j - 1].isspace() and closing in "\"'") or text[j + 1: j + 2].isalnum() \
                or (closing == '"' and _straight_double(text, j) != "close"):
            return False
    return True


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Do the words of ``text[start:end]`` end in a full stop, question or exclamation mark?"""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] in ".!?"


def _reopens(text: str, i: int, opened: int) -> bool:
    """Is the mark at ``i``, inside the quotation opened at ``opened``, a new opening of the same quotation
    after a sentence end (``"I am ready. "The race is long."``, where paragraphs were joined)?"""
    ch = text[i]
    if ch != OPEN_D and not (ch == '"' and text[opened] == '"'):
        return False
    if i + 1 >= len(text) or not (text[i + 1].isalnum() or text[i + 1] in "‘'"):
        return False
    j = i - 1
    if j < 0 or not text[j].isspace():
        return False
    while j > opened and text[j].isspace():
        j -= 1
    return j > opened + 1 and text[j] in ".!?…"


def find_quote_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Quotation spans per paragraph (``paras``: ``paragraphs(text)`` when already at hand); an unclosed
    quote runs to its paragraph's end."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text) if paras is None else paras
    marks = mark_positions(text)
    for pi, (ps, pe) in enumerate(paras):
        stack_open: int | None = None
        kind = ""
        skip_to = ps
        para_marks = marks[bisect_left(marks, ps): bisect_left(marks, pe)]
        for k, i in enumerate(para_marks):
            if i < skip_to:
                continue
            ch = text[i]
            if ch == "'" and text.startswith("''", i):  # '' as a double quotation mark
                if stack_open is None and _straight_double(text, i) == "open":
                    stack_open, kind = i, "2"
                    skip_to = i + 2
                    continue
                if stack_open is not None and kind == "2":
                    if i > stack_open + 2:
                        spans.append(QuoteSpan(stack_open, i, ps, pe, width=2))
                    stack_open = None
                    skip_to = i + 2
                    continue
            if stack_open is None:
                if ch == OPEN_D or (ch == '"' and _straight_double(text, i) == "open"):
                    stack_open, kind = i, "d"
                elif (ch == OPEN_S or ch == "'") and _is_open_single(text, i):
                    stack_open, kind = i, "s" if ch == OPEN_S else "'"
            else:
                if kind == "d" and _reopens(text, i, stack_open) and (att := _LOST_CLOSE.search(text, stack_open, i)):
                    # “A, she said. “B.”: the mark closing A was left out before its attribution
                    spans.append(QuoteSpan(stack_open, att.start(), ps, pe))
                    stack_open = i
                    continue
                if kind == "d" and _reopens(text, i, stack_open):
                    # "A. "B." -- a quotation whose paragraphs were run together: each part opens again
                    end = i
                    while end > stack_open + 1 and text[end - 1].isspace():
                        end -= 1
                    spans.append(QuoteSpan(stack_open, end, ps, pe, closed=False, continues=True))
                    stack_open = i
                    continue
                if kind == "d" and ch == '"' and text[stack_open] == '"' and text[i - 2: i] in (": ", ", ") \
                        and _straight_double(text, i) == "open":
                    # 'Wenger said: "' inside an open quotation: the earlier one lost its closing mark and ends
                    # at its last full stop; a new quotation opens here
                    k = max(text.rfind(x, stack_open, i) for x in (". ", "! ", "? "))
                    if k > stack_open + 1:
                        spans.append(QuoteSpan(stack_open, k + 1, ps, pe, closed=False))
                        stack_open = i
                        continue
                if kind == "d" and ch == '"' and text[stack_open] == OPEN_D and text.find(CLOSE_D, i, pe) > 0 \
                        and _straight_double(text, i) == "open":
                    # “He told me "no" twice,”: straight marks inside curly ones quote within the quote (a
                    # straight mark that closes, as in “A," she said. "B.”, ends the quotation)
                    nxt = text.find('"', i + 1, pe)
                    if nxt > 0:
                        skip_to = nxt + 1
                    continue
                if ch == text[stack_open] and kind != "2" and text[i - 1] == " " and _inner_quote(
                        text, i, para_marks[k + 1:], _CLOSING_OF[ch]):
                    skip_to = para_marks[k + 1] + 1  # "He told me "no" twice,": a quotation within the quotation
                    continue
                if kind == "d" and ch == OPEN_D and text[stack_open] == '"' and text.find('"', i, pe) > 0:
                    nxt = text.find(CLOSE_D, i + 1, pe)  # "He told me “no” twice,": the same the other way
                    if nxt > 0:
                        skip_to = nxt + 1
                    continue
                if kind == "d" and ch in (CLOSE_D, '"'):
                    if i > stack_open + 1:
                        spans.append(QuoteSpan(stack_open, i, ps, pe))
                    stack_open = None
                elif kind == "d" and ch == OPEN_D and text[stack_open] == OPEN_D and text[i - 1] in ",.!?" \
                        and i + 1 < len(text) and text[i + 1] == " " and i > stack_open + 1:
                    spans.append(QuoteSpan(stack_open, i, ps, pe))  # “A,“ said B: an opening mark typed to close
                    stack_open = None
                elif kind == "d" and ch == OPEN_D and text[stack_open] == OPEN_D:
                    stack_open = i  # a stray opening mark: restart from the later one
                elif kind in ("s", "'") and ch == (CLOSE_S if kind == "s" else "'") and _is_close_single(text, i) \
                        and not ((i > 1 and _ELISION.match(text, i - 2)) or _possessive_close(text, i, para_marks[k + 1:])):
                    if i > stack_open + 1:
                        spans.append(QuoteSpan(stack_open, i, ps, pe))
                    stack_open = None
        if stack_open is not None and kind in ("s", "'") and (
                (stack_open == ps and ((pi + 1 < len(paras) and text[paras[pi + 1][0]] == text[ps])
                                       or (spans and spans[-1].continues and spans[-1].para_end < ps)))
                or (text[stack_open - 2: stack_open] in (": ", ", ") and _ends_sentence(text, stack_open, pe))):
            # ‘A.\n‘B,’ she said: a quotation in single marks over paragraphs, reopened at each; or one after
            # 'she said: ' that lost its closing mark at the paragraph's end
            kind = "d"
        if stack_open is not None and kind in ("d", "2"):
            w = 2 if kind == "2" else 1
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            reopens = nxt is not None and (text[nxt[0]] in (OPEN_D, '"') or text.startswith("''", nxt[0])
                                           or (text[stack_open] in "‘'" and text[nxt[0]] == text[stack_open]))
            end = pe
            while end > stack_open + w and text[end - 1].isspace():
                end -= 1
            if end > stack_open + w:
                spans.append(QuoteSpan(stack_open, end, ps, pe, closed=False, continues=reopens, width=w))
    return spans


def quoted_within(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """Does a closed quotation of ``spans`` (in order of their opening marks) lie within ``start``–``end``?"""
    k = bisect_left(spans, start, key=lambda q: q.open)
    while k < len(spans) and spans[k].open < end:
        if spans[k].closed and spans[k].after <= end + 1:
            return True
        k += 1
    return False


_FOREIGN_OPEN = frozenset("«»„‚‹›「『")
_FOREIGN_CLOSE = frozenset("»«“‘›‹」』")


def restore_spans(text: str, plain: str, found: list) -> None:
    """Move the ends of quotes found in ``plain`` (``plain_marks(text)``) that include a quotation mark which
    ``plain_marks`` moved past a French space (``« Nous »`` read as `` “Nous” ``) back onto the mark in ``text``:
    a mixed quote's ``“the levees will hold”`` is ``« the levees will hold »`` there. ``found``: objects with
    ``start``, ``end`` and ``fragments`` (a list of (start, end) or None), changed in place."""
    def start(i: int) -> int:
        return i - 1 if 0 < i < len(text) and plain[i] in "“‘" and text[i].isspace() and text[i - 1] in _FOREIGN_OPEN \
            else i

    def end(i: int) -> int:
        return i + 1 if 0 < i < len(text) and plain[i - 1] in "”’" and text[i - 1].isspace() \
            and text[i] in _FOREIGN_CLOSE else i

    for f in found:
        f.start, f.end = start(f.start), end(f.end)
        if f.fragments:
            f.fragments = [(start(a), end(b)) for a, b in f.fragments]
