"""Pages of families the other sets leave out, each with what a reader must get from it: a Blox (TownNews) local
paper, a Piano-paywalled page cut short under its offer, a live blog with rich 'Key events', an Indian outlet with
'Also Read' links between paragraphs, English editions of a Japanese, a German and a French outlet (bylines and
places with accents and macrons), a Wayback Machine capture saved without the archive's comments around its
toolbar, an archive.today snapshot, a Google cache copy, a browser's reader view, a story inside a declarative
shadow root's ``<template>`` and one inside ``<noscript>``, the first page of a story split over 'Page 1 2 3', a
photo essay, a podcast page and a video page with transcripts, a cookie wall laid over the story, an e-mail
newsletter saved as HTML, a page that declares ISO-8859-1 but is UTF-8, a nonprofit's page with a 'Republish
this story' box holding the story's HTML to copy; and the lines a national daily, a financial wire, a news
aggregator and a public broadcaster set around their stories (gift-article notes, 'SKIP ADVERTISEMENT', tip and
terminal lines, tickers, 'Story continues', 'Image caption, …', 'Elsewhere on the …').

Every page is generated here (no real page is copied; the stories are invented). ``quotes`` lists (speaker,
words) the story quotes. ``python tests/html_pages_world.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _ps(paras) -> str:
    return "".join(_p(x) for x in paras)


def _news_ld(title, date, author, site, url=None, kind="NewsArticle", **more):
    names = [author] if isinstance(author, str) else author
    obj = {"@context": "https://schema.org", "@type": kind, "headline": title, "datePublished": date,
           "author": [{"@type": "Person", "name": a} for a in names],
           "publisher": {"@type": "NewsMediaOrganization", "name": site}, **more}
    if url:
        obj["mainEntityOfPage"] = url
    return _ld(obj)


# --- a Blox (TownNews) local paper ------------------------------------------------------------------------------

_GRAIN = ["The county's grain elevator on Route 9 will close at the end of harvest after 71 years, its owners said "
          "Tuesday, leaving farmers a 40-mile drive to the next one.",
          "The co-op that runs it said repairs to the concrete silos would cost more than the elevator earns in a "
          "decade.",
          "\u201cMy grandfather hauled his first load here in a horse wagon,\u201d said Dale Kowalczyk, who farms "
          "1,100 acres north of town. \u201cIt feels like losing the church.\u201d",
          "County commissioners said they would ask the state for help keeping the rail spur open for other "
          "shippers.",
          "The co-op will hold a meeting for members at the fairgrounds on Aug. 14."]


def blox_local() -> Saved:
    """A local daily on the Blox CMS: the asset header with its 'tnt' byline and dates, 'Save', 'Share' and a
    font-size tool, an inline 'Related to this story' card, numbered ad regions, 'Subscribe for $1 for 3
    months' and 'Support local journalism' lines, a 'Tags' list, the reporter's card with an address, breaking
    news alert sign-up and 'Most Popular' list."""
    title = "Route 9 grain elevator to close after 71 years"
    url = "https://www.prairieherald.example/news/local/route-9-grain-elevator-to-close/article_7f1c2a.html"
    head = (f"<title>{title} | Local News | prairieherald.example</title>"
            '<meta property="og:site_name" content="Prairie Herald">'
            f'<link rel="canonical" href="{url}"><meta name="author" content="Rita Vance">'
            '<meta property="article:published_time" content="2025-07-22T17:45:00-05:00">'
            + _news_ld(title, "2025-07-22T17:45:00-05:00", "Rita Vance", "Prairie Herald", url))
    ad = lambda n: (f'<div id="tncms-region-article_instory_top_{n}" class="tncms-region hidden-print">'  # noqa: E731
                    '<div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span></div></div>')
    body = ('<header class="navbar"><a href="/">Prairie Herald</a><a href="/subscribe">Subscribe for $1 for 3 months'
            '</a></header><div class="container main"><div class="asset" id="asset-content" itemscope '
            'itemtype="https://schema.org/NewsArticle"><div class="asset-masthead"><ul class="list-inline">'
            '<li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li></ul>'
            f'<h1 class="headline"><span class="asset-headline tncms-inline-edit-headline">{title}</span></h1>'
            '<div class="meta"><span class="tnt-byline">By <a href="/users/profile/rvance">Rita Vance</a> '
            'Staff Writer</span><ul class="list-inline"><li><time datetime="2025-07-22T17:45:00-05:00">Jul 22, '
            '2025</time></li><li>Updated 2 hrs ago</li></ul></div><div class="asset-tools"><button>Save</button>'
            '<span>Share</span><button>Text size</button></div></div>'
            '<div id="article-body" class="asset-body" itemprop="articleBody"><div class="subscriber-preview">'
            + _p(_GRAIN[0]) + ad(1) + _p(_GRAIN[1])
            + '<div class="inline-asset inline-related"><h4>Related to this story</h4><a href="/x"><h5>Co-op members '
              'vote to sell downtown feed store</h5></a></div>'
            + _p(_GRAIN[2]) + ad(2) + _ps(_GRAIN[3:])
            + '</div></div><div class="asset-tags"><h3>Tags</h3><ul><li><a href="/tags/farm">Agriculture</a></li>'
              '<li><a href="/tags/co-op">Co-op</a></li></ul></div><div class="card author-card"><h4>Rita Vance</h4>'
              '<p>Rita Vance is a staff writer who covers agriculture and rural life. Reach her at '
              'rvance@prairieherald.example.</p></div><div class="card"><h4>Breaking News Alerts</h4><p>Get '
              'up-to-the-minute news sent straight to your device.</p><a href="/alerts">Sign up</a></div>'
              '<p class="support-lj">Support local journalism</p></div>'
              '<aside class="tnt-rail"><h3>Most Popular</h3><ol><li><a href="/y">Fair board names new manager for '
              'the summer season</a></li><li><a href="/z">Storm knocks out power to 3,000 homes overnight</a></li>'
              '</ol></aside></div>')
    return Saved("blox-local", _doc(head, body).encode(),
                 {"title": title, "source": "Prairie Herald", "date": "2025-07-22", "author": "Rita Vance",
                  "url": url},
                 _GRAIN, ["Advertisement", "Related to this story", "Co-op members vote", "Tags", "Agriculture",
                          "Reach her at", "Breaking News Alerts", "up-to-the-minute", "Support local journalism",
                          "Most Popular", "Fair board", "Text size", "Subscribe for $1", "Updated 2 hrs ago"],
                 [("Kowalczyk", "losing the church")], min_paras=5)


# --- a Piano paywall ----------------------------------------------------------------------------------------------

_TOLL = ["Drivers on the harbour bridge will pay a toll of $4 each way from January, the province announced on "
         "Monday, the first charge on the crossing since its mortgage was paid off in 1989.",
         "The money will pay for a seismic upgrade that engineers say the 1950s span needs within a decade."]
_TOLL_CUT = "Commuters who cross twice a day will be able to buy a monthly pass for"


def piano_paywall() -> Saved:
    """A page behind Piano's paywall as a visitor saves it: two paragraphs, a third cut mid-sentence under a
    fade, then the offer Piano's script wrote into the story's container (no class that names a paywall: only
    ``tp-`` ids), 'You've reached your limit of free articles', prices and 'Subscribe to continue reading'.
    The structured data says the article is not free and gives no body: the story is stored as far as the page
    shows it, without the offer."""
    title = "Harbour bridge toll to return after 36 years"
    head = (f"<title>{title} | The Provincial</title><meta property=\"og:site_name\" content=\"The Provincial\">"
            + _news_ld(title, "2025-10-06T08:00:00-03:00", "Nadia Haddad", "The Provincial",
                       isAccessibleForFree=False))
    offer = ('<div id="tp-inline-7" class="tp-container-inner"><div class="offer-card"><h2>You\'ve reached your '
             'limit of free articles.</h2><p>Subscribe to continue reading.</p><p>Unlimited digital access for '
             '$2.99 a month for the first year. Cancel anytime.</p><a class="btn" href="/offers">See subscription '
             'options</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></div>')
    body = (f'<main><article class="story"><h1>{title}</h1><p class="by">By Nadia Haddad</p>'
            f'<div class="story-body">{_ps(_TOLL)}<p class="fade">{_TOLL_CUT}</p>{offer}</div></article></main>')
    return Saved("piano-paywall", _doc(head, body).encode(),
                 {"title": title, "source": "The Provincial", "date": "2025-10-06", "author": "Nadia Haddad"},
                 _TOLL, ["reached your limit", "Subscribe to continue", "Unlimited digital access", "Cancel anytime",
                         "See subscription options", "Already a subscriber"], min_paras=2)


# --- a live blog with rich key events ------------------------------------------------------------------------------

_SUMMIT = [("16.40 GMT", "Leaders agree to triple renewable capacity",
            "Leaders at the summit have agreed to triple the world's renewable energy capacity by 2030, the host "
            "government said, in a statement signed by 118 countries."),
           ("15.05 GMT", "Island states walk out of talks",
            "Delegates from a group of Pacific island states walked out of a session on finance, saying the money "
            "on offer would not cover the cost of rising seas."),
           ("13.22 GMT", "Protesters gather outside venue",
            "\u201cWe have heard promises at every one of these summits,\u201d said Tala Fuimaono, one of about "
            "2,000 protesters outside the conference centre."),
           ("11.10 GMT", "What happened yesterday",
            "Negotiators worked through the night on the wording of a pledge on coal, which several large "
            "producers have refused to sign.")]


def live_key_events() -> Saved:
    """A newspaper's live blog whose 'Key events' list repeats each key entry's heading and the start of its
    text, cut at a word ('… signed by 118…'), with times and '2h ago' lines; each entry has its time, heading
    and text, and the blog has 'Show key events only' and 'Please turn on JavaScript' notices."""
    title = "Climate summit live: leaders agree to triple renewable capacity"
    head = (f"<title>{title} | The Meridian</title><meta property=\"og:site_name\" content=\"The Meridian\">"
            + _news_ld(title, "2025-11-19T09:00:00Z", "Ellen Grove", "The Meridian", kind="LiveBlogPosting"))
    keys = "".join(f'<li class="key-event"><a href="#b{i}"><span>{i + 1}h ago</span><time>{t[:5]}</time>'
                   f'<p>{h}</p><p>{escape(" ".join(x.split()[:12]), quote=False)}\u2026</p></a></li>'
                   for i, (t, h, x) in enumerate(_SUMMIT[:3]))
    entries = "".join(f'<article id="b{i}" class="block"><p class="time"><time>{t}</time></p><h2>{h}</h2>'
                      f'{_p(x)}<p class="upd">Updated at {t[:5]} GMT</p></article>'
                      for i, (t, h, x) in enumerate(_SUMMIT))
    body = (f'<main><h1>{title}</h1><p class="by">Ellen Grove</p><div><h2>Key events</h2><ul>{keys}</ul>'
            '<button>Show key events only</button><p>Please turn on JavaScript in your browser to use this '
            f'feature.</p></div><div class="blog">{entries}</div></main>')
    return Saved("live-key-events", _doc(head, body).encode(),
                 {"title": title, "source": "The Meridian", "date": "2025-11-19", "author": "Ellen Grove"},
                 [x for _, _, x in _SUMMIT], ["Key events", "Show key events only", "turn on JavaScript", "1h ago",
                                              "Updated at", "signed by 118\u2026"],
                 [("Fuimaono", "heard promises")], min_paras=4)


# --- an Indian outlet with 'Also Read' links ---------------------------------------------------------------------

_METRO = ["The second phase of the city's metro will open to passengers on Friday, adding 14 stations and 21 km "
          "of track between the airport and the old city, officials said on Tuesday.",
          "Trains will run every six minutes at peak hours, and fares will range from \u20b910 to \u20b950.",
          "\u201cThis line will take two lakh cars off the road every day,\u201d said K. Srinivasa Rao, the managing "
          "director of the metro rail corporation.",
          "The project was delayed by two years after land disputes near the airport, and its cost rose to "
          "\u20b97,200 crore.",
          "Commuter groups welcomed the opening but asked for feeder buses at the new stations."]


def indian_also_read() -> Saved:
    """An Indian national daily's story: 'Also Read:', 'Also Read |' and 'ALSO READ -' links between
    paragraphs, 'Edited By' and 'First Published' lines in IST, 'Follow us on Google News', a 'Catch all
    the latest …' line, a disclaimer and an app banner."""
    title = "Metro phase 2 to open on Friday with 14 new stations"
    url = "https://www.deccanledger.example/cities/metro-phase-2-opens-101736.html"
    head = (f"<title>{title} | Cities News - Deccan Ledger</title>"
            '<meta property="og:site_name" content="Deccan Ledger">'
            f'<link rel="canonical" href="{url}">'
            + _news_ld(title, "2025-03-11T09:30:00+05:30", "Ananya Iyer", "Deccan Ledger", url))
    body = (f'<div class="story"><h1>{title}</h1><div class="storyBy"><span>Written By: Ananya Iyer</span> | '
            '<span>Edited By: Rohit Menon</span></div><div class="dateTime">First Published: 11 Mar 2025, 09:30 '
            'AM IST</div><div class="storyDetails">' + _p(_METRO[0])
            + '<p><strong>Also Read:</strong> <a href="/a">Airport road flyover to shut for repairs for two weeks'
              '</a></p>' + _p(_METRO[1]) + _p(_METRO[2])
            + '<p>Also Read | <a href="/b">City buses to go electric on 40 routes by December</a></p>'
            + _p(_METRO[3]) + '<p><strong>ALSO READ -</strong> <a href="/c">Land acquisition row: farmers get '
              'higher compensation</a></p>' + _p(_METRO[4])
            + '<p><em>Catch all the latest city news and updates on Deccan Ledger.</em></p>'
              '<p>Follow us on Google News</p><p>Disclaimer: This story is from a syndicated feed; only the '
              'headline has been changed.</p></div></div><div class="appBanner">Download the Deccan Ledger app '
              'for the latest news</div>')
    return Saved("indian-also-read", _doc(head, body).encode(),
                 {"title": title, "source": "Deccan Ledger", "date": "2025-03-11", "author": "Ananya Iyer",
                  "url": url},
                 _METRO, ["Also Read", "ALSO READ", "flyover", "electric on 40", "Land acquisition", "Edited By",
                          "First Published", "Google News", "Catch all the latest", "Disclaimer", "Download the"],
                 [("Rao|managing director", "two lakh cars")], min_paras=5)


