"""Search on the seeds through the real index: queries, filters, snippets, correction, fuzzing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefing.index.errors import QueryError

FIRST, SECOND = "000_921a5942b13cbaba", "001_2f5ca3a043d0fe3e"


def ids(result):
    return {h.id for h in result.hits}


def test_issue_queries_on_the_seeds(seeds_library):
    lib = seeds_library
    assert ids(lib.search("H20 backdoor")) == {FIRST, SECOND}
    assert ids(lib.search("Blackwell")) == {FIRST, SECOND}
    assert ids(lib.search('"remote shutdown"')) == {FIRST}
    assert ids(lib.search("source:reuters")) == {FIRST, SECOND}  # second: "Unnamed outlet (citing Reuters)"
    assert ids(lib.search('source:"unnamed outlet"')) == {SECOND}
    assert ids(lib.search("Blackwell", source="Reuters")) == {FIRST, SECOND}
    assert ids(lib.search("Blackwell", source="unnamed")) == {SECOND}


def test_query_language(seeds_library):
    lib = seeds_library
    assert ids(lib.search("Vishakha OR Bloomberg")) == {FIRST, SECOND}
    assert ids(lib.search("Blackwell NOT Bloomberg")) == {FIRST}
    assert ids(lib.search("lithograph*")) == {SECOND}
    assert ids(lib.search("Vishaka~")) == {FIRST}
    assert ids(lib.search("date:[2025-08-01 to 2025-08-31]")) == {FIRST}
    assert ids(lib.search("chips", date_from=dt.date(2025, 8, 12), date_to=dt.date(2025, 8, 12))) == {FIRST}
    assert ids(lib.search("title:summon")) == {SECOND}
    # possessives and curly apostrophes match straight ones
    assert ids(lib.search("people's daily")) == {FIRST}
    assert ids(lib.search("U.S.")) == {FIRST, SECOND}


def test_snippets_are_character_spans_into_the_body(seeds_library):
    lib = seeds_library
    result = lib.search("backdoor")
    assert result.total == 2 and result.took_ms > 0
    for hit in result.hits:
        body = lib.article(hit.id).body
        assert hit.snippets
        for snip in hit.snippets:
            assert body[snip.start:snip.end] == snip.text
            assert snip.highlights
            for h in snip.highlights:
                assert body[h.start:h.end].lower().startswith("backdoor")


def test_title_and_score_fields(seeds_library):
    hit = seeds_library.search("remote shutdown").hits[0]
    assert hit.title.startswith("Beijing regulators") and hit.source == "Reuters"
    assert hit.date == dt.date(2025, 8, 12) and hit.score > 0 and hit.rank == 1


def test_spelling_correction(seeds_library):
    result = seeds_library.search("lithograpy")
    assert result.total == 0 and result.corrected == "lithography"


def test_spelling_correction_shows_the_spelling_the_articles_use(tmp_path):
    """``sandres`` is one edit from ``sanders`` and from ``sanderes``, which share the stem ``sander``: the
    suggestion is the spelling the articles write, not the alphabetically first."""
    import json

    from briefing.index.library import open_library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"title": f"Primary night {i}", "body": f"Senator Sanders spoke in town {i}. Sanders said the vote was close.",
             "source": "Wire", "date": f"2016-02-{i + 1:02d}"} for i in range(4)]
    rows.append({"title": "Garden notes", "body": "The sander smoothed the old bench before the paint went on.",
                 "source": "Wire", "date": "2016-03-01"})
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    lib = open_library(corpus, tmp_path / "ix")
    try:
        for typed in ("Sandres", "sandres", "Sanderss"):
            result = lib.search(typed)
            assert result.total == 0 and result.corrected == "sanders", (typed, result.corrected)
    finally:
        lib.close()


def test_empty_query_lists_articles_newest_first(seeds_library):
    result = seeds_library.search("")
    assert result.total == 2 and [h.id for h in result.hits][0] == FIRST  # the only dated one


def test_related_articles(seeds_library):
    hits = seeds_library.related(FIRST)
    assert [h.id for h in hits] == [SECOND]


def test_article_lookup(seeds_library):
    a = seeds_library.article(SECOND)
    assert a.body.startswith("Chinese officials have summoned")
    from briefing.index.errors import NotFoundError

    with pytest.raises(NotFoundError):
        seeds_library.article("nope")
    assert seeds_library.article_ids() == [FIRST, SECOND]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60) | st.lists(st.sampled_from(
    ['"', "(", ")", "[", "]", "{", "}", "*", "?", "~", ":", "^", "AND", "OR", "NOT", "TO", "title:", "date:",
     "source:", "speaker:", "<", ">", "=", "-", "'", "\\", "chips", "H20", " ", "2025", "/", "!"]),
    max_size=12).map("".join))
def test_any_query_string_gives_results_or_a_clear_error(seeds_library, q):
    try:
        result = seeds_library.search(q, limit=5)
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total >= 0


def test_library_implements_the_backend_protocol(seeds_library):
    from briefing.index.engine.backend import SearchBackend

    assert isinstance(seeds_library, SearchBackend)


def test_fuzzy_edit_distance_is_capped(seeds_library):
    """``word~9`` would make Whoosh build an edit automaton for minutes and gigabytes: two edits at most."""
    from whoosh import query as Q

    from briefing.index.search import MAX_FUZZY_EDITS, make_parser, parse_query

    s = seeds_library._s()
    q = parse_query(make_parser(s.schema), "Nvidai~9 chips")
    fuzzy = [n for n in q.leaves() if isinstance(n, Q.FuzzyTerm)]
    assert fuzzy and all(n.maxdist == MAX_FUZZY_EDITS for n in fuzzy)
    wide, two = seeds_library.search("Nvidai~9"), seeds_library.search("Nvidai~2")
    assert wide.total == two.total == 2


def test_listing_snippets_do_not_repeat_the_title(seeds_library):
    """A body whose first line is its headline (and standfirst) shows what follows it instead."""
    hits = seeds_library.search("").hits
    assert len(hits) == 2
    for hit in hits:
        norm = " ".join(hit.title.split()).casefold()
        assert not " ".join(hit.snippets[0].text.split()).casefold().startswith(norm[:40])
        body = seeds_library.article(hit.id).body
        assert body[hit.snippets[0].start:hit.snippets[0].end] == hit.snippets[0].text
