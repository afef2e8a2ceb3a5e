"""The fast query evaluator gives Whoosh's answers: same documents, same scores, same order."""

from __future__ import annotations

import pytest

from briefing.index.engine import fastsearch
from briefing.index.library import open_library
from briefing.index.search import make_parser

from corpus_factory import make_articles

EXACT = ["nvidia", "chips", "export chips", "chips OR regulators", "nvidia OR china OR beijing",
         "title:headline", "headline chips", "(nvidia OR china) chips", "title:chips nvidia", "tok0007",
         "tok0007 OR tok0008 OR tok0100", "zzzznotthere", "chips zzzznotthere",
         # NOT, ANDNOT, ANDMAYBE and dates: every match, Whoosh's scores (NOT adds Whoosh's 1.0)
         "nvidia NOT china", "NOT china", "chips NOT nvidia NOT china", "chips OR NOT nvidia", "chips ANDNOT nvidia",
         "chips ANDMAYBE nvidia", "date:2025", "chips date:2025", "chips NOT date:2025"]
SAME_DOCS = ['"export controls"', '"the company"', '"headline number"', 'title:"headline number 7"',
             "chip*", "reg*", "n*", '"chips" regulators', 'nvidia "the company"']


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from briefing.index.config import seeds_dir

    root = tmp_path_factory.mktemp("fast")
    corpus = root / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    paths = make_articles(corpus, 240, seed=3, texts=texts)
    lib = open_library(corpus, root / "ix")
    for p in paths[:12]:  # a second commit: the first segment now has deleted documents
        p.write_text(p.read_text(encoding="utf-8") + "\nA later paragraph about export controls.\n", encoding="utf-8")
    lib.update()
    yield lib
    lib.close()


def _whoosh(searcher, q) -> dict[int, float]:
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}


def test_segments_with_deletions_are_covered(generated):
    s = generated._s()
    assert len(s.leaf_searchers()) > 1 and any(r.reader().has_deletions() for r, _ in s.leaf_searchers())


@pytest.mark.parametrize("text", EXACT)
def test_words_and_or_match_whoosh_exactly(generated, text):
    s = generated._s()
    q = make_parser(s.schema).parse(text)
    fast, slow = fastsearch.evaluate(s, q), _whoosh(s, q)
    assert set(fast) == set(slow)
    for d in slow:
        assert fast[d] == pytest.approx(slow[d], rel=1e-9)
    # Whoosh's own top-20 collector is not always the true top 20 (its block-quality shortcuts
    # drop OR branches, e.g. for "(nvidia OR china) chips" here): compare with the full ranking.
    ranked = sorted(slow, key=lambda d: (-slow[d], d))[:20]
    assert [d for d, _ in fastsearch.top(fast, 20)] == ranked


@pytest.mark.parametrize("text", SAME_DOCS)
def test_phrases_and_prefixes_match_the_same_documents(generated, text):
    s = generated._s()
    q = make_parser(s.schema).parse(text)
    assert set(fastsearch.evaluate(s, q)) == set(_whoosh(s, q))


@pytest.mark.parametrize("text", ['"token tok0200"', '"the company"', '"export controls"', '"headline number 7"',
                                  'title:"headline number"', '"tok0200 token"', '"zzzznotthere token"'])
def test_phrases_read_rarest_word_first_score_as_words_read_whole(generated, monkeypatch, text):
    """A phrase read from its rarest word up (blocks without a candidate skipped) gives the same
    documents and the same scores, to the last bit, as scoring each word whole and intersecting."""
    from briefing.index.engine import phrases

    s = generated._s()
    q = make_parser(s.schema).parse(text)
    ev = fastsearch.Evaluator(s)
    fast = ev.scores(q)
    with monkeypatch.context() as m:
        m.setattr(phrases, "candidates", lambda *a: None)
        whole = fastsearch.evaluate(s, q)
    assert fast == whole and set(fast) == set(_whoosh(s, q))
    if text == '"token tok0200"':  # "token" is in every article: only its block holding tok0200 was read
        assert len(fast) == 1 and b"token" in ev._partial
        assert len(ev._read[b"token"]) < sum(len(seg.blocks(seg.term_info("body", b"token"), s.schema["body"].format,
                                                             False)) for seg in ev.ctx.segments)