# --- English editions of Japanese, German and French outlets -----------------------------------------------------

_SHRINE = ["A 400-year-old wooden gate at a shrine in Kyoto will be taken apart and rebuilt over the next six "
           "years, the Agency for Cultural Affairs said on Wednesday.",
           "Carpenters will number each of its 3,200 pieces and replace only those that have rotted, keeping as "
           "much of the original cypress as they can.",
           "\u201cEvery generation has to learn this work by doing it,\u201d said Kōji Saitō, the master carpenter "
           "who will lead the project.",
           "Visitors will be able to watch the work from a platform to be built beside the gate."]


def japanese_english() -> Saved:
    """A Japanese daily's English edition: the byline 'By Tarō Ōkubo / Yomiuri Shimbun Staff Writer'-style
    with macrons, a 'Related Tags' list, 'The Japan News' style footer credit, and a 'Jiji Press' copyright."""
    title = "Kyoto shrine's 400-year-old gate to be rebuilt piece by piece"
    head = (f"<title>{title} - The Eastern Herald</title><meta property=\"og:site_name\" content=\"The Eastern "
            'Herald"><meta name="author" content="Tarō Ōkubo">'
            '<meta property="article:published_time" content="2025-05-14T15:20:00+09:00">')
    body = (f'<div id="p-article"><h1 class="title">{title}</h1><div class="p-byline">By Tarō Ōkubo / Eastern '
            'Herald Staff Writer</div><div class="p-date">15:20 JST, May 14, 2025</div><div class="p-main">'
            + _ps(_SHRINE) + '</div><div class="p-tags"><h3>Related Tags</h3><a>Kyoto</a> <a>Culture</a></div>'
            '<p class="copy">Copyright © The Eastern Herald. All rights reserved.</p></div>')
    return Saved("japanese-english", _doc(head, body).encode(),
                 {"title": title, "source": "The Eastern Herald", "date": "2025-05-14", "author": "Tarō Ōkubo"},
                 _SHRINE, ["Related Tags", "Staff Writer", "All rights reserved", "15:20 JST"],
                 [("Saitō|carpenter", "Every generation")], min_paras=4)


