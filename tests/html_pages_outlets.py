"""Story pages in the templates national and local outlets publish, with the furniture they put inside
the article body: pull quotes that repeat a sentence of the story, photo captions with agency credits,
video players, 'Listen to this article', 'Read more:' and 'RELATED:' lines, newsletter boxes, author bio
cards, embedded posts, corrections (which are article text), tables, and bodies split over many blocks.

Every page is generated here from what such templates look like (no real page is copied). ``quotes``
lists (speaker, words) the story quotes; :data:`QUOTE_FURNITURE` lists words no quote may hold.
``python tests/html_pages_outlets.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved

QUOTE_FURNITURE = ("pic.twitter.com", "Photo", "AP Photo", "Reuters/", "Getty", "Advertisement", "Share",
                   "Read more", "RELATED", "Sign up", "newsletter", "Listen", "(@", "t.co/")
"""Words of page furniture that must never end up inside a quote."""


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


_TRANSIT = ["The city's transit agency will cut service on six bus routes from March, it said on Wednesday, "
            "blaming a shortage of drivers.",
            "\u201cWe cannot run buses we do not have drivers for,\u201d said Maria Lopez, the agency's chief "
            "executive. \u201cEvery route we keep is a route we can staff.\u201d",
            "The agency has 140 vacancies for drivers, about one in eight of its posts.",
            "Riders' groups said the cuts would fall hardest on the outer suburbs.",
            "\u201cPeople in these neighbourhoods have no other way to get to work,\u201d said Dev Patel, who "
            "chairs the Riders' Alliance.",
            "The agency said it would restore the routes once it had hired enough drivers."]


def guardian_pullquote() -> Saved:
    """A national daily's article: a pull quote repeating the chief executive's words in an ``<aside>``
    with a ``<blockquote>`` and ``<cite>``, a rich link ('Related: …'), a figure with 'Photograph: …'
    credit, and the newsletter promo island; the pull quote's words are quoted once."""
    title = "Bus routes cut as transit agency runs short of drivers"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-02-05T14:10:00.000Z",
          "author": [{"@type": "Person", "name": "Hannah Ellis"}],
          "publisher": {"@type": "Organization", "name": "The Guardian"}}
    head = f"<title>{title} | Transport | The Guardian</title>" + _ld(ld) + \
        '<meta property="og:site_name" content="the Guardian">'
    pull = ('<aside data-spacefinder-role="supporting" class="dcr-pullquote"><svg viewBox="0 0 22 14"></svg>'
            '<blockquote><p>We cannot run buses we do not have drivers for</p></blockquote>'
            '<footer><cite>Maria Lopez</cite></footer></aside>')
    fig = ('<figure data-spacefinder-role="inline"><picture><img src="bus.jpg" alt="A bus"></picture>'
           '<figcaption><span>A bus at the depot on Wednesday.</span> Photograph: Anna Gordon/The Guardian'
           '</figcaption></figure>')
    body = (f'<main><article><h1>{title}</h1><div class="dcr-standfirst"><p>Six routes affected from March, '
            'with 140 driver posts unfilled</p></div><address><a rel="author">Hannah Ellis</a></address>'
            '<div class="article-body-commercial-selector">' + _p(_TRANSIT[0]) + fig + _p(_TRANSIT[1]) + pull
            + _p(_TRANSIT[2]) + '<aside data-spacefinder-role="richLink"><p>Related: <a>Rail fares to rise by '
              '4.6%</a></p></aside>' + _p(_TRANSIT[3])
            + '<gu-island name="EmailSignUpWrapper"><p>Sign up to Morning Mail</p><p>Our Australian morning '
              'briefing breaks down the key stories of the day</p></gu-island>' + "".join(map(_p, _TRANSIT[4:]))
            + '</div></article></main>')
    return Saved("guardian-pullquote", _doc(head, body).encode(),
                 {"title": title, "source": "the Guardian", "date": "2025-02-05", "author": "Hannah Ellis"},
                 _TRANSIT, ["Photograph:", "Anna Gordon", "A bus at the depot", "Rail fares to rise",
                            "Morning Mail"],
                 [("Lopez|chief executive", "We cannot run buses"), ("Patel|chairs", "no other way")], min_paras=6)


