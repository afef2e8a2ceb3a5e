"""Pages as archives and saving tools leave them: a Wayback Machine capture (its toolbar and rewritten
addresses), SingleFile and Save Page WE saves, Chrome's 'complete' save of a page with no site name, a page
read through Google's AMP cache, a print view, a paywalled teaser, a live blog of many entries.

Every page is generated here (no real page is copied); :func:`html_pages_meta.all_web` gathers them with the
metadata shapes. ``python tests/html_pages_meta.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import write_saved, COOKIE, NEWSLETTER, SHARE, Saved, _doc, _ld, _ps, _related

_FLOOD = ["Flood defences on the River Severn were raised overnight as forecasters warned of the highest "
          "water levels in 25 years.",
          "About 1,200 homes in Shrewsbury and Bewdley were told to prepare to leave if the barriers failed.",
          "\u201cWe have done everything we can, but the river will do what the river does,\u201d said Karen "
          "Wells, the Environment Agency's flood duty manager.",
          "Rail services between Worcester and Hereford were suspended until at least Friday."]
WB = "https://web.archive.org/web/20240305154512"


def wayback() -> Saved:
    """A Wayback Machine capture saved from the browser: the archive's toolbar and its scripts at the top,
    every address rewritten to ``web.archive.org/web/<stamp>/<original>`` (canonical and og:url too),
    the archive's comment at the end. The original address and outlet are the page's, not the archive's."""
    title = "Severn flood barriers raised as river nears record"
    url = "https://www.midlandsmercury.example/news/2024/03/05/severn-flood-barriers/"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-03-05T06:40:00+00:00", "url": f"{WB}/{url}",
          "author": {"@type": "Person", "name": "Owen Jarvis"},
          "publisher": {"@type": "Organization", "name": "Midlands Mercury"}}
    toolbar = ('<script src="//web-static.archive.org/_static/js/bundle-playback.js?v=1"></script>'
               '<script type="text/javascript">__wm.init("https://web.archive.org/web");</script>'
               '<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base" lang="en" style="display:none;'
               'direction:ltr;"><div id="wm-ipp" style="position:fixed;"><div id="wm-ipp-inside"><div id="wm-logo">'
               '<a href="/web/">The Wayback Machine</a></div><div id="wm-capinfo"><span>1,204 captures</span> '
               '<span>05 Mar 2024 - 19 Sep 2025</span></div><div id="wm-btns"><a>About this capture</a>'
               '<a>Close</a><a>Help</a></div></div></div></div><!-- END WAYBACK TOOLBAR INSERT -->')
    head = (toolbar.split("<!-- BEGIN")[0] + f"<title>{title} | Midlands Mercury</title>"
            f'<link rel="canonical" href="{WB}/{url}">'
            f'<meta property="og:url" content="{WB}/{url}">'
            '<meta property="og:site_name" content="Midlands Mercury">' + _ld(ld)
            + f'<link rel="stylesheet" href="{WB}cs_/https://www.midlandsmercury.example/main.css">')
    body = ("<!-- BEGIN WAYBACK TOOLBAR INSERT -->" + toolbar.split("<!-- BEGIN WAYBACK TOOLBAR INSERT -->")[1]
            + f'<header><nav><a href="{WB}/https://www.midlandsmercury.example/">Home</a></nav></header>'
            f'<main><article><h1>{title}</h1><p class="byline">By Owen Jarvis</p>'
            f'<img src="{WB}im_/https://www.midlandsmercury.example/img/severn.jpg">'
            + _ps(_FLOOD) + "</article></main>"
            + "<!--\n     FILE ARCHIVED ON 15:45:12 Mar 05, 2024 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON "
              "10:02:41 Sep 19, 2025.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->")
    return Saved("wayback", _doc(head, body).encode(),
                 {"title": title, "source": "Midlands Mercury", "date": "2024-03-05", "author": "Owen Jarvis",
                  "url": url},
                 _FLOOD, ["Wayback Machine", "captures", "About this capture", "FILE ARCHIVED", "Close"],
                 [("Wells|manager", "river will do what the river does")])


def wayback_bare() -> Saved:
    """A capture of a page that declares nothing but its headline, saved with its archive address only in
    the browser's 'saved from' mark: the address and source are the original site's."""
    title = "Village fete cancelled after field floods"
    paras = ["The annual village fete in Upton was cancelled on Saturday after the field it uses flooded for "
             "the first time in living memory.",
             "Organisers said the stalls, a dog show and a brass band would move to the same weekend next year.",
             "\u201cIt is heartbreaking, but nobody wants to stand in a lake,\u201d said Pam Hollis, who has run "
             "the fete for 30 years."]
    original = "http://www.uptonvoice.example/news/fete-cancelled.html"
    saved = f"{WB}/{original}"
    html = (f"<!-- saved from url=({len(saved):04d}){saved} -->\n<html><head>"
            '<script src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>'
            f"<title>{title}</title></head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\">"
            "<div id=\"wm-ipp\"><a>The Wayback Machine</a> <span>3 captures</span></div></div>"
            f"<!-- END WAYBACK TOOLBAR INSERT --><div class=\"story\"><h2>{title}</h2>{_ps(paras)}</div>"
            "</body></html>")
    return Saved("wayback-bare", html.encode(), {"title": title, "source": "uptonvoice.example", "url": original},
                 paras, ["Wayback Machine", "captures"], [("Hollis", "nobody wants to stand in a lake")])