_RHINE = ["Barges on the Rhine are sailing a third empty after the river fell to its lowest level for the time of "
          "year at the Kaub gauge, shipping firms said on Thursday.",
          "The water at Kaub stood at 48 centimetres, below the 78 at which most barges can sail fully loaded.",
          "\u201cWe are paying for three boats to carry what two carried in spring,\u201d said Jürgen Weiß, who runs "
          "a shipping company in Duisburg.",
          "Forecasters expect rain in the Alps next week, which would lift the river within days."]


def german_english() -> Saved:
    """A German broadcaster's English service: 'Jürgen Weiß' and 'Düsseldorf' in the text, the author line
    'Sabine Müller-Lüdenscheidt with Reuters, dpa', a 'Skip next section' link, 'Send us your feedback', and a
    'Related topics' block."""
    title = "Low water on the Rhine leaves barges a third empty"
    head = (f"<title>{title} – DW Europa</title><meta property=\"og:site_name\" content=\"Welle Europa\">"
            + _news_ld(title, "2025-08-21T11:02:00Z", "Sabine Müller-Lüdenscheidt", "Welle Europa"))
    body = (f'<main><a href="#next">Skip next section</a><article><h1>{title}</h1><div class="author-details">'
            '<span class="author">Sabine Müller-Lüdenscheidt</span> with Reuters, dpa</div><p class="date">'
            '08/21/2025 August 21, 2025</p><p class="teaser-text"><strong>Shipping firms from Duisburg to '
            'Düsseldorf are paying more to move coal and grain.</strong></p>'
            + _ps(_RHINE) + '<div id="next"><a href="/feedback">Send us your feedback</a></div></article>'
            '<section class="related"><h2>Related topics</h2><a>Germany</a><a>Climate</a></section></main>')
    return Saved("german-english", _doc(head, body).encode(),
                 {"title": title, "source": "Welle Europa", "date": "2025-08-21",
                  "author": "Sabine Müller-Lüdenscheidt"},
                 _RHINE, ["Skip next section", "Send us your feedback", "Related topics"],
                 [("Weiß", "three boats")], min_paras=4)


_LOUVRE = ["The museum will limit visitors to 30,000 a day from September and require every ticket to be booked "
           "online for a set half-hour, its director said on Monday.",
           "Crowds in the galleries have grown so thick that guards have twice closed the room that holds its most "
           "famous painting this summer.",
           "\u00ab We have to choose between welcoming everyone and letting them see anything \u00bb, "
           "said Hélène Lefèvre-Château, the museum's director.",
           "Unions representing the staff said the limit was a start but that more guards were needed."]


def french_english() -> Saved:
    """A French daily's English edition: the author line 'Hélène Côté (Paris)' and 'Le Monde with AFP'-style
    agency note, French guillemets with no-break spaces in the story (stored as spaces), 'Reading time 2 min.', 'Lire en français', 'Subscribers
    only' and 'Share' labels."""
    title = "Paris museum to cap visitors at 30,000 a day"
    head = (f"<title>{title}</title><meta property=\"og:site_name\" content=\"Le Quotidien in English\">"
            '<meta property="article:published_time" content="2025-06-30T14:05:00+02:00">'
            '<meta name="author" content="Hélène Côté">')
    body = (f'<main><section class="article__header"><h1>{title}</h1><p class="meta__reading-time">Reading time 2 '
            'min.</p><p><a href="/fr">Lire en français</a></p><span class="author__name">Hélène Côté (Paris)</span>'
            '<span class="meta__date">Published on June 30, 2025, at 2:05 pm (Paris)</span></section>'
            '<article class="article__content">'
            + _ps(_LOUVRE).replace("\u00ab ", "\u00ab\u00a0").replace(" \u00bb", "\u00a0\u00bb")
            + '<p class="article__footnote">Le Quotidien with AFP</p></article>'
              '<section class="services"><p>Share</p><p>Subscribers only</p></section></main>')
    return Saved("french-english", _doc(head, body).encode(),
                 {"title": title, "source": "Le Quotidien in English", "date": "2025-06-30", "author": "Hélène Côté"},
                 _LOUVRE, ["Reading time", "Lire en français", "Subscribers only"],
                 [("Lefèvre-Château|director", "welcoming everyone")], min_paras=4)


# --- archives, caches, reader views ------------------------------------------------------------------------------

_DAM = ["Engineers began draining the reservoir behind the old mill dam on Monday so that the 19th-century wall can "
        "be inspected for the first time since 1962.",
        "The level will drop by about a metre a day, and the footpath along the shore will close until October.",
        "\u201cWe will finally see what the water has been hiding,\u201d said Priya Chandran, the engineer in charge.",
        "Fish will be moved to a lake upstream before the water gets too shallow."]
WB = "https://web.archive.org/web/20240611083015"


def wayback_toolbar_bare() -> Saved:
    """A Wayback Machine capture saved by a tool that drops comments: the toolbar's blocks with no 'BEGIN
    WAYBACK TOOLBAR INSERT' around them ('The Wayback Machine - https://web.archive.org/…', the captures
    count, a calendar of months and years, 'About this capture', 'COLLECTED BY', a donation banner), every
    address rewritten."""
    title = "Old mill reservoir drained for first dam inspection since 1962"
    url = "https://www.valeobserver.example/news/2024/06/10/mill-reservoir-drained/"
    toolbar = ('<div id="wm-ipp-base" lang="en" style="display: block; direction: ltr;"><div id="wm-ipp" '
               'style="position: fixed;"><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/">The Wayback '
               'Machine</a></div><div id="wm-ipp-print">The Wayback Machine - ' + f'{WB}/{url}</div>'
               '<div id="wm-capinfo"><div id="wm-capinfo-captures"><a>27 captures</a><div>11 Jun 2024 - 02 Feb '
               '2025</div></div><div id="wm-graph-anchor"><table><tr><td>MAY</td><td>JUN</td><td>JUL</td></tr>'
               '<tr><td>10</td><td>11</td><td>12</td></tr><tr><td>2023</td><td>2024</td><td>2025</td></tr></table>'
               '</div></div><div id="wm-btns"><a href="#">About this capture</a></div><div id="wm-capinfo-'
               'collected-by"><div>COLLECTED BY</div><div>Collection: Common Crawl</div><div>Web crawl data from '
               'Common Crawl.</div></div><div id="wm-capinfo-timestamps"><div>TIMESTAMPS</div></div></div></div>'
               '</div><div id="donato"><p>Donate to the Internet Archive so we can keep this record</p></div>')
    head = (f"<title>{title} | Vale Observer</title><link rel=\"canonical\" href=\"{WB}/{url}\">"
            '<meta property="og:site_name" content="Vale Observer">'
            '<meta property="article:published_time" content="2024-06-10T07:00:00+01:00">'
            '<meta name="author" content="Gareth Pryce">')
    body = (toolbar + f'<div class="site"><header><a href="{WB}/https://www.valeobserver.example/">Vale Observer</a>'
            f'</header><main><article><h1>{title}</h1><p class="byline">By Gareth Pryce</p>'
            f'<img src="{WB}im_/https://www.valeobserver.example/dam.jpg">{_ps(_DAM)}</article></main></div>')
    return Saved("wayback-toolbar-bare", _doc(head, body).encode(),
                 {"title": title, "source": "Vale Observer", "date": "2024-06-10", "author": "Gareth Pryce",
                  "url": url},
                 _DAM, ["Wayback Machine", "captures", "About this capture", "COLLECTED BY", "Common Crawl",
                        "TIMESTAMPS", "Donate to the Internet Archive", "JUN"],
                 [("Chandran|engineer", "what the water has been hiding")], min_paras=4)


