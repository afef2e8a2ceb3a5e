"""A page's own story, byline and day where its markup mixes them with others': the story alone from a data list
that also holds related reads, bylines opened in German, French or Spanish on a page marked English, an author
declared by a job title alone, a standfirst under an archive capture's headline, and a moment declared in UTC
that is another day where the page was published."""

from __future__ import annotations

import datetime as dt
import json
from html import escape

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.byline import author_names, parse_byline
from briefing.index.ingest.localday import instant, own_day


def _load(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    (a,) = load_path(path)
    return a


def _ps(paras) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


def _page(head: str, body: str, lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# --- a data list of the story and its related reads -------------------------------------------------------------

_FERRY = ["Ferry fares on the island routes will rise by a fifth from June, the operator said on Monday.",
          "The company blamed the cost of fuel and a new crew agreement for the increase in prices.",
          "\u201cPeople here have no other way to reach the mainland,\u201d said islander Morag Bain.",
          "The operator said concession fares for pensioners would not change this year."]


def _item(key: str, headline: str, date: str, author: str, paras: list[str]) -> dict:
    return {"id": key, "headline": headline, "publishedAt": date, "authors": [{"name": author}],
            "body": [{"type": "paragraph", "text": p} for p in paras]}


def _related(n: int) -> dict:
    return _item(f"r{n}", f"Harbour wall number {n} repaired ahead of the winter storms", f"2025-02-2{n}T07:00:00Z",
                 f"Sam Dow{'e' * n}", [f"Workers finished the repairs to harbour wall number {n} on Friday afternoon.",
                                       f"The wall number {n} had been damaged in storms that hit the island in January.",
                                       f"Engineers said wall number {n} should now last for at least thirty years."])


@pytest.mark.parametrize("story_at", [0, 1, 2])
def test_a_data_list_of_stories_gives_the_page_its_own_story_date_and_author(tmp_path, extractor, story_at):
    title = "Ferry fares to rise by a fifth from June"
    items = [_related(1), _related(2)]
    items.insert(story_at, _item("a1", title, "2025-03-04T07:00:00Z", "Iona Reid", _FERRY))
    data = {"props": {"pageProps": {"section": "news", "items": items}}}
    html = _page(f'<title>{title} | Island News</title><meta property="og:site_name" content="Island News">',
                 '<div id="__next"><p>Loading\u2026</p></div><script id="__NEXT_DATA__" type="application/json">'
                 + json.dumps(data) + "</script>")
    a = _load(tmp_path, html)
    assert a.body.split("\n\n") == _FERRY
    assert (a.date, a.author, a.extractor) == (dt.date(2025, 3, 4), "Iona Reid", "structured data")


_ADDRESS = "https://islandnews.example/2025/03/04/ferry-fares-rise-june"


def _feed_page(head: str, shown: str = "", first: str = "r") -> str:
    """A page whose ``<title>`` is the site's name alone and whose data lists several dated stories (the page's own
    second of three, after a longer one: the longest is not the page's)."""
    longer = _related(1)
    longer["body"] += [{"type": "paragraph", "text": f"Islanders queued on the pier to see wall number {n} "
                        "being finished before the first of the winter gales arrived."} for n in range(4)]
    ferry = _item("a1", "Ferry fares to rise by a fifth from June", "2025-03-04T07:00:00Z", "Iona Reid", _FERRY)
    ferry["url"], longer["url"] = _ADDRESS, "https://islandnews.example/2025/02/21/harbour-wall-one-repaired"
    items = [longer, ferry, {**_related(2), "slug": "harbour-wall-two-repaired"}]
    data = {"props": {"pageProps": {"feed": items}}}
    return _page(f"<title>Island News</title>{head}", f'<div id="__next">{shown}</div><script id="__NEXT_DATA__" '
                 f'type="application/json">{json.dumps(data)}</script>')


@pytest.mark.parametrize("head, shown", [
    (f'<link rel="canonical" href="{_ADDRESS}">', ""), (f'<meta property="og:url" content="{_ADDRESS}/">', ""),
    (f'<link rel="canonical" href="{_ADDRESS.replace("https://islandnews.example", "")}?ref=home">', ""),
    ("", "<h1>Ferry fares to rise by a fifth from June</h1>")])
def test_a_data_list_of_stories_under_a_site_title_gives_the_one_the_address_or_headline_names(
        tmp_path, extractor, head, shown):
    a = _load(tmp_path, _feed_page(head, shown))
    assert a.body.split("\n\n") == _FERRY
    assert (a.date, a.author) == (dt.date(2025, 3, 4), "Iona Reid")


def test_a_data_list_of_stories_none_the_page_names_gives_none_of_them(tmp_path, extractor):
    """Neither the title (the site's name), nor the address, nor a headline names one: no story is the page's (not
    the longest, not the first), so a page that shows nothing else has no article."""
    from briefing.index.errors import BriefingError

    with pytest.raises(BriefingError, match="no main text"):
        _load(tmp_path, _feed_page(""))
    other = '<link rel="canonical" href="https://islandnews.example/2025/03/05/school-roof-repairs-start">'
    with pytest.raises(BriefingError, match="no main text"):
        _load(tmp_path, _feed_page(other))


def test_a_data_list_of_titled_sections_stays_the_story(tmp_path, extractor):
    """A list whose items have titles but none is the page's headline is the story's own text (an explainer's
    sections): read whole."""
    title = "What the new bus timetable means for your commute"
    sections = [{"title": "Earlier first buses on every route", "text": "The first buses will leave the depot at "
                 "five in the morning, half an hour earlier than they do now."},
                {"title": "Fewer buses late in the evening", "text": "After ten at night the buses will run every "
                 "forty minutes instead of every half hour on most routes."},
                {"title": "Cheaper fares for students from May", "text": "Students will pay half fare from May if "
                 "they show a college card when they board the bus."}]
    data = {"props": {"pageProps": {"story": {"headline": title, "sections": sections}}}}
    html = _page(f"<title>{title} | Valley Times</title>", '<div id="__next"></div><script id="__NEXT_DATA__" '
                 f'type="application/json">{json.dumps(data)}</script>')
    body = _load(tmp_path, html).body
    assert all(s["text"] in body for s in sections)


# --- bylines opened in German, French or Spanish on a page marked English ---------------------------------------

_TRAM = ["The city council approved a new tram line to the university clinic on Thursday after years of debate.",
         "The line will run for four kilometres and serve about 20,000 passengers a day, the transport authority said.",
         "\u201cThis is a good day for everyone who commutes to the clinic,\u201d said councillor Miriam Kessler.",
         "Construction is due to start next spring and take three years."]


@pytest.mark.parametrize("byline, author", [
    ('<p class="author">Von Anna Roe</p>', "Anna Roe"),
    ("<p>Von Anna Roe und Karl Stein, dpa</p>", "Anna Roe and Karl Stein"),
    ('<div class="byline">Par Jean Roe et Marie Dubois</div>', "Jean Roe and Marie Dubois"),
    ("<p>Por Lucía Roe</p>", "Lucía Roe"),
    ("<p>Von Anna Roe | 08.05.2025</p>", "Anna Roe"),
    ("<p>Von Anna Roe, 08.05.2025, 10:00 Uhr</p>", "Anna Roe"),
    ('<div class="byline">Par Jean Roe<br>Publié le 08/05/2025 à 10h00</div>', "Jean Roe"),
    ('<div class="byline">VON ANNA ROE</div>', "Anna Roe"),
])
def test_a_foreign_byline_on_an_english_marked_page_gives_its_names(tmp_path, extractor, byline, author):
    title = "Council approves tram line to the clinic"
    html = _page(f'<title>{title} | Rhine Courier</title><meta property="og:site_name" content="Rhine Courier">'
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                        "datePublished": "2025-05-08T10:00:00+02:00"}),
                 f"<article><h1>{title}</h1>{byline}{_ps(_TRAM)}</article>")
    a = _load(tmp_path, html)
    assert a.author == author
    assert a.body.split("\n\n") == _TRAM


