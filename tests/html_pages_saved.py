"""Saved pages in the shapes news sites and browsers produce, with what Briefing must store from each.

Beside :mod:`html_pages`: a WordPress post with a JSON-LD author list, a page with only OpenGraph meta,
a page saved by a browser ("Save Page As, complete"), an AMP page, a live blog, a byline inside the
body, a wire story with a dateline, a windows-1252 page, a headline repeated in the body, a page of
``<br>`` lines and a feed item saved as HTML. ``quotes`` lists (speaker, words) the article quotes.
``python tests/html_pages_saved.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import quopri
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from briefing.index.ingest import load_path


@dataclass
class Saved:
    """A saved page (bytes, as on disk) and what Briefing must store from it."""

    name: str
    data: bytes
    meta: dict
    with_: list[str]
    without: list[str]
    quotes: list[tuple[str, str]] = field(default_factory=list)  # ('Name|description' in speaker, words in quote)
    min_paras: int = 3
    ext: str = "html"


def load_saved(folder: Path, page: Saved):
    """The one article Briefing stores from ``page`` written into ``folder`` as ``NAME.EXT``."""
    path = folder / f"{page.name}.{page.ext}"
    path.write_bytes(page.data)
    (a,) = load_path(path)
    return a


def check_saved(a, page: Saved) -> list[str]:
    """Assert what Briefing stored from ``page`` (the article ``a``): its fields, every paragraph ``page``
    expects and none of the page around the story, and the quotes found in it with their speakers. Returns
    the body's paragraphs."""
    from briefing.index.quotes import extract_quotes

    got = {"title": a.title, "source": a.source, "date": a.date and a.date.isoformat(), "author": a.author,
           "url": a.url}
    assert {k: got[k] for k in page.meta} == page.meta
    paras = a.body.split("\n\n")
    assert len(paras) >= page.min_paras and all(p and p.strip() == p for p in paras)
    for s in page.with_:
        assert any(s in p for p in paras), s
    for s in page.without:
        assert s not in a.body, s
    quotes = extract_quotes(a.body, "x")
    for speakers, words in page.quotes:
        assert any(words in q.text and any(s in (q.speaker or "") for s in speakers.split("|")) for q in quotes), \
            (speakers, [(q.speaker, q.text[:40]) for q in quotes])
    return paras


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _ps(paras) -> str:
    return "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


