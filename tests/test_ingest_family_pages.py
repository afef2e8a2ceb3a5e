"""Pages of content-system families (see :mod:`html_pages_families`): the stored fields, every paragraph of
the story and none of the page around it, by trafilatura and by the plain fallback parser alike; the story
JSON a script assigns is read without running the script."""

from __future__ import annotations

import json

import pytest

from briefing.index.ingest import html as html_ingest
from briefing.index.ingest.scriptdata import assigned_data, script_data_text
from html_pages_families import all_families
from html_pages_saved import check_saved, load_saved

PAGES = all_families()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_family_page_fields_text_and_quotes(tmp_path, extractor, page):
    paras = check_saved(load_saved(tmp_path, page), page)
    assert not [p for p in paras if len(p.split()) >= 4 and any(p in q for q in paras if q != p)]  # none twice


def test_assigned_json_is_read_in_its_forms_and_code_is_not_run():
    code = ('window.a = {"x": [1, undefined]}; b.c=JSON.parse(\'{"k":"it\\\'s \\x3Cb\\u003E"}\');'
            ' var d = function(){ return {"no": 1} }; e = [1, 2]; if (f == {"g": 1}) {}; h = {i: 1};'
            ' window.__INITIAL_DATA__="{\\"data\\":3}"; t = "{not json"; 9z = [0]; u !== [0];')
    assert assigned_data(code) == [{"x": [1, None]}, {"k": "it's <b>"}, [1, 2], {"data": 3}]
    assert assigned_data("x = JSON.parse(atob('e30='))") == []
    assert assigned_data("y = " + "[" * 100_000) == []  # too deep to read: skipped


def test_a_typed_body_list_gives_its_text_blocks_not_captions_or_promos():
    story = ["The harbour board will dredge the channel this autumn so that larger ferries can dock at low tide.",
             "Fishermen said the work must not start before the end of the herring season in October."]
    elements = [{"type": "text", "content": story[0]},
                {"type": "image", "caption": "The harbour at low tide on Sunday morning, seen from the pier."},
                {"type": "raw_html", "content": "<p>Sign up for our newsletter and get the news every day.</p>"},
                {"type": "text", "content": story[1]}]
    html = (f"<script>Fusion.globalContent={json.dumps({'content_elements': elements})};</script>"
            '<script type="text/x-template">t = {"content_elements": []}</script>')
    assert script_data_text(html) == "\n".join(story)


@pytest.mark.parametrize("line, furniture", [
    ("14:52", True), ("14.52 BST", True), ("Sun 12 Oct 2025 14.52 BST", True), ("Updated at 14:52 BST", True),
    ("12m ago", True), ("2 hours ago", True), ("9:05 a.m. ET", True), ("Key events", True), ("Key event", True), ("Just now", True), ("Live updates", True),
    ("Live updates from the summit resume at nine on Monday.", False),
    ("Please turn on JavaScript in your browser to use this feature.", True), ("Article content", True),
    ("- Advertisement -", True), ("Related Stories", True), ("Ravi ShahFollow6 min read\u00b7Feb 3, 2025", True),
    ("3.45", False), ("1.20 EUR", False), ("May 2025", False), ("March 3, 2025", False), ("Key events unfolded fast in the afternoon", False),
    ("It was a 5 min read.", False), ("Related stories show the risk was known, she said.", False),
    ("JavaScript is required to view this page", True), ("Enable JavaScript to continue.", True),
    ("Enable JavaScript only on the sites you trust and keep the browser up to date.", False),
    ("JavaScript is disabled by default in the new strict mode of the browser.", False),
    ("Turn on JavaScript for sites you trust and block it for the rest.", False), ("Sunday 10.30am", False),
])
def test_live_blog_stamps_and_labels_are_furniture_lines_but_not_story_lines(line, furniture):
    from briefing.index.ingest.lines import is_furniture_line

    assert is_furniture_line(line) is furniture


def test_a_teaser_cut_inside_a_word_is_a_repeat_of_its_paragraph():
    from briefing.index.ingest.repeats import without_repeats

    full = "The queues this morning were the longest I have seen in twenty years, she said."
    assert without_repeats(["The queues this morning were the longest I have seen in twe", full]) == [full]
    assert without_repeats(["The queues this morning were long", full]) == ["The queues this morning were long", full]


@pytest.mark.parametrize("code", ["= {" * 50_000, "a." * 100_000 + "b = {", "x = [" * 20_000, "a = {" * 50_000,
                                  'x = JSON.parse("' + '\\"' * 50_000, "x = JSON.parse('\\x4", "y = [1, " * 30_000])
def test_hostile_scripts_give_no_story_and_do_not_raise(code):
    assert script_data_text(f"<script>{code}</script>") == ""