def wordpress_pullquote() -> Saved:
    """A local paper on WordPress: a Gutenberg pull quote (``wp-block-pullquote``) and a plain
    ``<blockquote>`` call-out repeating a sentence; 'RELATED:' lines, an image with '(Staff photo by …)',
    a Jetpack share bar, an author box and a comment form at the end."""
    title = "Transit agency to cut six bus routes"
    head = (f"<title>{title} &#8211; The Valley Herald</title>"
            '<meta property="og:site_name" content="The Valley Herald">'
            '<meta property="article:published_time" content="2025-02-05T09:00:00-05:00">'
            '<meta name="author" content="Rob Kline">')
    body = ('<div id="page" class="site"><div id="content"><article class="post type-post">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
            '<span class="byline">By <a class="url fn n">Rob Kline</a></span></div></header>'
            '<div class="entry-content">' + _p(_TRANSIT[0])
            + '<p><strong>RELATED: <a href="/2025/01/fares">Fares going up in April</a></strong></p>'
            + _p(_TRANSIT[1])
            + '<figure class="wp-block-pullquote"><blockquote><p>\u201cEvery route we keep is a route we can '
              'staff.\u201d</p><cite>Maria Lopez, chief executive</cite></blockquote></figure>'
            + _p(_TRANSIT[2])
            + '<figure class="wp-block-image size-large"><img src="depot.jpg"><figcaption class="wp-element-caption">'
              'Buses parked at the Main Street depot. (Staff photo by Lee Grant)</figcaption></figure>'
            + _p(_TRANSIT[3]) + '<p><img src="riders.jpg"></p><p><em>Riders wait for the 42 bus on Elm Avenue. '
              '(Photo by Lee Grant/The Valley Herald)</em></p>' + _p(_TRANSIT[4])
            + '<blockquote class="wp-block-quote"><p>People in these neighbourhoods have no other way to get to '
              'work.</p></blockquote>'
            + '<p>READ MORE: <a href="/2025/01/drivers">Why nobody wants to drive a bus</a></p>' + _p(_TRANSIT[5])
            + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Facebook</li>'
              '<li>X</li></ul></div></div><footer class="entry-footer"><div class="author-info"><h2>About Rob Kline'
              '</h2><p>Rob Kline covers transportation and city hall for The Valley Herald. Reach him at 555-0142.'
              '</p></div></footer></article><div id="comments" class="comments-area"><div id="respond">'
              '<h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div></div></div>')
    return Saved("wordpress-pullquote", _doc(head, body).encode(),
                 {"title": title, "source": "The Valley Herald", "date": "2025-02-05", "author": "Rob Kline"},
                 _TRANSIT, ["RELATED", "Fares going up", "Staff photo", "Main Street depot", "READ MORE",
                            "Why nobody wants", "Share this", "covers transportation", "Leave a Reply",
                            "Maria Lopez, chief executive", "Riders wait for the 42"],
                 [("Lopez|chief executive", "Every route we keep"), ("Patel|chairs", "no other way")], min_paras=6)


_FIRE = ["Firefighters were battling a wildfire north of the city on Sunday that had burned more than 4,000 "
         "hectares and forced 2,000 people from their homes.",
         "\u201cThis fire is moving faster than anything we have seen this season,\u201d said Chief Alan Brooks "
         "of the county fire service.",
         "Strong winds were expected to ease by Monday evening, forecasters said.",
         "An evacuation centre has opened at the high school, where about 300 people spent the night.",
         "\u201cWe left with the clothes we had on,\u201d said Rosa Diaz, 64, who fled her home in Pine Hollow "
         "with her two dogs.",
         "The cause of the fire is under investigation."]


def wire_captions() -> Saved:
    """A news agency's story: figures with '(AP Photo/…)' captions, a second photo whose caption is a
    paragraph beside it ('<p class="Figure-caption">'), a video player with its title and duration,
    'Advertisement' slots and the agency's copyright; the credit never reaches the text or a quote."""
    title = "Wildfire forces 2,000 from their homes"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-08-10T18:22:00Z", "author": [{"@type": "Person", "name": "Tom Walsh"}],
          "publisher": {"@type": "Organization", "name": "Associated Press"}}
    head = f"<title>{title} | AP News</title>" + _ld(ld) + '<meta property="og:site_name" content="AP News">'
    ad = '<div class="Advertisement"><div class="ad-label">Advertisement</div></div>'
    body = ('<main><div class="Page-content"><h1 class="Page-headline">' + title + '</h1>'
            '<div class="Page-authors">By <a>TOM WALSH</a></div><div class="RichTextStoryBody RichTextBody">'
            + _p("PINE HOLLOW, Calif. (AP) \u2014 " + _FIRE[0])
            + '<figure class="Figure"><img src="fire.jpg"><figcaption class="Figure-caption"><p>A firefighter '
              'watches flames near Pine Hollow, Calif., Sunday, Aug. 10, 2025. (AP Photo/Noah Berger)</p>'
              '</figcaption></figure>' + _p(_FIRE[1]) + ad + _p(_FIRE[2])
            + '<div class="VideoEnhancement"><div class="jw-player"><span class="jw-title">Wildfire races through '
              'hills</span><span class="jw-duration">01:12</span></div></div>'
            + _p(_FIRE[3]) + '<img src="centre.jpg" alt=""><p class="Figure-caption">Evacuees rest on cots at the '
              'high school in Pine Hollow, Calif., Sunday. (AP Photo/Noah Berger)</p>'
            + _p(_FIRE[4]) + ad + _p(_FIRE[5])
            + '<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, '
              'broadcast, rewritten or redistributed without permission.</p></div></div></main>')
    return Saved("wire-captions", _doc(head, body).encode(),
                 {"title": title, "source": "AP News", "date": "2025-08-10", "author": "Tom Walsh"},
                 _FIRE[1:], ["AP Photo", "firefighter watches flames", "Evacuees rest on cots", "Advertisement",
                             "Wildfire races", "01:12", "Copyright"],
                 [("Brooks|Chief", "moving faster"), ("Diaz", "clothes we had on")], min_paras=6)