def _doc(head: str, body: str, charset: str = "utf-8", html_attrs: str = 'lang="en"') -> str:
    return (f'<!DOCTYPE html>\n<html {html_attrs}>\n<head>\n<meta charset="{charset}">\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


COOKIE = ('<div class="cmp-consent" id="cookie-notice"><p>This site uses cookies to personalise content and '
          'ads and to analyse our traffic. By continuing you agree to our cookie policy.</p>'
          '<button>I agree</button><button>Options</button></div>')
NEWSLETTER = ('<div class="newsletter-signup"><h3>Get our morning briefing</h3><p>The day\'s top stories '
              'in your inbox every weekday morning.</p><form><input type="email"><button>Sign up</button>'
              '</form></div>')
SHARE = ('<div class="social-share"><span>Share this story</span><a href="#">Facebook</a> '
         '<a href="#">Twitter</a> <a href="#">Email</a></div>')
AD = '<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>'


def _comments(n: int = 2) -> str:
    items = "".join(f'<li class="comment"><span class="comment-author">reader{i}</span><p>Comment {i}: '
                    f"this is exactly what I have been saying for years, nobody listens.</p></li>"
                    for i in range(n))
    return f'<section id="comments" class="comments-area"><h2>{n} Comments</h2><ol>{items}</ol></section>'


def _related(items) -> str:
    return ('<aside class="related-stories"><h2>Related stories</h2><ul>'
            + "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(items)) + "</ul></aside>")


def wordpress_ld() -> Saved:
    """WordPress post: JSON-LD NewsArticle with an author list and a publisher object, share bar, comments."""
    title = "Water board approves new reservoir after decade of delays"
    paras = ["The regional water board voted on Tuesday to build a reservoir north of the city, ending a "
             "decade of disputes over where to store water for a growing population.",
             "\u201cThis is the most important decision this board has made in a generation,\u201d said "
             "Helen Marsh, the board's chair. \u201cOur children will drink this water.\u201d",
             "Farmers whose land will be flooded said the compensation offered was far below market value.",
             "\u201cThey are paying us for fields, not for the lives we built on them,\u201d said Owen Pryce, "
             "who farms 300 acres in the valley.",
             "Construction is expected to take six years and cost about 1.4 billion."]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-11T08:30:00+00:00", "dateModified": "2025-03-12T10:00:00+00:00",
          "author": [{"@type": "Person", "name": "Lena Ortiz"}, {"@type": "Person", "name": "Sam Becker"}],
          "publisher": {"@type": "Organization", "name": "Valley Ledger",
                        "logo": {"@type": "ImageObject", "url": "https://valleyledger.example/logo.png"}},
          "mainEntityOfPage": "https://valleyledger.example/2025/03/11/water-board-reservoir/"}
    head = (f"<title>{title} &#8211; Valley Ledger</title>\n"
            '<link rel="canonical" href="https://valleyledger.example/2025/03/11/water-board-reservoir/">\n'
            '<meta name="generator" content="WordPress 6.4.3">\n' + _ld(ld))
    body = ('<header class="site-header"><a class="site-title" href="/">Valley Ledger</a></header>'
            '<main id="main"><article class="post-1234 post type-post">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
            '<div class="entry-meta"><span class="byline">By <a href="/author/lena">Lena Ortiz</a> and '
            '<a href="/author/sam">Sam Becker</a></span> <time class="entry-date" '
            'datetime="2025-03-11T08:30:00+00:00">March 11, 2025</time></div></header>'
            f'<div class="entry-content">{_ps(paras[:2])}'
            '<figure class="wp-block-image"><img src="dam.jpg" alt=""><figcaption>The valley that would be '
            'flooded. Photo: Lena Ortiz</figcaption></figure>'
            f"{_ps(paras[2:])}</div>{SHARE}"
            '<footer class="entry-footer"><span class="cat-links">Posted in Local News</span></footer>'
            f"</article>{_comments()}</main>"
            '<footer class="site-footer">Proudly powered by WordPress</footer>')
    return Saved("wordpress-ld", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Ledger", "date": "2025-03-11",
                  "author": "Lena Ortiz, Sam Becker",
                  "url": "https://valleyledger.example/2025/03/11/water-board-reservoir/"},
                 [paras[0], paras[1], paras[-1]],
                 ["Share this story", "Comment 0", "Posted in Local News", "powered by WordPress"],
                 [("Marsh", "most important decision"), ("Pryce", "paying us for fields")])


def opengraph_only() -> Saved:
    """No JSON-LD: og:title, og:site_name, article:published_time, article:author, og:url."""
    title = "Museum returns looted bronzes to Nigeria"
    paras = ["A London museum handed back 12 bronze sculptures to Nigerian officials on Friday, more than a "
             "century after British soldiers took them from the kingdom of Benin.",
             "The director said the return corrected a historic wrong and would not be the last.",
             "\u201cThese works belong to the people who made them,\u201d said Abba Tijani, head of "
             "Nigeria's museums commission, at the handover ceremony.",
             "The sculptures will go on display in Benin City next year."]
    head = (f"<title>{title} | Arts Daily</title>\n"
            f'<meta property="og:title" content="{title}">\n'
            '<meta property="og:site_name" content="Arts Daily">\n'
            '<meta property="og:type" content="article">\n'
            '<meta property="og:url" content="https://artsdaily.example/culture/bronzes-returned">\n'
            '<meta property="article:published_time" content="2025-11-28T14:05:00Z">\n'
            '<meta name="author" content="Chidi Okeke">')
    body = (f'<div class="wrap"><h1>{title}</h1><p class="byline">Chidi Okeke</p><div class="story">'
            f'{_ps(paras)}</div>{_related(["Inside the fight over the Parthenon marbles"])}</div>')
    return Saved("opengraph-only", _doc(head, body).encode(),
                 {"title": title, "source": "Arts Daily", "date": "2025-11-28", "author": "Chidi Okeke",
                  "url": "https://artsdaily.example/culture/bronzes-returned"},
                 [paras[0], paras[2], paras[-1]], ["Related stories", "Parthenon marbles"],
                 [("Tijani", "belong to the people")])