_MARKET = ["The covered market will stay open until 9 p.m. on Thursdays from next month, the city council said, "
           "after traders asked for a late night to catch commuters.",
           "Twelve of the market's 40 stalls have closed since 2020, and rents were cut by a fifth last year to "
           "keep the rest.",
           "\u201cPeople work until six now, so a market that shuts at five is a market for tourists,\u201d said "
           "Bridget Mole, who sells cheese there.",
           "The council will review the trial in the new year."]


def archive_today() -> Saved:
    """An archive.today snapshot: its header table ('archive.today webpage capture', 'Saved from' with the
    original address, 'no other snapshots from this url', 'Webpage Screenshot', 'share download .zip report
    bug or abuse') above the page as it rendered, every block an inline-styled ``div`` with no class names."""
    title = "Covered market to open late on Thursdays"
    url = "https://www.townandcounty.example/news/covered-market-late-night"
    s = 'style="text-align:left;font-size:16px;line-height:24px;margin:0 0 16px;"'
    header = ('<div id="HEADER" style="background-color:#EEEEEE;"><table style="width:100%"><tr><td>'
              '<a href="https://archive.ph/">archive.today</a><br>webpage capture</td><td>Saved from'
              f'<input type="text" name="q" value="{url}"></td><td><a>search</a></td><td>5 Mar 2025 10:14:02 UTC'
              '</td></tr><tr><td colspan="3">no other snapshots from this url</td></tr><tr><td><a>All snapshots'
              '</a> from host <a>www.townandcounty.example</a></td></tr><tr><td><a>Webpage</a> <a>Screenshot</a>'
              '</td><td><a>share</a> <a>download .zip</a> <a>report bug or abuse</a> <a>Buy me a coffee</a></td>'
              '</tr></table></div>')
    page = ('<div style="position:relative;width:1024px;"><div style="display:flex;"><div style="font-size:14px;">'
            '<a style="color:#000">Home</a> <a style="color:#000">News</a> <a style="color:#000">Sport</a></div>'
            f'</div><div style="max-width:680px;margin:0 auto;"><div style="font-size:34px;font-weight:700;">'
            f'{title}</div><div style="font-size:13px;color:#666;">By Joe Ashworth | 4 March 2025</div>'
            + "".join(f'<div {s}>{escape(x, quote=False)}</div>' for x in _MARKET)
            + '</div></div>')
    head = (f'<title>{title} - Town and County | archive.ph</title><meta name="robots" content="index,noarchive">'
            '<link rel="bookmark" href="https://archive.ph/Xq7Zt">')
    return Saved("archive-today", _doc(head, header + page).encode(),
                 {"title": title},
                 _MARKET, ["archive.today", "webpage capture", "Saved from", "no other snapshots", "Screenshot",
                           "download .zip", "report bug", "Buy me a coffee", "All snapshots"],
                 [("Mole", "market for tourists")], min_paras=4)


_LIBRARY = ["The central library will open on Sundays for the first time in 15 years from March, paid for by a "
            "bequest from a former librarian.",
            "The 2.4 million left by Edith Crane, who worked at the library for 41 years, will cover Sunday hours "
            "for at least a decade.",
            "\u201cShe always said the people who most need a library are the ones who work all week,\u201d said her "
            "nephew, Tom Crane.",
            "The library will also extend its weekday hours to 8 p.m."]


def google_cache() -> Saved:
    """A copy from Google's cache: the cache's header ('This is Google's cache of https://…. It is a snapshot of
    the page as it appeared on … GMT.', 'The current page could have changed in the meantime.', 'Full version',
    'Text-only version', 'View source', the Ctrl+F tip) above the page, in a block named by an id only."""
    title = "Library to open on Sundays thanks to former librarian's gift"
    url = "https://www.eastgatenews.example/2024/02/19/library-sundays-bequest"
    header = ('<div id="bN015htcoyT__google-cache-hdr"><div><span>This is Google\'s cache of '
              f'<a href="{url}">{url}</a>. It is a snapshot of the page as it appeared on 20 Feb 2024 '
              '11:32:05 GMT. The <a href="' + url + '">current page</a> could have changed in the meantime. '
              '<a href="#">Learn more</a>.</span></div><div><span><a>Full version</a></span> <span><a>Text-only '
              'version</a></span> <span><a>View source</a></span></div><span>Tip: To quickly find your search '
              'term on this page, press <b>Ctrl+F</b> or <b>⌘-F</b> (Mac) and use the find bar.</span></div>'
              '<div style="position:relative;">')
    head = (f'<base href="{url}"><title>{title} | Eastgate News</title>'
            '<meta property="og:site_name" content="Eastgate News">'
            + _news_ld(title, "2024-02-19T09:00:00Z", "Sunita Bose", "Eastgate News"))
    body = (header + f'<main><article><h1>{title}</h1><p class="byline">By Sunita Bose</p>{_ps(_LIBRARY)}'
            '</article></main></div>')
    return Saved("google-cache", _doc(head, body).encode(),
                 {"title": title, "source": "Eastgate News", "date": "2024-02-19", "author": "Sunita Bose",
                  "url": url},
                 _LIBRARY, ["Google's cache", "snapshot of the page", "could have changed", "Full version",
                            "Text-only version", "View source", "Ctrl+F", "find bar"],
                 [("Crane|nephew", "work all week")], min_paras=4)


_ORCHARD = ["A community orchard planted on a former car park has given its first harvest, five years after "
            "residents dug up the tarmac themselves.",
            "Volunteers picked about 300 kilograms of apples and pears, most of which went to a food bank and two "
            "primary schools.",
            "\u201cWe were told nothing would grow in that ground,\u201d said Marcus Eze, who led the project. "
            "\u201cThe trees did not listen.\u201d",
            "The group now wants to plant a second orchard on a verge by the ring road."]


def reader_view() -> Saved:
    """A story saved from a browser's reader view: the reader's header (the site's address, the title, the
    author, '4–5 minutes'), the story in ``moz-reader-content``, the reader's toolbar and its 'Close Reader
    View', 'Type controls' and 'Text and layout' labels, no metadata but the title."""
    title = "Car park orchard gives first harvest"
    body = ('<div class="toolbar reader-toolbar"><button class="close-button" title="Close Reader View"></button>'
            '<ul class="dropdown style-dropdown"><li><button title="Type controls"></button></li><li class="dropdown-'
            'popup"><div>Text and layout</div></li></ul><button class="narrate-toggle" title="Listen">Listen'
            '</button></div><div class="container" style="--font-size: 20px;"><div class="header reader-header '
            'reader-show-element"><a class="domain reader-domain" href="https://www.northgreen.example/news/'
            'orchard-harvest">www.northgreen.example</a><div class="domain-border"></div>'
            f'<h1 class="reader-title">{title}</h1><div class="credits reader-credits">Lucy Hart</div>'
            '<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-'
            'time">4\u20135 minutes</div></div></div><hr><div class="content"><div class="mozilla-reader-content '
            'moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>'
            + _ps(_ORCHARD) + '</div></div></div></div></div>')
    head = f'<title>{title}</title><meta name="viewport" content="width=device-width">'
    return Saved("reader-view", _doc(head, body).encode(), {"title": title},
                 _ORCHARD, ["Close Reader View", "Type controls", "Text and layout", "minutes",
                            "www.northgreen.example"],
                 [("Eze|led the project", "nothing would grow")], min_paras=4)


# --- the story inside <template> or <noscript> --------------------------------------------------------------------

_BEES = ["Beekeepers in the valley lost almost half their hives over the winter, the highest losses since records "
         "began, a survey by their association found.",
         "A wet autumn followed by a sudden cold spell left colonies too weak to survive until spring, the survey "
         "said.",
         "\u201cI opened hives in March that were full of honey and empty of bees,\u201d said Annika Berg, the "
         "association's secretary.",
         "The association will hand out new queens to members at cost in May."]


