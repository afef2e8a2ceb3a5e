"""Pages of regional, national and institutional families (see :mod:`html_pages_regional`): the stored fields,
every paragraph of the story once and none of the page around it, by trafilatura and by the plain fallback parser
alike; and the rules for lines they added, on story lines that look like those lines."""

from __future__ import annotations

import pytest

from briefing.index.ingest.lines import is_furniture_line
from html_pages_regional import all_regional
from html_pages_saved import check_saved, load_saved

PAGES = all_regional()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_regional_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice


@pytest.mark.parametrize("line, furniture", [
    ("FOR IMMEDIATE RELEASE", True), ("For Immediate Release", True), ("Exclusive", True),
    ("Is this page useful? Yes No", True), ("Report a problem with this page", True), ("Media contact", True),
    ("Press enquiries:", True), ("Tel: 01234 567890", True), ("Phone: +44 (0)20 7946 0000", True),
    ("press@eastmoor.example", True), ("Contact: Jamie Cole, Press Secretary, (555) 010-2233", True),
    ("Media Contact: Ana Ruiz, ana.ruiz@state.example", True),
    ("We're sorry, this feature is currently unavailable. We're working to restore it. Please try again later.",
     True),
    ("Kara Lindqvist covers county government for The Riverton Record. Reach her at kl@record.example.", True),
    ("Omar Reed reports on health for the Valley Sentinel. Follow him on X @omarreed.", True),
    ("District News | February 2025", True), ("Parish Letter \u00b7 Issue 12, May 2025", True),
    # story lines that look like them
    ("Exclusive talks between the two firms began in May.", False),
    ("The release was delayed until Friday, officials said.", False),
    ("Contact with the crew was lost at 3 a.m., the coastguard said.", False),
    ("Is this page useful to anyone? Few readers think so.", False),
    ("The insurer covers flood damage for the whole street, Ms Reed said.", False),
    ("Smith covers the cost of repairs for The Grange tenants, and can be reached by phone.", False),
    ("Tel Aviv and Jerusalem were quiet on Sunday.", False),
    ("Sales rose 4% | February 2025 was the best month.", False),
    ("We're sorry it took so long, the mayor said.", False),
])
def test_regional_furniture_lines(line, furniture):
    assert is_furniture_line(line) is furniture
