"""Sentence splitting around political and date abbreviations; page furniture is never a claim."""

from __future__ import annotations

import pytest

from briefing.index.compare import compare_articles, split_sentences
from briefing.index.compare.boilerplate import is_boilerplate
from briefing.index.models import Article


def art(aid: str, body: str) -> Article:
    return Article(id=aid, path=aid + ".txt", title=aid, body=body, hash=aid)


@pytest.mark.parametrize("abbr", ["Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Gen.", "Dept.", "U.S.", "U.K.",
                                  "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."])
def test_abbreviation_does_not_end_a_sentence(abbr):
    text = f"Officials met {abbr} Warren and others on Friday. A second sentence follows."
    got = [s.text for s in split_sentences(text)]
    assert got == [f"Officials met {abbr} Warren and others on Friday.", "A second sentence follows."]


def test_number_abbreviation_only_before_a_number_and_state_abbreviations():
    text = ("It ranked No. 1 in the poll. Gov. Chris Christie (R-N.J.) said no. The vote was close. "
            "Sen. Rand Paul (R-Ky.) Objected. Sens. John McCain and Lindsey Graham agreed.")
    got = [s.text for s in split_sentences(text)]
    assert got == ["It ranked No. 1 in the poll.", "Gov. Chris Christie (R-N.J.) said no.", "The vote was close.",
                   "Sen. Rand Paul (R-Ky.) Objected.", "Sens. John McCain and Lindsey Graham agreed."]


@pytest.mark.parametrize("line", ["Share on Facebook", "Share this article", "Tweet", "Email", "Subscribe to our newsletter",
                                  "Sign up for the morning briefing", "Follow us on Twitter", "Read more", "Advertisement",
                                  "Skip to main content", "Most popular", "© 2016 Example Media",
                                  "Related: Trump's week in review", "Photo: Getty Images", "Click here to subscribe."])
def test_furniture_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Share prices fell 3% on Tuesday after the report.", "Email records show the meeting "
                                  "took place.", "He said the newsletter was cancelled last year by the board.",
                                  "Comey told lawmakers the review was complete."])
def test_reporting_is_not_boilerplate(line):
    assert not is_boilerplate(line)


MENU = "Home\nWorld\nU.S. News\nPolitics\nShare on Facebook\nShare on Twitter\nSubscribe to our newsletter\n\n"


def test_a_run_of_short_lines_is_a_menu_but_a_lone_subheading_is_not():
    text = "World\nU.S. News\nPolitics\n\nThe vote was close.\n\nBoosting Huawei, SMIC\n\nShares rose 5% on Tuesday."
    marks = {s.text: s.boilerplate for s in split_sentences(text)}
    assert marks == {"World": True, "U.S. News": True, "Politics": True, "The vote was close.": False,
                     "Boosting Huawei, SMIC": False, "Shares rose 5% on Tuesday.": False}


def test_two_stories_of_one_site_share_no_menu_lines():
    a = art("a", MENU + "The city council approved a new budget for parks on Monday.\n\nThe vote was 7 to 2.")
    b = art("b", MENU + "A storm knocked out power to thousands of homes overnight.\n\nCrews expect repairs by Friday.")
    c = compare_articles(a, b, [], [])
    assert c.pairs == [] and c.summary.shared == 0
    assert [c.sentences_a[i].text for i in c.unique_a] == [
        "The city council approved a new budget for parks on Monday.", "The vote was 7 to 2."]
    assert all(not s.boilerplate for s in c.sentences_a if s.index in c.unique_a)
    assert all(r.a not in {s.index for s in c.sentences_a if s.boilerplate} for r in c.rows)


def test_same_story_still_aligns_with_menus_around_it():
    a = art("a", MENU + "Sen. Elizabeth Warren criticised the bank merger on Monday.")
    b = art("b", "Sen. Elizabeth Warren on Monday criticised the bank merger.\n\n" + MENU)
    c = compare_articles(a, b, [], [])
    assert [(c.sentences_a[p.a].text, c.sentences_b[p.b].text) for p in c.pairs] == [
        ("Sen. Elizabeth Warren criticised the bank merger on Monday.",
         "Sen. Elizabeth Warren on Monday criticised the bank merger.")]
