"""Pages whose story, date or author stands where the others' do not, each with what a reader must get from it:
pages of sites rendered by script saved 'HTML only' (an empty root, the story only in Next.js's ``__NEXT_DATA__``,
Arc XP's ``Fusion.globalContent`` or Nuxt's ``__NUXT__``, its date and authors beside it there), the same Next.js
story rendered (shown and held in its data: read once), a JSON-LD ``articleBody`` written as one paragraph over a
page that shows the paragraphs, a live blog whose entries only its ``LiveBlogPosting`` lists, a Firefox reader view
with the story's address in its header, a free story whose related cards are labelled 'This article is for
subscribers', a free story classed ``premium-content``, flattened archive.today captures (a 'By … | date' line, a
date run into the name, an author linked without 'By'), a ticker of other stories' times above the story, an
'Updated' time before the published one, a sidebar's heading above the headline, and number dates written day
first on a British page and month first on an American one.

Every page is generated here (no real page is copied; the stories are invented). ``python
tests/html_pages_shells.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved


def _ps(paras) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


FERRY = ["The harbour authority voted on Monday to close the old ferry terminal for two years while its piers are "
         "rebuilt, a decision that will move about 3,000 daily passengers to a temporary dock.",
         "\u201cWe have patched these piers for as long as anyone can remember,\u201d said Mira Solberg, who chairs "
         "the authority. \u201cThe patches now cost more than the piers.\u201d",
         "Commuters will board from a floating pontoon at the north quay from April, and the authority said "
         "timetables would not change.",
         "Shop owners near the terminal said they feared losing trade, and asked for lower rents during the works.",
         "The rebuilt terminal is due to open in the spring of 2027 at a cost of 48 million crowns."]
FERRY_TITLE = "Harbour authority to close ferry terminal for two years"

ORCHARD = ["A community orchard planted on a disused rail siding gave its first full harvest this autumn, ten years "
           "after volunteers cleared the site of brambles and scrap.",
           "The group picked almost two tonnes of apples and pears, which it pressed into juice for the village "
           "school and sold at the Saturday market.",
           "\u201cPeople laughed when we said fruit would grow on ballast,\u201d said Owen Tarrant, who founded the "
           "group. \u201cNobody is laughing at the juice.\u201d",
           "The rail company has agreed to lease the siding to the group for another 25 years for a nominal rent."]
ORCHARD_TITLE = "Rail siding orchard gives its first full harvest"

CHOIR = ["The town's male voice choir will sing its last concert in December after 112 years, its members having "
         "failed to recruit anyone under 60 in a decade.",
         "The choir once had 90 voices and toured Canada twice, but now has 14 members, the youngest of them 63.",
         "\u201cWe tried open rehearsals, we tried pop songs, we even tried a podcast,\u201d said its conductor, "
         "Gwyn Pritchard. \u201cYoung men just do not join choirs any more.\u201d",
         "Its music library of more than 3,000 scores will be given to the county archive."]
CHOIR_TITLE = "Male voice choir to sing its last concert after 112 years"

FIRE = [("2025-06-14T15:42:00+01:00", "Ridge fire 60% contained",
         "Officials said the fire on the ridge was now 60% contained after crews worked through the night to cut "
         "breaks."),
        ("2025-06-14T14:10:00+01:00", None,
         "\u201cThe wind dropped just when we needed it,\u201d said fire chief Anders Lind at a briefing in the "
         "village hall."),
        ("2025-06-14T12:05:00+01:00", "Residents can go home",
         "Residents of three hamlets west of the ridge were told they could return home from 6pm."),
        ("2025-06-14T09:30:00+01:00", None,
         "A second helicopter joined the effort this morning, dropping water from the lake below the ridge.")]


def _shell(title: str, root: str, scripts: str, head: str = "") -> str:
    return _doc(f"<title>{title}</title>{head}", root + scripts)


def next_shell() -> Saved:
    """A Next.js site saved 'HTML only' from a page that renders in the browser: ``<div id="__next">`` holds a
    spinner, the ``<title>`` is all the head says, and ``__NEXT_DATA__`` holds the story as rich-text blocks
    beside its ``publishedAt``, its ``authors`` and a related story with its own date and author."""
    data = {"props": {"pageProps": {"article": {
        "id": "a81", "slug": "ferry-terminal", "headline": FERRY_TITLE, "publishedAt": "2025-03-04T09:15:00Z",
        "updatedAt": "2025-03-05T16:00:00Z", "authors": [{"name": "Lena Brekke", "slug": "lena-brekke"}],
        "section": {"name": "Local"}, "body": [{"type": "paragraph", "children": [{"text": p}]} for p in FERRY],
        "related": [{"headline": "Bridge tolls rise again as council misses its target", "publishedAt":
                     "2025-02-11T08:00:00Z", "authors": [{"name": "Per Aas"}], "url": "/news/bridge-tolls"}]}},
        "__N_SSG": True}, "page": "/news/[slug]", "query": {"slug": "ferry-terminal"}, "buildId": "k3Jd9"}
    html = _shell(f"{FERRY_TITLE} | Fjord Post", '<div id="__next"><div class="spinner">Loading\u2026</div></div>',
                  f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
                  '<script src="/_next/static/chunks/main-4f2a.js" defer></script>')
    return Saved("next-shell", html.encode(), {"title": FERRY_TITLE, "source": "Fjord Post", "date": "2025-03-04",
                                               "author": "Lena Brekke"},
                 FERRY, ["Loading", "Bridge tolls", "Per Aas", "lena-brekke"], [("Solberg", "patched these piers")],
                 min_paras=5)


def next_rendered() -> Saved:
    """The same Next.js story saved after it rendered: the page shows it (with its byline and date) and
    ``__NEXT_DATA__`` holds it again; each paragraph once."""
    data = {"props": {"pageProps": {"article": {"headline": FERRY_TITLE, "publishedAt": "2025-03-04T09:15:00Z",
                                                "authors": [{"name": "Lena Brekke"}],
                                                "body": [{"type": "paragraph", "children": [{"text": p}]}
                                                         for p in FERRY]}}}, "page": "/news/[slug]"}
    head = (f"<title>{FERRY_TITLE} | Fjord Post</title><meta property=\"og:site_name\" content=\"Fjord Post\">"
            '<meta property="article:published_time" content="2025-03-04T09:15:00Z">')
    body = (f'<div id="__next"><header><a href="/">Fjord Post</a></header><main><article><h1>{FERRY_TITLE}</h1>'
            f'<p class="byline">By Lena Brekke</p>{_ps(FERRY)}</article></main><footer>\u00a9 Fjord Post</footer></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')
    return Saved("next-rendered", _doc(head, body).encode(), {"title": FERRY_TITLE, "source": "Fjord Post",
                                                              "date": "2025-03-04", "author": "Lena Brekke"},
                 FERRY, ["\u00a9 Fjord Post"], [("Solberg", "patched these piers")], min_paras=5)


def fusion_shell() -> Saved:
    """An Arc XP (Fusion) site's page saved before it rendered: an empty ``fusion-app`` root and the story in
    ``Fusion.globalContent``: its ``content_elements`` (text blocks around an image whose caption is no
    paragraph), ``display_date`` and ``credits.by``."""
    elements = [{"_id": f"t{n}", "type": "text", "content": p} for n, p in enumerate(ORCHARD)]
    elements.insert(2, {"_id": "i1", "type": "image", "caption": "Volunteers pick pears on the old siding.",
                        "credits": {"by": [{"name": "Sam Okafor", "type": "author"}]}})
    content = {"_id": "ABC123", "type": "story", "headlines": {"basic": ORCHARD_TITLE},
               "display_date": "2025-10-02T07:30:00Z", "first_publish_date": "2025-10-02T07:30:00Z",
               "last_updated_date": "2025-10-03T12:00:00Z",
               "credits": {"by": [{"_id": "jwren", "type": "author", "name": "Julia Wren"}]},
               "website_url": "/news/2025/10/02/rail-siding-orchard/", "content_elements": elements}
    code = ("window.Fusion=window.Fusion||{};Fusion.arcSite=\"valeypost\";Fusion.deployment=\"412\";"
            f"Fusion.globalContent={json.dumps(content)};"
            "Fusion.globalContentConfig={\"source\":\"content-api\",\"query\":{\"website_url\":\"/news/\"}};"
            "Fusion.contentCache={};")
    html = _shell(f"{ORCHARD_TITLE} - Vale Post", '<div id="fusion-app"></div>',
                  f'<script id="fusion-metadata" type="application/javascript">{code}</script>',
                  '<meta property="og:site_name" content="Vale Post">')
    return Saved("fusion-shell", html.encode(), {"title": ORCHARD_TITLE, "source": "Vale Post",
                                                 "date": "2025-10-02", "author": "Julia Wren"},
                 ORCHARD, ["Volunteers pick pears", "Sam Okafor", "content-api"], [("Tarrant", "fruit would grow")],
                 min_paras=4)


def nuxt_shell() -> Saved:
    """A Nuxt 2 site's page saved 'HTML only': ``<div id="__nuxt">`` empty and ``window.__NUXT__`` the object
    literal its state function returns, the story's HTML in ``body`` beside ``published`` and ``author``."""
    body = json.dumps("".join(f"<p>{escape(p, quote=False)}</p>" for p in CHOIR))
    code = ("window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{article:{title:\"%s\","
            "published:\"2025-09-18T18:00:00+01:00\",author:{name:\"Rhian Mostyn\"},body:%s,section:a}}],fetch:{},"
            "error:b,state:{route:c},serverRendered:d}}(\"culture\",null,\"/culture\",true));") % (CHOIR_TITLE, body)
    html = _shell(f"{CHOIR_TITLE} | Valley Echo",
                  '<div id="__nuxt"><div id="__layout"><div class="loading-page"></div></div></div>',
                  f"<script>{code}</script>", '<meta property="og:site_name" content="Valley Echo">')
    return Saved("nuxt-shell", html.encode(), {"title": CHOIR_TITLE, "source": "Valley Echo",
                                               "date": "2025-09-18", "author": "Rhian Mostyn"},
                 CHOIR, ["serverRendered", "culture"], [("Pritchard", "do not join choirs")], min_paras=4)


