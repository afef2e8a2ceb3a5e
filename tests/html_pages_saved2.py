"""Pages as readers save them today, in shapes the other sets leave out: a Substack issue saved from a mail client
(Thunderbird's header table above the e-mail's layout tables), a Ghost 5 post with callout, toggle and header cards,
a Medium story on a publication's own domain, a WordPress block theme's post (``wp-block-post-*``, its terms line
inside the content), a Blogger post (date header, 'Posted by … at …', 'Labels: …', 'Newer Post Older Post Home'), an
AMP page saved from the AMP cache with its analytics configuration and an accordion, Safari's reader view, a
SingleFile save of an Italian outlet (fonts as data URIs, elements SingleFile hid marked ``sf-hidden``), a Portuguese
outlet saved 'complete' beside its ``_files`` folder, a German print view ('Druckversion'), a French and a Spanish
outlet with dates only shown in their languages, an Arabic story with an English translation box, a live ticker in
German and a page whose paywall shows a soft teaser and its offer.

Every page is generated here (no real page is copied; the stories are invented). ``quotes`` lists (speaker, words)
the story quotes. ``python tests/html_pages_saved2.py DIR`` writes the set for ``benchmarks/eval_html.py``.
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


# --- a Substack issue saved from a mail client --------------------------------------------------------------------

_TIDES = ["The harbour authority has quietly dropped its plan to dredge the inner basin, three years after it told "
          "fishermen the work would start within months.",
          "Minutes of a board meeting in October, which I obtained this week, show the dredging was cut to pay for "
          "repairs to the lock gates.",
          "\u201cNobody told us a thing,\u201d said Callum Reid, who has fished out of the harbour for thirty years. "
          "\u201cWe found out from the minutes, like everyone else.\u201d",
          "The authority said the dredging had been postponed, not cancelled, and would be looked at again next "
          "spring.",
          "Boats with a deeper keel already have to wait for high tide to come in, which costs them a day's fishing "
          "every week in winter."]


def substack_email() -> Saved:
    """A Substack issue as it reached a reader, saved from Thunderbird ('Save As', HTML): the mail client's header
    table (Subject, From, Date, To), the e-mail's preheader, 'View in browser' link, layout tables with inline
    styles, the post's 'Like', 'Comment', 'Restack' buttons, a 'Subscribe' button, the footer's address and
    'Unsubscribe'."""
    title = "The dredging that never came"
    td = 'style="font-family:Georgia,serif;font-size:18px;line-height:1.6;color:#363737;padding:0 0 20px;"'
    rows = "".join(f"<tr><td {td}>{escape(x, quote=False)}</td></tr>" for x in _TIDES)
    header = ('<table class="moz-header-part1 moz-main-header" border="0" cellspacing="0" cellpadding="0" '
              'width="100%"><tr><td><div class="moz-header-display-name" style="display:inline;">Subject: </div>'
              f'{title}</td></tr><tr><td><div class="moz-header-display-name" style="display:inline;">From: </div>'
              'Harbour Lines &lt;harbourlines@substack.com&gt;</td></tr><tr><td><div class="moz-header-display-name" '
              'style="display:inline;">Date: </div>Mon, 7 Dec 2026 07:02:11 +0000</td></tr></table>'
              '<table class="moz-header-part2 moz-main-header" border="0" cellspacing="0" cellpadding="0" '
              'width="100%"><tr><td><div class="moz-header-display-name" style="display:inline;">To: </div>'
              'reader@mail.example</td></tr></table><br>')
    body = (header + '<div class="moz-text-html" lang="x-unicode"><div style="display:none;font-size:1px;'
            'max-height:0;overflow:hidden;">Minutes show the money went to the lock gates \u034f \u034f \u034f</div>'
            '<table class="email-body-container" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="550" cellpadding="0" cellspacing="0"><tr><td style="text-align:right;font-size:13px;">'
            '<a href="https://harbourlines.substack.com/p/the-dredging-that-never-came">View in browser</a></td></tr>'
            f'<tr><td><h1 style="font-size:32px;"><a href="https://harbourlines.substack.com/p/the-dredging">{title}'
            '</a></h1></td></tr><tr><td style="font-size:16px;color:#777;padding-bottom:6px;">Minutes show the money '
            'went to the lock gates instead</td></tr><tr><td style="font-size:13px;color:#777;padding-bottom:24px;">'
            'Isla Munro</td></tr>'
            f'{rows}<tr><td><table><tr><td><a href="#">Like</a></td><td><a href="#">Comment</a></td><td>'
            '<a href="#">Restack</a></td></tr></table></td></tr><tr><td style="padding:24px;text-align:center;">'
            '<a href="#" style="background:#ff6719;color:#fff;padding:12px 24px;">Subscribe to Harbour Lines</a>'
            '</td></tr><tr><td style="font-size:12px;color:#999;">\u00a9 2026 Isla Munro<br>548 Market Street PMB '
            '72296, San Francisco, CA 94104<br><a href="#">Unsubscribe</a></td></tr></table></td></tr></table>'
            '</div>')
    head = f'<title>{title}</title><meta http-equiv="content-type" content="text/html; charset=UTF-8">'
    return Saved("substack-email", _doc(head, body).encode(), {"title": title, "date": "2026-12-07"},
                 _TIDES, ["View in browser", "Restack", "Subscribe to Harbour Lines", "548 Market Street",
                          "Unsubscribe", "reader@mail.example", "harbourlines@substack.com", "\u034f"],
                 [("Callum Reid", "Nobody told us a thing")], min_paras=5)


# --- a Ghost 5 post with its cards --------------------------------------------------------------------------------

_BAKERY = ["A bakery that has opened at four every morning since 1952 will close its doors on Christmas Eve because "
           "its owners can no longer find anyone to work the night shift.",
           "Tomasz Nowak, whose father bought the bakery in 1981, said he had advertised the job for eleven months "
           "without a single applicant.",
           "\u201cPeople want the bread, but nobody wants to get up at two in the morning to make it,\u201d he said.",
           "The building has been sold to a developer, who plans to turn it into four flats.",
           "Regulars have started a petition asking the council to list the bakery's original brick oven."]


def ghost_cards() -> Saved:
    """A Ghost 5 post: a header card, a callout card ('Got a story?'), a toggle card (an FAQ), a signup card and a
    'You might also like' feed after the post, the site's portal button and a members-only comments note."""
    title = "Night-shift shortage closes 74-year-old bakery"
    url = "https://www.thelocalloaf.example/night-shift-shortage-closes-bakery/"
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "url": url,
          "datePublished": "2026-12-04T06:15:00.000Z", "publisher": {"@type": "Organization", "name": "The Local Loaf"},
          "author": {"@type": "Person", "name": "Priya Raman", "url": "https://www.thelocalloaf.example/author/priya/"}}
    head = (f"<title>{title}</title>" + _ld(ld) + f'<link rel="canonical" href="{url}">'
            '<meta name="generator" content="Ghost 5.96"><meta property="og:site_name" content="The Local Loaf">')
    body = ('<div class="gh-site"><header class="gh-navigation"><a class="gh-navigation-logo" href="/">The Local Loaf'
            '</a><a href="#/portal/signup" data-portal="signup">Subscribe</a></header><main class="gh-main">'
            '<article class="gh-article post tag-news"><header class="gh-article-header gh-canvas">'
            f'<a class="gh-article-tag" href="/tag/news/">News</a><h1 class="gh-article-title">{title}</h1>'
            '<div class="gh-article-meta"><span class="gh-article-author-name"><a href="/author/priya/">Priya Raman'
            '</a></span><time class="gh-article-meta-date" datetime="2026-12-04">Dec 4, 2026</time>'
            '<span class="gh-article-meta-length">\u2014 3 min read</span></div></header>'
            '<section class="gh-content gh-canvas is-body">'
            f'{_p(_BAKERY[0])}<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
            '\U0001f4a1</div><div class="kg-callout-text">Got a story about a local business? Email the newsroom at '
            f'tips@thelocalloaf.example</div></div>{_ps(_BAKERY[1:3])}'
            '<div class="kg-card kg-header-card kg-v2 kg-width-full"><div class="kg-header-card-content"><h2 '
            'class="kg-header-card-heading">Subscribe for the morning bake</h2><p class="kg-header-card-subheading">'
            'Free, every weekday, straight to your inbox</p><a class="kg-header-card-button" href="#/portal/signup">'
            f'Sign up free</a></div></div>{_ps(_BAKERY[3:])}'
            '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 '
            'class="kg-toggle-heading-text">How do I support The Local Loaf?</h4><button class="kg-toggle-card-icon">'
            '</button></div><div class="kg-toggle-content"><p>Become a paying member for five pounds a month and '
            'keep local reporting free for everyone.</p></div></div></section></article>'
            '<section class="gh-comments gh-canvas"><p>Join the discussion. Become a member of The Local Loaf to '
            'start commenting.</p><a href="#/portal/signup">Sign up now</a></section></main>'
            '<section class="gh-container gh-more"><h2 class="gh-container-title">You might also like</h2>'
            '<article class="gh-card"><a href="/p/1"><h3 class="gh-card-title">Butcher wins county sausage prize'
            '</h3><p class="gh-card-excerpt">A recipe kept secret for three generations</p></a></article>'
            '</section><footer class="gh-footer">Powered by Ghost</footer></div>')
    return Saved("ghost-cards", _doc(head, body).encode(),
                 {"title": title, "source": "The Local Loaf", "date": "2026-12-04", "author": "Priya Raman",
                  "url": url},
                 _BAKERY, ["Got a story", "tips@thelocalloaf", "Subscribe for the morning bake", "Sign up free",
                           "How do I support", "five pounds a month", "Join the discussion", "You might also like",
                           "sausage prize", "Powered by Ghost", "3 min read"],
                 [("Nowak", "nobody wants to get up")], min_paras=5)


