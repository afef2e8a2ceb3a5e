"""Saved news pages as users have them on disk: the stored fields, the body's shape and its quotes."""

from __future__ import annotations

import json
import quopri
import subprocess
import sys

import pytest

from briefing.index.errors import CorpusError
from briefing.index.ingest import load_path
from briefing.index.quotes import extract_quotes
from cli_inprocess import run_main
from html_pages_cms import all_cms
from html_pages_meta import all_web
from html_pages_saved import (all_saved, browser_saved, byline_in_body, inline_furniture, load_saved, time_element,
                              undeclared_site, windows_1252)

SAVED = all_saved() + all_cms() + all_web()  # saved pages, pages in the shapes content systems publish,
# archives' and saving tools' pages and the other metadata forms


@pytest.mark.parametrize("page", SAVED, ids=[p.name for p in SAVED])
def test_saved_page_fields(tmp_path, page):
    a = load_saved(tmp_path, page)
    got = {"title": a.title, "source": a.source, "date": a.date and a.date.isoformat(), "author": a.author,
           "url": a.url}
    assert {k: got[k] for k in page.meta} == page.meta


@pytest.mark.parametrize("page", SAVED, ids=[p.name for p in SAVED])
def test_saved_page_body_shape(tmp_path, page):
    a = load_saved(tmp_path, page)
    paras = a.body.split("\n\n")
    assert len(paras) >= page.min_paras and all(p and p.strip() == p and "\n" not in p for p in paras)
    # every paragraph of the story whole, quotation marks included; none of the page around it
    for s in page.with_:
        assert any(s in p for p in paras), s
    for s in page.without:
        assert s not in a.body, s
    assert not paras[0].startswith(a.title) and "Advertisement" not in a.body and "cookie" not in a.body.lower()
    assert a.title not in paras  # the headline is not a paragraph of its text, wherever it was
    assert "Sign up" not in a.body and "Subscribe" not in a.body


@pytest.mark.parametrize("page", SAVED, ids=[p.name for p in SAVED])
def test_saved_page_quotes_have_their_speakers(tmp_path, page):
    a = load_saved(tmp_path, page)
    quotes = extract_quotes(a.body, "x")
    for speakers, words in page.quotes:  # 'A|B': the name or the description the speech verb attaches
        assert any(words in q.text and any(s in (q.speaker or "") for s in speakers.split("|")) for q in quotes), \
            (speakers, [(q.speaker, q.text[:40]) for q in quotes])


def test_a_pull_quote_is_not_a_second_quote(tmp_path):
    a = load_saved(tmp_path, inline_furniture())
    assert a.body.count("younger workers") == 1
    assert len([q for q in extract_quotes(a.body, "x") if "younger workers" in q.text]) == 1


def test_byline_in_the_body_becomes_the_author(tmp_path):
    a = load_saved(tmp_path, byline_in_body())
    assert (a.author, a.source) == ("Jane Doe and John Roe", "Reuters")
    assert not a.body.startswith("By ") and "Jane Doe" not in a.body


