"""Furniture and script data that earlier page sets left in or unread: a lone 'Support <Outlet>' button, a
newsletter box whose sign-up is a link or a button (no e-mail field on the page), a pull quote that words a
sentence of the story otherwise, Next.js flight references with a path (``"$5:props:children"``) and a Nuxt 2
state function that sets values before its ``return`` (as devalue writes a value that stands in several places).
Each by trafilatura and by the plain fallback parser, and each reader on hostile input."""

from __future__ import annotations

import json
import time

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.flight import flight_values
from briefing.index.ingest.jsliteral import MAX_EXPANDED, nuxt_state
from briefing.index.ingest.lines import is_furniture_line
from briefing.index.ingest.repeats import without_repeats
from briefing.index.ingest.scriptdata import script_data_text

_STORY = ["The county will reopen the old swing bridge to cyclists in June after a two-year repair that replaced "
          "its rusted gears and most of its deck.",
          "\u201cWe cannot keep a bridge open that we are not sure will swing shut again,\u201d said Dee Okafor, the "
          "county's bridges engineer, when it closed.",
          "The repair cost 4.8 million, a third more than planned, because the gears had to be made from scratch "
          "at a foundry in the north.",
          "Cars will stay barred from the bridge, which will open to boats on the hour from nine until six."]