def shadow_template() -> Saved:
    """A page built of web components whose story stands in a declarative shadow root
    (``<story-body><template shadowrootmode="open">…</template></story-body>``): the browser shows it, a
    parser that skips every ``<template>`` finds only the share bar and the footer around it."""
    title = "Beekeepers lose half their hives in worst winter on record"
    head = (f"<title>{title} | Valley Post</title><meta property=\"og:site_name\" content=\"Valley Post\">"
            + _news_ld(title, "2025-04-02T06:00:00Z", "Ingrid Solberg", "Valley Post"))
    body = (f'<site-header><template shadowrootmode="open"><nav><a href="/">Valley Post</a></nav></template>'
            f'</site-header><main><h1>{title}</h1><p class="byline">By Ingrid Solberg</p><story-body>'
            '<template shadowrootmode="open"><style>p{margin:0 0 1em}</style><article>'
            + _ps(_BEES) + '</article></template></story-body><share-bar><template shadowrootmode="open">'
            '<button>Share</button></template></share-bar><template id="comment-tpl"><div class="comment"><p>'
            '{{comment.text}} Comment text goes here and is written by a reader of the page.</p></div></template>'
            '</main>')
    return Saved("shadow-template", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Post", "date": "2025-04-02", "author": "Ingrid Solberg"},
                 _BEES, ["Comment text goes here", "{{", "margin"],
                 [("Berg|secretary", "full of honey")], min_paras=4)


_TRAM = ["The city's last tram depot will be turned into 220 homes and a market hall under plans approved on "
         "Wednesday, ending a ten-year fight over the listed building.",
         "The developer will keep the depot's iron roof and its tracks, which will run through the market floor.",
         "\u201cYou will still be able to see where the trams slept,\u201d said Ruth Adeyemi, the council's "
         "heritage officer.",
         "Sixty of the homes will be let at social rents."]


def noscript_story() -> Saved:
    """A page whose script renders the story: the visible root holds a spinner, and the whole story stands in
    ``<noscript>`` for readers without script, beside a ``<noscript>`` of a tracking pixel and one telling them
    to enable JavaScript for comments."""
    title = "Tram depot to become homes and a market hall"
    head = (f"<title>{title} | Metro Record</title><meta property=\"og:site_name\" content=\"Metro Record\">"
            '<meta property="article:published_time" content="2025-09-17T16:00:00+01:00">'
            '<meta name="author" content="Kwame Asante">')
    body = ('<noscript><img src="https://px.example/t.gif" alt=""></noscript><div id="app"><div class="spinner">'
            f'Loading\u2026</div></div><noscript><article><h1>{title}</h1><p>By Kwame Asante</p>{_ps(_TRAM)}'
            '</article></noscript><noscript><p>Please enable JavaScript to view the comments.</p></noscript>')
    return Saved("noscript-story", _doc(head, body).encode(),
                 {"title": title, "source": "Metro Record", "date": "2025-09-17", "author": "Kwame Asante"},
                 _TRAM, ["Loading", "enable JavaScript"],
                 [("Adeyemi|heritage officer", "where the trams slept")], min_paras=4)


# --- a story split over pages -------------------------------------------------------------------------------------

_CANAL = ["The canal trust has restored the last lock on the old branch line, and boats will be able to reach the "
          "town basin for the first time since 1958.",
          "Volunteers spent six winters rebuilding the lock's brick walls and fitting oak gates made by a yard in "
          "the Midlands.",
          "\u201cWe had people here in their eighties who remembered the last working boats,\u201d said Colin "
          "Marsh, the trust's chairman."]


def paged_article() -> Saved:
    """The first page of a story a site splits over three: 'Page 1 of 3', a row of page links ('1 2 3 Next »'),
    'Continue to page 2' and 'Next page: The basin' links, and a 'View as one page' link."""
    title = "Canal boats to reach town basin for first time since 1958"
    head = (f"<title>{title} (Page 1) | Waterways Weekly</title><meta property=\"og:site_name\" content=\"Waterways "
            'Weekly"><meta property="article:published_time" content="2025-04-25T10:00:00Z">'
            '<link rel="next" href="/canal-basin?page=2">')
    pager = ('<div class="pager"><span>Page 1 of 3</span><ul class="pages"><li class="current">1</li><li>'
             '<a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2">Next \u00bb</a>'
             '</li></ul></div>')
    body = (f'<main><article><h1>{title}</h1><p class="byline">By Hugh Fenwick</p><div class="entry">'
            + _ps(_CANAL) + '<p><a href="?page=2">Continue to page 2</a></p><p class="next-title">Next page: The '
            'basin</p></div>' + pager + '<p><a href="?all=1">View as one page</a></p></article></main>')
    return Saved("paged-article", _doc(head, body).encode(),
                 {"title": title, "source": "Waterways Weekly", "date": "2025-04-25", "author": "Hugh Fenwick"},
                 _CANAL, ["Page 1 of 3", "Next \u00bb", "Continue to page 2", "Next page:", "View as one page"],
                 [("Marsh|chairman", "last working boats")], min_paras=3)


# --- a photo essay --------------------------------------------------------------------------------------------------

_SALT = ["On the flats south of the estuary, a handful of families still rake salt by hand the way their "
         "grandparents did, in pans fed by the spring tides.",
         "The work starts before dawn, when the crust is hardest, and stops when the heat makes the brine too "
         "bright to look at.",
         "\u201cThe sea gives you salt if you are patient with it,\u201d said Lourdes Pinto, who has worked the "
         "pans for 38 years.",
         "Fewer than 20 pans are worked now, down from more than 200 in the 1970s."]


def photo_essay() -> Saved:
    """A photo essay: a short text between large pictures, each with a caption and a separate credit line
    ('Photographs by …', 'Photo: … for The Coast Review'), a '1/8' counter and 'Enlarge this image' buttons."""
    title = "The last salt rakers of the estuary"
    head = (f"<title>{title} | The Coast Review</title><meta property=\"og:site_name\" content=\"The Coast Review\">"
            + _news_ld(title, "2025-08-03T05:00:00Z", "Marta Reis", "The Coast Review"))

    def fig(n, cap):
        return (f'<figure class="essay-image"><button>Enlarge this image</button><img src="s{n}.jpg" alt="">'
                f'<figcaption><span class="count">{n}/8</span><span class="caption">{cap}</span>'
                '<span class="credit">Marta Reis for The Coast Review</span></figcaption></figure>')
    body = (f'<main><article><header><h1>{title}</h1><p class="byline">Photographs and text by Marta Reis</p>'
            '</header>' + fig(1, "Rakers at work before dawn on the south flats.") + _ps(_SALT[:2])
            + fig(2, "A pan after the water has gone.") + _p(_SALT[2])
            + fig(3, "Lourdes Pinto carries salt to the store.") + _p(_SALT[3]) + '</article></main>')
    return Saved("photo-essay", _doc(head, body).encode(),
                 {"title": title, "source": "The Coast Review", "date": "2025-08-03", "author": "Marta Reis"},
                 _SALT, ["Enlarge this image", "1/8", "for The Coast Review"],
                 [("Pinto", "patient with it")], min_paras=4)


# --- podcast and video pages with transcripts ------------------------------------------------------------------------

_EPISODE = ["ANNA PRICE: This week, we're talking about why the price of eggs has doubled in a year, and what "
            "farmers say it will take to bring it down.",
            "TOM OKAFOR: Most of it is the bird flu. Farms that lost their flocks need a year or more to get back "
            "to full laying, and the feed costs more than it did.",
            "ANNA PRICE: So when do shoppers see the difference?",
            "TOM OKAFOR: Not before the autumn, I'd say, and only if there's no new outbreak over the summer."]


