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
