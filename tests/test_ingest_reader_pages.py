"""Page kinds decided as a reader would (see :mod:`html_pages_reader`): the stored fields, every paragraph of
the story and none of the page around it, by trafilatura and by the plain fallback parser alike; the quotes
found in the text have their speakers."""

from __future__ import annotations

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.hidden import without_hidden_text
from briefing.index.ingest.lines import without_furniture_lines
from briefing.index.ingest.scriptdata import script_data_text
from html_pages_reader import _QA, all_reader, correction_and_picks, interview_qa
from html_pages_saved import check_saved, load_saved

PAGES = all_reader()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_reader_page_fields_text_and_quotes(tmp_path, extractor, page):
    check_saved(load_saved(tmp_path, page), page)


def test_an_interview_keeps_each_question_before_its_answer(tmp_path, extractor):
    body = load_saved(tmp_path, interview_qa()).body
    at = [body.index(x) for pair in _QA for x in pair]
    assert at == sorted(at)


def test_a_correction_is_the_articles_last_paragraph(tmp_path, extractor):
    paras = load_saved(tmp_path, correction_and_picks()).body.split("\n\n")
    assert paras[-1].startswith("Correction: An earlier version of this article")


def test_screen_reader_text_is_left_out_and_the_rest_kept():
    page = ('<p>See <a href="/r">the report<span class="sr-only">(opens in a new tab)</span></a> and '
            "<span class='visually-hidden'>Image caption,</span>the map.</p>"
            '<p class="hidden-sm">Shown on large screens.</p><span class="screen-reader-text">Search</span>')
    assert without_hidden_text(page) == '<p>See <a href="/r">the report</a> and the map.</p><p class="hidden-sm">' \
        "Shown on large screens.</p>"


def test_related_and_share_lines_in_other_languages_are_furniture():
    text = "\n".join(["\u00c0 lire aussi\u00a0: Les r\u00e9sidents se pr\u00e9parent", "Lesen Sie auch: Neue Buslinie",
                      "Lea tambi\u00e9n: El tren llega tarde", "Partager sur Facebook", "Teilen",
                      "Le conseil a vot\u00e9 le budget mardi soir, apr\u00e8s trois heures de d\u00e9bat."])
    assert without_furniture_lines(text) == "Le conseil a vot\u00e9 le budget mardi soir, apr\u00e8s trois heures de d\u00e9bat."


@pytest.mark.parametrize("line, furniture", [
    ("Abbonati ora", True), ("Abbonati e lettori hanno protestato contro il nuovo prezzo.", False),
    ("Suscr\u00edbete para seguir leyendo", True), ("Lecture 3 min.", True), ("Zur Merkliste hinzuf\u00fcgen", True),
    ("Legal Beat is a reader-supported site. Donate", True), ("They asked people to donate.", False),
])
def test_subscription_and_appeal_lines_in_any_language_but_not_story_sentences(line, furniture):
    from briefing.index.ingest.lines import is_furniture_line

    assert is_furniture_line(line) is furniture


def test_script_data_reads_the_body_list_not_the_related_one():
    story = ["The council will plant two hundred trees along the river path before the end of next winter.",
             "Residents chose the species in a vote held at the library over three weekends in the autumn."]
    data = ('{"page": {"article": {"title": "Trees", "blocks": [' + ",".join(f'{{"type": "p", "text": "{s}"}}'
                                                                           for s in story)
            + '], "related": [{"headline": "Park opens a new cafe near the lake"}], "url": "https://x.example/a"}}}')
    html = f'<div id="root">Loading\u2026</div><script id="__NEXT_DATA__" type="application/json">{data}</script>'
    assert script_data_text(html) == "\n".join(story)
    assert script_data_text(html.replace("application/json", "text/javascript")) == ""  # code is not data
    assert script_data_text(html.replace(data, "{not json")) == ""


def test_an_embedded_data_page_with_no_story_is_skipped_with_its_reason(tmp_path):
    page = ('<html><head><title>App</title></head><body><div id="root">Loading\u2026</div><script '
            'type="application/json">{"menu": ["Home", "About us"], "ok": true}</script></body></html>')
    (tmp_path / "app.html").write_text(page, encoding="utf-8")
    from briefing.index.errors import CorpusError

    with pytest.raises(CorpusError, match="no main text"):
        load_path(tmp_path / "app.html")


def test_a_link_target_id_is_a_place_only_when_it_says_where_it_stands():
    from briefing.index.ingest.pagescan import scan_page

    story = ("The harbour board approved the new breakwater on Monday after a year of public meetings and reviews. "
             "Work will begin in the spring and take about two years to finish, the board said.")
    page = (f"<main><a href='#after-ad'>Skip advert</a><a href='#comments'>3 comments</a><div class='ad'></div>"
            f"<p id='after-ad'>{story}</p><div id='comments'><p>First! This is the best news the town has had in "
            "a very long time, honestly.</p></div></main>")
    scan = scan_page(page)
    assert not scan.in_furniture(story)  # after the advert: the story
    assert scan.in_furniture("First! This is the best news the town has had in a very long time, honestly.")


@pytest.mark.parametrize("blocks, author, date", [
    (["By Ruth Anders | July 19, 2025"], "Ruth Anders", "July 19, 2025"),
    (["Updated 3:45 PM | March 5, 2024"], None, "Updated 3:45 PM | March 5, 2024"),  # no name before the bar
    (["Priya Nair | Reporter"], "Priya Nair", None),
])
def test_a_byline_block_with_a_bar_gives_the_name_and_the_date(blocks, author, date):
    from briefing.index.ingest.byline import block_byline

    assert block_byline(blocks)[::2] == (author, date)
