"""Pages as readers save them today (see :mod:`html_pages_saved2`): the stored fields, every paragraph of the story
once and none of the page around it, by trafilatura and by the plain fallback parser alike; a page saved 'complete'
beside its ``_files`` folder read as one article; two outlets' feeds (RSS 2.0 with CDATA and escaped HTML, Atom with
escaped and XHTML content) whose items each keep their own day, author and outlet; and the rules added for them
(dates written in German, French, Spanish, Portuguese and Italian, a mail client's header block, a print view's
``<title>``, a Blogger ``<title>``, a postal address line, a row of buttons, a membership appeal), on hostile input
too."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.index.ingest import load_path, read_file, walk_corpus
from briefing.index.ingest.fields import parse_date
from briefing.index.ingest.htmlmeta import site_in_title
from briefing.index.ingest.lines import is_furniture_line
from briefing.index.ingest.mailheaders import mail_date, without_mail_header
from html_pages_saved import check_saved, load_saved
from html_pages_saved2 import all_saved2, portuguese_complete, soft_paywall

PAGES = all_saved2()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_saved_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice


def test_a_soft_paywall_keeps_the_shown_story_and_marks_it_partial(tmp_path, extractor):
    page = soft_paywall()
    a = load_saved(tmp_path, page)
    assert a.body.split("\n\n") == page.with_ and a.partial == "paywall"


def test_a_page_saved_complete_beside_its_files_folder_is_one_article(tmp_path):
    """The ``_files`` folder holds the ad's iframe as ``saved_resource.html`` and the page's scripts: not articles."""
    page = portuguese_complete()
    (tmp_path / "Linha de metro.html").write_bytes(page.data)
    files = tmp_path / "Linha de metro_files"
    files.mkdir()
    (files / "saved_resource.html").write_text("<html><body><p>Anuncie aqui: o melhor preço da cidade para o seu "
                                               "carro novo, só este mês.</p></body></html>", encoding="utf-8")
    (files / "gpt.js").write_text("var googletag = googletag || {};", encoding="utf-8")
    found = list(walk_corpus(tmp_path))
    assert [f.rel for f in found] == ["Linha de metro.html"]
    articles, skipped = read_file(found[0])
    assert len(articles) == 1 and not skipped and articles[0].author == "Ana Souza"


_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Lakeside Gazette</title><link>https://lakesidegazette.example/</link><description>News</description>
<item><title>Ferry timetable &amp; fares: what changes in January</title>
<link>https://lakesidegazette.example/2026/12/07/ferry-timetable/</link><dc:creator><![CDATA[Rowan Pike]]></dc:creator>
<pubDate>Mon, 07 Dec 2026 23:30:00 -0500</pubDate><category><![CDATA[Transport]]></category>
<description><![CDATA[<p>The lake ferry will run every forty minutes&#8230;</p>]]></description>
<content:encoded><![CDATA[<p>The lake ferry will run every forty minutes instead of every half hour from January, the operator
said on Monday night.</p><figure><img src="f.jpg"><figcaption>The ferry at the north pier. Photo: Rowan Pike</figcaption>
</figure><p>&#8220;We simply do not have the crews,&#8221; said Dana Holt, the operator&#8217;s manager.</p>
<p>Fares for residents will stay the same until the spring.</p><p>The post <a href="https://lakesidegazette.example/
2026/12/07/ferry-timetable/">Ferry timetable</a> appeared first on <a href="https://lakesidegazette.example">The
Lakeside Gazette</a>.</p>]]></content:encoded></item>
<item><title>School roof repairs finished early</title><link>https://lakesidegazette.example/2026/12/06/school-roof/</link>
<dc:creator>Mei Tanaka</dc:creator><pubDate>Sun, 06 Dec 2026 20:15:00 PST</pubDate>
<description>&lt;p&gt;Repairs to the roof of the primary school on Elm Road finished a week early, the council said on
Sunday.&lt;/p&gt;&lt;p&gt;Pupils will return to their classrooms after the winter break.&lt;/p&gt;</description></item>
</channel></rss>"""