# --- a Medium story on a publication's own domain ----------------------------------------------------------------

_SENSORS = ["Last winter we put forty cheap air-quality sensors on lamp posts along the school run, and the readings "
            "surprised everyone, including us.",
            "The worst air was not on the main road but in the side street where parents wait with their engines "
            "running at half past three.",
            "We shared the numbers with the head teacher, who asked parents to switch off while they waited. Within "
            "a month the afternoon peak had fallen by a third.",
            "\u201cI had no idea the car was the problem, I thought it was the lorries,\u201d one father told us "
            "outside the gate.",
            "The sensors cost less than thirty pounds each, and the code we wrote to read them is free for anyone "
            "to use."]


def medium_publication() -> Saved:
    """A Medium story on a publication's own domain (not medium.com): 'Member-only story', the author's
    'Follow' and 'Published in' line, '7 min read · Dec 2, 2026', 'Listen' and 'Share', a highlighted
    pull-quote, claps and responses, the 'Written by' card with follower counts and 'Recommended from Medium'."""
    title = "Forty sensors and the school run"
    url = "https://streetdata.example/forty-sensors-and-the-school-run-4b1e9c2a7d10"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "name": title,
          "url": url, "datePublished": "2026-12-02T09:41:07.118Z", "dateModified": "2026-12-03T10:00:00.000Z",
          "author": {"@type": "Person", "name": "Ola Adeyemi", "url": "https://medium.com/@olaadeyemi"},
          "publisher": {"@type": "Organization", "name": "Street Data",
                        "url": "https://streetdata.example"}}
    head = (f"<title>{title} | by Ola Adeyemi | Street Data</title>" + _ld(ld)
            + '<meta property="og:site_name" content="Medium"><meta name="author" content="Ola Adeyemi">'
            f'<link rel="canonical" href="{url}">')
    pq = '<blockquote class="pullquote"><p>The worst air was not on the main road.</p></blockquote>'
    body = ('<div id="root"><div class="a b c"><nav><a href="/">Street Data</a><a href="/m/signin">Sign in</a>'
            '</nav><article><div class="l"><section><div class="pw-post-title-wrapper"><div><span>Member-only story'
            f'</span></div><h1 class="pw-post-title" data-testid="storyTitle">{title}</h1></div>'
            '<div class="speechify-ignore"><div><a data-testid="authorName" href="https://medium.com/@olaadeyemi">'
            'Ola Adeyemi</a><span>\u00b7</span><button>Follow</button></div><div>Published in <a href="/">Street '
            'Data</a></div><div><span data-testid="storyReadTime">7 min read</span><span>\u00b7</span>'
            '<span data-testid="storyPublishDate">Dec 2, 2026</span></div><div><span>--</span><span>3</span>'
            '<button>Listen</button><button>Share</button></div></div>'
            + "".join(f'<p class="pw-post-body-paragraph" data-selectable-paragraph="">{escape(x, quote=False)}</p>'
                      for x in _SENSORS[:2]) + pq
            + "".join(f'<p class="pw-post-body-paragraph" data-selectable-paragraph="">{escape(x, quote=False)}</p>'
                      for x in _SENSORS[2:])
            + '</section></div></article><div><span>--</span><span>3</span><button>Share</button></div>'
            '<div class="author-card"><h2>Written by Ola Adeyemi</h2><span>1.2K Followers</span><span>\u00b7 Writer '
            'for Street Data</span><p>Maps, sensors and the streets we live on.</p><button>Follow</button></div>'
            '<div><h2>Responses (3)</h2><p>What are your thoughts?</p></div><div><h2>Recommended from Medium</h2>'
            '<h3>Why your city needs a bench map</h3><h3>I tracked every bus for a year</h3></div></div></div>')
    return Saved("medium-publication", _doc(head, body).encode(),
                 {"title": title, "source": "Street Data", "date": "2026-12-02", "author": "Ola Adeyemi", "url": url},
                 _SENSORS, ["Member-only story", "Follow", "7 min read", "Listen", "Written by", "1.2K Followers",
                            "Responses (3)", "What are your thoughts", "Recommended from Medium", "bench map"],
                 min_paras=5)


