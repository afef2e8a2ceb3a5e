"""The app says once when HTML pages were read without trafilatura, or names merged without the nickname
table (a broken install)."""

from __future__ import annotations

import sys

import pytest

from app_helpers import settle
from briefing.index.ingest import html as html_ingest
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from html_pages import bbc_like, wordpress_like


@pytest.fixture
def trafilatura_broken(monkeypatch):
    """``import trafilatura`` fails for real, as with lxml 6 and no lxml_html_clean."""
    for name in [m for m in sys.modules if m.split(".")[0] in ("trafilatura", "justext")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lxml.html.clean", None)
    monkeypatch.setattr(html_ingest, "_state", {})
    yield
    html_ingest._state.clear()


async def test_app_notifies_once_about_the_fallback(tmp_path, trafilatura_broken):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in (bbc_like(0), wordpress_like(2)):
        (corpus / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        notes = [n.message for n in app._notifications]
        told = [m for m in notes if "could not be loaded" in m]
        assert len(told) == 1 and "2 HTML pages" in told[0] and "lxml.html.clean" in told[0]
        (corpus / "more.html").write_text(bbc_like(3).html, encoding="utf-8")
        await pilot.press("ctrl+r")  # re-index: another page by the fallback, but no second notice
        await settle(app, pilot)
        assert sum("could not be loaded" in n.message for n in app._notifications) == 1
        assert app.library.document_count() == 3


async def test_app_says_which_encoding_it_guessed_for_a_page_without_a_charset(tmp_path):
    from html_pages_saved import windows_1252

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = windows_1252()
    (corpus / "legacy.html").write_bytes(page.data.replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b""))
    (corpus / "modern.html").write_text(bbc_like(0).html, encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        told = [n.message for n in app._notifications if "a guess" in n.message]
        assert len(told) == 1 and "read as windows-1252" in told[0] and "legacy.html" in told[0]
        assert app.library.document_count() == 2
        assert "\u201cShift workers" in app.library.article("legacy").body


async def test_app_says_once_when_the_nickname_table_cannot_be_read(tmp_path, monkeypatch):
    from briefing.index.quotes import name_merge

    monkeypatch.setitem(sys.modules, "nicknames", None)  # ``import nicknames`` fails for real
    name_merge._nicknames.cache_clear()
    monkeypatch.setattr(name_merge, "_TABLE_ERROR", [])
    try:
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "a.txt").write_text("Budget\n\n“The budget is balanced,” Joe Okafor said.\n", encoding="utf-8")
        app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            await pilot.press("ctrl+r")
            await settle(app, pilot)
            told = [n.message for n in app._notifications if "nicknames package" in n.message]
            assert len(told) == 1 and "ModuleNotFoundError" in told[0]  # once, after a re-index too
    finally:
        name_merge._nicknames.cache_clear()
