"""Fetch throughput against local HTTP servers on 127.0.0.1 (one server per simulated host).

    python benchmarks/bench_fetch.py [--hosts 4] [--feeds 2] [--pages 50] [--page-kb 80]
                                     [--per-host 2] [--delay 0] [--latency 0.02] [--index]

Each host serves ``--feeds`` RSS feeds of ``--pages`` entries and the article pages they link to
(news-like HTML padded to ``--page-kb``), answering after ``--latency`` seconds like a remote
server. Prints pages/s and MB/s of a first fetch, requests/s of a second run answered 304,
and (with ``--index``) the incremental index time of the new pages.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from feed_server import FeedServer, news_page, opml, rss  # noqa: E402

from briefing.index.fetch import Limits, fetch_corpus  # noqa: E402


def serve(stack: ExitStack, hosts: int, feeds: int, pages: int, page_kb: int, latency: float) -> list[str]:
    """Start the servers; return the feed URLs."""
    urls = []
    pad = "<script>" + "var tracking = 1;" * (page_kb * 1024 // 17) + "</script>"
    for h in range(hosts):
        srv = stack.enter_context(FeedServer())
        srv.set("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        for f in range(feeds):
            items = []
            for p in range(pages):
                path = f"/news/{f}/story-{p}"
                html = news_page(f"Story {h}-{f}-{p}", [f"Paragraph {k} of story {p} on host {h}." for k in range(12)])
                srv.set(path, html.replace("</head>", pad + "</head>"), etag=f'"{h}-{f}-{p}"', delay=latency)
                items.append({"title": f"Story {h}-{f}-{p}", "link": srv.url(path)})
            srv.set(f"/feed{f}.rss", rss(f"Host {h} feed {f}", items), etag=f'"feed-{h}-{f}"', delay=latency)
            urls.append(srv.url(f"/feed{f}.rss"))
    return urls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--feeds", type=int, default=2)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--page-kb", type=int, default=80)
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--latency", type=float, default=0.02, help="server answer delay, seconds")
    ap.add_argument("--index", action="store_true", help="also time the incremental index of the pages")
    args = ap.parse_args()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        urls = serve(stack, args.hosts, args.feeds, args.pages, args.page_kb, args.latency)
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "feeds.opml").write_text(opml(urls))
        limits = Limits(timeout=10, delay=args.delay, per_host=args.per_host, max_bytes=5 << 20)
        t0 = time.perf_counter()
        first = fetch_corpus(corpus, limits, max_entries=args.pages)
        t1 = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in corpus.rglob("*.html"))
        print(f"hosts {args.hosts}, feeds {len(urls)}, pages {first.new} new / {first.failed} failed, "
              f"per-host {args.per_host}, delay {args.delay:g} s, server latency {args.latency * 1000:.0f} ms")
        print(f"first fetch: {t1:.2f} s, {first.new / t1:.0f} pages/s, {size / t1 / 1e6:.1f} MB/s "
              f"({size / max(first.new, 1) / 1024:.0f} KiB per page)")
        t0 = time.perf_counter()
        second = fetch_corpus(corpus, limits, max_entries=args.pages)
        t2 = time.perf_counter() - t0
        requests = len(second.results)
        print(f"second fetch (304s): {t2:.2f} s, {requests / t2:.0f} requests/s, {second.unchanged} pages unchanged")
        if args.index:
            from briefing.index.indexer import update_index

            t0 = time.perf_counter()
            summary = update_index(corpus, Path(tmp) / "index")
            print(f"index of the pages: {time.perf_counter() - t0:.2f} s for {summary.added} articles")


if __name__ == "__main__":
    main()