@pytest.mark.parametrize("declared", ["Von Anna Roe", "Par Jean Roe"])
def test_a_declared_author_with_a_foreign_byline_word_is_the_name(tmp_path, declared):
    html = _page("<title>Council approves tram line</title>" + _ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves tram line",
        "author": {"@type": "Person", "name": declared}}), f"<article><h1>Council approves tram line</h1>{_ps(_TRAM)}")
    assert _load(tmp_path, html).author == declared.split(" ", 1)[1]


@pytest.mark.parametrize("line", ["Von Miller scored twice in the second half", "Par For The Course",
                                  "Von der Leyen", "Par 3 hole", "Por favor"])
def test_lines_that_open_with_a_byline_word_but_name_nobody_are_no_byline(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("line, author, outlet, date", [
    ("By Jane Doe, May 8, 2025", "Jane Doe", None, "May 8, 2025"),
    ("By Jane Doe, Reuters, 8 May 2025", "Jane Doe", "Reuters", "8 May 2025"),
    ("Von Anna Roe, 08.05.2025, 10:00 Uhr", "Anna Roe", None, "08.05.2025, 10:00 Uhr"),
])
def test_a_byline_block_with_its_date_after_a_comma_gives_the_names(line, author, outlet, date):
    from briefing.index.ingest.byline import block_byline

    assert block_byline([line]) == (author, outlet, date)


@pytest.mark.parametrize("author, names", [("Von Miller", "Von Miller"), ("Ursula von der Leyen", "Ursula von der Leyen"),
                                           ("Von Anna Roe", "Anna Roe")])
def test_a_surname_von_stays_in_a_declared_name(author, names):
    assert author_names(author) == names


# --- an author declared by a job title alone --------------------------------------------------------------------

_BRIDGE = ["Repairs to the Mill Street bridge will start on Monday and last for six weeks, the county said on Tuesday.",
           "Drivers will be sent along River Road while the deck is replaced, adding about ten minutes to the trip.",
           "\u201cWe know this is a nuisance, but the bridge is sixty years old,\u201d said county engineer Paula Brandt.",
           "The work will cost $2.1 million, most of it from a state grant."]


@pytest.mark.parametrize("role, shown", [
    ("Data Journalist", '<div class="byline"><span class="byline-role">Data Journalist</span></div>'),
    ("Audience Producer", '<p class="author">Audience Producer</p>'),
    ("Night Desk Lead", '<div class="article-byline">Night Desk Lead</div>'),  # (no role word: the declared title)
    ("Reporter", '<div class="author-info"><span class="author-title">Reporter</span></div>'),
])
def test_an_author_declared_by_a_job_title_alone_is_no_author(tmp_path, extractor, role, shown):
    title = "Bridge repairs start on Monday"
    html = _page(f'<title>{title} | The Valley Times</title><meta property="og:site_name" content="The Valley Times">'
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                        "datePublished": "2025-04-02T09:00:00-04:00",
                        "author": {"@type": "Person", "jobTitle": role}}),
                 f"<article><h1>{title}</h1>{shown}{_ps(_BRIDGE)}</article>")
    a = _load(tmp_path, html)
    assert a.author is None
    assert a.body.split("\n\n") == _BRIDGE