def browser_saved() -> Saved:
    """"Save Page As, complete": a <base>, local _files assets, inline styles, every widget of the live page."""
    title = "Rail fares to rise by 4.6 percent in March"
    paras = ["Rail fares in England will rise by 4.6 percent from the first Sunday in March, the transport "
             "department said on Wednesday, the biggest increase in more than a decade.",
             "Passenger groups said travellers were being asked to pay more for services that were "
             "frequently late or cancelled.",
             "\u201cPeople are paying more and getting less,\u201d said Norman Price, chief executive of the "
             "Rail Passengers Alliance. \u201cThat is not a fair deal.\u201d",
             "The department said the rise was below the rate of inflation in July, which is normally used "
             "to set fares.",
             "Season tickets between Brighton and London will cost almost 5,000 a year."]
    head = ('<!-- saved from url=(0062)https://www.commuternews.example/transport/rail-fares-rise-march -->\n'
            '<base href="https://www.commuternews.example/transport/">\n'
            "<title>Rail fares to rise by 4.6 percent in March - Commuter News</title>\n"
            '<link rel="stylesheet" href="./Rail fares to rise_files/main.css">\n'
            '<style>.cookie{position:fixed;bottom:0}.ad-label{font-size:10px}</style>\n'
            '<meta property="og:site_name" content="Commuter News">\n'
            '<meta property="article:published_time" content="2025-08-13T06:00:00+01:00">\n'
            '<script src="./Rail fares to rise_files/analytics.js"></script>')
    body = (COOKIE + '<header style="background:#003"><nav><a href="/">Home</a> <a href="/transport">Transport'
            '</a> <a href="/money">Money</a></nav></header>' + AD
            + f'<main style="max-width:640px"><article><h1 style="font-size:2em">{title}</h1>'
            '<div class="author-block" style="color:#666">By <a href="/authors/amy-lowe">Amy Lowe</a>, '
            'Transport Correspondent</div>'
            f'<figure><img src="./Rail fares to rise_files/train.jpg"><figcaption>A commuter train at '
            f'Clapham Junction (Getty Images)</figcaption></figure>{_ps(paras[:2])}{AD}{_ps(paras[2:4])}'
            f"{NEWSLETTER}{_ps(paras[4:])}{SHARE}</article>"
            + _related(["Strikes to hit Christmas services", "Why your train is late"])
            + _comments(3) + '</main><footer style="padding:2em"><p>\u00a9 2025 Commuter News Ltd</p>'
            '<a href="/privacy">Privacy Policy</a></footer>')
    return Saved("browser-saved", _doc(head, body).encode(),
                 {"title": title, "source": "Commuter News", "date": "2025-08-13", "author": "Amy Lowe",
                  "url": "https://www.commuternews.example/transport/rail-fares-rise-march"},
                 [paras[0], paras[2], paras[-1]],
                 ["Advertisement", "cookies", "Get our morning briefing", "Share this story", "Related stories",
                  "Strikes to hit Christmas", "Comment 0", "Clapham Junction (Getty", "Commuter News Ltd"],
                 [("Price", "paying more and getting less")])


