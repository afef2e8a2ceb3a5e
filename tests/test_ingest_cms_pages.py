"""Pages from content systems and news feeds: what Briefing stores from each, as a reader would name it.

Each page of :func:`html_pages_cms.all_cms` also runs through the field, text and quote checks of
``test_ingest_saved_pages``."""

from __future__ import annotations

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.htmlmeta import authors
from feed_shapes import ATOM_XML_BASE, RSS_WORDPRESS
from html_pages_cms import brightspot_wire
from html_pages_news import social_embeds_page
from html_pages_saved import load_saved



def test_an_organisation_author_is_the_publisher_and_the_pages_byline_the_author(tmp_path):
    """JSON-LD author {"@type": "Organization", "name": "Reuters"} and <meta name=author content=Reuters>,
    'By Kate Munro' on the page: the reporter is the author; the outlet is never stored as one."""
    a = load_saved(tmp_path, brightspot_wire())
    assert a.author == "Kate Munro" and "Reuters" not in (a.author or "")
    # without the byline, no person is named: no author at all, and the page's own site stays the source
    page = brightspot_wire().data.replace(b'<div class="Page-authors">By Kate Munro</div>', b"")
    (tmp_path / "nobyline.html").write_bytes(page)
    (b,) = load_path(tmp_path / "nobyline.html")
    assert (b.author, b.source) == (None, "Valley Tribune")


def test_jsonld_authors_split_people_from_organisations():
    by_id = {"#p": {"@id": "#p", "@type": "Person", "name": "Daisy Holt"},
             "#o": {"@id": "#o", "@type": "NewsMediaOrganization", "name": "BBC News"}}
    assert authors([{"@id": "#p"}, {"@id": "#o"}, "Sam Lee", {"@type": ["Person"], "name": "Ann Roe"}], by_id) == (
        ["Daisy Holt", "Sam Lee", "Ann Roe"], ["BBC News"])
    assert authors({"@type": "Organization", "name": "Reuters"}, {}) == ([], ["Reuters"])


def test_embedded_posts_without_words_leave_nothing(tmp_path):
    """An Instagram photo post embedded with no caption is only furniture: nothing of it is stored, and the
    paragraphs around it stay whole and in order."""
    a = load_saved(tmp_path, social_embeds_page())
    paras = a.body.split("\n\n")
    assert "Instagram" not in paras[3] and "Harbour Cafe posted on Instagram" in a.body
    assert a.body.count("Harbour Cafe") == 1 and "@harbourcafe" not in a.body
    assert paras.index(next(p for p in paras if p.startswith("Jane Minister posted on X"))) == 2
    assert any(p.startswith("@quaykids posted on TikTok: \u201cLast day before the barrier works close the quay")
               for p in paras)


def test_a_wordpress_rss_feed_is_read_as_its_stories(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS_WORDPRESS, encoding="utf-8")
    first, second, third = load_path(tmp_path / "feed.rss")
    assert (first.title, first.source, first.author, first.url, first.date.isoformat()) == (
        "Harbour master\u2019s warning: \u201cstay off the wall\u201d \u2013 again", "The Quay & Harbour Post",
        "Ruth Cole", "https://quaypost.example/2025/02/03/harbour-wall/", "2025-02-03")
    assert first.body.split("\n\n") == [
        "The harbour master has warned people to stay off the sea wall after three people were swept off it in a month.",
        "\u201cThe wall is not a viewing platform,\u201d said Captain Ian Burns. \u201cThe next wave could be the "
        "last one you see.\u201d",
        "Signs will be put up at both ends of the wall this week, the council said. Read the full notice."]
    assert (second.author, second.body) == (
        "Sam Idris", "The island ferry will run two fewer sailings a day from March, the operator said on Tuesday.")
    assert third.author == "Jos\u00e9 Garc\u00eda" and third.body.split("\n\n") == [  # an embedded post: its words
        "The housing minister welcomed the council\u2019s vote on the harbour barrier.",
        "Jane Minister posted on X: \u201cToday's vote is a start, not the end.\u201d",
        "Work on the barrier is due to start in the summer."]