# --- a WordPress block theme --------------------------------------------------------------------------------------

_LIBRARY = ["The town library will open on Sundays from January for the first time in its 120-year history, after a "
            "local firm agreed to pay for the extra staff.",
            "The library board approved the plan on Thursday night by six votes to one.",
            "\u201cSunday is the only day many working families can come in together,\u201d said Grace Okafor, the "
            "head librarian. \u201cWe have been asked for this for years.\u201d",
            "The single vote against came from a member who said the library should not depend on a private "
            "sponsor.",
            "The Sunday opening will run from noon until four as a one-year trial."]


def wordpress_block_theme() -> Saved:
    """A post of a WordPress block theme (Twenty Twenty-Four): ``wp-block-post-title``, ``wp-block-post-date``,
    ``wp-block-post-author-name``, the ``wp-block-post-content`` holding the story and, inside it at the end, the
    ``wp-block-post-terms`` lines ('Categories: …', 'Tags: …'), post navigation, the comments block and a 'More
    posts' query loop."""
    title = "Library to open on Sundays for first time"
    url = "https://millbrookvoice.example/2026/12/05/library-sunday-opening/"
    head = (f"<title>{title} \u2013 Millbrook Voice</title>"
            '<meta name="generator" content="WordPress 6.7"><link rel="canonical" href="' + url + '">'
            '<meta property="og:site_name" content="Millbrook Voice">')
    terms = ('<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">'
             'Categories: </span><a href="/category/community/" rel="tag">Community</a><span class="wp-block-post-'
             'terms__separator">, </span><a href="/category/libraries/" rel="tag">Libraries</a></div>'
             '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tags: '
             '</span><a href="/tag/sunday-opening/" rel="tag">Sunday opening</a><span class="wp-block-post-terms__'
             'separator"> | </span><a href="/tag/library-board/" rel="tag">library board</a></div>')
    body = ('<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">'
            '<a href="/">Millbrook Voice</a></p><nav class="wp-block-navigation"><a href="/news/">News</a>'
            '<a href="/about/">About</a></nav></header><main class="wp-block-group">'
            f'<h1 class="wp-block-post-title">{title}</h1><div class="wp-block-group is-layout-flex">'
            '<div class="wp-block-post-date"><time datetime="2026-12-05T18:20:00+00:00">December 5, 2026</time></div>'
            '<div class="wp-block-post-author-name">Nadia Flores</div></div>'
            '<div class="entry-content wp-block-post-content is-layout-constrained">'
            + "".join(f'<p class="wp-block-paragraph">{escape(x, quote=False)}</p>' for x in _LIBRARY)
            + terms + '</div><nav class="wp-block-post-navigation-link"><a href="/p/prev">Previous: Gritters out '
            'early as frost forecast</a></nav><div class="wp-block-comments"><h2 class="wp-block-comments-title">'
            'One response to \u201cLibrary to open on Sundays\u201d</h2><ol class="wp-block-comment-template"><li>'
            '<div class="wp-block-comment-content"><p>About time too, well done to everyone involved.</p></div></li>'
            '</ol><div class="wp-block-post-comments-form"><h3>Leave a Reply</h3></div></div>'
            '<div class="wp-block-query"><h2>More posts</h2><ul class="wp-block-post-template"><li>'
            '<h3 class="wp-block-post-title"><a href="/p/2">Skate park plans go on show</a></h3></li></ul></div>'
            '</main><footer class="wp-block-template-part"><p>Designed with WordPress</p></footer></div>')
    return Saved("wordpress-block-theme", _doc(head, body).encode(),
                 {"title": title, "source": "Millbrook Voice", "date": "2026-12-05", "author": "Nadia Flores",
                  "url": url},
                 _LIBRARY, ["Categories:", "Community, Libraries", "Tags:", "Sunday opening | library board",
                            "Previous:", "One response", "About time too", "Leave a Reply", "More posts",
                            "Skate park", "Designed with WordPress"],
                 [("Grace Okafor|head librarian", "working families")], min_paras=5)


# --- a Blogger post -----------------------------------------------------------------------------------------------

_OWLS = ["For the third winter running a pair of barn owls has nested in the old grain store at the edge of the "
         "village, and this year they raised four chicks.",
         "The grain store belongs to the parish council, which agreed last spring to leave its upper floor alone "
         "until the owls had gone.",
         "Local birdwatcher Edith Crane, who has kept a diary of every sighting since 2019, said the chicks "
         "fledged in the second week of November.",
         "\u201cFour is a very good year for barn owls round here,\u201d she said. \u201cThe voles must have had a "
         "good summer too.\u201d",
         "The council has asked walkers to keep dogs on leads near the store until the spring."]


