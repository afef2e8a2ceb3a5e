"""Pages as readers save them, in shapes the other sets leave out: a Next.js page whose story is only a Contentful
rich-text document in ``__NEXT_DATA__``, a Nuxt 3 page (``__NUXT_DATA__``, devalue's flat array), a page whose
JSON-LD ``articleBody`` is an older, shorter version than the text it shows (the shown text wins: it is what the
reader saw, corrections included; the declared body is a copy the CMS wrote once), a live blog whose JSON-LD lists
its updates, a story with its comments and a 'more stories' rail inside ``<article>``, a gallery with long captions,
a pull quote repeating a sentence of the story, another story's teaser mid-body, a consent wall saved over the
story, a Wayback Machine save (toolbar, rewritten addresses), a Google cache save, a page saved from Chrome's
``view-source:`` view, an MHTML archive whose HTML part is base64 after its style sheet, a windows-1252 page that
declares no charset, a Japanese and a Chinese page (dates such as 2026年12月7日), a Spanish page whose date is half
translated ('7 de March 2025'), an English story under a heading opened by 'Von' and a product story with a
'Labels:' line of its own.

Every page is generated here (no real page is copied; the stories are invented). ``quotes`` lists (speaker, words)
the story quotes. ``python tests/html_pages_saved3.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import base64
import json
import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _ps(paras) -> str:
    return "".join(_p(x) for x in paras)


# --- Next.js: the story only in a Contentful rich-text document ----------------------------------------------------

_FERRY = ["The island's only car ferry will be out of service for six weeks from January while its engines are "
          "replaced, the operator said on Monday.",
          "A smaller passenger boat will run four times a day in its place, but it cannot carry cars, vans or the "
          "lorries that bring food to the island's two shops.",
          "\u201cWe will have to stock up like it is winter in the eighteenth century,\u201d said Morag Laing, who "
          "runs the larger of the shops.",
          "The operator said it had chosen January because it was the quietest month and that a landing craft would "
          "carry essential goods twice a week."]


def next_contentful() -> Saved:
    """A Next.js page saved 'HTML only': the root holds the headline and grey placeholder blocks; the story is a
    Contentful rich-text document (``nodeType`` paragraphs of ``text`` nodes, a hyperlink inside one, an embedded
    entry for an advert) in ``__NEXT_DATA__``."""
    title = "Island ferry to be out of service for six weeks"
    url = "https://www.islandtimes.example/news/ferry-out-of-service"

    def para(text: str, link: bool = False) -> dict:
        if not link:
            return {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": text, "marks": [],
                                                                      "data": {}}]}
        head, tail = text.split("passenger boat", 1)
        return {"nodeType": "paragraph", "data": {}, "content": [
            {"nodeType": "text", "value": head, "marks": [], "data": {}},
            {"nodeType": "hyperlink", "data": {"uri": "https://www.islandtimes.example/boat"},
             "content": [{"nodeType": "text", "value": "passenger boat", "marks": [], "data": {}}]},
            {"nodeType": "text", "value": tail, "marks": [], "data": {}}]}

    doc = {"nodeType": "document", "data": {}, "content": [
        para(_FERRY[0]), para(_FERRY[1], link=True),
        {"nodeType": "embedded-entry-block", "data": {"target": {"sys": {"id": "ad-slot-1", "type": "Link"}}},
         "content": []},
        para(_FERRY[2]), para(_FERRY[3])]}
    data = {"props": {"pageProps": {"entry": {"fields": {"headline": title, "slug": "ferry-out-of-service",
                                                          "body": doc, "author": {"fields": {"name": "Euan Ross"}}}},
                                    "site": {"name": "The Island Times"}}},
            "page": "/news/[slug]", "query": {"slug": "ferry-out-of-service"}, "buildId": "k3Jd8", "isFallback": False}
    head = (f"<title>{title} | The Island Times</title><meta property='og:site_name' content='The Island Times'>"
            "<meta property='article:published_time' content='2026-12-07T09:00:00Z'>"
            f"<link rel='canonical' href='{url}'><meta name='author' content='Euan Ross'>")
    body = (f'<div id="__next"><header><a href="/">The Island Times</a></header><main><h1>{title}</h1>'
            '<div class="skeleton skeleton-line"></div><div class="skeleton skeleton-line"></div></main></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')
    return Saved("next-contentful", _doc(head, body).encode(),
                 {"title": title, "source": "The Island Times", "date": "2026-12-07", "author": "Euan Ross",
                  "url": url}, _FERRY, ["ad-slot-1", "k3Jd8", "nodeType"],
                 [("Morag Laing", "stock up like it is winter")], min_paras=4)


# --- Nuxt 3: the story in devalue's flat array ------------------------------------------------------------------------

_KILN = ["A pottery that has fired its kiln in the same yard since 1890 has been saved by a group of former "
         "apprentices who bought it at auction on Friday.",
         "The eight buyers, who trained at the pottery in the 1980s and 1990s, paid just over half the guide price.",
         "\u201cWe all learned to throw a pot in that shed, and we could not watch it become car parking,\u201d said "
         "Aled Pugh, one of the buyers.",
         "They plan to reopen the shop in the spring and to take on two apprentices of their own next year."]


def nuxt3_payload() -> Saved:
    """A Nuxt 3 page saved 'HTML only': the app's root is empty and the story is in ``__NUXT_DATA__``, devalue's flat
    array whose objects name their values by index (``["ShallowReactive", 1]``, ``{"data": 2}``)."""
    title = "Former apprentices save 130-year-old pottery"
    flat = [["ShallowReactive", 1], {"data": 2, "state": 3}, ["ShallowReactive", 4], {},
            {"story-kiln": 5}, {"title": 6, "published": 7, "author": 8, "paragraphs": 9},
            title, "2026-12-05T16:30:00+00:00", "Carys Hughes", [10, 11, 12, 13], *_KILN]
    head = (f"<title>{title} \u2013 Valley Post</title><meta property='og:site_name' content='Valley Post'>"
            "<meta property='article:published_time' content='2026-12-05T16:30:00+00:00'>")
    body = ('<div id="__nuxt"><div class="page-loading"></div></div>'
            f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(flat)}</script>'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:"/"}}</script>')
    return Saved("nuxt3-payload", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Post", "date": "2026-12-05"}, _KILN,
                 ["ShallowReactive", "baseURL", "story-kiln"], [("Aled Pugh", "learned to throw a pot")], min_paras=4)


# --- JSON-LD articleBody older than the shown text ---------------------------------------------------------------

_BRIDGE = ["Engineers have closed the old toll bridge to lorries after an inspection found corrosion in two of its "
           "steel hangers, the county council said on Thursday.",
           "Cars and buses can still cross, but vehicles over 7.5 tonnes face a 14-mile detour through the "
           "villages to the south.",
           "\u201cThe bridge is safe for the traffic we are allowing on it, and we will not take any chances with "
           "the rest,\u201d said Nadia Osei, the council's head of highways.",
           "Repairs are expected to take until the end of March and to cost about \u00a32m.",
           "This article was amended on 7 December 2026: an earlier version gave the detour as 40 miles."]


def ld_body_older() -> Saved:
    """The JSON-LD ``articleBody`` was written when the story was first published: shorter, with the detour's
    length wrong. The page shows the corrected, longer story, and that is what is stored: the shown text is what
    the reader saved, the declared body a copy the CMS does not always rewrite."""
    title = "Old toll bridge closed to lorries after corrosion found"
    old = (_BRIDGE[0] + " Cars and buses can still cross, but vehicles over 7.5 tonnes face a 40-mile detour.")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "articleBody": old,
          "datePublished": "2026-12-03T11:00:00+00:00", "dateModified": "2026-12-07T08:00:00+00:00",
          "author": {"@type": "Person", "name": "Tom Ashby"},
          "publisher": {"@type": "Organization", "name": "County Echo"}}
    head = f"<title>{title} | County Echo</title>" + _ld(ld)
    body = (f'<main><article><h1>{title}</h1><p class="byline">By Tom Ashby</p><div class="article-body">'
            f'{_ps(_BRIDGE[:4])}<p class="correction"><em>{_BRIDGE[4]}</em></p></div></article></main>')
    return Saved("ld-body-older", _doc(head, body).encode(),
                 {"title": title, "source": "County Echo", "date": "2026-12-03", "author": "Tom Ashby"},
                 _BRIDGE, ["40-mile detour"], [("Nadia Osei", "safe for the traffic")], min_paras=5)


# --- a live blog whose JSON-LD lists its updates ----------------------------------------------------------------

_STORM = ["Ferries between the mainland and the islands are cancelled for the rest of the day, the operator says. "
          "Sailings are expected to resume tomorrow morning if the wind drops as forecast.",
          "More than 4,000 homes are without power across the north-west, the electricity network says. Engineers "
          "are waiting for the wind to drop before they can climb the poles safely.",
          "Police have closed the coast road between the harbour and the lighthouse after part of the sea wall "
          "collapsed overnight. Drivers are asked to use the inland route.",
          "Welcome to our live coverage of the storm, which the forecasters expect to peak this afternoon with "
          "gusts of up to 90mph along the coast."]


def liveblog_ld_updates() -> Saved:
    """A live blog: ``LiveBlogPosting`` with its ``liveBlogUpdate`` list in JSON-LD; the page shows the entries newest
    first, each with its time, a 'Share this update' button and its own heading."""
    title = "Storm live: ferries cancelled and thousands without power"
    times = ["14:05", "12:40", "10:15", "08:00"]
    heads = ["Ferries cancelled", "Thousands without power", "Coast road closed", "Welcome"]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "coverageStartTime": "2026-12-07T08:00:00+00:00", "datePublished": "2026-12-07T08:00:00+00:00",
          "author": {"@type": "Person", "name": "Fiona Grant"},
          "publisher": {"@type": "Organization", "name": "West Coast News"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "articleBody": t,
                              "datePublished": f"2026-12-07T{tm}:00+00:00"} for h, t, tm in zip(heads, _STORM, times)]}
    entries = "".join(f'<article class="live-entry" id="e{n}"><time datetime="2026-12-07T{tm}:00+00:00">{tm}</time>'
                      f'<h2>{h}</h2>{_p(t)}<button class="entry-share">Share this update</button></article>'
                      for n, (h, t, tm) in enumerate(zip(heads, _STORM, times)))
    head = f"<title>{title} - West Coast News</title>" + _ld(ld)
    body = (f'<main><h1>{title}</h1><p class="byline">By Fiona Grant</p><div class="live-feed">{entries}</div>'
            '</main>')
    return Saved("liveblog-ld-updates", _doc(head, body).encode(),
                 {"title": title, "source": "West Coast News", "date": "2026-12-07", "author": "Fiona Grant"},
                 _STORM, ["Share this update"], min_paras=4)


# --- comments and a 'more stories' rail inside <article> ------------------------------------------------------------

_ORCHARD = ["A community orchard planted on a former landfill site has produced its first harvest, twelve years "
            "after volunteers put in the first trees.",
            "About 300 kilograms of apples were picked over two weekends and pressed into juice that will be sold at "
            "the village fete.",
            "\u201cPeople told us nothing would grow in that soil, and now look at it,\u201d said Ben Hollis, who "
            "chairs the orchard group.",
            "The group wants to plant another forty trees next winter and is asking for varieties that grew in the "
            "area before the war."]


def comments_and_rail_in_article() -> Saved:
    """Comments and another stories' rail inside ``<article>``, under class names no furniture list holds
    (``conversation``, ``story-list``): the comments are whole sentences, the rail's cards headlines and teasers."""
    title = "Orchard on old landfill site gives first harvest"
    comments = "".join(f'<div class="c-item"><div class="c-head"><span class="c-name">{n}</span> <span class="c-ago">'
                       f'{h} hours ago</span></div><p>{escape(t)}</p><div class="c-actions"><a href="#">Reply</a> '
                       f'<a href="#">Report</a></div></div>'
                       for n, h, t in [("applefan", 3, "Wonderful news, we went up last Sunday and the blossom in "
                                                        "spring was something else entirely."),
                                       ("J. Rowe", 5, "I remember when that was the tip, my dad used to take the "
                                                      "old fridge up there every few years.")])
    rail = "".join(f'<li class="story-card"><a href="/news/{i}"><h3>{h}</h3><p>{escape(t)}</p></a></li>'
                   for i, (h, t) in enumerate([("Village shop reopens as co-op", "Residents raised the money in "
                                                "eleven weeks to buy the building and restock the shelves."),
                                               ("Bus route saved after petition", "The county has agreed to fund "
                                                "the evening service for another two years after protests.")]))
    head = (f"<title>{title} | Downs Gazette</title><meta property='og:site_name' content='Downs Gazette'>"
            "<meta property='article:published_time' content='2026-12-06T10:00:00+00:00'>")
    body = (f'<main><article><h1>{title}</h1><div class="story-body">{_ps(_ORCHARD)}</div>'
            f'<section class="conversation"><h2>2 responses</h2>{comments}</section>'
            f'<section class="story-list"><h2>More from the Downs</h2><ul>{rail}</ul></section></article></main>')
    return Saved("comments-and-rail-in-article", _doc(head, body).encode(),
                 {"title": title, "source": "Downs Gazette", "date": "2026-12-06"}, _ORCHARD,
                 ["blossom in spring", "old fridge", "2 responses", "Village shop reopens", "raised the money",
                  "More from the Downs", "Reply"], [("Ben Hollis", "nothing would grow")], min_paras=4)


