"""Outlets' story templates with furniture inside the body: what Briefing stores, and the quotes found in
it: each quote once (a pull quote is not a second one), none holding a caption, a credit or a promo.
The plain fallback parser is held to the same text, and a page it reads is counted for the user."""

from __future__ import annotations

import pytest

from briefing.index.ingest import html as html_ingest
from briefing.index.ingest import load_path
from briefing.index.ingest.lines import without_furniture_lines
from briefing.index.ingest.repeats import without_repeats
from briefing.index.quotes import extract_quotes
from html_pages_outlets import QUOTE_FURNITURE, all_outlets, br_story_with_tools, wire_agency_sections
from html_pages_saved import check_saved, load_saved

PAGES = all_outlets()


@pytest.fixture
def without_trafilatura(monkeypatch):
    """Briefing as it reads pages when trafilatura cannot be loaded."""
    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})


def _check(a, page):
    """The saved-page checks (fields, paragraphs, furniture left out, quotes with speakers), and each quote
    found once, none another's words again or holding a caption, credit or promo."""
    check_saved(a, page)
    quotes = extract_quotes(a.body, "x")
    for speakers, words in page.quotes:
        assert a.body.count(words) == 1, words  # a pull quote repeating it is not in the text
        found = [q for q in quotes if words in q.text]
        assert len(found) == 1, (words, [(q.speaker, q.text[:50]) for q in quotes])
        assert any(s in (found[0].speaker or "") for s in speakers.split("|")), (speakers, found[0].speaker)
    texts = [" ".join(q.text.split()) for q in quotes]
    for n, t in enumerate(texts):  # no quote is another's words again
        assert not any(t in u for m, u in enumerate(texts) if m != n), t
        assert not any(f in t for f in QUOTE_FURNITURE), t


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_outlet_page_text_and_quotes(tmp_path, page):
    a = load_saved(tmp_path, page)
    assert a.extractor == "trafilatura"
    _check(a, page)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_outlet_page_by_the_fallback_parser(tmp_path, without_trafilatura, page):
    """Without trafilatura the plain parser reads the same story and leaves out the same furniture."""
    a = load_saved(tmp_path, page)
    assert a.extractor == "fallback"
    _check(a, page)


def test_a_body_split_around_ads_is_read_to_its_end(tmp_path):
    """Three sibling ``article-body__content`` blocks with an ad and a 'Read more' box between them: the
    story after the first block was lost (trafilatura reads the first block of that name only)."""
    page = wire_agency_sections()
    a = load_saved(tmp_path, page)
    assert a.body.split("\n\n")[-1] == page.with_[-1]
    assert a.body.count("Advertisement") == 0 and "Poor nations say" not in a.body
    # a body in one block is passed on as it is; two blocks of one name under one parent become one
    from briefing.index.ingest.splitbody import join_split_body

    one = "<html><body><div class='story-body'><p>a</p></div><div class='story-body-x'><p>b</p></div></body></html>"
    assert join_split_body(one) == one
    two = "<html><body><div class='story-body'><p>a</p></div><i>ad</i><div class='story-body'><p>b</p></div></body></html>"
    assert "<div class=\"story-body\"><div class=\"story-body\"><p>a</p></div><i>ad</i><div" in join_split_body(two)


def test_a_pull_quote_is_left_out_where_it_stands():
    """Before or after the paragraph it repeats, cut with '…', in quotation marks or not, with its
    attribution line; a list item or a short line inside a sentence stays, as does a paragraph that only
    shares words with another."""
    story = ["\u201cWe cannot run buses we do not have drivers for,\u201d said Maria Lopez. \u201cEvery route we "
             "keep is a route we can staff.\u201d", "The agency has 140 vacancies for drivers."]
    pulls = ["\u201cWe cannot run buses \u2026 every route we keep is a route we can staff\u201d",
             "We cannot run buses we do not have drivers for"]
    for pull in pulls:
        assert without_repeats([pull, "\u2014 Maria Lopez", *story]) == story
        assert without_repeats([story[0], pull, "\u2014 Maria Lopez, chief executive", story[1]]) == story
    kept = [*story, "- The agency has 140 vacancies", "Three generations", "We cannot run buses on this budget."]
    assert without_repeats(kept) == kept
    assert without_repeats([story[1], story[1]]) == [story[1]]  # an entry shown twice: the first stays
    # an embedded post the story quotes in full is a repeat; one it quotes a part of is not
    said = "In a post on X, Lopez wrote: \u201cWe cannot run buses we do not have drivers for.\u201d"
    post = "Maria Lopez posted on X: \u201cWe cannot run buses we do not have drivers for.\u201d"
    assert without_repeats([said, post, story[1]]) == [said, story[1]]
    longer = post.replace("for.", "for. Every route counts.")
    assert without_repeats([said, longer, story[1]]) == [said, longer, story[1]]


def test_tool_bars_and_link_rows_leave_the_text(tmp_path, without_trafilatura):
    a = load_saved(tmp_path, br_story_with_tools())
    assert not any(len(p) < 3 for p in a.body.split("\n\n"))
    assert a.body.startswith("The county board voted")