def test_a_named_author_keeps_the_name_and_drops_the_declared_job_title(tmp_path, extractor):
    title = "Bridge repairs start on Monday"
    html = _page(f"<title>{title}</title>" + _ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "author": {"@type": "Person", "name": "Rosa Kline", "jobTitle": "Night Desk Lead"}}),
        f'<article><h1>{title}</h1><div class="byline">Rosa Kline, Night Desk Lead</div>{_ps(_BRIDGE)}</article>')
    assert _load(tmp_path, html).author == "Rosa Kline"


def test_an_author_in_microdata_with_only_a_job_title_is_no_author(tmp_path, extractor):
    title = "Bridge repairs start on Monday"
    html = _page(f"<title>{title} | The Valley Times</title>",
                 f'<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{title}</h1>'
                 '<div class="byline" itemprop="author" itemscope itemtype="https://schema.org/Person"><span '
                 f'itemprop="jobTitle">Night Desk Lead</span></div>{_ps(_BRIDGE)}</article>')
    a = _load(tmp_path, html)
    assert a.author is None and a.body.split("\n\n") == _BRIDGE


def test_role_heads_and_declared_roles_leave_names_alone():
    assert author_names("Data Journalist") is None and author_names("Digital Team") is None
    assert author_names("Night Desk Lead", roles=frozenset({"nightdesklead"})) is None
    assert author_names("Rosa Kline, Night Desk Lead", roles=frozenset({"nightdesklead"})) == "Rosa Kline"
    assert author_names("Rosa Kline", roles=frozenset({"nightdesklead"})) == "Rosa Kline"


# --- a standfirst under an archive capture's headline -----------------------------------------------------------

_MARKET = ["The covered market will stay open until 9 p.m. on Thursdays from next month, the city council said.",
           "Twelve of the market's 40 stalls have closed since 2020, and rents were cut by a fifth last year.",
           "\u201cPeople work until six now, so a market that shuts at five is a market for tourists,\u201d said "
           "Bridget Mole, who sells cheese there.",
           "The council will review the trial in the new year."]