def ld_one_paragraph() -> Saved:
    """A page that shows its story in paragraphs and declares it in JSON-LD as one paragraph (``articleBody``
    with spaces where the breaks were): the page's paragraphs, once."""
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": CHOIR_TITLE,
              "datePublished": "2025-09-18T18:00:00+01:00", "author": {"@type": "Person", "name": "Rhian Mostyn"},
              "publisher": {"@type": "Organization", "name": "Valley Echo"}, "articleBody": " ".join(CHOIR)})
    html = _doc(f"<title>{CHOIR_TITLE} | Valley Echo</title>{ld}",
                f'<main><article><h1>{CHOIR_TITLE}</h1><div class="story">{_ps(CHOIR)}</div></article></main>'
                '<footer><p>\u00a9 Valley Echo 2025</p></footer>')
    return Saved("ld-one-paragraph", html.encode(), {"title": CHOIR_TITLE, "source": "Valley Echo",
                                                     "date": "2025-09-18", "author": "Rhian Mostyn"},
                 CHOIR, ["Valley Echo 2025"], [("Pritchard", "do not join choirs")], min_paras=4)


def live_blog_shell() -> Saved:
    """A live blog rendered by script: the page holds an empty root, and its ``LiveBlogPosting`` lists the
    entries (newest first, each with its time, some with a headline): each entry once, its time first, in the
    order the page lists them."""
    title = "Ridge fire: crews gain ground as the wind drops"
    updates = [{"@type": "BlogPosting", "datePublished": when, **({"headline": head} if head else {}),
                "articleBody": text} for when, head, text in FIRE]
    ld = _ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
              "datePublished": "2025-06-14T08:00:00+01:00", "coverageStartTime": "2025-06-14T08:00:00+01:00",
              "author": {"@type": "Person", "name": "Kari Holm"},
              "publisher": {"@type": "Organization", "name": "Fjord Post"}, "liveBlogUpdate": updates})
    html = _shell("Ridge fire live: crews gain ground | Fjord Post", '<div id="app"></div>',
                  '<script src="/static/live.js"></script>', ld)
    with_ = ["15:42 \u2013 Ridge fire 60% contained", "14:10 \u2013 \u201cThe wind dropped",
             "12:05 \u2013 Residents can go home", "09:30 \u2013 A second helicopter"]
    return Saved("live-blog-shell", html.encode(), {"title": title, "source": "Fjord Post", "date": "2025-06-14",
                                                    "author": "Kari Holm"},
                 with_ + [t for _, _, t in FIRE], ["live.js"], [("Lind", "wind dropped")], min_paras=6)


