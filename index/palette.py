"""Stable colours for speakers: the same speaker gets the same colour everywhere (CLI and app)."""

from __future__ import annotations

import hashlib

# Distinct, readable on dark and light backgrounds (no pure red/green: those mean removed/added).
PALETTE = (
    "#e6a23c", "#4fc1e9", "#c678dd", "#98c379", "#f78c6c", "#61afef", "#d19a66", "#56b6c2",
    "#e5c07b", "#ff79c6", "#8be9fd", "#bd93f9", "#ffb86c", "#a3be8c", "#88c0d0", "#ebcb8b",
)
UNKNOWN = "#8a8a8a"


def speaker_color(name: str | None) -> str:
    """A hex colour for a speaker name (case- and spacing-insensitive); grey for no speaker."""
    key = " ".join((name or "").lower().split())
    if not key:
        return UNKNOWN
    digest = hashlib.blake2s(key.encode("utf-8", "surrogatepass"), digest_size=2).digest()
    return PALETTE[int.from_bytes(digest, "big") % len(PALETTE)]