def _capture(title: str, under: list[str]) -> str:
    url = "https://www.townandcounty.example/news/covered-market-late-night"
    s = 'style="font-size:16px;line-height:24px;margin:0 0 16px;"'
    header = ('<div id="HEADER" style="background-color:#EEEEEE;"><table><tr><td><a href="https://archive.ph/">'
              f'archive.today</a><br>webpage capture</td><td>Saved from<input type="text" name="q" value="{url}">'
              '</td><td>5 Mar 2025 10:14:02 UTC</td></tr></table></div>')
    page = (f'<div style="max-width:680px;"><div style="font-size:34px;font-weight:700;">{title}</div>'
            + "".join(f'<div style="font-size:15px;color:#555;">{escape(x)}</div>' for x in under)
            + "".join(f"<div {s}>{escape(x, quote=False)}</div>" for x in _MARKET) + "</div>")
    return _page(f'<title>{title} - Town and County | archive.ph</title><link rel="bookmark" '
                 'href="https://archive.ph/Xq7Zt">', header + page)


@pytest.mark.parametrize("standfirst", ["A trial until the summer", "Traders hope later hours will bring in commuters",
                                        "Traders hope the later hours will bring commuters back to the town centre."])
def test_a_standfirst_above_a_captured_byline_stays_and_the_byline_goes(tmp_path, extractor, standfirst):
    title = "Covered market to open late on Thursdays"
    a = _load(tmp_path, _capture(title, [standfirst, "By Joe Ashworth | 4 March 2025", "Business reporter"]))
    assert a.body.split("\n\n") == [standfirst, *_MARKET]
    assert (a.author, a.date) == ("Joe Ashworth", dt.date(2025, 3, 4))


@pytest.mark.parametrize("under, author", [
    (["A trial until the summer", "4 March 2025"], None),
    (["A trial until the summer", "Joe Ashworth", "4 March 2025"], "Joe Ashworth"),
    (["A trial until the summer", "By Joe Ashworth", "Business reporter", "4 March 2025"], "Joe Ashworth"),
    (["Traders hope the later hours will bring commuters back to the town centre.", "Tuesday 4 March 2025"], None),
])
def test_a_standfirst_stays_and_the_byline_role_and_date_lines_under_it_go(tmp_path, extractor, under, author):
    a = _load(tmp_path, _capture("Covered market to open late on Thursdays", under))
    assert a.body.split("\n\n") == [under[0], *_MARKET]
    assert (a.author, a.date) == (author, dt.date(2025, 3, 4))


@pytest.mark.parametrize("standfirst_tag", ["h2", "p", "div"])
def test_a_captured_standfirst_an_extractor_reads_as_a_subheading_is_put_back(tmp_path, extractor, standfirst_tag):
    title = "Covered market to open late on Thursdays"
    url = "https://www.townandcounty.example/news/covered-market-late-night"
    header = ('<div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today</a> webpage capture</td>'
              f'<td>Saved from<input type="text" name="q" value="{url}"></td></tr></table></div>')
    inner = (f'<h1 style="font-size:34px">{title}</h1><{standfirst_tag} style="font-size:18px">A trial until the '
             f'summer</{standfirst_tag}><p style="font-size:13px">By <a href="https://www.townandcounty.example/'
             'author/joe-ashworth">Joe Ashworth</a></p><p style="font-size:13px">4 March 2025</p>'
             + "".join(f'<p style="margin:0 0 16px">{escape(x)}</p>' for x in _MARKET))
    html = _page(f'<title>{title} - Town and County | archive.ph</title><link rel="bookmark" '
                 f'href="https://archive.ph/Xq7Zt">', f'{header}<div id="CONTENT"><div>{inner}</div></div>')
    a = _load(tmp_path, html)
    assert a.body.split("\n\n") == ["A trial until the summer", *_MARKET]
    assert (a.author, a.date, a.url) == ("Joe Ashworth", dt.date(2025, 3, 4), url)


def test_a_standfirst_in_title_case_above_a_date_is_no_byline(tmp_path, extractor):
    a = _load(tmp_path, _capture("Covered market to open late on Thursdays", ["Harbour Market Trial", "4 March 2025"]))
    assert a.body.split("\n\n")[0] == "Harbour Market Trial"


# --- a moment declared in UTC, another day where the page was published -----------------------------------------