def reader_view_address() -> Saved:
    """Firefox's reader view saved as a page: no metadata but the title; the story's address is the link of
    the reader's header ('fjordpost.example'), and the reading time is no paragraph."""
    url = "https://fjordpost.example/news/2025/03/04/ferry-terminal"
    body = ('<div class="container" style="--font-size: 20px;"><div class="header reader-header reader-show-element">'
            f'<a class="domain reader-domain" href="{url}">fjordpost.example</a><div class="domain-border"></div>'
            f'<h1 class="reader-title">{FERRY_TITLE}</h1><div class="credits reader-credits">Lena Brekke</div>'
            '<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-'
            'time">2\u20133 minutes</div></div></div><hr><div class="content"><div class="moz-reader-content '
            'reader-show-element"><div id="readability-page-1" class="page"><div><p>Published March 4, 2025</p>'
            + _ps(FERRY) + '</div></div></div></div></div>')
    head = (f'<title>{FERRY_TITLE}</title><link rel="stylesheet" href="chrome://global/skin/aboutReader.css">'
            '<meta name="robots" content="noindex">')
    return Saved("reader-view-address", _doc(head, body).encode(),
                 {"title": FERRY_TITLE, "url": url, "source": "fjordpost.example", "author": "Lena Brekke"},
                 FERRY, ["minutes", "aboutReader"], [("Solberg", "patched these piers")], min_paras=5)


