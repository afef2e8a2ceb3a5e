"""Safari web archives (``.webarchive``, a property list holding the page) are read as the page they hold."""

from __future__ import annotations

import plistlib

import pytest

from briefing.index.ingest import load_path, read_file, walk_corpus

URL = "https://www.lakesidenews.example/2025/06/03/harbour-dredging-starts"
TITLE = "Dredging of the harbour starts after a decade of delays"
PARAS = ["Dredgers began clearing silt from the harbour mouth on Monday, ten years after the work was first "
         "promised to the fishing fleet.",
         "\u201cWe have lost boats on that bar every winter,\u201d said Ines Duarte, who chairs the fishermen's "
         "association.",
         "The work will take until October and cost 14 million, most of it paid by the port authority of Bragan\u00e7a."]


def page(encoding: str = "utf-8") -> bytes:
    html = (f'<!DOCTYPE html><html><head><meta charset="{encoding}"><title>{TITLE} | Lakeside News</title>'
            '<meta property="og:site_name" content="Lakeside News"></head><body><nav><a href="/">Home</a> '
            f'<a href="/news">News</a></nav><article><h1>{TITLE}</h1>'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</article><footer>\u00a9 Lakeside News</footer></body></html>")
    return html.encode(encoding, "xmlcharrefreplace")


def archive(main: dict, fmt=plistlib.FMT_BINARY) -> bytes:
    sub = [{"WebResourceURL": "https://www.lakesidenews.example/logo.png", "WebResourceMIMEType": "image/png",
            "WebResourceData": b"\x89PNG\r\n\x1a\n"}]
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": sub}, fmt=fmt)


def main_resource(data: bytes, encoding: str | None = "UTF-8") -> dict:
    out = {"WebResourceURL": URL, "WebResourceMIMEType": "text/html", "WebResourceData": data,
           "WebResourceFrameName": ""}
    if encoding:
        out["WebResourceTextEncodingName"] = encoding
    return out


@pytest.mark.parametrize("fmt", [plistlib.FMT_BINARY, plistlib.FMT_XML])
def test_a_safari_web_archive_is_read_as_its_page(tmp_path, fmt):
    path = tmp_path / "Dredging.webarchive"
    path.write_bytes(archive(main_resource(page()), fmt))
    (a,) = load_path(path)
    assert a.format == "html" and a.title == TITLE and a.source == "Lakeside News"
    assert a.url == URL and str(a.date) == "2025-06-03"
    assert a.body == "\n\n".join(PARAS)


def test_its_encoding_is_the_one_it_names(tmp_path):
    path = tmp_path / "latin.webarchive"
    path.write_bytes(archive(main_resource(page("iso-8859-1"), "ISO-8859-1")))
    (a,) = load_path(path)
    assert "Bragan\u00e7a" in a.body and "\u201cWe have" in a.body and a.charset_guess is None


def test_a_web_archive_is_found_in_a_corpus_and_a_broken_one_is_reported(tmp_path):
    (tmp_path / "good.webarchive").write_bytes(archive(main_resource(page())))
    (tmp_path / "broken.webarchive").write_bytes(b"bplist00\x00\x01garbage")
    (tmp_path / "image.webarchive").write_bytes(archive({**main_resource(b"\x89PNG"), "WebResourceMIMEType": "image/png"}))
    found = {f.rel: f for f in walk_corpus(tmp_path)}
    assert set(found) == {"good.webarchive", "broken.webarchive", "image.webarchive"}
    articles, skipped = read_file(found["good.webarchive"])
    assert [a.title for a in articles] == [TITLE] and not skipped
    for name, says in (("broken.webarchive", "not a readable Safari web archive"), ("image.webarchive", "image/png")):
        articles, (skip,) = read_file(found[name])
        assert not articles and skip.reason == "not decodable" and says in skip.detail
