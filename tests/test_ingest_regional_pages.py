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


_CLINICS = ["The state cabinet on Wednesday approved a plan to build 500 new primary health centres in rural districts "
            "over the next three years.",
            "The centres will each have a doctor, two nurses and a pharmacy, and will be open seven days a week.",
            "\u201cNo village should be more than 10 km from a doctor,\u201d Health Minister R. Venkatesh told reporters.",
            "The plan is expected to cost \u20b91,200 crore."]
_TITLE = "Cabinet approves 500 rural health centres"


def _page(tmp_path, site: str, body: str, ld: str = ""):
    from briefing.index.ingest import load_path
    from html_pages_saved import _doc

    path = tmp_path / "page.html"
    path.write_text(_doc(f"<title>{_TITLE} | {site}</title><meta property=\"og:site_name\" content=\"{site}\">{ld}",
                         f"<main><h1>{_TITLE}</h1>{body}</main>"), encoding="utf-8")
    (a,) = load_path(path)
    return a


def _ps(paras) -> str:
    from html import escape

    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


def test_a_syndicated_feed_story_loses_its_agency_date_line_and_feed_note(tmp_path, extractor):
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{_TITLE}", "datePublished": "2025-03-05T16:02:00+05:30"}}</script>')
    paras = ["Bengaluru, Mar 5 (PTI) " + _CLINICS[0], *_CLINICS[1:]]
    a = _page(tmp_path, "Deccan Wire", "<p>PTI | Updated: 05-03-2025 16:02 IST</p>" + _ps(paras)
              + "<p>(Only the headline of this report may have been reworked by Deccan Wire; the rest of the content "
                "is auto-generated from a syndicated feed.)</p>", ld)
    assert a.body.split("\n\n") == paras
    assert str(a.date) == "2025-03-05"


def test_a_university_story_gives_its_written_by_author_and_loses_its_category_and_contact(tmp_path, extractor):
    a = _page(tmp_path, "University of Westfield", '<p class="meta">Written by Jane Roe | Published 14 April 2025</p>'
              "<p>Category: Research</p>" + _ps(_CLINICS) + "<h2>Media contact</h2><p>Jane Roe, Communications "
              "Officer</p><p>Tel: +44 1632 960123</p><p>j.roe@westfield.example</p>")
    assert a.body.split("\n\n") == _CLINICS
    assert str(a.date) == "2025-04-14"
    assert a.author in (None, "Jane Roe")  # (trafilatura leaves the meta line out: nothing names her)


def test_an_agency_release_loses_its_release_date_and_contact_lines(tmp_path, extractor):
    a = _page(tmp_path, "Department of Health", '<div class="release-date">Release Date: March 5, 2025</div><div>'
              "<p>Media Contact:</p><p>Press Office</p><p>202-555-0100</p></div>" + _ps(_CLINICS)
              + "<p>Get our weekly newsletter, delivered free each Tuesday</p><p>###</p>")
    assert a.body.split("\n\n") == _CLINICS
    assert str(a.date) == "2025-03-05"


@pytest.mark.parametrize("line, date", [("PTI | Updated: 05-03-2025 16:02 IST", None),
                                        ("Release Date: March 5, 2025", "2025-03-05"),
                                        ("Posted Wed 5 Mar 2025 at 5:00am, updated Wed 5 Mar 2025 at 9:12am",
                                         "2025-03-05")])
def test_date_lines_with_their_labels_are_read_as_date_lines(line, date):
    from briefing.index.ingest.html import _without_date_line

    body, found = _without_date_line(f"{line}\n\n{_CLINICS[0]}\n\n{_CLINICS[1]}")
    assert body == f"{_CLINICS[0]}\n\n{_CLINICS[1]}" and (str(found) if found else None) == date
    assert _without_date_line(f"{line}\n\n{_CLINICS[0]}", order=True)[1] is not None


@pytest.mark.parametrize("line", ["Press Office", "202-555-0100", "+44 1632 960123",
                                  "(Only the headline of this report may have been reworked by Deccan Wire.)",
                                  "Get our local newsletter, delivered free each Tuesday"])
def test_release_and_feed_lines_are_furniture(line):
    assert is_furniture_line(line)


def test_a_release_s_category_line_under_its_text_is_furniture():
    """'Category' is an ordinary word too: its line is furniture outside the release's text (see
    :func:`.lines.outside_story`)."""
    from briefing.index.ingest.lines import without_furniture_lines

    assert without_furniture_lines(f"{_CLINICS[0]}\n{_CLINICS[1]}\nCategory: Research") == f"{_CLINICS[0]}\n\n{_CLINICS[1]}"


@pytest.mark.parametrize("line", ["The category: research spending rose 4%.", "Press Office staff walked out on Friday, "
                                  "the union said.", "In 2025-2026 the budget grew.",
                                  "Only the headline figures were released, officials said."])
def test_story_lines_like_them_stay(line):
    assert not is_furniture_line(line)
