"""Saved pages: canonical URLs, file names, decoding, and the atomic write of page + sidecar."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..atomic import atomic_write_bytes

PAGES_DIR = "web"
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|_ga)$", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_CANONICAL = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
HTML_TYPES = ("text/html", "application/xhtml+xml")


def canonical_url(url: str) -> str:
    """One spelling per article: lower-case scheme and host, no default port, no fragment, no tracking
    parameters (``utm_*``, ``fbclid``, ...), '/' for an empty path."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, 80 if scheme == "http" else 443) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def page_rel(canonical: str) -> str:
    """The page's path in the corpus: ``web/<host>/<slug>-<hash>.html`` (stable for a canonical URL)."""
    parts = urlsplit(canonical)
    host = re.sub(r"[^a-z0-9.-]+", "_", parts.netloc.lower()).strip("._") or "host"
    last = [s for s in parts.path.split("/") if s]
    slug = re.sub(r"\.(s?html?|php|aspx?)$", "", last[-1].lower()) if last else "index"
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:60] or "page"
    digest = hashlib.sha1(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{PAGES_DIR}/{host[:80]}/{slug}-{digest}.html"


def decode_page(body: bytes, charset: str | None) -> str:
    """A page's text: the HTTP charset, else the ``<meta charset>``, else UTF-8 (bad bytes replaced)."""
    candidates = [charset]
    m = _META_CHARSET.search(body[:4096])
    if m:
        candidates.append(m[1].decode("ascii", "replace"))
    for enc in candidates:
        if enc:
            try:
                return body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("utf-8", "replace")


def page_canonical(html: str, base: str) -> str | None:
    """The ``<link rel="canonical">`` of a page, as a canonical http(s) URL, or None."""
    from urllib.parse import urljoin

    tag = _CANONICAL.search(html[:200_000])
    href = _HREF.search(tag[0]) if tag else None
    if not href:
        return None
    url = urljoin(base, (href[1] or href[2] or href[3] or "").strip())
    return canonical_url(url) if urlsplit(url).scheme in ("http", "https") else None


def save_page(corpus: Path, rel: str, html: str, meta: dict[str, Any]) -> str:
    """Write the page and its ``.meta.json`` sidecar atomically; 'new', 'updated' or 'unchanged'.

    The sidecar is written first, so when the page's own change is seen by the indexer its metadata is
    already in place; an unchanged page (same text, same feed metadata) is not rewritten at all.
    """
    target = corpus / rel
    side = target.with_name(target.name[: -len(".html")] + ".meta.json")
    data = html.encode("utf-8", "surrogatepass")
    try:
        old = target.read_bytes()
    except OSError:
        old = None
    try:
        old_meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old_meta = None
    same_meta = isinstance(old_meta, dict) and {k: v for k, v in old_meta.items() if k != "fetched"} == \
        {k: v for k, v in meta.items() if k != "fetched"}
    if old == data and same_meta:
        return "unchanged"
    atomic_write_bytes(side, (json.dumps(meta, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    atomic_write_bytes(target, data)
    return "new" if old is None else "updated"