def broadcaster_listen_video() -> Saved:
    """A public broadcaster's story: 'Listen to this article' with its length, a 'WATCH | …' video card with
    its duration, a photo whose caption ends '(Evan Ng/CBC)', 'Share this article' and 'Comments' at the end,
    and an editor's note and a correction, which stay (they are the article's text)."""
    title = "Province to fund 500 new nursing seats"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-04-02T20:15:00.000Z", "author": [{"@type": "Person", "name": "Priya Sethi"}],
          "publisher": {"@type": "Organization", "name": "CBC"}}
    paras = ["The province will pay for 500 new nursing seats at colleges and universities over the next three "
             "years, the health minister announced Wednesday.",
             "\u201cWe are training the nurses we will need in five years, not the ones we needed five years "
             "ago,\u201d said Health Minister Dana Wu.",
             "The nurses' union welcomed the money but said wages were the bigger problem.",
             "\u201cSeats do not help if graduates leave for better pay next door,\u201d said union president "
             "Mark Hall.",
             "Correction: An earlier version of this story said the seats would be funded over two years. In fact, "
             "they will be funded over three years.",
             "Editor's note: Priya Sethi's partner works for the Ministry of Health."]
    head = f"<title>{title} | CBC News</title>" + _ld(ld) + '<meta property="og:site_name" content="CBC">'
    body = ('<main><div class="story"><h1 class="detailHeadline">' + title + '</h1>'
            '<div class="bylineDetails"><span class="authorText">Priya Sethi</span> \u00b7 CBC News \u00b7 '
            '<time class="timeStamp" datetime="2025-04-02T20:15:00.000Z">Posted: Apr 02, 2025 4:15 PM EDT</time>'
            '</div><div class="listenButton"><button>Listen to this article</button><span>Estimated 3 minutes'
            '</span></div><div class="story-body">' + _p(paras[0])
            + '<figure class="imageMedia"><img src="nurses.jpg"><figcaption class="figureCaption">Nursing '
              'students practise at a college lab in Halifax. (Evan Ng/CBC)</figcaption></figure>' + _p(paras[1])
            + '<div class="mediaEmbed"><div class="videoPlayer"><p class="mediaTitle">WATCH | Nursing students on '
              'why they may leave the province:</p><span class="mediaDuration">Duration 2:03</span></div></div>'
            + _p(paras[2]) + _p(paras[3]) + "<p><em>" + escape(paras[4]) + "</em></p><p><em>" + escape(paras[5])
            + '</em></p></div><div class="sharebar"><button>Share this article</button></div>'
              '<div class="commentsBlock"><h2>Comments</h2><p>To encourage thoughtful and respectful '
              'conversations, first and last names will appear with each submission.</p></div></div></main>')
    return Saved("broadcaster-listen", _doc(head, body).encode(),
                 {"title": title, "source": "CBC", "date": "2025-04-02", "author": "Priya Sethi"},
                 paras, ["Listen to this article", "Estimated 3 minutes", "Evan Ng/CBC", "practise at a college",
                         "WATCH |", "Duration 2:03", "Share this article", "thoughtful and respectful"],
                 [("Wu|Health Minister", "training the nurses"), ("Hall|union president", "Seats do not help")],
                 min_paras=6)


_FLOOD = ["Floodwaters rose through northern towns on Thursday as the river peaked at 14 metres, the highest level "
          "in 50 years.",
          "More than 3,000 homes were without power and several roads into the region were cut.",
          "\u201cThe next 24 hours are critical,\u201d the state's emergency services minister, Kate Byrne, told "
          "reporters in the morning.",
          "Residents in low-lying streets were told to leave before nightfall.",
          "In a post on X, the Prime Minister said the federal government would pay for emergency housing.",
          "The Bureau of Meteorology said more rain was forecast for the weekend."]
TWEET_WP = ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div '
            'class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550" data-dnt="true">'
            '<p lang="en" dir="ltr">Our thoughts are with everyone in the north tonight.<br><br>The Commonwealth will '
            'cover emergency housing for every family that needs it. <a href="https://t.co/Fl00d">'
            'https://t.co/Fl00d</a> <a href="https://t.co/Ph0t0">pic.twitter.com/Ph0t0xyz</a></p>&mdash; Prime '
            'Minister (@PrimeMinister) <a href="https://twitter.com/PrimeMinister/status/1">February 27, 2025</a>'
            '</blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div></figure>')


