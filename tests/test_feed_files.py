"""Feed files in a corpus (RSS 2.0, RSS 1.0/RDF, Atom): each entry an article; bad ones reported."""

from __future__ import annotations

import datetime as dt

from briefing.index.indexer import update_index
from briefing.index.ingest import read_file, walk_corpus
from briefing.index.library import open_library

from feed_server import atom, rdf, rss

ITEMS = [
    {"title": "Port strike enters &lt;b&gt;third&lt;/b&gt; week", "link": "https://news.example/port-strike?utm_source=rss",
     "guid": "port-strike-77", "summary": "Short teaser only.",
     "content": "<p>Dockworkers in Kessel walked out again.</p><script>alert(1)</script><p>Talks resume Friday.</p>"},
    {"title": "Harbour fees rise", "link": "https://news.example/fees", "guid": "https://news.example/fees#g",
     "summary": "&lt;p&gt;The authority raised &lt;em&gt;berth fees&lt;/em&gt; by nine percent.&lt;/p&gt;"},
]


def _articles(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    found = [f for f in walk_corpus(tmp_path) if f.rel == name]
    assert found, f"{name} is not walked as an article file"
    return read_file(found[0])


def test_rss_entries_are_articles_with_full_content_and_stable_ids(tmp_path):
    articles, skipped = _articles(tmp_path, "wire.rss", rss("Kessel Wire", ITEMS))
    assert skipped == []
    assert [a.title for a in articles] == ["Port strike enters third week", "Harbour fees rise"]
    first, second = articles
    assert first.id == "wire#port-strike-77"  # a short plain guid is the id as it is
    assert second.id.startswith("wire#") and len(second.id) == len("wire#") + 12  # a URL guid: its hash
    assert first.body == "Dockworkers in Kessel walked out again.\n\nTalks resume Friday."  # content:encoded, not summary
    assert "alert" not in first.body
    assert second.body == "The authority raised berth fees by nine percent."  # summary HTML as text
    assert first.source == "Kessel Wire" and first.author == "Mara Quist"
    assert first.date == dt.date(2025, 6, 10) and first.format == "feed"
    assert first.url == "https://news.example/port-strike?utm_source=rss"
    again, _ = _articles(tmp_path, "wire.rss", rss("Kessel Wire", list(reversed(ITEMS))))
    assert {a.id for a in again} == {a.id for a in articles}  # ids do not depend on the order


def test_atom_and_rdf_feeds(tmp_path):
    entries = [{"title": "Vote delayed", "link": "https://b.example/vote", "summary": "Teaser",
                "content": "<div><p>The council delayed the vote.</p></div>"}]
    articles, skipped = _articles(tmp_path, "council.atom", atom("Council Watch", entries))
    assert not skipped and len(articles) == 1
    a = articles[0]
    assert (a.title, a.body, a.source, a.author, a.date) == (
        "Vote delayed", "The council delayed the vote.", "Council Watch", "Ilse Varga", dt.date(2025, 6, 11))
    items = [{"title": "Ferry route cut", "link": "https://c.example/ferry", "summary": "The ferry to Orsa stops in May."}]
    articles, skipped = _articles(tmp_path, "islands.rdf", rdf("Island Post", items))
    assert not skipped and [(x.title, x.body, x.date, x.author) for x in articles] == [
        ("Ferry route cut", "The ferry to Orsa stops in May.", dt.date(2025, 6, 12), "Tomas Lind")]


def test_bad_feed_files_are_reported_and_nothing_indexed_is_lost(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Budget passes\n\nThe budget passed on Tuesday after a long debate.\n")
    (corpus / "wire.rss").write_text(rss("Kessel Wire", ITEMS))
    first = update_index(corpus, index)
    assert first.added == 3 and not first.skipped
    (corpus / "broken.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item>"
                                       "<title>Unclosed <b></item></channel>")
    (corpus / "page.rss").write_text("<!DOCTYPE html><html><head><title>Not a feed</title></head>"
                                     "<body><p>Just a web page saved with the wrong name.</p></body></html>")
    (corpus / "blob.xml").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (corpus / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    (corpus / "empty-channel.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                                             '</channel></rss>')
    second = update_index(corpus, index)
    reasons = {s.path: s.reason for s in second.skipped}
    assert reasons == {"broken.xml": "malformed feed", "page.rss": "not a feed", "blob.xml": "binary",
                       "sitemap.xml": "not a feed", "empty-channel.rss": "empty"}, second.skipped
    assert all(s.detail for s in second.skipped)
    assert second.removed == 0 and second.documents == 3
    lib = open_library(corpus, index, auto_index=False)
    assert lib.search("dockworkers").total == 1 and lib.search("budget").total == 1


def test_a_feed_recovered_by_the_lenient_parser_is_named_in_the_report(tmp_path):
    text = rss("Kessel Wire", ITEMS[:1]).replace("<description>News</description>",
                                                 "<description>News &nbsp; &amp</description>")
    articles, skipped = _articles(tmp_path, "loose.rss", text)
    assert [a.title for a in articles] == ["Port strike enters third week"]
    assert [(s.path, s.reason) for s in skipped] == [("loose.rss", "malformed feed")]
    assert "lenient parser" in skipped[0].detail


def test_full_html_content_leaves_the_plugins_share_and_related_blocks_out(tmp_path):
    content = ("<figure><img src='a.jpg'><figcaption>The ferry at the quay. Photo: Kai Berg</figcaption></figure>"
               "<p>Island residents will pay the same ferry fares next year, the council said on Monday.</p>"
               "<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3><ul><li><a>Twitter</a></li>"
               "<li><a>Facebook</a></li></ul></div><p>\u201cFor us the ferry is the road,\u201d said councillor "
               "Iain Moss.</p><h2>What comes next</h2><p>The operator will publish its costs in the spring.</p>"
               "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3><p>Bridge repairs delayed again"
               "</p></div><p>The post <a href='/f'>Ferry fares frozen</a> appeared first on <a>Harbour Gazette</a>.</p>")
    items = [{"title": "Ferry fares frozen", "link": "https://harbour.example/f", "guid": "f1",
              "summary": "Teaser.", "content": content}]
    (a,), skipped = _articles(tmp_path, "harbour.rss", rss("Harbour Gazette", items))
    assert a.body.split("\n\n") == [
        "Island residents will pay the same ferry fares next year, the council said on Monday.",
        "\u201cFor us the ferry is the road,\u201d said councillor Iain Moss.", "What comes next",
        "The operator will publish its costs in the spring."]


def test_atom_xhtml_title_and_content_are_read_as_text(tmp_path):
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes'
            '</title><link href="https://valleynotes.example/"/><id>urn:v</id><updated>2025-05-01T10:00:00Z</updated>'
            '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Orchard <em>frost</em> losses</div>'
            '</title><id>urn:e1</id><link href="/frost"/><published>2025-04-30T09:00:00Z</published><author><name>'
            'Mia Berg</name></author><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A late '
            "frost wiped out most of the blossom last week.</p><ul><li>Minus four on two nights</li></ul></div>"
            "</content></entry></feed>")
    (a,), skipped = _articles(tmp_path, "valley.atom", feed)
    assert (a.title, a.url, a.author, a.date, a.source) == (
        "Orchard frost losses", "https://valleynotes.example/frost", "Mia Berg", dt.date(2025, 4, 30), "Valley Notes")
    assert a.body.split("\n\n") == ["A late frost wiped out most of the blossom last week.", "Minus four on two nights"]


def test_bad_json_feeds_and_items_get_a_reason_and_the_good_items_are_kept(tmp_path):
    import json

    v11 = "https://jsonfeed.org/version/1.1"
    items = [{"id": 1, "title": "Numbered id", "content_text": "An item whose id is a number is still an item.",
              "date_published": "not a date", "authors": "Jane"}, "a string, not an item",
             {"id": "3", "title": "Nothing in it"}]
    articles, skipped = _articles(tmp_path, "feed.json", json.dumps({"version": v11, "title": "T", "items": items}))
    assert [(a.id, a.date, a.author) for a in articles] == [("feed#1", None, None)]
    assert [(s.path, s.reason) for s in skipped] == [("feed.json#2", "malformed record"), ("feed.json#3", "empty")]
    for name, text, reason in [("dict.json", json.dumps({"version": v11, "items": {"a": 1}}), "malformed feed"),
                               ("none.json", json.dumps({"version": v11, "title": "T"}), "malformed feed"),
                               ("cut.json", '{"version": "' + v11 + '", "items": [', "malformed record")]:
        articles, skipped = _articles(tmp_path, name, text)
        assert articles == [] and [(s.path, s.reason) for s in skipped] == [(name, reason)] and skipped[0].detail
