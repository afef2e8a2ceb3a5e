"""Stable quote ids: derived from the article id and the quote's text."""

from __future__ import annotations

import hashlib


def quote_id(article_id: str, text: str) -> str:
    """``q`` + 16 hex digits of sha1(article id, normalised text); re-indexing keeps it."""
    norm = " ".join(text.split()).lower()
    digest = hashlib.sha1(f"{article_id}\x00{norm}".encode("utf-8", "surrogatepass")).digest()
    return "q" + digest[:8].hex()  # the first 16 hex digits