def test_extract_tells_when_the_fallback_read_a_page(tmp_path, without_trafilatura, capsys):
    """'briefing extract page.html' prints the quotes of the fallback's text, and says it was the fallback."""
    from briefing.index.cli import main

    path = tmp_path / "story.html"
    path.write_bytes(PAGES[0].data)
    assert main(["extract", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "We cannot run buses" in out
    assert "could not be loaded (ImportError: disabled by the test): 1 HTML page read by the plain fallback" in err


def test_fetch_tells_when_the_fallback_read_its_pages(tmp_path, without_trafilatura, capsys, monkeypatch):
    """'briefing add URL' indexes the page it downloads: a page the fallback read is told there too, as
    'briefing index' tells it (real HTTP server on 127.0.0.1)."""
    from briefing.index.cli import main
    from feed_server import FeedServer

    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    corpus = tmp_path / "c"
    corpus.mkdir()
    with FeedServer() as srv:
        srv.set("/robots.txt", "User-agent: *\n", content_type="text/plain")
        srv.set("/news/bus-routes", PAGES[0].data)
        code = main(["add", srv.url("/news/bus-routes"), "--corpus", str(corpus), "--index-dir",
                     str(tmp_path / "ix"), "--timeout", "2", "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 0 and "1 new" in out
    assert "1 HTML page read by the plain fallback parser" in err


def test_caption_and_tool_lines_leave_but_story_sentences_stay():
    """A short paragraph ending in a photo credit is a caption; a sentence naming an agency, a photo or a
    table, a table row and a correction are the story's."""
    captions = ["Evacuees rest on cots at the high school. (AP Photo/Noah Berger)",
                "Nursing students practise at a college lab. (Evan Ng/CBC)",
                "Cranes stand idle at the port on Monday [File: Sam Reed/Reuters]",
                "Leaders pose in Nairobi, September 12, 2025. REUTERS/Thomas Mukoya",
                "The branch on Tuesday. Sean Kilpatrick/THE CANADIAN PRESS",
                "A smart meter in a London home.Credit...Ana Lee for The New York Times",
                "Print this page | Email this story | Text size: A A A", "|", "A",
                "The day's top stories in your inbox every weekday morning.",
                "Our best reporting, delivered to your inbox."]
    story = ["Shares rose 3 percent on Monday (Reuters).",
             "The deal was first reported by Reuters/Ipsos polling on Monday.",
             "He said the photo was taken in 2019, not 2021 as the ministry had claimed.",
             "The figures are in the table [see below/above] for each region.",
             "| Cola, per litre | Rs 10 | Rs 11 |",
             "Correction: An earlier version of this story misstated the cost of the barrier.",
             "Anyone who finds such an email in their inbox should report it, the police said."]
    assert without_furniture_lines("\n".join(captions + story)).split("\n\n") == story


def test_a_statement_set_as_a_blockquote_is_a_quote_of_who_introduced_it(tmp_path):
    """'In a statement, the company said:' and the statement in a <blockquote>: written with its quotation
    marks, found once, with the company as speaker; a blockquote nobody introduced is left as it is."""
    statement = "We have taken this difficult decision after a long review of our operations in Europe."
    loose = "The plant opened in 1962 and once employed more than 2,000 people in the town."
    page = ("<html><head><title>Plant to close | Town Times</title></head><body><article><h1>Plant to close</h1>"
            "<p>The company said on Tuesday it would close its plant in the town, putting 300 jobs at risk.</p>"
            f"<p>In a statement, the company said:</p><blockquote><p>{statement}</p></blockquote>"
            f"<p>Residents said they would fight the decision.</p><blockquote>{loose}</blockquote>"
            "<p>\u201cThis plant is the heart of the town,\u201d said mayor Jo Park.</p></article></body></html>")
    (tmp_path / "plant.html").write_text(page, encoding="utf-8")
    (a,) = load_path(tmp_path / "plant.html")
    assert f"\u201c{statement}\u201d" in a.body.split("\n\n") and loose in a.body.split("\n\n")
    found = [q for q in extract_quotes(a.body, "x") if statement[:-1] in q.text]
    assert len(found) == 1 and found[0].speaker == "The company"


@pytest.mark.parametrize("fallback", [False, True])
def test_a_pinned_copy_of_a_live_entry_is_read_in_its_place(tmp_path, monkeypatch, fallback):
    if fallback:
        monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    page = next(p for p in PAGES if p.name == "live-articles")
    paras = load_saved(tmp_path, page).body.split("\n\n")
    assert paras[0].startswith("11:05")  # the newest entry first, not the pinned copy of 10:15
    at = [n for n, p in enumerate(paras) if "Every vote will count" in p]
    assert len(at) == 1 and paras[at[0] + 1].startswith("Ana Ruiz posted on X")  # the entry with its post


def test_a_pinned_entry_shown_only_pinned_stays(tmp_path):
    from briefing.index.ingest.pinned import without_pinned_copies

    entries = ("<article><p>The polling stations in the north opened late because of snow on the roads.</p></article>"
               "<article><p>Officials said the count should finish before midnight in most districts.</p></article>")
    pinned = ('<div class="live-pinned"><span>Pinned</span><p>Results are expected from about two in the '
              "morning, the commission said.</p></div>")
    page = f"<html><body><main>{pinned}<div class='feed'>{entries}</div></main></body></html>"
    assert without_pinned_copies(page) == page  # the only copy of its words
    copy = pinned.replace("Results are expected from about two in the morning, the commission said.",
                          "Officials said the count should finish before midnight in most districts.")
    page = f"<html><body><main>{copy}<div class='feed'>{entries}</div></main></body></html>"
    assert without_pinned_copies(page) == f"<html><body><main><div class='feed'>{entries}</div></main></body></html>"
