"""What the readings of a page's own byline, date and story must not take: an English heading opened by 'Von' or
'Par', 'By Von Miller', a surname that is also a role's word, a story's own short lines under a heading
'Enquiries', a subject's name and dates under the headline, credit lines above a byline, names stacked a line
each, and a related story in a data list whose headline the page's title also holds."""

from __future__ import annotations

import datetime as dt
import json
from html import escape

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.byline import author_names, parse_byline
from briefing.index.ingest.lines import without_furniture_lines


def _load(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (a,) = load_path(path)
    return a


def _ps(paras) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


def _page(head: str, body: str) -> str:
    return f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# --- 'Von', 'Par', 'Por' open a byline only before a first name ------------------------------------------------

_WORKSHOP = ["The workshop where the engineer drew his first rockets opened to visitors on Saturday after a long "
             "restoration.",
             "Hundreds queued outside the building before the doors opened at nine in the morning.",
             "\u201cIt is a piece of history,\u201d said museum director Carla Mendes, who led the project for six years."]


@pytest.mark.parametrize("heading", ["Von Braun Center Reopens", "Par Three Challenge Returns",
                                     "Por Favor Cafe Opens Doors"])
def test_an_english_heading_opened_by_a_foreign_byline_word_stays_in_the_story(tmp_path, extractor, heading):
    title = "Rocket pioneer's workshop opens to the public"
    a = _load(tmp_path, _page(f"<title>{title}</title>", f"<article><h1>{title}</h1>{_ps([heading, *_WORKSHOP])}"
                                                         "</article>"))
    assert a.body.split("\n\n") == [heading, *_WORKSHOP]
    assert a.author is None


@pytest.mark.parametrize("line, author, outlet", [
    ("By Von Miller", "Von Miller", None), ("By Von Miller and Sam Lee", "Von Miller and Sam Lee", None),
    ("By Par Olsen, Reuters", "Par Olsen", "Reuters"), ("Von Anna Roe und Karl Stein", "Anna Roe and Karl Stein", None),
    ("Par Jean-Baptiste Roe", "Jean-Baptiste Roe", None), ("Von Braun Memorial Lecture", None, None),
    ("Par for the course", None, None)])
def test_foreign_byline_words_and_first_names_called_von_or_par(line, author, outlet):
    found = parse_byline(line)
    assert (found.author, found.outlet) == (author, outlet) if author else found is None


@pytest.mark.parametrize("author, people", [("Jennifer Senior", "Jennifer Senior"),
                                             ("Jennifer Senior, Staff Writer", "Jennifer Senior"),
                                             ("Bureau Chief", None), ("Ann Roe, Bureau Chief", "Ann Roe"),
                                             ("Digital Team", None), ("Jo Digital", "Jo Digital")])
def test_a_surname_that_ends_a_role_is_a_name_after_a_first_name(author, people):
    assert author_names(author) == people


# --- a contact block holds names, offices, numbers and addresses -------------------------------------------------

def test_a_stories_short_lines_under_a_heading_enquiries_stay():
    lines = ["The council opened its new recycling centre on Monday, the largest in the county.", "Enquiries",
             "Garden waste is collected every other week", "Glass goes in the green box",
             "The centre is open from 8am to 6pm every day, said Ann Roe."]
    assert without_furniture_lines("\n".join(lines)).split("\n\n") == lines


def test_a_contact_blocks_lines_go():
    lines = ["The council opened its new recycling centre on Monday, the largest in the county.", "Media contact:",
             "Jane Roe, Communications Officer", "Press Office", "Tel: 01234 567890", "press@council.example",
             "The centre is open from 8am to 6pm every day, said Ann Roe."]
    assert without_furniture_lines("\n".join(lines)).split("\n\n") == [lines[0], lines[-1]]


# --- a name and a date under the headline ---------------------------------------------------------------------

_DARLING = ["Darling rowed out into a storm with her father to save nine people from a wrecked steamer.",
            "A new exhibition in the village museum tells her story through letters and paintings.",
            "Curator Jane Hall said visitors had come from as far as Canada to see the rowing boat."]
_BOAT = ["The young woman rowed out into a storm with her father to save nine people from a wrecked steamer.",
         *_DARLING[1:]]


@pytest.mark.parametrize("under, body", [(["Grace Darling", "7 September 1838"], _BOAT),
                                         (["Grace Darling", "7 September 2025"], _DARLING)])
def test_a_subjects_name_and_date_under_the_headline_are_the_storys(tmp_path, extractor, under, body):
    title = "Lighthouse keeper's daughter remembered"
    a = _load(tmp_path, _page(f"<title>{title}</title>", f"<h1>{title}</h1>{_ps([*under, *body])}"))
    assert a.body.split("\n\n") == [*under, *body]
    assert a.author is None


_MARKET = ["The covered market will stay open until 9 p.m. on Thursdays from next month, the city council said.",
           "Twelve of the market's 40 stalls have closed since 2020, and rents were cut by a fifth last year.",
           "The council will review the trial in the new year."]


def _capture(title: str, under: list[str]) -> str:
    url = "https://www.townandcounty.example/news/covered-market-late-night"
    header = ('<div id="HEADER" style="background-color:#EEEEEE;"><table><tr><td><a href="https://archive.ph/">'
              f'archive.today</a><br>webpage capture</td><td>Saved from<input type="text" name="q" value="{url}">'
              '</td><td>5 Mar 2025 10:14:02 UTC</td></tr></table></div>')
    page = (f'<div style="max-width:680px;"><div style="font-size:34px;font-weight:700;">{title}</div>'
            + "".join(f'<div style="font-size:15px;color:#555;">{escape(x)}</div>' for x in under)
            + "".join(f'<div style="font-size:16px;margin:0 0 16px;">{escape(x)}</div>' for x in _MARKET) + "</div>")
    return _page(f'<title>{title} - Town and County | archive.ph</title><link rel="bookmark" '
                 'href="https://archive.ph/Xq7Zt">', header + page)


@pytest.mark.parametrize("under, author", [
    (["Ann Roe and Bo Li", "4 March 2025"], "Ann Roe and Bo Li"),
    (["Ann Roe, Bo Li", "4 March 2025"], "Ann Roe, Bo Li"),
    (["Ann Roe", "Bo Li", "4 March 2025"], "Ann Roe and Bo Li"),
    (["Photographs by Bo Li", "By Ann Roe | 4 March 2025"], "Ann Roe"),
    (["Additional reporting by Bo Li", "By Ann Roe | 4 March 2025"], "Ann Roe"),
])
@pytest.mark.parametrize("captured", [True, False])
def test_names_and_credits_above_a_date_under_the_headline_are_the_byline(tmp_path, extractor, under, author,
                                                                          captured):
    title = "Covered market to open late on Thursdays"
    html = _capture(title, under) if captured else \
        _page(f"<title>{title}</title>", f"<article><h1>{title}</h1>{_ps([*under, *_MARKET])}</article>")
    a = _load(tmp_path, html)
    assert a.body.split("\n\n") == _MARKET
    assert (a.author, a.date) == (author, dt.date(2025, 3, 4))


def test_a_standfirst_a_storm_named_in_stays_above_a_captured_byline(tmp_path, extractor):
    a = _load(tmp_path, _capture("Covered market to open late on Thursdays",
                                 ["Homes flooded by Storm Eowyn", "By Ann Roe | 4 March 2025"]))
    assert a.body.split("\n\n") == ["Homes flooded by Storm Eowyn", *_MARKET]
    assert a.author == "Ann Roe"


# --- a data list whose headlines the title holds twice ---------------------------------------------------------

_OWN = ["Ferry fares on the island routes will rise by a fifth from June, the operator said on Monday.",
        "The company blamed the cost of fuel and a new crew agreement for the increase.",
        "Concession fares for pensioners will not change this year, it said."]
_RELATED = ["Ferry fares rose by a tenth last spring, and islanders say they cannot take another increase this year.",
            "The operator has raised its prices three times in two years, a survey by the island council found.",
            "Pensioners on the islands are most affected, the council said, because many have no car.",
            "The operator said it would publish its new timetable in the first week of April."]


def _item(key: str, headline: str, date: str, author: str, paras: list[str]) -> dict:
    return {"id": key, "headline": headline, "publishedAt": date, "authors": [{"name": author}],
            "body": [{"type": "paragraph", "text": p} for p in paras]}


@pytest.mark.parametrize("own_first", [True, False])
def test_of_two_stories_the_title_holds_the_one_it_names_whole_is_the_pages(tmp_path, extractor, own_first):
    items = [_item("a1", "Ferry fares to rise by a fifth from June", "2025-03-04T07:00:00Z", "Iona Reid", _OWN),
             _item("r1", "Ferry fares to rise", "2024-04-02T07:00:00Z", "Sam Dowe", _RELATED)]
    data = {"props": {"pageProps": {"items": items if own_first else items[::-1]}}}
    a = _load(tmp_path, _page("<title>Ferry fares to rise by a fifth from June | Island News</title>",
                              '<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
                              f"{json.dumps(data)}</script>"))
    assert a.body.split("\n\n") == _OWN
    assert (a.author, a.date) == ("Iona Reid", dt.date(2025, 3, 4))


# --- a UTC moment near midnight and another story's date above the headline ------------------------------------

_HARBOUR = ["Councillors approved the harbour plan just after midnight following a debate of more than six hours.",
            "The plan will add forty berths and a new ferry terminal by 2028, the council said.",
            "\u201cThis was a long night but the right result,\u201d said council leader Moira Kent."]


@pytest.mark.parametrize("before, shown, day", [
    ("", "", 5),
    ('<div class="most-read"><ul><li><a>Ferry fares rise</a><span class="date">4 March 2025</span></li></ul></div>',
     "", 5),  # (another story's day in a list above the headline)
    ("", '<span class="date">4 March 2025</span>', 4),  # (the story's own, under it: a page west of London)
])
def test_a_utc_moment_after_midnight_takes_no_other_storys_day(tmp_path, extractor, before, shown, day):
    title = "Council approves harbour plan after long debate"
    head = f"<title>{title}</title>" + ('<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "headline": title, "datePublished": "2025-03-05T00:30:00Z"}) + "</script>")
    a = _load(tmp_path, _page(head, f"{before}<article><h1>{title}</h1>{shown}{_ps(_HARBOUR)}</article>"))
    assert a.date == dt.date(2025, 3, day)
    assert a.body.split("\n\n") == _HARBOUR


def test_a_live_blogs_dated_posts_in_a_data_list_are_read_whole(tmp_path, extractor):
    posts = [("Chancellor rises to speak", ["The chancellor has begun her statement to a full chamber, promising "
                                            "growth.", "She opened with the forecasts, which show the economy growing "
                                            "by 1.2% this year."]),
             ("Fuel duty frozen again", ["Fuel duty will stay frozen for another year, the chancellor said to cheers.",
                                         "The freeze costs the Treasury about \u00a33bn a year, the watchdog says."]),
             ("Opposition leader responds", ["The opposition leader called the budget a missed chance.",
                                             "He said families would still be worse off by the next election."])]
    title = "Budget 2025 live: all the announcements"
    data = {"props": {"pageProps": {"liveBlog": {"title": title, "posts": [
        {"id": f"p{n}", "headline": head, "publishedAt": f"2025-03-04T1{n}:00:00Z",
         "body": [{"type": "paragraph", "text": t} for t in paras]} for n, (head, paras) in enumerate(posts)]}}}}
    a = _load(tmp_path, _page(f"<title>{title} | Island News</title>", '<div id="__next"></div><script '
                              f'id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'))
    body = a.body.split("\n\n")
    assert all(p in body for _, paras in posts for p in paras)