# --- a gallery with long captions ---------------------------------------------------------------------------------

_MARKET = ["The covered market reopened on Saturday after a two-year restoration that uncovered its original "
           "Victorian roof.",
           "Traders who had spent the works in a car park across the road moved back in on Friday night.",
           "\u201cIt is like coming home after a long trip abroad,\u201d said fishmonger Sam Okafor, whose family has "
           "had a stall here since 1962.",
           "The council paid for most of the restoration, with a heritage grant covering the roof."]


def gallery_long_captions() -> Saved:
    """A photo gallery between the story's paragraphs: each figure's caption a long description of the picture with
    its credit, the gallery's counter ('1 of 3') and its 'Enlarge' buttons."""
    title = "Covered market reopens after two-year restoration"
    caps = ["The restored roof of the covered market, whose cast-iron arches were hidden for decades behind a "
            "false ceiling put up in the 1970s, seen from the upper gallery on Saturday morning. Photo: Lucy Hart",
            "Traders and shoppers crowd the main aisle within minutes of the doors opening at eight o'clock, many "
            "of them regulars who followed the stalls to their temporary home. Photo: Lucy Hart",
            "A craftsman repaints the market's original clock, which was found in a council store room during the "
            "works and put back above the north entrance. Photo: Lucy Hart"]
    figs = "".join(f'<figure class="gallery__item"><img src="m{i}.jpg" alt=""><span class="gallery__count">{i + 1} of '
                   f'3</span><button>Enlarge</button><figcaption>{escape(c)}</figcaption></figure>'
                   for i, c in enumerate(caps))
    head = (f"<title>{title} | Northgate Herald</title><meta property='og:site_name' content='Northgate Herald'>"
            "<meta property='article:published_time' content='2026-12-05T18:00:00+00:00'>"
            "<meta name='author' content='Lucy Hart'>")
    body = (f'<main><article><h1>{title}</h1><div class="body">{_ps(_MARKET[:2])}<div class="gallery">{figs}</div>'
            f'{_ps(_MARKET[2:])}</div></article></main>')
    return Saved("gallery-long-captions", _doc(head, body).encode(),
                 {"title": title, "source": "Northgate Herald", "date": "2026-12-05", "author": "Lucy Hart"},
                 _MARKET, ["false ceiling", "within minutes of the doors", "repaints", "1 of 3", "Enlarge"],
                 [("Sam Okafor", "coming home after a long trip")], min_paras=4)