def amp_page() -> Saved:
    """An AMP page: <html amp>, amp-img, amp-ad, amp-social-share, the canonical URL to the full page."""
    title = "Storm Darragh leaves 200,000 homes without power"
    paras = ["About 200,000 homes were without power on Sunday after Storm Darragh brought gusts of up to "
             "93mph to western coasts overnight.",
             "Engineers worked through the night to restore supplies, but the network operator warned some "
             "customers could wait until Tuesday.",
             "\u201cWe have never seen damage on this scale in the region,\u201d said Claire Doyle, the "
             "operator's director of operations.",
             "Two people were taken to hospital after trees fell on their cars."]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-12-08T09:15:00Z", "author": {"@type": "Person", "name": "Rhys Morgan"},
          "publisher": {"@type": "Organization", "name": "Coastal Times"}}
    head = ('<link rel="canonical" href="https://coastaltimes.example/news/storm-darragh-power">\n'
            f"<title>{title}</title>\n"
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<style amp-boilerplate>body{visibility:hidden}</style>\n' + _ld(ld))
    body = ('<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad>'
            f'<article><h1>{title}</h1><p class="byline">By Rhys Morgan</p>'
            '<amp-img src="storm.jpg" width="600" height="400"></amp-img>'
            f'{_ps(paras)}<amp-social-share type="twitter"></amp-social-share>'
            '<div class="amp-share">Share this story</div></article>')
    return Saved("amp", _doc(head, body, html_attrs='amp lang="en"').encode(),
                 {"title": title, "source": "Coastal Times", "date": "2024-12-08", "author": "Rhys Morgan",
                  "url": "https://coastaltimes.example/news/storm-darragh-power"},
                 [paras[0], paras[2], paras[-1]], ["Advertisement", "Share this story"],
                 [("Doyle", "never seen damage")])


def live_blog() -> Saved:
    """A live blog: LiveBlogPosting JSON-LD, timestamped entries newest first, 'Key events' box; each
    entry keeps its time ('14:02 – …')."""
    title = "Budget 2025: Chancellor sets out tax rises \u2013 live"
    entries = [("14:02", "The chancellor has sat down after speaking for 72 minutes."),
               ("13:40", "\u201cThis is a budget for growth,\u201d the chancellor, Rachel Lane, told MPs. "
                         "\u201cWe are fixing the foundations.\u201d"),
               ("13:05", "Fuel duty will be frozen for another year, the chancellor confirmed."),
               ("12:31", "The chancellor is on her feet and has begun her statement to the Commons.")]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2025-10-30T11:00:00+00:00", "coverageStartTime": "2025-10-30T11:00:00+00:00",
          "author": {"@type": "Person", "name": "Tom Hale"}, "publisher": {"@type": "Organization",
                                                                          "name": "Westminster Post"}}
    posts = "".join(f'<div class="block"><time datetime="2025-10-30T{t}:00Z">{t}</time>'
                    f"<p>{escape(x, quote=False)}</p><div class='share'>Share</div></div>" for t, x in entries)
    head = f"<title>{title} | Westminster Post</title>\n" + _ld(ld)
    body = (f'<main><h1>{title}</h1><div class="key-events"><h2>Key events</h2><ul><li><a href="#b1">'
            f'Chancellor begins statement</a></li></ul></div><div class="live-blog">{posts}</div>'
            '<button>Load more updates</button></main>')
    return Saved("live-blog", _doc(head, body).encode(),
                 {"title": title, "source": "Westminster Post", "date": "2025-10-30", "author": "Tom Hale"},
                 [f"{t} \u2013 {x[:50]}" for t, x in entries], ["Load more updates"],
                 [("Lane", "budget for growth")], min_paras=4)


def byline_in_body() -> Saved:
    """No author in the metadata: the first paragraph is 'By Jane Doe and John Roe, Reuters'."""
    title = "Chipmaker to build 20 billion plant in Arizona"
    paras = ["By Jane Doe and John Roe, Reuters",
             "A Taiwanese chipmaker said on Monday it would build a 20 billion plant in Arizona, its largest "
             "investment outside Asia.",
             "\u201cThe United States is where our customers are,\u201d said chief executive Lin Wei-ming.",
             "The plant is expected to employ 3,000 people when it opens in 2028."]
    head = f"<title>{title}</title>\n" + '<meta property="article:published_time" content="2025-05-19">'
    body = f'<div id="content"><h1>{title}</h1>{_ps(paras)}</div>'
    return Saved("byline-body", _doc(head, body).encode(),
                 {"title": title, "date": "2025-05-19", "author": "Jane Doe and John Roe", "source": "Reuters"},
                 paras[1:], ["By Jane Doe"], [("Lin Wei-ming", "where our customers are")])