def blogger_post() -> Saved:
    """A Blogger (blogspot) post: the date header above the post, ``post-body entry-content`` with ``<br>``
    breaks between paragraphs, 'Posted by … at …', 'Labels: …', share links, 'No comments:', 'Post a Comment',
    'Newer Post Older Post Home', 'Subscribe to: Post Comments (Atom)', the blog archive and 'Powered by Blogger'."""
    title = "Barn owls raise four chicks in the grain store"
    url = "https://ashcombewildlife.blogspot.com/2026/12/barn-owls-raise-four-chicks.html"
    head = (f"<title>Ashcombe Wildlife Diary: {title}</title>"
            '<meta content="blogger" name="generator"><link href="' + url + '" rel="canonical">'
            f'<meta content="{url}" property="og:url"><meta content="{title}" property="og:title">')
    text = "<br><br>".join(escape(x, quote=False) for x in _OWLS)
    body = ('<div class="content-outer"><header><div class="header-inner"><h1 class="title"><a href="/">Ashcombe '
            'Wildlife Diary</a></h1><p class="description">Notes on the birds and beasts of one small parish</p>'
            '</div></header><div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer">'
            '<h2 class="date-header"><span>Monday, December 7, 2026</span></h2><div class="date-posts">'
            '<div class="post-outer"><div class="post hentry" itemprop="blogPost"><a name="1842"></a>'
            f'<h3 class="post-title entry-title" itemprop="name">{title}</h3><div class="post-header"></div>'
            f'<div class="post-body entry-content" id="post-body-1842" itemprop="description articleBody">{text}'
            '<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line '
            'post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">'
            '<span itemprop="name">Martin Hale</span></span></span> <span class="post-timestamp">at <a class='
            '"timestamp-link" href="' + url + '"><abbr class="published" title="2026-12-07T09:30:00Z">9:30 AM'
            '</abbr></a></span> <span class="post-comment-link"><a href="#comments">No comments:</a></span>'
            '<div class="post-share-buttons"><a href="#">Email This</a><a href="#">BlogThis!</a><a href="#">Share '
            'to X</a><a href="#">Share to Facebook</a></div></div><div class="post-footer-line post-footer-line-2">'
            '<span class="post-labels">Labels: <a href="/search/label/barn%20owls" rel="tag">barn owls</a>, '
            '<a href="/search/label/parish%20council" rel="tag">parish council</a></span></div></div></div>'
            '<div class="comments" id="comments"><h4>No comments:</h4><div id="comment-form"><h4 id="comment-post-'
            'message">Post a Comment</h4></div></div></div></div></div></div><div class="blog-pager" id="blog-pager">'
            '<a class="blog-pager-newer-link" href="/p/n">Newer Post</a> <a class="blog-pager-older-link" href="/p/o">'
            'Older Post</a> <a class="home-link" href="/">Home</a></div><div class="blog-feeds"><div class="feed-links">'
            'Subscribe to: <a class="feed-link" href="/feeds/1842/comments/default">Post Comments (Atom)</a></div>'
            '</div></div><aside class="sidebar"><h2>Blog Archive</h2><ul><li>2026 (14)</li><li>2025 (31)</li></ul>'
            '</aside><footer>Powered by Blogger.</footer></div>')
    return Saved("blogger-post", _doc(head, body).encode(),
                 {"title": title, "source": "Ashcombe Wildlife Diary", "date": "2026-12-07", "author": "Martin Hale",
                  "url": url},
                 _OWLS, ["Posted by", "Labels:", "barn owls, parish council", "No comments", "Post a Comment",
                         "Newer Post", "Older Post", "Subscribe to:", "Post Comments (Atom)", "Blog Archive",
                         "Powered by Blogger", "Email This", "BlogThis", "birds and beasts"],
                 [("Edith Crane|birdwatcher|she", "very good year")], min_paras=5)


# --- an AMP page from the AMP cache --------------------------------------------------------------------------------

_FLOOD = ["Engineers have finished the first stage of a flood wall along the river through the town centre, two "
          "years after water reached the high street for the third time in a decade.",
          "The wall, made of concrete faced with local stone, runs for 400 metres from the old bridge to the "
          "railway embankment.",
          "\u201cIt will not stop every flood, but it buys us time to get people out,\u201d said Aled Jenkins, who "
          "leads the project for the environment agency.",
          "The second stage, on the opposite bank, is due to start in the spring and will cost another eleven "
          "million pounds.",
          "Shopkeepers said insurers had already begun to lower premiums on the streets behind the wall."]


def amp_cache_page() -> Saved:
    """An AMP page saved from the AMP cache (``*.cdn.ampproject.org``): ``<html ⚡>`` with the AMP boilerplate,
    ``amp-analytics`` whose JSON configuration holds strings, an ``amp-accordion`` of 'More on this story', an
    ``amp-sticky-ad``, ``amp-carousel`` of related stories and the canonical link to the page's own address."""
    title = "Flood wall first stage finished"
    url = "https://www.valleyherald.example/news/flood-wall-first-stage-finished-48213"
    analytics = json.dumps({"requests": {"pageview": "https://stats.example/p?u=${canonicalUrl}"},
                            "vars": {"section": "News", "headline": "Flood wall first stage finished", "note":
                                     "Engineers have finished the first stage of a flood wall along the river. "
                                     "Readers of the valley edition count here too."},
                            "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}}})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "mainEntityOfPage": url,
          "datePublished": "2026-12-03T16:05:00+00:00", "author": {"@type": "Person", "name": "Carys Lloyd"},
          "publisher": {"@type": "Organization", "name": "Valley Herald"}}
    head = ('<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js">'
            '</script><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
            'animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{'
            '-webkit-animation:none;animation:none}</style></noscript><style amp-custom>.a{color:#222}</style>'
            f'<title>{title} | Valley Herald</title><link rel="canonical" href="{url}">' + _ld(ld))
    body = ('<amp-analytics type="googleanalytics"><script type="application/json">' + analytics + '</script>'
            '</amp-analytics><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">News</a></li><li>'
            '<a href="/sport">Sport</a></li></ul></amp-sidebar><header><a href="/">Valley Herald</a></header>'
            f'<article><h1>{title}</h1><p class="byline">By Carys Lloyd</p><p class="date">3 December 2026</p>'
            '<amp-img src="wall.jpg" width="800" height="450" layout="responsive" alt="The flood wall"></amp-img>'
            f'{_ps(_FLOOD[:3])}<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"><div '
            f'placeholder>Advertisement</div></amp-ad>{_ps(_FLOOD[3:])}</article>'
            '<amp-accordion><section><h2>More on this story</h2><div><p>Council to review flood plan after storm'
            '</p><p>Insurers told to explain premium rises</p></div></section></amp-accordion>'
            '<amp-carousel type="carousel" height="200" layout="fixed-height"><div><h3>Bridge repairs to start in '
            'June</h3></div><div><h3>River levels rise after heavy rain</h3></div></amp-carousel>'
            '<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick"></amp-ad>'
            '</amp-sticky-ad><footer>\u00a9 Valley Herald 2026</footer>')
    html = f'<!doctype html><html \u26a1 lang="en"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return Saved("amp-cache-page", html.encode(),
                 {"title": title, "source": "Valley Herald", "date": "2026-12-03", "author": "Carys Lloyd",
                  "url": url},
                 _FLOOD, ["Advertisement", "More on this story", "Council to review", "Bridge repairs",
                          "River levels rise", "Readers of the valley edition", "googleanalytics", "Sport"],
                 [("Aled Jenkins|leads the project", "buys us time")], min_paras=5)