# --- a pull quote repeating the story's sentence, another story's teaser mid-body --------------------------------

_LIBRARY = ["The town library will open on Sundays for the first time from January, after volunteers offered to "
            "staff it.",
            "Forty people answered the council's appeal for help in a week, twice as many as it needed.",
            "\u201cA library that shuts at the weekend is a library for people who do not work,\u201d said Grace "
            "Mbeki, who organised the volunteers.",
            "The council said the Sunday opening would be reviewed after six months.",
            "Paid staff will still run the library on weekdays and Saturdays."]


def pullquote_and_teaser() -> Saved:
    """A pull quote that repeats the story's quotation (set as an ``aside`` with its own quote marks) and, two
    paragraphs on, another story's teaser card ('Read more: …' with its headline and standfirst) in the body."""
    title = "Library to open on Sundays with volunteer staff"
    pull = ('<aside class="quote-callout"><blockquote><p>\u201cA library that shuts at the weekend is a library for '
            'people who do not work\u201d</p><cite>Grace Mbeki</cite></blockquote></aside>')
    teaser = ('<div class="inline-story"><span class="label">Read more</span><a href="/news/pool-hours"><h4>Swimming '
              'pool cuts its early-morning hours</h4><p>Swimmers say the change will stop them using the pool before '
              'work, and have started a petition to save the sessions.</p></a></div>')
    head = (f"<title>{title} | Riverside Mercury</title><meta property='og:site_name' content='Riverside Mercury'>"
            "<meta property='article:published_time' content='2026-12-04T07:30:00+00:00'>")
    body = (f'<main><article><h1>{title}</h1><div class="content">{_ps(_LIBRARY[:2])}{pull}{_ps(_LIBRARY[2:3])}'
            f'{teaser}{_ps(_LIBRARY[3:])}</div></article></main>')
    return Saved("pullquote-and-teaser", _doc(head, body).encode(),
                 {"title": title, "source": "Riverside Mercury", "date": "2026-12-04"}, _LIBRARY,
                 ["Swimming pool cuts", "before work", "Read more"], [("Grace Mbeki", "shuts at the weekend")],
                 min_paras=5)


