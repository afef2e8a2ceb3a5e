"""Queries with thousands of ranges or ``date:`` clauses (which Whoosh's parser and query normalizer
handle in quadratic time) are refused with a clear error; up to :data:`MAX_RANGES` are searched."""

from __future__ import annotations

import pytest

from briefing.index.errors import QueryError
from briefing.index.query_dates import MAX_RANGES, normalize_dates, relative_dates
from cli_inprocess import briefing_main as briefing

HOSTILE = {
    "or'd dates": " OR ".join(f"date:2016-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)),
    "a date group": "date:(" + " OR ".join(f"2016-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)) + ")",
    "unclosed brackets": "chips [" * 2000,
    "unclosed date ranges": "date:[" * 2000,
    "date words": " OR ".join(["date:yesterday"] * 2000),
    "boosted years": "date:2016^" * 2000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_thousands_of_ranges_are_a_clear_error(seeds_library, name):
    with pytest.raises(QueryError, match=f"too many ranges and date: clauses in the query \\(more than {MAX_RANGES}\\)"):
        seeds_library.search(HOSTILE[name])


def test_a_date_group_at_the_limit_is_searched(seeds_library):
    years = [str(y) for y in range(1500, 1500 + MAX_RANGES - 1)] + ["2025"]
    grouped = seeds_library.search("date:(" + " OR ".join(years) + ")", limit=5)
    assert grouped.total == seeds_library.search("date:2025", limit=5).total > 0


def test_the_cli_says_so_without_a_traceback(seeds_dir, tmp_path):
    r = briefing("--corpus", str(seeds_dir), "--index-dir", str(tmp_path / "ix"), "search", HOSTILE["a date group"],
                 env={"BRIEFING_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode != 0
    assert "too many ranges" in r.stderr and "Traceback" not in r.stderr


def test_relative_dates_reads_a_range_inside_a_run_of_open_brackets():
    assert normalize_dates("chips") == "chips"
    warnings = relative_dates("date:[" * 50 + "yesterday to today]")
    assert len(warnings) == 1 and '"date:[yesterday to today]"' in warnings[0]