_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Northern Wire</title><id>tag:northernwire.example,2026:f</id>
<updated>2026-12-07T22:00:00+01:00</updated><link rel="alternate" href="https://northernwire.example/"/>
<entry><title type="html">Storm closes &lt;em&gt;coastal&lt;/em&gt; road</title><id>tag:northernwire.example,2026:1</id>
<link rel="alternate" href="https://northernwire.example/storm-coastal-road"/><published>2026-12-07T00:40:00+01:00</published>
<updated>2026-12-08T09:00:00+01:00</updated><author><name>Ines Varga</name></author><content type="html">&lt;p&gt;The
coastal road was closed on Monday morning after waves threw rocks onto the carriageway.&lt;/p&gt;&lt;p&gt;&amp;#8220;It
is not safe for anyone,&amp;#8221; said police inspector Lars Berg.&lt;/p&gt;</content></entry>
<entry><title>Harbour crane sold for scrap</title><id>tag:northernwire.example,2026:2</id>
<link rel="alternate" href="https://northernwire.example/harbour-crane"/><published>2026-12-05T18:00:00-08:00</published>
<author><name>Tom Okafor</name></author><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The last
steam crane in the harbour has been sold for scrap after a campaign to save it failed.</p><p>Volunteers had raised
less than a tenth of the money needed.</p></div></content></entry></feed>"""


def test_two_outlets_feeds_give_each_item_its_own_day_author_and_outlet(tmp_path):
    """Each day is the one the item was published on where it was published (23:30 at -05:00 is the 7th, not
    the UTC 8th; 00:40 at +01:00 is the 7th, not the UTC 6th), the published day before an update's."""
    (tmp_path / "lakeside.xml").write_text(_RSS, encoding="utf-8")
    (tmp_path / "northern.atom").write_text(_ATOM, encoding="utf-8")
    got = [(a.title, a.source, a.date, a.author) for name in ("lakeside.xml", "northern.atom")
           for a in load_path(tmp_path / name)]
    assert got == [
        ("Ferry timetable & fares: what changes in January", "The Lakeside Gazette", dt.date(2026, 12, 7), "Rowan Pike"),
        ("School roof repairs finished early", "The Lakeside Gazette", dt.date(2026, 12, 6), "Mei Tanaka"),
        ("Storm closes coastal road", "Northern Wire", dt.date(2026, 12, 7), "Ines Varga"),
        ("Harbour crane sold for scrap", "Northern Wire", dt.date(2026, 12, 5), "Tom Okafor")]
    ferry, school = load_path(tmp_path / "lakeside.xml")
    assert ferry.body.split("\n\n") == [
        "The lake ferry will run every forty minutes instead of every half hour from January, the operator said on "
        "Monday night.", "\u201cWe simply do not have the crews,\u201d said Dana Holt, the operator\u2019s manager.",
        "Fares for residents will stay the same until the spring."]
    assert school.body.split("\n\n")[1] == "Pupils will return to their classrooms after the winter break."
    storm, crane = load_path(tmp_path / "northern.atom")
    assert "\u201cIt is not safe for anyone,\u201d said police inspector Lars Berg." in storm.body.split("\n\n")
    assert len(crane.body.split("\n\n")) == 2 and "<" not in crane.body


@pytest.mark.parametrize("text, day", [
    ("7. Dezember 2026", (2026, 12, 7)), ("Montag, 7. Dezember 2026", (2026, 12, 7)), ("12. März 2025", (2025, 3, 12)),
    ("1er décembre 2026", (2026, 12, 1)), ("Publié le 7 décembre 2026 à 18h30, modifié le 8 décembre 2026", (2026, 12, 7)),
    ("3 août 2025", (2025, 8, 3)), ("Madrid - 7 de diciembre de 2026 - 12:40 CET", (2026, 12, 7)),
    ("7 de dezembro de 2026", (2026, 12, 7)), ("lunedì 7 dicembre 2026", (2026, 12, 7)), ("7 dic 2026", (2026, 12, 7)),
    ("31 febbraio 2026", None), ("we stayed 7 nights in 2026", None), ("7 de la 2026", None)])
def test_dates_written_in_other_languages(text, day):
    assert parse_date(text) == (dt.date(*day) if day else None)