def test_an_atom_feed_with_xml_base_resolves_its_links(tmp_path):
    (tmp_path / "notes.atom").write_text(ATOM_XML_BASE, encoding="utf-8")
    soil, hedge = load_path(tmp_path / "notes.atom")
    assert (soil.title, soil.url, soil.date.isoformat(), soil.author, soil.source) == (
        "Farmers & the new soil rules", "https://fieldnotes.example/posts/soil-rules", "2025-05-01", "Mari Evans",
        "Field Notes")
    assert "\u201cMost of us test already,\u201d said Dai Pritchard" in soil.body and "&" not in soil.body
    assert hedge.body == ("Grants for planting hedgerows reopen next week, with up to \u00a315 a metre available."
                          "\n\nApplications close in June.")


def test_the_date_a_page_was_changed_is_its_date_only_when_nothing_says_when_it_was_published(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in brightspot_wire().with_)
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rates rise", '
          '"dateModified": "2025-09-19T10:00:00Z"%s}</script>')
    for extra, date in (("", "2025-09-19"), (', "datePublished": "2025-09-18T13:02:00Z"', "2025-09-18")):
        (tmp_path / "p.html").write_text(f"<html><head>{ld % extra}</head><body><article><h1>Rates rise</h1>"
                                         f"{paras}</article></body></html>")
        (a,) = load_path(tmp_path / "p.html")
        assert a.date.isoformat() == date


@pytest.mark.parametrize("declared, author", [
    ("Jane Doe | Staff Writer", "Jane Doe"), ("Jane Doe, Senior Correspondent", "Jane Doe"),
    ("JANE DOE", "Jane Doe"), ("Staff Writer", None), ("Jane Doe, BBC News", "Jane Doe"), ("Reuters", None),
    ("Jane Doe | BBC", "Jane Doe")])
def test_a_declared_author_is_the_people_it_names(tmp_path, declared, author):
    paras = "".join(f"<p>{p}</p>" for p in brightspot_wire().with_)
    (tmp_path / "p.html").write_text(f'<html><head><meta name="author" content="{declared}"></head><body><article>'
                                     f"<h1>Rates rise</h1>{paras}</article></body></html>")
    (a,) = load_path(tmp_path / "p.html")
    assert a.author == author


def test_a_relative_canonical_link_resolves_against_the_address_the_page_was_saved_from(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in brightspot_wire().with_)
    (tmp_path / "p.html").write_text(
        "<!-- saved from url=(0047)https://www.valleytribune.example/amp/rates-rise -->\n<html><head>"
        '<link rel="canonical" href="/business/rates-rise"><meta name="date" content="2025/09/18 13:02">'
        f"</head><body><article><h1>Rates rise</h1>{paras}</article></body></html>")
    (a,) = load_path(tmp_path / "p.html")
    assert (a.url, a.date.isoformat()) == ("https://www.valleytribune.example/business/rates-rise", "2025-09-18")


