"""Pages as readers save them, in shapes the other sets leave out (see :mod:`html_pages_saved3`): the stored fields,
every paragraph of the story once and none of the page around it, by trafilatura and by the plain fallback parser
alike; and the rules added for them (a saved source view read as the page it shows, readers' comments under their
heading in a block no name gives away, the shown text over an older declared one, a date line in another language
under the headline, a Chinese paper's editor line), on hostile input too."""

from __future__ import annotations

import time

import pytest

from briefing.index.ingest import load_path, parse_html
from briefing.index.ingest.lines import is_furniture_line
from briefing.index.ingest.viewsource import source_of_view
from html_pages_saved import check_saved, load_saved
from html_pages_saved3 import all_saved3, mhtml_base64_late

PAGES = all_saved3()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_saved_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice


def test_an_mhtml_archive_is_read_from_its_html_part_wherever_it_stands(tmp_path):
    page = mhtml_base64_late()
    (a,) = load_path(load_saved(tmp_path, page) and tmp_path / "mhtml-base64-late.mhtml")
    assert a.format == "html" and a.url == page.meta["url"] and "margin" not in a.body


_STORY = ["The rowing club will build a new boathouse on the east bank after the city agreed to lease it the land.",
          "The old boathouse flooded three times last winter and the boats are kept in members' gardens.",
          "Building work is due to begin in March, the club said on Sunday."]
_PAGE = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Boathouse plan | City Current</title></head>\n<body><main>"
         "<article><h1>Boathouse plan</h1>\n" + "\n".join(f"<p>{p}</p>" for p in _STORY) + "\n</article></main>"
         "</body>\n</html>")


def _chrome_view(source: str) -> str:
    from html import escape
    rows = "".join(f'<tr><td class="line-number" value="{n}"></td><td class="line-content"><span class="html-tag">'
                   f"{escape(line)}</span></td></tr>" for n, line in enumerate(source.split("\n"), 1))
    return f"<html><head></head><body><table><tbody>{rows}</tbody></table></body></html>"


def _firefox_view(source: str) -> str:
    from html import escape
    lines = "".join(f'<span id="line{n}"></span>{escape(line)}\n' for n, line in enumerate(source.split("\n"), 1))
    return f'<html><head></head><body id="viewsource" class="highlight wrap"><pre id="line1">{lines}</pre></body></html>'


@pytest.mark.parametrize("view", [_chrome_view, _firefox_view])
def test_a_saved_source_view_is_read_as_the_page_it_shows(extractor, view):
    assert source_of_view(view(_PAGE)).split() == _PAGE.split()
    out = parse_html(view(_PAGE))
    assert out["title"] == "Boathouse plan" and out["body"].split("\n\n") == _STORY


@pytest.mark.parametrize("html", [_PAGE, "<html><body><table><tr><td class='line-content'>x</td></tr></table></body>"
                                         "</html>", "<p>A story about line-number tables.</p>"])
def test_a_page_that_is_no_source_view_is_read_as_it_is(html):
    assert source_of_view(html) is None


_LONGER = [*_STORY, "The club has raised most of the money from its members and a local trust, and hopes to open "
                    "the new boathouse in time for the regatta in the summer of the year after next.",
           "The city said the lease would run for ninety-nine years and that the club must open the boathouse to "
           "schools on weekday afternoons.", "Plans for the building will go on show at the library next month."]


def _with_thread(heading: str, box: str = "section", comments: int = 2) -> str:
    items = "".join(f"<div><b>reader{i}</b><p>I walked past the old boathouse every morning for years, number {i}."
                    "</p></div>" for i in range(comments))
    page = _PAGE.replace("".join(f"<p>{p}</p>\n" for p in _STORY[1:]), "\n".join(f"<p>{p}</p>" for p in _LONGER[1:]))
    return page.replace("</article>", f'<{box} class="conversation"><h2>{heading}</h2>{items}</{box}></article>')


@pytest.mark.parametrize("heading", ["2 responses", "Comments", "14 thoughts on \u201cBoathouse plan\u201d",
                                     "Join the conversation", "3 Kommentare", "Commentaires"])
def test_readers_comments_under_their_heading_are_left_out(extractor, heading):
    assert parse_html(_with_thread(heading))["body"].split("\n\n") == _LONGER


def test_a_story_s_own_heading_that_reads_like_a_comments_heading_keeps_what_follows(extractor):
    """The block under the heading holds most of the page's words: the story, not a thread."""
    paras = [*_STORY, *(f"Responses from the rowing clubs along the river came in all week, club number {i} said."
                        for i in range(12))]
    html = ("<html><head><title>Boathouse plan</title></head><body><main><article><h1>Boathouse plan</h1>"
            '<section class="content"><p>' + _STORY[0] + "</p><h2>Responses</h2>"
            + "".join(f"<p>{p}</p>" for p in paras[1:]) + "</section></article></main></body></html>")
    assert parse_html(html)["body"].split("\n\n") == [paras[0], "Responses", *paras[1:]]


@pytest.mark.parametrize("line, furniture", [("责任编辑：王丽", True), ("（编辑：李明）", True),
                                             ("编辑部表示，新线路将于月底开通。", False)])
def test_a_chinese_paper_s_editor_line_is_furniture(line, furniture):
    assert is_furniture_line(line) == furniture


def _quick(fn, seconds=5.0):
    start = time.process_time()
    out = fn()
    assert time.process_time() - start < seconds
    return out


@pytest.mark.parametrize("html", [
    '<td class="line-number"></td>' + '<td class="line-content">&lt;p&gt;' * 50_000,
    '<body id="viewsource"><pre>' + "&lt;" * 200_000,
    "<html><body>" + '<section><h2>Comments</h2><p>a reader said this</p></section>' * 5_000 + "</body></html>",
    "<html><body>" + "<div><h3>2 responses</h3>" * 140 + "<p>x</p>" * 20_000 + "</div>" * 140 + "</body></html>",
    "<html><body><h1>T</h1><p>" + "Publicado el 7 de March 2025 " * 4_000 + "</p></body></html>"],
    ids=["chrome-cells", "firefox-pre", "comment-boxes", "nested-comment-boxes", "date-words"])
def test_hostile_pages_aimed_at_the_new_rules_stay_linear(monkeypatch, html):
    from briefing.index.ingest import html as html_ingest

    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    from briefing.index.ingest.decode import Unusable

    def read():
        try:
            parse_html(html)
        except Unusable:  # (a clear error: no story in it)
            pass
    _quick(read)
