"""``briefing fetch`` / ``briefing add`` against a real HTTP server on 127.0.0.1 started here."""

from __future__ import annotations

import gzip
import json

import pytest

from briefing.index.cli import main
from briefing.index.fetch import Limits, add_urls, fetch_corpus, read_opml
from briefing.index.indexer import update_index
from briefing.index.library import open_library

from feed_server import FeedServer, atom, news_page, opml, rdf, rss

FAST = dict(timeout=0.5, delay=0.0, per_host=2, max_bytes=200_000)


def limits(**kw) -> Limits:
    return Limits(**{**FAST, **kw})


@pytest.fixture
def server():
    with FeedServer() as srv:
        srv.set("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        yield srv


def _pages(corpus):
    return sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.html"))


def _site(srv):
    """Three feeds (RSS, Atom, RDF) over five articles, one article listed by two feeds."""
    srv.set("/news/strike.html", news_page("Port strike enters third week",
                                           ["Dockworkers in Kessel walked out for a third week on Monday.",
                                            "\u201cWe will not move,\u201d said union leader Anna Berg."]))
    srv.set("/news/fees", news_page("Harbour fees rise", ["The port authority raised berth fees by nine percent."]))
    srv.set("/council/vote", news_page("Council delays vote", ["The council delayed the vote on the ferry budget."],
                                       site="Council Watch"))
    srv.set("/islands/ferry", news_page("Ferry route cut", ["The ferry to Orsa stops sailing in May."],
                                        site="Island Post"))
    srv.set("/feeds/wire.rss", rss("Kessel Wire", [
        {"title": "Port strike enters third week", "link": srv.url("/news/strike.html?utm_source=rss"),
         "content": "<p>Dockworkers walked out.</p>"},
        {"title": "Harbour fees rise", "link": srv.url("/news/fees")},
    ]), content_type="application/rss+xml")
    srv.set("/feeds/council.atom", atom("Council Watch", [
        {"title": "Council delays vote", "link": srv.url("/council/vote")},
        {"title": "Port strike: day 15", "link": srv.url("/news/strike.html#top")},  # same article, other feed
    ]), content_type="application/atom+xml")
    srv.set("/feeds/islands.rdf", rdf("Island Post", [{"title": "Ferry route cut", "link": srv.url("/islands/ferry")}]),
            content_type="application/rdf+xml")
    return [srv.url(p) for p in ("/feeds/wire.rss", "/feeds/council.atom", "/feeds/islands.rdf")]


def test_fetch_reads_rss_atom_rdf_and_stores_each_article_once(tmp_path, server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml(_site(server)))
    summary = fetch_corpus(corpus, limits())
    by_status = {(r.kind, r.status) for r in summary.results}
    assert summary.feeds == 3 and summary.new == 4 and summary.failed == 0, summary.results
    assert ("page", "duplicate") in by_status and summary.duplicate == 1
    pages = _pages(corpus)
    assert len(pages) == 4 and all(p.startswith("web/127.0.0.1_") for p in pages)
    assert len(server.hits("/news/strike.html?utm_source=rss")) + len(server.hits("/news/strike.html")) == 1
    strike = next(p for p in pages if "strike" in p)
    side = json.loads((corpus / strike).with_name(strike.rsplit("/", 1)[1][:-5] + ".meta.json").read_text())
    assert side["url"] == server.url("/news/strike.html")  # canonical: no tracking parameter, no fragment
    assert side["feed"] in (server.url("/feeds/wire.rss"), server.url("/feeds/council.atom"))
    assert side["title"] and side["fetched"].endswith("+00:00")
    # a clear User-Agent on every request; robots.txt read once for the host
    assert all(h["user-agent"].startswith("Briefing/") for _, h in server.requests)
    assert len(server.hits("/robots.txt")) == 1
    index = update_index(corpus, tmp_path / "index")
    assert index.added == 4 and not index.skipped
    lib = open_library(corpus, tmp_path / "index", auto_index=False)
    hits = lib.search("dockworkers").hits
    assert len(hits) == 1 and hits[0].path == strike
    assert lib.search("orsa").total == 1 and lib.search("berth").total == 1


def test_failures_are_reported_url_by_url(tmp_path, server):
    srv = server
    srv.set("/ok", news_page("Fine", ["A page that works."]))
    srv.set("/gone", "", status=404)
    srv.set("/broken", "oops", status=500, content_type="text/plain")
    srv.set("/slow", news_page("Slow", ["Too slow."]), delay=1.5)
    srv.set("/huge", news_page("Huge", ["x" * 300_000]))
    srv.set("/loop-a", "", status=302, headers={"Location": "/loop-b"})
    srv.set("/loop-b", "", status=301, headers={"Location": "/loop-a"})
    srv.set("/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    srv.set("/private/secret", news_page("Secret", ["Robots say no."]))
    srv.set("/feeds/news.rss", rss("Mixed", [{"title": t, "link": srv.url(p)} for t, p in [
        ("ok", "/ok"), ("gone", "/gone"), ("broken", "/broken"), ("slow", "/slow"), ("huge", "/huge"),
        ("loop", "/loop-a"), ("pdf", "/report.pdf"), ("private", "/private/secret")]]))
    srv.set("/feeds/bad.rss", "<?xml version='1.0'?><rss><channel><title>x</title><item><title>a</titl",
            content_type="application/rss+xml")
    srv.set("/feeds/html", news_page("A page, not a feed", ["Hello."]))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url(p) for p in ("/feeds/news.rss", "/feeds/bad.rss", "/feeds/html",
                                                                  "/feeds/missing.rss")]))
    summary = fetch_corpus(corpus, limits())
    reasons = {r.url.replace(srv.base, ""): r.reason for r in summary.results if r.status == "failed"}
    assert reasons == {
        "/gone": "http 404", "/broken": "http 500", "/slow": "timeout", "/huge": "too large",
        "/loop-a": "redirect loop", "/report.pdf": "not HTML", "/private/secret": "robots.txt",
        "/feeds/bad.rss": "malformed feed", "/feeds/html": "not a feed", "/feeds/missing.rss": "http 404",
    }
    assert summary.new == 1 and summary.failed == 10 and summary.feeds == 1
    assert not server.hits("/private/secret")  # robots.txt: never requested
    assert [p.split("/")[-1].split("-")[0] for p in _pages(corpus)] == ["ok"]
    assert not list(corpus.rglob("*.tmp"))  # no half-written page left behind


