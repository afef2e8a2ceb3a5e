"""Guards on namesakes and peers' titles in the speaker table: one person whose posts name two countries
(a past post, a diplomat's, a birthplace, a body named after a country) stays one row; two namesakes told
apart are rows every search and export reaches; a judge's ``Lady`` is no baroness of other posts or place; a
stored table of older rules, or one cut short, is built again.
Rows written for these tests: (article, speaker, role, mention, quotes)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_helpers import write_texts

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.namesakes import countries
from cli_inprocess import briefing_main as briefing


def _names(rows) -> dict[str, int]:
    return {s.name: s.count for s in build_table(rows).speakers}


def _two_posts(a: str, b: str, name: str = "Tom Ravel"):
    return [["a", name, a, f"{a} {name}", 2], ["b", name, b, f"{b} {name}", 1]]


@pytest.mark.parametrize("a, b", [
    ("ambassador to France", "UK diplomat"),  # the post's place, not the side he is of
    ("France envoy", "UK diplomat"),  # a diplomat's country may be the host's
    ("Irish-born US senator", "Ireland rugby captain"),  # a birthplace: two countries in one article
    ("English-born Wales coach", "England fan"),
    ("former England captain", "Wales coach"),  # a past post: people move
    ("ex-England captain", "Wales coach"),
    ("Bank of England governor", "Scotland rugby president"),  # a body named after a country
    ("Football Association of Wales chief executive", "England midfielder"),
    ("Minister for Wales", "England cricket chief"),
])
def test_one_person_whose_posts_name_two_countries_is_never_split(a, b):
    assert _names(_two_posts(a, b)) == {"Tom Ravel": 3}, (a, b)


def test_a_phrase_that_is_no_post_gives_no_country():
    rows = [["a", "Tom Ravel", "England striker", "England striker Tom Ravel", 2],
            ["b", "Tom Ravel", "who moved to Wales", "Tom Ravel, who moved to Wales", 1]]
    assert _names(rows) == {"Tom Ravel": 3}
    # the posts of two sides still tell two men apart
    assert _names(_two_posts("England striker", "Wales flanker")) == {"Tom Ravel (England striker)": 2,
                                                                       "Tom Ravel (Wales flanker)": 1}


def test_countries_of_a_post_stop_at_its_preposition():
    assert countries("ambassador to France") == set() and countries("Bank of England governor") == set()
    assert countries("UK ambassador to France") == {"uk"} and countries("Republic of Ireland manager") == {"ireland"}


def test_a_judges_lady_is_no_baroness_of_other_posts_or_place():
    assert _names([["a", "Lady Smith", "judge", "judge Lady Smith", 2],
                   ["b", "Baroness Smith of Basildon", "", "Baroness Smith of Basildon", 1]]) == {
        "Lady Smith": 2, "Baroness Smith of Basildon": 1}
    assert _names([["a", "Lady Smith", "Court of Session judge", "Court of Session judge Lady Smith", 2],
                   ["b", "Baroness Smith", "Labour peer", "Labour peer Baroness Smith", 1],
                   ["c", "Lady Smith", "", "Lady Smith", 1]]) == {"Lady Smith": 3, "Baroness Smith": 1}
    # one post in common: one woman
    assert _names([["a", "Lady Smith", "Labour peer", "Labour peer Lady Smith", 2],
                   ["b", "Baroness Smith", "Labour peer", "Labour peer Baroness Smith", 1]]) == {"Baroness Smith": 3}
    # a stage name and a lord of that name are two people
    assert _names([["a", "Lady Gaga", "singer", "singer Lady Gaga", 2], ["b", "Lady Gaga", "", "Lady Gaga", 1],
                   ["c", "Lord Gaga", "", "Lord Gaga", 1]]) == {"Lady Gaga": 3, "Lord Gaga": 1}


_ARTICLES = {
    "a1": "Ravel double sinks Spain\n\nEngland striker Tom Ravel scored twice as his side beat Spain.\n\n"
          "\u201cIt was a special night for all of us,\u201d said England striker Tom Ravel.",
    "a2": "Wales edge Scotland\n\nWales flanker Tom Ravel was named man of the match.\n\n"
          "\u201cThe forwards laid the platform, \u201d said Wales flanker Tom Ravel.\n\n"
          "\u201cWe knew they would come hard at us,\u201d Ravel said.",
    "a3": "Bank holds rates\n\n\u201cThe committee judged the risks balanced,\u201d said Bank of England governor Ann Pellow.",
    "a4": "Borrowing warning\n\n\u201cBorrowing on this scale cannot go on,\u201d said Scotland adviser Ann Pellow.",
    "a5": "Ravel \"=HYPERLINK\" row\n\n\u201cI am happy here, and that's all | there is to say,\u201d said England "
          "striker Tom Ravel.",
}


@pytest.fixture()
def corpus_dir(tmp_path):
    (tmp_path / "c").mkdir()
    return write_texts(tmp_path / "c", _ARTICLES), tmp_path / "ix"


def test_namesakes_rows_are_reached_by_search_and_every_export(corpus_dir):
    from briefing.index.library import open_library

    corpus, ix = corpus_dir
    with open_library(corpus, ix) as lib:
        table = {s.name: s.count for s in lib.speakers()}
        assert table == {"Tom Ravel (England striker)": 2, "Tom Ravel (Wales flanker)": 2, "Ann Pellow": 2}
        for name, n in table.items():
            assert len(lib.quotes(speaker=name)) == n, name
    for name, n in table.items():
        args = ["--corpus", str(corpus), "--index-dir", str(ix)]
        rows = list(csv.DictReader(io.StringIO(briefing("export", *args, "--speaker", name, "--format", "csv", "-o", "-",
                                                        check=0).stdout)))
        assert len(rows) == n and {r["speaker"] for r in rows} == {name}, name
        items = json.loads(briefing("export", *args, "--speaker", name, "--format", "json", "-o", "-", check=0).stdout)["items"]
        assert len(items) == n, name
        md = briefing("export", *args, "--speaker", name, "--format", "md", "-o", "-", check=0).stdout
        assert f"## {name}\n" in md and md.count("\n> \u2014 ") == n, name
    # the bare name finds both men, and says so
    p = briefing("export", "--corpus", str(corpus), "--index-dir", str(ix), "--speaker", "Tom Ravel", "--format", "csv",
                 "-o", "-", check=0)
    assert len(list(csv.DictReader(io.StringIO(p.stdout)))) == 4 and "names 2 speakers" in p.stderr


def test_a_stored_table_of_older_rules_or_cut_short_is_built_again(corpus_dir):
    from briefing.index.library import open_library
    from briefing.index.speaker_table import TABLE_FILE

    corpus, ix = corpus_dir
    with open_library(corpus, ix) as lib:
        want = {s.name: s.count for s in lib.speakers()}
    stored = (ix / TABLE_FILE).read_text(encoding="utf-8")
    assert stored.startswith('{"schema_version":4,')
    for bad, why in ((stored.replace('"schema_version":4', '"schema_version":3', 1), "older grouping rules (schema 3)"),
                     (stored[:80], "damaged"), ("\x00\ufffdnot json", "damaged")):
        (ix / TABLE_FILE).write_text(bad, encoding="utf-8")
        p = briefing("speakers", "--corpus", str(corpus), "--index-dir", str(ix), "--json")
        assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
        p = briefing("index", "--corpus", str(corpus), "--index-dir", str(ix), check=0)
        assert "Rebuilt the speaker table: " in p.stdout and why in p.stdout and "Traceback" not in p.stderr, p.stdout
        assert "speaker table" not in briefing("index", "--corpus", str(corpus), "--index-dir", str(ix), check=0).stdout
        assert (ix / TABLE_FILE).read_text(encoding="utf-8") == stored  # written again by the next update
        with open_library(corpus, ix) as lib:
            assert {s.name: s.count for s in lib.speakers()} == want


async def test_the_apps_speaker_picker_reaches_each_namesake(corpus_dir):
    from briefing.index.library import open_library
    from briefing.tui.screens.pickers import SpeakerPicker

    from app_helpers import app_for, settle

    corpus, ix = corpus_dir
    with open_library(corpus, ix) as lib:
        lib.speakers()
    app = app_for(ix, corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for typed, name, n in (("wales", "Tom Ravel (Wales flanker)", 2), ("england striker", "Tom Ravel (England striker)", 2)):
            await pilot.press("escape", "s")
            await settle(app, pilot)
            assert isinstance(app.screen, SpeakerPicker)
            await pilot.press(*typed.split()[0])
            for word in typed.split()[1:]:
                await pilot.press("space", *word)
            await settle(app, pilot)
            assert [app.screen._speakers[i].name for i in app.screen.matching(typed)] == [name]
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.speaker_filter_name == name and len(app.quote_rows) == n
            assert {q.speaker for q in app.quote_rows} == {name}