# --- a consent wall saved over the story ---------------------------------------------------------------------------

_NURSERY = ["Parents in the village say they will have nowhere to leave their children when the only nursery "
            "closes at Christmas.",
            "The nursery's owner said rising costs and a shortage of qualified staff had made it impossible to carry "
            "on.",
            "\u201cWe have loved every day of it, but the numbers simply do not add up any more,\u201d said owner "
            "Harriet Cole.",
            "The nearest other nursery is eleven miles away and already has a waiting list."]


def consent_wall() -> Saved:
    """A consent platform's dialog saved open over the story (its layers of purposes and partners, long sentences
    of their own, under a class name with no furniture word in it), the story behind it."""
    title = "Village nursery to close at Christmas"
    wall = ('<div class="qc-cmp2-container"><div class="qc-cmp2-summary"><h2>We value your privacy</h2>'
            '<p>We and our partners store and access information on your device, such as cookies, and process '
            'personal data, such as unique identifiers and standard information sent by a device, for personalised '
            'advertising and content, advertising and content measurement, and audience research.</p>'
            '<p>With your permission we and our partners may use precise geolocation data and identification through '
            'device scanning. You may click to consent to our and our 214 partners\u2019 processing as described '
            'above.</p><div class="qc-cmp2-buttons"><button>MORE OPTIONS</button><button>AGREE</button></div></div>'
            '</div>')
    head = (f"<title>{title} | Fenland Voice</title><meta property='og:site_name' content='Fenland Voice'>"
            "<meta property='article:published_time' content='2026-12-02T12:00:00+00:00'>")
    body = f'{wall}<main><article><h1>{title}</h1>{_ps(_NURSERY)}</article></main>'
    return Saved("consent-wall", _doc(head, body).encode(),
                 {"title": title, "source": "Fenland Voice", "date": "2026-12-02"}, _NURSERY,
                 ["We value your privacy", "our partners", "precise geolocation", "MORE OPTIONS"],
                 [("Harriet Cole", "numbers simply do not add up")], min_paras=4)


