"""Markdown with YAML/TOML front matter (HTML pages are read by :mod:`.html`)."""

from __future__ import annotations

import re
from typing import Any

from .decode import Unusable
from .fields import metadata_from
from .byline import split_byline
from .plaintext import detect_metadata, first_sentence_title

_FENCE = {"---": "yaml", "+++": "toml"}


def parse_markdown(text: str) -> dict[str, Any]:
    """Front matter metadata and the body of a Markdown article."""
    stripped = text.lstrip("\ufeff")
    first = stripped.split("\n", 1)[0].strip()
    meta: dict[str, Any] = {}
    body = stripped
    if first in _FENCE:
        end = re.search(r"^" + re.escape(first) + r"[ \t]*$", stripped[len(first):], re.MULTILINE)
        if not end:
            raise Unusable("malformed front matter", f"no closing '{first}'")
        raw = stripped[len(first): len(first) + end.start()]
        body = stripped[len(first) + end.end():].lstrip("\n")
        data = _load_front_matter(raw, _FENCE[first])
        meta = {k: v for k, v in metadata_from(data).items() if v is not None}
    if not body.strip():
        raise Unusable("empty", "no text after the front matter")
    byline, body = split_byline(body)  # below a '# Heading' too; the front matter's author comes first
    if byline:
        meta.setdefault("author", byline.author)
        if byline.outlet:
            meta.setdefault("source", byline.outlet)
    if not meta.get("title"):
        m = re.match(r"\s*#\s+(.+)", body)
        meta["title"] = m[1].strip() if m else first_sentence_title(body)
    for key, value in detect_metadata(body).items():
        meta.setdefault(key, value)
    meta["body"] = body
    return meta


def _load_front_matter(raw: str, kind: str) -> dict:
    try:
        if kind == "yaml":
            import yaml

            data = yaml.safe_load(raw) if raw.strip() else {}
        else:
            import tomllib

            data = tomllib.loads(raw)
    except Exception as exc:  # yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError, ...
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise Unusable("malformed front matter", f"{kind.upper()}: {msg[:160]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise Unusable("malformed front matter", f"{kind.upper()} is a {type(data).__name__}, not a mapping")
    return data
