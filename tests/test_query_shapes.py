"""Query shapes end to end on a small dated corpus: NOT, symbols only, zero boosts, dates to the day, fuzzy slips."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing.index.errors import QueryError
from briefing.index.search import NOTHING_TO_SEARCH

DAYS = ["2016-09-30", "2016-10-01", "2016-10-15", "2016-10-16", "2016-10-31", "2016-11-01", "2017-01-05"]
ROWS = [
    ("Music charts", "Music sales rose as a band won the music award.", "BBC"),
    ("Music wins", "The music festival had a big win for local music.", "BBC"),
    ("Economy grows", "The economy grew and music sales fell. Immigration was debated.", "Reuters"),
    ("Economy slows", "Economy and immigration policy, growth is weak.", "Reuters"),
    ("Growth data", "Growth of the economy surprised the bank.", "BBC"),
    ("Tech music", "Music streaming technology, no trophies this year.", "Reuters"),
    ("Sport", "The team won again; the economy of football.", "BBC"),
]


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    from briefing.index.library import open_library

    root = tmp_path_factory.mktemp("dated")
    corpus = root / "corpus"
    corpus.mkdir()
    records = [{"title": t, "body": b, "source": s, "date": d} for (t, b, s), d in zip(ROWS, DAYS)]
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    lib = open_library(corpus, root / "ix")
    yield lib
    lib.close()


def _titles(result) -> set[str]:
    return {h.title for h in result.hits}


def _whoosh_full(lib, text: str) -> "list[tuple[str, float]]":
    """Plain Whoosh's full ranking (no limit, so no collector shortcuts): (title, score)."""
    from briefing.index.search import make_parser, parse_query

    s = lib._s()
    q = parse_query(make_parser(s.schema), text)
    return [(s.stored_fields(h.docnum)["title"], h.score) for h in s.search(q, limit=None)]


@pytest.mark.parametrize("text", ["music NOT win", "music ANDNOT won", "NOT music", "economy NOT (music OR bank)"])
def test_not_queries_are_exact(dated, text):
    full = _whoosh_full(dated, text)
    r = dated.search(text, limit=2)
    assert r.total == len(full) and r.total_exact
    assert [h.title for h in r.hits] == [t for t, _ in full[:2]]
    assert [h.score for h in r.hits] == [round(s, 4) for _, s in full[:2]]


def test_not_removes_every_document_with_the_word(dated):
    with_music = _titles(dated.search("music", limit=20))
    with_win = _titles(dated.search("win", limit=20))
    assert _titles(dated.search("music NOT win", limit=20)) == with_music - with_win != set()