def wire_dateline() -> Saved:
    """A wire story: 'WASHINGTON (Reuters) -' dateline, a credit line at the end."""
    title = "Senate passes stopgap bill to avert government shutdown"
    paras = ["WASHINGTON (Reuters) - The U.S. Senate on Friday passed a stopgap spending bill to keep the "
             "government funded through mid-March, hours before a midnight deadline.",
             "The measure passed 77-19 and now goes to the president, who is expected to sign it.",
             "\u201cWe have done our job,\u201d Senate Majority Leader Mark Ellis told reporters. "
             "\u201cNow let's get a full-year budget done.\u201d",
             "Reporting by David Morgan; Editing by Scott Malone"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-12-19T22:10:00Z", "author": [{"@type": "Person", "name": "David Morgan"}],
          "publisher": {"@type": "Organization", "name": "Reuters"}}
    head = f"<title>{title} | Reuters</title>\n" + _ld(ld)
    body = (f'<article><h1>{title}</h1><div class="article-body">{_ps(paras)}</div>'
            '<p class="trust">Our Standards: The Thomson Reuters Trust Principles.</p></article>')
    return Saved("wire-dateline", _doc(head, body).encode(),
                 {"title": title, "source": "Reuters", "date": "2025-12-19", "author": "David Morgan"},
                 paras[:3], ["Our Standards"], [("Ellis", "done our job")])


def time_element() -> Saved:
    """Only a <time datetime> and a title: the date comes from the page's time element."""
    title = "Library reopens after two-year restoration"
    paras = ["The central library reopened on Saturday after a two-year restoration that repaired its "
             "Victorian roof and added a children's wing.",
             "Hundreds of people queued before the doors opened at nine.",
             "\u201cIt feels like getting an old friend back,\u201d said Ruth Adeyemi, who has used the "
             "library since she was a child."]
    head = f"<title>{title} - Northern Echo Online</title>"
    body = (f'<article><h1>{title}</h1><div class="meta">Published <time datetime="2025-02-15T10:00:00Z">'
            f'15 February 2025</time></div>{_ps(paras)}</article>')
    return Saved("time-element", _doc(head, body).encode(), {"title": title, "date": "2025-02-15"},
                 paras, [], [("Adeyemi", "old friend back")])


def windows_1252() -> Saved:
    """A page declared windows-1252 in a meta tag, with curly quotes and dashes as single bytes."""
    title = "Mayor\u2019s plan for night buses wins backing"
    paras = ["The mayor\u2019s plan to run night buses on 20 more routes won the backing of the transport "
             "committee on Thursday \u2013 a year after it was first proposed.",
             "\u201cShift workers have waited long enough,\u201d said Dana Whitlock, who chairs the committee.",
             "The first routes will start running in September."]
    head = (f"<title>{escape(title)}</title>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
            '<meta name="date" content="2025-04-03">')
    body = f'<div class="article"><h1>{escape(title)}</h1>{_ps(paras)}</div>'
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n' + head + "\n</head>\n<body>\n" + body
            + "\n</body>\n</html>\n")
    return Saved("windows-1252", html.encode("cp1252"), {"title": title, "date": "2025-04-03"},
                 paras, [], [("Whitlock", "waited long enough")])


def title_repeated() -> Saved:
    """The headline repeated as the first paragraph of the story, with and without trailing spaces."""
    title = "Airport expansion approved despite noise protests"
    paras = ["Planning officials approved a second runway at the city airport on Wednesday, despite "
             "protests from residents who said the noise would make their homes unliveable.",
             "The airport said the runway would create 5,000 jobs and add 18 flights an hour.",
             "\u201cWe will fight this in the courts,\u201d said Peter Quinn, who leads the residents\u2019 "
             "campaign group."]
    head = f"<title>{title} | Metro Herald</title>\n" + '<meta property="og:site_name" content="Metro Herald">'
    body = (f'<div class="page"><div class="story"><p class="headline"><strong>{title} </strong></p>'
            f'{_ps(paras)}</div></div>')
    return Saved("title-repeated", _doc(head, body).encode(), {"title": title, "source": "Metro Herald"},
                 paras, [], [("Quinn", "fight this in the courts")])


