"""HTML pages built like real ones: main text through trafilatura, metadata from the page, fallbacks told."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

import pytest

from briefing.index.ingest import extractor_error, load_path
import html_pages_more
from html_pages import all_pages, bbc_like, jsonld_only, reuters_like, wordpress_like

PAGES = all_pages() + html_pages_more.all_pages()


def test_trafilatura_loads_in_this_install():
    # CI installs the package non-editable: a missing dependency (lxml.html.clean) shows here
    assert extractor_error() is None


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_main_text_metadata_and_path(tmp_path, page):
    path = tmp_path / f"{page.name}.html"
    path.write_text(page.html, encoding="utf-8")
    (a,) = load_path(path)
    # the path is pinned: pages with an article in their markup go through trafilatura
    assert a.extractor == ("structured data" if page.name.startswith("jsonld") else "trafilatura")
    body = " ".join(a.body.split())
    for s in page.with_:
        assert s in body, s
    for s in page.without:
        assert (s in body) == (s in page.known_misses), s  # a fixed miss fails too: update the list
    got = {"title": a.title, "source": a.source, "date": a.date and a.date.isoformat(), "author": a.author,
           "url": a.url}
    assert {k: got[k] for k in page.meta} == page.meta


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_fallback_parser_reads_the_same_story_without_the_furniture(tmp_path, monkeypatch, page):
    """Without trafilatura, the text is the block that holds every sentence of the story: skip links, topic
    lists, 'Order Reprints | Today's Paper' rows and a site's appeal for money stay out; metadata is the same."""
    from briefing.index.ingest import html as html_ingest

    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    path = tmp_path / f"{page.name}.html"
    path.write_text(page.html, encoding="utf-8")
    (a,) = load_path(path)
    body = " ".join(a.body.split())
    for s in page.with_:
        assert s in body, s
    for s in page.without:
        assert s not in body, s
    got = {"title": a.title, "source": a.source, "date": a.date and a.date.isoformat(), "author": a.author,
           "url": a.url}
    assert {k: got[k] for k in page.meta} == page.meta


def test_the_fallback_keeps_list_items_and_a_story_with_no_block_of_its_own(tmp_path, monkeypatch):
    from briefing.index.ingest import html as html_ingest

    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    story = ["The ferry between the two islands will run twice a day from May, the operator said on Friday.",
             "Islanders had asked for a second crossing for years, saying one boat a day kept young families away.",
             "The timetable will be reviewed after the first summer, when the operator expects the busiest weeks."]
    lists = "<ul><li>Two crossings a day from May</li><li>A review after the summer</li></ul>"
    page = ("<html><head><title>Second daily ferry for the islands</title></head><body>"
            f"<div class='top'><a href='/'>Island Times</a> | <a>News</a> | <a>Sport</a></div>"
            f"<div>{lists}<p>{story[0]}</p></div><div><p>{story[1]}</p><p>{story[2]}</p></div></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (a,) = load_path(tmp_path / "p.html")
    assert a.body.split("\n\n") == ["- Two crossings a day from May", "- A review after the summer", *story]


def test_paragraph_breaks_and_no_headline_repeat(tmp_path):
    page = bbc_like(1)
    (tmp_path / "p.html").write_text(page.html, encoding="utf-8")
    (a,) = load_path(tmp_path / "p.html")
    paras = a.body.split("\n\n")
    assert len(paras) >= 4 and all(p.strip() == p and "\n" not in p for p in paras)
    assert paras[0].startswith(page.with_[0].split()[0]) or page.with_[0] in paras[0]
    assert a.title not in paras[0]


def test_site_suffix_and_section_names_are_not_title_or_source(tmp_path):
    for page in (reuters_like(1), wordpress_like(2)):
        (tmp_path / "p.html").write_text(page.html, encoding="utf-8")
        (a,) = load_path(tmp_path / "p.html")
        assert not a.title.endswith(("Reuters", "Newsday")) and a.source not in ("U.S.", None)


def test_source_falls_back_to_the_domain(tmp_path):
    html = ("<html><head><title>Ferry service resumes after storm</title>"
            "<link rel='canonical' href='https://www.islandtimes.example/news/ferry'></head><body><article>"
            "<h1>Ferry service resumes after storm</h1>"
            + "<p>The ferry between the two islands resumed on Sunday after three days of storms kept "
              "boats in port and stranded hundreds of travellers on both sides.</p>" * 3
            + "</article></body></html>")
    (tmp_path / "f.html").write_text(html, encoding="utf-8")
    (a,) = load_path(tmp_path / "f.html")
    assert a.source == "islandtimes.example" and a.url == "https://www.islandtimes.example/news/ferry"


def _run_without_trafilatura(*args, cwd=None):
    """The real CLI in a fresh interpreter where ``import trafilatura`` fails, as with lxml 6 alone."""
    code = ("import sys; sys.modules['lxml.html.clean'] = None\n"  # what lxml 6 without lxml_html_clean does
            "from briefing.index.cli import main\n"
            "sys.exit(main(sys.argv[1:]))")
    env = dict(os.environ, COLUMNS="120")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=cwd)


def test_index_says_once_when_trafilatura_cannot_load(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in (bbc_like(0), wordpress_like(2), jsonld_only(7)):
        (corpus / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    (corpus / "note.txt").write_text("Plain notes\n\nA text file is not affected by the HTML extractor.\n")
    p = _run_without_trafilatura("index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json")
    assert p.returncode == 0, p.stderr
    summary = json.loads(p.stdout)
    # two pages by the plain parser; the script-rendered page still has its JSON-LD article body
    assert summary["html_fallback"] == 2 and summary["added"] == 4
    assert "lxml.html.clean" in summary["html_extractor_error"]
    assert p.stderr.count("could not be loaded") == 1 and "2 HTML pages" in p.stderr
    again = _run_without_trafilatura("index", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert "could not be loaded" not in again.stderr  # nothing was read again: nothing to tell
    # and the fallback still leaves out the page furniture it can recognise
    show = _run_without_trafilatura("show", "bbc-0", "--corpus", str(corpus), "--index-dir",
                                    str(tmp_path / "ix"), "--json")
    art = json.loads(show.stdout.splitlines()[0])
    body = art.get("body") or art.get("article", {}).get("body", "")
    assert "Skip to content" not in body and "Share on WhatsApp" not in body and "Contact BBC News" not in body
    assert "Dock workers walked off the job" in body


def test_installed_index_reports_no_fallback(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in PAGES[:4]:
        (corpus / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    exe = shutil.which("briefing")
    cmd = [exe] if exe else [sys.executable, "-m", "briefing.index.cli"]
    p = subprocess.run([*cmd, "index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json"],
                       capture_output=True, text=True, timeout=120)
    summary = json.loads(p.stdout)
    assert summary["html_fallback"] == 0 and summary["html_extractor_error"] is None
    assert summary["added"] == 4 and "could not be loaded" not in p.stderr


def test_a_page_laid_out_with_a_table_is_read_as_text(tmp_path):
    page = html_pages_more.table_layout(5)
    (tmp_path / "t.html").write_text(page.html, encoding="utf-8")
    (a,) = load_path(tmp_path / "t.html")
    paras = a.body.split("\n\n")
    assert a.extractor == "trafilatura" and len(paras) >= 4 and not any(p.startswith("|") for p in paras)
    assert "Archives" not in a.body and a.title == page.meta["title"]  # not 'County Courier Online - …'


def test_template_code_never_in_title_or_body(tmp_path):
    page = next(p for p in PAGES if p.name.startswith("angular"))
    (tmp_path / "a.html").write_text(page.html, encoding="utf-8")
    (a,) = load_path(tmp_path / "a.html")
    assert "{{" not in a.title and "{{" not in a.body and a.date == dt.date(2025, 7, 19)


def test_a_page_inside_one_form_still_has_its_text(tmp_path):
    """ASP.NET sites wrap the whole page in a <form>: neither trafilatura's text nor the fallback loses it."""
    from briefing.index.ingest.pagescan import scan_page

    page = bbc_like(2)
    html = page.html.replace("<body>\n", "<body>\n<form id=\"aspnetForm\" method=\"post\">").replace(
        "\n</body>", "</form>\n</body>")
    (tmp_path / "f.aspx.html").write_text(html, encoding="utf-8")
    (a,) = load_path(tmp_path / "f.aspx.html")
    fallback = scan_page(html).text
    for s in page.with_:
        assert s in " ".join(a.body.split()) and s in fallback
    assert "Contact BBC News" not in fallback and "Share on WhatsApp" not in fallback