def test_phrases_on_the_seeds(seeds_library):
    s = seeds_library._s()
    p = make_parser(s.schema)
    for text in ('"remote shutdown"', '"H20 chips"', '"national security"', '"shutdown remote"'):
        q = p.parse(text)
        assert set(fastsearch.evaluate(s, q)) == set(_whoosh(s, q)), text
    assert len(fastsearch.evaluate(s, p.parse('"remote shutdown"'))) == 1
    # three words on segments without deletions: the rarest-first read adds them in _and's order too
    from briefing.index.engine import phrases

    import re

    from briefing.index.config import seeds_dir

    words = [w for t in sorted(seeds_dir().glob("*.txt"))[:6] for w in re.findall(r"[a-z]+", t.read_text().lower())]
    texts = ['"of the company"', '"in the"', '"or national security"'] + [
        '"%s %s %s"' % tuple(words[i:i + 3]) for i in range(0, min(len(words) - 3, 1200), 7)]
    queries = [p.parse(text) for text in texts]
    fast = [fastsearch.evaluate(s, q) for q in queries]
    phrases_candidates, phrases.candidates = phrases.candidates, lambda *a: None
    try:
        whole = [fastsearch.evaluate(s, q) for q in queries]
    finally:
        phrases.candidates = phrases_candidates
    assert fast == whole and all(fast[:3]) and sum(map(len, fast)) > 150


def test_shapes_it_does_not_know_are_left_to_whoosh(generated):
    from whoosh import query as Q

    with pytest.raises(fastsearch.Unsupported):
        fastsearch.evaluate(generated._s(), Q.Regex("body", "chi.s"))


def test_library_search_totals_are_exact_on_the_fast_path(generated):
    r = generated.search("chips", limit=5)
    s = generated._s()
    assert r.total == len(_whoosh(s, make_parser(s.schema).parse("chips"))) and r.total_exact
    assert [h.rank for h in r.hits] == [1, 2, 3, 4, 5]
    assert r.hits[0].snippets and r.hits[0].snippets[0].highlights


def test_id_filter_listings_order_ties_as_whoosh(generated):
    """Undated articles tie on the sort date: Whoosh's collector puts the higher document number
    first, over segments and with deleted documents left out; the fast listing does the same."""
    from whoosh import query as Q

    from briefing.index.search import run_search

    s = generated._s()
    ids = [s.stored_fields(d)["id"] for d in range(0, s.doc_count_all(), 7) if not s.reader().is_deleted(d)]
    f = Q.Or([Q.Term("id", i) for i in ids])
    want = [s.stored_fields(h.docnum)["id"] for h in s.search(Q.Every(), filter=f, limit=None, sortedby="sortdate",
                                                               reverse=True)]
    r = run_search(s, make_parser(s.schema), "", filter_q=f, limit=len(ids), snippets=0, sort_by_date=True)
    assert [h.id for h in r.hits] == want and r.total == len(want) == len(ids) > 20


# ---------------------------------------------------------------------------------- posting blocks

def _dumps4(obj, protocol=None) -> bytes:
    import pickle

    return pickle.dumps(obj, 4)


def _build(root, protocol: int, monkeypatch):
    """The generated corpus indexed, then merged by Whoosh's own writer with blocks pickled at ``protocol``.

    Whoosh writes protocol 2 (bytes values as ``_codecs.encode`` calls); protocol 4 is what a faster
    index writer may use: the evaluator reads both.
    """
    from whoosh import index as windex
    from whoosh.codec import whoosh3

    from briefing.index.config import seeds_dir
    from briefing.index.engine.schema import ARTICLES

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    make_articles(root / "corpus", 300, seed=5, texts=texts)
    open_library(root / "corpus", root / "ix").close()
    with monkeypatch.context() as m:
        if protocol == 4:
            m.setattr(whoosh3, "dumps", _dumps4)
        windex.open_dir(str(root / "ix"), indexname=ARTICLES).optimize()  # one segment, written by Whoosh
    return open_library(root / "corpus", root / "ix", auto_index=False)


