"""Pages in the shapes content systems publish (Arc XP, Brightspot, Drupal, Ghost, Substack, Medium, WordPress
with a Yoast ``@graph``), with the metadata quirks real news pages have: an author that is an
organisation, author arrays, ``@id`` references, ``dateModified`` beside ``datePublished``, ``<time>``
as the only date, site names after the headline, live blogs, consent walls and sign-ups inside the
story, captions and credits, inline 'Read more' links and comments; :func:`all_cms` adds the news
pages of :mod:`html_pages_news` (embedded social posts, captions, promos, desk authors).

Every page is generated here (no real page is copied). ``python tests/html_pages_cms.py DIR`` writes
the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_news import all_news
from html_pages_saved import COOKIE, SHARE, Saved, _doc, _ld, _ps, _related, write_saved

_BRIDGE = ["Engineers closed the Queen's Bridge to traffic on Monday after divers found cracks in two of its "
           "piers, cutting the main route between the city centre and the docks.",
           "\u201cWe cannot take any risk with a structure this old,\u201d said Priya Natarajan, the council's "
           "head of highways. \u201cIt will stay shut until we know it is safe.\u201d",
           "Buses will be diverted over the Wharf Road crossing, adding about 15 minutes to journeys.",
           "Traders on the docks said the closure would cost them thousands of pounds a week.",
           "\u201cEvery day it is shut is a day our customers go elsewhere,\u201d said Colin Barr, who runs "
           "a fish market on the quay.",
           "The council expects to publish a repair plan within a month."]


def arc_xp() -> Saved:
    """Arc XP: an author array of Person objects, dateModified after datePublished, an og:title with
    ' - Site', a 'Read more:' paragraph of links, a newsletter box and a credited photo inside the story."""
    title = "Queen's Bridge shut after divers find cracks in piers"
    url = "https://www.capitalledger.example/local/2025/06/02/queens-bridge-cracks/"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-06-02T07:15:00Z", "dateModified": "2025-06-04T18:40:00Z",
          "author": [{"@type": "Person", "name": "Ana Ruiz", "url": "https://www.capitalledger.example/people/ana-ruiz/"},
                     {"@type": "Person", "name": "Ben Odell"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Capital Ledger"}}
    head = (f"<title>{title} - The Capital Ledger</title>"
            f'<meta property="og:title" content="{escape(title)} - The Capital Ledger">'
            f'<link rel="canonical" href="{url}">' + _ld(ld)
            + '<meta property="article:modified_time" content="2025-06-04T18:40:00Z">')
    body = (f'<div id="fusion-app"><header class="site-header"><nav><a href="/">Home</a> <a href="/local">Local'
            f'</a></nav></header><main><article><h1 data-qa="headline">{escape(title)}</h1>'
            '<div class="byline" data-qa="author-name">By <a href="/people/ana-ruiz/">Ana Ruiz</a> and Ben Odell'
            '</div><div class="display-date">Updated June 4, 2025 at 6:40 p.m. EDT | Published June 2, 2025</div>'
            '<div class="article-body">'
            + _ps(_BRIDGE[:2])
            + '<figure><img src="bridge.jpg" alt=""><figcaption>The bridge carries 40,000 vehicles a day. '
              '<span class="credit">(Photo by Lee Grant/Capital Ledger)</span></figcaption></figure>'
            + '<p><b>Read more:</b> <a href="/local/2025/05/01/docks/">Docks traders fear rent rises</a></p>'
            + _ps(_BRIDGE[2:4])
            + '<div class="newsletter-inline"><h3>Sign up for Local Headlines</h3><p>Get the stories that matter '
              'in your neighbourhood, every morning.</p><form><input type="email"><button>Sign up</button>'
              '</form></div>'
            + _ps(_BRIDGE[4:]) + f'</div></article>{SHARE}</main></div>')
    return Saved("arc-xp", _doc(head, body).encode(),
                 {"title": title, "source": "The Capital Ledger", "date": "2025-06-02",
                  "author": "Ana Ruiz, Ben Odell", "url": url},
                 _BRIDGE, ["Docks traders fear rent rises", "Get the stories that matter", "Photo by Lee Grant",
                           "Share this story"],
                 [("Natarajan|head of highways", "cannot take any risk"), ("Barr", "Every day it is shut")],
                 min_paras=6)


_WIRE = ["Central banks in three Nordic countries raised interest rates on Thursday in a coordinated move "
         "to cool inflation that has stayed above 4 percent for a year.",
         "\u201cThe cost of waiting is now higher than the cost of acting,\u201d said Ingrid Solberg, governor "
         "of the Norwegian central bank, at a news conference in Oslo.",
         "The Swedish and Danish banks each raised their main rate by a quarter of a point.",
         "Economists had expected only Norway to move this month."]


def brightspot_wire() -> Saved:
    """Brightspot: a wire story whose JSON-LD author is the agency (an Organization), with the reporter's
    byline in the page: the byline is the author, the publisher the source."""
    title = "Nordic central banks raise rates together to fight inflation"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-09-18T13:02:00Z",
          "author": {"@type": "Organization", "name": "Reuters"},
          "publisher": {"@type": "Organization", "name": "Valley Tribune"}}
    head = (f"<title>{title} | Valley Tribune</title>" + _ld(ld)
            + '<meta name="author" content="Reuters"><meta property="og:site_name" content="Valley Tribune">')
    body = ('<div class="Page-content"><main class="Page-main"><div class="Page-articleBody">'
            f'<h1 class="Page-headline">{title}</h1>'
            '<div class="Page-byline"><div class="Page-authors">By Kate Munro</div><div class="Page-datePublished">'
            'September 18, 2025</div></div><div class="RichTextArticleBody RichTextBody">'
            + _ps(_WIRE) + '</div></div></main></div>')
    return Saved("brightspot-wire", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Tribune", "date": "2025-09-18", "author": "Kate Munro"},
                 _WIRE, [], [("Solberg", "cost of waiting")])


def org_author_only() -> Saved:
    """A broadcaster's page: the JSON-LD author is the newsroom (an Organization) and nothing else names a
    person: no author, and the organisation is the source the page names nowhere else."""
    title = "Ferry services cancelled as gales hit the islands"
    paras = ["All ferry sailings to the western islands were cancelled on Saturday as gusts of up to 80mph "
             "swept across the coast.",
             "The operator said it hoped to restore some services on Sunday afternoon.",
             "\u201cSafety has to come first, and the forecast gave us no choice,\u201d a spokesperson for "
             "the operator said.",
             "Islanders were advised to check the operator's website before travelling."]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-01-11T09:20:00Z", "author": {"@type": "NewsMediaOrganization", "name": "Islands Radio News"}}
    head = f"<title>{title}</title>" + _ld(ld) + '<meta name="author" content="Islands Radio News">'
    body = f'<main><article><h1>{title}</h1>{_ps(paras)}</article></main>'
    return Saved("org-author", _doc(head, body).encode(),
                 {"title": title, "source": "Islands Radio News", "date": "2025-01-11", "author": None},
                 paras, [])


_SCHOOL = ["The county will close four rural primary schools next summer after pupil numbers fell by a third "
           "in ten years, councillors decided on Wednesday.",
           "Parents packed the public gallery and some shouted as the vote was read out.",
           "\u201cYou are taking the heart out of these villages,\u201d said Megan Hughes, whose two children "
           "attend the school in Llanfair.",
           "Pupils will move to larger schools in nearby towns, with free transport provided."]


def drupal_time_only() -> Saved:
    """Drupal: no JSON-LD, no date meta, the date only in ``<time datetime>``; 'Submitted by' line, tags,
    a comment form and comments."""
    title = "Four village schools to close as pupil numbers fall"
    head = (f"<title>{title} | Mid Wales Gazette</title>"
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
            '<link rel="canonical" href="https://www.midwalesgazette.example/news/village-schools-close">')
    body = (f'<div class="dialog-off-canvas-main-canvas"><main role="main"><div class="region region-content">'
            f'<article class="node node--type-article"><h1 class="page-title"><span class="field--name-title">'
            f'{title}</span></h1><div class="node__meta"><span class="field--name-uid">Submitted by gwen.ellis'
            '</span> on <span class="field--name-created"><time datetime="2025-11-05T16:30:00+00:00">Wed, '
            '11/05/2025 - 16:30</time></span></div><div class="clearfix text-formatted field field--name-body">'
            + _ps(_SCHOOL) + '</div><div class="field--name-field-tags"><div class="field__label">Tags</div>'
            '<a href="/tags/education">Education</a></div></article>'
            '<section class="comment-section"><h2>Comments</h2><article class="comment"><p>Shameful decision by '
            'people who never set foot in these villages.</p></article><form class="comment-form"><label>Your '
            'name</label><textarea></textarea><input type="submit" value="Save"></form></section></div></main></div>')
    return Saved("drupal-time", _doc(head, body).encode(),
                 {"title": title, "source": "Mid Wales Gazette", "date": "2025-11-05",
                  "url": "https://www.midwalesgazette.example/news/village-schools-close"},
                 _SCHOOL, ["Submitted by", "Shameful decision", "Your name", "Tags"],
                 [("Hughes", "heart out of these villages")])


_GHOST = ["The city's last independent cinema will reopen in March after 2,000 people chipped in to buy the "
          "building from its retiring owner.",
          "\u201cPeople kept telling us a town this size could not keep a cinema,\u201d said Nadia Kaur, who "
          "led the campaign. \u201cThey were wrong.\u201d",
          "The new co-operative plans to show films six nights a week and host a festival in the summer.",
          "Tickets for the opening night sold out within an hour."]


def ghost_post() -> Saved:
    """Ghost: a Person author with a url, ``<time class="byline-meta-date">``, an image card with a caption,
    a bookmark card to another post and a members sign-up box."""
    title = "Cinema saved by 2,000 small investors"
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title,
          "url": "https://thereel.example/cinema-saved/", "datePublished": "2025-02-20T08:00:00.000Z",
          "dateModified": "2025-02-21T09:00:00.000Z",
          "author": {"@type": "Person", "name": "Ollie Barnes", "url": "https://thereel.example/author/ollie/",
                     "sameAs": []},
          "publisher": {"@type": "Organization", "name": "The Reel", "url": "https://thereel.example/"}}
    head = (f"<title>{title}</title>" + _ld(ld) + '<meta property="og:site_name" content="The Reel">'
            '<meta name="generator" content="Ghost 5.80">')
    body = ('<div class="site"><main id="site-main"><article class="article post">'
            f'<header class="article-header gh-canvas"><h1 class="article-title">{title}</h1>'
            '<div class="article-byline"><a href="/author/ollie/">Ollie Barnes</a> <time class="byline-meta-date" '
            'datetime="2025-02-20">Feb 20, 2025</time> <span class="byline-reading-time">3 min read</span></div>'
            '</header><section class="gh-content gh-canvas">'
            + _ps(_GHOST[:2])
            + '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="cinema.jpg" alt=""><figcaption>'
              'The Regent in 1936. Image: Town Archive</figcaption></figure>'
            + '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/why-cinemas-close/">'
              '<div class="kg-bookmark-content"><div class="kg-bookmark-title">Why small cinemas close</div>'
              '<div class="kg-bookmark-description">A decade of rising rents and falling audiences.</div>'
              '</div></a></figure>'
            + _ps(_GHOST[2:])
            + '</section><section class="article-comments gh-canvas"></section></article>'
              '<aside class="gh-post-upgrade-cta"><h2>Subscribe to The Reel</h2><p>Get the latest posts '
              'delivered right to your inbox.</p><a class="gh-btn" href="#/portal/signup">Subscribe</a></aside>'
              '</main></div>')
    return Saved("ghost", _doc(head, body).encode(),
                 {"title": title, "source": "The Reel", "date": "2025-02-20", "author": "Ollie Barnes",
                  "url": "https://thereel.example/cinema-saved/"},
                 _GHOST, ["Why small cinemas close", "rising rents and falling audiences", "Get the latest posts",
                          "3 min read"],
                 [("Kaur", "could not keep a cinema")])


_STACK = ["Water companies in England paid out 1.2 billion pounds in dividends last year while sewage spills "
          "into rivers rose by a fifth, figures published on Monday show.",
          "The data, from the environment regulator, counted more than 460,000 spills from storm overflows.",
          "\u201cThese are the worst figures we have ever seen,\u201d said Tom Farrow of the campaign group "
          "River Action. \u201cAnd shareholders were paid regardless.\u201d",
          "The industry body said companies were investing record sums to fix the network."]


def substack_post() -> Saved:
    """Substack: ``<title>`` 'Headline - by Author - Newsletter', JSON-LD author array, subscribe widgets
    inside the post, a 'Share' button row, a footnote and a comments preview."""
    title = "Sewage spills rose as dividends were paid"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://riverwatch.substack.example/p/sewage-dividends",
          "mainEntityOfPage": "https://riverwatch.substack.example/p/sewage-dividends", "headline": title,
          "datePublished": "2025-04-07T06:01:10+00:00", "dateModified": "2025-04-07T09:14:00+00:00",
          "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": "Hannah Pell", "url": "https://substack.example/@hannahpell"}],
          "publisher": {"@type": "Organization", "name": "River Watch", "url": "https://riverwatch.substack.example"}}
    sub = ('<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Thanks '
           'for reading River Watch! Subscribe for free to receive new posts and support my work.</p><form>'
           '<input type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form>'
           '</div></div>')
    head = (f"<title>{title} - by Hannah Pell - River Watch</title>"
            f'<meta property="og:title" content="{title}">' + _ld(ld))
    body = ('<div id="entry"><div class="main-content-and-sidebar"><article class="typography newsletter-post post">'
            f'<div class="post-header"><h1 class="post-title published">{title}</h1><h3 class="subtitle">The '
            'regulator\'s figures show the gap</h3><div class="post-meta"><a href="https://substack.example/@hannahpell">'
            'Hannah Pell</a><div class="post-date">Apr 07, 2025</div></div></div>'
            '<div class="available-content"><div class="body markup">'
            + _ps(_STACK[:2]) + sub + _ps(_STACK[2:])
            + '<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content">'
              '<p>Figures for England only.</p></div></div>'
            + '</div></div><div class="post-footer"><div class="button-wrapper"><a class="button" href="#">Share</a>'
              '</div></div>' + sub + '</article><div class="comments-section"><h4>Discussion about this post</h4>'
              '<div class="comment-body"><p>Great piece, thank you.</p></div></div></div></div>')
    return Saved("substack", _doc(head, body).encode(),
                 {"title": title, "source": "River Watch", "date": "2025-04-07", "author": "Hannah Pell"},
                 _STACK, ["Subscribe for free", "Discussion about this post", "Great piece"],
                 [("Farrow", "worst figures we have ever seen")])


_MEDIUM = ["For three years I measured how long it took my city's buses to cross the river bridge at rush hour, "
           "and the answer got worse every winter.",
           "The city council's own data shows the same thing: average crossing times up from 6 to 11 minutes "
           "since 2021.",
           "\u201cWe know the bridge is the bottleneck,\u201d the council's transport lead, Sofia Lind, told a "
           "meeting in October. \u201cA bus lane is the cheapest fix we have.\u201d",
           "The lane was approved in January and opens next month."]


def medium_post() -> Saved:
    """Medium: ``<title>`` 'Headline | by Author | Publication | Medium', og:site_name 'Medium' and the
    publication as the JSON-LD publisher (the source: Medium is only its host); 'Follow', 'Listen',
    'Share' and 'min read' lines around the text, a 'Sign up' prompt, claps and responses."""
    title = "What three years of timing buses taught me"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "name": title,
          "datePublished": "2025-03-02T14:22:10.123Z", "dateModified": "2025-03-05T10:00:00.000Z",
          "author": {"@type": "Person", "name": "Marta Quinn", "url": "https://medium.example/@martaquinn"},
          "publisher": {"@type": "Organization", "name": "Better Streets", "url": "https://medium.example/better-streets"},
          "mainEntityOfPage": "https://medium.example/better-streets/timing-buses-3f2a"}
    head = (f"<title>{title} | by Marta Quinn | Better Streets | Medium</title>"
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Medium">'
            '<meta name="author" content="Marta Quinn">' + _ld(ld))
    body = ('<div id="root"><div class="speechify-ignore"><a href="/">Sign in</a><a href="/m/signin">Get started</a>'
            f'</div><article><div class="pw-post-title"><h1 data-testid="storyTitle">{title}</h1></div>'
            '<div class="speechify-ignore"><a href="/@martaquinn">Marta Quinn</a><span>Follow</span>'
            '<span>Published in Better Streets</span><span>4 min read</span><span>Mar 2, 2025</span>'
            '<div>Listen</div><div>Share</div></div><section>'
            + "".join(f'<p class="pw-post-body-paragraph">{escape(p, quote=False)}</p>' for p in _MEDIUM)
            + '</section></article><div class="speechify-ignore"><p>Sign up to discover human stories that deepen '
              'your understanding of the world.</p><div>312 claps</div><h2>Responses (4)</h2></div></div>')
    return Saved("medium", _doc(head, body).encode(),
                 {"title": title, "source": "Better Streets", "date": "2025-03-02", "author": "Marta Quinn"},
                 _MEDIUM, ["Sign up to discover", "claps", "Responses (4)", "4 min read"],
                 [("Lind|transport lead", "bridge is the bottleneck")])


_YOAST = ["A developer has withdrawn plans for 900 homes on the edge of Ashford after the Environment Agency "
          "objected that the site floods every other winter.",
          "\u201cWe were not prepared to build homes that people could not insure,\u201d said Rob Kettle, "
          "the developer's planning director.",
          "Campaigners who had fought the scheme for four years said they were relieved.",
          "The council must still find sites for 12,000 new homes by 2040."]


def yoast_graph() -> Saved:
    """WordPress with Yoast: one ``@graph`` whose Article names its author and publisher by ``@id`` only;
    og:title with ' - Site'; 'Related:' and 'Read more' links inside the text; a consent wall."""
    title = "Developer drops 900-home plan after flood objection"
    base = "https://kentcourier.example"
    url = f"{base}/2025/07/14/developer-drops-homes-plan/"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"@id": f"{base}/#/schema/person/8f3c"}, "headline": title,
         "datePublished": "2025-07-14T11:05:41+00:00", "dateModified": "2025-07-15T08:00:00+00:00",
         "mainEntityOfPage": {"@id": url}, "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - Kent Courier",
         "isPartOf": {"@id": f"{base}/#website"}, "datePublished": "2025-07-14T11:05:41+00:00"},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Kent Courier",
         "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Kent Courier Ltd", "url": f"{base}/"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/8f3c", "name": "Daisy Holt",
         "url": f"{base}/author/daisy-holt/"}]}
    head = (f"<title>{title} - Kent Courier</title>" + _ld(graph)
            + f'<meta property="og:title" content="{title} - Kent Courier"><link rel="canonical" href="{url}">'
            '<meta name="author" content="Daisy Holt">')
    body = (COOKIE + '<div id="page"><div class="site-content"><article class="post type-post">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">'
            + _ps(_YOAST[:2])
            + '<p><strong>Related:</strong> <a href="/2025/05/02/flood-map/">New flood maps put 3,000 homes at risk</a></p>'
            + _ps(_YOAST[2:])
            + '<p class="read-more"><a href="/2025/06/01/housing-targets/">Read more: Housing targets explained</a></p>'
            + f'</div></article>{_related(["Ashford bypass delayed again"])}</div></div>')
    return Saved("yoast-graph", _doc(head, body).encode(),
                 {"title": title, "source": "Kent Courier", "date": "2025-07-14", "author": "Daisy Holt", "url": url},
                 _YOAST, ["New flood maps put 3,000 homes at risk", "Housing targets explained", "bypass delayed"],
                 [("Kettle|planning director", "not prepared to build")])


_HOSP = ["Hospitals in the north-west treated a record 9,400 patients in their emergency departments on Monday, "
         "NHS figures show.",
         "Ambulances queued outside three hospitals for more than six hours, paramedics said.",
         "\u201cStaff are doing everything they can but the system is full,\u201d said Dr Amir Shah, a "
         "consultant at the Royal Infirmary.",
         "Health officials urged people to use pharmacies and the 111 service for minor illnesses."]


def author_array_mixed() -> Saved:
    """A NewsArticle whose author array holds two people and the agency they work for; no site name but
    the organisation: the people are the author, the agency the source."""
    title = "Emergency departments see record day as winter pressure builds"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-12-02T10:00:00Z",
          "author": [{"@type": "Person", "name": "Grace Mbatha"}, {"@type": "Person", "name": "Joe Lam"},
                     {"@type": "Organization", "name": "North West Press Agency"}]}
    head = f"<title>{title}</title>" + _ld(ld)
    body = f"<main><article><h1>{title}</h1>{_ps(_HOSP)}</article></main>"
    return Saved("author-array-mixed", _doc(head, body).encode(),
                 {"title": title, "source": "North West Press Agency", "date": "2025-12-02",
                  "author": "Grace Mbatha, Joe Lam"},
                 _HOSP, [], [("Shah|consultant", "system is full")])


_MARKET = ["The central bank held its main interest rate at 4.25 percent on Wednesday but said cuts could "
           "come as soon as the spring if inflation keeps falling.",
           "\u201cWe are not there yet, but we can see the road,\u201d the bank's governor, Elena Voss, told "
           "reporters.",
           "Markets rose on the news, with the main index closing up 1.3 percent.",
           "Two of the nine members of the rate committee voted for an immediate cut."]


def title_with_dash_site() -> Saved:
    """A headline with its own dash, then ' - Site' in og:title and ``<title>``; no og:site_name; the date
    in ``<time datetime>`` marked 'published', after an 'updated' one."""
    title = "Bank holds rates \u2013 but signals cuts in spring"
    head = (f"<title>{title} - Market Wire</title>"
            f'<meta property="og:title" content="{title} - Market Wire">'
            '<link rel="canonical" href="https://marketwire.example/economy/bank-holds-rates">')
    body = (f'<main><article><h1>{title}</h1><div class="timestamps"><span>Updated</span> '
            '<time class="updated" datetime="2025-10-09T15:00:00Z">Oct 9, 2025</time> '
            '<span>Published</span> <time class="published" datetime="2025-10-08T12:30:00Z">Oct 8, 2025</time>'
            f"</div>{_ps(_MARKET)}</article></main>")
    return Saved("title-dash-site", _doc(head, body).encode(),
                 {"title": title, "source": "Market Wire", "date": "2025-10-08"},
                 _MARKET, [], [("Voss|governor", "can see the road")])


def live_blog_posting() -> Saved:
    """A LiveBlogPosting with liveBlogUpdate entries, 'Pinned post' and 'Key event' labels, a 'Show key
    events only' toggle and a JavaScript notice; og:title ending ' | Site'."""
    title = "Storm Eowyn: power cuts and travel disruption \u2013 live updates"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2025-01-24T06:00:00Z", "coverageStartTime": "2025-01-24T06:00:00Z",
          "author": [{"@type": "Person", "name": "Fionn Walsh"}],
          "publisher": {"@type": "Organization", "name": "Irish Ledger"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update", "datePublished": "2025-01-24T09:10:00Z"}]}
    entries = [("09:10", "More than 700,000 homes are without power, the network operator said."),
               ("08:45", "\u201cDo not travel unless you absolutely must,\u201d said Garda Inspector Claire "
                         "Doyle. \u201cTrees are down on every road.\u201d"),
               ("08:02", "All flights from the city's airport have been cancelled until at least noon."),
               ("07:30", "A red wind warning is in force across the west coast until 11am.")]
    posts = "".join(f'<article class="liveblog-entry"><div class="entry-meta">{"<span>Key event</span>" if n == 1 else ""}'
                    f'<time datetime="2025-01-24T{t}:00Z">{t}</time></div><div class="entry-body"><p>'
                    f"{escape(x, quote=False)}</p></div>{SHARE}</article>" for n, (t, x) in enumerate(entries))
    head = (f"<title>{title} | Irish Ledger</title>" + _ld(ld)
            + f'<meta property="og:title" content="{title} | Irish Ledger">')
    body = (f'<main><h1>{title}</h1><noscript><p>Please turn on JavaScript to see the latest updates.</p></noscript>'
            '<div class="liveblog-controls"><label><input type="checkbox"> Show key events only</label></div>'
            '<div class="pinned"><span>Pinned post</span></div>'
            f'<div class="liveblog">{posts}</div><button>Load more updates</button></main>')
    return Saved("live-blog-posting", _doc(head, body).encode(),
                 {"title": title, "source": "Irish Ledger", "date": "2025-01-24", "author": "Fionn Walsh"},
                 [f"{t} \u2013 {x[:40]}" for t, x in entries],
                 ["Show key events only", "Please turn on JavaScript", "Load more updates", "Pinned post"],
                 [("Doyle|Inspector", "Do not travel")], min_paras=4)


def all_cms() -> list[Saved]:
    """Every content-system page shape."""
    return [arc_xp(), brightspot_wire(), org_author_only(), drupal_time_only(), ghost_post(), substack_post(),
            medium_post(), yoast_graph(), author_array_mixed(), title_with_dash_site(), live_blog_posting(),
            *all_news()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_cms()))} pages written to {sys.argv[1]}")