_PORT = ["Dockers at the country's largest container port will strike for 72 hours from Monday after "
         "rejecting a 4 percent pay offer.",
         "The port handles about a third of all container traffic entering the country.",
         "\u201cOur members keep this country supplied and they are tired of being taken for granted,\u201d "
         "said Dave Mills, the union's regional organiser.",
         "The port operator said it was disappointed and urged the union to return to talks."]


def singlefile() -> Saved:
    """The SingleFile extension's save: its comment with the page's address and the day it was saved (never
    the article's date), styles and images inlined as ``data:`` URIs, the page's own metadata kept."""
    title = "Port workers to strike for 72 hours over pay"
    url = "https://www.tradegazette.example/shipping/port-strike-72-hours"
    head = ('<meta charset="utf-8"><title>' + title + ' \u2013 Trade Gazette</title>'
            '<style>body{font-family:serif}.x{background:url(data:image/png;base64,iVBORw0KGgo=)}</style>'
            '<meta property="og:site_name" content="Trade Gazette"><meta name="author" content="Lucy Hart">'
            '<meta property="article:published_time" content="2025-01-17T09:00:00Z">')
    body = (COOKIE + '<main><article><h1>' + title + '</h1><img src="data:image/jpeg;base64,/9j/4AAQSkZJRg==" '
            'alt=""><p class="caption">Cranes at the container terminal. Photograph: Port Authority</p>'
            + _ps(_PORT) + SHARE + "</article></main>")
    html = ("<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n url: " + url
            + " \n saved date: Mon Sep 15 2025 10:11:12 GMT+0100 (British Summer Time)\n-->"
            + f"<head>{head}</head><body>{body}</body></html>")
    return Saved("singlefile", html.encode(),
                 {"title": title, "source": "Trade Gazette", "date": "2025-01-17", "author": "Lucy Hart", "url": url},
                 _PORT, ["Page saved with SingleFile", "Photograph: Port Authority", "Share this story", "cookies"],
                 [("Mills|organiser", "tired of being taken for granted")])


def save_page_we() -> Saved:
    """The Save Page WE extension's save: ``savepage-url``, ``savepage-title`` and ``savepage-date`` meta
    (the day it was saved, not the article's), and no other address: the url is the saved page's."""
    title = "Port workers to strike for 72 hours over pay"
    url = "https://dockside.example/2025/01/17/port-strike/"
    head = (f"<title>{title}</title>"
            f'<meta name="savepage-url" content="{url}"><meta name="savepage-title" content="{title}">'
            f'<meta name="savepage-from" content="{url}">'
            '<meta name="savepage-date" content="Mon Sep 15 2025 10:11:12 GMT+0100 (British Summer Time)">'
            '<meta name="savepage-state" content="Standard Items; Retain cross-origin frames;">')
    body = f'<div class="post"><h1>{title}</h1>{_ps(_PORT)}</div>'
    return Saved("save-page-we", _doc(head, body).encode(),
                 {"title": title, "url": url, "date": "2025-01-17", "source": "dockside.example"},
                 _PORT, [], [("Mills|organiser", "tired of being taken for granted")])


_HEAT = ["Temperatures passed 40C in Seville on Tuesday as Spain recorded its hottest June day since records "
         "began.",
         "Authorities closed parks and moved school exams to the early morning.",
         "\u201cThe body does not get used to this,\u201d said Dr Elena Marquez, an emergency doctor in the city.",
         "Forecasters said the heat would ease at the weekend."]