def test_index_and_show_read_a_windows_1252_page(tmp_path):
    """The real CLI: a page declared windows-1252 is stored with its curly quotes and dashes."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = windows_1252()
    (corpus / "night-buses.html").write_bytes(page.data)
    cli = [sys.executable, "-m", "briefing.index.cli"]
    ix = ["--index-dir", str(tmp_path / "ix")]
    p = subprocess.run([*cli, "index", str(corpus), *ix, "--json"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and json.loads(p.stdout)["added"] == 1, p.stderr
    show = subprocess.run([*cli, "show", "night-buses", "--corpus", str(corpus), *ix, "--json"],
                          capture_output=True, text=True, timeout=120)
    art = json.loads(show.stdout.splitlines()[0])
    art = art.get("article", art)
    assert art["title"] == page.meta["title"] and "\u2019" in art["title"]
    assert "\u201cShift workers have waited long enough,\u201d" in art["body"] and "\u2013 a year" in art["body"]
    assert "\ufffd" not in art["body"] and "â€" not in art["body"]


def test_a_page_saved_complete_is_one_article_not_its_frames(tmp_path):
    """'Save Page As, complete' writes 'Story_files/' beside 'Story.html', with the ad and embed frames
    as .html files: the index holds the story only. A '_files' folder with no page beside it is read."""
    corpus = tmp_path / "corpus"
    assets = corpus / "Rail fares to rise_files"
    assets.mkdir(parents=True)
    (corpus / "Rail fares to rise.html").write_bytes(browser_saved().data)
    frame = ("<html><body><p>Win a cruise for two! Enter our prize draw today and you could be sailing the "
             "Caribbean this summer with all expenses paid.</p></body></html>")
    (assets / "saved_resource.html").write_text(frame)
    (assets / "main.css").write_text("body{margin:0}")
    (corpus / "notes_files").mkdir()
    (corpus / "notes_files" / "story.html").write_bytes(time_element().data)
    ix = ["--index-dir", str(tmp_path / "ix")]
    p = run_main("index", str(corpus), *ix, "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["added"] == 2
    found = run_main("search", "cruise", "--corpus", str(corpus), *ix, "--json")
    assert found.returncode == 0 and "prize draw" not in found.stdout


def test_an_mhtml_file_without_a_page_is_skipped_with_its_reason(tmp_path):
    from briefing.index.ingest import read_file
    from briefing.index.ingest.walk import walk_corpus

    (tmp_path / "broken.mhtml").write_bytes(b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
                                            b"Content-Type: text/css\r\n\r\nbody{margin:0}\r\n")
    (found,) = list(walk_corpus(tmp_path))
    articles, skipped = read_file(found)
    assert articles == [] and [(s.reason, s.detail) for s in skipped] == [
        ("not decodable", "an MHTML archive with no HTML page in it")]


def test_a_feed_saved_as_html_is_read_as_its_entries(tmp_path):
    """A browser saves a feed's address as 'feed.html': each entry is an article, not one page of tags.
    An XHTML page with an XML declaration is still a page."""
    entries = "".join(
        f"<entry><title>Ferry story {i}</title><link href='https://islandnews.example/s{i}'/><id>tag:s{i}</id>"
        f"<updated>2025-11-0{i + 1}T07:30:00Z</updated><content type='html'>&lt;p&gt;The island ferry operator "
        f"said sailings on route {i} were cancelled after a storm damaged the pier.&lt;/p&gt;</content></entry>"
        for i in range(2))
    (tmp_path / "feed.html").write_text('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator -->\n'
                                        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Island News</title>'
                                        f"{entries}</feed>")
    arts = load_path(tmp_path / "feed.html")
    assert [(a.title, a.source, a.date.isoformat(), a.url) for a in arts] == [
        (f"Ferry story {i}", "Island News", f"2025-11-0{i + 1}", f"https://islandnews.example/s{i}") for i in range(2)]
    assert all("<" not in a.body and "storm damaged the pier" in a.body for a in arts)
    page = windows_1252()
    xhtml = b'<?xml version="1.0" encoding="windows-1252"?>\n' + page.data
    (tmp_path / "page.xhtml").write_bytes(xhtml)
    (a,) = load_path(tmp_path / "page.xhtml")
    assert a.title == page.meta["title"] and a.extractor == "trafilatura"


def test_a_charset_declared_after_a_long_inline_style_is_used(tmp_path):
    page = windows_1252()
    late = page.data.replace(b"<head>\n", b"<head>\n<style>" + b".story p{margin:0 0 1em}" * 400 + b"</style>\n")
    assert late.index(b"charset=windows-1252") > 8192
    (tmp_path / "late.html").write_bytes(late)
    (a,) = load_path(tmp_path / "late.html")
    assert a.title == page.meta["title"] and "\u201cShift workers" in a.body


def test_a_section_after_the_title_is_not_the_source_when_the_address_names_the_site(tmp_path):
    """'Headline - Opinion' on thecourier.example: the source is the domain; 'Headline | The Courier'
    on the same address names the site."""
    body = "".join(f"<p>{p}</p>" for p in undeclared_site().with_)
    for suffix, source in (("Opinion", "thecourier.example"), ("The Courier", "The Courier")):
        html = (f"<html><head><title>Pensions are a promise - {suffix}</title><link rel='canonical' "
                f"href='https://www.thecourier.example/opinion/pensions'></head><body><article>"
                f"<h1>Pensions are a promise</h1>{body}</article></body></html>")
        (tmp_path / "p.html").write_text(html)
        (a,) = load_path(tmp_path / "p.html")
        assert (a.title, a.source) == ("Pensions are a promise", source)


def _undeclared(page_data: bytes) -> bytes:
    return page_data.replace(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b"")


def test_a_page_in_an_undeclared_legacy_charset_is_read_and_the_guess_is_reported(tmp_path):
    """An old browser's windows-1252 page with no charset: read as windows-1252 (its curly quotes and
    dashes right), and the real ``index`` command says which encoding was guessed, on stderr and in --json."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = windows_1252()
    data = _undeclared(page.data)
    assert b"charset" not in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    (corpus / "legacy.html").write_bytes(data)
    (corpus / "modern.html").write_bytes(time_element().data)
    (a,) = load_path(corpus / "legacy.html")
    assert a.title == page.meta["title"] and a.charset_guess == "windows-1252"
    assert "\u201cShift workers have waited long enough,\u201d" in a.body and "\u2013 a year" in a.body
    assert load_path(corpus / "modern.html")[0].charset_guess is None
    p = run_main("index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json")
    out = json.loads(p.stdout)
    assert p.returncode == 0 and out["added"] == 2 and out["skipped"] == [], p.stderr
    assert out["charset_guessed"] == {"legacy.html": "windows-1252"}
    assert "1 HTML page not in UTF-8 or the charset it names: read as windows-1252, a guess (legacy.html)" in p.stderr