def public_broadcaster_live() -> Saved:
    """A public broadcaster's story built from many blocks: each paragraph its own ``<div>``, a 'Read more:'
    link card, an embedded X post in a WordPress-style figure (its words kept once, no link or date
    trailer), an image with 'ABC News: …' credit, 'Key points' that stay and a 'Related stories' list."""
    title = "River peaks at highest level in 50 years as floods cut off towns"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-02-27T01:30:00.000Z", "author": [{"@type": "Person", "name": "Liam Doyle"}],
          "publisher": {"@type": "Organization", "name": "ABC News"}}
    head = f"<title>{title} - ABC News</title>" + _ld(ld) + '<meta property="og:site_name" content="ABC News">'
    div = lambda t: f'<div class="paragraph_p"><p class="paragraph">{escape(t, quote=False)}</p></div>'  # noqa: E731
    body = (f'<main><article><header><h1>{title}</h1><div data-component="Byline"><a>Liam Doyle</a></div>'
            '</header><div data-component="KeyPoints"><h2>In short:</h2><ul><li>The river peaked at 14 metres.</li>'
            '<li>Thousands of homes are without power.</li></ul></div><div id="body">' + div(_FLOOD[0]) + div(_FLOOD[1])
            + '<figure data-component="Figure"><img src="flood.jpg"><figcaption>Water covers the main street of '
              'Riverton. <span>(ABC News: Sam Tran)</span></figcaption></figure>' + div(_FLOOD[2])
            + '<div data-component="LinkCard"><p><strong>Read more:</strong></p><a>How to prepare your home for a '
              'flood</a></div>' + div(_FLOOD[3]) + div(_FLOOD[4]) + TWEET_WP + div(_FLOOD[5])
            + '</div><div data-component="RelatedStories"><h3>Related stories</h3><ul><li><a>Towns brace for '
              'second flood peak</a></li></ul></div></article></main>')
    return Saved("public-broadcaster", _doc(head, body).encode(),
                 {"title": title, "source": "ABC News", "date": "2025-02-27", "author": "Liam Doyle"},
                 [*_FLOOD, "Prime Minister posted on X: \u201cOur thoughts are with everyone in the north tonight. The "
                  "Commonwealth will cover emergency housing for every family that needs it.\u201d"],
                 ["pic.twitter.com", "t.co", "February 27, 2025", "@PrimeMinister", "Sam Tran", "Water covers",
                  "prepare your home", "Towns brace"],
                 [("Byrne|emergency services minister", "next 24 hours"),
                  ("Prime Minister", "Commonwealth will cover")], min_paras=7)


_SUMMIT = ["Leaders from 20 countries agreed on Friday to triple the money they spend on adapting to climate "
           "change by 2030, at the end of a three-day summit in Nairobi.",
           "\u201cThis is the first time rich countries have put a number on adaptation,\u201d said Amina "
           "Yusuf, Kenya's environment minister.",
           "Campaigners said the figure was still far short of what poorer countries need.",
           "\u201cA promise is not a payment,\u201d said Joseph Otieno of the Climate Justice Network.",
           "The agreement will be presented at the UN climate talks in November."]


def wire_agency_sections() -> Saved:
    """A wire agency and an international broadcaster's layout: the text in several ``<div>``s with
    'Advertisement' between them, an 'Read more' box of three links, a caption '[Thomas Mukoya/Reuters]',
    'Reporting by …; Editing by …' and 'Our Standards: The Thomson Reuters Trust Principles.'"""
    title = "Leaders agree to triple climate adaptation funding"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-09-12T16:40:00Z", "author": [{"@type": "Person", "name": "Grace Mwangi"}],
          "publisher": {"@type": "Organization", "name": "Reuters"}}
    head = f"<title>{title} | Reuters</title>" + _ld(ld) + '<meta property="og:site_name" content="Reuters">'
    chunk = lambda ps: ('<div class="article-body__content"><div data-testid="paragraph-0" class="text__text">'  # noqa: E731
                        + "".join(f'<p data-testid="paragraph">{escape(p, quote=False)}</p>' for p in ps) + "</div></div>")
    ad = '<div class="article-body__ad"><div data-testid="ResponsiveAdSlot"><span>Advertisement \u00b7 Scroll to continue</span></div></div>'
    body = (f'<main><article><h1 data-testid="Heading">{title}</h1><div class="article-header__byline">By '
            '<a rel="author">Grace Mwangi</a></div><figure><img src="summit.jpg"><figcaption><span>Leaders '
            'pose for a photo in Nairobi, Kenya, September 12, 2025. REUTERS/Thomas Mukoya</span>'
            '<button>Purchase Licensing Rights</button></figcaption></figure>'
            + chunk(["NAIROBI, Sept 12 (Reuters) - " + _SUMMIT[0], _SUMMIT[1]]) + ad
            + '<div class="read-more"><h2>Read more</h2><ul><li><a>Poor nations say climate cash falls short</a></li>'
              '<li><a>Explainer: what is adaptation finance?</a></li></ul></div>'
            + chunk(_SUMMIT[2:]) + '<p class="sign-off">Reporting by Grace Mwangi; Editing by Alex Richardson</p>'
            + '<div class="trust-principles"><p>Our Standards: The Thomson Reuters Trust Principles.</p></div>'
              '</article></main>')
    return Saved("wire-sections", _doc(head, body).encode(),
                 {"title": title, "source": "Reuters", "date": "2025-09-12", "author": "Grace Mwangi"},
                 _SUMMIT[1:], ["Advertisement", "Scroll to continue", "REUTERS/Thomas", "Purchase Licensing",
                               "Poor nations say", "Explainer", "Our Standards"],
                 [("Yusuf|environment minister", "first time rich countries"),
                  ("Otieno", "promise is not a payment")], min_paras=5)