# --- a Wayback Machine save ---------------------------------------------------------------------------------------

_DUNES = ["Rangers have fenced off part of the dunes at the north beach after a winter of storms left the sand "
          "too unstable to walk on.",
          "The fence will stay up until the marram grass planted this month has taken root, which could take two "
          "summers.",
          "\u201cThe dunes are the only thing between the sea and the golf course,\u201d said ranger Iona MacRae.",
          "Walkers are asked to use the boardwalk, which has been extended by a hundred metres."]


def wayback_save() -> Saved:
    """A page saved from the Wayback Machine: its toolbar (``wm-ipp``) at the top, every address rewritten to
    ``/web/<stamp>/…`` (the canonical link too, and ``im_``/``cs_`` for images and styles), the archive's scripts,
    and its closing comment ('FILE ARCHIVED ON …')."""
    title = "Dunes fenced off after winter storms"
    stamp, url = "20261207101530", "https://www.coastlineweekly.example/2026/12/06/dunes-fenced-off/"
    toolbar = ('<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base" lang="en" style="display:none;direction:'
               'ltr;"><div id="wm-ipp" style="position:fixed;"><div id="wm-ipp-inside"><span>The Wayback Machine - '
               f'</span><a href="https://web.archive.org/web/{stamp}/{url}">https://web.archive.org/web/{stamp}/{url}'
               '</a><div id="wm-capinfo">1 capture 07 Dec 2026</div></div></div></div>'
               '<!-- END WAYBACK TOOLBAR INSERT -->')
    head = ('<script src="//archive.org/includes/athena.js" type="text/javascript"></script>'
            '<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};</script>'
            '<link rel="stylesheet" href="/_static/css/banner-styles.css?v=1">'
            f"<title>{title} - Coastline Weekly</title>"
            f'<link rel="canonical" href="https://web.archive.org/web/{stamp}/{url}">'
            "<meta property='og:site_name' content='Coastline Weekly'>"
            "<meta property='article:published_time' content='2026-12-06T15:00:00+00:00'>"
            f'<link rel="stylesheet" href="https://web.archive.org/web/{stamp}cs_/https://www.coastlineweekly.example/'
            'style.css">')
    body = (toolbar + f'<header><a href="https://web.archive.org/web/{stamp}/https://www.coastlineweekly.example/">'
            'Coastline Weekly</a></header><main><article>'
            f'<h1>{title}</h1><p class="byline">By Iona Reid</p>'
            f'<img src="https://web.archive.org/web/{stamp}im_/https://www.coastlineweekly.example/dunes.jpg">'
            f'{_ps(_DUNES)}</article></main>')
    tail = ("\n<!--\n     FILE ARCHIVED ON 10:15:30 Dec 07, 2026 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON "
            "11:02:44 Dec 07, 2026.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->\n"
            "<!--\nplayback timings (ms):\n  captures_list: 0.61\n  exclusion.robots: 0.02\n-->")
    return Saved("wayback-save", (_doc(head, body) + tail).encode(),
                 {"title": title, "source": "Coastline Weekly", "date": "2026-12-06", "author": "Iona Reid",
                  "url": url}, _DUNES, ["Wayback Machine", "capture", "FILE ARCHIVED", "playback timings"],
                 [("Iona MacRae", "between the sea and the golf course")], min_paras=4)


# --- a Google cache save ------------------------------------------------------------------------------------------

_CLINIC = ["The health board has agreed to keep the minor injuries unit open overnight for another year after a "
           "campaign by people living on the peninsula.",
           "The unit had been due to close at ten each night from January, leaving a ninety-minute drive to the "
           "nearest emergency department.",
           "\u201cThis buys us a year, and we intend to use it to make the case for good,\u201d said campaigner Rhys "
           "Powell.",
           "The board said it would publish a review of the unit's overnight use in the autumn."]


