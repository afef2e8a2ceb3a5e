"""A malformed query (unclosed quote or bracket, empty field, lone operator) says what was searched
instead: in the search result, on ``briefing search``'s stderr and in the app's status line."""

from __future__ import annotations

import pytest

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.widgets.results import ResultsList

from app_helpers import search, settle
from test_cli import briefing

MALFORMED = {
    "title:(": ['"title:" has nothing', "opening bracket is not closed"],
    "title:": ['"title:" has nothing', 'the word "title" was searched'],
    '"unclosed phrase': ['quote mark before "unclosed phrase" is not closed'],
    "AND": ['"AND" has no word before it', 'searched as the word "and"'],
    "(a OR": ['"OR" has no word after it', "opening bracket is not closed"],
    "chips NOT": ['"NOT" has no word after it'],
    "chips)": ["closing bracket has no opening one"],
}
WELL_FORMED = ["chips", "title:(chips OR export)", '"remote shutdown"', "chips AND NOT export", "NOT export",
               "date:[2025-08-01 to 2025-08-15]", "(H20 OR Blackwell) nvidia", 'title:"H20"', "10:30"]


@pytest.mark.parametrize("query", sorted(MALFORMED))
def test_each_malformed_query_says_what_happened(seeds_library, query):
    result = seeds_library.search(query, limit=5)
    text = " | ".join(result.warnings)
    for part in MALFORMED[query]:
        assert part in text, (query, result.warnings)


@pytest.mark.parametrize("query", WELL_FORMED)
def test_a_well_formed_query_has_no_warning(seeds_library, query):
    assert seeds_library.search(query, limit=5).warnings == []


def test_the_cli_warns_on_stderr_and_still_searches(tmp_path):
    ix = str(tmp_path / "ix")
    briefing("index", "--index-dir", ix, check=0)
    for extra in ([], ["--json"]):
        p = briefing("search", "title:(", "--index-dir", ix, *extra, check=0)
        assert 'warning: "title:" has nothing to search for after it' in p.stderr
        assert "opening bracket is not closed" in p.stderr
    p = briefing("search", "Blackwell", "--index-dir", ix, check=0)
    assert "warning" not in p.stderr


async def test_the_app_status_names_the_problem(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "title:(")
        status = str(app.query_one("#search-status").render())
        assert status.startswith('⚠ "title:" has nothing to search for')
        results = app.query_one("#results", ResultsList)  # no hits: every warning in full where they would be
        note = results.get_option_at_index(0).prompt.plain
        assert "the word \"title\" was searched" in note and "opening bracket is not closed" in note
        await search(app, pilot, "Blackwell")
        assert "⚠" not in str(app.query_one("#search-status").render())
