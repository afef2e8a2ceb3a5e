"""Posting values decoded many at a time (a phrase's candidates, the snippets' hits) give the values
one ``pickle.loads`` per value gives: positions past 255 and 65535 (2- and 4-byte ints in the
pickle), characters past 65535, words many times in a document (counts of 128 and more), values
with and without pickle's STOP, and the term-file read of a prefix's words."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from whoosh.formats import Characters

from briefing.index.engine import fastsearch, positions, postings
from briefing.index.library import open_library
from briefing.index.search import make_parser

FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod".split()


def _filler(n: int, start: int = 0) -> str:
    return " ".join(FILLER[(start + i) % len(FILLER)] for i in range(n))


# name -> body; PHRASE marks which of them hold "quantum ledger" (word next to word)
DOCS = {
    "near": f"quantum ledger {_filler(40)} audit trail",  # positions < 256: 1-byte ints
    "mid": f"{_filler(400)} quantum ledger audit {_filler(30)}",  # positions 256..65535, characters > 255
    "far": f"quantum {_filler(66_000)} quantum ledger audit trail",  # positions and characters > 65535
    "apart": f"quantum {_filler(300)} ledger {_filler(5)} ledger quantum",  # both words, never in order
    "many130": " ".join(["quantum ledger"] * 130),  # each word 130 times: a count of 128+ (2 bytes of UTF-8)
    "many300": " ".join(["quantum ledger audit"] * 300),  # 300 = 0x012c: a count under 128 in every byte
    "slop": f"{_filler(20)} quantum small audit {_filler(20)}",
    "plain": f"{_filler(50)} audit trail {_filler(50)}",
}
PHRASE = {"near", "mid", "far", "many130", "many300"}


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    root = tmp_path_factory.mktemp("values")
    corpus = root / "corpus"
    corpus.mkdir()
    for i, (name, body) in enumerate(DOCS.items()):
        (corpus / f"{name}.txt").write_text(f"Headline {i} of the ledger file\n\n{body}\n", encoding="utf-8")
    lib = open_library(corpus, root / "ix")
    yield lib
    lib.close()


def _names(lib, docs) -> set[str]:
    s = lib._s()
    return {Path(s.stored_fields(d)["path"]).stem for d in docs}


def _per_value(monkeypatch):
    """Make the evaluator decode every value on its own (the reference for the batched loads)."""
    monkeypatch.setattr(positions, "load_pieces", lambda pieces: None)
    monkeypatch.setattr(positions, "load_many", lambda values: None)


QUERIES = ['"quantum ledger"', '"ledger quantum"', '"quantum ledger audit"', '"ledger audit trail"',
           '"quantum audit"~2', '"quantum ledger"~3', '"audit trail"', 'quant*', 'ledg*', '"lorem ipsum"']


@pytest.mark.parametrize("text", QUERIES)
def test_batched_decoding_gives_the_per_value_results(lib, monkeypatch, text):
    s = lib._s()
    q = make_parser(s.schema).parse(text)
    fast = fastsearch.evaluate(s, q)
    with monkeypatch.context() as m:
        _per_value(m)
        slow = fastsearch.evaluate(s, q)
    assert fast == slow  # the same documents, scores to the last bit
    assert set(fast) == {hit.docnum for hit in s.search(q, limit=None)}  # and Whoosh's documents


def test_the_phrase_is_found_wherever_it_is(lib):
    s = lib._s()
    p = make_parser(s.schema)
    assert _names(lib, fastsearch.evaluate(s, p.parse('"quantum ledger"'))) == PHRASE
    assert _names(lib, fastsearch.evaluate(s, p.parse('"ledger quantum"'))) == {"apart", "many130"}
    assert _names(lib, fastsearch.evaluate(s, p.parse('"quantum ledger audit trail"'))) == {"far"}
    assert _names(lib, fastsearch.evaluate(s, p.parse('"quantum audit"~2'))) == {"slop", "mid", "far", "many300"}


def test_snippets_of_far_matches_point_at_the_words(lib, monkeypatch):
    fast = lib.search('"quantum ledger"', limit=20)
    with monkeypatch.context() as m:
        _per_value(m)
        slow = lib.search('"quantum ledger"', limit=20)
    assert [(h.id, h.score, h.snippets) for h in fast.hits] == [(h.id, h.score, h.snippets) for h in slow.hits]
    far = next(h for h in fast.hits if h.id.endswith("far"))
    spans = [sp for sn in far.snippets for sp in sn.highlights]
    assert spans and max(sp.start for sp in spans) > 65_535


def _blocks(lib, field: str = "body"):
    s = lib._s()
    fmt = s.schema[field].format
    for seg in fastsearch._context(s).segments:
        for btext in seg.reader.lexicon(field):
            for values in (False, True):
                yield btext, seg.blocks(seg.term_info(field, btext), fmt, values)


def _reference(v: bytes) -> list:
    return pickle.loads(v[4:] if v.endswith(b".") else v[4:] + b".")


def test_values_split_from_block_pickles_are_the_loaded_values(lib):
    """Every block of every body word: the values split out of its pickle are the values it loads,
    and their batched decoding is each value's own (or None, never wrong)."""
    split = batched = big = 0
    for btext, blocks in _blocks(lib):
        for blk in blocks:
            pieces = blk.pieces()
            if pieces is None:
                continue
            values = list(next(_blocks_again(lib, btext, blk)).values())
            assert [postings.piece_value(p) for p in pieces] == values, btext
            split += 1
            got = positions.load_pieces(pieces)
            counts = [int.from_bytes(v[:4], "big") for v in values]
            if max(counts) < 128:
                assert got is not None, btext
            else:
                big += 1
            if got is not None:
                assert got == [_reference(v) for v in values], btext
                batched += 1
    assert split > 20 and batched >= 5 and big >= 2


