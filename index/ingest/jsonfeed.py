"""JSON Feed files (https://jsonfeed.org, versions 1 and 1.1): each item is an article, as a feed entry is."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from .decode import Unusable
from .fields import parse_date, text_value


def names_json_feed(data: Any) -> bool:
    """True for an object whose ``version`` is a jsonfeed.org address, whatever its items."""
    return isinstance(data, dict) and str(data.get("version", "")).startswith(("https://jsonfeed.org/version/",
                                                                                "http://jsonfeed.org/version/"))


def is_json_feed(data: Any) -> bool:
    """True for a JSON Feed document: an object whose ``version`` is a jsonfeed.org address, with items."""
    return names_json_feed(data) and isinstance(data.get("items"), list)


def _author(item: dict, feed: dict) -> str | None:
    people = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else None) \
        or feed.get("authors") or ([feed["author"]] if isinstance(feed.get("author"), dict) else [])
    names = [text_value(p.get("name")) for p in people if isinstance(p, dict)]
    return ", ".join(n for n in names if n) or None


def json_feed_items(feed: dict) -> list[tuple[str, dict[str, Any] | Unusable]]:
    """``(item id, metadata or Unusable)`` for each item: title, url (relative ones resolved against the
    feed's home page), date published (else modified), authors, the feed's title as source, and the
    body from ``content_html`` (as text, embedded posts quoted, feed furniture left out), else
    ``content_text``, else ``summary``."""
    from .feeds import entry_key, story_text

    source = text_value(feed.get("title"))
    home = text_value(feed.get("home_page_url")) or text_value(feed.get("feed_url"))
    out: list[tuple[str, dict[str, Any] | Unusable]] = []
    used: set[str] = set()
    for n, item in enumerate(feed["items"], start=1):
        if not isinstance(item, dict):
            out.append((str(n), Unusable("malformed record", f"a {type(item).__name__}, not an item object")))
            continue
        url = text_value(item.get("url")) or text_value(item.get("external_url"))
        key = entry_key({"id": str(item.get("id") or ""), "link": url or "", "title": item.get("title") or "",
                         "published": item.get("date_published")}) or str(n)
        key, k = (key, 2) if key not in used else (f"{key}-2", 3)
        while key in used:
            key, k = f"{key.rsplit('-', 1)[0]}-{k}", k + 1
        used.add(key)
        html, plain = text_value(item.get("content_html")), text_value(item.get("content_text"))
        body = story_text(html) if html else (plain or story_text(text_value(item.get("summary")) or ""))
        if not body.strip():
            out.append((key, Unusable("empty", "the item has no content or summary")))
            continue
        out.append((key, {"title": " ".join((text_value(item.get("title")) or "").split()),
                          "url": urljoin(home, url) if url and home else url, "source": source,
                          "date": parse_date(item.get("date_published")) or parse_date(item.get("date_modified")),
                          "author": _author(item, feed), "body": body}))
    return out