_TAX = ["The state government on Monday raised the tax on sugary drinks by 10 percent from July, the first "
        "rise since the tax was brought in.",
        "\u201cThe evidence is clear that price changes what children drink,\u201d the state health secretary, "
        "Ravi Kumar, said at a news conference.",
        "Drinks makers said the rise would cost jobs at bottling plants in the state.",
        "The table below shows the new rates."]


def table_and_bio() -> Saved:
    """A daily's story with a data table (kept, as text), an 'Also Read' card, a 'Most Read' list inside the
    article column, a cookie banner and an author card with photo and bio at the end."""
    title = "Sugary drinks tax to rise by 10 percent"
    head = (f"<title>{title} - Times of Bharat</title><meta property='og:site_name' content='Times of Bharat'>"
            "<meta property='article:published_time' content='2025-06-16T12:00:00+05:30'>")
    table = ("<table><thead><tr><th>Drink</th><th>Old rate</th><th>New rate</th></tr></thead><tbody>"
             "<tr><td>Cola, per litre</td><td>Rs 10</td><td>Rs 11</td></tr>"
             "<tr><td>Energy drinks, per litre</td><td>Rs 15</td><td>Rs 16.5</td></tr></tbody></table>")
    body = ('<div class="cookie-consent-banner"><p>We use cookies to improve your experience. <a>Accept</a></p></div>'
            f'<div class="article_content"><h1>{title}</h1><div class="byline">Neha Rao / TNN / Updated: Jun 16, '
            '2025, 12:00 IST</div><div class="artText">' + _p(_TAX[0]) + _p(_TAX[1])
            + '<div class="also_read"><span>Also Read</span><a>Why your soft drink may soon cost more</a></div>'
            + _p(_TAX[2]) + _p(_TAX[3]) + table
            + '</div><div class="most_read_widget"><h3>Most Read</h3><ul><li><a>Monsoon to arrive early</a></li>'
              '<li><a>Metro fares revised</a></li></ul></div><div class="author_card"><img src="neha.jpg">'
              '<p class="author_name">Neha Rao</p><p class="author_bio">Neha Rao is a senior correspondent who has '
              'covered health policy since 2012.</p></div></div>')
    return Saved("table-bio", _doc(head, body).encode(),
                 {"title": title, "source": "Times of Bharat", "date": "2025-06-16"},
                 [*_TAX, "Cola, per litre", "Rs 16.5"],
                 ["Also Read", "may soon cost more", "Most Read", "Monsoon", "senior correspondent", "cookies"],
                 [("Kumar|health secretary", "price changes what children drink")], min_paras=5)


_LONG = ["On a cold morning in January, the last shift walked out of the Harlow mill for the final time.",
         "For 120 years the mill had made paper for newspapers across the country. By the end it made packaging.",
         "\u201cMy grandfather worked here, my father worked here, and I thought my son would,\u201d said Ian "
         "Webb, who spent 31 years on the machines.",
         "The closure cost 400 jobs in a town of 9,000 people.",
         "A year later, the site is being turned into housing.",
         "\u201cThe town has not got over it, and I am not sure it will,\u201d said the local vicar, Ruth Aldous.",
         "Some of the workers found jobs at a warehouse 20 miles away. Others have not worked since.",
         "The council says the new homes will bring young families back to Harlow."]


def long_read_sections() -> Saved:
    """A magazine long read: the story in four ``<section>``s with subheadings, a full-width pull quote
    (``<div class="pullquote">``) repeating a speaker's words between them, drop caps, a photo essay
    caption with 'Photo: …' credit, and an end note 'This article is part of …' that stays."""
    title = "The last shift at Harlow mill"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-01-18T06:00:00Z", "author": [{"@type": "Person", "name": "Claire Fenton"}],
          "publisher": {"@type": "Organization", "name": "The Northern Review"}}
    head = f"<title>{title} | The Northern Review</title>" + _ld(ld)
    sec = lambda h, ps: (f'<section class="article-section">{f"<h2>{h}</h2>" if h else ""}'  # noqa: E731
                         + "".join(map(_p, ps)) + "</section>")
    end = "This article is part of a series on towns that lost their biggest employer."
    body = (f'<main><article><header><h1>{title}</h1><p class="byline">By Claire Fenton</p></header>'
            '<div class="article-body">'
            + sec("", _LONG[:2])
            + '<figure class="photo-essay"><img src="mill.jpg"><figcaption>The mill in its last week. Photo: '
              'Jon Hart for The Northern Review</figcaption></figure>'
            + sec("Three generations", _LONG[2:4])
            + '<div class="pullquote"><p>\u201cMy grandfather worked here, my father worked here\u201d</p></div>'
            + sec("What comes next", _LONG[4:6]) + sec("Starting over", _LONG[6:])
            + f'<p class="endnote"><em>{end}</em></p></div></article></main>')
    return Saved("long-read", _doc(head, body).encode(),
                 {"title": title, "source": "The Northern Review", "date": "2025-01-18", "author": "Claire Fenton"},
                 [*_LONG, end], ["Jon Hart", "last week. Photo", "Photo:"],
                 [("Webb", "My grandfather worked here"), ("Aldous|vicar", "has not got over it")], min_paras=9)