@pytest.mark.parametrize("protocol", [2, 4])
def test_blocks_decode_as_whoosh_reads_them(tmp_path, monkeypatch, protocol):
    """Ids, weights and (lazily decoded) values of every posting list equal what Whoosh's matchers read."""
    lib = _build(tmp_path, protocol, monkeypatch)
    try:
        s = lib._s()
        ctx = fastsearch._context(s)
        checked = multi = 0
        for seg in ctx.segments:
            reader = seg.reader
            for field in ("body", "title", "speakers"):
                fmt = s.schema[field].format
                for btext in list(reader.lexicon(field))[:400]:
                    ti = seg.term_info(field, btext)
                    for values in (False, True):
                        blocks = seg.blocks(ti, fmt, values)
                        ids = [d for b in blocks for d in b.ids]
                        weights = [w for b in blocks for w in b.weights]
                        vals = [v for b in blocks for v in b.values()]
                        m = reader._terms.matcher(field, btext, fmt)  # Whoosh's own reader, no deletion filter
                        ref_ids, ref_w, ref_v = [], [], []
                        while m.is_active():
                            ref_ids.append(m.id())
                            ref_w.append(m.weight())
                            ref_v.append(m.value())
                            m.next()
                        assert (ids, weights, vals) == (ref_ids, ref_w, ref_v), (field, btext)
                    multi += len(blocks) > 1
                    checked += 1
        assert checked > 500 and multi > 10  # long posting lists (several blocks) were covered
    finally:
        lib.close()


@pytest.mark.parametrize("protocol", [2, 4])
def test_results_do_not_depend_on_the_block_protocol(tmp_path, monkeypatch, protocol):
    lib = _build(tmp_path, protocol, monkeypatch)
    try:
        s = lib._s()
        p = make_parser(s.schema)
        for text in EXACT + SAME_DOCS:
            q = p.parse(text)
            fast, slow = fastsearch.evaluate(s, q), _whoosh(s, q)
            assert set(fast) == set(slow), text
            if text in EXACT:
                assert all(fast[d] == pytest.approx(slow[d], rel=1e-9) for d in slow), text
    finally:
        lib.close()


def test_blocks_of_both_protocols_were_covered(tmp_path, monkeypatch):
    import io
    import pickle
    import zlib

    for protocol in (2, 4):
        lib = _build(tmp_path / str(protocol), protocol, monkeypatch)
        try:
            seg = fastsearch._context(lib._s()).segments[0]
            ti = max((seg.term_info("body", t) for t in seg.reader.lexicon("body")), key=lambda ti: ti.doc_frequency())
            data = seg.postfile.get(ti._offset, ti._length[0] if isinstance(ti._length, tuple) else ti._length)
            stream = io.BytesIO(data)
            stream.seek(8)
            info = pickle.load(stream)
            block = data[stream.tell():]
            assert (zlib.decompressobj().decompress(block, 2) if info[3] else block[:2]) == bytes([0x80, protocol])
        finally:
            lib.close()


# ---------------------------------------------------------------------------------- snippets reuse

@pytest.mark.parametrize("text", ["chips", "export chips", '"export controls"', "reg*", "chip* nvidia", "title:chips regulators",
                                  '"the company" OR beijing', '"token tok0200" OR export', 'export "token tok0200"'])
def test_snippet_positions_from_the_evaluator_equal_a_fresh_read(generated, text):
    from briefing.index.engine.hit_words import body_terms, char_positions, ev_body_terms

    s = generated._s()
    q = make_parser(s.schema).parse(text)
    ev = fastsearch.Evaluator(s)
    page = [d for d, _ in fastsearch.top(ev.scores(q), 20)]
    assert page
    terms = ev_body_terms(ev)
    assert set(terms) == set(body_terms(q, s.reader()))
    fresh = char_positions(s, page, body_terms(q, s.reader()))
    reused = char_positions(s, page, terms, ev)
    assert {d: sorted(v) for d, v in reused.items()} == {d: sorted(v) for d, v in fresh.items()}
    assert any(reused.values())


