"""Pages of families the other sets leave out (see :mod:`html_pages_world`): the stored fields, every paragraph
of the story once and none of the page around it, by trafilatura and by the plain fallback parser alike; the rules
for lines they added, on story lines that look like furniture, and on hostile input."""

from __future__ import annotations

import time

import pytest

from briefing.index.ingest.lines import is_furniture_line, without_furniture_lines
from html_pages_saved import check_saved, load_saved
from html_pages_world import all_world, piano_paywall

PAGES = all_world()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_world_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice


def test_a_paywalled_page_keeps_the_story_as_far_as_it_is_shown_and_nothing_of_the_offer(tmp_path, extractor):
    page = piano_paywall()
    a = load_saved(tmp_path, page)
    assert a.body.split("\n\n")[:2] == page.with_
    assert len(a.body.split("\n\n")) <= 3  # (the paragraph cut under the fade at most)


@pytest.mark.parametrize("line, furniture", [
    ("ALSO READ - Farmers get higher compensation", True), ("Also Read | City buses to go electric", True),
    ("Catch all the latest city news and updates on Deccan Ledger.", True), ("Next page: The basin", True),
    ("You've reached your limit of free articles.", True), ("You have used all your free articles this month", True),
    ("Unlimited digital access for $2.99 a month for the first year. Cancel anytime.", True),
    ("See subscription options", True), ("Support local journalism", True), ("Episode 142", True),
    ("Copyright © The Eastern Herald. All rights reserved.", True), ("Disclaimer: This story is from a feed.", True),
    ("View in browser", True), ("Forward to a friend", True), ("Unsubscribe | Update preferences", True),
    ("You are receiving this email because you signed up for The Morning Briefing.", True),
    ("We value your privacy", True), ("Do not consent", True), ("Manage options", True),
    ("We and our 842 partners store and/or access information on a device, such as cookies.", True),
    ("Reject all and subscribe for £1.99 a month", True), ("Presented by Harbour Savings", True),
    ("This is Google's cache of https://example.com/a. It is a snapshot of the page.", True),
    ("SKIP ADVERTISEMENT", True), ("Supported by", True), ("Send any friend a story", True),
    ("As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.", True),
    ("Have a confidential tip for our reporters? Get in Touch", True), ("Story continues", True),
    ("Discover more from The Lede", True), ("Click to share on Facebook (Opens in new window)", True),
    ("More in Politics", True), ("Your email address will not be published.", True), ("Cancel reply", True),
    ("This website uses cookies", True), ("Image caption, Firefighters at the scene on Sunday", True),
    ("Elsewhere on the BBC", True), ("Log in", True), ("", False),
    ("In this article:", True), ("FRRY +1.2%", False), ("+Get alerts for Copper", True), ("Follow the authors", True),
    ("Contact us: Provide news feedback or report an error", True), ("Site feedback: Take our Survey", True),
    ("In this article, we look at what the budget means for renters.", False),
    # story lines that look like them
    ("Supported by the council, the plan went ahead.", False), ("More in sorrow than anger", False),
    ("Learn more about the plan on the council website.", False), ("Story continues on page 4.", False),
    ("Register now for the marathon on Sunday.", False), ("Thank you for reading this far, she wrote.", False),
    ("Unlimited access to the beach will end in May.", False), ("Next, the page turned to sport.", False),
    ("Disclaimers on the labels were too small to read, the court found.", False),
    ("Copyright lawyers said the ruling would be appealed.", False),
    ("We value your privacy, the company told customers in a letter after the breach, the regulator said.", False),
    ("Presented by the mayor, the award went to a teacher.", False), ("Consent was not given, police said.", False),
    ("Episode 142 of the series drew four million viewers.", False),
])
def test_lines_of_these_families_and_story_lines_like_them(line, furniture):
    assert is_furniture_line(line) is furniture


def test_a_newsletters_footer_and_a_sponsors_advertisement_are_left_out_and_the_story_after_a_label_kept():
    text = "\n".join(["Good morning. The rail operator will cut its timetable by a tenth from Sunday, it said.",
                      "Presented by Harbour Savings", "Open an account in five minutes and earn 4.1% on savings.",
                      "The drivers' union said the shortage had been years in the making.",
                      "You are receiving this email because you signed up.", "Regional Courier, 12 Quay Street"])
    assert without_furniture_lines(text).split("\n\n") == [
        "Good morning. The rail operator will cut its timetable by a tenth from Sunday, it said.",
        "The drivers' union said the shortage had been years in the making."]
    said = "Sponsored by Harbour Savings\nThe bank said it would pay for the new roof, the council said."
    assert "The bank said" in without_furniture_lines(said)


def test_one_cell_table_rows_are_read_as_lines_and_a_layout_tables_row_stays():
    from briefing.index.ingest.html import _single_cells

    rows = "| View in browser |\n| A line of the story. |\n| Another line of it. |\n| a | b |"
    assert _single_cells(rows) == "View in browser\nA line of the story.\nAnother line of it.\n| a | b |"
    big = "| " + "word " * 100 + "|"
    assert _single_cells(big + "\n| x |") == big + "\nx"
    assert _single_cells("| It costs \\| a lot |\n| b |\n| c |\n| d |\n| e |\n| f |").startswith("It costs | a lot")


def test_a_base_address_is_the_pages_only_when_it_names_a_page():
    from briefing.index.ingest.html import _page_base

    assert _page_base("https://news.example/2024/02/19/library") == "https://news.example/2024/02/19/library"
    assert _page_base("https://news.example/") is None and _page_base("https://news.example/news/") is None
    assert _page_base("/relative/page") is None and _page_base("https://news.example") is None


@pytest.mark.parametrize("line", [
    "Also Read " + "- " * 200_000, "Unlimited digital access " + "a" * 500_000, "Copyright " + "x " * 300_000,
    "You have used " + "your " * 200_000, "Presented by " + "A" * 500_000 + ".", "| " + "\\| " * 300_000 + "|",
    "We and our " + "1" * 500_000,
], ids=["dashes", "access", "copyright", "free articles", "sponsor", "cells", "partners"])
def test_the_new_line_rules_are_linear_on_hostile_lines(line):
    from briefing.index.ingest.html import _single_cells

    t0 = time.process_time()
    is_furniture_line(line)
    without_furniture_lines(line + "\n" + line)
    _single_cells(line + "\n" + line)
    assert time.process_time() - t0 < 5


@pytest.mark.parametrize("page", [
    '<template shadowrootmode="open">' * 100_000, "<noscript>" * 100_000 + "<p>Words</p>",
    '<div><a href="/n">Sign up</a>' * 50_000, '<button>' + "Subscribe " * 200_000,
], ids=["shadow roots", "noscripts", "sign-up links", "a long button"])
def test_pages_of_shadow_roots_noscripts_and_sign_up_links_are_read_in_bounded_time(tmp_path, page):
    from briefing.index.errors import CorpusError
    from briefing.index.ingest import load_path

    path = tmp_path / "p.html"
    path.write_text("<html><body>" + page + "</body></html>", encoding="utf-8")
    t0 = time.process_time()
    try:
        load_path(path)
    except CorpusError:  # (no story: a clear error)
        pass
    assert time.process_time() - t0 < 30