_COUNCIL = ["The county board voted 4-1 on Tuesday night to close the Elm Street library branch at the end of "
            "the year.",
            "\u201cWe simply cannot keep every building open on this budget,\u201d said board chair Linda Moss.",
            "About 60 residents spoke against the closure during a meeting that ran past midnight.",
            "\u201cThis library is where my kids learned to read,\u201d said Carol Diggs, who has lived on Elm "
            "Street for 22 years.",
            "The branch's books will move to the main library downtown."]


def br_story_with_tools() -> Saved:
    """An old local-paper template: the story one ``<td>`` of ``<br><br>``-separated lines, a tool bar
    ('Print this page', 'Email this story', 'Text size: A A A'), 'Advertisement', a 'Photo: …' credit
    line and 'Copyright © 2025 …'; the plain fallback parser must drop the same furniture."""
    title = "Board votes to close Elm Street library"
    head = f"<title>{title} - The County Courier</title><meta name='author' content='Jim Beal'>"
    lines = "<br><br>\n".join(escape(p, quote=False) for p in _COUNCIL)
    body = ('<table width="100%"><tr><td class="nav"><a>Home</a> | <a>News</a> | <a>Sports</a> | <a>Obituaries</a>'
            '</td></tr><tr><td class="story">'
            f'<h1>{title}</h1><div class="tools"><a href="?print=1">Print this page</a> | <a>Email this story</a>'
            ' | Text size: <a>A</a> <a>A</a> <a>A</a></div><p class="byline">By Jim Beal<br>Staff Writer</p>'
            '<p>Photo: Sue Park</p>'
            f'<div class="storytext">{lines}<br><br>\n<span class="adlabel">Advertisement</span><br><br></div>'
            '<p class="copyright">Copyright \u00a9 2025 The County Courier. All rights reserved.</p>'
            '</td></tr></table>')
    return Saved("br-story-tools", _doc(head, body).encode(),
                 {"title": title, "source": "The County Courier", "author": "Jim Beal"},
                 _COUNCIL, ["Print this page", "Email this story", "Text size", "Advertisement", "Sue Park",
                            "Copyright", "Obituaries", "Staff Writer"],
                 [("Moss|board chair", "cannot keep every building"), ("Diggs", "learned to read")], min_paras=5)


def arc_story_furniture() -> Saved:
    """A metro daily on a hosted news CMS: 'Story continues below advertisement', an inline newsletter form,
    'Gift this article', an image caption with 'THE CANADIAN PRESS/…' credit and a 'Trending' list inside
    the story column; each paragraph has a ``data-`` id."""
    title = "Library branch to close after county vote"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-11-19T03:12:00Z", "author": [{"@type": "Person", "name": "Nadia Khan"}],
          "publisher": {"@type": "Organization", "name": "The Metro Star"}}
    head = f"<title>{title} - The Metro Star</title>" + _ld(ld)
    para = lambda n, t: f'<p class="c-article-body__text" data-sophi-feature="p{n}">{escape(t, quote=False)}</p>'  # noqa: E731
    body = (f'<main><article><h1 class="c-primary-title">{title}</h1><div class="c-byline">Nadia Khan</div>'
            '<div class="c-tools"><button>Gift this article</button><button>Share</button></div>'
            '<figure class="c-figure"><img src="lib.jpg"><figcaption class="c-figure__caption">The Elm Street '
            'branch on Tuesday. Sean Kilpatrick/THE CANADIAN PRESS</figcaption></figure>'
            '<div class="c-article-body">' + para(0, _COUNCIL[0]) + para(1, _COUNCIL[1])
            + '<div class="c-ad"><p>Story continues below advertisement</p></div>' + para(2, _COUNCIL[2])
            + '<div class="c-newsletter-inline"><p>Get the Morning Update newsletter</p><p>Start your day with '
              'the stories you need to know.</p><form><input type="email"><button>Sign up</button></form></div>'
            + para(3, _COUNCIL[3])
            + '<div class="c-trending"><h4>Trending</h4><ol><li>Ice storm warning for Thursday</li>'
              '<li>Mayor defends budget</li></ol></div>' + para(4, _COUNCIL[4])
            + '</div></article></main>')
    return Saved("arc-story", _doc(head, body).encode(),
                 {"title": title, "source": "The Metro Star", "date": "2025-11-19", "author": "Nadia Khan"},
                 _COUNCIL, ["Gift this article", "CANADIAN PRESS", "Story continues", "Morning Update",
                            "stories you need", "Ice storm", "Mayor defends"],
                 [("Moss|board chair", "cannot keep every building"), ("Diggs", "learned to read")], min_paras=5)