def _page(body: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Swing bridge to reopen to cyclists'
            ' | River Ledger</title><meta property="og:site_name" content="River Ledger"></head><body><main>'
            f'<article><h1>Swing bridge to reopen to cyclists</h1>{body}</article></main></body></html>')


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _load(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return load_path(path)[0]


@pytest.mark.parametrize("line, furniture", [
    ("Support The River Ledger", True), ("Support ProPublica", True), ("SUPPORT THE TYEE", True),
    ("Support Grist today!", True), ("Support us", True),
    ("Support for the plan grew over the summer.", False), ("Support grew on Monday", False),
    ("Support The River Ledger and its reporters by giving what you can.", False),
])
def test_a_support_button_naming_the_outlet_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def test_a_lone_support_line_and_a_sign_up_box_without_an_email_field_are_left_out(tmp_path, extractor):
    box = ('<div class="c-box"><h3>The Ledger Daily</h3><p>The stories that matter on the river, from our newsroom '
           'to your inbox every weekday morning.</p><a class="btn" href="/newsletters">Sign up</a></div>')
    button = ('<div class="c-card"><p>Get the weekend briefing: our picks of the week, every Saturday.</p>'
              '<button type="button">Subscribe</button></div>')
    html = _page(_p(_STORY[0]) + _p(_STORY[1]) + box + _p(_STORY[2]) + "<p><a href='/give'>Support The River Ledger"
                 "</a></p>" + button + _p(_STORY[3]))
    a = _load(tmp_path, html)
    assert a.body.split("\n\n") == _STORY


def test_a_box_with_a_sign_up_link_but_no_newsletter_words_is_no_sign_up_box():
    """A club's notice with a 'Join' link is not a sign-up box; a newsletter's is."""
    from briefing.index.ingest.pagescan import scan_page

    club = ('<div class="c-box"><p>The bridge club meets at the boathouse on Thursdays and welcomes new '
            'rowers of every age.</p><a href="/club">Join</a></div>')
    letter = club.replace("The bridge club", "The bridge newsletter")
    assert "The bridge club meets at the boathouse" in scan_page(_page(_p(_STORY[0]) + club)).text
    assert "The bridge newsletter meets" not in scan_page(_page(_p(_STORY[0]) + letter)).text


def test_a_pull_quote_that_words_a_quotation_otherwise_is_left_out_with_its_attribution(tmp_path, extractor):
    pull = ('<div class="c-emph"><p>\u201cWe cannot keep a bridge open when we are not sure it will swing shut\u201d'
            '</p><p>\u2014 Dee Okafor</p></div>')
    a = _load(tmp_path, _page(_p(_STORY[0]) + _p(_STORY[1]) + pull + _p(_STORY[2]) + _p(_STORY[3])))
    assert a.body.split("\n\n") == _STORY


def test_quoted_paragraphs_that_share_few_words_or_name_a_speaker_stay():
    paras = ["\u201cWe will build the bridge,\u201d the mayor said on Monday at the opening of the new yard.",
             "\u201cWe will build it on time and on budget, and we will build it well.\u201d",
             "\u201cThe bridge will be built,\u201d she said, \u201con time.\u201d",
             "The bridge will be built on time and on budget, the mayor promised at the yard's opening.",
             "\u201cIt is the party that has disdain for its own voters,\u201d he adds.",
             "The party has disdain for its own voters, he argued in a long speech on Monday night."]
    assert without_repeats(paras) == paras


def test_paraphrased_pull_quotes_are_found_in_bounded_time_on_a_hostile_page():
    lines = ["\u201calpha beta gamma delta epsilon zeta eta\u201d"] * 2 + [
        f"\u201calpha beta gamma delta epsilon zeta eta n{i} m{i}\u201d" for i in range(20_000)]
    t0 = time.process_time()
    without_repeats(lines)
    assert time.process_time() - t0 < 10


def _el(tag, children, **props):
    return ["$", tag, None, {**props, "children": children}]


def test_flight_references_with_a_path_read_what_the_path_reaches():
    rows = ["0:" + json.dumps(_el("main", [_el("article", "$L3:props:children"), _el("p", "$4:items:1"),
                                           _el("p", "$3:type"), _el("p", "$9:props:children")])),
            "3:" + json.dumps(_el("section", [_el("p", _STORY[0]), _el("p", "$5")])),
            "4:" + json.dumps({"items": ["one", _STORY[2]]}),
            f"5:T{len(_STORY[1].encode()):x},{_STORY[1]}"]
    assert flight_values("\n".join(rows) + "\n", 100) == [[[_STORY[0], _STORY[1]], _STORY[2], "section"]]


def test_a_next_page_whose_story_row_is_reached_by_a_path_gives_its_story(tmp_path, extractor):
    rows = ['1:"$Sreact.fragment"',
            "0:" + json.dumps(_el("$1", [_el("main", [_el("h1", "Swing bridge to reopen to cyclists"),
                                                      _el("div", "$2:props:children", className="prose"),
                                                      _el("template", "$L2")])])),
            "2:" + json.dumps(_el("$L7", [_el("p", p, className="para") for p in _STORY], className="body")),
            "3:" + json.dumps(_el("aside", [_el("h2", "Most read"), _el("p", "Ferry fares to rise in spring.")]))]
    payload = "\n".join(rows) + "\n"
    scripts = "".join(f"<script>self.__next_f.push([1,{json.dumps(payload[i:i + 300])}])</script>"
                      for i in range(0, len(payload), 300))
    html = _page('<div class="spinner">Loading\u2026</div>') + scripts
    a = _load(tmp_path, html)
    assert a.body.split("\n\n") == _STORY


def test_hostile_flight_paths_are_read_in_bounded_time():
    rows = "\n".join(f"{i:x}:" + json.dumps(_el("div", [f"$L{i + 1:x}:props:children"] * 2)) for i in range(60))
    deep = "0:" + json.dumps(_el("p", "$1" + ":0" * 16)) + "\n1:" + "[" * 10_000
    for payload in (rows + "\n", deep):
        t0 = time.process_time()  # (CPU time: a bound on the work, which other processes' load does not move)
        flight_values(payload, 20_000)
        assert time.process_time() - t0 < 5


_NUXT_STATEMENTS = ('window.__NUXT__=(function(a,b,c,d){a.title="Swing bridge to reopen to cyclists";a.body=b;'
                    'a["author-name"]="Dee Okafor";b[0]={type:"paragraph",text:' + json.dumps(_STORY[0]) + '};b[1]='
                    '{type:"paragraph",text:c};b[2]={type:"paragraph",text:' + json.dumps(_STORY[2]) + '};b[3]={type:'
                    '"paragraph",text:' + json.dumps(_STORY[3]) + '};d.add("x;}");a.self=a;return {layout:"default",'
                    'data:[{article:a,related:[{title:"Ferry fares to rise in spring"}]}],state:{tags:d},'
                    'serverRendered:true}}({},Array(4),' + json.dumps(_STORY[1]) + ',new Set));')


def test_a_nuxt_state_function_that_sets_values_before_return_is_read_with_them():
    state = nuxt_state(_NUXT_STATEMENTS)
    article = state["data"][0]["article"]
    assert article["title"] == "Swing bridge to reopen to cyclists" and article["author-name"] == "Dee Okafor"
    assert [b["text"] for b in article["body"]] == _STORY and article["self"] is None  # (pointing back: nothing)
    assert state["state"]["tags"] == []  # (a statement of another kind is passed over)
    assert script_data_text(f"<script>{_NUXT_STATEMENTS}</script>").split("\n") == _STORY
    assert nuxt_state('window.__NUXT__=(function(a){a.x=1;return {y:Object("s"),a:a,d:new Date(1)}}('
                      'Object.create(null)))') == {"y": "s", "a": {"x": 1}, "d": None}
    for code in ['window.__NUXT__=(function(a){a.x=1}(2))', 'window.__NUXT__=(function(a){a[b]=1;return {a:a}}({}))',
                 'window.__NUXT__=(function(a){a.x=alert(1);return {a:a}}({}))']:
        assert nuxt_state(code) is None, code


def test_a_nuxt_page_with_statements_gives_its_story(tmp_path, extractor):
    html = _page('<div id="__nuxt"><div class="loading">Loading\u2026</div></div>') + \
        f"<script>{_NUXT_STATEMENTS}</script>"
    assert _load(tmp_path, html).body.split("\n\n") == _STORY


@pytest.mark.parametrize("code", [
    "window.__NUXT__=(function(a){" + "a.x=a;" * 200_000 + "return {y:a}}({}))",
    "window.__NUXT__=(function(a){a.b" + ".c" * 300_000 + "=1;return {y:a}}({}))",
    "window.__NUXT__=(function(a){" + 'x("' * 300_000 + "return {y:a}}({}))",
    "window.__NUXT__=(function(a){a.x=Array(9999999);return {y:a}}({}))",
    "window.__NUXT__=(function(" + ",".join(f"p{i}" for i in range(60)) + "){" + ";".join(
        f"p{i + 1}[0]=p{i};p{i + 1}[1]=p{i}" for i in range(59)) + ";return {x:p59}}(" + json.dumps(
        "The harbour board said the new ferry would run twice a day. " * 50) + ",Array(2)" * 59 + "))",
], ids=["self references", "long key path", "unclosed calls", "huge array", "doubling statements"])
def test_hostile_nuxt_statements_are_read_in_bounded_time_and_size(code):
    t0 = time.process_time()
    state = nuxt_state(code)
    script_data_text(f"<script>{code}</script>")
    assert time.process_time() - t0 < 10
    assert state is None or len(json.dumps(state)) <= 2 * MAX_EXPANDED