def podcast_transcript() -> Saved:
    """A podcast episode page: the player ('Play', '0:00 / 24:13', '1x', 'Download'), 'Listen on Apple
    Podcasts' and 'Spotify' links, 'Episode 142' and a 'Show notes' heading with the episode's summary, and the
    transcript below its heading, a speaker's name in capitals on each turn."""
    title = "Why eggs cost twice what they did"
    head = (f"<title>{title} | The Kitchen Table podcast | Daily Courant</title>"
            '<meta property="og:site_name" content="Daily Courant">'
            + _news_ld(title, "2025-02-12T05:00:00Z", "Anna Price", "Daily Courant", kind="PodcastEpisode"))
    body = (f'<main><div class="episode"><p class="ep-num">Episode 142</p><h1>{title}</h1><div class="audio-'
            'player"><button>Play</button><span>0:00 / 24:13</span><button>1x</button><a>Download</a></div>'
            '<ul class="platforms"><li><a>Listen on Apple Podcasts</a></li><li><a>Spotify</a></li></ul>'
            '<h2>Show notes</h2><p>Anna Price talks to the farm economist Tom Okafor about bird flu, feed and the '
            'price of a dozen eggs.</p><h2>Transcript</h2><div class="transcript">' + _ps(_EPISODE)
            + '<p><em>This transcript was produced by a machine and checked by an editor. It may contain errors.'
              '</em></p></div></div></main>')
    return Saved("podcast-transcript", _doc(head, body).encode(),
                 {"title": title, "source": "Daily Courant", "date": "2025-02-12"},
                 _EPISODE, ["0:00 / 24:13", "Listen on Apple Podcasts", "Download", "1x", "Episode 142"],
                 min_paras=4)


_ROOF = ["[00:00] Good evening. Firefighters are still at the scene of a blaze that tore through the roof of the "
         "town's Victorian market hall this afternoon.",
         "[00:09] Smoke could be seen for miles, and about 40 traders were led out of the building as the fire "
         "spread along the timber roof.",
         "[00:21] The fire service says nobody was hurt, but the hall will stay closed while engineers check the "
         "walls.",
         "[00:34] The council says it is too early to say whether the roof can be saved."]


def video_transcript() -> Saved:
    """A broadcaster's video page: the player ('Watch', a '2:48' duration, 'Video unavailable'), 'Media
    caption' and 'Up next' labels, autoplay controls, and the bulletin's transcript with a time before each line."""
    title = "Fire tears through Victorian market hall roof"
    head = (f"<title>{title} - Video | County TV</title><meta property=\"og:site_name\" content=\"County TV\">"
            '<meta property="og:type" content="video.other">'
            '<meta property="article:published_time" content="2025-11-03T18:30:00Z">')
    body = (f'<main><div class="player"><p>Watch</p><span class="duration">2:48</span><p>Video unavailable</p>'
            '<div class="autoplay">Autoplay <button>On</button></div></div>'
            f'<h1>{title}</h1><p class="media-caption">Media caption, The fire spread along the market hall roof'
            '</p><h2>Transcript</h2>' + _ps(_ROOF) + '<section class="up-next"><h3>Up next</h3><a>Bypass reopens '
            'after six months of roadworks</a></section></main>')
    return Saved("video-transcript", _doc(head, body).encode(),
                 {"title": title, "source": "County TV", "date": "2025-11-03"},
                 _ROOF, ["Video unavailable", "Autoplay", "Up next", "Bypass reopens", "2:48"], min_paras=4)


# --- a cookie wall over the story -----------------------------------------------------------------------------------

_SCHOOL = ["The village school will stay open after parents raised 180,000 to repair its roof, the education "
           "authority said on Friday, reversing a plan to close it in July.",
           "The school has 46 pupils, and the nearest other primary is a 30-minute bus ride away.",
           "\u201cWe sold cakes, we ran a marathon and we wrote to everyone we had ever met,\u201d said Sian "
           "Roberts, who chairs the parents' group.",
           "Work on the roof will start in the summer holidays."]


def cookie_wall() -> Saved:
    """A consent platform's wall laid over the story, in blocks named by codes only ('fc-xyz'): 'We value your
    privacy', the partners notice ('We and our 842 partners store and/or access information on a device …'),
    the purposes list, 'Consent', 'Do not consent', 'Manage options' and a 'Reject all and pay' offer."""
    title = "Village school saved after parents raise 180,000"
    head = (f"<title>{title} | Hill Gazette</title><meta property=\"og:site_name\" content=\"Hill Gazette\">"
            + _news_ld(title, "2025-03-28T12:00:00Z", "Owen Pugh", "Hill Gazette"))
    wall = ('<div class="q9-root"><div class="q9-dialog-container"><div class="q9-dialog"><h1 class="q9-title">We '
            'value your privacy</h1><p class="q9-text">We and our 842 partners store and/or access information on '
            'a device, such as cookies, and process personal data, such as unique identifiers and standard '
            'information sent by a device for personalised advertising and content, advertising and content '
            'measurement, audience research and services development.</p><p class="q9-text">With your '
            'permission we and our partners may use precise geolocation data and identification through device '
            'scanning. You may click to consent to our and our 842 partners\u2019 processing as described above.'
            '</p><ul><li>Store and/or access information on a device</li><li>Personalised advertising and '
            'content, advertising and content measurement, audience research and services development</li></ul>'
            '<div class="q9-buttons"><p>Consent</p><p>Do not consent</p><p>Manage options</p></div><p>Reject all '
            'and subscribe for \u00a31.99 a month</p></div></div></div>')
    body = (wall + f'<main><article><h1>{title}</h1><p class="byline">By Owen Pugh</p>{_ps(_SCHOOL)}</article>'
            '</main>')
    return Saved("cookie-wall", _doc(head, body).encode(),
                 {"title": title, "source": "Hill Gazette", "date": "2025-03-28", "author": "Owen Pugh"},
                 _SCHOOL, ["We value your privacy", "842 partners", "geolocation", "Store and/or access",
                           "Personalised advertising", "Do not consent", "Manage options", "Reject all"],
                 [("Roberts|parents", "sold cakes")], min_paras=4)


# --- an e-mail newsletter saved as HTML -----------------------------------------------------------------------------

_BRIEF = ["Good morning. The regional rail operator will cut its timetable by a tenth from Sunday because it "
          "does not have enough drivers, it told staff last night.",
          "The cuts fall mostly on evening services, and the last train from the city to the coast will leave "
          "at 10.15 p.m. instead of 11.40 p.m.",
          "\u201cWe would rather run a timetable we can keep than cancel trains on the day,\u201d said Hamid "
          "Rahimi, the operator's chief executive.",
          "The drivers' union said the shortage had been years in the making."]


def email_newsletter() -> Saved:
    """An outlet's morning newsletter saved from a mail client as HTML: table layout with inline styles, a
    hidden preheader, 'View in browser', the issue's date line, a sponsor block ('Presented by …'),
    'Forward to a friend', 'You are receiving this email because …', 'Unsubscribe | Update preferences' and the
    postal address."""
    title = "Morning Briefing: Rail timetable cut by a tenth"
    td = 'style="font-family:Georgia,serif;font-size:17px;line-height:26px;color:#222;padding:0 24px 16px;"'
    rows = "".join(f"<tr><td {td}>{escape(x, quote=False)}</td></tr>" for x in _BRIEF)
    body = ('<div style="display:none;max-height:0;overflow:hidden;">Rail cuts, a new bridge and the weekend '
            'weather \u200c \u200c \u200c</div><table width="100%" cellpadding="0" cellspacing="0"><tr><td '
            'align="center"><table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-size:12px;'
            'text-align:right;"><a href="#">View in browser</a></td></tr><tr><td style="font-size:28px;">'
            'The Morning Briefing</td></tr><tr><td style="font-size:13px;">Tuesday, March 4, 2025</td></tr>'
            f'<tr><td><h1 style="font-size:24px;">Rail timetable cut by a tenth</h1></td></tr>{rows}'
            '<tr><td style="background:#f4f4f4;padding:16px;"><p>Presented by Harbour Savings</p><p>Open an '
            'account in five minutes and earn 4.1% on your savings.</p></td></tr>'
            '<tr><td><a href="#">Forward to a friend</a></td></tr><tr><td style="font-size:11px;color:#888;">'
            'You are receiving this email because you signed up for The Morning Briefing from the Regional '
            'Courier.<br><a href="#">Unsubscribe</a> | <a href="#">Update preferences</a><br>Regional Courier, '
            '12 Quay Street, Port Ellis</td></tr></table></td></tr></table>')
    head = f"<title>{title}</title>"
    return Saved("email-newsletter", _doc(head, body).encode(), {"title": "Rail timetable cut by a tenth"},
                 _BRIEF, ["View in browser", "Presented by", "earn 4.1%", "Forward to a friend",
                          "You are receiving this email", "Unsubscribe", "Update preferences", "12 Quay Street",
                          "weekend weather"],
                 [("Rahimi|chief executive", "timetable we can keep")], min_paras=4)