def amp_cache() -> Saved:
    """A page read through Google's AMP cache and saved: the address is
    ``https://<site>-<tld>.cdn.ampproject.org/c/s/<site>/<path>``; the page has no canonical link. The
    address is the site's own, the source its domain."""
    title = "Seville passes 40C in record June heat"
    cache = "https://www-suncoastpost-example.cdn.ampproject.org/c/s/www.suncoastpost.example/world/seville-heat.amp"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-06-24T15:30:00+02:00", "author": {"@type": "Person", "name": "Ines Duarte"}}
    head = (f'<!-- saved from url=({len(cache):04d}){cache} -->\n<title>{title}</title>'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<style amp-boilerplate>body{visibility:hidden}</style>' + _ld(ld))
    body = (f'<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad>'
            f'<article><h1>{title}</h1>{_ps(_HEAT)}<amp-social-share type="email"></amp-social-share></article>')
    return Saved("amp-cache", _doc(head, body, html_attrs='\u26a1 lang="en"').encode(),
                 {"title": title, "date": "2025-06-24", "author": "Ines Duarte", "source": "suncoastpost.example",
                  "url": "https://www.suncoastpost.example/world/seville-heat.amp"},
                 _HEAT, ["Advertisement"], [("Marquez|doctor", "does not get used to this")])


def print_view() -> Saved:
    """A print view: 'Print this page' and 'Close window' buttons, the date only as 'Published 3:45 PM EST,
    Tue March 5, 2024' in the text, the address as 'Printed from …' at the foot."""
    title = "Senate passes bill to fund bridge repairs"
    paras = ["The state Senate voted 31-8 on Tuesday to spend 2.1 billion dollars repairing bridges rated in "
             "poor condition.",
             "\u201cNo family should have to wonder whether the bridge they drive over will hold,\u201d said "
             "state Senator Maria Lopez, who sponsored the bill.",
             "The House is expected to take up the measure next week."]
    head = f"<title>{title} - Print - Capitol Ledger</title><meta name=\"robots\" content=\"noindex\">"
    body = ('<div class="print-header"><img src="logo.png" alt="Capitol Ledger"><a href="javascript:window.print()">'
            'Print this page</a> <a href="javascript:window.close()">Close window</a></div>'
            f'<div class="print-article"><h1>{title}</h1><p class="byline">By Tom Reyes, Capitol Ledger</p>'
            '<p class="timestamp">Published 3:45 PM EST, Tue March 5, 2024</p>' + _ps(paras)
            + '</div><div class="print-footer"><p>Printed from https://www.capitolledger.example/politics/'
              'senate-bridge-bill on March 6, 2024</p><p>\u00a9 2024 Capitol Ledger. All rights reserved.</p></div>')
    return Saved("print-view", _doc(head, body).encode(),
                 {"title": title, "date": "2024-03-05", "author": "Tom Reyes", "source": "Capitol Ledger"},
                 paras, ["Print this page", "Close window", "Printed from", "All rights reserved", "Published 3:45"],
                 [("Lopez|Senator", "No family should have to wonder")])


def paywall_teaser() -> Saved:
    """A paywalled story saved as a visitor sees it: two paragraphs, a fading teaser, 'Subscribe to continue
    reading', offers and a sign-in link; ``isAccessibleForFree`` false."""
    title = "Chip shortage to hit car output until 2026"
    paras = ["Carmakers in Europe will build 1.4 million fewer vehicles this year because of a renewed shortage of "
             "chips, an industry group said on Thursday.",
             "\u201cWe are back where we were in 2021,\u201d said Henrik Olsen, the group's chief economist."]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "isAccessibleForFree": False,
          "datePublished": "2025-05-22T07:00:00Z", "author": [{"@type": "Person", "name": "Clara Weiss"}],
          "publisher": {"@type": "Organization", "name": "Motor Ledger"},
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}}
    head = f"<title>{title} | Motor Ledger</title>" + _ld(ld)
    body = (f"<main><article><h1>{title}</h1>{_ps(paras)}<div class=\"paywalled\"><p class=\"fade\">The group "
            "said the shortage would last</p></div><div class=\"piano-offer\"><h2>Subscribe to continue "
            "reading</h2><p>Get unlimited access for just $1 a week. Cancel anytime.</p><a>See all offers</a>"
            "<p>Already a subscriber? <a>Sign in</a></p></div></article></main>")
    return Saved("paywall-teaser", _doc(head, body).encode(),
                 {"title": title, "date": "2025-05-22", "author": "Clara Weiss", "source": "Motor Ledger"},
                 paras, ["Subscribe to continue", "unlimited access", "See all offers", "Already a subscriber"],
                 [("Olsen|economist", "back where we were")], min_paras=2)


_ENTRIES = [("18:55", "Polls have closed across the country and counting is under way."),
            ("18:40", "Turnout was running at 61 percent at 5pm, the electoral commission said."),
            ("18:12", "\u201cWe have run a clean campaign and we will accept the result,\u201d said Ana Costa, "
                      "the opposition leader, after voting in Porto."),
            ("17:50", "Queues of up to an hour were reported at polling stations in Lisbon."),
            ("17:31", "The prime minister voted in his home town shortly after midday."),
            ("17:02", "Exit polls will be published when the last stations close in the Azores."),
            ("16:45", "Electoral officials said there had been no serious incidents so far."),
            ("16:20", "Young voters were turning out in greater numbers than at the last election, observers said."),
            ("15:58", "Both main parties held final rallies in the capital on Friday evening."),
            ("15:30", "Good afternoon and welcome to our live coverage of the general election.")]


