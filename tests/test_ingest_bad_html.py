"""Bad HTML input: each file's reason in the report, and nothing already indexed is lost."""

from __future__ import annotations

import gzip

import pytest

from briefing.index.errors import CorpusError
from briefing.index.ingest import load_path
from briefing.index.indexer import update_index
from briefing.index.library import open_library
from html_pages import bbc_like, politico_like, reuters_like


def _reasons(summary) -> dict[str, tuple[str, str]]:
    return {s.path: (s.reason, s.detail) for s in summary.skipped}


def test_broken_huge_and_binary_pages(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    good = [bbc_like(0), reuters_like(1), politico_like(5)]
    for page in good:
        (corpus / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    first = update_index(corpus, ix)
    assert first.added == 3 and not first.skipped

    # a page cut off mid-tag, one with mis-nested and unclosed tags, one with no text at all
    (corpus / "truncated.html").write_text(good[0].html[: len(good[0].html) * 2 // 3] + "<p class=\"x", encoding="utf-8")
    (corpus / "misnested.html").write_text(
        "<html><head><title>Bridge reopens after repairs</title><body><div><p>The bridge over the river "
        "reopened on Friday after <b>eight <i>months</b> of</i> repairs that cost 40 million.<p>Drivers "
        "had used a ferry and a long detour through the hills since the spring flood.</div></span></table>"
        "<p>The council said tolls would not rise this year.", encoding="utf-8")
    (corpus / "markup-only.html").write_text("<html><head><script>var x = 1;</script></head><body><div></div>"
                                             "<nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    # 50 MB: over the default 5 MiB limit
    (corpus / "huge.html").write_bytes(b"<html><body>" + b"<p>filler text for a huge page</p>" * 1_500_000
                                       + b"</body></html>")
    # binary files with an .html name: an image and a gzip-compressed page saved without decompressing
    (corpus / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    (corpus / "compressed.html").write_bytes(gzip.compress(good[1].html.encode("utf-8")))
    # an indexed page overwritten by a damaged copy keeps its indexed version
    (corpus / f"{good[2].name}.html").write_bytes(b"\x00\x01\x02" * 1000)

    summary = update_index(corpus, ix)
    reasons = _reasons(summary)
    assert reasons["huge.html"][0] == "too large" and "bytes" in reasons["huge.html"][1]
    assert reasons["photo.html"][0] == "binary"
    assert reasons["compressed.html"][0] in ("binary", "not decodable")
    assert reasons["markup-only.html"] == ("empty", "no main text found in the HTML")
    assert reasons[f"{good[2].name}.html"][0] == "binary"
    assert "keeps the version read before" in reasons[f"{good[2].name}.html"][1]
    assert summary.added == 2 and summary.removed == 0  # the truncated and the mis-nested page
    with open_library(corpus, ix) as lib:
        assert lib.document_count() == 5
        assert {h.id for h in lib.search("repairs bridge").hits} == {"misnested"}
        assert "tolls would not rise" in lib.article("misnested").body
        assert lib.article("truncated").body.startswith("Dock workers walked off the job")
        assert lib.search("Hospital waiting lists").hits  # the damaged page's indexed version
    # every run tells about the bad files again, and still loses nothing
    again = update_index(corpus, ix)
    assert set(_reasons(again)) == set(reasons) and again.removed == 0 and again.added == 0


def test_pages_in_the_charset_they_declare(tmp_path):
    para = "\u201cWe will not pay twice for the same caf\u00e9,\u201d said the mayor \u2014 again. " * 3
    (tmp_path / "latin.html").write_bytes(
        ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
         f"<title>Caf\u00e9 row</title></head><body><article><h1>Caf\u00e9 row</h1><p>{para}</p><p>{para}</p>"
         "</article></body></html>").encode("cp1252"))
    (tmp_path / "cyrillic.html").write_bytes(
        ("<?xml version='1.0' encoding='windows-1251'?><html><head><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title>"
         "</head><body><article>" + "<p>\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
         "\u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e \u043e \u043d\u043e\u0432\u044b\u0445 \u043c\u0435\u0440\u0430\u0445 "
         "\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438 \u0444\u0435\u0440\u043c\u0435\u0440\u043e\u0432.</p>" * 4
         + "</article></body></html>").encode("cp1251"))
    (tmp_path / "liar.html").write_bytes(b"<html><head><meta charset='utf-8'></head><body><p>caf\xe9 \xff\xfe</p>")
    latin = load_path(tmp_path / "latin.html")[0]
    assert "\u201cWe will not pay twice for the same caf\u00e9,\u201d said the mayor \u2014 again." in latin.body
    assert latin.title == "Caf\u00e9 row"
    assert "\u043d\u043e\u0432\u044b\u0445 \u043c\u0435\u0440\u0430\u0445" in load_path(tmp_path / "cyrillic.html")[0].body
    with pytest.raises(CorpusError, match="not decodable"):
        load_path(tmp_path / "liar.html")  # says UTF-8 and is not: reported, never guessed
