"""A second page set, written after Briefing's HTML rules were fixed, to check that they generalise.

Other structures than ``html_pages``: inline related links and newsletter sign-ups inside the body,
``ADVERTISEMENT`` interstitials, agency copyright lines, a newsletter platform, a Ghost blog,
recommendation widgets, a table-layout site with ``<font>`` and ``<br>``, a page with no metadata.
``python tests/html_pages_more.py DIR`` writes them for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from html_pages import _STORIES, COOKIE, Page, _checks, _doc, _jsonld, _nav, _ps


def guardian_like(n=0) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    mid = len(paras) // 2
    head = (f"<title>{title} | World news | The Guardian</title>\n"
            '<meta property="og:site_name" content="the Guardian">\n'
            f'<meta property="og:title" content="{title}">\n'
            '<meta property="article:published_time" content="2025-10-14T16:05:12.000Z">\n'
            '<meta property="article:author" content="https://www.theguardian.com/profile/ben-quinn">\n'
            '<meta name="author" content="Ben Quinn">\n'
            '<link rel="canonical" href="https://www.theguardian.com/world/2025/oct/14/story">')
    body = ('<div id="bannerandheader"><a href="#maincontent">Skip to main content</a>'
            '<a href="#navigation">Skip to navigation</a><p>Support the Guardian</p><p>Fund independent '
            'journalism with $15 per month</p>' + _nav(["News", "Opinion", "Sport", "Culture", "Lifestyle"])
            + '</div><main id="maincontent"><article><div class="dcr-headline"><h1>' + title + '</h1></div>'
            '<div class="dcr-standfirst"><p>Officials say talks could resume this week.</p></div>'
            '<address aria-label="Contributor info"><a rel="author">Ben Quinn</a></address>'
            '<div class="article-body-commercial-selector article-body-viewer-selector">'
            + _ps(paras[:mid], '<p class="dcr-s23rjr">{}</p>')
            + '<aside data-spacefinder-role="richLink" class="element-rich-link"><p>Related: '
              '<a>Union leaders warn of longer walkout</a></p></aside>'
              '<gu-island name="EmailSignUpWrapper"><div><p>Sign up to First Edition</p><p>Our morning email '
              'breaks down the key stories of the day.</p><p>Privacy Notice: Newsletters may contain info '
              'about charities, online ads, and content funded by outside parties.</p></div></gu-island>'
            + _ps(paras[mid:], '<p class="dcr-s23rjr">{}</p>')
            + '</div><div class="submeta"><span>Explore more on these topics</span><a>Strikes</a><a>Shipping'
              '</a><a>Reuse this content</a></div></article>'
              '<section data-link-name="most-viewed"><h2>Most viewed</h2><ol><li>Aurora seen as far south as '
              'Spain</li></ol></section></main><footer><p>© 2025 Guardian News &amp; Media Limited or its '
              'affiliated companies. All rights reserved.</p></footer>')
    without = ["Skip to main content", "Support the Guardian", "Union leaders warn", "Sign up to First Edition",
               "Our morning email breaks down",
               "Privacy Notice", "Explore more on these topics", "Reuse this content", "Aurora seen"]
    return Page(f"guardian-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "the Guardian", "date": "2025-10-14", "author": "Ben Quinn"})


def ap_like(n=1) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} | AP News</title>\n"
            '<meta property="og:site_name" content="AP News">\n'
            + _jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2025-01-22T21:14:03Z", "author": ["Jill Lawless"],
                       "publisher": {"@type": "Organization", "name": "Associated Press"}}))
    parts = []
    for i, p in enumerate(paras):
        parts.append(f"<p>{p}</p>")
        if i == 1:
            parts.append('<div class="Advertisement"><div class="Advertisement-label">ADVERTISEMENT</div></div>')
    body = (f'<header class="Page-header">{_nav(["World", "U.S.", "Politics", "Sports", "Entertainment"])}</header>'
            f'{COOKIE}<main><div class="Page-headline"><h1>{title}</h1></div><div class="Page-authors">'
            'By <a>JILL LAWLESS</a></div><bsp-timestamp data-timestamp="1737580443000"><span>Updated 9:14 PM '
            'GMT, January 22, 2025</span></bsp-timestamp><div class="RichTextStoryBody RichTextBody">'
            + "".join(parts) + '</div><div class="Page-below"><p>Copyright 2025 The Associated Press. All '
            'rights reserved. This material may not be published, broadcast, rewritten or redistributed '
            'without permission.</p></div></main><div class="Page-footer"><p>The Associated Press is an '
            'independent global news organization dedicated to factual reporting.</p></div>')
    without = ["ADVERTISEMENT", "This material may not be published", "independent global news organization",
               "We use cookies"]
    return Page(f"ap-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "AP News", "date": "2025-01-22", "author": "Jill Lawless"})


def newsletter_like(n=2) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} - by Dana Ortiz - Harbor Notes</title>\n"
            '<meta property="og:site_name" content="Harbor Notes">\n'
            f'<meta property="og:title" content="{title}">\n'
            '<meta name="author" content="Dana Ortiz">\n'
            + _jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2025-11-03T12:00:41+00:00",
                       "author": [{"@type": "Person", "name": "Dana Ortiz", "url": "https://x.example/@dana"}]}))
    body = ('<div class="main-menu"><a>Harbor Notes</a><a>Subscribe</a><a>Sign in</a></div>'
            f'<div class="single-post"><h1 class="post-title">{title}</h1><div class="post-header">'
            '<span>Dana Ortiz</span><span>Nov 03, 2025</span><button>Share</button></div>'
            '<div class="available-content"><div class="body markup">' + _ps(paras)
            + '</div></div><div class="subscription-widget"><p>Thanks for reading Harbor Notes! Subscribe '
              'for free to receive new posts and support my work.</p><input placeholder="Type your email...">'
              '<button>Subscribe</button></div><div class="post-footer"><a>Like</a><a>Comment</a>'
              '<a>Restack</a></div><div class="comments-section"><p>Leave a comment</p><p>Great piece, '
              'thanks Dana!</p></div></div><div class="footer"><p>© 2025 Dana Ortiz</p><p>Start writing'
              '</p></div>')
    without = ["Thanks for reading Harbor Notes", "Type your email", "Restack", "Great piece, thanks Dana",
               "Start writing"]
    return Page(f"newsletter-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Harbor Notes", "date": "2025-11-03", "author": "Dana Ortiz"})


def ghost_like(n=3) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title}</title>\n"
            '<meta property="og:site_name" content="Field Reports">\n'
            '<meta property="article:published_time" content="2025-05-27T10:20:00.000Z">\n'
            '<meta name="generator" content="Ghost 5.82">')
    body = ('<div class="site"><header id="gh-head">' + _nav(["Home", "About", "Archive"])
            + '<a class="gh-head-btn">Subscribe</a></header><main class="site-main"><article class="post">'
            f'<header class="gh-article-header"><h1 class="gh-article-title">{title}</h1><div class="gh-article-meta">'
            '<time datetime="2025-05-27">May 27, 2025</time> — 4 min read</div></header>'
            '<section class="gh-content gh-canvas">' + _ps(paras)
            + '<div class="kg-card kg-signup-card"><h2>Sign up for more like this.</h2><p>Enter your email</p>'
              '</div></section></article><section class="gh-read-next"><h3>Read next</h3><p>Cattle prices climb '
              'again</p></section></main><footer class="gh-foot"><p>Field Reports © 2025</p>'
              '<p>Powered by Ghost</p></footer></div>')
    without = ["Sign up for more like this", "Cattle prices climb", "Powered by Ghost", "4 min read"]
    return Page(f"ghost-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "Field Reports", "date": "2025-05-27"})


def recirculation_like(n=4) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = (f"<title>{title} - The Valley Sentinel</title>\n"
            '<meta property="og:site_name" content="The Valley Sentinel">\n'
            '<meta itemprop="datePublished" content="2025-03-19T08:00:00-05:00">\n'
            '<meta name="author" content="By Carl Ng">')
    widget = ('<div id="taboola-below-article-thumbnails"><h3>You May Like</h3><p>Sponsored</p><a>Doctors stunned '
              'by this one simple trick</a><a>Homeowners in your area are switching</a></div>')
    body = (f'<div class="topbar">{_nav(["Local", "Crime", "Schools", "Sports", "Obituaries", "Contests"])}</div>'
            f'<div class="container"><div class="col-main"><h1 itemprop="headline">{title}</h1>'
            '<div class="article-meta">Carl Ng, Staff Writer</div><div itemprop="articleBody" class="article-text">'
            + _ps(paras) + f'</div>{widget}<div class="recommended"><h3>Recommended for you</h3><ul><li>School '
            'board names new superintendent</li></ul></div></div><div class="col-rail"><div class="weather">'
            'Today 54°F Cloudy</div><div class="poll">Poll: Should the city add bike lanes?</div></div></div>'
            '<div class="footer">The Valley Sentinel, 12 River Rd. Subscriber Services. Place an Ad.</div>')
    without = ["You May Like", "Doctors stunned", "Recommended for you", "School board names", "54°F",
               "Should the city add bike lanes", "Place an Ad"]
    return Page(f"recirc-{n}", _doc(head, body), _checks(paras), without,
                {"title": title, "source": "The Valley Sentinel", "date": "2025-03-19", "author": "Carl Ng"})


def table_layout(n=5) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    text = "<br>\n<br>\n".join(paras)
    head = f"<title>County Courier Online - {title}</title>"
    body = ('<table width="100%"><tr><td class="nav" width="150"><a href="/">Home</a><br><a>Archives</a><br>'
            '<a>Classifieds</a><br><a>Contact the editor</a></td><td class="content" valign="top">'
            f'<font size="5"><b>{title}</b></font><br><font size="2">Posted 11/18/2025</font><br><br>'
            f'<font face="Arial">{text}</font><br><br><font size="1">Back to top | Printer friendly version'
            '</font></td></tr></table><center><font size="1">Copyright 2025 County Courier. Site by RuralWeb'
            '</font></center>')
    without = ["Archives", "Contact the editor", "Printer friendly", "Site by RuralWeb"]
    return Page(f"tables-{n}", _doc(head, body), _checks(paras), without, {"title": title})


def bare_page(n=6) -> Page:
    title, paras = _STORIES[n % len(_STORIES)]
    head = f"<title>{title}</title>"
    body = (f'<div id="top"><a href="/">Legal Beat</a> | <a>Cases</a> | <a>About</a></div><h2>{title}</h2>'
            + "".join(f"<div>{p}</div>" for p in paras)
            + '<div id="bottom">Legal Beat is a reader-supported site. <a>Donate</a></div>')
    return Page(f"bare-{n}", _doc(head, body), _checks(paras), ["reader-supported", "Donate"], {"title": title})


def all_pages() -> list[Page]:
    makers = [guardian_like, ap_like, newsletter_like, ghost_like, recirculation_like, table_layout, bare_page]
    return [make(n) for i, make in enumerate(makers) for n in (i, i + 4)]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for p in all_pages():
        (folder / f"{p.name}.html").write_text(p.html, encoding="utf-8")
        (folder / f"{p.name}.expect.json").write_text(json.dumps(p.expectations(), indent=1), encoding="utf-8")
    print(f"{len(all_pages())} pages written to {folder}")
