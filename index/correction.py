"""'Did you mean': the closest indexed words for the words of a query that the index does not know."""

from __future__ import annotations

import re

from .engine import expansion

QUERY_WORD = re.compile(r"[^\s\"()]+")
"""A word of a query string as typed (operators, field prefixes and wildcards included)."""
OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}


def _distance(a: str, b: str) -> int:
    """Levenshtein distance of two short strings."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _surface(searcher, term: str) -> str | None:
    """A word as written in some article for an indexed (stemmed) term."""
    try:
        m = searcher.postings("body", term)
        docnum = m.id()
        _, start, end = m.value_as("characters")[0]
        word = searcher.stored_fields(docnum).get("body", "")[start:end]
    except Exception:
        return None
    return word.lower() if word else None


SPELLING_SAMPLE = 200
"""At most this many articles of a stem are read to find which of its spellings the corpus uses most."""


def _commonest_spelling(searcher, term: str, words: "list[str]") -> str | None:
    """Of ``words`` (spellings sharing the indexed ``term``), the one written most often in the articles
    holding ``term`` (the first :data:`SPELLING_SAMPLE` of them; ties: the alphabetically first); None
    when none of them is written there."""
    from .engine.stored import stored_fields

    counts = dict.fromkeys(words, 0)
    try:
        m = searcher.postings("body", term)
        spots: list = []
        while m.is_active() and len(spots) < SPELLING_SAMPLE:
            spots.append((m.id(), [(a, b) for _, a, b in m.value_as("characters")]))
            m.next()
    except Exception:
        return None
    for (_, chars), fields in zip(spots, stored_fields(searcher, [d for d, _ in spots])):
        body = fields.get("body", "")
        for a, b in chars:
            w = body[a:b].lower()
            if w in counts:
                counts[w] += 1
    best = max(words, key=lambda w: (counts[w], [-ord(c) for c in w]))
    return best if counts[best] else None


MAX_CORRECTED_LENGTH = 20
"""Longer words get no correction: Whoosh's edit-distance automaton grows explosively with length."""
MAX_CORRECTED_WORDS = 6
"""At most this many unknown words of a query are corrected."""


TEXT_FIELDS = frozenset({"", "title", "body", "headline"})
"""The fields whose words get a correction (``""``: the default fields); a name, a source or a date is
searched as typed."""


def correction(searcher, text: str) -> str | None:
    """'Did you mean': replace words the index does not know by the closest indexed word.

    First the words one edit from the typed word whose stem is indexed (``immigraton`` ->
    ``immigration``, the commonest stem wins); else the stems within two edits of the typed word's
    stem (no separate spelling field, which would double indexing time), shown as a word some
    article actually uses. Only the misspelt words change: quotes, brackets, operators and fields stay
    as typed, so the suggestion is the same query with those words replaced.
    """
    from .query_quoted import text_spans

    reader = searcher.reader()
    analyzer = searcher.schema["body"].analyzer
    spans = [(a, b) for a, b, field, _ in text_spans(text) if field in TEXT_FIELDS]
    out, pos, changed, tried = [], 0, False, 0
    for m in QUERY_WORD.finditer(text):
        word = m.group(0)
        if ":" in word or word in OPERATORS or any(c in word for c in "*?~[]{}^"):
            continue
        toks = list(analyzer(word, chars=True))
        if len(toks) != 1:
            continue
        first, last = m.start() + toks[0].startchar, m.start() + toks[0].endchar  # (the word without its marks)
        if not 3 <= len(toks[0].text) <= MAX_CORRECTED_LENGTH or tried >= MAX_CORRECTED_WORDS \
                or not any(a <= first and last <= b for a, b in spans) \
                or reader.doc_frequency("body", toks[0].text) or reader.doc_frequency("title", toks[0].text):
            continue
        stem, best, fixed = toks[0].text, None, None
        tried += 1
        near = expansion.one_edit_stems(analyzer, text[first:last].lower(), lambda t: reader.doc_frequency("body", t),
                                        lambda t, words: _commonest_spelling(searcher, t, words))
        if near:  # a word one edit away whose stem is indexed: the commonest (a slip of a long word)
            fixed = max(near.items(), key=lambda kv: (kv[1][1], kv[0]))[1][0]
        else:
            try:
                for cand in reader.terms_within("body", stem, 2, prefix=1):
                    key = (_distance(stem, cand), -reader.doc_frequency("body", cand))
                    if best is None or key < best[0]:
                        best = (key, cand)
            except Exception:
                best = None
            if best is not None:
                fixed = _surface(searcher, best[1]) or best[1]
        if fixed is not None:
            out.append(text[pos:first] + fixed)
            pos, changed = last, True
    out.append(text[pos:])
    return "".join(out) if changed else None