def test_redirects_followed_checked_and_deduplicated(tmp_path, server):
    srv = server
    srv.set("/story", news_page("Bridge reopens", ["The Kessel bridge reopened to traffic on Sunday."]))
    srv.set("/old-story", "", status=301, headers={"Location": "/story"})
    srv.set("/to-file", "", status=302, headers={"Location": "file:///etc/passwd"})
    for n in range(7):
        srv.set(f"/hop{n}", "", status=307, headers={"Location": f"/hop{n + 1}"})
    srv.set("/stream", news_page("Streamed", ["y" * 300_000]), length=False)
    srv.set("/feeds/relative", news_page("Relative", ["Linked by a relative URL."]))
    srv.set("/feeds/f.rss", rss("F", [{"title": t, "link": srv.url(p)} for t, p in [
        ("a", "/story"), ("b", "/old-story"), ("c", "/to-file"), ("d", "/hop0"), ("e", "/stream")]]
                                + [{"title": "f", "link": "relative"}]))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url("/feeds/f.rss")]))
    summary = fetch_corpus(corpus, limits())
    outcome = {r.url.replace(srv.base, ""): (r.status, r.reason) for r in summary.results if r.kind == "page"}
    assert outcome["/feeds/relative"] == ("new", "")  # resolved against the feed's URL
    assert sorted([outcome["/story"][0], outcome["/old-story"][0]]) == ["duplicate", "new"]  # one article, two URLs
    assert outcome["/to-file"] == ("failed", "not http(s)")
    assert outcome["/hop0"] == ("failed", "too many redirects")
    assert len(srv.hits("/hop5")) == 1 and not srv.hits("/hop6")  # 5 redirects followed, not more
    assert outcome["/stream"] == ("failed", "too large")  # no Content-Length: stopped while reading
    assert len(_pages(corpus)) == 2


def test_robots_txt_that_cannot_be_read_keeps_the_host_out(tmp_path):
    with FeedServer() as srv:
        srv.set("/robots.txt", "down", status=503, content_type="text/plain")
        srv.set("/f.rss", rss("F", [{"title": "a", "link": srv.url("/a")}]))
        corpus = tmp_path / "c"
        corpus.mkdir()
        (corpus / "feeds.opml").write_text(opml([srv.url("/f.rss")]))
        summary = fetch_corpus(corpus, limits())
        assert [(r.kind, r.reason) for r in summary.results] == [("feed", "robots.txt unreachable")]
        assert [p for p, _ in srv.requests] == ["/robots.txt"]


def test_a_damaged_fetch_state_is_reported_and_started_afresh(tmp_path, server):
    srv = server
    srv.set("/a", news_page("Fine", ["A page that works."]), etag='"1"')
    srv.set("/f.rss", rss("F", [{"title": "a", "link": srv.url("/a")}]))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url("/f.rss")]))
    (corpus / ".briefing-fetch.json").write_text('{"validators": {"x": ')
    summary = fetch_corpus(corpus, limits())
    assert summary.new == 1 and len(summary.warnings) == 1 and "damaged" in summary.warnings[0]
    again = fetch_corpus(corpus, limits())
    assert again.warnings == [] and [r.status for r in again.results if r.kind == "page"] == ["unchanged"]