def _blocks_again(lib, btext, like):
    """The same block read anew (its values loaded the ordinary way)."""
    s = lib._s()
    fmt = s.schema["body"].format
    for seg in fastsearch._context(s).segments:
        ti = seg.term_info("body", btext)
        if ti is None:
            continue
        for b in seg.blocks(ti, fmt, True):
            if b.ids == like.ids:
                yield b
                return


@pytest.mark.parametrize("stop", [True, False])
def test_a_block_of_handmade_values(stop):
    """Values with 1-, 2- and 4-byte ints, several occurrences, counts of 1, 130 and 300, with or
    without STOP: split, read one by one and decoded in one load as ``pickle.loads`` decodes each."""
    fmt = Characters()
    occurrences = [
        [(3, 10, 15)], [(300, 2_000, 2_006)], [(70_000, 500_000, 500_009)], [(1, 2, 3), (5, 40, 44), (400, 70_000, 70_004)],
        [(i, 6 * i, 6 * i + 5) for i in range(130)], [(2 * i, 6 * i, 6 * i + 5) for i in range(300)],
        [(70_000 + i, 500_000 + 9 * i, 500_000 + 9 * i + 4) for i in range(3)],
    ]
    values = [fmt.encode(o) for o in occurrences]
    if not stop:
        values = [v[:-1] for v in values]
    data = pickle.dumps(([1] * len(values), [1.0] * len(values), tuple(values)), 2)
    pieces = postings.split_values(data, len(values))
    assert pieces is not None and [postings.piece_value(p) for p in pieces] == values
    assert positions.load_many(values) == [_reference(v) for v in values]
    small = [i for i, o in enumerate(occurrences) if len(o) < 128]
    assert positions.load_pieces([pieces[i] for i in small]) == [_reference(values[i]) for i in small]
    assert positions.load_pieces(pieces) in (None, [_reference(v) for v in values])
    assert postings.split_values(data, len(values) + 1) is None  # a count that does not fit: not split


def test_equal_values_pickled_once_are_not_split():
    """Whoosh's pickler writes a value object that repeats as a memo reference: fewer pieces than values."""
    v = Characters().encode([(3, 10, 15)])
    data = pickle.dumps(([1, 1], [1.0, 1.0], (v, v)), 2)
    assert postings.split_values(data, 2) is None