# --- Safari's reader view -----------------------------------------------------------------------------------------

_TRAIN = ["A sleeper train between the capital and the northern coast will run again from May, eight years after the "
          "last one was withdrawn to save money.",
          "The new service will leave at ten each night and arrive a little after seven the next morning, with "
          "cabins for one or two people and a lounge car.",
          "\u201cWe think there are a lot of people who would rather sleep than fly,\u201d said Hanna Lind, the "
          "operator's chief executive.",
          "Tickets go on sale in February. A berth in a shared cabin will cost about the same as a hotel room."]


def safari_reader() -> Saved:
    """A story saved from Safari's reader ('Save As' while Reader is on): ``#article`` with ``.page`` and the
    reader's title, byline and ``.metadata`` line, the site's name above, no metadata of the page at all but
    its ``<title>``, and the reader's own styles."""
    title = "Sleeper train to return after eight years"
    body = ('<div id="background"><div id="article" role="article" tabindex="0"><div class="page" '
            'style="text-rendering: optimizelegibility;"><h1 class="title">' + title + '</h1>'
            '<div class="metadata singleline"><span class="byline">Mika Str\u00f6m</span> \u2022 '
            '<span class="date">Dec 6, 2026</span></div>'
            + "".join(f'<p>{escape(x, quote=False)}</p>' for x in _TRAIN)
            + '</div></div></div>')
    head = (f"<title>{title}</title><style id=\"article-content\">#article {{ font-family: -apple-system; }}"
            ".page { max-width: 38em; } .metadata { color: #888; }</style>")
    return Saved("safari-reader", _doc(head, body).encode(), {"title": title, "date": "2026-12-06",
                                                               "author": "Mika Str\u00f6m"},
                 _TRAIN, ["\u2022", "font-family"], [("Hanna Lind|chief executive", "rather sleep than fly")],
                 min_paras=4)


# --- a SingleFile save of an Italian outlet -----------------------------------------------------------------------

_PONTE = ["Il ponte sul fiume Adige chiuso da due anni riaprirà al traffico il 15 gennaio, ha annunciato ieri il "
          "sindaco al termine di un sopralluogo sul cantiere.",
          "I lavori, costati quasi dodici milioni di euro, hanno rinforzato i piloni danneggiati dalla piena del "
          "2024.",
          "\u00abFinalmente i pendolari potranno smettere di fare venti chilometri di deviazione ogni mattina\u00bb, "
          "ha detto il sindaco Paolo Ferri.",
          "Per i primi tre mesi il ponte sarà aperto solo alle auto e agli autobus; i camion dovranno attendere "
          "le prove di carico.",
          "I commercianti della zona chiedono un parcheggio provvisorio vicino all'ingresso del ponte."]


def singlefile_italian() -> Saved:
    """A SingleFile save of an Italian local paper: the SingleFile comment with the address and the save date, a
    ``@font-face`` with its font as a base64 data URI, an image as a data URI, elements SingleFile found hidden
    kept as ``sf-hidden`` (the subscription modal), 'Di Marco Bellini' above the story and the date only shown as
    '7 dicembre 2026', 'Leggi anche' lines and the 'Riproduzione riservata' notice."""
    title = "Il ponte sull'Adige riapre a gennaio"
    url = "https://www.gazzettadelladige.example/cronaca/ponte-adige-riapre-gennaio-1.4821"
    font = base64.b64encode(bytes(range(256)) * 40).decode()
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(3000)).decode()
    head = (f"<title>{title} - Gazzetta dell'Adige</title>"
            '<meta property="og:site_name" content="Gazzetta dell\'Adige">'
            f'<style>@font-face{{font-family:Titolo;src:url(data:font/woff2;base64,{font}) format("woff2")}}'
            '.sf-hidden{display:none!important}' + ".x{color:#111}" * 1500 + "</style>")
    comment = (f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: Mon Dec 07 2026 20:14:03 GMT+0100 "
               "(Ora standard dell\u2019Europa centrale)\n-->")
    body = ('<header class="testata"><a href="/">Gazzetta dell\'Adige</a><nav><a href="/cronaca">Cronaca</a>'
            '<a href="/sport">Sport</a></nav></header><main><article class="articolo">'
            f'<h1 class="articolo-titolo">{title}</h1><div class="articolo-autore">Di Marco Bellini</div>'
            '<div class="articolo-data">7 dicembre 2026</div>'
            f'<img src="data:image/png;base64,{img}" alt=""><div class="articolo-testo">{_ps(_PONTE[:2])}'
            '<p class="leggi-anche"><strong>Leggi anche:</strong> <a href="/x">Traffico in tilt sulla tangenziale'
            f'</a></p>{_ps(_PONTE[2:])}</div><p class="riproduzione">Riproduzione riservata \u00a9 Gazzetta '
            "dell'Adige</p></article></main><div class=\"modale-abbonamento sf-hidden\"><h2>Abbonati a 1 euro al "
            'mese</h2><p>Accedi a tutti gli articoli senza limiti.</p></div><footer>P.IVA 01234567890</footer>')
    html = (f'<!DOCTYPE html> <html lang="it">{comment}<head><meta charset="utf-8">{head}</head><body>{body}</body>'
            '</html>')
    return Saved("singlefile-italian", html.encode(),
                 {"title": title, "source": "Gazzetta dell'Adige", "date": "2026-12-07", "author": "Marco Bellini",
                  "url": url},
                 _PONTE, ["Leggi anche", "Traffico in tilt", "Riproduzione riservata", "Abbonati", "Accedi a tutti",
                          "P.IVA", "base64", "font-face"],
                 min_paras=5)