SUBSCRIBER_CARDS = ('<section class="more-stories"><h2>More from the Vale Post</h2>'
                    '<div class="card"><h3><a href="/news/bridge">Bridge tolls rise again as council misses its '
                    'target</a></h3><p class="card-label">This article is for subscribers.</p></div>'
                    '<div class="card"><h3><a href="/news/mayor">Council picks a new mayor after a long night</a>'
                    '</h3><p class="card-label">This article is for subscribers.</p></div>'
                    '<ul class="list"><li><a href="/news/bus">Night buses return to the valley route</a> '
                    '<span>This article is for subscribers.</span></li></ul></section>')


def subscriber_cards() -> Saved:
    """A free story whose 'More from …' cards carry the label 'This article is for subscribers' under other
    stories' headlines: the story is whole (not partial), and no label is in it."""
    head = (f"<title>{ORCHARD_TITLE} | Vale Post</title><meta property=\"og:site_name\" content=\"Vale Post\">"
            '<meta property="article:published_time" content="2025-10-02T07:30:00Z">'
            '<meta name="author" content="Julia Wren">')
    html = _doc(head, f"<main><article><h1>{ORCHARD_TITLE}</h1>{_ps(ORCHARD)}</article>{SUBSCRIBER_CARDS}</main>"
                      "<footer><p>\u00a9 Vale Post</p></footer>")
    return Saved("subscriber-cards", html.encode(), {"title": ORCHARD_TITLE, "source": "Vale Post",
                                                     "date": "2025-10-02", "author": "Julia Wren"},
                 ORCHARD, ["for subscribers", "Bridge tolls"], [("Tarrant", "fruit would grow")], min_paras=4)


def premium_label() -> Saved:
    """A free story whose body is classed ``premium-content`` (the site's label for its own reporting) with an
    advertisement for subscriptions under it: whole, not partial."""
    head = (f"<title>{CHOIR_TITLE} | Valley Echo</title><meta property=\"og:site_name\" content=\"Valley Echo\">"
            '<meta property="article:published_time" content="2025-09-18T18:00:00+01:00">'
            '<meta name="author" content="Rhian Mostyn">')
    html = _doc(head, f'<main><article class="article"><h1>{CHOIR_TITLE}</h1><div class="article-body '
                      f'premium-content">{_ps(CHOIR)}</div><div class="subscribe-box"><p>Subscribe to continue '
                      'reading journalism like this for \u00a31 a week.</p></div></article></main>')
    return Saved("premium-label", html.encode(), {"title": CHOIR_TITLE, "source": "Valley Echo",
                                                  "date": "2025-09-18", "author": "Rhian Mostyn"},
                 CHOIR, ["continue reading"], [("Pritchard", "do not join choirs")], min_paras=4)


