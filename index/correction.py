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


def correction(searcher, text: str) -> str | None:
    """'Did you mean': replace words the index does not know by the closest indexed word.

    First the words one edit from the typed word whose stem is indexed (``immigraton`` ->
    ``immigration``, the commonest stem wins); else the stems within two edits of the typed word's
    stem (no separate spelling field, which would double indexing time), shown as a word some
    article actually uses.
    """
    reader = searcher.reader()
    analyzer = searcher.schema["body"].analyzer
    out, changed, tried = [], False, 0
    for word in QUERY_WORD.findall(text):
        if ":" in word or word in OPERATORS or any(c in word for c in "*?~[]{}^"):
            out.append(word)
            continue
        toks = [t.text for t in analyzer(word)]
        if len(toks) != 1 or not 3 <= len(toks[0]) <= MAX_CORRECTED_LENGTH or tried >= MAX_CORRECTED_WORDS \
                or reader.doc_frequency("body", toks[0]) \
                or reader.doc_frequency("title", toks[0]):
            out.append(word)
            continue
        stem, best = toks[0], None
        tried += 1
        near = expansion.one_edit_stems(analyzer, word.lower(), lambda t: reader.doc_frequency("body", t),
                                        lambda t, words: _commonest_spelling(searcher, t, words))
        if near:  # a word one edit away whose stem is indexed: the commonest (a slip of a long word)
            out.append(max(near.items(), key=lambda kv: (kv[1][1], kv[0]))[1][0])
            changed = True
            continue
        try:
            for cand in reader.terms_within("body", stem, 2, prefix=1):
                key = (_distance(stem, cand), -reader.doc_frequency("body", cand))
                if best is None or key < best[0]:
                    best = (key, cand)
        except Exception:
            best = None
        if best is None:
            out.append(word)
            continue
        out.append(_surface(searcher, best[1]) or best[1])
        changed = True
    return " ".join(out) if changed else None