def br_paragraphs() -> Saved:
    """A small-town site: the story is one <div> of lines separated by <br><br>."""
    title = "Fire destroys historic mill on River Road"
    paras = ["A fire destroyed the 150-year-old mill on River Road early on Sunday morning.",
             "Firefighters from three towns fought the blaze for six hours before bringing it under control.",
             "\u201cWe lost a piece of our history tonight,\u201d said fire chief Bill Harmon.",
             "No one was injured. The cause of the fire is under investigation."]
    head = f"<title>{title}</title>\n" + '<meta property="og:site_name" content="Riverside Gazette">'
    story = "<br><br>\n".join(escape(p, quote=False) for p in paras)
    body = (f'<table><tr><td class="nav"><a href="/">Home</a><br><a href="/obits">Obituaries</a></td>'
            f'<td class="main"><h2>{title}</h2><div class="text">{story}</div></td></tr></table>')
    return Saved("br-paragraphs", _doc(head, body).encode(), {"title": title, "source": "Riverside Gazette"},
                 paras, ["Obituaries"], [("Harmon", "piece of our history")])


def feed_item() -> Saved:
    """One RSS item saved from a browser as .html: a bare title, a date line and the item's text."""
    title = "Ferry operator cancels winter sailings"
    paras = ["The island ferry operator has cancelled all winter sailings on its northern route after "
             "failing to find a replacement for its only vessel.",
             "\u201cWe know how much the islands depend on this service,\u201d said managing director "
             "Fiona Reid.",
             "The operator said it hoped to resume sailings in April."]
    html = (f"<html><head><title>{title}</title></head><body>"
            f'<h3><a href="https://islandnews.example/ferry-winter">{title}</a></h3>'
            "<p><small>Tue, 04 Nov 2025 07:30:00 GMT</small></p>"
            f"{_ps(paras)}</body></html>")
    return Saved("feed-item", html.encode(), {"title": title, "date": "2025-11-04"}, paras, [], [("Reid", "depend on this service")])


_PENSION = ["Ministers agreed on Monday to raise the state pension age to 68 from 2039, seven years earlier than "
            "planned.",
            "\u201cWe cannot ask younger workers to pay for a system they will never benefit from,\u201d said the "
            "work and pensions secretary, Anna Reeve.",
            "Unions said the change would hit manual workers hardest, because they tend to die younger.",
            "The Treasury estimates the change will save 9 billion a year by 2045."]


def inline_furniture() -> Saved:
    """Lines news sites put between paragraphs: ad notes, 'Continue reading', photo credits, a pull quote."""
    title = "Pension age to rise to 68 from 2039"
    p = _ps(_PENSION).split("\n")
    body = (f"<article><h1>{title}</h1>{p[0]}<p>Story continues below advertisement</p>{p[1]}"
            "<aside class='pullquote'><blockquote>\u201cWe cannot ask younger workers to pay for a system they "
            f"will never benefit from\u201d</blockquote></aside><p>Image: Getty Images</p>{p[2]}"
            "<p>Continue reading the main story</p><div>ADVERTISEMENT - SCROLL TO CONTINUE READING</div>"
            f"{p[3]}<p>Photograph: Stefan Rousseau/PA</p></article>")
    head = f"<title>{title}</title>" + '<meta property="og:site_name" content="The Courier">'
    return Saved("inline-furniture", _doc(head, body).encode(), {"title": title, "source": "The Courier"},
                 _PENSION, ["continues below", "Continue reading", "Getty Images", "SCROLL", "Rousseau/PA"],
                 [("Anna Reeve|pensions secretary", "younger workers")], min_paras=4)


def undeclared_site() -> Saved:
    """No og:site_name: the site's name is only in <title>; JSON-LD authors as 'By …' strings; the
    headline repeated in the text with a curly apostrophe where og:title has a straight one."""
    title = "Minister's pension plan: age to rise to 68"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "author": ["By Kate Bush", "Tom Lee"], "datePublished": "June 2, 2025"}
    head = (f"<title>{escape(title)} | The Courier</title>"
            f'<meta property="og:title" content="{escape(title)}">' + _ld(ld))
    body = f"<article><p><b>{title.replace(chr(39), chr(0x2019))}</b></p>{_ps(_PENSION)}</article>"
    return Saved("undeclared-site", _doc(head, body).encode(),
                 {"title": title, "source": "The Courier", "author": "Kate Bush, Tom Lee", "date": "2025-06-02"},
                 _PENSION, ["Minister\u2019s pension plan"], [("Anna Reeve|pensions secretary", "younger workers")], min_paras=4)


