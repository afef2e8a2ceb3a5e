"""Round trip: a story written here is set into an outlet's page (menus, share bar, related links,
newsletter box, comments, footer) and read back, with trafilatura and with the plain fallback parser:
every paragraph of the story comes back, and none of the furniture. Each story holds paragraphs a
furniture rule could take for page furniture; the page layouts are the ones
``benchmarks/eval_html_roundtrip.py`` measures with real articles."""

from __future__ import annotations

from html import escape

import pytest

from briefing.index.ingest import html as html_ingest
from briefing.index.ingest import load_path

FURNITURE = ["Share on Facebook", "Copy the link to this page", "Council approves budget for new harbour bridge",
             "Sign up for our morning briefing and get the day's top stories delivered to your inbox.",
             "Great article, thanks for sharing this.", "Advertise with us"]


def _page(title: str, paras: list[str], layout: str) -> str:
    ps = "".join(f"<p>{escape(p)}</p>" for p in paras)
    if layout == "divs":
        ps = "".join(f"<div class=\"para\">{escape(p)}</div>" for p in paras)
    elif layout == "brbr":
        ps = "<div class=\"story\">" + "<br><br>\n".join(escape(p) for p in paras) + "</div>"
    half = len(ps) // 2
    cut = ps.find("<p>", half) if layout == "news" else -1
    newsletter = f"<div class=\"newsletter-signup\"><p>{FURNITURE[3]}</p><form><button>Sign up</button></form></div>"
    body = ps[:cut] + newsletter + ps[cut:] if cut > 0 else ps
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)} - Valley Ledger"
            f"</title><meta property=\"og:title\" content=\"{escape(title)}\"><meta property=\"article:published_time\""
            " content=\"2025-03-04T09:30:00\"></head><body><header class=\"site-header\"><nav class=\"main-nav\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header><main><article>"
            f"<h1>{escape(title)}</h1><div class=\"share-bar\"><a href=\"#\">{FURNITURE[0]}</a><a href=\"#\">"
            f"{FURNITURE[1]}</a></div><div class=\"article-body\">{body}</div></article><aside class=\"related\">"
            f"<h3>Related stories</h3><ul><li><a href=\"/a\">{FURNITURE[2]}</a></li></ul></aside><section id=\"comments\">"
            f"<div class=\"comment\"><p>{FURNITURE[4]}</p></div></section></main><footer><ul><li><a href=\"#\">"
            f"{FURNITURE[5]}</a></li></ul><p>Copyright 2025 Valley Ledger. All rights reserved.</p></footer></body></html>")


def _read_back(tmp_path, title: str, paras: list[str], layout: str, fallback: bool, monkeypatch):
    if fallback:
        monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    path = tmp_path / f"{layout}.html"
    path.write_text(_page(title, paras, layout), encoding="utf-8")
    (a,) = load_path(path)
    return a


def _round_trip(tmp_path, monkeypatch, title: str, paras: list[str]) -> None:
    for fallback in (False, True):
        for layout in ("news", "divs", "brbr"):
            a = _read_back(tmp_path, title, paras, layout, fallback, monkeypatch)
            where = f"{layout}, {'fallback' if fallback else 'trafilatura'}"
            assert a.title == title, where
            assert a.body.split("\n\n") == paras, where
            assert not any(f in a.body for f in FURNITURE), where
            monkeypatch.undo()


def test_a_list_entry_the_story_sums_up_later_stays(tmp_path, monkeypatch):
    """A short unmarked paragraph whose words stand again inside a longer one (a team list, then the squad
    line that names everyone) is a list's entry, not a pull quote."""
    title = "Harbour rowing club names its crews for the spring regatta"
    paras = ["The Harbour rowing club has named the crews that will race at the spring regatta next month.",
             "Coxless four:",
             "M Okafor (Riverside Rowing Club).",
             "J Pereira (Northfield University Boat Club).",
             "The full squad: M Okafor (Riverside Rowing Club), J Pereira (Northfield University Boat Club), T Lindqvist (Harbour RC) "
             "and R Achebe (Valley RC).",
             "The club's coach said the crews had trained twice a day since January."]
    _round_trip(tmp_path, monkeypatch, title, paras)