def test_not_never_returns_an_article_deleted_by_an_update(tmp_path):
    """Whoosh's NOT can return the deleted document right after the negated word's last match (an article
    changed since indexing): Briefing counts and lists only the live articles, once each, and the
    differential reference says so by name."""
    import sys
    from pathlib import Path

    from briefing.index.library import open_library

    sys.path.insert(0, str(Path(__file__).parent))
    from whoosh_reference import WHOOSH_NOT_KEEPS_A_DELETED_DOCUMENT, compare

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bodies = ["The zebra crossing outside the school was repainted on Monday.",
              "Council members argued about parking fees for an hour.",
              "The library will open on Sundays from next month.",
              "Bus drivers voted to accept the new pay offer."]
    for i, body in enumerate(bodies):
        (corpus / f"a{i}.txt").write_text(f"Local story {i}\n\n{body}\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    lib.close()
    (corpus / "a1.txt").write_text("Local story 1\n\nCouncil members argued about parking fees all evening.\n",
                                   encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        lib.update()
        s = lib._s()
        assert s.reader().has_deletions()
        for text in ("NOT body:zebra", "NOT zebra", "NOT body:zebra NOT title:zebra"):
            result = lib.search(text, limit=10)
            assert result.total == 3 and len({h.id for h in result.hits}) == 3, text
            assert "zebra" not in " ".join(h.snippets[0].text for h in result.hits)
            assert compare(lib, text) == [], text
        pinned: dict = {}
        assert compare(lib, "NOT body:zebra", pinned=pinned) == []
        assert pinned.get(WHOOSH_NOT_KEEPS_A_DELETED_DOCUMENT)
    finally:
        lib.close()


@pytest.mark.parametrize("text", ["!!!", "-", "--", "...", '""', "£", "🙂", "  ?!  ", "title:!!!"])
def test_symbol_only_queries_find_nothing_and_say_why(dated, text):
    r = dated.search(text)
    assert r.total == 0 and r.hits == [] and r.note == NOTHING_TO_SEARCH


@pytest.mark.parametrize("text", ["date:garbage", "DATE:garbage", "economy date:garbage", "date:>garbage",
                                  "date:", "date:'no such day'", "music date:soon OR economy"])
def test_a_date_that_cannot_be_read_says_so(dated, text):
    """Not 'only punctuation' nor a silent empty result: the date is named as what could not be read."""
    with pytest.raises(QueryError, match=r"cannot understand the date in the query .*date:YYYY-MM-DD"):
        dated.search(text)


@pytest.mark.parametrize("text, pred", [
    ("date:'oct 2016'", lambda d: (d.year, d.month) == (2016, 10)),  # Whoosh's English dates still work
    ("date:2016 economy", lambda d: d.year == 2016),
])
def test_dates_whoosh_reads_in_words_still_work(dated, text, pred):
    assert {h.title for h in dated.search(text, limit=20).hits} <= _days(pred)
    assert dated.search(text, limit=20).total >= 1


def test_a_word_with_symbols_still_searches_the_word(dated):
    r = dated.search("economy !!!")
    assert r.total == len(_whoosh_full(dated, "economy")) > 0 and r.note is None


def test_zero_boost_matches_without_scoring(dated):
    """``word^0`` keeps its documents but adds nothing to their score."""
    alone = dated.search("economy^0", limit=20)
    assert alone.total == dated.search("economy", limit=20).total and {h.score for h in alone.hits} == {0.0}
    both, growth = dated.search("economy^0 growth", limit=20), dated.search("growth", limit=20)
    assert _titles(both) == _titles(dated.search("economy growth", limit=20))
    scores = {h.title: h.score for h in growth.hits}
    assert all(h.score == scores[h.title] for h in both.hits)


def _days(pred) -> set[str]:
    return {t for (t, _, _), d in zip(ROWS, DAYS) if pred(dt.date.fromisoformat(d))}


@pytest.mark.parametrize("text, pred", [
    ("date:[2016-10-01 to 2016-10-31]", lambda d: dt.date(2016, 10, 1) <= d <= dt.date(2016, 10, 31)),
    ("date:[2016-10-01 TO 2016-10-15]", lambda d: dt.date(2016, 10, 1) <= d <= dt.date(2016, 10, 15)),
    ("date:{2016-10-01 to 2016-10-31}", lambda d: dt.date(2016, 10, 1) < d < dt.date(2016, 10, 31)),
    ("date:>2016-10-15", lambda d: d > dt.date(2016, 10, 15)),
    ("date:>=2016-10-15", lambda d: d >= dt.date(2016, 10, 15)),
    ("date:<2016-10-15", lambda d: d < dt.date(2016, 10, 15)),
    ("date:<=2016-10-15", lambda d: d <= dt.date(2016, 10, 15)),
    ("date:2016-10", lambda d: (d.year, d.month) == (2016, 10)),
    ("date:2016-10-16", lambda d: d == dt.date(2016, 10, 16)),
    ("date:>2016-10", lambda d: d >= dt.date(2016, 11, 1)),
    ("date:[2016-10-16 to]", lambda d: d >= dt.date(2016, 10, 16)),
    ("date:2016", lambda d: d.year == 2016),
    ("date:20161015", lambda d: d == dt.date(2016, 10, 15)),
])
def test_dates_are_exact_to_the_day(dated, text, pred):
    assert _titles(dated.search(text, limit=20)) == _days(pred)


@pytest.mark.parametrize("text, pred", [
    ("date:2016.10", lambda d: (d.year, d.month) == (2016, 10)),
    ("date:2016.10.15", lambda d: d == dt.date(2016, 10, 15)),
    ("date:'2016 10 15'", lambda d: d == dt.date(2016, 10, 15)),
    ("date:(2016-10-01 OR 2017)", lambda d: d == dt.date(2016, 10, 1) or d.year == 2017),
    ("date:(2016 NOT 2016-10)", lambda d: d.year == 2016 and d.month != 10),
    ("date:(2016 NOT (2016-10 OR 2016-09))^2", lambda d: d.year == 2016 and d.month > 10),
    ("date:('oct 2016' OR 2017)", lambda d: (d.year, d.month) == (2016, 10) or d.year == 2017),
    ("date:[2016-11-01 to 2016-10-01]", lambda d: dt.date(2016, 10, 1) <= d <= dt.date(2016, 11, 1)),
    ("date:[2017 to 2016-10-16]", lambda d: dt.date(2016, 10, 16) <= d <= dt.date(2017, 12, 31)),
    ("date:{2016-10-15 to 2016-10-16}", lambda d: False),
    ("date:{2016-10 TO 2016-10}", lambda d: False),
    ("date:>'15 oct 2016'", lambda d: d > dt.date(2016, 10, 15)),
    ("date:<='oct 2016'", lambda d: d <= dt.date(2016, 10, 31)),
    ("date:>='1 nov 2016'", lambda d: d >= dt.date(2016, 11, 1)),
])
def test_every_date_form_whoosh_reads_is_exact_to_the_day(dated, text, pred):
    """Dots and spaces between the parts, ``date:`` groups, ranges written backwards (their ends
    swapped, as Whoosh swaps them), ranges with no day inside, ``>``/``<`` before a date in words."""
    assert _titles(dated.search(text, limit=20)) == _days(pred), text


@pytest.mark.parametrize("text", ["date:2016.10", "date:2016.10.15", "date:'2016 10 15'", "date:(2016 OR 2017)",
                                  "date:('oct 2016' OR 2017)", "date:(2016-10-15 OR 2017-01-05)",
                                  "music date:(2016 NOT 'oct 2016')", "date:'oct 2016 to jan 2017'"])
def test_date_forms_find_what_plain_whoosh_finds(dated, text):
    """The forms plain Whoosh's parser reads to the same days give its articles (a field group of
    dates, dotted dates, dates in words)."""
    from briefing.index.search import make_parser

    s = dated._s()
    q = make_parser(s.schema).parse(text)
    whoosh = {s.stored_fields(h.docnum)["title"] for h in s.search(q, limit=None)}
    assert whoosh and _titles(dated.search(text, limit=20)) == whoosh, text


def test_a_date_that_does_not_exist_is_a_clear_error(dated):
    with pytest.raises(QueryError, match="not a date: '2016-02-30'"):
        dated.search("date:2016-02-30")


@pytest.mark.parametrize("text", ["date:>garbage", "date:<x", "H20 date:[garbage to 2016]", "date:2016/10/15",
                                  "music date:2016/10", "date:>2016/10", "date:>tuesday", "date:(2016 OR garbage)"])
def test_a_date_that_is_not_one_is_a_clear_error(dated, text):
    """As the query was typed, with the forms that work; never Python's "invalid literal for int()"."""
    with pytest.raises(QueryError) as exc:
        dated.search(text)
    message = str(exc.value)
    assert repr(text) in message and "date:YYYY-MM-DD" in message
    assert "int()" not in message and "parseable" not in message


def test_a_one_letter_slip_finds_its_word(dated):
    """Index words are stems (immigration -> immigr): the slip is compared with the words, not the stems."""
    right = _titles(dated.search("immigration", limit=20))
    assert right and _titles(dated.search("immigraton~", limit=20)) == right
    assert _titles(dated.search("immigration~", limit=20)) >= right
    for typo in ("immigraton", "imigration", "immigratoin"):
        r = dated.search(typo)
        assert r.total == 0 and r.corrected == "immigration", typo


def test_fuzzy_finds_at_least_what_whoosh_finds(dated):
    for text in ("musc~", "economi~2", "growht~", "bnak~"):
        assert _titles(dated.search(text, limit=20)) >= {t for t, _ in _whoosh_full(dated, text)}, text


@pytest.mark.parametrize("text", ["economy~1/9", "music~2/6 OR bank", "title:(growth~1/7)"])
def test_a_fuzzy_prefix_longer_than_the_word_is_a_clear_error(dated, text):
    """Whoosh's edit automaton reads past the end of the word (an IndexError): the message names the
    query and the word as indexed; a prefix as long as the word runs as in Whoosh."""
    with pytest.raises(QueryError) as exc:
        dated.search(text)
    message = str(exc.value)
    assert repr(text) in message and "fixed prefix" in message and "Error" not in message
    assert dated.search("music~1/5").total == len(_whoosh_full(dated, "music~1/5")) > 0


def test_quote_searches_with_not_count_every_match(seeds_library):
    """Quote searches run on the same exact path: the first page is Whoosh's full ranking's first page."""
    from briefing.index.search import QUOTE, make_parser, parse_query

    s = seeds_library._qs()

    def ids(text, limit=None):
        return [x.id for x in seeds_library.quotes(query=text, limit=limit)]

    for text in ("chips NOT nvidia", "NOT chips"):
        q = parse_query(make_parser(s.schema, QUOTE), text)
        full = [s.stored_fields(h.docnum)["id"] for h in s.search(q, limit=None)]
        assert ids(text) == full != [] and ids(text, 2) == full[:2], text
    # ANDNOT by set algebra (Whoosh's AndNotMatcher can keep a first match the negated side holds)
    assert set(ids("chips ANDNOT china")) == set(ids("chips")) - set(ids("china")) != set()


def test_not_left_to_whoosh_still_counts_every_match(dated, monkeypatch):
    """A NOT query the fast evaluator cannot take (here: forced) ranks every match, not a limited page."""
    from briefing.index.engine import fastsearch

    def refuse(self, q):
        raise fastsearch.Unsupported("forced")

    expected = dated.search("music NOT win", limit=1)
    monkeypatch.setattr(fastsearch.Evaluator, "scores", refuse)
    r = dated.search("music NOT win", limit=1)
    assert r.total == expected.total == len(_whoosh_full(dated, "music NOT win")) and r.total_exact
    assert [h.id for h in r.hits] == [h.id for h in expected.hits]


def _whoosh_listing(searcher, f) -> "list[int]":
    """Plain Whoosh's listing of a filter's documents, newest first (every match, sorted by its collector)."""
    from whoosh import query as Q

    return [h.docnum for h in searcher.search(Q.Every(), filter=f, limit=None, sortedby="sortdate", reverse=True)]


def _listing(searcher, f, limit: int, offset: int = 0):
    from briefing.index.search import make_parser, run_search

    r = run_search(searcher, make_parser(searcher.schema), "", filter_q=f, limit=limit, offset=offset,
                   snippets=0, sort_by_date=True)
    return [h.id for h in r.hits], r.total, r.total_exact


@pytest.mark.parametrize("facets", [{"source": "BBC"}, {"source": "Reuters", "date_from": dt.date(2016, 10, 2)},
                                    {"date_to": dt.date(2016, 10, 31)}, {"source": "nobody"}])
def test_filter_listings_are_whoosh_s_newest_first(dated, monkeypatch, facets):
    """A listing of a filter's articles (no query words) takes the fast evaluator's documents, newest first."""
    from briefing.index.engine import query_shapes
    from briefing.index.search import ARTICLE, filters_query

    s = dated._s()
    f = filters_query(doctype=ARTICLE, **facets)
    want = [s.stored_fields(d)["id"] for d in _whoosh_listing(s, f)]
    calls = []
    monkeypatch.setattr(query_shapes, "newest", lambda *a, _real=query_shapes.newest: calls.append(1) or _real(*a))
    assert _listing(s, f, 20) == (want, len(want), True)
    assert _listing(s, f, 2, offset=1)[0] == want[1:3]
    assert calls  # the fast path answered (not Whoosh's collector walking every document)


def test_every_query_matches_plain_whoosh_without_reading_every_posting(tmp_path, monkeypatch):
    """``*`` and ``field:*`` (Whoosh's Every): the same documents and scores as Whoosh, after an update left
    deleted documents in a segment, with a title of stop words only, and without Whoosh's matcher (which
    reads the postings of every word of the field: seconds on a few thousand articles)."""
    from whoosh import query as Q

    from briefing.index.library import open_library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"title": t, "body": b, "source": s, "date": d} for (t, b, s), d in zip(ROWS, DAYS)]
    rows.append({"title": "The", "body": "A title of stop words only, and a body.", "date": "2017-02-01"})
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (corpus / "later.txt").write_text("Later note\n\nA first body about music.\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        (corpus / "later.txt").write_text("Later note\n\nA second body about the economy.\n", encoding="utf-8")
        lib.update()
        assert any(sub.reader().has_deletions() for sub, _ in lib._s().leaf_searchers())  # the update's old copy
        real_every = Q.Every.matcher
        monkeypatch.setattr(Q.Every, "matcher", lambda *a, **k: (_ for _ in ()).throw(AssertionError("Whoosh's Every")))
        got = {text: lib.search(text, limit=50) for text in ("*", "title:*", "body:*", "source:*", "music *",
                                                              "title:* NOT music", "economy OR source:*")}
        monkeypatch.setattr(Q.Every, "matcher", real_every)
        for text, r in got.items():
            full = _whoosh_full(lib, text)
            assert r.total == len(full) and r.total_exact, text
            assert sorted((h.title, h.score) for h in r.hits) == sorted((t, round(s, 4)) for t, s in full), text
        assert got["*"].total == len(rows) + 1 and got["source:*"].total == len(ROWS)
    finally:
        lib.close()
