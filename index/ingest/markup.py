"""Markdown with YAML/TOML front matter, and HTML pages (main text, title, date, site)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from .decode import Unusable
from .fields import metadata_from
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


class _TextParser(HTMLParser):
    """Fallback HTML-to-text: visible text by block, <title>, and meta tags."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
              "blockquote", "tr", "pre", "header"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "title":
            self._in_title = True
        elif tag in self._SKIP and tag != "head":
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
        return "\n\n".join(p for p in paras if p)


def _fallback_html(html: str) -> dict[str, Any]:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # the stdlib parser is lenient; be safe anyway
        raise Unusable("not decodable", f"HTML could not be parsed: {exc}") from None
    m = parser.meta
    return {
        "title": " ".join((m.get("og:title") or parser.title).split()) or None,
        "source": m.get("og:site_name") or None,
        "date": m.get("article:published_time") or m.get("date") or m.get("datepublished"),
        "url": m.get("og:url") or None,
        "author": m.get("author") or None,
        "body": parser.text(),
    }


def parse_html(html: str) -> dict[str, Any]:
    """Main text and metadata of an HTML page (trafilatura; a plain parser when it gives nothing)."""
    data: dict[str, Any] = {}
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          favor_recall=True)
        if doc is not None:
            d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            data = {"title": d.get("title"), "source": d.get("sitename"), "date": d.get("date"),
                    "url": d.get("url"), "author": d.get("author"), "body": d.get("text") or ""}
    except (Exception, RecursionError):
        data = {}
    fallback = None
    if not (data.get("body") or "").strip():
        fallback = _fallback_html(html)
        data = fallback
    elif not data.get("title"):
        fallback = _fallback_html(html)
        data["title"] = fallback.get("title")
    meta = metadata_from({k: v for k, v in data.items() if k != "body"})
    body = data.get("body") or ""
    if not body.strip():
        raise Unusable("empty", "no main text found in the HTML")
    meta = {k: v for k, v in meta.items() if v is not None}
    meta.setdefault("title", first_sentence_title(body))
    meta["body"] = body
    return meta
