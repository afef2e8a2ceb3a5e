"""Stable quote ids: derived from the article id and the quote's text."""

from __future__ import annotations

import hashlib


def quote_id(article_id: str, text: str) -> str:
    """``q`` + 16 hex digits of sha1(article id, normalised text); re-indexing keeps it."""
    # most quotes have no blank but single spaces between words (every other blank is unprintable), and
    # no blank at either end: their words joined by single spaces are the text itself
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    norm = text.lower()
    digest = hashlib.sha1(f"{article_id}\x00{norm}".encode("utf-8", "surrogatepass")).digest()
    return "q" + digest[:8].hex()  # the first 16 hex digits