def test_conditional_requests_and_a_changed_page_updates_its_article(tmp_path, server):
    srv = server
    srv.set("/a", news_page("Tariff talks", ["Talks on tariffs opened in Vell on Monday."]), etag='"v1"')
    srv.set("/feed.xml", rss("Vell Daily", [{"title": "Tariff talks", "link": srv.url("/a")}]),
            content_type="text/xml", etag='"f1"')
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url("/feed.xml")]))
    assert fetch_corpus(corpus, limits()).new == 1
    page = corpus / _pages(corpus)[0]
    stamp = page.stat().st_mtime_ns
    update_index(corpus, index)
    # second run: both answers 304, nothing rewritten
    second = fetch_corpus(corpus, limits())
    assert [(r.kind, r.status, r.http_status) for r in second.results] == [("feed", "unchanged", 304),
                                                                         ("page", "unchanged", 304)]
    assert srv.hits("/a")[-1]["if-none-match"] == '"v1"' and srv.hits("/feed.xml")[-1]["if-none-match"] == '"f1"'
    assert page.stat().st_mtime_ns == stamp
    # the page changes: same file, the article updated, no duplicate
    srv.set("/a", news_page("Tariff talks collapse", ["Talks on tariffs in Vell collapsed on Tuesday."]), etag='"v2"')
    third = fetch_corpus(corpus, limits())
    assert [r.status for r in third.results if r.kind == "page"] == ["updated"]
    assert _pages(corpus) == [page.relative_to(corpus).as_posix()]
    summary = update_index(corpus, index)
    assert (summary.updated, summary.added, summary.documents) == (1, 0, 1)
    lib = open_library(corpus, index, auto_index=False)
    assert lib.search("collapsed").total == 1 and lib.search("opened").total == 0
    state = json.loads((corpus / ".briefing-fetch.json").read_text())
    assert state["validators"][srv.url("/a")]["etag"] == '"v2"'


def test_gzip_answers_and_a_304_feed_still_rechecks_its_pages(tmp_path, server):
    srv = server
    srv.set("/z", gzip.compress(news_page("Packed", ["A compressed page about grain prices."]).encode()),
            headers={"Content-Encoding": "gzip"})
    srv.set("/f.rss", rss("F", [{"title": "Packed", "link": srv.url("/z")}]), etag='"same"')
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url("/f.rss")]))
    assert fetch_corpus(corpus, limits()).new == 1
    assert "grain prices" in (corpus / _pages(corpus)[0]).read_text()
    srv.set("/z", news_page("Packed", ["Grain prices rose again."]))
    again = fetch_corpus(corpus, limits())
    assert [(r.kind, r.status) for r in again.results] == [("feed", "unchanged"), ("page", "updated")]


def test_add_a_feed_a_page_and_urls_that_are_refused(tmp_path, server):
    srv = server
    urls = _site(srv)
    corpus = tmp_path / "c"
    corpus.mkdir()
    srv.set("/xhtml", '<?xml version="1.0" encoding="utf-8"?>\n' + news_page("XHTML page", ["Served as XHTML."]),
            content_type="application/xhtml+xml")
    srv.set("/mislabelled.rss", rss("Mislabelled", [{"title": "t", "link": srv.url("/council/vote")}]))  # text/html
    summary = add_urls(corpus, [urls[2], srv.url("/news/fees"), "file:///etc/passwd", "ftp://x.example/a",
                                srv.url("/xhtml"), srv.url("/mislabelled.rss")], limits())
    assert [f.url for f in read_opml(corpus / "feeds.opml")] == [urls[2], srv.url("/mislabelled.rss")]
    outcome = {r.url: (r.kind, r.status, r.reason) for r in summary.results}
    assert outcome[srv.url("/xhtml")] == ("page", "new", "")
    assert outcome[srv.url("/mislabelled.rss")] == ("feed", "feed", "")
    assert outcome[urls[2]] == ("feed", "feed", "")
    assert outcome[srv.url("/news/fees")] == ("page", "new", "")
    assert outcome["file:///etc/passwd"][1:] == ("failed", "not http(s)")
    assert outcome["ftp://x.example/a"][1:] == ("failed", "not http(s)")
    assert summary.new == 4  # the fees and XHTML pages, the RDF feed's ferry page, the mislabelled feed's vote page
    again = add_urls(corpus, [urls[2]], limits())
    assert len(read_opml(corpus / "feeds.opml")) == 2  # listed once
    assert again.new == 0


