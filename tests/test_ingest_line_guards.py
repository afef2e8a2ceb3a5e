"""Story lines that look like the furniture the line rules leave out ('Support Grows For Rail Plan', 'Next page of
the report …', 'Powered by Wind', 'GDP +2%', 'Unsubscribe rates climbed …') stay, on their own, in a story's text
and on a page, and so do the lines after them; the furniture they resemble still goes."""

from __future__ import annotations

import pytest

from briefing.index.ingest.html import parse_html
from briefing.index.ingest.lines import is_furniture_line, without_furniture_lines

STORY_LINES = [
    "Support for the bill grew over the summer as more councils backed it.",
    "Support Grows For Rail Plan", "Support Wanes Among Young Voters", "Support Falls Again", "SUPPORT SLIPS",
    "Next page of the report shows spending on defence rising by a third.",
    "Next page in the saga came on Monday, when the board resigned.",
    "Previous page of the ledger was torn out, investigators found.",
    "Newsletter wars", "Newsletter wars: how a start-up lured reporters away from the big papers",
    "Copyright lawsuit filed", "Image caption contest",
    "Image caption contest winners were announced on Friday by the gallery.",
    "Supported by unions, the strike spread to three more ports on Tuesday.",
    "Presented by Mayor Jo Reyes, the award went to a teacher from Harbour Road school.",
    "Brought to you by Congress, the new tax code runs to 4,000 pages.",
    "Presented by Harbour Road school pupils, the play ran for three nights.",
    "Sponsored by Harbour Savings, the race raised £40,000 for the hospice.",
    "GDP +2%", "CPI +3.1%", "FTSE -1.2%", "DAX +0.8%",
    "Elsewhere on the farm", "Elsewhere on the pitch", "Elsewhere on the coast, the storm flattened beach huts.",
    "Personalised advertising is now under scrutiny from the regulator, which has opened an inquiry.",
    "Personalised ads were shown to children as young as nine, the report found.",
    "Unsubscribe rates climbed after the change, and the firm lost a tenth of its readers.",
    "Unsubscribe buttons were hidden at the bottom of the messages.",
    "Unlimited access to the park costs £20 a year for residents.",
    "Unlimited access for a year costs $99, a price many riders called too high.",
    "Catch the latest train home, police warned fans before the final.",
    "Catch the latest trains if you can: the line closes at midnight.",
    "You have reached the limit of what the state can borrow this year.",
    "You've used up all your free articles? Publishers hope so, as paywalls tighten.",
    "Disclaimer wars erupted in the drug trade.", "Also read the small print, consumer groups advise.",
    "Related - and equally worrying - is the rise in fuel poverty.",
    "Recommended - but not required - is a booster this autumn.",
    "Also Read - the council's own report, which came out on Friday, says the same.",
    "See also the chart below, which shows the fall in sales.",
    "Episode 3 of the drama drew nine million viewers on Sunday night.",
    "We use cookies to track how long readers stay, the company admitted in a filing.",
    "We and our partners in the coalition will not give up on the bill.",
    "We and our partners will keep fighting this tax until it is gone.",
    "More in common than you think", "Story continues on page 4.",
    "Thank you for reading, she wrote at the end of the letter to her staff.",
    "Reject all offers below inflation", "Reject all cuts", "Accept all terms, the bank told borrowers, or lose the loan.",
    "Discover more from the archives", "Show more courage, the bishop told ministers.",
    "Skip ad breaks and you miss the point, say broadcasters.",
    "You're receiving this message because the court ordered it, the letter began.",
    "In association with local growers", "Powered by Wind", "Log in and out of the scheme took minutes, users said.",
    "Register offices will open on Saturdays, the council said.", "Contact us if you saw the crash, police urged.",
    "Follow the authors of the report and you reach a familiar conclusion.",
    "Manage expectations, the coach told his players.",
]
"""Subheadings and sentences a story may hold."""

LABELS = ["Supported by Unions, Strike Spreads", "Powered by Wind", "In partnership with Beijing",
          "Powered by Solar, Village Goes Off Grid", "Unsubscribe rates rose", "GDP +2%"]
"""Subheadings that open like a sponsor's label or a footer: the paragraph after them is the story's."""

AFTER = "The chairman spoke for an hour about the cost of the quay and its upkeep."
BEFORE = "The board met on Tuesday to weigh the plan for the new quay."
_FILLER = [f"Paragraph {w} of the story tells how the harbour board met on Tuesday evening to weigh the plan for "
           "the new quay and its costs." for w in ("one", "two", "three", "four", "five", "six")]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_line_like_furniture_is_no_furniture_line(line):
    assert not is_furniture_line(line)
    assert without_furniture_lines("\n".join([BEFORE, line, AFTER])).split("\n\n") == [BEFORE, line, AFTER]


@pytest.mark.parametrize("label", LABELS)
def test_the_lines_after_a_subheading_like_a_label_are_kept(label):
    lines = [label, AFTER, "Short line after.", "Another short line of the story."]
    assert without_furniture_lines("\n".join(lines)).split("\n\n") == lines