def _archive_today(name: str, byline: str, title: str, paras, url: str, site: str) -> bytes:
    s = 'style="text-align:left;font-size:16px;line-height:24px;margin:0 0 16px;"'
    header = ('<div id="HEADER" style="background-color:#EEEEEE;"><table style="width:100%"><tr><td>'
              '<a href="https://archive.ph/">archive.today</a><br>webpage capture</td><td>Saved from'
              f'<input type="text" name="q" value="{url}"></td><td>7 Oct 2025 11:02:40 UTC</td></tr><tr><td>'
              '<a>All snapshots</a> from host <a>example</a></td></tr><tr><td><a>Webpage</a> <a>Screenshot</a>'
              '</td><td><a>share</a> <a>download .zip</a> <a>report bug or abuse</a></td></tr></table></div>')
    page = ('<div style="position:relative;width:1024px;"><div style="display:flex;"><a style="color:#000">Home</a> '
            '<a style="color:#000">News</a></div><div style="max-width:680px;margin:0 auto;">'
            f'<div style="font-size:34px;font-weight:700;">{title}</div>{byline}'
            + "".join(f"<div {s}>{escape(x, quote=False)}</div>" for x in paras) + "</div></div>")
    head = (f'<title>{title} - {site} | archive.ph</title><meta name="robots" content="index,noarchive">'
            f'<link rel="bookmark" href="https://archive.ph/2025.10.07-110240/{url}">')
    return _doc(head, header + page).encode()


def archive_flat_bylines() -> list[Saved]:
    """archive.today captures, every block a styled ``div`` with no class names: a 'By … | date' line under the
    headline, a name and a date in two inline elements with no space between ('By Julia Wren2 October 2025'),
    and a name linked to its author page with no 'By' and a date line under it. The author and the date come
    out, and the byline is not the text's first paragraph."""
    url = "https://www.valepost.example/news/rail-siding-orchard"
    lines = {"bar": '<div style="font-size:13px;color:#666;">By Julia Wren | 2 October 2025</div>',
             "glued": '<div style="font-size:13px;color:#666;"><span style="font-weight:700">By <a href="https://www.'
                      'valepost.example/staff/julia-wren" style="color:#c00">Julia Wren</a></span><span style="margin-'
                      'left:8px">2 October 2025</span></div>',
             "linked": '<div style="display:flex"><div style="width:40px"><img src="jw.jpg" alt=""></div><div><div '
                       'style="font-weight:700"><a href="https://www.valepost.example/authors/julia-wren" style="color:'
                       '#c00">Julia Wren</a></div><div style="font-size:12px">Environment reporter</div><div style="'
                       'font-size:12px">Thu 2 Oct 2025 08:30</div></div></div>'}
    return [Saved(f"archive-flat-{k}", _archive_today(k, line, ORCHARD_TITLE, ORCHARD, url, "Vale Post"),
                  {"title": ORCHARD_TITLE, "url": url, "author": "Julia Wren", "date": "2025-10-02"},
                  ORCHARD, ["By Julia", "webpage capture", "Saved from", "Screenshot"],
                  [("Tarrant", "fruit would grow")], min_paras=4) for k, line in lines.items()]


def ticker_times() -> Saved:
    """A page whose header carries a ticker of other stories, each with a ``<time>``, above the story's own
    ``<time>``; no meta gives the date."""
    ticker = ('<header class="site-header"><div class="news-ticker"><ul><li><a href="/l1">Markets open higher</a> '
              '<time datetime="2025-03-07T08:00:00Z">8:00</time></li><li><a href="/l2">Storm warning for the '
              'coast</a> <time datetime="2025-03-07T07:40:00Z">7:40</time></li></ul></div><nav><a href="/">Home'
              '</a> <a href="/news">News</a></nav></header>')
    html = _doc(f"<title>{FERRY_TITLE} | Fjord Post</title><meta property=\"og:site_name\" content=\"Fjord Post\">",
                f'{ticker}<main><article><h1>{FERRY_TITLE}</h1><p class="byline">By Lena Brekke</p><p class="meta">'
                f'<time datetime="2025-03-04T09:15:00Z">4 March 2025</time></p>{_ps(FERRY)}</article></main>')
    return Saved("ticker-times", html.encode(), {"title": FERRY_TITLE, "source": "Fjord Post", "date": "2025-03-04",
                                                 "author": "Lena Brekke"},
                 FERRY, ["Markets open", "Storm warning"], [("Solberg", "patched these piers")], min_paras=5)


