"""Downloading news: the feeds a corpus follows (``feeds.opml``) and the pages they link to.

A polite, bounded downloader (see :mod:`.http`); pages land in ``CORPUS/web/<host>/`` as ``.html`` with
a ``.meta.json`` sidecar and are indexed like any other file. Never imports Textual.
"""

from __future__ import annotations

from .http import FetchError, Limits, user_agent
from .opml import OPML_NAME, FeedRef, OpmlError, add_to_opml, read_opml
from .pages import canonical_url, page_rel
from .run import add_urls, fetch_corpus

__all__ = ["fetch_corpus", "add_urls", "Limits", "FetchError", "user_agent", "read_opml", "add_to_opml",
           "FeedRef", "OpmlError", "OPML_NAME", "canonical_url", "page_rel"]
