"""Ingestion: read a corpus folder (txt, md, html, json, jsonl, RSS/Atom feeds) into :class:`Article` records.

Bad files never stop a run: each one becomes a :class:`SkippedFile` with a specific reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from ..config import max_bytes as _max_bytes
from ..errors import CorpusError
from ..models import Article, SkippedFile
from .decode import Unusable, decode_bytes, decode_page
from .feeds import feed_outlet, looks_like_feed, parse_feed
from .html import extractor_error, fallback_notice, parse_html
from .mhtml import html_of_mhtml
from .webarchive import html_of_webarchive
from .markup import parse_markdown
from .normalize import normalize_meta, normalize_text
from .pathdate import date_from_path
from .pathsource import source_from_path
from .plaintext import parse_text
from .records import parse_records
from .walk import Found, article_format, sidecar_name, walk_corpus

__all__ = ["read_file", "load_path", "walk_corpus", "Found", "article_id_for", "content_hash", "extractor_error",
           "fallback_notice", "charset_notice"]


def article_id_for(rel: str) -> str:
    """The stable id of a file's article: its relative path without the extension."""
    stem, ext = os.path.splitext(rel)
    return stem if ext else rel


def content_hash(meta: dict[str, Any]) -> str:
    """sha256 over the body and the metadata that is indexed."""
    fields = [str(meta.get(key) or "") for key in ("title", "source", "date", "url", "author", "body")]
    return hashlib.sha256(("\x1f".join(fields) + "\x1f").encode("utf-8", "surrogatepass")).hexdigest()


class NotRegular(OSError):
    """The path is a FIFO, socket or device: opening or reading it could block or never end."""


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


def read_regular(path: str | os.PathLike[str], limit: int) -> tuple[os.stat_result, bytes | None]:
    """``(stat, bytes)`` of a regular file, or ``(stat, None)`` when it is larger than ``limit``.

    Opened non-blocking and checked with ``fstat`` on the open descriptor, so a FIFO or device
    (even one swapped in after the corpus was listed) raises :class:`NotRegular` instead of hanging.
    Read with ``os.read`` until the end (no file object: a read costs two system calls).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(f"not a regular file ({_KINDS.get(stat.S_IFMT(st.st_mode), 'special file')})")
        if st.st_size > limit:
            return st, None
        chunks, got, want = [], 0, st.st_size + 1  # the whole file in one read, unless it grew
        while got <= limit and (chunk := os.read(fd, min(want, limit + 1 - got))):
            chunks.append(chunk)
            got += len(chunk)
            want = 1 << 16
        data = b"".join(chunks)
        return st, (data if len(data) <= limit else None)
    finally:
        os.close(fd)


def _clean_str(value: Any) -> Any:
    """Lone surrogates (from JSON '\\ud800' escapes or undecodable names) become U+FFFD: the index stores UTF-8."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")  # fails exactly on surrogates; a C pass, unlike a regex scan
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", value)
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")
_NORMAL_BODY = {"txt": ("body",), "md": ("body",)}
"""Formats whose body is cut from the decoded, normalised file text: it has no surrogates and nothing
to normalise, so neither :func:`_clean_str` nor :func:`normalize_meta` scans it again."""