@pytest.mark.parametrize("line", STORY_LINES[:24] + LABELS)
def test_a_story_line_like_furniture_stays_on_a_page(extractor, line):
    tag = "h2" if len(line.split()) < 6 and not line.endswith(".") else "p"
    paras = "".join(f"<p>{f}</p>" for f in _FILLER[:3]) + f"<{tag}>{line}</{tag}>" + \
        "".join(f"<p>{f}</p>" for f in _FILLER[3:])
    html = f"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan approved</h1>{paras}" \
           "</article></body></html>"
    body = parse_html(html)["body"].split("\n\n")
    assert line in body and all(f in body for f in _FILLER)


@pytest.mark.parametrize("line", [
    "Support The River Ledger", "Support ProPublica", "Support NPR", "Support News Herald", "Support Grist today!",
    "Next page", "Next page: The basin", "Previous page \u00bb", "Presented by Harbour Savings",
    "Catch all the latest city news and updates on Deccan Ledger.", "You've reached your limit of free articles.",
    "Unlimited access for $1 a week", "Get unlimited access for $4 a month", "Unsubscribe", "Unsubscribe here",
    "Unsubscribe from this list", "Personalised advertising and content, advertising and content measurement",
    "Personalised ads", "Reject all", "Reject all and subscribe for £1.99 a month", "Elsewhere on the BBC",
    "Discover more from The Lede", "ALSO READ - Farmers get higher compensation",
    "We and our 842 partners store and/or access information on a device, such as cookies.",
    "You are receiving this email because you signed up for The Morning Briefing.",
])
def test_the_furniture_these_lines_resemble_is_still_left_out(line):
    assert is_furniture_line(line)


def test_tickers_go_only_after_in_this_article_and_a_sponsors_ad_after_its_label():
    text = "\n".join(["In this article:", "FRRY +1.2%", "- HBR -0.4%", BEFORE, "GDP +2%", "Presented by Harbour Savings",
                      "Open an account in five minutes and earn 4.1% on savings.", AFTER])
    assert without_furniture_lines(text).split("\n\n") == [BEFORE, "GDP +2%", AFTER]


def test_a_newsletters_footer_ends_at_a_long_line_or_after_a_few_short_ones():
    footer = ["Unsubscribe | Update preferences", "Regional Courier, 12 Quay Street", "Harbour Town HT1 2AB"]
    long = ("The harbour board will publish the full plan for the quay next month, with its costs and the names of "
            "the firms that bid for the work, a spokesman said.")
    assert without_furniture_lines("\n".join([BEFORE] + footer + [long, "Short line"])).split("\n\n") == \
        [BEFORE, long, "Short line"]
    shorts = [f"Short line {n} of a page" for n in range(12)]
    kept = without_furniture_lines("\n".join(["Unsubscribe"] + shorts)).split("\n\n")
    assert kept == shorts[8:]


@pytest.mark.parametrize("quote, told", [
    ("\u201cWe will not close a single library this year.\u201d",
     "Ms Bell said the council would not close a single library this year, but warned that opening hours could be "
     "cut at six branches from April."),
    ("\u201cThe river has never been this low in living memory.\u201d",
     "Hydrologists said the river had never been this low in living memory, and that the summer rain had failed "
     "for a third year."),
])
def test_a_quote_the_story_goes_on_to_report_in_its_own_words_is_kept(quote, told):
    paras = [quote, "That was the verdict on Tuesday, as the figures were published by the county.", told]
    assert without_furniture_lines("\n".join(paras)).split("\n\n") == paras


def test_a_pull_quote_wording_a_quote_of_the_story_otherwise_is_left_out():
    paras = ["The operator cut a tenth of its timetable on Sunday after months of shortages across the region.",
             "\u201cWe cannot run buses without drivers in the city\u201d",
             "\u201cWe cannot run buses in the city we do not have drivers for,\u201d said chief executive Ann Bell."]
    assert without_furniture_lines("\n".join(paras)).split("\n\n") == [paras[0], paras[2]]


@pytest.mark.parametrize("paragraph", [
    "Voters who want a say must <a href='/r'>register</a> by Friday, the electoral commission said in an e-mail.",
    "More than 4,000 readers chose to <a href='/j'>join</a> the newsletter's founders at the launch in Leeds.",
    "The briefing ended abruptly. <a href='/s'>Subscribe</a> was the word on the banner behind the minister.",
])
def test_a_sign_up_word_linked_inside_a_sentence_makes_no_sign_up_box(paragraph):
    """A page that sets each paragraph in a block of its own: a link in a sentence is no sign-up button."""
    from briefing.index.ingest.pagescan import scan_page

    blocks = "".join(f"<div class='para'><p>{f}</p></div>" for f in _FILLER[:3]) + \
        f"<div class='para'><p>{paragraph}</p></div>"
    text = scan_page(f"<html><body><article><h1>Harbour plan</h1>{blocks}</article></body></html>").text
    assert " ".join(paragraph.replace("<a href='/r'>", "").replace("<a href='/j'>", "").replace("<a href='/s'>", "")
                    .replace("</a>", "").split()) in " ".join(text.split())


def test_a_paragraph_of_a_sign_up_link_alone_in_a_newsletters_box_is_still_one():
    from briefing.index.ingest.pagescan import scan_page

    box = ("<div class='c-box'><p>The Ledger Daily: the stories that matter, in your inbox every morning.</p>"
           "<p><a href='/n'>Sign up</a></p></div>")
    text = scan_page(f"<html><body><article><h1>Harbour plan</h1><p>{_FILLER[0]}</p>{box}</article></body></html>").text
    assert "in your inbox" not in text and _FILLER[0] in text