def google_cache() -> Saved:
    """A page saved from Google's cache: the cache's header box ('This is Google's cache of URL. It is a snapshot of
    the page as it appeared on …'), its ``<base href>`` to the page's address, then the page."""
    title = "Minor injuries unit to stay open overnight"
    url = "https://www.peninsulapost.example/health/minor-injuries-unit-overnight"
    hdr = ('<div id="bN015htcoyT__google-cache-hdr"><div><span>This is Google\'s cache of <a href="'
           f'{url}">{url}</a>. It is a snapshot of the page as it appeared on 7 Dec 2026 06:12:09 GMT. The '
           '<a href="#">current page</a> could have changed in the meantime. <a href="#">Learn more</a>.</span></div>'
           '<div><span><a href="#">Full version</a></span><span><a href="#">Text-only version</a></span><span>'
           '<a href="#">View source</a></span></div><div><span>Tip: To quickly find your search term on this page, '
           'press <b>Ctrl+F</b> or <b>\u2318-F</b> (Mac) and use the find bar.</span></div></div>'
           '<div style="position:relative;">')
    head = (f'<base href="{url}"><title>{title} | Peninsula Post</title>'
            "<meta property='og:site_name' content='Peninsula Post'>"
            "<meta property='article:published_time' content='2026-12-05T09:30:00+00:00'>")
    body = hdr + f'<main><article><h1>{title}</h1>{_ps(_CLINIC)}</article></main></div>'
    return Saved("google-cache", _doc(head, body).encode(),
                 {"title": title, "source": "Peninsula Post", "date": "2026-12-05", "url": url}, _CLINIC,
                 ["Google's cache", "snapshot of the page", "Text-only version", "Ctrl+F"],
                 [("Rhys Powell", "buys us a year")], min_paras=4)


# --- a page saved from Chrome's view-source: view -----------------------------------------------------------------

_ROWING = ["The rowing club will build a new boathouse on the east bank after the city agreed to lease it the land "
           "for a peppercorn rent.",
           "The old boathouse flooded three times last winter and the club has been storing its boats in members' "
           "gardens.",
           "\u201cWe have had eights on trailers all over the city,\u201d said club captain Ellen Byrne.",
           "Building work is due to begin in March."]


def view_source_save() -> Saved:
    """A page saved from Chrome's ``view-source:`` view ('Save As' on the source): a table of numbered lines whose
    cells hold the page's markup as escaped text in coloured spans; the page is read from that text."""
    title = "Rowing club to build boathouse on east bank"
    url = "https://www.citycurrent.example/sport/rowing-club-boathouse"
    source = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title} | City Current'
              f'</title>\n<link rel="canonical" href="{url}">\n<meta property="og:site_name" content="City Current">\n'
              '<meta property="article:published_time" content="2026-12-06T17:45:00+00:00">\n</head>\n<body>\n'
              f'<main><article><h1>{title}</h1>\n'
              + "\n".join(f"<p>{escape(x, quote=False)}</p>" for x in _ROWING)
              + '\n</article></main>\n<footer>&copy; City Current</footer>\n</body>\n</html>')
    rows = "".join(f'<tr><td class="line-number" value="{n}"></td><td class="line-content">'
                   f'<span class="html-tag">{escape(line)}</span></td></tr>'
                   for n, line in enumerate(source.split("\n"), 1))
    html = ('<html><head><meta name="color-scheme" content="light dark"><link rel="stylesheet" type="text/css" '
            f'href="chrome://resources/css/text_defaults.css"></head><body><div class="line-gutter-backdrop"></div>'
            f'<form autocomplete="off"><label class="line-wrap-control">Line wrap<input type="checkbox"></label></form>'
            f'<table><tbody>{rows}</tbody></table></body></html>')
    return Saved("view-source-save", html.encode(),
                 {"title": title, "source": "City Current", "date": "2026-12-06", "url": url}, _ROWING,
                 ["Line wrap", "&lt;", "<p>", "line-number"], [("Ellen Byrne", "eights on trailers")], min_paras=4)


# --- MHTML: the HTML part base64, after its style sheet ------------------------------------------------------------

_SCHOOL = ["A primary school that lost its roof in a fire in October will reopen after the Christmas holidays, the "
           "education authority said.",
           "Pupils have been taught in the community hall and a church since the fire, which started in a store room.",
           "\u201cThe children have been remarkable, and so have the parents,\u201d said head teacher Owen Price.",
           "Investigators said the fire was caused by a fault in a freezer."]


def mhtml_base64_late() -> Saved:
    """An MHTML archive whose first part is the page's style sheet and whose HTML part, later, is base64 with its
    charset in the part's header (the snapshot's address in the archive's header)."""
    title = "School gutted by fire to reopen after Christmas"
    url = "https://www.valleyvoice.example/education/school-fire-reopen"
    page = _doc(f"<title>{title} | Valley Voice</title><meta property='og:site_name' content='Valley Voice'>"
                "<meta property='article:published_time' content='2026-12-03T13:00:00+00:00'>",
                f'<main><article><h1>{title}</h1><p class="byline">By Sian Lloyd</p>{_ps(_SCHOOL)}</article>'
                '</main>').encode()
    b64 = base64.encodebytes(page).decode()
    mht = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url + "\r\nSubject: " + title + "\r\n"
           "Date: Mon, 7 Dec 2026 10:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
           '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--Xq9"\r\n\r\n\r\n'
           "------MultipartBoundary--Xq9\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           "Content-Location: https://www.valleyvoice.example/style.css\r\n\r\nbody { margin: 0; }\r\n\r\n"
           "------MultipartBoundary--Xq9\r\nContent-Type: text/html; charset=utf-8\r\n"
           "Content-Transfer-Encoding: base64\r\nContent-Location: " + url + "\r\n\r\n"
           + b64.replace("\n", "\r\n") + "\r\n------MultipartBoundary--Xq9--\r\n")
    return Saved("mhtml-base64-late", mht.encode(),
                 {"title": title, "source": "Valley Voice", "date": "2026-12-03", "author": "Sian Lloyd", "url": url},
                 _SCHOOL, ["margin: 0", "MultipartBoundary"], [("Owen Price", "children have been remarkable")],
                 min_paras=4, ext="mhtml")


