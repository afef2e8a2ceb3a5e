"""Issue 8 property tests (hypothesis): any Unicode text written to a file and ingested never raises and
its body survives; hostile query and filter strings never raise (extends test_search.py's query test
with control characters, lone surrogates, markup and very long input, and the source/speaker filters)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from briefing.index.errors import QueryError
from briefing.index.ingest import Found, read_file
from briefing.index.ingest.decode import Unusable, decode_bytes
from briefing.index.ingest.normalize import normalize_text
from briefing.index.sanitize import display_char_map, display_text, one_line

ANY_CHAR = st.characters(blacklist_categories=())  # includes controls and lone surrogates
HOSTILE = st.text(ANY_CHAR, max_size=300) | st.lists(st.sampled_from(
    ["[bold]", "[/", "[@click=app.quit]", "[link=file:///etc/passwd]", "\x1b[2J", "\x1b]52;c;eA==\x07", "\x9b",
     "\u202e", "\u2066", "\u200b", "e\u0301", "\ud800", "\x00", "\ufeff", "\u2028", "said", "“", "”", " ", "\n",
     "Zebra", "漢字", "🙂"]), max_size=40).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])


def _ingest(data: bytes, name: str):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        return read_file(Found(name, p, name.rsplit(".", 1)[1]))


@SETTINGS
@given(HOSTILE)
def test_any_json_body_survives_ingestion_exactly(text):
    """A JSON record can carry any code point (escaped); the body comes back as written, lone
    surrogates (which UTF-8 cannot hold) replaced by U+FFFD, or the record is skipped as empty."""
    data = json.dumps({"title": text, "body": text, "source": text}).encode()
    articles, skipped = _ingest(data, "a.json")
    # normalised at ingest: soft hyphens and zero-width characters dropped, odd spaces made spaces
    want = normalize_text("".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text))
    if not want.strip():
        assert not articles and [s.reason for s in skipped] in (["empty"], ["malformed record"])  # "" = no body
        return
    assert not skipped and len(articles) == 1
    a = articles[0]
    assert a.body == want and a.title == (want.strip() or "")
    a.model_dump_json()  # serialisable: nothing that cannot be encoded is left
    assert all(not (0xD800 <= ord(c) <= 0xDFFF) for c in a.body + a.title + (a.source or ""))


@SETTINGS
@given(st.text(max_size=400), st.sampled_from(["txt", "md"]))
def test_any_text_file_survives_ingestion(text, fmt):
    """Any UTF-8 text file: never raises; if indexed, the body is the file's text (after the headline)."""
    data = text.encode("utf-8")
    articles, skipped = _ingest(data, f"a.{fmt}")
    assert len(articles) + len(skipped) == 1
    if skipped:
        assert skipped[0].reason in ("empty", "binary", "malformed front matter") and skipped[0].detail
        if skipped[0].reason == "binary":  # only NULs or mostly control characters make text 'binary'
            sample = text[:8192]
            assert "\x00" in text or sum(c < " " and c not in "\n\r\t\f\x1b" for c in sample) > 8
        return
    body = articles[0].body
    normal = normalize_text(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    assert body.strip() and body in normal or (fmt == "md" and body.strip() in normal)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_give_a_reason(data):
    try:
        text = decode_bytes(data)
    except Unusable as exc:
        assert exc.reason in ("empty", "binary", "not decodable")
    else:
        assert "\x00" not in text and "\r" not in text and text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHAR, max_size=200))
def test_display_text_leaves_no_control_or_bidi_character(text):
    for shown in (display_text(text), display_char_map(text), one_line(text, 50)):
        assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c in
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c" for c in shown)
    assert len(display_char_map(text)) == len(text)  # offsets into the body stay valid
    assert "\n" not in one_line(text) and "\u2028" not in one_line(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(HOSTILE | st.text(ANY_CHAR, min_size=500, max_size=1000))
def test_hostile_queries_and_filters_never_raise(seeds_library, q):
    for kwargs in ({}, {"source": q}, {"speaker": q}):
        try:
            result = seeds_library.search(q if not kwargs else "chips", limit=3, **kwargs)
        except QueryError as exc:
            assert str(exc)
        else:
            assert result.total >= 0
    try:
        seeds_library.quotes(query=q, limit=3)
    except QueryError as exc:
        assert str(exc)