# --- a page whose declared charset is wrong --------------------------------------------------------------------------

_CAFE = ["A café run by volunteers in the old station building has won a national award for community "
         "businesses, beating 300 other entries.",
         "The café, which opened in 2019, employs four people with learning disabilities and gives its profits "
         "to the town’s youth club.",
         "“We didn’t even know we had been entered,” said Zoë Lindqvist, who manages it. “A customer did "
         "it without telling us.”",
         "The award comes with £10,000, which will pay for a new kitchen."]


def charset_wrong() -> Saved:
    """A page that declares ISO-8859-1 in its meta tag and its XML prolog while its bytes are UTF-8 (curly
    quotes, 'café', 'Zoë', '£'): read as Latin-1 they would show as 'cafÃ©' and 'â€œ'."""
    title = "Station café wins national community award"
    head = (f"<title>{title} – Northfield Times</title><meta property=\"og:site_name\" content=\"Northfield Times\">"
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            + _news_ld(title, "2025-01-23T10:00:00Z", "Per Åström", "Northfield Times"))
    body = f'<main><article><h1>{title}</h1><p class="byline">By Per Åström</p>{_ps(_CAFE)}</article></main>'
    html = _doc(head, body, charset="iso-8859-1")
    return Saved("charset-wrong", html.encode("utf-8"),
                 {"title": title, "source": "Northfield Times", "date": "2025-01-23", "author": "Per Åström"},
                 _CAFE, ["Ã©", "â€", "Â£"], [("Lindqvist", "didn’t even know")], min_paras=4)


# --- a nonprofit newsroom's 'Republish this story' box ---------------------------------------------------------------

_WELLS = ["More than a third of the private wells tested in the county last year held nitrate above the federal "
          "limit, state records show, a share that has doubled in a decade.",
          "Nitrate from fertilizer and manure seeps into shallow aquifers, and high levels are linked to a blood "
          "disorder in infants.",
          "\u201cPeople assume that if the water is clear, it is fine,\u201d said Dr. Lena Hartmann, a county "
          "health officer. \u201cYou cannot see nitrate.\u201d",
          "The state offers free testing kits, but fewer than one in ten well owners asked for one last year."]


def republish_box() -> Saved:
    """A nonprofit newsroom's story (a Newspack theme): a 'Republish this story' button and its dialog holding the
    license terms ('Creative Commons Attribution-NoDerivatives 4.0') and the story's HTML in a ``<textarea>`` to
    copy, a donation appeal in the story ('Our journalism is free… Donate now'), 'Support The Prairie
    Water Project' and a 'More from our newsroom' list."""
    title = "A third of county wells exceed nitrate limit, records show"
    url = "https://prairiewater.example/2025/09/30/county-wells-nitrate/"
    head = (f"<title>{title} \u2013 The Prairie Water Project</title>"
            '<meta property="og:site_name" content="The Prairie Water Project">'
            f'<link rel="canonical" href="{url}">'
            + _news_ld(title, "2025-09-30T05:00:00-05:00", "Cole Danner", "The Prairie Water Project", url))
    copy = escape("".join(f"<p>{x}</p>" for x in _WELLS) + '<p>This story was originally published by The Prairie '
                  'Water Project.</p><img src="https://prairiewater.example/pixel.gif">')
    dialog = ('<div class="republication-tracker-tool-modal"><h2>Republish this story</h2><p>This work is licensed '
              'under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p><p>You have to '
              'credit us. In the byline, please use "Author Name, The Prairie Water Project".</p>'
              f'<textarea readonly>{copy}</textarea><button>Copy to clipboard</button></div>')
    body = (f'<main><article class="post"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
            '<span class="byline">By <a href="/author/cole">Cole Danner</a></span> <time datetime="2025-09-30">'
            'September 30, 2025</time><button class="republish">Republish this story</button></div>'
            '<div class="entry-content">' + _ps(_WELLS[:2])
            + '<div class="wp-block-group donate-inline"><p>Our journalism is free to read and free to republish. '
              'It is paid for by readers like you. Donate now</p></div>' + _ps(_WELLS[2:])
            + '<p><a href="/donate">Support The Prairie Water Project</a></p></div>' + dialog
            + '<section><h3>More from our newsroom</h3><ul><li><a>Farm runoff rules stall in the statehouse '
              'again</a></li><li><a>Town votes to build a new water plant</a></li></ul></section></article></main>')
    return Saved("republish-box", _doc(head, body).encode(),
                 {"title": title, "source": "The Prairie Water Project", "date": "2025-09-30",
                  "author": "Cole Danner", "url": url},
                 _WELLS, ["Republish this story", "Creative Commons", "You have to credit us", "Copy to clipboard",
                          "Donate now", "Support The Prairie Water Project", "More from our newsroom",
                          "Farm runoff rules", "originally published", "pixel.gif", "&lt;p&gt;"],
                 [("Hartmann|health officer", "water is clear")], min_paras=4)


# --- national dailies' and aggregators' templates ---------------------------------------------------------------

_GRID = ["The national grid operator will pay households to use less power during the evening peak this winter, "
         "expanding a trial that ran in 40,000 homes last year.",
         "Customers who sign up will get a text a day ahead asking them to cut their use between 5 and 7 p.m., and "
         "will be paid for each unit they save.",
         "\u201cIt is cheaper to pay people to switch off a kettle than to keep a gas plant waiting,\u201d said "
         "Farida Osei, the operator's head of markets.",
         "Last winter's trial cut peak demand by about 300 megawatts on the coldest days, the operator said.",
         "Consumer groups said the scheme should not leave out households without smart meters."]


def daily_gift_lines() -> Saved:
    """A national daily's story: 'Supported by' and 'SKIP ADVERTISEMENT' between blocks, 'Share full article',
    'Send any friend a story' and the gift-article note, 'Read in app', a 'Listen to this article · 5:12 min
    Learn more' line, 'Reporting from …' above the text, published and updated lines, and the print-edition
    note at the end."""
    title = "Grid will pay households to cut power use at peak times"
    head = (f"<title>{title} - The Continental Times</title><meta property=\"og:site_name\" content=\"The "
            'Continental Times">' + _news_ld(title, "2025-10-14T04:00:00-04:00", ["Ruth Anand", "Leo Brandt"],
                                              "The Continental Times"))
    skip = '<div class="ad"><p>Advertisement</p><p><a href="#after-ad">SKIP ADVERTISEMENT</a></p></div><div id="after-ad"></div>'
    body = (f'<div id="app"><p>Supported by</p>{skip}<main><article><header><h1>{title}</h1><p>The trial cut '
            'demand on the coldest evenings of last winter, the operator says.</p><div><button>Share full article'
            '</button><p>Send any friend a story</p><p>As a subscriber, you have 10 gift articles to give each '
            'month. Anyone can read what you share.</p><p>Read in app</p></div><p>Listen to this article \u00b7 5:12 '
            'min Learn more</p><p>By Ruth Anand and Leo Brandt</p><p>Reporting from London</p><p>Published Oct. 14, '
            '2025 Updated Oct. 15, 2025, 5:01 a.m. ET</p></header><section name="articleBody">'
            + _ps(_GRID[:3]) + skip + _ps(_GRID[3:])
            + '</section><p>A version of this article appears in print on Oct. 15, 2025, Section B, Page 3 of the '
              'national edition with the headline: Grid Will Pay Homes to Switch Off.</p></article></main></div>')
    return Saved("daily-gift-lines", _doc(head, body).encode(),
                 {"title": title, "source": "The Continental Times", "date": "2025-10-14",
                  "author": "Ruth Anand, Leo Brandt"},
                 _GRID, ["Supported by", "SKIP ADVERTISEMENT", "Share full article", "Send any friend",
                         "gift articles", "Read in app", "Listen to this article", "appears in print"],
                 [("Osei|head of markets", "cheaper to pay people")], min_paras=5)