_FLEET = ["The state government will spend $40 million on new ferries for the harbour over the next four years.",
          "The first of six vessels is due to enter service in 2027, replacing boats that are more than 30 years old.",
          "\u201cCommuters have put up with breakdowns for too long,\u201d transport minister Carla Nguyen said.",
          "The opposition said the money was half what the fleet needed."]


@pytest.mark.parametrize("declared, meta, shown, day", [
    ("2025-03-04T23:30:00Z", '<meta property="article:published_time" content="2025-03-05T10:30:00+11:00">', "", 5),
    ("2025-03-04T23:30:00Z", "", '<p class="byline">By Liam Hart <time datetime="2025-03-04T23:30:00Z">March 5, '
                                 "2025 \u2014 10:30am</time></p>", 5),
    ("2025-03-04T23:30:00.000Z", "", '<span class="date">Wednesday 5 March 2025</span>', 5),
    ("2025-03-05T03:30:00Z", "", '<time datetime="2025-03-05T03:30:00Z">March 4, 2025, 7:30 p.m. PT</time>', 4),
    ("2025-03-05T03:30:00+00:00", '<meta property="article:modified_time" content="2025-03-04T21:00:00-08:00">',
     "", 4),
    # what the page shows cannot be that moment's day anywhere, or nothing shows another: the declared day
    ("2025-03-04T03:30:00Z", "", '<span class="date">Wednesday 5 March 2025</span>', 4),
    ("2025-03-04T23:30:00Z", "", "", 4),
    ("2025-03-04T23:30:00Z", "", '<time datetime="2025-03-05T10:30:00+11:00">10:30am</time>', 5),
    # a time of another moment, in another season's offset, is no clock of this story's
    ("2025-03-04T23:30:00Z", "", '<p>Next meeting: <time datetime="2025-06-01T23:30:00+01:00">June 1</time></p>', 4),
    ("2025-03-04 23:30:00 UTC", "", '<span class="date">5 March 2025</span>', 5),
    ("2025-03-04T15:00:00Z", "", '<span class="date">Updated 5 March 2025</span>', 4),
    ("2025-03-04T23:30:00+11:00", "", '<span class="date">Tuesday 5 March 2025</span>', 4),
])
def test_a_utc_moment_is_dated_by_the_pages_own_day(tmp_path, extractor, declared, meta, shown, day):
    title = "Harbour ferries to be replaced"
    html = _page(f'<title>{title} | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">{meta}'
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                        "datePublished": declared, "author": {"@type": "Person", "name": "Liam Hart"}}),
                 f"<article><h1>{title}</h1>{shown}{_ps(_FLEET)}</article>", lang="en-AU")
    a = _load(tmp_path, html)
    assert a.date == dt.date(2025, 3, day)
    assert a.body.split("\n\n")[-len(_FLEET):] == _FLEET


def test_own_day_reads_offsets_and_ignores_what_is_no_timestamp():
    day = dt.date(2025, 3, 4)
    assert instant("2025-03-04T23:30:00-0530").utcoffset() == -dt.timedelta(hours=5, minutes=30)
    assert instant("2025-13-04T23:30:00Z") is None and instant("2025-03-04") is None and instant(None) is None
    assert own_day("2025-03-04T23:30:00Z", day, [None, 42, "2025-03-05T05:00:00+05:30"], [], []) == dt.date(2025, 3, 5)
    assert own_day("2025-03-04T23:30:00Z", day, ["2025-03-05T09:00:00+09:00", "2025-03-04T18:30:00-05:00"], [], []) \
        == day  # (the stamp of the same moment, New York's, before another's)
    assert own_day("2025-03-04", day, ["2025-03-05T10:30:00+11:00"], [], ["5 March 2025"]) == day
    assert own_day("2025-03-04T23:30:00Z", day, ["2025-06-01T10:00:00+01:00"], [], []) == day  # (months on)
    assert own_day("2025-03-04T23:30:00Z", day, [], [], ["", "soon", "6 March 2025"]) == day  # two days: not it


def test_own_day_reads_no_timestamp_from_long_hostile_strings():
    stamps = ["2025-03-04T23:30:00" + "0" * 100_000, "9" * 100_000]
    assert own_day("2025-03-04T23:30:00Z", dt.date(2025, 3, 4), stamps, [("x" * 100_000, "y")], ["1" * 100_000]) \
        == dt.date(2025, 3, 4)
