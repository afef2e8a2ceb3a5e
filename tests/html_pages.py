"""News pages built like real ones, with what their main text must and must not contain.

Each page has the parts real sites wrap around an article: skip links, navigation, a cookie banner,
share bars, bylines, image credits, newsletter boxes, related links, comments, footers, JSON-LD
``NewsArticle`` data, ``og:`` meta and ``<time>``. Expectations follow trafilatura's evaluation:
strings that must appear in the main text (``with``) and strings that must not (``without``), plus
the metadata the page carries. ``python tests/html_pages.py DIR`` writes the set as ``NAME.html`` and
``NAME.expect.json`` for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

_STORIES = [
    ("Port strike halts container traffic as talks collapse",
     ["Dock workers walked off the job at the country's three largest container ports on Tuesday, "
      "halting traffic after negotiations over automation and pay broke down late on Monday night.",
      "The union said its members would stay out until employers withdrew plans to install automated "
      "cranes, which it said would cost more than 4,000 jobs over the next five years.",
      "\u201cWe have been patient for eleven months,\u201d said Maria Okafor, the union's president. "
      "\u201cThe employers chose this, not us.\u201d",
      "The shipping association called the walkout reckless and said it had offered a 14 percent raise "
      "spread over four years, along with guarantees for workers over the age of 55.",
      "Economists warned that a strike lasting more than a week could push up prices of imported "
      "goods before the holiday season, when retailers stock their shelves.",
      "Talks are due to resume on Thursday under a federal mediator, the labour ministry said."]),
    ("Regulators open inquiry into grid operator after winter blackout",
     ["The national energy regulator opened a formal inquiry on Wednesday into the grid operator's "
      "handling of the blackout that left 1.2 million homes without power in January.",
      "Investigators will examine why reserve generators failed to start and whether the operator "
      "ignored warnings from its own engineers about ageing substations in the north.",
      "The operator said in a statement that it welcomed the inquiry and would cooperate fully.",
      "Consumer groups have called for refunds for households that lost heating during the coldest "
      "week of the year, when temperatures fell to minus 18 degrees.",
      "The inquiry is expected to report by the end of September."]),
    ("City council approves plan to turn former rail yard into housing",
     ["The city council voted 9-4 on Monday evening to approve a plan that will turn a disused rail "
      "yard on the east side into 2,300 homes, a school and a public park.",
      "A third of the homes will be sold or rented below market prices, a condition that opponents "
      "said would make the project too expensive for the developer to finish.",
      "Councillor James Whitfield, who voted against, said the plan left too many questions about "
      "traffic and flooding unanswered.",
      "Construction of the first phase is due to begin next spring and take about three years."]),
    ("Drought forces farmers to cull herds as feed prices soar",
     ["Cattle farmers across the southern plains are selling off breeding stock at the fastest pace "
      "in a decade as a second year of drought pushes hay prices to record highs.",
      "At the auction yard in Amarillo, sales on Saturday were nearly double the usual volume for "
      "the time of year, according to the yard's manager.",
      "\u201cYou can't feed them if there's nothing growing,\u201d said rancher Tom Castillo, who has "
      "sold half of his 400 cows since March.",
      "Agricultural economists say the culling will tighten beef supplies and raise prices for "
      "consumers for at least two years, because rebuilding herds takes time.",
      "The agriculture department has declared 212 counties disaster areas, making farmers eligible "
      "for emergency loans."]),
    ("Central bank holds rates but signals cut later this year",
     ["The central bank left its benchmark interest rate unchanged at 4.5 percent on Thursday, but "
      "its governor said a cut could come before the end of the year if inflation keeps easing.",
      "Inflation fell to 2.8 percent in the year to May, its lowest level in three years, helped by "
      "lower energy prices and a stronger currency.",
      "Two of the nine members of the rate-setting committee voted for an immediate cut of a quarter "
      "point, the minutes showed.",
      "Markets had priced in a small chance of a cut this month, and the currency weakened slightly "
      "after the announcement."]),
    ("Hospital waiting lists fall for the first time in four years",
     ["The number of patients waiting for planned hospital treatment fell in April for the first "
      "time in four years, official figures published on Thursday showed.",
      "About 7.4 million treatments were waiting to be carried out at the end of the month, down "
      "from 7.5 million in March.",
      "The health secretary said the fall showed that extra evening and weekend clinics were "
      "working, but doctors' leaders warned that staff shortages remained severe.",
      "Waits in emergency departments worsened over the same period, with more than 40,000 patients "
      "spending over twelve hours there before being admitted."]),
    ("Court blocks state law on social media age checks",
     ["A federal judge on Friday blocked a state law that would have required social media companies "
      "to verify the ages of all users and obtain parental consent for those under 16.",
      "The judge wrote that the law was likely to violate the First Amendment because it restricted "
      "adults' access to lawful speech as well as children's.",
      "The state attorney general said he would appeal the ruling to the circuit court.",
      "Tech industry groups that brought the suit said the law would have forced sites to collect "
      "sensitive identity documents from millions of people."]),
    ("Wildfire smoke prompts school closures across three provinces",
     ["Schools in three provinces closed on Wednesday as smoke from more than 200 wildfires pushed air "
      "quality to hazardous levels in several cities.",
      "Health officials urged residents with asthma or heart conditions to stay indoors and keep "
      "windows closed until the smoke clears.",
      "Firefighters from four countries have joined local crews, and rain forecast for the weekend "
      "could help them contain the largest fires.",
      "The fire season has already burned more land than any full year on record."]),
]


@dataclass
class Page:
    """A page with its expectations."""

    name: str
    html: str
    with_: list[str]
    without: list[str]
    meta: dict = field(default_factory=dict)
    known_misses: list[str] = field(default_factory=list)  # 'without' strings Briefing still keeps

    def expectations(self) -> dict:
        return {"with": self.with_, "without": self.without, "meta": self.meta}


def _ps(paras, wrap="<p>{}</p>"):
    return "\n".join(wrap.format(escape(p, quote=False)) for p in paras)


def _jsonld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _doc(head: str, body: str, lang: str = "en") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


COOKIE = ('<div id="onetrust-banner-sdk" class="cookie-banner" role="dialog"><p>We use cookies and similar '
          'technologies to improve your experience and to show you personalised advertising.</p>'
          '<button>Accept all cookies</button><button>Manage preferences</button></div>')
SKIP = ('<div class="skip-links"><a href="#main">Skip to content</a> <a href="#a11y">Accessibility '
        'links</a></div>')


def _nav(items):
    return "<nav><ul>" + "".join(f'<li><a href="/{i.lower()}">{i}</a></li>' for i in items) + "</ul></nav>"


def _share(label="Share this article"):
    return (f'<div class="share-bar"><span>{label}</span><a href="#">Share on Facebook</a>'
            f'<a href="#">Share on WhatsApp</a><a href="#">Copy link</a></div>')


def _related(title, items):
    return (f'<aside class="related"><h2>{title}</h2><ul>'
            + "".join(f'<li><a href="/news/{n}">{t}</a></li>' for n, t in enumerate(items)) + "</ul></aside>")


def _checks(paras):
    """Strings the main text must contain: a phrase from the first, a middle and the last paragraph."""
    picks = [paras[0], paras[len(paras) // 2], paras[-1]]
    return [" ".join(p.split()[2:9]) for p in picks]


def bbc_like(n=0) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} - BBC News</title>\n"
            '<meta property="og:site_name" content="BBC News">\n'
            f'<meta property="og:title" content="{title}">\n'
            f'<link rel="canonical" href="https://www.bbc.co.uk/news/articles/c{n}x9z2">\n'
            + _jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2025-03-04T06:12:31.000Z",
                       "author": [{"@type": "Person", "name": "Laura Gozzi"}],
                       "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"}}))
    body = (f'{SKIP}<header><a href="/">Homepage</a>{_nav(["Home", "News", "Sport", "Weather", "iPlayer"])}</header>'
            f'{COOKIE}<main id="main"><article><header><h1 id="main-heading">{title}</h1>'
            '<div data-component="byline-block"><span>Laura Gozzi</span><span>BBC News</span></div>'
            f'<time datetime="2025-03-04T06:12:31.000Z">4 March 2025</time></header>'
            f'{_share("Share")}'
            '<figure><img src="a.jpg" alt=""><span>Image source, Getty Images</span>'
            '<figcaption>Image caption, Crowds gathered outside the building</figcaption></figure>'
            + _ps(paras, '<div data-component="text-block"><p>{}</p></div>')
            + f'{_share("Share this with Facebook")}</article>'
            + _related("More on this story", ["Earlier talks ended without a deal", "What the row is about"])
            + _related("Most popular", ["Storm warning for the weekend", "Lottery winner comes forward"])
            + '</main><footer><a href="/contact">Contact BBC News</a><p>Copyright 2025 BBC. All rights '
              'reserved. The BBC is not responsible for the content of external sites.</p></footer>')
    without = ["Skip to content", "Accessibility links", "Share on WhatsApp", "More on this story",
               "Most popular", "Contact BBC News", "We use cookies", "Storm warning for the weekend"]
    return Page(f"bbc-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "BBC News", "date": "2025-03-04", "author": "Laura Gozzi",
                 "url": f"https://www.bbc.co.uk/news/articles/c{n}x9z2"})


def reuters_like(n=1) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    paras = paras + ["Reporting by David Shepardson; Editing by Chris Reese"]
    url = f"https://www.reuters.com/world/us/{title.lower().replace(' ', '-')}-2025-08-12/"
    head = (f"<title>{title} | Reuters</title>\n"
            '<meta name="article:section" content="U.S.">\n'
            f'<meta property="og:url" content="{url}">\n'
            '<meta name="article:published_time" content="2025-08-12T14:31:00Z">\n'
            + _jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
                       "articleSection": "U.S.", "dateCreated": "2025-08-12T14:31:00Z",
                       "datePublished": "2025-08-12T14:31:00Z",
                       "author": {"@type": "Person", "name": "David Shepardson"},
                       "publisher": {"@type": "Organization", "name": "Reuters"}}))
    body = (f'<header>{_nav(["World", "Business", "Markets", "Sustainability", "Legal"])}</header>{COOKIE}'
            '<main><div class="article-header"><nav aria-label="breadcrumb"><a href="/world">World</a>'
            f'<a href="/world/us">U.S.</a></nav><h1 data-testid="Heading">{title}</h1>'
            '<div class="info-content"><a rel="author">By David Shepardson</a>'
            '<time datetime="2025-08-12T14:31:00Z">August 12, 2025 2:31 PM UTC</time> '
            '<span>Updated 3 hours ago</span></div></div>'
            '<div class="article-body">'
            + "".join(f'<div data-testid="paragraph-{i}" class="text__text">{escape(p, quote=False)}</div>'
                      for i, p in enumerate(paras))
            + '<p class="sign-off">Our Standards: <a href="/trust">The Thomson Reuters Trust Principles.</a></p>'
            '</div><div class="read-next"><h2>Read Next</h2><a href="/x">Oil steadies as traders weigh '
            'supply outlook</a></div></main>'
            '<footer><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges '
            'and delays.</p><p>© 2025 Reuters. All rights reserved</p></footer>')
    without = ["Our Standards", "Read Next", "All quotes delayed", "We use cookies", "Sustainability"]
    return Page(f"reuters-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Reuters", "date": "2025-08-12", "author": "David Shepardson",
                 "url": url})


def wordpress_like(n=2) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    url = f"https://newsday.co.tt/2025/06/20/{title.lower().replace(' ', '-')[:40]}/"
    head = (f"<title>{title} - Trinidad and Tobago Newsday</title>\n"
            '<meta property="og:site_name" content="Trinidad and Tobago Newsday">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{title} - Trinidad and Tobago Newsday">\n'
            '<meta property="article:published_time" content="2025-06-20T09:15:00-04:00">\n'
            '<meta name="author" content="Paula Lindo">\n'
            f'<link rel="canonical" href="{url}">\n'
            '<link rel="stylesheet" href="/wp-content/themes/newsday/style.css">')
    comments = "".join(
        f'<li class="comment"><div class="comment-author">Reader{i}</div><p>Comment number {i}: this is a '
        f'disgrace and the minister should resign immediately.</p></li>' for i in range(6))
    body = (f'<div id="page"><header id="masthead" class="site-header"><p class="site-title">Newsday</p>'
            f'{_nav(["News", "Business", "Sport", "Features", "Opinion", "Classifieds"])}</header>'
            '<div id="content" class="site-content"><div id="primary"><article class="post type-post">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
            '<span class="byline">Paula Lindo</span> <span class="posted-on">June 20, 2025</span></div></header>'
            '<div class="entry-content">'
            + _ps(paras)
            + '<div class="newsletter-signup"><h3>Get the Newsday newsletter</h3><p>Sign up for our daily '
              'newsletter and never miss a story.</p><form><input type="email"><button>Subscribe</button>'
              '</form></div>'
              '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
              '<li><a class="share-facebook">Facebook</a></li><li><a class="share-twitter">X</a></li>'
              '<li><a class="share-email">Email</a></li></ul></div>'
              '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Ministry promises '
              'action on flooding</p></div></div></article>'
            f'<div id="comments" class="comments-area"><h2 class="comments-title">6 thoughts on '
            f'&ldquo;{title}&rdquo;</h2><ol class="comment-list">{comments}</ol>'
            '<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>'
            '</div><aside id="secondary" class="widget-area"><h2>Latest news</h2><ul><li>Police probe '
            'robbery in Arima</li></ul></aside></div>'
            '<footer id="colophon"><p>Copyright &copy; 2025 Newsday. Powered by WordPress</p></footer></div>')
    without = ["Sign up for our daily newsletter", "Share this:", "Leave a Reply", "Comment number 3",
               "Police probe robbery", "Ministry promises action", "Powered by WordPress", "Classifieds"]
    return Page(f"wordpress-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Trinidad and Tobago Newsday", "date": "2025-06-20",
                 "author": "Paula Lindo", "url": url})


def angular_like(n=3) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = ("<title>{{nrco.contentDetailController.content.title}}</title>\n"
            f'<meta property="og:title" content="{title}">\n'
            '<meta property="og:site_name" content="Northern Ranges Courier">\n'
            '<meta property="og:url" content="https://www.nrcourier.com/news/farm-drought-2025">\n'
            '<script src="/static/angular.min.js"></script>')
    body = ('<div ng-app="nrco" ng-controller="contentDetailController as nrco">'
            '<div class="top-bar">{{nrco.weather.city}} {{nrco.weather.temp}}&deg;</div>'
            f'{_nav(["Local", "State", "Ag News", "Obituaries", "E-Edition"])}'
            '<div class="content-detail"><h1 class="headline">' + title + '</h1>'
            '<div class="byline">By Ruth Anders | <time datetime="2025-07-19">July 19, 2025</time></div>'
            '<div class="story-body">' + _ps(paras) + '</div>'
            '<div class="tags" ng-repeat="tag in nrco.content.tags">{{tag.name}}</div>'
            '<div class="subscribe-box"><p>Subscribe today for unlimited digital access. Only $1 for the '
            'first month.</p></div></div>'
            '<footer><p>Northern Ranges Courier &middot; 100 Main St &middot; Terms of Use &middot; Privacy '
            'Policy</p></footer></div>')
    without = ["{{", "Subscribe today", "Terms of Use", "Obituaries"]
    return Page(f"angular-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Northern Ranges Courier", "date": "2025-07-19",
                 "author": "Ruth Anders", "url": "https://www.nrcourier.com/news/farm-drought-2025"})


def url_date_like(n=4) -> Page:
    """Date only in the URL; title with a leading section and trailing site name; @graph JSON-LD."""
    title, paras = _STORIES[n % len(_STORIES)]
    url = f"https://www.dailyledger.com/2025/05/08/business/{title.lower().replace(' ', '-')[:30]}.html"
    head = (f"<title>{title} - The Daily Ledger</title>\n"
            f'<link rel="canonical" href="{url}">\n'
            + _jsonld({"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "The Daily Ledger", "url": "https://www.dailyledger.com/"},
                {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "name": "Business"}]},
                {"@type": ["NewsArticle"], "headline": title,
                 "author": [{"@type": "Person", "name": "Ana Swanson"}, {"@type": "Person", "name": "Alan Rappeport"}],
                 "publisher": {"@id": "https://www.dailyledger.com/#publisher"}}]}))
    body = (f'<header class="masthead">{_nav(["World", "U.S.", "Politics", "Business", "Opinion"])}'
            '<a class="subscribe">Subscribe for $1/week</a><a>Log in</a></header>'
            '<main><article id="story"><header><p class="kicker">Business</p>'
            f'<h1>{title}</h1><p class="summary">Officials signalled that the decision was close.</p>'
            '<p class="byline">By Ana Swanson and Alan Rappeport</p></header><section name="articleBody">'
            + _ps(paras, '<div class="StoryBodyCompanionColumn"><p>{}</p></div>')
            + '</section><div class="bottom-of-article"><p>A version of this article appears in print on '
              'May 9, 2025, Section B, Page 1 of the New York edition.</p><a>Order Reprints</a> | '
              '<a>Today\u2019s Paper</a> | <a>Subscribe</a></div></article>'
            '<section class="more-in"><h2>More in Business</h2><ul><li>Airline profits climb</li>'
            '<li>Retail sales slip in April</li></ul></section></main>'
            '<footer><a>Site Index</a><a>Terms of Service</a><p>&copy; 2025 The Daily Ledger Company</p></footer>')
    without = ["Order Reprints", "More in Business", "Site Index", "Subscribe for $1/week",
               "Retail sales slip in April"]
    return Page(f"urldate-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "The Daily Ledger", "date": "2025-05-08",
                 "author": "Ana Swanson, Alan Rappeport", "url": url})


def politico_like(n=5) -> Page:
    """<time datetime> only; a newsletter box and an aside inside the story."""
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} - POLITICO</title>\n"
            '<meta property="og:site_name" content="POLITICO">\n'
            '<meta name="author" content="Megan Messerly">\n'
            f'<meta property="og:title" content="{title}">')
    mid = len(paras) // 2
    body = (f'<header class="site-header">{_nav(["Congress", "White House", "Playbook", "Newsletters"])}</header>'
            '<main><div class="story-layout"><h2 class="headline">' + title + '</h2>'
            '<p class="story-meta__authors">By <a>Megan Messerly</a></p>'
            '<p class="story-meta__timestamp"><time datetime="2025-02-11 05:00:23">02/11/2025 05:00 AM EST'
            '</time></p><div class="story-text">'
            + _ps(paras[:mid], '<p class="story-text__paragraph">{}</p>')
            + '<aside class="story-enhancement newsletter-promo"><h3>Sign up for POLITICO Playbook</h3>'
              '<p>Your guide to Washington power, in your inbox every morning.</p>'
              '<input type="email" placeholder="Your Email"><button>Sign Up</button></aside>'
            + _ps(paras[mid:], '<p class="story-text__paragraph">{}</p>')
            + '</div><div class="story-related"><h3>Related</h3><a>Senate braces for spending fight</a></div>'
              '</div></main><footer><p>&copy; 2025 POLITICO LLC</p><a>About Us</a><a>Advertising</a></footer>')
    without = ["Sign up for POLITICO Playbook", "Your guide to Washington", "Senate braces", "Advertising"]
    return Page(f"politico-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "POLITICO", "date": "2025-02-11", "author": "Megan Messerly"})


def short_brief(n=6) -> Page:
    """A two-paragraph brief: short pages must not come out empty."""
    title, paras = _STORIES[n % len(_STORIES)]
    paras = paras[:2]
    head = (f"<title>{title} | Metro Wire</title>\n"
            '<meta property="og:site_name" content="Metro Wire">\n'
            '<meta property="article:published_time" content="2025-09-30T18:02:00+02:00">')
    body = (f'<header>{_nav(["Latest", "Local", "National", "World", "Sport", "Video", "Podcasts"])}</header>'
            f'<div class="wrapper"><article><h1>{title}</h1>' + _ps(paras) + '</article>'
            + _related("Trending", ["Five things to do this weekend", "Traffic alert on the ring road",
                                    "Quiz: how well do you know your city?"])
            + '</div><footer><p>Metro Wire is part of City Media Group. Contact us. Careers. Advertise.</p></footer>')
    without = ["Five things to do", "Traffic alert", "Careers", "Podcasts"]
    return Page(f"brief-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Metro Wire", "date": "2025-09-30"})


def jsonld_only(n=7) -> Page:
    """A client-rendered page: the text is only in JSON-LD articleBody."""
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} | Prairie Post</title>\n"
            + _jsonld({"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": title,
                       "datePublished": "2025-08-01T07:00:00-06:00", "articleBody": "\n\n".join(paras),
                       "author": {"@type": "Person", "name": "Kim Tran"},
                       "publisher": {"@type": "Organization", "name": "Prairie Post"},
                       "mainEntityOfPage": "https://prairiepost.ca/news/smoke-schools"}))
    body = ('<div id="root"><noscript>You need to enable JavaScript to run this app.</noscript></div>'
            '<script src="/static/js/main.8f3a.js"></script>')
    return Page(f"jsonld-{n}", _doc(head, body), _checks(paras), ["enable JavaScript"],
                {"title": title, "source": "Prairie Post", "date": "2025-08-01", "author": "Kim Tran",
                 "url": "https://prairiepost.ca/news/smoke-schools"})


def blog_like(n=0) -> Page:
    """A personal blog: little metadata, <br> line breaks, a comment thread and a sidebar."""
    title, paras = _STORIES[n % len(_STORIES)]
    text = "<br><br>\n".join(escape(p, quote=False) for p in paras)
    head = f"<title>{title} | Notes from the Harbour</title>\n<meta name=\"generator\" content=\"Blogger\">"
    body = ('<div class="header"><h1 class="blog-title"><a href="/">Notes from the Harbour</a></h1>'
            '<p class="description">Musings on ships, trade and the sea</p></div>'
            '<div class="main"><div class="post"><h2 class="post-title">' + title + '</h2>'
            '<div class="post-header"><abbr class="published" title="2025-04-02T08:30:00+01:00">'
            'Wednesday, April 2, 2025</abbr></div><div class="post-body entry-content">' + text + '</div>'
            '<div class="post-footer">Posted by <span class="author">Harbour Watcher</span> at 8:30 AM '
            '<a>Email This</a><a>BlogThis!</a><a>Share to Pinterest</a> Labels: ports, strikes</div></div>'
            '<div class="comments"><h4>3 comments:</h4><dl><dt>Anonymous said...</dt><dd>Great post, '
            'visit my site for cheap watches.</dd><dt>Sailor Sue said...</dt><dd>I remember the last strike '
            'in 1998, it was much worse.</dd></dl><p>Post a Comment</p></div></div>'
            '<div class="sidebar"><h2>Blog Archive</h2><ul><li>2025 (14)</li><li>2024 (31)</li></ul>'
            '<h2>About Me</h2><p>Retired harbour pilot.</p></div>')
    without = ["cheap watches", "Post a Comment", "Blog Archive", "Share to Pinterest", "Retired harbour pilot"]
    return Page(f"blog-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "date": "2025-04-02"})


def table_story(n=4) -> Page:
    """An article with a data table the text refers to."""
    title, paras = _STORIES[n % len(_STORIES)]
    table = ('<table><caption>Rate decisions</caption><tr><th>Meeting</th><th>Decision</th></tr>'
             '<tr><td>March</td><td>Hold at 4.75 percent</td></tr><tr><td>June</td><td>Hold at 4.5 '
             'percent after April cut</td></tr></table>')
    head = (f"<title>{title} — Finance Today</title>\n"
            '<meta property="og:site_name" content="Finance Today">\n'
            + _jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2025-06-19", "author": "Priya Natarajan"}))
    body = (f'<header>{_nav(["Markets", "Economy", "Companies", "Personal Finance"])}</header>{COOKIE}'
            f'<main><article><h1>{title}</h1><p class="byline">Priya Natarajan</p>'
            + _ps(paras[:2]) + table + _ps(paras[2:]) + _share() + '</article>'
            + '<div class="ad-slot">Advertisement</div>'
            + _related("Most read", ["Pension funds shift to bonds"]) + '</main>'
            '<footer>Finance Today Ltd. Registered in England No. 123456</footer>')
    return Page(f"table-{n}", _doc(head, body), _checks(paras) + ["Hold at 4.75 percent"],
                ["Pension funds shift", "Registered in England", "Share on Facebook", "We use cookies"],
                {"title": title, "source": "Finance Today", "date": "2025-06-19", "author": "Priya Natarajan"})


def all_pages() -> list[Page]:
    """The page set: every structure with a few different stories."""
    makers = [bbc_like, reuters_like, wordpress_like, angular_like, url_date_like, politico_like,
              short_brief, jsonld_only, blog_like, table_story]
    return [make(n) for make in makers for n in (makers.index(make), makers.index(make) + 3)]


def write_pages(folder: Path) -> list[Page]:
    """Write the set as ``NAME.html`` + ``NAME.expect.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = all_pages()
    for p in pages:
        (folder / f"{p.name}.html").write_text(p.html, encoding="utf-8")
        (folder / f"{p.name}.expect.json").write_text(json.dumps(p.expectations(), indent=1), encoding="utf-8")
    return pages


if __name__ == "__main__":
    out = write_pages(Path(sys.argv[1]))
    print(f"{len(out)} pages written to {sys.argv[1]}")