_COPPER = ["Copper rose to a record above $11,500 a ton on Tuesday as a strike at one of the world's largest mines "
           "entered its third week.",
           "Output at the mine, which supplies about 4% of the world's copper, has fallen by half since workers "
           "walked out over pay.",
           "\u201cThe market was already tight before a single worker put down his tools,\u201d said Mikael "
           "Lindgren, an analyst at a Stockholm bank.",
           "Traders said stockpiles in exchange warehouses had fallen to their lowest in two years."]


def wire_terminal_lines() -> Saved:
    """A financial wire's story: 'Gift this article', '+Get alerts for', 'Have a confidential tip for our
    reporters? Get in Touch', 'Before it's here, it's on the … Terminal', 'LEARN MORE', 'Follow the authors',
    'Contact us: Provide news feedback or report an error', 'Site feedback: Take our Survey'."""
    title = "Copper hits record as mine strike enters third week"
    head = (f"<title>{title} - Ledger Markets</title><meta property=\"og:site_name\" content=\"Ledger Markets\">"
            + _news_ld(title, "2025-05-20T09:41:00Z", "Jonas Berg", "Ledger Markets"))
    body = (f'<main><article><h1>{title}</h1><p>By Jonas Berg</p><p>May 20, 2025 at 9:41 AM UTC</p>'
            '<p><button>Gift this article</button></p><p>Have a confidential tip for our reporters? Get in Touch</p>'
            '<p>Before it\u2019s here, it\u2019s on the Ledger Terminal</p><p>LEARN MORE</p>'
            + _ps(_COPPER[:2]) + '<p>+Get alerts for Copper</p>' + _ps(_COPPER[2:])
            + '<p>Follow the authors</p><p>Contact us: Provide news feedback or report an error</p>'
              '<p>Site feedback: Take our Survey</p></article></main>')
    return Saved("wire-terminal-lines", _doc(head, body).encode(),
                 {"title": title, "source": "Ledger Markets", "date": "2025-05-20", "author": "Jonas Berg"},
                 _COPPER, ["Gift this article", "confidential tip", "Terminal", "LEARN MORE", "Get alerts",
                           "Follow the authors", "Contact us", "Site feedback"],
                 [("Lindgren|analyst", "market was already tight")], min_paras=4)


_FERRY = ["A ferry carrying 212 passengers ran aground off the northern coast on Saturday night, and everyone on "
          "board was taken off safely, the coast guard said.",
          "The vessel struck a sandbank in fog about a mile from port and began to take on water in one of its "
          "engine rooms.",
          "\u201cThe crew kept everyone calm and in their life jackets,\u201d said Coast Guard Commander Ines "
          "Paredes.",
          "The cause of the grounding is under investigation."]


def aggregator_syndicated() -> Saved:
    """A wire story on a news aggregator: the provider's name and 'Sat, March 1, 2025 at 9:12 AM UTC\u00b73 min
    read', 'In this article:' with tickers, 'Story continues' button, 'Sign in to access your portfolio', and a
    'Recommended Stories' list."""
    title = "Ferry with 212 aboard runs aground in fog; all rescued"
    head = (f"<title>{title}</title><meta property=\"og:site_name\" content=\"Portal News\">"
            '<meta property="article:published_time" content="2025-03-01T09:12:00Z"><meta name="author" '
            'content="Marta Quiroga">')
    body = (f'<div id="module-article"><header><h1>{title}</h1></header><div class="caas-attr"><span>Harbor Wire'
            '</span><div>Marta Quiroga</div><div>Sat, March 1, 2025 at 9:12 AM UTC\u00b73 min read</div></div>'
            '<div class="caas-body"><p>In this article:</p><ul><li>FRRY +1.2%</li></ul>' + _ps(_FERRY[:2])
            + '<button>Story continues</button>' + _ps(_FERRY[2:]) + '</div><p>Sign in to access your portfolio</p>'
              '<h3>Recommended Stories</h3><ul><li><a>Storm warnings issued for the northern coast this weekend</a>'
              '</li></ul></div>')
    return Saved("aggregator-syndicated", _doc(head, body).encode(),
                 {"title": title, "source": "Portal News", "date": "2025-03-01", "author": "Marta Quiroga"},
                 _FERRY, ["3 min read", "In this article", "FRRY", "Story continues", "Sign in to access",
                          "Recommended Stories", "Storm warnings"],
                 [("Paredes|Commander", "kept everyone calm")], min_paras=4)


_POOL = ["A council has closed its only public swimming pool after inspectors found the roof could collapse under "
         "heavy snow.",
         "The pool was built in 1974 and was due to be replaced in 2028, but the council said it could not wait.",
         "\u201cWe know how much this pool means to families,\u201d said council leader Gwen Ashby.",
         "Swimming clubs will be offered sessions at a school pool ten miles away."]


def broadcaster_2024() -> Saved:
    """A public broadcaster's story in its current template: 'Image source, …' and 'Image caption, …' lines
    above the picture's own caption, 'Share' and 'Save', 'Related topics', 'More on this story', 'Top stories',
    'Elsewhere on the …' and a numbered 'Most read' list, all in blocks named by generated codes only."""
    title = "Only public swimming pool shut over roof collapse fears"
    head = (f"<title>{title} - HBC News</title><meta property=\"og:site_name\" content=\"HBC News\">"
            + _news_ld(title, "2025-01-09T14:22:00Z", "Tom Heald", "HBC News"))
    body = (f'<main id="main-content"><article><div class="sc-a1"><h1>{title}</h1></div><div class="sc-b2"><time '
            'datetime="2025-01-09T14:22:00Z">9 January 2025</time><p>Share</p><p>Save</p></div><div class="sc-c3">'
            '<span>Tom Heald</span><span>HBC News</span></div><div class="sc-d4"><p>Image source, Getty Images</p>'
            '<img src="pool.jpg"><p>Image caption, The pool has been closed since Monday</p></div>'
            + _ps(_POOL) + '<div class="sc-e5"><h2>Related topics</h2><ul><li><a>Local government</a></li></ul>'
              '<h2>More on this story</h2><ul><li><a>Leisure centre plans put on hold again by council</a></li></ul>'
              '</div></article><section class="sc-f6"><h2>Top stories</h2><ul><li><a>Power cut hits 20,000 homes '
              'across the county</a></li></ul><h2>Elsewhere on the HBC</h2><ul><li><a>The village that built its '
              'own railway station</a></li></ul><h2>Most read</h2><ol><li>1 <a>Man rescued from mudflats</a></li>'
              '<li>2 <a>Road closed after lorry fire</a></li></ol></section></main>')
    return Saved("broadcaster-2024", _doc(head, body).encode(),
                 {"title": title, "source": "HBC News", "date": "2025-01-09", "author": "Tom Heald"},
                 _POOL, ["Image source", "Image caption", "Related topics", "More on this story", "Top stories",
                         "Elsewhere on the", "Most read", "Power cut hits", "Man rescued", "Leisure centre plans"],
                 [("Ashby|council leader", "how much this pool means")], min_paras=4)


def all_world() -> list[Saved]:
    """Every page of this set."""
    return [blox_local(), piano_paywall(), live_key_events(), indian_also_read(), japanese_english(),
            german_english(), french_english(), wayback_toolbar_bare(), archive_today(), google_cache(),
            reader_view(), shadow_template(), noscript_story(), paged_article(), photo_essay(), podcast_transcript(),
            video_transcript(), cookie_wall(), email_newsletter(), charset_wrong(), republish_box(),
            daily_gift_lines(), wire_terminal_lines(), aggregator_syndicated(), broadcaster_2024()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_world()))} pages written to {sys.argv[1]}")