@pytest.mark.parametrize("pull", ["\u201cEvery crew has trained twice a day\u201d",
                                  "Twice a day \u2026 no crew is fitter"])
def test_a_marked_pull_quote_still_goes(pull):
    """A short pull quote set in quotation marks or cut with '…' is still a repeat of the story's sentence."""
    from briefing.index.ingest.repeats import without_repeats

    story = ["The coach said: \u201cEvery crew has trained twice a day since January, and no crew is fitter.\u201d",
             "We have trained twice a day since January and no crew is fitter than ours this spring, he said."]
    assert without_repeats([story[0], pull, story[1]]) == story


def test_a_reported_sentence_that_opens_with_a_promos_words_stays(tmp_path, monkeypatch):
    """A sentence of the story that names its speaker is story text, though it opens like a promo or a
    notice ('Have your say …', 'Sign up …', 'Copyright …'); a link's title has no full stop, and stays out."""
    title = "Harbour library opening hours to be cut from April"
    paras = ["The town council met on Tuesday evening to debate the future of the harbour library.",
             "Have your say on the plans at the town hall until Friday, the council said.",
             "Sign up to the library's new reading scheme has been slower than expected, officials admitted.",
             "Click here, the fake message said, and your account will be restored within the hour.",
             "Already a member of three clubs, Mr Jones said he would not pay for a fourth.",
             "Copyright 2024 figures show that book theft has fallen sharply, the publishers' association said.",
             "The council will vote on the final plan in April, after a second round of public meetings."]
    _round_trip(tmp_path, monkeypatch, title, paras)
    from briefing.index.ingest.lines import is_furniture_line

    assert is_furniture_line("Read more: Minister says library cuts will go ahead")
    assert is_furniture_line("Sign up for our newsletter")
    assert is_furniture_line("Copyright 2025 Valley Ledger. All rights reserved.")


def test_a_sentence_that_opens_like_a_tool_link_stays(tmp_path, monkeypatch):
    """'Jump to' opens a skip link's label ('Jump to navigation'), never a sentence with its full stop;
    'Email this story' is a button, 'Email this story's …' a sentence."""
    title = "Harbour rowers face a long season"
    paras = ["The Harbour rowing club starts its season on Saturday with a race on the river.",
             "Jump to the end of the season and the picture looks very different for the young crew.",
             "Email this story\u2019s reporter with your memories of the regatta, the organisers asked readers.",
             "The club's coach said the crews had trained twice a day since January."]
    _round_trip(tmp_path, monkeypatch, title, paras)
    from briefing.index.ingest.lines import is_furniture_line

    assert is_furniture_line("Jump to navigation") and is_furniture_line("Jump to: navigation, search")
    assert is_furniture_line("Share this story") and is_furniture_line("Email this article")


def test_a_short_sentence_said_twice_stays_where_it_stands(tmp_path, monkeypatch):
    """Two readers' letters that open with the same short sentence, a refrain: each time it stands, a
    one-sentence paragraph of the story (the same block read twice in a row is still read once)."""
    title = "Readers respond to the library cuts"
    paras = ["We asked readers what they thought of the plan to cut the harbour library's opening hours.",
             "I agree with the council.",
             "The library costs too much to run and few people use it on weekday mornings.",
             "I agree with the council.",
             "But it should keep the children's reading hour on Saturdays, which is always full."]
    _round_trip(tmp_path, monkeypatch, title, paras)
    from briefing.index.ingest.repeats import without_repeats

    assert without_repeats([paras[0], paras[1], paras[1], paras[2]]) == [paras[0], paras[1], paras[2]]