# --- windows-1252 without a charset declaration ----------------------------------------------------------------------

_CAFE = ["The caf\u00e9 on the pier has changed hands for \u20ac450,000 \u2014 the first sale in forty years.",
         "Its new owners, two sisters from the town, say they will keep the menu and the name.",
         "\u201cPeople come here for the same scone their grandmother had,\u201d said Aoife Brennan. \u201cWe are not "
         "going to be the ones who change it.\u201d",
         "The sale includes the building\u2019s upstairs flat, which the sisters plan to let to a member of staff."]


def cp1252_undeclared() -> Saved:
    """A page in windows-1252 that declares no charset anywhere (no ``<meta charset>``, no ``http-equiv``): curly
    quotes, an em dash, the euro sign and an accented letter in that encoding's bytes."""
    title = "Pier caf\u00e9 sold for the first time in forty years"
    html = ('<!DOCTYPE html>\n<html lang="en-IE">\n<head>\n'
            f"<title>{title} | Western Tribune</title><meta property='og:site_name' content='Western Tribune'>"
            "<meta property='article:published_time' content='2026-12-01T08:00:00+00:00'>"
            f"</head>\n<body><main><article><h1>{title}</h1>{_ps(_CAFE)}</article></main></body>\n</html>\n")
    return Saved("cp1252-undeclared", html.encode("cp1252"),
                 {"title": title, "source": "Western Tribune", "date": "2026-12-01"}, _CAFE,
                 ["\ufffd", "\u00e2\u20ac"], [("Aoife Brennan", "same scone")], min_paras=4)


# --- a Japanese and a Chinese page --------------------------------------------------------------------------------

_JA = ["市内の商店街で、七日、冬の恒例行事となっているもちつき大会が開かれ、家族連れなどおよそ五百人が参加しました。",
       "大会は商店街の振興組合が毎年開いているもので、今年で三十回目を迎えました。",
       "参加した小学生は「きねが重くて大変だったけど、つきたてのもちはおいしかった」と話していました。",
       "組合では来年以降も大会を続けていきたいとしています。"]


def japanese_page() -> Saved:
    """A Japanese regional page: the date only shown in Japanese (2026年12月7日 10時30分), the outlet after a
    full-width bar in the ``<title>``, a 'related articles' list and the site's ranking box."""
    title = "商店街で恒例のもちつき大会"
    head = f"<title>{title}｜東海日日新聞</title><meta property='og:site_name' content='東海日日新聞'>"
    body = (f'<main><article><h1>{title}</h1><p class="date">2026年12月7日 10時30分</p>'
            f'<div class="article-body">{_ps(_JA)}</div><div class="related"><h2>関連記事</h2><ul><li><a '
            'href="/n/1">駅前の広場でイルミネーション点灯</a></li></ul></div></article>'
            '<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/n/2">市役所の新庁舎が完成</a></li>'
            '</ol></aside></main>')
    return Saved("japanese-page", _doc(head, body, html_attrs='lang="ja"').encode(),
                 {"title": title, "source": "東海日日新聞", "date": "2026-12-07"}, _JA,
                 ["関連記事", "イルミネーション", "アクセスランキング", "新庁舎"], min_paras=4)


_ZH = ["本报讯 记者从市交通部门获悉，连接老城区和新机场的地铁线路将于本月二十八日开通试运营。",
       "该线路全长三十二公里，共设十八座车站，全程运行时间约为四十分钟。",
       "市交通部门负责人表示，试运营期间票价将按现行标准执行，早晚高峰发车间隔为四分钟。",
       "沿线居民对此表示欢迎，不少人说以后去机场将方便许多。"]


def chinese_page() -> Saved:
    """A Chinese city paper's page: the date and the source on one line ('2026年12月07日 08:30 来源：…'), the outlet in
    ``og:site_name``, 'editor' and 'share' lines under the story."""
    title = "机场地铁线本月底开通试运营"
    head = f"<title>{title}_东江晚报</title><meta property='og:site_name' content='东江晚报'>"
    body = (f'<main><div class="article"><h1>{title}</h1><div class="info">2026年12月07日 08:30 来源：东江晚报</div>'
            f'<div class="content">{_ps(_ZH)}</div><div class="editor">责任编辑：王丽</div>'
            '<div class="share">分享到：微信 微博</div></div></main>')
    return Saved("chinese-page", _doc(head, body, html_attrs='lang="zh-CN"').encode(),
                 {"title": title, "source": "东江晚报", "date": "2026-12-07"}, _ZH,
                 ["责任编辑", "分享到"], min_paras=4)