# --- a Portuguese outlet saved 'complete' -------------------------------------------------------------------------

_METRO = ["A nova linha do metrô que liga o centro ao aeroporto começou a operar nesta segunda-feira, com dois anos "
          "de atraso em relação ao previsto.",
          "Nos primeiros dias, os trens vão circular apenas entre as seis da manhã e as nove da noite, em intervalos "
          "de oito minutos.",
          "\u201cÉ uma obra que a cidade esperava havia trinta anos\u201d, afirmou a secretária de Transportes, "
          "Beatriz Lacerda.",
          "A viagem entre a estação central e o terminal do aeroporto leva 24 minutos, metade do tempo feito de "
          "ônibus.",
          "A tarifa será a mesma das demais linhas, com integração gratuita aos ônibus municipais."]


def portuguese_complete() -> Saved:
    """A Brazilian paper saved with 'Save Page As, complete': the saved-from comment, every asset under
    ``Page_files/`` (an ad's iframe saved as ``saved_resource.html``), 'Por Ana Souza' and the date shown only as
    '7 de dezembro de 2026', a 'Leia também' line, share buttons and 'Assine' offers."""
    title = "Linha de metrô até o aeroporto começa a operar"
    url = "https://www.diariodolitoral.example/cidades/2026/12/linha-de-metro-ate-o-aeroporto.ghtml"
    comment = f"<!-- saved from url=({len(url):04d}){url} -->\n"
    head = (f'<title>{title} | Diário do Litoral</title><link rel="stylesheet" href="./{title[:10]}_files/main.css">'
            '<meta property="og:site_name" content="Diário do Litoral"><script src="./Page_files/gpt.js"></script>')
    body = ('<header><a href="/">Diário do Litoral</a><a href="/assine">Assine</a></header><main><article>'
            f'<h1 class="content-head__title">{title}</h1><p class="content-head__subtitle">Trens vão circular em '
            'horário reduzido nas primeiras semanas</p><div class="content-publication-data"><p class="content-'
            'publication-data__from">Por Ana Souza</p><p><time>7 de dezembro de 2026</time></p></div>'
            '<div class="share-bar"><a href="#">Compartilhar no WhatsApp</a><a href="#">Compartilhar no Facebook</a>'
            f'</div><div class="mc-body">{_ps(_METRO[:2])}<p class="leia-tambem"><strong>Leia também:</strong> '
            '<a href="/x">Prefeitura anuncia novas ciclovias</a></p><iframe src="./Page_files/saved_resource.html" '
            f'width="300" height="250"></iframe>{_ps(_METRO[2:])}</div></article></main><aside><h2>Mais lidas</h2>'
            '<ol><li>Chuva forte alaga avenidas</li></ol></aside><div class="assine-box"><p>Assine por R$ 1,90 no '
            'primeiro mês</p></div><footer>\u00a9 Copyright 2026 Diário do Litoral</footer>')
    return Saved("portuguese-complete", (comment + _doc(head, body, html_attrs='lang="pt-BR"')).encode(),
                 {"title": title, "source": "Diário do Litoral", "date": "2026-12-07", "author": "Ana Souza",
                  "url": url},
                 _METRO, ["Leia também", "novas ciclovias", "Compartilhar", "Mais lidas", "Chuva forte",
                          "Assine por", "Copyright"], min_paras=5)


# --- a German print view ------------------------------------------------------------------------------------------

_WIND = ["Der Gemeinderat hat am Dienstagabend den Bau von vier Windrädern auf dem Höhenzug nördlich des Ortes "
         "genehmigt, nach mehr als zwei Jahren Streit.",
         "Die Anlagen sollen ab 2028 genug Strom für rund 9000 Haushalte liefern.",
         "\u201eWir haben lange gerungen, aber am Ende überwiegt der Nutzen für alle\u201c, sagte Bürgermeisterin "
         "Katrin Vogel nach der Sitzung.",
         "Eine Bürgerinitiative kündigte an, gegen die Genehmigung zu klagen.",
         "Die Gemeinde soll an den Erträgen der Windräder beteiligt werden."]


def german_print() -> Saved:
    """A German regional paper's print view ('Druckversion') saved as HTML: no navigation, 'Artikel drucken' and
    'Fenster schließen', the role line under the byline ('Von Jonas Weber' / 'Von unserem Redaktionsmitglied'),
    the date only shown as '7. Dezember 2026', the copyright notice and the page's address as 'Quelle: …'."""
    title = "Gemeinderat genehmigt vier Windräder"
    url = "https://www.suedkurier-land.example/region/gemeinderat-genehmigt-windraeder-art12345"
    body = ('<div class="druck"><div class="druck-werkzeuge"><a href="javascript:print()">Artikel drucken</a> '
            '<a href="javascript:close()">Fenster schließen</a></div><div class="druck-logo">Landbote Süd</div>'
            f'<h1>{title}</h1><p class="autor">Von Jonas Weber</p><p class="rolle">Von unserem Redaktionsmitglied</p>'
            f'<p class="datum">7. Dezember 2026</p>{_ps(_WIND)}'
            '<p class="copyright">\u00a9 Landbote Süd 2026 \u2013 Alle Rechte vorbehalten</p>'
            f'<p class="quelle">Quelle: {url}</p></div>')
    head = f"<title>{title} - Druckversion - Landbote Süd</title><meta name=\"robots\" content=\"noindex\">"
    return Saved("german-print", _doc(head, body, html_attrs='lang="de"').encode(),
                 {"title": title, "source": "Landbote Süd", "date": "2026-12-07", "author": "Jonas Weber"},
                 _WIND, ["Artikel drucken", "Fenster schließen", "Redaktionsmitglied", "Alle Rechte vorbehalten",
                         "Quelle:"],
                 min_paras=5)


# --- a French and a Spanish outlet --------------------------------------------------------------------------------

_KIEV = ["Les bombardements ont repris dans la nuit de dimanche à lundi sur plusieurs quartiers de la capitale, "
         "privant d'électricité des dizaines de milliers de foyers.",
         "Les habitants ont passé une grande partie de la nuit dans les stations de métro, transformées en abris.",
         "\u00ab Nous n'avons presque pas dormi, mais nous avons l'habitude maintenant \u00bb, raconte Olena, une "
         "enseignante de quarante ans.",
         "La mairie a annoncé l'ouverture de nouveaux points de chauffage dans les écoles.",
         "Les équipes de réparation travaillaient encore lundi soir pour rétablir le courant."]