_HEADER = "Subject: Issue 12\n\nFrom: Harbour Lines <hl@news.example>\n\nDate: Mon, 7 Dec 2026 07:02:11 +0000\n\n"


@pytest.mark.parametrize("text, body, day", [
    (_HEADER + "To: me@mail.example\n\nThe harbour authority dropped its plan.", "The harbour authority dropped its plan.",
     (2026, 12, 7)),
    ("Von: Hafenbrief <h@news.example>\n\nGesendet: 7. Dezember 2026\n\nBetreff: Ausgabe 12\n\nDer Hafen bleibt zu.",
     "Der Hafen bleibt zu.", (2026, 12, 7)),
    ("Subject:\nIssue 12\nFrom:\nHarbour Lines\nDate:\n7 Dec 2026\nThe story.", None, (2026, 12, 7)),
    ("Date: 7 Dec 2026\n\nTo: everyone\n\nThe story.", "Date: 7 Dec 2026\n\nTo: everyone\n\nThe story.", None),
    ("A: the plan\n\nData: 2026\n\nThe story.", "A: the plan\n\nData: 2026\n\nThe story.", None),
    ("The council met.\n\nThe vote was close.\n\nThe mayor spoke.\n\nThe plan passed.\n\n" + _HEADER + "End.",
     None, None)])
def test_a_mail_clients_header_block_is_no_text_and_dates_the_issue(text, body, day):
    assert mail_date(text) == (dt.date(*day) if day else None)
    if body is not None:
        assert without_mail_header(text) == body


@pytest.mark.parametrize("page_title, title, url, site", [
    ("Gemeinderat genehmigt Windräder - Druckversion - Landbote Süd", "Gemeinderat genehmigt Windräder", None,
     "Landbote Süd"),
    ("Budget vote delayed | Print version | The Courier", "Budget vote delayed", None, "The Courier"),
    ("Ashcombe Wildlife Diary: Barn owls nest again", "Barn owls nest again",
     "https://ashcombewildlife.blogspot.com/2026/12/owls.html", "Ashcombe Wildlife Diary"),
    ("Brexit: what happens next", "what happens next", "https://news.example/brexit-next", None),
    ("Morning Briefing: Rail cuts", "Rail cuts", None, None)])
def test_the_site_in_a_print_views_or_a_blogs_title(page_title, title, url, site):
    assert site_in_title(page_title, title, url) == site


@pytest.mark.parametrize("line, furniture", [
    ("548 Market Street PMB 72296, San Francisco, CA 94104", True), ("12 Quay Street, Portland, OR 97201", True),
    ("The shop at 12 High Street, Springfield, IL 62701 closed.", False),
    ("| Like | Comment | Restack |", True), ("| Cola | Rs 10 |", False), ("| Like | 40 cents |", False),
    ("Member-only story", True), ("Restack", True),
    ("Got a story about a local business? Email the newsroom at tips@paper.example", True),
    ("Got a story? They had one, and it ended badly, said the captain.", False),
    ("How do I support The Local Loaf?", True), ("How do I support my mother after the flood?", False),
    ("Become a paying member for five pounds a month and keep local reporting free for everyone.", True),
    ("Members pay five pounds a month, the club's treasurer said.", False),
    ("© Landbote Süd 2026 \u2013 Alle Rechte vorbehalten", True), ("Riproduzione riservata \u00a9 Gazzetta", True),
    ("Quelle: https://www.landbote.example/region/art12345", True),
    ("Quelle: eine Sprecherin der Stadt, die nicht genannt werden will", False)])
def test_lines_of_footers_buttons_and_appeals(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize("text", [
    "7 " * 50_000, "7. " + "Dezember " * 20_000 + "2026", "From: x\n" * 30_000, "Subject:\n" * 30_000,
    "1 A" + " b" * 50_000 + " Street, X, CA 94104", "| Like " * 20_000 + "|", "How do I support The " + "a" * 100_000])
def test_hostile_text_is_read_in_linear_time(text):
    start = time.process_time()
    for _ in range(5):
        parse_date(text)
        mail_date(text)
        without_mail_header(text)
        is_furniture_line(text)
        is_furniture_line(text[:200])
    assert time.process_time() - start < 2.0
