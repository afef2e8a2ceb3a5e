"""Saved pages that the rules for pages rendered by script, archive captures and time labels must read right
although they look like the pages those rules were made for: a story whose data preloads a longer one beside it,
an archive capture whose first line under the headline is a subtitle, 'Updated'/'Published' labels of other
languages."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing.index.ingest.html import parse_html
from briefing.index.ingest.scriptdata import script_data_story
from briefing.index.ingest.scriptmeta import story_authors, story_date

WALL = ["The council met on Tuesday evening to discuss the plan for the harbour wall, which storms have damaged "
        "for three winters in a row.",
        "Residents told the meeting that the repairs could not wait another year, and several asked why the money "
        "had not been found sooner.",
        "The engineer in charge said the work would begin in the spring and take about eight months to finish if "
        "the weather allowed it.",
        "Officials said a second phase would follow once the first section had been tested against the highest "
        "tides of the year."]
MUSEUM = ["The museum reopened its doors on Saturday after a long restoration of the main hall, closed since the "
          "flood two years ago.",
          "Visitors queued from early morning to see the restored ceiling, and the director said the response was "
          "far greater than expected.",
          "The restoration cost more than the estimate because the water had reached the foundations under the "
          "western wing of the building.",
          "Staff said they hoped the reopening would bring back the school groups that stopped coming while the "
          "hall was shut to the public.",
          "A new exhibition on the history of the town will open in the restored hall next month, with objects lent "
          "by families nearby."]
HEADLINE = "Harbour wall repairs to begin in spring"


def _story(headline: str, paras: list[str], date: str, author: str) -> dict:
    return {"headline": headline, "publishedAt": date, "authors": [{"name": author}],
            "body": [{"type": "paragraph", "text": p} for p in paras]}


def _next_page(props: dict) -> str:
    return (f'<html lang="en"><head><title>{HEADLINE} | The Herald</title></head><body><div id="__next">'
            f'<p>Loading…</p></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(props)}'
            "</script></body></html>")


@pytest.mark.parametrize("order", ["story first", "preloaded first", "related list first"])
def test_the_story_the_title_names_is_read_from_data_that_preloads_a_longer_one(extractor, order):
    mine = _story(HEADLINE, WALL, "2025-02-10T08:00:00Z", "Jane Marsh")
    other = _story("Museum reopens after its flood restoration", MUSEUM, "2024-11-01T08:00:00Z", "Tom Reed")
    pairs = [("article", mine), ("nextArticle", other)]
    props = dict(pairs) if order == "story first" else dict(pairs[::-1]) if order == "preloaded first" \
        else {"related": [other], "article": mine}
    page = parse_html(_next_page({"props": {"pageProps": props}}))
    assert page["body"].split("\n\n") == WALL
    assert page["date"] == dt.date(2025, 2, 10) and page["author"] == "Jane Marsh"


def test_without_a_title_or_address_that_names_one_no_story_of_the_data_is_read():
    """Two titled stories, neither the page's title nor its address names: neither is the page's (not the longest);
    the one the page's address names is, with its date and author."""
    wall = {**_story("Harbour wall works", WALL, "2025-02-10", "Jane Marsh"), "slug": "harbour-wall-works-begin"}
    html = _next_page({"props": {"pageProps": {"a": wall, "b": _story("Museum reopens after flood", MUSEUM,
                                                                      "2024-11-01", "Tom Reed")}}})
    assert script_data_story(html, ("Something else entirely on the page",)) == ("", None)
    text, around = script_data_story(html, ("Town News",), ("https://town.example/news/harbour-wall-works-begin/",))
    assert text.split("\n") == WALL and story_date(around) == dt.date(2025, 2, 10)
    assert story_authors(around) == "Jane Marsh"


def _archive(lines: list[str]) -> str:
    shown = "".join(f'<div style="font-size:18px">{line}</div>' for line in lines)
    paras = "".join(f'<div style="margin:10px 0">{p}</div>' for p in WALL)
    return (f"<html><head><title>{HEADLINE}</title></head><body><div style=\"margin:0\">"
            f'<div style="font-size:30px">{HEADLINE}</div>{shown}{paras}</div></body></html>')


def test_an_archive_subtitle_that_opens_with_by_stays_in_the_text_and_names_no_author(extractor):
    subtitle = "By the end of the year the town hopes the sea will be kept out for good"
    page = parse_html(_archive([subtitle, "4 March 2025"]))
    assert page.get("author") is None
    assert page["body"].split("\n\n")[0] == subtitle and page["body"].split("\n\n")[-1] == WALL[-1]


def test_an_archive_byline_below_a_short_standfirst_leaves_the_text_with_its_date_line_and_the_standfirst_stays(
        extractor):
    page = parse_html(_archive(["A town braced for storms", "By Jane Marsh", "4 March 2025"]))
    assert page["author"] == "Jane Marsh" and page["date"] == dt.date(2025, 3, 4)
    assert page["body"].split("\n\n") == ["A town braced for storms", *WALL]


LABELS = [("Actualizado el", "Publicado el"), ("Aggiornato il", "Pubblicato il"), ("Atualizado em", "Publicado em"),
          ("Bijgewerkt op", "Gepubliceerd op"), ("Aktualisiert am", "Veröffentlicht am"),
          ("Mis à jour le", "Publié le"), ("Updated", "Published")]


@pytest.mark.parametrize("updated,published", LABELS, ids=[u for u, _ in LABELS])
def test_an_updated_time_before_the_published_one_is_read_by_its_label_in_each_language(extractor, updated, published):
    meta = (f"<div><span>{updated} <time datetime='2025-03-09T10:00:00Z'>9/3</time></span> "
            f"<span>{published} <time datetime='2025-03-01T10:00:00Z'>1/3</time></span></div>")
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{meta}"
            + "".join(f"<p>{p}</p>" for p in WALL) + "</article></body></html>")
    assert parse_html(html)["date"] == dt.date(2025, 3, 1)


def test_an_unlabelled_time_is_still_read_in_page_order(extractor):
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            "<div><time datetime='2025-03-09T10:00:00Z'>9 March</time> · <time datetime='2025-03-01'>1 March</time>"
            "</div>" + "".join(f"<p>{p}</p>" for p in WALL) + "</article></body></html>")
    assert parse_html(html)["date"] == dt.date(2025, 3, 9)


@pytest.mark.parametrize("link", [
    "<ul><li><a href='/news/wall-history'>The long history of the harbour wall</a></li></ul>",
    "<h3><a href='/news/wall-history'>The long history of the harbour wall</a></h3>"])
def test_the_story_own_prompt_after_a_linked_list_item_or_heading_marks_it_partial(extractor, link):
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            + "".join(f"<p>{p}</p>" for p in WALL[:2]) + link
            + "<div class='paywall-prompt'><p>This article is for subscribers only.</p></div></article></body></html>")
    assert parse_html(html)["partial"] == "paywall"


def test_a_list_of_dates_that_ends_the_story_keeps_its_last_item_while_a_posted_date_line_leaves(extractor):
    listed = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
              + "".join(f"<p>{p}</p>" for p in WALL) + "<p>Key dates for the works:</p><ul><li>Start: 3 March 2025"
              "</li><li>9 September 2025</li></ul></article></body></html>")
    assert parse_html(listed)["body"].endswith("- 9 September 2025")
    posted = listed.replace("<p>Key dates for the works:</p><ul><li>Start: 3 March 2025</li><li>9 September 2025"
                            "</li></ul>", "<p>9 September 2025</p>")
    assert parse_html(posted)["body"].split("\n\n") == WALL