def french_outlet() -> Saved:
    """A French daily's story: 'Par Claire Martin' and the role line 'De notre envoyée spéciale à Kiev' under it,
    the date only shown as 'Publié le 7 décembre 2026 à 18h30, modifié le 8 décembre 2026 à 09h12', 'Lire aussi |'
    lines, 'Article réservé aux abonnés', 'Partager', 'Offrir cet article' and 'Newsletter' boxes."""
    title = "Nuit d'abris et de coupures dans la capitale"
    head = (f"<title>{title}</title>"
            '<meta property="og:site_name" content="Le Courrier de l\'Est">')
    body = ('<header><a href="/">Le Courrier de l\'Est</a><a href="/abonnement">S\'abonner</a></header><main>'
            f'<article class="article"><p class="article__kicker">Article réservé aux abonnés</p><h1>{title}</h1>'
            '<p class="article__desc">Les frappes ont visé les installations électriques de plusieurs quartiers.'
            '</p><div class="article__meta"><span class="author">Par Claire Martin</span>'
            '<p class="article__role">De notre envoyée spéciale à Kiev</p><span class="meta__date">Publié le 7 '
            'décembre 2026 à 18h30, modifié le 8 décembre 2026 à 09h12</span></div><div class="article__tools">'
            '<button>Partager</button><button>Offrir cet article</button></div><section class="article__content">'
            f'{_ps(_KIEV[:2])}<p class="article__paragraph--lire-aussi">Lire aussi | <a href="/x">Les réseaux '
            f'électriques à bout de souffle</a></p>{_ps(_KIEV[2:])}</section></article>'
            '<div class="newsletter"><h3>Newsletter « La Matinale »</h3><p>Chaque matin, les essentiels de '
            "l'actualité.</p></div></main><footer>\u00a9 Le Courrier de l'Est</footer>")
    return Saved("french-outlet", _doc(head, body, html_attrs='lang="fr"').encode(),
                 {"title": title, "source": "Le Courrier de l'Est", "date": "2026-12-07", "author": "Claire Martin"},
                 _KIEV, ["Lire aussi", "à bout de souffle", "réservé aux abonnés", "Offrir cet article",
                         "La Matinale", "envoyée spéciale", "Publié le"],
                 min_paras=5)


_SEQUIA = ["El Gobierno aprobó este lunes un plan de ayudas de 300 millones de euros para los agricultores afectados "
           "por la sequía en el sur del país.",
           "Las ayudas cubrirán hasta el 60% de las pérdidas de las cosechas de cereal y de olivar de este año.",
           "\u201cNo es suficiente, pero es un primer paso\u201d, declaró el presidente de la asociación agraria, "
           "Andrés Molina.",
           "Los embalses de la cuenca del Guadalquivir están al 21% de su capacidad, el nivel más bajo en tres "
           "décadas.",
           "El plan incluye también obras para reutilizar el agua de las depuradoras en el riego."]


def spanish_outlet() -> Saved:
    """A Spanish daily's story: 'Por Lucía Gómez' and the place and date line 'Madrid - 07 dic 2026 - 12:40 CET'
    under it, the date declared nowhere else but shown as '7 de diciembre de 2026' too, 'Lee también' and
    'Suscríbete' lines and the 'Comentarios' box."""
    title = "El Gobierno aprueba 300 millones contra la sequía"
    head = (f"<title>{title} | El Heraldo del Sur</title>"
            '<meta property="og:site_name" content="El Heraldo del Sur">')
    body = ('<header><a href="/">El Heraldo del Sur</a><a href="/suscripcion">Suscríbete</a></header><main>'
            f'<article><h1>{title}</h1><h2 class="subtitulo">Las ayudas cubrirán hasta el 60% de las pérdidas</h2>'
            '<div class="firma"><span class="autor">Por Lucía Gómez</span><span class="lugar-fecha">Madrid - 7 de '
            'diciembre de 2026 - 12:40 CET</span></div><div class="cuerpo">'
            f'{_ps(_SEQUIA[:2])}<p class="relacionada"><strong>Lee también:</strong> <a href="/x">Los pantanos, en '
            f'mínimos</a></p>{_ps(_SEQUIA[2:])}</div></article><div class="suscripcion"><p>Suscríbete para seguir '
            'leyendo sin límites</p></div><section class="comentarios"><h3>Comentarios</h3><p>Normas de '
            'participación</p></section></main><footer>\u00a9 El Heraldo del Sur</footer>')
    return Saved("spanish-outlet", _doc(head, body, html_attrs='lang="es"').encode(),
                 {"title": title, "source": "El Heraldo del Sur", "date": "2026-12-07", "author": "Lucía Gómez"},
                 _SEQUIA, ["Lee también", "en mínimos", "Suscríbete", "Comentarios", "Normas de participación",
                           "12:40 CET"],
                 min_paras=5)


# --- an Arabic story with an English translation box -------------------------------------------------------------

_AR = ["أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم مزارعي النخيل في المناطق الجنوبية بعد موسم جفاف طويل.",
       "وتشمل الخطة توزيع شتلات جديدة وحفر آبار في عشرين قرية خلال العام المقبل.",
       "وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستكلف نحو خمسين مليون دينار.",
       "ويأمل المزارعون أن تصل المساعدات قبل بدء موسم الري في الربيع."]
_AR_EN = ("English summary: The agriculture ministry announced a plan to support date palm farmers in the south "
          "after a long drought, with new seedlings and wells for twenty villages next year.")


