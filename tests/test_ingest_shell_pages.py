"""Pages whose story, date or author stands in data, labels or lines the other page sets do not use (see
:mod:`html_pages_shells`): the stored fields, every paragraph of the story once and none of the page around it,
by trafilatura and by the plain fallback parser alike; and the rules behind them, on the cases they must leave
alone and on hostile input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing.index.ingest.fields import day_first_locale, parse_date
from briefing.index.ingest.liveblog import live_blog_text
from briefing.index.ingest.paywall import labels_cards
from briefing.index.ingest.scriptdata import script_data_story
from briefing.index.ingest.scriptmeta import story_authors, story_date
from html_pages_saved import check_saved, load_saved
from html_pages_shells import (FERRY, ORCHARD, ORCHARD_TITLE, SUBSCRIBER_CARDS, all_shells, premium_label,
                               subscriber_cards)

PAGES = all_shells()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_shell_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice
    assert len(paras) == len(page.with_) or page.name == "live-blog-shell"  # (the story's paragraphs, no more)


def test_a_live_blog_read_from_its_data_keeps_each_entry_once_in_the_page_order(tmp_path, extractor):
    page = next(p for p in PAGES if p.name == "live-blog-shell")
    paras = load_saved(tmp_path, page).body.split("\n\n")
    assert [p[:5] for p in paras if p[:2].isdigit()] == ["15:42", "14:10", "12:05", "09:30"]
    assert len(paras) == 6  # four entries, two with a headline of their own


@pytest.mark.parametrize("make", [subscriber_cards, premium_label])
def test_a_free_story_is_whole_though_cards_or_a_class_name_a_paywall(tmp_path, extractor, make):
    assert load_saved(tmp_path, make()).partial is None


def test_a_teaser_is_still_partial_under_a_prompt_with_subscriber_cards_below(tmp_path, extractor):
    page = subscriber_cards()
    cut = page.data.decode().replace(
        "".join(f"<p>{p}</p>" for p in ORCHARD[2:]),
        "<div class='paywall'><p>This article is for subscribers.</p><a href='/subscribe'>Subscribe now</a></div>")
    path = tmp_path / "teaser.html"
    path.write_text(cut, encoding="utf-8")
    from briefing.index.ingest import load_path

    (a,) = load_path(path)
    assert a.partial == "paywall" and a.body.split("\n\n") == ORCHARD[:2]


def test_card_labels_and_prompts():
    low = SUBSCRIBER_CARDS.lower()
    assert labels_cards(low, "this article is for subscribers.")
    # a prompt after the story's own paragraph (with a link in it), or after a link to the offer, is a prompt
    story = "<p>The plan, which <a href='/x'>the council published in May</a>, was approved.</p>"
    assert not labels_cards((story + "<p>This article is for subscribers.</p>").lower(), "this article is for subscribers.")
    offer = "<h3><a href='/subscribe'>Subscribe for full access today</a></h3><p>This article is for subscribers.</p>"
    assert not labels_cards(offer.lower(), "this article is for subscribers.")
    assert not labels_cards("<p>nothing here</p>", "this article is for subscribers.")
    # long pages (bounded: at most MAX_LABELS prompts are looked at): one card then the prompt over and over is
    # the page's own prompt; thousands of cards each with its label are a related list
    one_card = "<li><h3><a href='/a'>" + "x" * 20 + "</a></h3>" + "this article is for subscribers." * 5000
    assert not labels_cards(one_card[:300_000], "this article is for subscribers.")
    cards = ("<li><h3><a href='/a'>" + "x" * 20 + "</a></h3>this article is for subscribers.") * 5000
    assert labels_cards(cards[:300_000], "this article is for subscribers.")


def test_a_story_date_and_authors_come_from_its_own_object_not_a_related_one():
    story = [{"type": "paragraph", "text": p} for p in FERRY]
    data = {"page": {"article": {"publishedAt": 1741079700000, "byline": "By Lena Brekke", "blocks": story,
                                 "more": [{"publishedAt": "2025-01-01", "author": "Per Aas", "blocks": [
                                     {"type": "paragraph", "text": "Another story entirely, with a sentence."}]}]}}}
    html = f'<script type="application/json">{json.dumps(data)}</script>'
    text, around = script_data_story(html)
    assert text.split("\n") == FERRY
    assert story_date(around) == dt.date(2025, 3, 4)  # (milliseconds since 1970)
    assert story_authors(around) == "Lena Brekke"
    assert story_date(None) is None and story_authors(None) is None
    assert script_data_story("<p>no data</p>") == ("", None)


def test_live_blog_entries_need_two_with_text():
    assert live_blog_text({"liveBlogUpdate": [{"articleBody": "One entry only."}]}) is None
    assert live_blog_text({"liveBlogUpdate": "not a list"}) is None
    two = {"liveBlogUpdate": [{"datePublished": "2025-06-14T15:42:00+01:00", "headline": "Update",
                               "articleBody": "Crews held the line."}, {"articleBody": "Roads reopened."}]}
    assert live_blog_text(two) == "15:42 \u2013 Crews held the line.\n\nRoads reopened."  # ('Update' names nothing)


@pytest.mark.parametrize("locale, url, first", [
    ("en-GB", None, True), ("en_AU", None, True), ("nb", None, True), ("de-DE", None, True), ("fr", None, True),
    ("en-US", None, False), ("en-ca", None, False), ("ja", None, None), ("zh-CN", None, None),
    ("en", None, None), (None, None, None), ("en", "https://www.valepost.co.uk/news/a", True),
    (None, "https://www.example.com/news/a", None), ("", "https://fjordpost.no/a", True), ("x", None, None),
    ("en-US", "https://www.valepost.co.uk/a", None), ("en-US", "https://www.harbourtimes.com/a", False),
    ("en-GB", "https://www.harbourtimes.com/a", True), ("en", "https://www.lakeshore.ca/a", None)])
def test_which_locales_write_number_dates_day_first(locale, url, first):
    assert day_first_locale(locale, url) is first


def test_a_number_date_both_ways_round_is_read_by_the_locale_and_never_guessed():
    assert parse_date("04/09/2025") is None
    assert parse_date("04/09/2025", True) == dt.date(2025, 9, 4)
    assert parse_date("09/04/2025", False) == dt.date(2025, 9, 4)
    assert parse_date("18/09/2025", False) == dt.date(2025, 9, 18)  # (one reading only: the locale is not asked)
    assert parse_date("Thu, 04/09/2025", False) == dt.date(2025, 9, 4)  # the weekday decides over the locale
    assert parse_date("Mon, 04/09/2025", True) is None  # neither reading is a Monday


def test_the_flat_byline_rules_leave_story_lines_and_other_names_alone(tmp_path, extractor):
    from briefing.index.ingest import load_path

    # a 'By …' sentence well under the headline, and a name linked to a page that is no author's
    story = [f"By the end of the season the group had {n} new members, most of them from the village." for n in (3, 4)]
    html = (f"<html><head><title>{ORCHARD_TITLE}</title></head><body><div>{ORCHARD_TITLE}</div>"
            "<div><a href='https://www.valepost.example/places/julia-wren'>Julia Wren</a></div>"
            + "".join(f"<div>{p}</div>" for p in ORCHARD + story) + "</body></html>")
    path = tmp_path / "flat.html"
    path.write_text(html, encoding="utf-8")
    (a,) = load_path(path)
    assert a.author is None and all(p in a.body for p in story)


def test_the_flat_byline_search_is_linear_on_hostile_input():
    from briefing.index.ingest.flatbyline import _author_link, under_title

    text = "Headline here today\n\n" + "By x\n" * 50_000
    assert under_title(text, "Headline here today")[0] == ["By x"]
    html = "<a href='/authors/a/'>" + "Julia Wren<a " * 40_000
    assert _author_link(html, "Julia Wren") is False
