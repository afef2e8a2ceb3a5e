"""A real HTTP server on 127.0.0.1 for fetch tests, with feeds and pages built like real ones.

Routes are mutable while it runs (a changed page, a feed that starts answering 304); every request
is recorded (path and headers) so tests can check what the downloader sent.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    """When set, sent as ETag and a matching If-None-Match is answered 304."""
    length: bool = True
    """False: no Content-Length, the body ends when the connection closes (a streamed answer)."""


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # like a real server: concurrent connects are not dropped (a 1 s SYN retry)


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                with server.lock:
                    server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                    route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route(b"<html><body><h1>Not found</h1></body></html>", status=404)
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    if route.length:
                        self.send_header("Content-Length", str(len(route.body)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FeedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes, **kw) -> None:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)

    def hits(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for p, h in self.requests if p == path]


def news_page(title: str, paragraphs: list[str], *, site: str = "Harbour Gazette", date: str = "2025-06-10",
              author: str = "Mara Quist", canonical: str | None = None) -> str:
    """An article page as news sites build them: nav, cookie banner, JSON-LD, og: meta, share bar, footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - {site}</title>{link}
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",
"datePublished":"{date}T08:00:00Z","author":{{"@type":"Person","name":"{author}"}},
"publisher":{{"@type":"Organization","name":"{site}"}}}}</script></head>
<body><div id="cookie-banner">We use cookies. Accept all cookies</div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By {author}</p><time datetime="{date}">{date}</time>
{body}
<div class="share">Share this with Facebook Share on WhatsApp</div></article>
<aside><h2>Most popular</h2><ul><li><a href="/x">Another story</a></li></ul></aside></main>
<footer>Contact {site} &copy; 2025</footer></body></html>"""


def rss(title: str, items: list[dict], *, full: bool = True) -> str:
    """An RSS 2.0 feed; each item: title, link, guid, date (RFC 822), summary, content (HTML)."""
    out = []
    for it in items:
        content = f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>" if full and it.get("content") else ""
        out.append(f"""<item><title>{it['title']}</title><link>{it['link']}</link>
<guid isPermaLink="false">{it.get('guid', it['link'])}</guid><pubDate>{it.get('date', 'Tue, 10 Jun 2025 08:00:00 GMT')}</pubDate>
<dc:creator>{it.get('author', 'Mara Quist')}</dc:creator>
<description>{it.get('summary', '')}</description>{content}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{title}</title><link>http://example.invalid/</link><description>News</description>
{''.join(out)}</channel></rss>"""


def atom(title: str, entries: list[dict]) -> str:
    """An Atom 1.0 feed; each entry: title, link, id, updated (ISO), summary, content (HTML)."""
    out = []
    for e in entries:
        content = f'<content type="html"><![CDATA[{e["content"]}]]></content>' if e.get("content") else ""
        out.append(f"""<entry><title>{e['title']}</title><link rel="alternate" href="{e['link']}"/>
<id>{e.get('id', e['link'])}</id><updated>{e.get('updated', '2025-06-11T09:30:00Z')}</updated>
<author><name>{e.get('author', 'Ilse Varga')}</name></author><summary>{e.get('summary', '')}</summary>{content}</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>urn:feed:{title}</id>
<updated>2025-06-11T09:30:00Z</updated>{''.join(out)}</feed>"""


def rdf(title: str, items: list[dict]) -> str:
    """An RSS 1.0 (RDF) feed; each item: title, link, date (ISO, dc:date), description."""
    seq = "".join(f'<rdf:li rdf:resource="{it["link"]}"/>' for it in items)
    out = "".join(f"""<item rdf:about="{it['link']}"><title>{it['title']}</title><link>{it['link']}</link>
<dc:date>{it.get('date', '2025-06-12T07:00:00Z')}</dc:date><dc:creator>{it.get('author', 'Tomas Lind')}</dc:creator>
<description>{it.get('summary', '')}</description></item>""" for it in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="urn:{title}"><title>{title}</title><link>http://example.invalid/</link>
<description>News</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>{out}</rdf:RDF>"""


def opml(urls: list[str]) -> str:
    rows = "".join(f'<outline type="rss" text="f{n}" xmlUrl="{u}"/>' for n, u in enumerate(urls))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
<outline text="News">{rows}</outline></body></opml>"""