def updated_then_published() -> Saved:
    """A page that shows 'Updated <time>' before 'Published <time>', neither ``<time>`` classed; no meta."""
    dates = ('<div class="dates"><span>Updated <time datetime="2025-10-03T12:00:00Z">3 October 2025</time></span> '
             '<span>Published <time datetime="2025-10-02T07:30:00Z">2 October 2025</time></span></div>')
    html = _doc(f"<title>{ORCHARD_TITLE} | Vale Post</title><meta property=\"og:site_name\" content=\"Vale Post\">",
                f'<main><article><h1>{ORCHARD_TITLE}</h1><p class="byline">By Julia Wren</p>{dates}{_ps(ORCHARD)}'
                "</article></main>")
    return Saved("updated-then-published", html.encode(), {"title": ORCHARD_TITLE, "source": "Vale Post",
                                                           "date": "2025-10-02", "author": "Julia Wren"},
                 ORCHARD, ["Updated"], [("Tarrant", "fruit would grow")], min_paras=4)


def sidebar_heading_first() -> Saved:
    """A page whose sidebar ('Latest', with a dated link) stands before the story in the markup, no meta but the
    ``<title>``: the headline is the story's, the date the story's 'Posted on …' line, not the sidebar's."""
    side = ('<aside class="sidebar"><h2>Latest</h2><ul><li><a href="/l1">Markets open higher today</a>'
            '<time datetime="2025-10-07T08:00:00Z">7 October 2025</time></li></ul></aside>')
    html = _doc(f"<title>{ORCHARD_TITLE} | Vale Post</title>",
                f'<main>{side}<article><h1>{ORCHARD_TITLE}</h1><p class="byline">By Julia Wren</p>'
                f'<span class="ago">5 days ago</span>{_ps(ORCHARD)}<p class="posted">Posted on 2 October 2025</p>'
                "</article></main>")
    return Saved("sidebar-heading-first", html.encode(), {"title": ORCHARD_TITLE, "date": "2025-10-02",
                                                          "author": "Julia Wren"},
                 ORCHARD, ["Markets open", "days ago"], [("Tarrant", "fruit would grow")], min_paras=4)


def number_dates() -> list[Saved]:
    """The same number date, one both ways round, on a British page ('18/09/2025' is not ambiguous, but
    '04/09/2025' is: 4 September) and on an American one ('09/04/2025': 4 September)."""
    out = []
    for lang, shown in (("en-GB", "04/09/2025 18:00"), ("en-US", "09/04/2025 6:00 PM")):
        html = _doc(f"<title>{CHOIR_TITLE} | Valley Echo</title><meta property=\"og:site_name\" content=\"Valley "
                    "Echo\">", f'<main><article><h1>{CHOIR_TITLE}</h1><p class="byline">By Rhian Mostyn | {shown}'
                    f"</p>{_ps(CHOIR)}</article></main>", html_attrs=f'lang="{lang}"')
        out.append(Saved(f"number-date-{lang.lower()}", html.encode(),
                         {"title": CHOIR_TITLE, "source": "Valley Echo", "date": "2025-09-04", "author": "Rhian Mostyn"},
                         CHOIR, [shown], [("Pritchard", "do not join choirs")], min_paras=4))
    return out


def all_shells() -> list[Saved]:
    """Every page of this module."""
    return [next_shell(), next_rendered(), fusion_shell(), nuxt_shell(), ld_one_paragraph(), live_blog_shell(), reader_view_address(),
            subscriber_cards(), premium_label(), *archive_flat_bylines(), ticker_times(), updated_then_published(),
            sidebar_heading_first(), *number_dates()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_shells()))} pages written to {sys.argv[1]}")