def dateline_only() -> Saved:
    """A wire story on a page that declares nothing: the dateline 'LONDON, June 2 (Reuters) -' names the source."""
    title = "Pension age to rise to 68 from 2039"
    paras = ["LONDON, June 2 (Reuters) - " + _PENSION[0], *_PENSION[1:]]
    html = f"<html><head><title>{title}</title></head><body><div>{_ps(paras)}</div></body></html>"
    return Saved("dateline-only", html.encode(), {"title": title, "source": "Reuters"}, paras, [],
                 [("Anna Reeve|pensions secretary", "younger workers")], min_paras=4)


def article_extras() -> Saved:
    """A reader's tool bar, a 'Key points' list (article text), topic tags, the author's bio and a
    'Next article' link; no declared author, so none is guessed from the bio."""
    title = "Pension age to rise to 68 from 2039"
    head = f"<title>{title}</title>" + '<meta property="og:site_name" content="The Courier">'
    body = (f"<article><h1>{title}</h1><div class='tools'><button>Listen to this article</button>"
            "<span>5 min read</span></div><div class='summary'><h2>Key points</h2><ul><li>State pension age "
            f"rises to 68 from 2039</li><li>The change saves 9 billion a year</li></ul></div>{_ps(_PENSION)}"
            "<div class='tags'>Topics: <a>Pensions</a> <a>Economy</a></div><div class='author-bio'><p>Kate Bush "
            "is political correspondent for The Courier. She covers Westminster and Whitehall.</p></div>"
            "<a class='next' href='/rail'>Next article: Rail fares rise</a></article>")
    return Saved("article-extras", _doc(head, body).encode(), {"title": title, "author": None},
                 [*_PENSION, "- State pension age rises to 68 from 2039"],
                 ["Next article", "Listen to this", "min read", "Whitehall"],
                 [("Anna Reeve|pensions secretary", "younger workers")], min_paras=6)


def mhtml_archive() -> Saved:
    """Chrome's 'Webpage, Single File': an MHTML archive whose HTML part is quoted-printable with no
    charset in its headers, followed by the page's stylesheet; the address only in the archive's headers."""
    page = windows_1252()
    html = page.data.decode("cp1252").replace("windows-1252", "utf-8").encode("utf-8")
    url = "https://citydesk.example/transport/night-buses-backing"
    b = "----MultipartBoundary--q1w2e3r4t5----"
    data = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: =?utf-8?Q?Mayor=E2=80=99s?=\r\n"
            f"Date: Thu, 3 Apr 2025 09:12:44 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n--{b}\r\nContent-Type: text/html\r\n'
            f"Content-ID: <frame-5A1E@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {url}\r\n\r\n").encode() + quopri.encodestring(html).replace(b"\n", b"\r\n") \
        + (f"\r\n--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: https://citydesk.example/main.css\r\n\r\nbody{{margin:0}}\r\n--{b}--\r\n").encode()
    return Saved("mhtml-archive", data, {**page.meta, "url": url, "source": "citydesk.example"}, page.with_, [],
                 page.quotes, ext="mhtml")