def test_cli_fetch_json_indexes_and_reports(tmp_path, server, capsys, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml(_site(server) + [server.url("/nothing.rss")]))
    code = main(["fetch", str(corpus), "--json", "--timeout", "0.5", "--delay", "0"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["feeds"], out["new"], out["duplicate"], out["failed"]) == (3, 4, 1, 1)
    assert out["index"]["added"] == 4
    failed = [r for r in out["results"] if r["status"] == "failed"]
    assert failed == [{**failed[0], "url": server.url("/nothing.rss"), "kind": "feed", "reason": "http 404",
                       "http_status": 404}]
    assert main(["search", "Orsa", "--corpus", str(corpus), "--json"]) == 0
    assert "Ferry route cut" in capsys.readouterr().out
    code = main(["fetch", str(tmp_path), "--json"])
    assert code == 1 and "feeds.opml" in capsys.readouterr().err
    (tmp_path / "feeds.opml").write_text("<opml><body><outline xmlUrl='http://a.example/f'></body>")
    assert main(["fetch", str(tmp_path)]) == 1
    assert "feeds.opml is not valid OPML: mismatched tag" in capsys.readouterr().err
    (tmp_path / "feeds.opml").write_text('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml/>')
    assert main(["fetch", str(tmp_path)]) == 1
    assert "entity declarations are not accepted" in capsys.readouterr().err
    monkeypatch.delenv("BRIEFING_CORPUS", raising=False)
    code = main(["add", server.url("/news/fees")])  # no corpus named: the bundled seeds are not written to
    assert code == 1 and "bundled seeds are never written to" in capsys.readouterr().err


def test_per_host_limit_and_delay_are_kept(tmp_path, server):
    srv = server
    for n in range(6):
        srv.set(f"/p{n}", news_page(f"Story {n}", [f"Story number {n} text."]), delay=0.1)
    srv.set("/f.rss", rss("F", [{"title": f"S{n}", "link": srv.url(f"/p{n}")} for n in range(6)]))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([srv.url("/f.rss")]))
    import threading
    import time

    active, peak, starts, lock = [0], [0], [], threading.Lock()
    original = srv.httpd.RequestHandlerClass.do_GET

    def counting(handler):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            starts.append(time.monotonic())
        try:
            original(handler)
        finally:
            with lock:
                active[0] -= 1

    srv.httpd.RequestHandlerClass.do_GET = counting
    summary = fetch_corpus(corpus, limits(per_host=2, delay=0.1), workers=8)
    assert summary.new == 6
    assert peak[0] == 2  # 8 workers, at most 2 requests at a time to the host
    assert len(starts) == 8  # robots.txt, the feed, 6 pages
    # request starts spaced by the delay: 7 gaps of 0.1 s, where 2 at a time with 0.1 s answers and no delay take
    # ~0.4 s; the server sees each start a scheduling slip later than the fetcher sent it, hence the margin
    assert starts[-1] - starts[0] >= 7 * 0.1 - 0.08


def test_a_page_that_cannot_be_saved_is_reported(tmp_path, server):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml(_site(server)))
    (corpus / "web").write_text("a file where the pages folder would go")
    summary = fetch_corpus(corpus, limits())
    assert {(r.status, r.reason) for r in summary.results if r.kind == "page" and r.status != "duplicate"} == {
        ("failed", "cannot save")}
    assert summary.new == 0 and (corpus / "web").read_text().startswith("a file")


def test_a_fetched_page_that_names_no_site_takes_its_feeds_title_as_source(tmp_path, server):
    """No og:site_name, JSON-LD publisher, canonical URL or site name after the <title>'s headline: the
    source is the feed's title, not "unknown"."""
    bare = ("<html><head><title>Ferry fares rise</title></head><body><nav>Home News</nav>"
            "<article><h1>Ferry fares rise</h1><p>Ferry fares to Orsa rise by a fifth in June, the operator said "
            "on Monday.</p><p>Islanders said the rise would hurt families.</p></article></body></html>")
    server.set("/islands/fares", bare)
    server.set("/feeds/islands.rss", rss("Island Post Wire", [{"title": "Ferry fares rise",
                                                                "link": server.url("/islands/fares")}]),
               content_type="application/rss+xml")
    server.set("/plain/fares", bare)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "feeds.opml").write_text(opml([server.url("/feeds/islands.rss")]))
    assert fetch_corpus(corpus, limits()).new == 1
    add_urls(corpus, [server.url("/plain/fares")], limits())  # a single page: no feed, its host names it
    update_index(corpus, tmp_path / "index")
    lib = open_library(corpus, tmp_path / "index", auto_index=False)
    sources = sorted(h.source for h in lib.search("orsa").hits)
    assert sources == ["127.0.0.1", "Island Post Wire"]
