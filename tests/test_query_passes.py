"""One search reads its query's quoted parts with one tokenizer pass, and makes its "did you mean" once:
the ``date:`` rewrite, its warnings and the correction share the pass; a query with ``speaker:``/``is:``
terms is corrected once, as typed."""

from __future__ import annotations

import random
import time

import pytest

import briefing.index.library as library_module
from briefing.index.correction import correction
from briefing.index.library import open_library
from briefing.index.query_quoted import _tagger, mask_quoted, text_spans
from corpus_factory import write_jsonl_parts

HOSTILE = [
    '"' * 1000, '"\\' * 500, '[' * 999 + '"', "'a " * 333, '[a "' * 250, '"a \\" [b {c (d' * 62,
    ('date:2016 "a\\ [' * 100)[:1000], ('immigraton "x date:2016" (' * 40)[:1000],
]


@pytest.fixture()
def tag_calls(monkeypatch):
    """The texts the quoted-part tokenizer reads (its real ``tag``, counted)."""
    calls: list[str] = []
    tagger = _tagger()
    real = tagger.tag

    def counted(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tagger, "tag", counted)
    text_spans.cache_clear()
    yield calls
    text_spans.cache_clear()


@pytest.mark.parametrize("text", HOSTILE + ['"minister date:2016" date:2015', "a 'b c' \"d"])
def test_spans_are_read_once_and_are_the_tokenizer_s(tag_calls, text):
    first = text_spans(text)
    assert text_spans(text) == first == tuple(text_spans.__wrapped__(text))
    assert mask_quoted(text, frozenset({"date"}))[0] == mask_quoted(text, frozenset({"date"}))[0]
    assert tag_calls.count(text) == 2  # (one for the cached answer, one for the uncached comparison)


def test_random_hostile_texts_give_the_same_spans_cached(tag_calls):
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice('"\'\\[]{}()~^ :ab') for _ in range(rng.randint(1, 60)))
        assert text_spans(text) == tuple(text_spans.__wrapped__(text))


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("passes")
    docs = [{"title": f"Immigration bill {i}", "body": f"The immigration minister spoke about harbour budget {i}.",
             "source": "Daily Wire", "date": f"2016-0{1 + i % 9}-0{1 + i % 9}"} for i in range(12)]
    write_jsonl_parts(tmp / "corpus", docs, 2)
    lib = open_library(tmp / "corpus", tmp / "ix")
    yield lib
    lib.close()


@pytest.mark.parametrize("text", HOSTILE)
def test_a_search_reads_a_hostile_query_s_quotes_once(library, tag_calls, text):
    try:
        library.search(text)
    except Exception as exc:  # (some are refused: still one pass)
        assert type(exc).__name__ == "QueryError"
    assert len(tag_calls) == len(set(tag_calls)) <= 1


def test_a_hostile_quoted_query_costs_little_cpu(library):
    texts = [t for t in HOSTILE if "date:" in t]
    text_spans.cache_clear()
    start = time.process_time()
    for text in texts * 5:
        text_spans.cache_clear()
        try:
            library.search(text)
        except Exception:
            pass
    assert time.process_time() - start < 10  # (about 0.05 s a query on a loaded machine)


@pytest.fixture()
def corrections(monkeypatch):
    calls: list[str] = []

    def counted(searcher, text):
        calls.append(text)
        return correction(searcher, text)

    monkeypatch.setattr(library_module, "correction", counted)
    return calls


@pytest.mark.parametrize("text, corrected", [
    ("immigraton speaker:ana", "immigration speaker:ana"),
    ('immigraton speaker:"Ana Lima" is:unread', 'immigration speaker:"Ana Lima" is:unread'),
    ("is:unread harbur", "is:unread harbour"),
    ("NOT is:read immigraton who:x", "NOT is:read immigration who:x"),
])
def test_a_query_with_speaker_or_is_terms_is_corrected_once_as_typed(library, corrections, text, corrected):
    import briefing.index.search as search_module

    seen: list[str] = []
    real = search_module.correction
    search_module.correction = lambda s, t: seen.append(t) or real(s, t)
    try:
        r = library.search(text)
    finally:
        search_module.correction = real
    assert r.total == 0 and r.corrected == corrected
    assert corrections == [text] and seen == []


@pytest.mark.parametrize("text", ["immigraton", 'immigraton "harbour budget"'])
def test_a_query_without_them_is_corrected_once(library, corrections, text):
    r = library.search(text)
    assert r.corrected and r.corrected.startswith("immigration") and corrections == []


@pytest.mark.parametrize("text", ["speaker:ana", "is:starred", "speaker:ana immigration", "!!! speaker:ana"])
def test_nothing_to_correct_gives_no_suggestion(library, text):
    assert library.search(text).corrected is None