def test_a_json_feed_is_read_as_its_items(tmp_path):
    """JSON Feed 1.1: each item an article (ids stable, relative urls resolved, the feed's author for items
    without their own); an item with no content is skipped with its reason, not the file."""
    import json

    from briefing.index.ingest import read_file
    from briefing.index.ingest.walk import walk_corpus

    items = [{"id": "https://harbournotes.example/p/1", "url": "/p/1", "title": "Quay to close",
              "content_html": "<p>The quay will close to traffic from Monday.</p>" + TWEET_FOR_FEED
              + "<p>The post <a href='/p/1'>Quay to close</a> appeared first on Harbour Notes.</p>",
              "date_published": "2025-02-03T08:30:00Z", "authors": [{"name": "Ann Vale"}]},
             {"id": "2", "title": "Barrier costs rise", "content_text": "The barrier will cost 4 million more.",
              "date_modified": "2025-02-04T09:00:00Z"},
             {"id": "2", "title": "Barrier costs rise (again)", "content_text": "A second item with the same id."},
             {"id": "4", "title": "Photo of the day", "image": "https://harbournotes.example/i.jpg"}]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes",
            "home_page_url": "https://harbournotes.example/", "authors": [{"name": "Harbour Notes team"}],
            "items": items}
    (tmp_path / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    (found,) = list(walk_corpus(tmp_path))
    articles, skipped = read_file(found)
    first, second, third = articles
    assert (first.title, first.url, first.source, first.author, first.date.isoformat()) == (
        "Quay to close", "https://harbournotes.example/p/1", "Harbour Notes", "Ann Vale", "2025-02-03")
    assert first.body.split("\n\n") == ["The quay will close to traffic from Monday.",
                                        "Jane Minister posted on X: \u201cToday's vote is a start.\u201d"]
    assert (second.id, second.body, second.date.isoformat(), second.author) == (
        "feed#2", "The barrier will cost 4 million more.", "2025-02-04", "Harbour Notes team")
    assert third.id == "feed#2-2" and len({a.id for a in articles}) == 3
    assert [(s.path, s.reason) for s in skipped] == [("feed.json#4", "empty")]


TWEET_FOR_FEED = ('<blockquote class="twitter-tweet"><p lang="en">Today&#39;s vote is a start.</p>&mdash; Jane '
                  'Minister (@janeminister) <a href="https://twitter.com/janeminister/status/9">February 3, 2025</a>'
                  '</blockquote>')


@pytest.mark.parametrize("head, extra, author, source", [
    ('<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">', "", "Jane Doe, John Roe", None),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": '
     '"Associated Press"}}</script><meta property="og:site_name" content="City Star">', "", None, "City Star"),
    ('<meta property="og:site_name" content="www.citystar.example"><title>Rates rise | City Star</title>', "",
     None, "City Star"),
    ("", '<div class="byline">By <a href="/a/jd">Jane Doe</a>, City Star</div>', "Jane Doe", "City Star")])
def test_authors_and_sources_as_a_reader_names_them(tmp_path, head, extra, author, source):
    """Every author a page lists; an agency typed as a Person is no author; a site name that is an address
    gives way to the name in the title; 'Jane Doe, City Star' is a byline with its outlet."""
    paras = "".join(f"<p>{p}</p>" for p in brightspot_wire().with_)
    (tmp_path / "p.html").write_text(f"<html><head>{head}</head><body><article><h1>Rates rise</h1>{extra}{paras}"
                                     "</article></body></html>")
    (a,) = load_path(tmp_path / "p.html")
    assert (a.author, a.source) == (author, source)


def test_an_embed_left_unclosed_takes_no_story_text_with_it():
    from briefing.index.ingest.embeds import social_embeds
    from html_pages_news import TWEET

    broken = TWEET.replace("</blockquote>", "") + "<p>Story text that stays.</p><blockquote><p>A pull quote.</p></blockquote>"
    out = social_embeds(broken)
    assert "Story text that stays." in out and "A pull quote." in out
    assert social_embeds(TWEET + "<p>Story text that stays.</p>").startswith(
        "<p>Jane Minister posted on X: \u201cWe will not stop")


def test_an_aggregators_items_keep_their_own_outlets(tmp_path):
    """Google News: the outlet is each item's ``<source>``, not 'Google News', and its name leaves the
    headline and the summary."""
    from feed_shapes import GOOGLE_NEWS_RSS

    (tmp_path / "top.rss").write_text(GOOGLE_NEWS_RSS, encoding="utf-8")
    (a,) = load_path(tmp_path / "top.rss")
    assert (a.title, a.source, a.date.isoformat(), a.body) == (
        "Harbour minister resigns over leaked report", "Harbour Daily", "2024-03-05",
        "Harbour minister resigns over leaked report")


def test_a_section_feed_names_its_outlet_and_a_feedburner_item_its_own_address(tmp_path):
    from feed_shapes import SECTION_FEEDBURNER_RSS

    (tmp_path / "politics.rss").write_text(SECTION_FEEDBURNER_RSS, encoding="utf-8")
    (a,) = load_path(tmp_path / "politics.rss")
    assert (a.source, a.url, a.author, a.date.isoformat()) == (
        "The Harbour Post", "https://www.harbourpost.example/politics/2025/02/20/council-tax/", "Nia Rowe",
        "2025-02-20")
    assert a.body.split("\n\n")[1] == "\u201cWe have no other way to protect adult social care,\u201d said council leader Ian Fox."
    assert "Jo Lee" not in a.body
