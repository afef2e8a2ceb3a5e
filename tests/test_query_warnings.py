"""A malformed query (unclosed quote or bracket, empty field, lone operator) says what was searched
instead: in the search result, on ``briefing search``'s stderr and in the app's status line."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.widgets.results import ResultsList

from app_helpers import search, settle
from cli_inprocess import briefing_main as briefing

MALFORMED = {
    "title:(": ['nothing after "title:" — searched the word "title" instead', "unclosed ( — the words after it"],
    "title:": ['nothing after "title:" — searched the word "title" instead'],
    '"unclosed phrase': ['unclosed " — its words searched one by one, not as a phrase'],
    "AND": ['no word before "AND" — searched it as the word "and"'],
    "(a OR": ['no word after "OR" — searched it as the word "or"', "unclosed ( — the words after it are not grouped"],
    "chips NOT": ['no word after "NOT"'],
    "chips)": [") without ( — ignored"],
    "foo:chips": ['no field "foo" — "foo:" searched as the word "foo"'],
    "TITLE:chips": ['no field "TITLE" — "TITLE:" searched as the word "title"'],
    "date:[2025-08-01 to": ['unfinished date range "date:[2025-08-01 to" — it matches no article; close it'],
    "chips date:[2025 TO": ['unfinished date range "date:[2025 TO" — it matches no article'],
    "date:[2025": ['unfinished date range "date:[2025" — it matches no article'],
    "chips date:now": ['"date:now" names an instant, not a day — no article is dated to it'],
    "“remote shutdown”": ['“…” are not phrase quotes — the words searched one by one; type "…"'],
    "chips «remote shutdown»": ['«…» are not phrase quotes'],
    "title:‘remote shutdown’": ['‘…’ are not phrase quotes'],
}
SMART_QUOTED = ["“remote shutdown”", "chips «remote shutdown»", "title:‘remote shutdown’"]
"""Typographic quotes around words, which Whoosh reads as no quotes at all."""
UNREAD_DATES = ["date:[2025-08-01 to", "chips date:[2025 TO", "date:[2025", "chips date:now"]
"""Queries plain Whoosh answers with nothing because a ``date:`` part of them is not a day or a range."""
WELL_FORMED = ["chips", "title:(chips OR export)", '"remote shutdown"', "chips AND NOT export", "NOT export",
               "don’t stop", "O’Neill’s ‘plan’", "it’s chips’ export",
               "date:[2025-08-01 to 2025-08-15]", "date:[2025-08-01 to]", "date:'aug 2025'", "date:[2025 to now]",
               "chips date:{2025-08-01 TO 2025-08-15}", "(H20 OR Blackwell) nvidia", 'title:"H20"', "10:30",
               "headline:chips", "outlet:reuters", "byline:doe", "http://example.com/chips"]


@pytest.mark.parametrize("query", sorted(MALFORMED))
def test_each_malformed_query_says_what_happened(seeds_library, query):
    result = seeds_library.search(query, limit=5)
    text = " | ".join(result.warnings)
    for part in MALFORMED[query]:
        assert part in text, (query, result.warnings)


@pytest.mark.parametrize("query", UNREAD_DATES)
def test_a_date_whoosh_cannot_match_warns_and_keeps_whooshs_answer(seeds_library, query):
    """Whoosh finds nothing for these (an unclosed range is no range; ``now`` is one microsecond): the
    result is its answer, with a warning instead of an unexplained empty list."""
    from whoosh import query as Q

    from briefing.index.query_dates import normalize_dates

    s = seeds_library._s()
    q = seeds_library._parser("article").parse(normalize_dates(query))
    whoosh = [] if q is Q.NullQuery else [h["id"] for h in s.search(q, limit=None)]
    result = seeds_library.search(query, limit=5)
    assert whoosh == [] and result.total == 0 and result.hits == []
    assert any("date" in w and "no article" in w for w in result.warnings), result.warnings


RELATIVE_DATES = ["date:yesterday", "chips date:today", "date:>yesterday", "date:[-1w to now]", "date:march",
                  "date:(yesterday OR 2025)", "date:'last tuesday'", "date:'this year' chips"]
"""``date:`` words Whoosh reads from the day of the search: their days move with it."""


@pytest.mark.parametrize("query", RELATIVE_DATES)
def test_a_date_read_from_today_warns_and_keeps_whooshs_answer(seeds_library, query):
    from whoosh import query as Q

    from briefing.index.query_dates import normalize_dates

    s = seeds_library._s()
    q = seeds_library._parser("article").parse(normalize_dates(query))
    whoosh = [] if q is Q.NullQuery else sorted(h["id"] for h in s.search(q, limit=None))
    result = seeds_library.search(query, limit=50)
    assert sorted(h.id for h in result.hits) == whoosh and result.total == len(whoosh)
    assert any("is read from the day of the search (20" in w and "date:2016-02-01" in w for w in result.warnings), \
        result.warnings


@pytest.mark.parametrize("query, shown", [
    ("date:today", "as {today}"), ("date:yesterday", "as {yesterday}"), ("date:>yesterday", "as {today} onwards"),
    ("date:>=yesterday", "as {yesterday} onwards"), ("date:<yesterday", "as up to {before}"),
    ("date:<=today", "as up to {today}"), ("date:[yesterday to today]", "as {yesterday} to {today}"),
])
def test_a_date_read_from_today_names_the_day_of_the_search_and_the_days_searched(seeds_library, query, shown):
    """The day of the search is today's in UTC (the day Whoosh's date parser reads words from), and the
    days named are those the clause searches (after yesterday: from today on), not the day its word names."""
    today = dt.datetime.now(dt.timezone.utc).date()
    days = {"today": today, "yesterday": today - dt.timedelta(days=1), "before": today - dt.timedelta(days=2)}
    warning = [w for w in seeds_library.search(query, limit=1).warnings if "day of the search" in w]
    assert len(warning) == 1, warning
    assert f"read from the day of the search ({today.isoformat()}, UTC) " in warning[0]
    assert shown.format(**{k: v.isoformat() for k, v in days.items()}) + " — " in warning[0], warning


@pytest.mark.parametrize("query", SMART_QUOTED)
def test_typographic_quotes_warn_and_search_the_words_as_whoosh_does(seeds_library, query):
    plain = query.translate(str.maketrans("", "", "“”«»‘’"))
    result, words = seeds_library.search(query, limit=5), seeds_library.search(plain, limit=5)
    assert [(h.id, h.score) for h in result.hits] == [(h.id, h.score) for h in words.hits] and result.total == words.total
    assert any("are not phrase quotes" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("query", WELL_FORMED)
def test_a_well_formed_query_has_no_warning(seeds_library, query):
    assert seeds_library.search(query, limit=5).warnings == []


def test_the_cli_warns_on_stderr_and_still_searches(tmp_path):
    ix = str(tmp_path / "ix")
    briefing("index", "--index-dir", ix, check=0)
    for extra in ([], ["--json"]):
        p = briefing("search", "title:(", "--index-dir", ix, *extra, check=0)
        assert 'warning: nothing after "title:" — searched the word "title" instead' in p.stderr
        assert "warning: unclosed ( — the words after it are not grouped" in p.stderr
    p = briefing("search", "Blackwell", "--index-dir", ix, check=0)
    assert "warning" not in p.stderr


async def test_the_app_status_names_the_problem(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "title:(")
        status = str(app.query_one("#search-status").render())
        assert status.startswith("No results") and '\n⚠ nothing after "title:" — searched the word "title"' in status
        assert app.query_one("#search-status").size.height >= 3  # every warning shown, not cut at one line
        assert "\n⚠ unclosed ( — the words after it are not grouped" in status
        assert app.query_one("#results", ResultsList).option_count == 0
        await search(app, pilot, '"remote shutdown')  # results, and the warning above them
        status = str(app.query_one("#search-status").render())
        assert status.startswith("1 result") and "⚠ unclosed \" — its words searched one by one" in status
        await search(app, pilot, "Blackwell")
        assert "⚠" not in str(app.query_one("#search-status").render())
        assert app.query_one("#search-status").size.height == 1


def test_quotes_query_warns_on_stderr_like_search(tmp_path):
    ix = str(tmp_path / "ix")
    briefing("index", "--index-dir", ix, check=0)
    for extra in ([], ["--json"]):
        p = briefing("quotes", "--query", '"remote shutdown', "--index-dir", ix, *extra, check=0)
        assert 'warning: unclosed " — its words searched one by one, not as a phrase' in p.stderr
        assert "remote shutdown" in p.stdout  # still searched, word by word
        p = briefing("quotes", "--query", "chips AND", "--index-dir", ix, *extra, check=0)
        assert 'warning: no word after "AND" — searched it as the word "and"' in p.stderr
    p = briefing("quotes", "--query", "chips", "--index-dir", ix, check=0)
    assert "warning" not in p.stderr


@pytest.mark.parametrize("query", ["url:example", 'chips url:"example com"'])
def test_a_stored_only_field_is_named_in_the_error_not_whooshs_internals(seeds_library, query):
    from briefing.index.errors import QueryError
    with pytest.raises(QueryError) as err:
        seeds_library.search(query, limit=5)
    message = str(err.value)
    assert "cannot search the field 'url'" in message and "not indexed" in message
    assert "body" in message and "title" in message and "STORED(" not in message and "format" not in message


def test_briefing_search_on_a_stored_only_field_fails_with_the_field_named(tmp_path):
    p = briefing("search", "url:example", env={"BRIEFING_DATA_DIR": str(tmp_path)})
    assert p.returncode != 0 and "cannot search the field 'url'" in p.stderr and "Traceback" not in p.stderr
