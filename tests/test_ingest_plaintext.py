"""Plain text as real outlets write it: headlines with abbreviations, captions, end notes and credits."""

from __future__ import annotations

import pytest

from briefing.index.ingest import load_path

LEAD = ("Democrats in the state legislature said on Monday they would file suit over the new voting law, "
        "which requires proof of citizenship for anyone registering by mail.\n\n"
        "\u201cThis law will keep eligible voters from the polls,\u201d said state Sen. Maria Lopez.\n\n"
        "The secretary of state's office did not respond to a request for comment.\n")


@pytest.mark.parametrize("headline", [
    "Democrats to sue Ariz. over proof-of-citizenship voting law",
    "Democrats to sue Ariz.",
    "State Dept. orders non-emergency staff to leave embassy",
    "Sen. Kelly presses Pentagon on drone program",
    "U.S. and Mexico reach deal on water deliveries",
    "Why the U.S. is rethinking its chip curbs",
    # a headline line of its own that ends with a full stop or an ellipsis
    "Council backs the budget after a long night.",
    "Rivals of the cheapest laptop on the market...",
    "Rivals of the cheapest laptop on the market\u2026",
    "Democrats to sue the state over its voting law.",
    "Mayor\u2019s plan \u201cwill not work\u201d, council says.",
])
def test_a_headline_is_the_whole_line(tmp_path, headline):
    p = tmp_path / "a.txt"
    p.write_text(f"{headline}\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.title == headline
    assert a.body.startswith("Democrats in the state legislature")


def test_first_sentence_title_does_not_stop_at_abbreviations(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Officials at the State Dept. and Sen. Lopez's office said on Monday the embassy would close. "
                 "Staff were told to leave.\n\nA second paragraph follows here.\n", encoding="utf-8")
    (a,) = load_path(p)
    assert a.title == "Officials at the State Dept. and Sen. Lopez's office said on Monday the embassy would close."


def test_a_photo_caption_first_is_not_the_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("State Sen. Maria Lopez speaks at the Capitol in Phoenix on March 3, 2025. (Photo by Ross D. "
                 "Franklin/AP)\nDemocrats to sue Ariz. over voting law\n\n" + LEAD, encoding="utf-8")
    (a,) = load_path(p)
    assert a.title == "Democrats to sue Ariz. over voting law"
    q = tmp_path / "b.txt"  # a caption and no headline: the title comes from the article's first sentence
    q.write_text("Photo: Ross D. Franklin/AP\n" + LEAD, encoding="utf-8")
    (b,) = load_path(q)
    assert b.title.startswith("Democrats in the state legislature") and "Photo" not in b.title


@pytest.mark.parametrize("ending,source", [
    ("This article has been updated based on further reporting.", None),
    ("This story has been updated with additional reporting from Phoenix.", None),
    ("Jane Doe contributed reporting from Phoenix.", None),
    ("Photo: Ross D. Franklin/AP", None),
    ("Updated at 5:42 p.m. ET", None),
    ("By Jane Doe and Sam Lee", None),
    ("The Associated Press contributed to this report.", "The Associated Press"),
    ("Reuters, with additional reporting by Sam Lee", "Reuters"),
])
def test_end_notes_bylines_and_credits(tmp_path, ending, source):
    p = tmp_path / "a.txt"
    p.write_text(f"Democrats to sue Ariz. over voting law\n\n{LEAD}\n{ending}\n", encoding="utf-8")
    (a,) = load_path(p)
    assert a.source == source


def test_a_credit_above_an_update_note_still_names_the_source(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Democrats to sue Ariz. over voting law\n\n{LEAD}\nThe Associated Press contributed to this "
                 "report.\n\nThis article has been updated based on further reporting.\n", encoding="utf-8")
    (a,) = load_path(p)
    assert a.source == "The Associated Press"


@pytest.mark.parametrize("byline,author,source", [
    ("By Jane Doe", "Jane Doe", None),
    ("By Jane Doe and Sam Lee", "Jane Doe and Sam Lee", None),
    ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
    ("By Ana de la Cruz, The Associated Press", "Ana de la Cruz", "The Associated Press"),
    ("By Jane Doe, Sam Lee and Seán Ó Briain, Staff Writers", "Jane Doe, Sam Lee and Seán Ó Briain", None),
    ("BY JANE DOE AND SAM LEE", "Jane Doe and Sam Lee", None),
])
def test_a_byline_at_the_top_is_the_author_not_body_text(tmp_path, byline, author, source):
    p = tmp_path / "a.txt"
    p.write_text(f"Democrats to sue Ariz. over voting law\n\n{byline}\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.author == author and a.source == source
    assert a.body.startswith("Democrats in the state legislature") and byline not in a.body
    q = tmp_path / "b.txt"  # no headline: the byline is the first line
    q.write_text(f"{byline}\n{LEAD}", encoding="utf-8")
    (b,) = load_path(q)
    assert b.author == author and b.title.startswith("Democrats in the state legislature")
    assert b.body.startswith("Democrats in the state legislature")


@pytest.mark.parametrize("line", [
    "By Tuesday the talks had collapsed and both delegations had gone home.",
    "By Tuesday, the talks had collapsed",
    "By then, nothing was left",
    "By 2030, emissions must halve",
    "By Land and Sea",
    "By Jane Doe, who covers the state capitol",
])
def test_a_sentence_starting_with_by_stays_in_the_body(tmp_path, line):
    p = tmp_path / "a.txt"
    p.write_text(f"Democrats to sue Ariz. over voting law\n\n{line}\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.author is None
    assert a.body.startswith(line)


def test_a_byline_below_the_first_paragraph_is_article_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Democrats to sue Ariz. over voting law\n\n{LEAD}\nBy Jane Doe\n\nMore text here.\n",
                 encoding="utf-8")
    (a,) = load_path(p)
    assert "By Jane Doe" in a.body


def test_a_markdown_byline_under_the_heading_is_the_author(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(f"# Democrats to sue Ariz.\n\n*By Jane Doe*\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.author == "Jane Doe" and a.title == "Democrats to sue Ariz."
    assert "By Jane Doe" not in a.body and "Democrats in the state legislature" in a.body


@pytest.mark.parametrize("rel, date", [
    ("2016-03-01-budget-vote.txt", "2016-03-01"),
    ("20160301_budget_vote.txt", "2016-03-01"),
    ("budget_2016_03_01.txt", "2016-03-01"),
    ("2016/03/01/budget-vote.txt", "2016-03-01"),
    ("politics/2016/03/01/budget-vote.txt", "2016-03-01"),
    ("2016-13-45-budget-vote.txt", None),  # not a calendar date
    ("20161345_budget.txt", None),
    ("2016/13/45/budget.txt", None),
    ("budget-vote.txt", None),
    ("report-12345678.txt", None),  # a number, not a year
    ("2016/budget-vote.txt", None),  # a year folder alone is not a day
])
def test_a_text_file_without_a_date_takes_the_one_in_its_path(tmp_path, rel, date):
    p = tmp_path / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f"Council backs the budget after a long night\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p, root=tmp_path)
    assert (a.date.isoformat() if a.date else None) == date


def test_a_date_in_the_text_wins_over_the_path_and_the_index_has_the_path_date(tmp_path):
    from briefing.index.library import open_library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2016-03-01-budget.txt").write_text(f"Council backs the budget\n\nMarch 3, 2016\n\n{LEAD}",
                                                  encoding="utf-8")
    (corpus / "20160302_vote.txt").write_text(f"Council backs the vote\n\n{LEAD}", encoding="utf-8")
    with open_library(corpus, tmp_path / "ix") as lib:
        dates = {h.title: h.date.isoformat() for h in lib.search("council", limit=5).hits}
        assert dates == {"Council backs the budget": "2016-03-03", "Council backs the vote": "2016-03-02"}
        assert [h.title for h in lib.search("council date:2016-03-02", limit=5).hits] == ["Council backs the vote"]


@pytest.mark.parametrize("first, field, value", [
    ("March 3, 2016.", "date", "2016-03-03"),
    ("Posted on 3 March 2016.", "date", "2016-03-03"),
    ("Published Thursday, March 3, 2016, 10:00 GMT.", "date", "2016-03-03"),
    ("Nadia Marsh, Staff Writer.", "author", "Nadia Marsh"),
    ("Reporting by Nadia Marsh.", "source", "Reuters"),
    ("Copyright 2016 Reuters.", "source", "Reuters"),
])
def test_a_metadata_line_with_a_full_stop_is_no_headline_and_gives_its_metadata(tmp_path, first, field, value):
    p = tmp_path / "a.txt"
    p.write_text(f"{first}\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    got = getattr(a, field)
    assert (got.isoformat() if field == "date" and got else got) == value
    assert a.body.startswith(first) == (field != "author")  # in the body (a byline moves to the author)


@pytest.mark.parametrize("first", [
    "Officials met on Monday. They talked about chips.",  # two sentences: a lede
    "The council met on Monday to debate the budget, which has been delayed twice this year by a dispute "
    "over how much the city should spend on its buses.",  # one long sentence: a lede
    "\u201cThis law will keep eligible voters from the polls.\u201d",  # a quotation
    "This story has been updated.",  # an editor's note
])
def test_a_first_paragraph_that_is_a_lede_stays_in_the_body(tmp_path, first):
    p = tmp_path / "a.txt"
    p.write_text(f"{first}\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.body.startswith(first)


def test_a_full_stop_line_running_on_into_the_next_line_is_not_a_headline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Officials met on Monday.\nThey talked about chips.\n\n{LEAD}", encoding="utf-8")
    (a,) = load_path(p)
    assert a.title == "Officials met on Monday." and a.body.startswith("Officials met on Monday.\n")
