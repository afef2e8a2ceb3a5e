"""One name per person across the corpus: the speaker table, and the same speakers and counts in
every view (speakers, quotes --speaker, speaker: queries, the Library API, exports)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_helpers import speakers_by_text, write_texts

from briefing.index.quotes.canonical import split_speaker_terms
from briefing.index.quotes.grouping import build_table, merge_speakers
from briefing.index.quotes.name_forms import parse_name, validity

from cli_inprocess import briefing_main as briefing
from test_cli import briefing as briefing_process

# ---------------------------------------------------------------------------- the table, from rows

HE = [["d1", "Donald Trump", "", "he", 3], ["d2", "Donald Trump", "", "He", 2]]
SHE = [["m1", "Melania Trump", "", "she", 2]]


def _names(table) -> dict[str, int]:
    return {s.name: s.count for s in table.speakers}


def test_name_forms_split_role_title_and_initials():
    f = parse_name("Republican presidential hopeful Donald J. Trump")
    assert (f.plain, f.role, f.identity, f.surname) == ("Donald J. Trump", "Republican presidential hopeful",
                                                        "donald trump", "trump")
    assert parse_name("Mrs. Trump").gender == "f" and parse_name("Mrs. Trump").single
    assert parse_name("Mr Trump").gender == "m"
    assert parse_name("Donald Trump Jr.").identity != parse_name("Donald Trump").identity
    assert parse_name("Melania Trump").identity != parse_name("Donald Trump").identity
    assert not parse_name("A spokesman for Tony Blair").person  # the spokesman is not Tony Blair
    assert not parse_name("Analysts").person and not parse_name("BBC").person


@pytest.mark.parametrize("text, plain, role", [
    ("Secretary of State John Kerry", "John Kerry", "Secretary of State"),
    ("Minister of Finance Jane Doe", "Jane Doe", "Minister of Finance"),
    ("Chancellor of the Exchequer George Osborne", "George Osborne", "Chancellor of the Exchequer"),
    ("Governor of the Bank of England Mark Carney", "Mark Carney", "Governor of the Bank of England"),
    ("Secretary of State for Health Jeremy Hunt", "Jeremy Hunt", "Secretary of State for Health"),
    ("Secretary of State Kerry", "Kerry", "Secretary of State"),
])
def test_a_role_phrase_with_of_before_a_name_is_the_persons_role(text, plain, role):
    f = parse_name(text)
    assert f.person and (f.plain, f.role) == (plain, role)
    assert f.identity == parse_name(plain).identity and f.surname == parse_name(plain).surname


@pytest.mark.parametrize("text", ["Bank of England", "Duke of Edinburgh", "President of France", "Secretary of State",
                                  "A spokesman for Tony Blair"])
def test_of_phrases_that_name_no_person_stay_so(text):
    f = parse_name(text)
    assert not f.person


def test_surname_middle_initial_and_role_forms_join_the_one_person():
    rows = HE + [["a", "Trump", "", "Trump", 4], ["b", "Donald J. Trump", "", "Donald J. Trump", 5],
                 ["c", "Republican presidential hopeful Donald Trump", "", "", 1],
                 ["d", "Trump", "", "Mr. Trump", 2]]
    t = build_table(rows)
    assert _names(t) == {"Donald J. Trump": 17}  # the fullest plain form names the person
    s = t.speakers[0]
    assert {"Trump", "Donald Trump", "Mr. Trump", "Republican presidential hopeful Donald Trump"} <= set(s.aliases)
    assert "Republican presidential hopeful" in s.roles
    for alias in ("trump", "Donald Trump", "Mr. Trump", "donald j trump"):
        assert t.find(alias) == [s]
    assert t.speaker_of("d", "Trump", "Mr. Trump") == "Donald J. Trump"


def test_organisation_roles_and_affiliations_join_the_person_they_name():
    """'Union spokesman X' and 'X of the FNV union' name X: organisation words in the role or after
    the name do not make the speaker an organisation (they still do when they are the name)."""
    forms = ["Jan Bakker", "Jan Bakker of the FNV union", "Union spokesman Jan Bakker"]
    assert {parse_name(f).identity for f in forms} == {"jan bakker"}
    assert parse_name("Union spokesman Jan Bakker").role == "Union spokesman"
    assert parse_name("Jan Bakker of the FNV union").role == "of the FNV union"
    assert parse_name("Bank of England Governor Mark Carney").plain == "Mark Carney"
    for org in ("Bank of England", "Acme Holdings", "University of Michigan"):
        assert not parse_name(org).person, org
    rows = [["a", f, "", f, 1] for f in forms]
    assert _names(build_table(rows)) == {"Jan Bakker": 3}


def test_people_sharing_a_surname_never_merge():
    rows = HE + SHE + [["i1", "Ivanka Trump", "", "Ivanka Trump", 3], ["j1", "Donald Trump Jr.", "", "", 2],
                       ["x", "Mrs. Trump", "", "Mrs. Trump", 1]]
    t = build_table(rows)
    names = _names(t)
    assert names["Donald Trump"] == 5 and names["Melania Trump"] == 2 and names["Ivanka Trump"] == 3
    assert names["Donald Trump Jr."] == 2
    assert names["Mrs. Trump"] == 1  # two women share it and the article names neither: kept apart


def test_a_courtesy_title_must_agree_with_the_person():
    # the quote's article gave "Mrs. Trump" to Donald Trump; the corpus says Donald Trump is "he"
    rows = HE + SHE + [["w", "Donald Trump", "", "Mrs. Trump", 1, ["Melania Trump"]]]
    t = build_table(rows)
    assert t.speaker_of("w", "Donald Trump", "Mrs. Trump") == "Melania Trump"
    assert _names(t) == {"Donald Trump": 5, "Melania Trump": 3}
    # with no woman of that name in the article, it stays apart rather than going to a man
    t2 = build_table(HE + [["w", "Donald Trump", "", "Mrs. Trump", 1, ["Donald Trump"]]])
    assert t2.speaker_of("w", "Donald Trump", "Mrs. Trump") != "Donald Trump"


def test_an_ambiguous_surname_goes_to_the_person_its_article_names():
    rows = HE + SHE + [["n1", "Trump", "", "Trump", 2, ["Melania Trump"]],  # names Melania only
                       ["n2", "Trump", "", "Trump", 3, ["Donald Trump"]],
                       ["n3", "Trump", "", "Trump", 4, ["Donald Trump", "Melania Trump"]],  # both: apart
                       ["n4", "Trump", "", "Trump", 1]]  # none: apart
    t = build_table(rows)
    assert t.speaker_of("n1", "Trump", "Trump") == "Melania Trump"
    assert t.speaker_of("n2", "Trump", "Trump") == "Donald Trump"
    assert t.speaker_of("n3", "Trump", "Trump") == t.speaker_of("n4", "Trump", "Trump") == "Trump"
    assert _names(t) == {"Donald Trump": 8, "Melania Trump": 4, "Trump": 5}
    assert t.find("Trump")[0].name == "Trump"  # the name of a speaker in the list means that speaker
    assert {s.name for s in t.find("Melania")} == {"Melania Trump"}


def test_non_speakers_rank_after_named_ones():
    rows = [["b1", "It follows a new book charting", "", "", 40], ["b2", "Twitter", "", "", 30],
            ["b3", "the report", "", "", 25], ["b4", "Edmonton", "", "", 20], ["b5", "analysts", "", "", 15],
            ["b6", "Jane Roe", "", "", 2], ["b7", "Acme Corp", "", "", 1]]
    t = build_table(rows)
    kinds = [(s.name, s.kind) for s in t.speakers]
    assert kinds[:2] == [("Jane Roe", "named"), ("Acme Corp", "named")]
    assert ("analysts", "group") == kinds[2]
    assert {k for _, k in kinds[3:]} == {"other"}
    assert validity("Theresa May") == "named" and validity("Although Trump") == "other"


def test_user_merges_win_and_counts_follow():
    rows = HE + [["z", "The Donald", "", "", 2]]
    t = build_table(rows, {"The Donald": "Donald Trump"})
    assert _names(t) == {"Donald Trump": 7}
    assert t.speaker_of("z", "The Donald", "") == "Donald Trump"


def test_speaker_terms_are_taken_out_of_queries():
    assert split_speaker_terms('speaker:"donald trump" wall') == ("wall", ["donald trump"])
    assert split_speaker_terms("who:Trump AND wall") == ("wall", ["Trump"])
    assert split_speaker_terms("title:wall") == ("title:wall", [])
    assert split_speaker_terms('SPEAKER:"" wall') == ("wall", [])  # an empty name: no speaker, no crash


# ---------------------------------------------------------------------------- a real corpus, every view

ARTICLES = {
    "rally": "Trump rallies Ohio\n\nDonald Trump spoke in Ohio on Monday.\n\n“We will build it,” Donald Trump "
             "said at the rally.\n\n“Nobody builds walls better than me,” Trump said. “It will be beautiful,” he "
             "added.\n\nHis wife also spoke. “My husband is a fighter,” Melania Trump said.",
    "iowa": "Trump in Iowa\n\n“The economy is a disaster,” Donald J. Trump told supporters in Iowa.\n\n“We are "
            "going to win so much,” Mr. Trump said.",
    "school": "First lady at school\n\nMelania Trump visited a school in Maryland.\n\n“Children deserve kindness "
              "online,” Mrs. Trump said.\n\n“I grew up in Slovenia,” she said.",
    "ivanka": "Ivanka speaks\n\n“My father will make America great,” Ivanka Trump said on Tuesday.\n\n“He "
              "listens to everyone,” Ms. Trump told reporters.",
    "miami": "Florida campaign\n\n“We will win Florida,” Republican presidential hopeful Donald Trump said in "
             "Miami.\n\nThe crowd cheered.",
    "gala": "A gala evening\n\nDonald Trump and his wife arrived at the White House on Sunday.\n\n“Welcome to our "
            "home,” Mrs. Trump said.",
    "trade": "Trade\n\n“Trade deals are terrible,” Trump said on Friday.",
    "acme": "Acme results\n\n“Sales rose in every region,” Acme Corp said in a statement.\n\n“We expect more "
            "growth,” said Jane Roe, the chief executive of Acme Corp.",
    "court": "Court filing\n\n“The filing was late,” Attorney Joshua Levy said.\n\n“We will appeal,” Levy said.",
    "relief": "Debt relief\n\n“This is the first time debt relief has been offered in full,” said UK Chancellor of "
              "the Exchequer Gordon Brown.\n\nOn top of the relief deal with Tanzania Mr Brown said the UK would "
              "make similar offers to other countries.\n\n“We want every country to benefit,” Mr Brown added.",
    "budget": "Budget talks\n\n“The budget is balanced,” Vice President Joseph R. Okafor Jr. said on Monday.",
    "townhall": "Town hall\n\n“We owe voters the truth,” Joe Okafor said at a town hall in Dayton.",
}


@pytest.fixture(scope="module")
def trump_corpus(tmp_path_factory):
    return write_texts(tmp_path_factory.mktemp("trump-corpus"), ARTICLES)


@pytest.fixture
def trump_lib(trump_corpus, tmp_path):
    from briefing.index.library import open_library

    lib = open_library(trump_corpus, tmp_path / "ix")
    yield lib
    lib.close()


def test_the_trump_family_on_an_indexed_corpus(trump_lib):
    speakers = {s.name: s for s in trump_lib.speakers()}
    said = speakers_by_text(trump_lib)
    donald = said["The economy is a disaster"]
    assert donald.startswith("Donald") and donald.endswith("Trump")
    for text in ("We will build it", "Nobody builds walls better than me", "We are going to win so much",
                 "We will win Florida"):
        assert said[text] == donald, text
    assert said["Children deserve kindness online"] == said["My husband is a fighter"] == "Melania Trump"
    assert said["My father will make America great"] == said["He listens to everyone"] == "Ivanka Trump"
    assert said["Welcome to our home"] not in (donald, None)  # "Mrs. Trump" is never Donald Trump
    assert not any("hopeful" in n for n in speakers)  # a role is not a name
    assert "Republican presidential hopeful" in speakers[donald].roles
    assert speakers["Acme Corp"].kind == "named"


def test_role_words_and_glued_places_leave_the_name(trump_lib):
    speakers = {s.name: s for s in trump_lib.speakers()}
    said = speakers_by_text(trump_lib)
    assert said["The filing was late"] == said["We will appeal"] == "Joshua Levy"
    assert "Attorney" in speakers["Joshua Levy"].roles
    brown = said["This is the first time debt relief has been offered in full"]
    assert brown == "Gordon Brown"  # the speaker string was the role "UK Chancellor"; its mention names him
    assert said["the UK would make similar offers to other countries"] == said["We want every country to benefit"] \
        == brown
    assert not any(n.startswith(("Attorney", "UK Chancellor")) for n in speakers)
    assert not any("Tanzania" in a for a in speakers[brown].aliases)
    assert "UK Chancellor of the Exchequer" in speakers[brown].roles


def test_a_nickname_and_a_suffix_name_one_person_in_every_view(trump_lib, trump_corpus):
    said = speakers_by_text(trump_lib)
    name = said["The budget is balanced"]
    assert name == said["We owe voters the truth"] == "Joseph R. Okafor Jr."
    person = next(s for s in trump_lib.speakers() if s.name == name)
    assert person.count == 2 and "Joe Okafor" in person.aliases
    assert len(trump_lib.quotes(speaker="Joe Okafor")) == 2
    rows = briefing("quotes", "--speaker", "Joe Okafor", "--json", "--corpus", str(trump_corpus), "--index-dir",
                    str(trump_lib.index_dir), check=0).stdout.splitlines()
    assert {json.loads(r)["speaker"] for r in rows} == {name} and len(rows) == 2


def test_the_nickname_table_is_read_and_its_absence_is_told(trump_lib, trump_corpus, tmp_path):
    from briefing.index.quotes.name_merge import nickname_table_error, same_given_name

    assert nickname_table_error() is None and same_given_name("joe", "joseph")  # the path expected: the package
    broken = tmp_path / "site" / "nicknames"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('a broken install')\n", encoding="utf-8")
    # a process of its own: the broken package is found first on its start-up path
    p = briefing_process("speakers", "--corpus", str(trump_corpus), "--index-dir", str(trump_lib.index_dir),
                         env={"PYTHONPATH": str(broken.parent)}, check=0)
    assert "nicknames package cannot be used (ImportError: a broken install)" in p.stderr
    assert "Traceback" not in p.stderr and "Okafor" in p.stdout


def test_counts_agree_across_views(trump_lib, trump_corpus, tmp_path):
    lib = trump_lib
    ix = str(lib.index_dir)
    speakers = lib.speakers()
    attributed = [q for q in lib.quotes() if q.speaker]
    assert sum(s.count for s in speakers) == len(attributed)
    cli = {json.loads(x)["name"]: json.loads(x)["count"]
           for x in briefing("speakers", "--json", "--corpus", str(trump_corpus), "--index-dir", ix,
                             check=0).stdout.splitlines()}
    assert cli == {s.name: s.count for s in speakers}
    for s in speakers:
        api = lib.quotes(speaker=s.name)
        assert len(api) == s.count and {q.speaker for q in api} == {s.name}, s.name
        assert {q.article_id for q in api} == set(s.articles)
        assert len(lib.quotes(query=f'speaker:"{s.name}"')) == s.count
        assert {h.id for h in lib.search(f'speaker:"{s.name}"', limit=50).hits} == set(s.articles)
        for alias in s.aliases:  # any alias that names no other speaker means this one
            if [x.name for x in lib.speaker_table().find(alias)] == [s.name]:
                assert len(lib.quotes(speaker=alias)) == s.count, alias
    donald = next(s for s in speakers if s.name.startswith("Donald"))
    by_name = {s.name: s for s in speakers}
    for person, name in [(donald, n) for n in (donald.name, "Donald J. Trump", "Mr. Trump",
                                                "Republican presidential hopeful Donald Trump")] + [
            (by_name["Joshua Levy"], "Joshua Levy"), (by_name["Joshua Levy"], "Attorney Joshua Levy"),
            (by_name["Gordon Brown"], "Gordon Brown"), (by_name["Gordon Brown"], "UK Chancellor")]:
        rows = briefing("quotes", "--speaker", name, "--json", "--corpus", str(trump_corpus), "--index-dir", ix,
                        check=0).stdout.splitlines()
        assert len(rows) == person.count and {json.loads(r)["speaker"] for r in rows} == {person.name}, name
    # exports: JSON items, CSV rows and Markdown groups carry the same speaker and count
    common = ["export", "--speaker", "Donald Trump", "--corpus", str(trump_corpus), "--index-dir", ix]
    doc = json.loads(briefing(*common, "--format", "json", check=0).stdout)
    assert len(doc["items"]) == donald.count and {i["quote"]["speaker"] for i in doc["items"]} == {donald.name}
    rows = list(csv.DictReader(io.StringIO(briefing(*common, "--format", "csv", check=0).stdout)))
    assert len(rows) == donald.count and {r["speaker"] for r in rows} == {donald.name}
    every = ["export", "--query", "*", "--format", "md", "--corpus", str(trump_corpus), "--index-dir", ix]
    md = briefing(*every, check=0).stdout
    headings = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert headings.count(donald.name) == 1 and not any("hopeful" in h for h in headings)
    assert not any(h.startswith(("Attorney", "UK Chancellor")) or "Tanzania" in h for h in headings)
    for person in (donald, by_name["Joshua Levy"], by_name["Gordon Brown"]):
        assert headings.count(person.name) == 1, person.name
        section = md.split(f"## {person.name}\n", 1)[1].split("\n## ", 1)[0]
        assert section.count("\n> — ") == person.count, person.name  # one attribution line per quote


def test_speakers_follow_incremental_reindexing(trump_corpus, tmp_path):
    import shutil

    from briefing.index.library import open_library

    corpus = tmp_path / "c"
    shutil.copytree(trump_corpus, corpus)
    with open_library(corpus, tmp_path / "ix") as lib:
        before = {s.name: s.count for s in lib.speakers()}
        (corpus / "school.txt").unlink()  # Melania's article goes
        (corpus / "more.txt").write_text("More\n\n“We will win again,” Donald J. Trump said.\n", encoding="utf-8")
        lib.update()
        after = {s.name: s.count for s in lib.speakers()}
        donald = next(n for n in after if n.startswith("Donald"))
        assert after[donald] == before[donald] + 1
        assert after["Melania Trump"] == before["Melania Trump"] - 2
        for s in lib.speakers():
            assert len(lib.quotes(speaker=s.name)) == s.count
    # the index stores the table for the manifest it was built from; without it the same is built
    from briefing.index.speaker_table import TABLE_FILE, load_table, manifest_stamp

    stored = load_table(tmp_path / "ix", manifest_stamp(tmp_path / "ix"))
    assert stored is not None and [(s.name, s.count) for s in stored.speakers] == list(after.items())
    (tmp_path / "ix" / TABLE_FILE).unlink()
    with open_library(corpus, tmp_path / "ix") as lib:
        assert {s.name: s.count for s in lib.speakers()} == after


def test_merge_speakers_of_a_quote_list():
    from briefing.index.quotes import extract_quotes

    quotes = [q for name, text in ARTICLES.items() for q in extract_quotes(text, name)]
    names = {s.name for s in merge_speakers(quotes)}
    assert "Melania Trump" in names and "Ivanka Trump" in names
    assert not any("hopeful" in n for n in names)


async def test_the_app_picker_and_pane_show_the_same_counts(trump_lib):
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    from app_helpers import option_texts, settle

    speakers = trump_lib.speakers()
    donald = next(s for s in speakers if s.name.startswith("Donald"))
    app = make_app(corpus=trump_lib.corpus, index_dir=trump_lib.index_dir, config=AppConfig(debounce_ms=0),
                   restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert [(s.name, s.count) for s in app.speakers] == [(s.name, s.count) for s in speakers]
        await pilot.press("escape")
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"donald j")  # an alias narrows the list to the one person
        rows = option_texts(app.screen.query_one("#speaker-list"))
        assert len(rows) == 1 and rows[0].startswith(donald.name) and f" {donald.count} quote" in rows[0]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.speaker_filter_name == donald.name
        assert len(app.quote_rows) == donald.count
        assert {q.speaker for q in app.quote_rows} == {donald.name}