# --- a Spanish page whose date is half translated -----------------------------------------------------------------

_ES = ["El ayuntamiento abrirá un nuevo carril bici entre la estación y el puerto antes del verano, según anunció "
       "el martes la concejala de movilidad.",
       "El carril tendrá tres kilómetros y sustituirá a una de las dos filas de aparcamiento de la avenida.",
       "\u00abEs la conexión que más nos han pedido los vecinos\u00bb, dijo la concejala Lucía Prieto.",
       "Los comerciantes de la avenida han pedido una reunión para hablar de la carga y descarga."]


def half_translated_date() -> Saved:
    """A Spanish outlet whose template writes its words in Spanish and the month from an English locale
    ('Publicado el 7 de March 2025'): the only date on the page."""
    title = "Un carril bici unirá la estación con el puerto"
    head = f"<title>{title} - Diario del Puerto</title><meta property='og:site_name' content='Diario del Puerto'>"
    body = (f'<main><article><h1>{title}</h1><p class="meta">Publicado el 7 de March 2025, 12:40</p>{_ps(_ES)}'
            '</article></main>')
    return Saved("half-translated-date", _doc(head, body, html_attrs='lang="es"').encode(),
                 {"title": title, "source": "Diario del Puerto", "date": "2025-03-07"}, _ES,
                 ["Publicado el"], min_paras=4)


# --- an English heading opened by 'Von'; a product story's own 'Labels:' line ------------------------------------

_SLEEPER = ["The old sleeper train to the coast will run again next summer, the heritage railway said on Monday, "
            "after a campaign by its fans.",
            "The train last ran in 1998, and its carriages spent twenty years in a museum shed.",
            "\u201cWe never thought we would see it move again,\u201d said volunteer Dora Pickett."]


def von_heading() -> Saved:
    """An English story under a subheading that opens with 'Von' and a first name ('Von Ryan Express Returns', a
    film's name): a heading, no byline; the byline is the page's own."""
    title = "Sleeper train back on the rails next summer"
    head = (f"<title>{title} | Rail Weekly</title><meta property='og:site_name' content='Rail Weekly'>"
            "<meta property='article:published_time' content='2026-12-07T07:00:00+00:00'>")
    body = (f'<main><article><h1>{title}</h1><h2 class="standfirst">Von Ryan Express Returns</h2>'
            f'<p class="byline">By Nick Ferris</p>{_ps(_SLEEPER)}</article></main>')
    return Saved("von-heading", _doc(head, body).encode(),
                 {"title": title, "source": "Rail Weekly", "date": "2026-12-07", "author": "Nick Ferris"},
                 _SLEEPER, [], [("Dora Pickett", "see it move again")], min_paras=3)


_COFFEE = ["The hill farmers' cooperative now sells three blends of its own coffee in the town's shops.",
           "Labels: Organic, Fair Trade",
           "Both marks took four years to earn, and the cooperative says they add a fifth to what a sack fetches.",
           "\u201cThe label is what the buyers ask about first,\u201d said Rosa Mejia, who chairs the cooperative."]


def labels_in_story() -> Saved:
    """A product story that prints the packet's 'Labels: Organic, Fair Trade' line amid its text (its own line,
    no links); the page's taxonomy, a 'Tags:' line of links under the story, goes."""
    title = "Hill farmers launch their own coffee"
    head = (f"<title>{title} | Market Town News</title><meta property='og:site_name' content='Market Town News'>"
            "<meta property='article:published_time' content='2026-12-06T09:00:00+00:00'>")
    body = (f'<main><article><h1>{title}</h1><div class="entry-content">{_ps(_COFFEE)}'
            '<p>Tags: <a href="/t/coffee">coffee</a>, <a href="/t/farming">farming</a></p></div></article></main>')
    return Saved("labels-in-story", _doc(head, body).encode(),
                 {"title": title, "source": "Market Town News", "date": "2026-12-06"}, _COFFEE,
                 ["Tags:"], [("Rosa Mejia", "what the buyers ask about first")], min_paras=4)


def all_saved3() -> list[Saved]:
    """Every page of the set."""
    return [next_contentful(), nuxt3_payload(), ld_body_older(), liveblog_ld_updates(),
            comments_and_rail_in_article(), gallery_long_captions(), pullquote_and_teaser(), consent_wall(),
            wayback_save(), google_cache(), view_source_save(), mhtml_base64_late(), cp1252_undeclared(),
            japanese_page(), chinese_page(), half_translated_date(), von_heading(), labels_in_story()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_saved3()))} pages written to {sys.argv[1]}")