def live_blog_many() -> Saved:
    """A live blog of ten entries, each with its time, a byline, a share button and a 'Key event' label;
    'Show key events only', a 'Load more' button and relative times ('2h ago') around them."""
    title = "Portugal election: polls close as counting begins \u2013 live"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2025-05-18T15:30:00+01:00", "coverageStartTime": "2025-05-18T15:30:00+01:00",
          "author": [{"@type": "Person", "name": "Rui Matos"}, {"@type": "Person", "name": "Joana Pires"}],
          "publisher": {"@type": "Organization", "name": "Iberia Today"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": x[:30], "datePublished": f"2025-05-18T{t}:00+01:00"}
                             for t, x in _ENTRIES]}
    posts = "".join(
        f'<div class="live-entry" id="e{n}"><header><time datetime="2025-05-18T{t}:00+01:00">{t}</time>'
        f'<span class="ago">{n + 1}h ago</span>{"<span class=key>Key event</span>" if n % 3 == 0 else ""}'
        f'<span class="entry-author">Rui Matos</span></header><p>{escape(x, quote=False)}</p>{SHARE}</div>'
        for n, (t, x) in enumerate(_ENTRIES))
    head = f"<title>{title} | Iberia Today</title>" + _ld(ld)
    body = (f'<main><h1>{title}</h1><div class="live-controls"><button>Show key events only</button></div>'
            f'<div class="live-feed">{posts}</div><button class="load-more">Load more</button></main>')
    return Saved("live-blog-many", _doc(head, body).encode(),
                 {"title": title, "source": "Iberia Today", "date": "2025-05-18", "author": "Rui Matos, Joana Pires"},
                 [x for _, x in _ENTRIES], ["Show key events only", "Load more", "1h ago", "Share this story"],
                 [("Costa|opposition leader", "clean campaign")], min_paras=10)


def kitchen_sink() -> Saved:
    """Everything a news page puts around a story: a consent manager, a newsletter box, a 'Most read' list in
    an unmarked ``div``, captions with credits, a related-articles rail, Disqus and Coral comment threads."""
    title = "City to plant 50,000 trees by 2030"
    paras = ["The city council approved a plan on Monday to plant 50,000 trees on streets and in parks by 2030.",
             "Officials said the trees would cut summer temperatures in the hottest neighbourhoods by up to 2C.",
             "\u201cShade is not a luxury any more, it is public health,\u201d said deputy mayor Sarah Obi.",
             "Residents can ask for a tree outside their home through the council's website.",
             "The first 5,000 trees will be planted this winter."]
    head = (f"<title>{title} | Metro Chronicle</title><meta property='og:site_name' content='Metro Chronicle'>"
            "<meta property='article:published_time' content='2025-10-13T10:00:00Z'>")
    body = ('<div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy-text">We and our 842 partners '
            'store and access information on your device.</div><button id="onetrust-accept-btn-handler">Accept All'
            '</button></div><div id="sp_message_container_123"><p>Choose how we use your data</p></div>'
            f'<main><article><h1>{title}</h1>{_ps(paras[:2])}'
            '<figure><img src="trees.jpg"><figcaption>Planting on Elm Street. <span class="credit">Photo: Jo Lee'
            '/Metro Chronicle</span></figcaption></figure>' + _ps(paras[2:3]) + NEWSLETTER + _ps(paras[3:])
            + '</article><div class="rail"><div class="rail-module"><h3>Most read</h3><ol><li><a>Man fined for '
              'feeding pigeons</a></li><li><a>New bus routes announced</a></li></ol></div></div>'
            + _related(["Parks budget cut by a fifth"])
            + '<div id="disqus_thread"><p>Join the discussion: 214 comments</p></div><div id="coral_thread">'
              '<p>Tree planting is a gimmick.</p></div></main>')
    return Saved("kitchen-sink", _doc(head, body).encode(),
                 {"title": title, "source": "Metro Chronicle", "date": "2025-10-13"},
                 paras, ["842 partners", "Accept All", "Choose how we use", "Jo Lee", "Most read",
                         "feeding pigeons", "Parks budget", "214 comments", "gimmick", "Get our morning briefing"],
                 [("Obi|deputy mayor", "Shade is not a luxury")], min_paras=5)


def all_archived() -> list[Saved]:
    """Every archive, saving-tool and page-view shape of this module."""
    return [wayback(), wayback_bare(), singlefile(), save_page_we(), amp_cache(), print_view(), paywall_teaser(),
            live_blog_many(), kitchen_sink()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_archived()))} pages written to {sys.argv[1]}")