_ENERGY = ["The government will cap household energy bills for another year, the energy secretary said on "
           "Tuesday, at a cost of about 12 billion.",
           "\u201cNo family should have to choose between heating and eating this winter,\u201d the energy "
           "secretary, Helen Carr, told Parliament.",
           "The cap will be reviewed every three months.",
           "Suppliers said they had not been consulted on the details.",
           "\u201cWe support the aim, but we need to see how it will be paid for,\u201d said Tom Baines of "
           "Energy UK, the industry body.",
           "Opposition parties said the cap should have been announced months ago."]


def companion_columns() -> Saved:
    """A national daily's layout: 'Supported by', 'Listen to this article · 6:12 min Learn more', the story in
    several ``StoryBodyCompanionColumn`` blocks inside ``<section name="articleBody">`` with 'Advertisement /
    SKIP ADVERTISEMENT' between them, a Times-style tagline at the end (which stays) and 'Read 214 comments'."""
    title = "Energy bill cap extended for another year"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-10-07T16:02:11.000Z", "author": [{"@type": "Person", "name": "Ellen Marsh"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times"}}
    head = f"<title>{title} - The New York Times</title>" + _ld(ld)
    col = lambda ps: ('<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'  # noqa: E731
                      + "".join(f'<p class="css-at9mc1 evys1bk0">{escape(p, quote=False)}</p>' for p in ps) + "</div></div>")
    ad = ('<div class="css-1xu6ew ad"><div class="css-17xtcya"><p>Advertisement</p><a href="#after-dfp-ad">'
          'SKIP ADVERTISEMENT</a></div></div>')
    tagline = "Ellen Marsh covers energy and climate policy from London."
    body = (f'<main><article><header><p class="css-1a4qcr">Supported by</p><h1 data-testid="headline">{title}</h1>'
            '<div class="listen"><p>Listen to this article \u00b7 6:12 min <a>Learn more</a></p></div>'
            '<p class="byline">By <span>Ellen Marsh</span></p></header><section name="articleBody">'
            + col(_ENERGY[:2]) + '<div class="css-79elbk"><div><img src="meter.jpg"></div><div><span>A smart meter '
              'in a London home.</span><span>Credit...Ana Lee for The New York Times</span></div></div>'
            + ad + col(_ENERGY[2:4]) + ad + col(_ENERGY[4:])
            + f'<div class="bottom-of-article"><p><em>{tagline}</em></p></div></section>'
            '<div class="comments-button"><button>Read 214 comments</button></div></article></main>')
    return Saved("companion-columns", _doc(head, body).encode(),
                 {"title": title, "source": "The New York Times", "date": "2025-10-07", "author": "Ellen Marsh"},
                 _ENERGY, ["Supported by", "Listen to this article", "6:12 min", "SKIP ADVERTISEMENT", "214 comments",
                          "Ana Lee", "smart meter"],
                 [("Carr|energy secretary", "heating and eating"), ("Baines", "how it will be paid for")], min_paras=6)


_PORT = ["Workers at the country's largest port went on strike on Monday, halting container traffic for the "
         "first time in a decade.",
         "\u201cWe have waited three years for a pay rise that keeps up with prices,\u201d said Karim Haddad, a "
         "union organiser at the port.",
         "The port authority said it had offered a 6 percent rise over two years.",
         "Shipping companies began diverting vessels to ports further north."]


def recommended_screenreader() -> Saved:
    """An international broadcaster: a 'Recommended Stories' block whose screen-reader text says 'list of 4
    items' and 'end of list', a 'Follow Al Jazeera' box, the caption '[File: Sam Reed/Reuters]' under the
    picture, and the story's paragraphs in a ``wysiwyg`` block."""
    title = "Port workers strike, halting container traffic"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-03T09:15:00Z", "author": {"@type": "Organization", "name": "Al Jazeera Staff"},
          "publisher": {"@type": "Organization", "name": "Al Jazeera"}}
    head = f"<title>{title} | News | Al Jazeera</title>" + _ld(ld) + \
        '<meta property="og:site_name" content="Al Jazeera">'
    body = (f'<main id="main-content-area"><header class="article-header"><h1>{title}</h1></header>'
            '<figure class="article-featured-image"><img src="port.jpg"><figcaption>Cranes stand idle at the '
            'port on Monday [File: Sam Reed/Reuters]</figcaption></figure>'
            '<div class="wysiwyg wysiwyg--all-content">' + _p(_PORT[0]) + _p(_PORT[1])
            + '<div class="more-on"><h2>Recommended Stories</h2><p class="screen-reader-text">list of 4 items</p>'
              '<ul><li><a>Dockers in Europe back the strike</a></li><li><a>Why ports matter for prices</a></li></ul>'
              '<p class="screen-reader-text">end of list</p></div>'
            + _p(_PORT[2]) + _p(_PORT[3]) + '</div><div class="article-follow"><p>Follow Al Jazeera English:</p>'
              '</div></main>')
    return Saved("recommended-list", _doc(head, body).encode(),
                 {"title": title, "source": "Al Jazeera", "date": "2025-03-03", "author": None},
                 _PORT, ["Recommended Stories", "list of 4 items", "end of list", "Dockers in Europe", "Sam Reed",
                         "Follow Al Jazeera"],
                 [("Haddad|organiser", "waited three years")], min_paras=4)