def test_an_undeclared_cyrillic_page_takes_the_detectors_encoding(tmp_path):
    from briefing.index.ingest.decode import decode_page

    paras = ["\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0444\u0438\u043d\u0430\u043d\u0441\u043e\u0432 "
             "\u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u0447\u0442\u043e "
             "\u0431\u044e\u0434\u0436\u0435\u0442 \u0431\u0443\u0434\u0435\u0442 \u043f\u0435\u0440\u0435\u0441\u043c\u043e\u0442\u0440\u0435\u043d."] * 3
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    text, guessed = decode_page(html.encode("cp1251"))
    assert guessed == "windows-1251" and paras[0] in text
    assert decode_page(html.encode("utf-8")) == (html, None)  # UTF-8 is never a guess
    # UTF-8 but for one stray windows-1252 byte in a comment: UTF-8, the stray byte as U+FFFD (not mojibake)
    stray = html.replace("</article>", "<!-- X --></article>").encode("utf-8").replace(b"X", b"\x92")
    text, guessed = decode_page(stray)
    assert guessed == "utf-8" and paras[0] in text and text.count("\ufffd") == 1


def test_an_mhtml_page_in_an_undeclared_legacy_charset_is_read_and_its_guess_kept(tmp_path):
    """The HTML part of an MHTML archive with no charset anywhere, in windows-1252: guessed and marked."""
    page = windows_1252()
    b = "----MultipartBoundary--z9----"
    data = (f'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; '
            f'boundary="{b}"\r\n\r\n--{b}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: '
            "quoted-printable\r\nContent-Location: https://citydesk.example/night-buses\r\n\r\n").encode() \
        + quopri.encodestring(_undeclared(page.data)) + f"\r\n--{b}--\r\n".encode()
    assert b"charset" not in data
    (tmp_path / "legacy.mhtml").write_bytes(data)
    (a,) = load_path(tmp_path / "legacy.mhtml")
    assert (a.charset_guess, a.title, a.url) == ("windows-1252", page.meta["title"], "https://citydesk.example/night-buses")
    assert "\u201cShift workers have waited long enough,\u201d" in a.body


def test_a_utf8_page_with_a_stray_byte_is_read_and_the_user_told(tmp_path):
    """Declared UTF-8, with one windows-1252 byte pasted into a paragraph: read as UTF-8, the byte as U+FFFD,
    and marked as a guess; a page that declares UTF-8 and is mostly something else is still skipped."""
    from briefing.index.ingest import charset_notice

    page = time_element()
    data = page.data.replace(b"</head>", b"<script>" + b"window.dataLayer.push({event: 'view'});" * 40 + b"</script></head>")
    (tmp_path / "stray.html").write_bytes(data.replace(b"</article>", b"<p>Tickets cost \x805.</p></article>"))
    (a,) = load_path(tmp_path / "stray.html")
    assert a.charset_guess == "utf-8" and "Tickets cost \ufffd5." in a.body and page.with_[0] in a.body
    assert "1 HTML page not in UTF-8 or the charset it names: read as utf-8, a guess (stray.html)" in charset_notice(
        {"stray.html": "utf-8"})
    (tmp_path / "liar.html").write_bytes(b"<html><head><meta charset='utf-8'></head><body><p>caf\xe9 na\xefve "
                                         b"\x93quoted\x94 r\xe9sum\xe9 and more words here</p></body></html>")
    with pytest.raises(CorpusError, match="not decodable"):
        load_path(tmp_path / "liar.html")