def arabic_translation_box() -> Saved:
    """An Arabic outlet's story (``dir="rtl"``) with an English summary box for foreign readers inside the article
    (``lang="en" dir="ltr"``): the summary is part of what the page says and stays, after the Arabic text; the
    'اقرأ أيضا' (read also) link and the share row go."""
    title = "خطة جديدة لدعم مزارعي النخيل"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "inLanguage": "ar",
          "datePublished": "2026-12-07T10:00:00+03:00", "author": {"@type": "Person", "name": "سارة الحسيني"},
          "publisher": {"@type": "Organization", "name": "صحيفة الواحة"}}
    head = f"<title>{title} - صحيفة الواحة</title>" + _ld(ld)
    body = ('<header><a href="/">صحيفة الواحة</a></header><main><article>'
            f'<h1>{title}</h1><div class="share">مشاركة</div><div class="article-body">{_ps(_AR[:2])}'
            '<p class="read-also">اقرأ أيضا: <a href="/x">ارتفاع أسعار التمور</a></p>'
            f'{_ps(_AR[2:])}<div class="translation-box" lang="en" dir="ltr">{_p(_AR_EN)}</div></div></article>'
            '</main><footer>جميع الحقوق محفوظة</footer>')
    return Saved("arabic-translation-box", _doc(head, body, html_attrs='lang="ar" dir="rtl"').encode(),
                 {"title": title, "source": "صحيفة الواحة", "date": "2026-12-07", "author": "سارة الحسيني"},
                 [*_AR, _AR_EN], ["اقرأ أيضا", "ارتفاع أسعار التمور", "جميع الحقوق محفوظة", "مشاركة"], min_paras=5)


# --- a German live ticker -----------------------------------------------------------------------------------------

_TICKER = [("18:42 Uhr", "Die Polizei hat die Autobahn in Richtung Norden wieder freigegeben. Der Stau löst sich "
            "langsam auf."),
           ("17:55 Uhr", "Nach Angaben der Feuerwehr sind alle Verletzten inzwischen in Krankenhäusern versorgt "
            "worden."),
           ("17:10 Uhr", "\u201eDie Bergung wird noch mehrere Stunden dauern\u201c, sagte ein Sprecher der "
            "Autobahnpolizei vor Ort."),
           ("16:32 Uhr", "Auf der A7 zwischen zwei Anschlussstellen sind bei dichtem Nebel mehr als zwanzig Fahrzeuge "
            "ineinander gefahren.")]


def german_live_ticker() -> Saved:
    """A German live ticker ('Liveticker'): entries newest first, each under its time ('18:42 Uhr'), a 'Neue
    Einträge anzeigen' button, 'Ticker aktualisieren', a pinned summary 'Das Wichtigste in Kürze', the date only in
    the ticker's header ('Montag, 7. Dezember 2026') and 'Von Lea Brandt'."""
    title = "Massenkarambolage auf der A7: Autobahn wieder frei"
    entries = "".join(f'<div class="ticker-eintrag"><time class="ticker-zeit">{t}</time>{_p(x)}</div>'
                      for t, x in _TICKER)
    body = ('<header><a href="/">Nordkurier Online</a></header><main><article class="liveticker">'
            f'<span class="dachzeile">Liveticker</span><h1>{title}</h1><p class="autor">Von Lea Brandt</p>'
            '<p class="liveticker-datum">Montag, 7. Dezember 2026</p><div class="zusammenfassung"><h2>Das Wichtigste in '
            'Kürze</h2><ul><li>Mehr als zwanzig Fahrzeuge beteiligt</li><li>Autobahn wieder frei</li></ul></div>'
            '<button class="neue-eintraege">Neue Einträge anzeigen</button><button>Ticker aktualisieren</button>'
            f'<div class="ticker">{entries}</div></article></main><footer>Impressum | Datenschutz</footer>')
    head = f"<title>{title} | Nordkurier Online</title><meta property=\"og:site_name\" content=\"Nordkurier Online\">"
    return Saved("german-live-ticker", _doc(head, body, html_attrs='lang="de"').encode(),
                 {"title": title, "source": "Nordkurier Online", "date": "2026-12-07", "author": "Lea Brandt"},
                 [x for _, x in _TICKER], ["Neue Einträge anzeigen", "Ticker aktualisieren", "Impressum"],
                 min_paras=4)


# --- a soft paywall -----------------------------------------------------------------------------------------------

_RENTS = ["Rents in the city rose by nine percent in the year to November, the fastest rise since records began, "
          "according to figures published on Monday by the housing agency.",
          "The rise was steepest in the districts around the new university campus, where a one-bedroom flat now "
          "costs more than a nurse's monthly take-home pay.",
          "\u201cWe are seeing teachers and nurses turn down jobs here because they cannot find anywhere to live,"
          "\u201d said Moira Quinn, who chairs the city's housing committee."]


def soft_paywall() -> Saved:
    """A paywalled story saved as the reader saw it: three paragraphs shown, the last under a fade, then the
    offer ('Subscribe to keep reading', prices, 'Already a subscriber? Sign in') and nothing of the rest; the page
    declares the story as not free (``isAccessibleForFree``)."""
    title = "Rents rise at fastest rate on record"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2026-12-07T07:00:00+00:00", "author": {"@type": "Person", "name": "Dara Kelly"},
          "publisher": {"@type": "Organization", "name": "The City Chronicle"}, "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}}
    head = f"<title>{title} | The City Chronicle</title>" + _ld(ld)
    body = ('<header><a href="/">The City Chronicle</a></header><main><article>'
            f'<h1>{title}</h1><p class="byline">By Dara Kelly</p><div class="article-body">{_ps(_RENTS[:2])}'
            f'<div class="fade-out">{_p(_RENTS[2])}</div></div><div class="paywalled"></div>'
            '<div class="paywall-offer"><h2>Subscribe to keep reading</h2><p>Get unlimited access to The City '
            'Chronicle for \u20ac1 a week for the first three months.</p><ul><li>Unlimited articles</li><li>The '
            'daily e-paper</li></ul><a href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">'
            'Sign in</a></p></div></article></main><footer>\u00a9 The City Chronicle</footer>')
    return Saved("soft-paywall", _doc(head, body).encode(),
                 {"title": title, "source": "The City Chronicle", "date": "2026-12-07", "author": "Dara Kelly"},
                 _RENTS, ["Subscribe to keep reading", "unlimited access", "Unlimited articles", "e-paper",
                          "Subscribe now", "Already a subscriber"],
                 [("Moira Quinn|housing committee", "cannot find anywhere to live")], min_paras=3)


def all_saved2() -> list[Saved]:
    """Every page of the set."""
    return [substack_email(), ghost_cards(), medium_publication(), wordpress_block_theme(), blogger_post(),
            amp_cache_page(), safari_reader(), singlefile_italian(), portuguese_complete(), german_print(),
            french_outlet(), spanish_outlet(), arabic_translation_box(), german_live_ticker(), soft_paywall()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_saved2()))} pages written to {sys.argv[1]}")