def inline_markup() -> Saved:
    """Inline elements inside paragraphs: a quotation in <q> (the browser draws its marks) and a day in
    <time>; neither may cut the paragraph or lose words, and the <q> gets its quotation marks."""
    title = "Ferry talks to continue after islanders' protest"
    paras = ["Talks between the council and the ferry operator will resume on "
             '<time datetime="2025-06-03">Tuesday</time>, a week after hundreds of islanders protested at the '
             "harbour.",
             "The council leader, Mary Stone, said <q>we will not give up on a year-round service</q> and that "
             "the operator had agreed to publish its costs.",
             "The operator said it had no comment before the talks."]
    head = (f"<title>{title}</title>" + '<meta property="og:site_name" content="Island Times">'
            '<meta property="article:published_time" content="2025-05-28">')
    body = f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article>"
    text = ["Talks between the council and the ferry operator will resume on Tuesday, a week after",
            "said \u201cwe will not give up on a year-round service\u201d and that the operator had agreed",
            paras[2]]
    return Saved("inline-markup", _doc(head, body).encode(),
                 {"title": title, "source": "Island Times", "date": "2025-05-28"}, text, [],
                 [("Mary Stone", "not give up")])


_PAYWALL = ["Already a subscriber? Log in", "This article is for subscribers only.",
            "To continue reading, subscribe now.", "Want to read more? Start your free trial.",
            "Listen to this article", "Support independent journalism. Donate today.", "Sign in to comment",
            "Have your say", "Most viewed", "Watch: Anna Reeve on the pension age", "Updated 3 hours ago",
            "6 min read"]


def paywall_lines() -> Saved:
    """Subscription, audio, video and comment prompts written as paragraphs inside the article."""
    title = "Pension age to rise to 68 from 2039"
    p = _ps(_PENSION).split("\n")
    body = (f"<article><h1>{title}</h1><p>{_PAYWALL[-1]}</p><p>{_PAYWALL[4]}</p>{p[0]}{p[1]}"
            + "".join(f"<p>{x}</p>" for x in _PAYWALL[:4]) + f"{p[2]}<p>{_PAYWALL[9]}</p>{p[3]}"
            + "".join(f"<p>{x}</p>" for x in _PAYWALL[5:9]) + f"<p>{_PAYWALL[10]}</p></article>")
    head = f"<title>{title}</title>" + '<meta property="og:site_name" content="The Courier">'
    return Saved("paywall-lines", _doc(head, body).encode(), {"title": title, "source": "The Courier"},
                 _PENSION, _PAYWALL, [("Anna Reeve|pensions secretary", "younger workers")], min_paras=4)


def next_article_appended() -> Saved:
    """A page saved after scrolling: the site appended the next story, whole, under its own <article>."""
    title = "Pension age to rise to 68 from 2039"
    other = wordpress_ld()
    nxt = ("<article class='next'><h2>Water board approves new reservoir after decade of delays</h2>"
           "<p class='byline'>By Lena Ortiz</p>" + "".join(f"<p>{p}</p>" for p in other.with_) + "</article>")
    head = f"<title>{title} | The Courier</title>" + '<meta property="og:site_name" content="The Courier">'
    body = f"<main><article><h1>{title}</h1>{_ps(_PENSION)}</article><div class='infinite'>{nxt}</div></main>"
    return Saved("next-article", _doc(head, body).encode(), {"title": title, "source": "The Courier"},
                 _PENSION, ["water board", "Helen Marsh", "reservoir"],
                 [("Anna Reeve|pensions secretary", "younger workers")], min_paras=4)


def all_saved() -> list[Saved]:
    """Every saved-page shape."""
    return [wordpress_ld(), opengraph_only(), browser_saved(), amp_page(), live_blog(), byline_in_body(),
            wire_dateline(), time_element(), windows_1252(), title_repeated(), br_paragraphs(), feed_item(),
            inline_furniture(), undeclared_site(), dateline_only(), article_extras(), mhtml_archive(),
            inline_markup(), paywall_lines(), next_article_appended()]


def write_saved(folder: Path, pages: list[Saved] | None = None) -> list[Saved]:
    """Write the set (or ``pages``) as ``NAME.html`` (bytes as saved) + ``NAME.expect.json`` for
    ``benchmarks/eval_html.py``."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = all_saved() if pages is None else pages
    for p in pages:
        (folder / f"{p.name}.{p.ext}").write_bytes(p.data)
        expect = {"with": p.with_, "without": p.without, "meta": p.meta}
        (folder / f"{p.name}.expect.json").write_text(json.dumps(expect, indent=1), encoding="utf-8")
    return pages


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1])))} pages written to {sys.argv[1]}")