# ---------------------------------------------------------------------------------- searcher state

def test_a_refreshed_library_sees_added_changed_and_removed_articles(tmp_path):
    """Per-searcher state (segments, field statistics) never outlives the searcher it was made for."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour pilots\n\nThe harbour pilots met the zanzibarian delegation.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Tides\n\nThe tides came early to the harbour.\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        assert lib.search("harbour").total == 2
        assert lib.search("quokkas").total == 0
        (corpus / "c.txt").write_text("Quokkas\n\nQuokkas reached the harbour at dawn.\n", encoding="utf-8")
        (corpus / "b.txt").write_text("Tides\n\nThe tides came late this year.\n", encoding="utf-8")
        (corpus / "a.txt").unlink()
        lib.update()
        r = lib.search("harbour")
        assert [h.title for h in r.hits] == ["Quokkas"] and r.total == 1
        body = lib.article(r.hits[0].id).body
        assert [body[h.start:h.end] for sn in r.hits[0].snippets for h in sn.highlights] == ["harbour"]
        assert lib.search("zanzibarian").total == 0
        assert lib.search('"came late"').total == 1 and lib.search('"came early"').total == 0
        assert lib.search("quok*").total == 1
    finally:
        lib.close()


def test_top_is_the_full_ranking_cut(generated):
    import random

    rng = random.Random(7)
    for n in (0, 1, 5, 20, 21, 300):
        scores = {d: float(rng.choice([1, 2, 2.5, 3, 7])) for d in rng.sample(range(1000), n)}
        for limit in (0, 1, 5, 20, 50):
            want = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
            assert fastsearch.top(scores, limit) == want


@pytest.mark.parametrize("text", ["chips", "export chips", '"export controls"', "reg*", "title:chips regulators"])
def test_hits_found_by_whoosh_get_the_same_snippets(generated, monkeypatch, text):
    """Whichever path found a hit (the evaluator, or Whoosh for shapes it leaves), its snippets are the same."""
    fast = {h.id: h for h in generated.search(text, limit=60).hits}

    def unsupported(*_a, **_k):
        raise fastsearch.Unsupported("forced")

    monkeypatch.setattr(fastsearch, "Evaluator", unsupported)
    slow = {h.id: h for h in generated.search(text, limit=60).hits}
    common = fast.keys() & slow.keys()  # (a prefix scores differently in Whoosh: other hits may rank first)
    assert len(common) >= 10
    for i in common:
        assert fast[i].snippets == slow[i].snippets


@pytest.mark.parametrize("stop", [True, False])
def test_consecutive_positions_with_and_without_the_stop_byte(stop):
    """Phrase checks read position deltas from raw values, whether or not they keep pickle's STOP byte."""
    from whoosh.formats import Characters, Positions

    for fmt, enc in ((Characters(), lambda ps: [(p, 10 * p, 10 * p + 3) for p in ps]), (Positions(), list)):
        deltas = fastsearch._position_deltas(fmt)

        def v(ps):
            raw = fmt.encode(enc(ps))
            return raw if stop else raw[:-1]

        assert fastsearch._consecutive([v([1, 5, 9]), v([6])], deltas)
        assert not fastsearch._consecutive([v([1, 5, 9]), v([5, 8])], deltas)
        assert fastsearch._consecutive([v([2, 7]), v([8]), v([9, 30])], deltas)
        assert not fastsearch._consecutive([v([2, 7]), v([8]), v([10])], deltas)


def test_word_lists_read_in_one_piece_are_whoosh_lexicons(generated):
    """Fuzzy and wildcard expansion read each segment's words in one piece: the same words as Whoosh's lexicon."""
    from briefing.index.engine.expansion import Lexicon

    s = generated._s()
    for field in ("body", "title", "id"):  # (the generated articles have no source)
        fobj = s.schema[field]
        whoosh = sorted({fobj.from_bytes(b) for sub, _ in s.leaf_searchers() for b in sub.reader().lexicon(field)})
        assert Lexicon(s, field).words == whoosh and whoosh, field