def _sidecar(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    folder, name = os.path.split(path)
    side = os.path.join(folder, sidecar_name(name))
    try:
        _, raw = read_regular(side, 1 << 20)
        data = json.loads(raw.decode("utf-8-sig")) if raw is not None else None
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _parse(text: str, fmt: str, path: str | os.PathLike[str],
           sidecar: bool | None = None, rel: str = "") -> list[tuple[str | None, dict[str, Any] | Unusable]]:
    """Parse decoded text into (record suffix, metadata) pairs (``sidecar``: see :class:`Found`; ``rel``:
    the path below the corpus, whose date a plain-text article without one takes)."""
    if fmt in ("json", "jsonl"):
        out: list[tuple[str | None, dict[str, Any] | Unusable]] = []
        multi = fmt == "jsonl" or text.lstrip().startswith("[")
        for n, rec in parse_records(text, fmt):
            many = multi or isinstance(n, str)  # (a JSON Feed's items are keyed by their ids)
            if isinstance(rec, Unusable):
                out.append((str(n) if many else None, rec))
            else:
                out.append(((rec.pop("record_id") or str(n)) if many else None, rec))
        return out
    side = _sidecar(path) if sidecar is not False else None
    if fmt == "md":
        meta = parse_markdown(text)
    elif fmt == "html":
        meta = parse_html(text)
    else:
        meta = parse_text(text, use_headline=side is None)
    if side is not None:
        from .fields import metadata_from

        meta.update({k: v for k, v in metadata_from(side).items() if v is not None})
        if fmt == "html" and not meta.get("source"):  # a fetched page that names no site: its feed, its host
            from .fields import text_value
            from .htmlmeta import domain

            meta["source"] = feed_outlet(text_value(side.get("feed_title")), meta.get("url")) or domain(meta.get("url"))
    if fmt == "txt" and not meta.get("date") and rel:
        meta["date"] = date_from_path(rel)
    return [(None, meta)]


def read_file(found: Found, max_bytes: int | None = None) -> tuple[list[Article], list[SkippedFile]]:
    """Read one found file into articles, and skipped entries for what could not be used."""
    limit = _max_bytes(max_bytes)
    rel, fmt = found.rel, found.format or article_format(found.path.name) or "txt"
    try:
        st, data = read_regular(found.fspath, limit)  # (the path as walked: no Path object made)
        if data is None:
            return [], [SkippedFile(path=rel, reason="too large", detail=f"{st.st_size:,} bytes > limit {limit:,}")]
    except NotRegular as exc:
        return [], [SkippedFile(path=rel, reason="unreadable", detail=str(exc))]
    except FileNotFoundError:
        return [], [SkippedFile(path=rel, reason="vanished", detail="deleted while the corpus was read")]
    except OSError as exc:
        reason = "symlink loop" if exc.errno == 40 else "unreadable"
        return [], [SkippedFile(path=rel, reason=reason, detail=str(exc.strerror or exc))]
    if len(data) > limit:
        return [], [SkippedFile(path=rel, reason="too large", detail=f"more than {limit:,} bytes")]
    if fmt == "html" and looks_like_feed(data):  # a feed saved from the browser as .html
        fmt = "feed"
    guessed = None  # the encoding of a page that declares none and is not UTF-8
    try:
        if fmt == "feed":  # entries are normalised field by field, below
            parsed = parse_feed(data)
        else:
            if fmt in ("mhtml", "webarchive"):  # a page saved as one file: its HTML is read as any page
                page, guessed = (html_of_mhtml if fmt == "mhtml" else html_of_webarchive)(data)
                data, fmt = page.encode("utf-8"), "html"
            if fmt == "html":
                text, guessed_here = decode_page(data)
                guessed = guessed or guessed_here
            else:
                text = decode_bytes(data)
            if fmt not in ("json", "jsonl"):  # records are normalised field by field, below
                text = normalize_text(text)
                if not text.strip():
                    raise Unusable("empty", "no text once invisible characters are removed")
            parsed = _parse(text, fmt, found.fspath, found.sidecar, found.rel)
    except Unusable as exc:
        return [], [SkippedFile(path=rel, reason=exc.reason, detail=exc.detail)]
    except (RecursionError, MemoryError, ValueError) as exc:
        return [], [SkippedFile(path=rel, reason="not decodable", detail=f"{type(exc).__name__}: {exc}"[:200])]
    base = article_id_for(rel)
    articles, skipped = [], []
    for suffix, meta in parsed:
        if isinstance(meta, Unusable):
            skipped.append(SkippedFile(path=f"{rel}#{suffix}" if suffix else rel, reason=meta.reason,
                                       detail=meta.detail))
            continue
        meta.setdefault("title", "")
        if not meta.get("source"):  # a text that names no outlet: the one its folder or file name names
            meta["source"] = source_from_path(rel)
        clean = _NORMAL_BODY.get(fmt, ())
        meta = normalize_meta({k: v if k in clean else _clean_str(v) for k, v in meta.items()}, clean)
        if not meta["body"].strip():  # nothing but soft hyphens or zero-width characters
            skipped.append(SkippedFile(path=f"{rel}#{suffix}" if suffix else rel, reason="empty",
                                       detail="no text once invisible characters are removed"))
            continue
        articles.append(Article(
            id=_clean_str(f"{base}#{suffix}" if suffix else base),
            path=rel,
            title=meta.get("title") or "",
            source=meta.get("source"),
            date=meta.get("date"),
            url=meta.get("url"),
            author=meta.get("author"),
            body=meta["body"],
            hash=content_hash(meta),
            format=fmt,  # type: ignore[arg-type]
            extractor=meta.get("extractor"),
            charset_guess=guessed,
            partial=meta.get("partial"),
            mtime_ns=st.st_mtime_ns,
            size=st.st_size,
        ))
    for sk in skipped:
        if sk.path == rel and articles:  # the whole file's problem, though its entries were read
            sk.kept = len(articles)
    return articles, skipped


def charset_notice(guessed: dict[str, str], names: int = 3) -> str | None:
    """The one message an index run gives about pages read in a guessed encoding (``path → encoding``)."""
    if not guessed:
        return None
    n = len(guessed)
    encodings = ", ".join(dict.fromkeys(guessed.values()))
    shown = ", ".join(list(guessed)[:names]) + (", …" if n > names else "")
    return (f"{n} HTML page{'s' if n != 1 else ''} not in UTF-8 or the charset {'it names' if n == 1 else 'they name'}: "
            f"read as {encodings}, a guess ({shown}). If accents or quotation marks look wrong, add "
            "<meta charset=\"…\"> naming the page's encoding.")


def load_path(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None,
              max_bytes: int | None = None) -> list[Article]:
    """Articles of one file outside (or inside) a corpus; raises :class:`CorpusError` if unusable."""
    p = Path(path).expanduser()
    if not p.is_file():
        raise CorpusError(f"no such file: {p}")
    rel = p.name
    if root is not None:
        try:
            rel = p.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    articles, skipped = read_file(Found(rel, p, article_format(p.name) or "txt"), max_bytes)
    if not articles:
        why = skipped[0] if skipped else None
        raise CorpusError(f"cannot read {p}: {why.reason}{': ' + why.detail if why and why.detail else ''}"
                          if why else f"no article in {p}")
    return articles