_MONSOON = ["Heavy rain lashed the city for a second day on Wednesday, flooding low-lying areas and disrupting "
            "suburban train services.",
            "The weather office has issued a red alert for the next 48 hours.",
            "\u201cPeople should step out only if it is necessary,\u201d municipal commissioner Suresh Nair said "
            "in a statement.",
            "Schools and colleges will remain closed on Thursday."]


def br_body_also_read() -> Saved:
    """A daily whose story text is one ``<div>`` of lines separated by ``<br><br>``, with an 'Also Read' box
    and a photo credit line ('Photo: TOI') among them, and a 'Read more' span after the text."""
    title = "Heavy rain floods city for second day"
    head = (f"<title>{title} | City News - Times of Bharat</title><meta property='og:site_name' content='Times of "
            "Bharat'><meta property='article:published_time' content='2025-07-09T14:35:00+05:30'>")
    text = "<br><br>".join(escape(p, quote=False) for p in _MONSOON[:2])
    rest = "<br><br>".join(escape(p, quote=False) for p in _MONSOON[2:])
    body = (f'<div class="main"><h1>{title}</h1><div class="byline">TNN / Jul 9, 2025, 14:35 IST</div>'
            f'<div class="_s30J clearfix">{text}<br><br><div class="also-read-box"><span>ALSO READ</span><a>Mumbai '
            'rains: trains running late</a></div><br>Photo: TOI<br><br>' + rest
            + '<span class="read-more-link">Read more</span></div></div>')
    return Saved("br-also-read", _doc(head, body).encode(),
                 {"title": title, "source": "Times of Bharat", "date": "2025-07-09"},
                 _MONSOON, ["ALSO READ", "trains running late", "Photo: TOI", "Read more"],
                 [("Nair|commissioner", "step out only if")], min_paras=4)


_LIVE = [("09:02", "Polls have opened across the country in what is expected to be the closest election in a "
                   "generation."),
         ("09:40", "Turnout in the capital was higher than at the same point four years ago, election officials "
                   "said."),
         ("10:15", "\u201cEvery vote will count today,\u201d said the prime minister, Ana Ruiz, after casting her "
                   "ballot in her home town."),
         ("11:05", "The opposition leader, Marco Vidal, voted in the capital and did not speak to reporters.")]


def live_articles_pinned() -> Saved:
    """A live blog whose entries are each an ``<article>``, with a pinned entry repeating a later one at the
    top, 'Key event' labels, and an embedded post in an ``embed`` block; the pinned copy is left out."""
    title = "Election day live: polls open in close race"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2025-05-25T08:55:00+01:00", "author": [{"@type": "Person", "name": "Sofia Marin"}],
          "publisher": {"@type": "Organization", "name": "The Continental"}}
    head = f"<title>{title} | The Continental</title>" + _ld(ld)
    tweet = ('<div class="embed embed--twitter"><blockquote class="twitter-tweet"><p lang="es" dir="ltr">I have '
             'voted. Now it is your turn. pic.x.com/Vote123</p>&mdash; Ana Ruiz (@anaruiz) <a href="https://x.com/'
             'anaruiz/status/9">May 25, 2025</a></blockquote></div>')
    entry = lambda t, x, extra="": (f'<article class="live-post"><header><time datetime="2025-05-25T{t}:00+01:00">'  # noqa: E731
                                    f'{t}</time><span class="label">Key event</span></header>{_p(x)}{extra}</article>')
    body = (f'<main><h1>{title}</h1><div class="pinned"><span>Pinned</span>{entry(*_LIVE[2])}</div>'
            '<div class="live-feed">' + "".join(entry(t, x, tweet if n == 2 else "") for n, (t, x)
                                                in reversed(list(enumerate(_LIVE)))) + "</div></main>")
    return Saved("live-articles", _doc(head, body).encode(),
                 {"title": title, "source": "The Continental", "date": "2025-05-25", "author": "Sofia Marin"},
                 [x for _, x in _LIVE] + ["Ana Ruiz posted on X: \u201cI have voted. Now it is your turn.\u201d"],
                 ["pic.x.com", "@anaruiz", "Key event", "Pinned"],
                 [("Ruiz|prime minister", "Every vote will count")], min_paras=5)


def all_outlets() -> list[Saved]:
    """Every outlet page shape of this module."""
    return [guardian_pullquote(), wordpress_pullquote(), wire_captions(), broadcaster_listen_video(),
            public_broadcaster_live(), wire_agency_sections(), table_and_bio(), long_read_sections(),
            br_story_with_tools(), arc_story_furniture(), companion_columns(), recommended_screenreader(),
            br_body_also_read(), live_articles_pinned()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_outlets()))} pages written to {sys.argv[1]}")