@pytest.mark.parametrize("page", ["<script>" * 100_000, "<p>Hi</p>" + "<script>a" * 100_000,
                                  '<script type="application/json">[">' + "<" * 400_000 + '"]</script>',
                                  "<script>x = [\">" + "<" * 400_000 + "\"]</script>"],
                         ids=["open tags", "open tags after text", "JSON script", "assigned"])
def test_unclosed_scripts_and_runs_of_brackets_are_read_in_one_pass(page):
    assert script_data_text(page) == ""  # (each read again from every '<' would take hours)


def test_a_story_nested_deep_in_lists_of_blocks_is_read_once_per_string():
    sentence = "The council will meet again on Monday to settle the budget for the coming year."
    node: object = [sentence, sentence.replace("Monday", "Friday")]
    for _ in range(15):  # (30 levels: lists and dicts)
        node = [{"id": "block one", "items": node, "more": ["A gallery of the day in pictures " * 300]}]
    got = script_data_text(f'<script type="application/json">{json.dumps(node)}</script>').split("\n")
    assert got == [sentence, sentence.replace("Monday", "Friday")]


def test_flight_rows_give_paragraph_text_without_class_names_or_references():
    from briefing.index.ingest.flight import flight_values

    p = ["$", "p", None, {"className": "lead text-lg", "children": ["It cost ", "$$5 and ", ["$", "a", None, {
        "href": "/x", "children": "a pound"}], " more.", "$L3"]}]
    tree = ["$", "div", None, {"className": "body", "children": [p, ["$", "svg", None, {"children": "icon"}]]}]
    payload = '1:I[12,["a.js"],"X"]\n0:' + json.dumps(tree) + '\n2:T1a,plain text row\n'
    assert flight_values(payload, 100) == ["It cost $5 and a pound more."]
    assert flight_values("3:[1]\n" + payload, 1) == []  # (rows past the limit are not read)


def test_a_whole_story_shown_beside_its_data_and_a_paywall_box_is_read_from_the_page(extractor):
    story = ["The ferry company will add a night sailing on Fridays from June, its chief executive said on Monday.",
             "Tickets for the new crossing go on sale next week at the same price as the evening sailing.",
             "Islanders had asked for a later boat for years so that they could stay on the mainland for concerts.",
             "The company said it would review the timetable again at the end of the summer season."]
    data = {"story": {"blocks": [{"type": "text", "text": p} for p in story]
                      + [{"type": "text", "text": "A caption-like line about the ferry leaving the harbour at dusk today."}]}}
    page = ("<html><head><title>Night ferry</title></head><body><article><h1>Night ferry on Fridays</h1>"
            + "".join(f"<p>{p}</p>" for p in story) + '</article><div class="paywall-box"><p>Subscribe today</p></div>'
            + f"<script>window.__INITIAL_STATE__ = {json.dumps(data)};</script></body></html>")
    got = html_ingest.parse_html(page)
    assert got["body"].split("\n\n") == story and got["extractor"] != "structured data"


def test_story_paragraphs_that_look_like_furniture_are_kept(extractor):
    story = ["Browsers will soon warn their users before a page runs code they have not seen before, the makers "
             "announced on Tuesday.",
             "Enable JavaScript only on the sites you trust and keep the browser up to date.",
             "JavaScript is disabled by default in the new strict mode of the browser.",
             "Related stories from the same week show the risk was known for years.",
             "Updated at the request of the council, the map now shows every closed road.",
             "Maya Stern:", "What changes for people who use the browser at work on shared computers?",
             "Rui Costa:", "Very little at first, because most offices already block unknown code on their machines.",
             "Sunday 10.30am",
             "The first warnings will appear in the test version next month and in the main version by the end "
             "of the year."]
    page = ('<html><head><title>Browsers to warn before running unknown code</title><meta name="author" '
            'content="Maya Stern"></head><body><article><h1>Browsers to warn before running unknown code</h1>'
            '<p class="byline">By Maya Stern</p>' + "".join(f"<p>{p}</p>" for p in story) + "</article></body></html>")
    got = html_ingest.parse_html(page)
    assert got["body"].split("\n\n") == story and got["author"] == "Maya Stern"


def test_a_long_page_behind_a_paywall_name_is_no_teaser_of_its_data(extractor):
    shown = [f"Section {n} of the inquiry report sets out what the harbour board knew about berth {n} in {1990 + n % 30}."
             for n in range(400)]  # (over 7,000 words: more than any teaser)
    data = {"story": {"blocks": [{"type": "text", "text": p} for p in shown + [
        f"Appendix {n} lists the letters the board sent to the ministry about berth {n} that year." for n in range(400)]]}}
    page = ('<html><head><title>Inquiry report</title></head><body><article class="paywall-free"><h1>Inquiry report</h1>'
            + "".join(f"<p>{p}</p>" for p in shown) + "</article>"
            + f"<script>window.__INITIAL_STATE__ = {json.dumps(data)};</script></body></html>")
    got = html_ingest.parse_html(page)
    assert got["body"].split("\n\n") == shown and got["extractor"] != "structured data"
