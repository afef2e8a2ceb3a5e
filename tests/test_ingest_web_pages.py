"""Archived, cached and tool-saved pages, and dates: the page's own address and outlet, never a wrong date.

Every page of :func:`html_pages_meta.all_web` also runs through the field, text and quote checks of
``test_ingest_saved_pages``."""

from __future__ import annotations

import pytest

from briefing.index.ingest import html as html_ingest
from briefing.index.ingest import load_path
from briefing.index.ingest.fields import parse_date
from briefing.index.ingest.htmlmeta import original_url
from html_pages_meta import drupal_submitted, relative_date_only, undated_with_traps
from html_pages_web import wayback


@pytest.mark.parametrize("wrapped, original", [
    ("https://web.archive.org/web/20240305154512/https://www.site.example/a/b?x=1", "https://www.site.example/a/b?x=1"),
    ("https://web.archive.org/web/20240305154512id_/http://site.example/a", "http://site.example/a"),
    ("http://web.archive.org/web/2024/www.site.example/a", "http://www.site.example/a"),
    ("https://www-site-example.cdn.ampproject.org/c/s/www.site.example/a.amp", "https://www.site.example/a.amp"),
    ("https://www-site-example.cdn.ampproject.org/v/www.site.example/a", "http://www.site.example/a"),
    ("https://www.google.com/amp/s/www.site.example/a/amp", "https://www.site.example/a/amp"),
    ("https://www.site.example/web/2024/a", "https://www.site.example/web/2024/a"),
])
def test_an_archives_or_caches_address_is_unwrapped(wrapped, original):
    assert original_url(wrapped) == original


def test_the_wayback_toolbar_never_reaches_the_text_even_without_trafilatura(tmp_path, monkeypatch):
    """Shown (not hidden by its style) and read by the plain fallback parser: the toolbar's words are gone,
    the address is the original one."""
    page = wayback()
    data = page.data.replace(b'style="display:none;', b'style="')
    (tmp_path / "w.html").write_bytes(data)
    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "disabled for the test"})
    (a,) = load_path(tmp_path / "w.html")
    assert a.extractor == "fallback" and a.url == page.meta["url"] and a.source == "Midlands Mercury"
    assert all(s in a.body for s in page.with_) and not any(s in a.body for s in page.without)


@pytest.mark.parametrize("text, date", [
    ("Wed, 11/05/2025 - 16:30", "2025-11-05"),  # the weekday says month first
    ("Mon, 11/05/2024", None),  # neither reading is a Monday: no date
    ("Tue, 11/05/2024", "2024-11-05"),
    ("11/05/2025", None),  # ambiguous, nothing to decide it: no date
    ("25/12/2025", "2025-12-25"), ("12/25/2025", "2025-12-25"),  # only one reading is a date
    ("Published 3:45 PM EST, Tue March 5, 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"),
    ("2025\u5e743\u67085\u65e5 10:30", "2025-03-05"),
    ("Aktualisiert am 12.03.2024", "2024-03-12"), ("05.11.2025", "2025-11-05"),  # dots: day first
    ("Updated 2 hours ago", None), ("3 days ago", None),
])
def test_dates_written_in_the_text(text, date):
    got = parse_date(text)
    assert (got.isoformat() if got else None) == date


def test_a_page_with_an_ambiguous_or_relative_date_gets_the_right_one_or_none(tmp_path):
    """Drupal's 'Submitted by … on Wed, 11/05/2025' is 5 November (a reader of the number alone says 11 May);
    'Updated 2 hours ago' is no date at all, nor are a copyright year, an image folder's '/2022/05/' or a
    linked story's '/2021/04/07/' (trafilatura's date finder reads them as 1 January 2023, 1 May 2022…)."""
    for page, date in ((drupal_submitted(), "2025-11-05"), (relative_date_only(), None), (undated_with_traps(), None)):
        (tmp_path / "p.html").write_bytes(page.data)
        (a,) = load_path(tmp_path / "p.html")
        assert (a.date.isoformat() if a.date else None) == date
    no_weekday = drupal_submitted().data.replace(b"on Wed, 11/05/2025", b"on 11/05/2025")
    (tmp_path / "q.html").write_bytes(no_weekday)
    (b,) = load_path(tmp_path / "q.html")
    assert b.date is None and b.author == "Gwen Ellis" and "Submitted by" not in b.body


def test_a_name_and_role_line_at_the_top_is_the_byline(tmp_path):
    """'Priya Nair | Reporter' or 'Jane Doe, Staff Writer' as a plain first paragraph (no byline class, no
    'By'): the name is the author and the line leaves the text; 'Paris, France' is not a byline."""
    story = "".join(f"<p>{p}</p>" for p in relative_date_only().with_)
    for line, author in (("Priya Nair | Reporter", "Priya Nair"), ("Jane Doe, Staff Writer", "Jane Doe"),
                         ("Paris, France", None)):
        (tmp_path / "p.html").write_text(f"<html><head><title>Storm warning issued</title></head><body><article>"
                                         f"<h1>Storm warning issued</h1><p>{line}</p>{story}</article></body></html>")
        (a,) = load_path(tmp_path / "p.html")
        assert a.author == author and (line in a.body) == (author is None)
