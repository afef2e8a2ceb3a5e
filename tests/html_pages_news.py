"""News pages with what a content system puts around a story: embedded social posts (X, Instagram,
TikTok, Facebook) and a video player, a broadcaster's screen-reader captions, a tabloid's capitals
promos, a news desk as author, a national daily's ads and print-edition note.

Every page is generated here (no real page is copied); :func:`html_pages_cms.all_cms` includes them.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import write_saved, Saved, _doc, _ld, _ps


_HARBOUR = ["The council approved a flood barrier for the harbour on Tuesday after two winters of storm damage "
            "to the quay.",
            "In a post on X, the housing minister welcomed the decision.",
            "Businesses along the quay said they had been given little notice of the closure.",
            "\u201cWe found out from social media like everyone else,\u201d said Tom Rees, who runs a chandlery "
            "on the quay.",
            "The barrier is due to be finished by the autumn of next year, the council said."]
TWEET = ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">We will not stop until every '
         'family has a safe home. Today&#39;s vote is a start. <a href="https://t.co/abc">pic.twitter.com/AbC123</a>'
         '</p>&mdash; Jane Minister (@janeminister) <a href="https://twitter.com/janeminister/status/123">March 3, '
         '2024</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
INSTAGRAM = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/" '
             'data-instgrm-version="14"><div><a href="https://www.instagram.com/p/XYZ/" target="_blank"><div>View '
             'this post on Instagram</div></a><p><a href="https://www.instagram.com/p/XYZ/">A post shared by Harbour '
             'Cafe (@harbourcafe)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>')
INSTAGRAM_CAPTIONED = (
    '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/Q1/">'
    '<div><a href="https://www.instagram.com/p/Q1/"><div>View this post on Instagram</div></a><p><a '
    'href="https://www.instagram.com/p/Q1/">Our last morning on the old quay. Thank you for 30 years.</a></p><p>A '
    'post shared by <a href="https://www.instagram.com/harbourcafe/">Harbour Cafe</a> (@harbourcafe) on <time '
    'datetime="2024-03-03T10:00:00+00:00">Mar 3, 2024 at 2:00am PST</time></p></div></blockquote>')
TIKTOK = ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@quaykids/video/123" data-video-id="123">'
          '<section><a target="_blank" title="@quaykids" href="https://www.tiktok.com/@quaykids">@quaykids</a> '
          'Last day before the barrier works close the quay #harbour <a title="original sound" '
          'href="https://www.tiktok.com/music/x">\u266c original sound - quaykids</a></section></blockquote>'
          '<script async src="https://www.tiktok.com/embed.js"></script>')
FACEBOOK = ('<div class="fb-post" data-href="https://www.facebook.com/portcouncil/posts/1" data-width="500">'
            '<blockquote cite="https://www.facebook.com/portcouncil/posts/1" class="fb-xfbml-parse-ignore"><p>The quay '
            'will close to traffic from Monday while the barrier is built.</p>Posted by <a '
            'href="https://www.facebook.com/portcouncil">Port Council</a> on&nbsp;<a '
            'href="https://www.facebook.com/portcouncil/posts/1">Tuesday, 3 March 2024</a></blockquote></div>')
YOUTUBE = ('<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
           '<iframe title="Council leader on the flood barrier" width="640" height="360" '
           'src="https://www.youtube.com/embed/abc123" frameborder="0" allowfullscreen></iframe></div>'
           '<figcaption>The council leader explains the flood barrier plan</figcaption></figure>')


def social_embeds_page() -> Saved:
    """Embedded X, Instagram (with and without a caption), TikTok, Facebook posts and a YouTube player:
    each post's words kept as a quotation with its account's name; none of the embed furniture."""
    ps = [f"<p>{escape(p, quote=False)}</p>" for p in _HARBOUR]
    title = "Flood barrier approved for harbour"
    body = (f"<article><h1>{title}</h1>" + ps[0] + ps[1] + TWEET + ps[2] + INSTAGRAM + TIKTOK + ps[3]
            + INSTAGRAM_CAPTIONED + FACEBOOK + YOUTUBE + ps[4] + "</article>")
    head = f"<title>{title} | Harbour News</title>" + '<meta property="og:site_name" content="Harbour News">'
    return Saved("social-embeds", _doc(head, body).encode(), {"title": title, "source": "Harbour News"},
                 [*_HARBOUR, "Jane Minister posted on X: \u201cWe will not stop until every family has a safe home. "
                  "Today's vote is a start.\u201d",
                  "Harbour Cafe posted on Instagram: \u201cOur last morning on the old quay. Thank you for 30 years.\u201d",
                  "Port Council posted on Facebook: \u201cThe quay will close to traffic from Monday while the barrier "
                  "is built.\u201d"],
                 ["pic.twitter.com", "(@janeminister)", "March 3, 2024", "View this post on Instagram",
                  "A post shared by", "original sound", "Posted by", "Mar 3, 2024", "explains the flood barrier plan"],
                 [("Jane Minister", "We will not stop"), ("Port Council", "quay will close to traffic"),
                  ("Rees", "found out from social media")], min_paras=7)


_GRID = ["The national grid operator asked factories to cut power use on Thursday evening as a cold snap "
         "pushed demand to the highest level in a decade.",
         "\u201cWe have enough supply, but the margin is thinner than we would like,\u201d said Carla Jensen, "
         "the operator's director of operations.",
         "Households were not asked to change their use, the operator said.",
         "Wholesale prices for Thursday evening rose to five times their usual level."]


def broadcaster_captions() -> Saved:
    """A broadcaster's page: text blocks by ``data-component``, 'Image source, …' / 'Image caption, …' lines
    a screen reader hears, 'Related topics' and 'More on this story' lists; author is the newsroom."""
    title = "Factories asked to cut power as cold snap hits"
    ld = {"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": title,
          "datePublished": "2025-01-09T17:45:12.000Z",
          "author": {"@type": "NewsMediaOrganization", "name": "North Broadcasting News"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "North Broadcasting News"}}
    block = lambda p: f'<div data-component="text-block"><p>{escape(p, quote=False)}</p></div>'  # noqa: E731
    body = (f'<main id="main-content"><article><header><h1 id="main-heading">{title}</h1></header>'
            '<div data-component="byline-block"><time datetime="2025-01-09T17:45:12.000Z">9 January 2025</time>'
            '</div>' + block(_GRID[0])
            + '<div data-component="image-block"><figure><div><span class="visually-hidden">Image source, </span>'
              'Getty Images</div><img src="pylons.jpg" alt="Pylons"><figcaption><span class="visually-hidden">Image '
              'caption, </span>Demand peaked at 6pm</figcaption></figure></div>'
            + "".join(block(p) for p in _GRID[1:])
            + '<div data-component="topic-list"><h2>Related topics</h2><ul><li><a>Energy</a></li></ul></div>'
              '<div data-component="links-block"><h2>More on this story</h2><ul><li><a>Why prices spike in cold '
              'weather</a></li></ul></div></article></main>')
    head = f"<title>{title} - North Broadcasting News</title>" + _ld(ld)
    return Saved("broadcaster", _doc(head, body).encode(),
                 {"title": title, "source": "North Broadcasting News", "date": "2025-01-09", "author": None},
                 _GRID, ["Image source", "Getty Images", "Image caption", "Demand peaked", "Related topics",
                         "Why prices spike"], [("Jensen|director", "margin is thinner")])


_ZOO = ["A zoo has welcomed the birth of a rare Sumatran tiger cub, the first born there in 20 years.",
        "Keepers said the cub, a female, was feeding well and would be named by the public.",
        "\u201cEvery birth matters when there are fewer than 400 of these cats left in the wild,\u201d said "
        "Dr Lucy Frost, the zoo's head of conservation.",
        "The cub and her mother will go on show in the spring."]


def tabloid_caps() -> Saved:
    """A tabloid: byline 'By JOHN SMITH FOR MAILONLINE', capitals promo lines in the text ('CLICK HERE TO
    …', 'READ MORE: …', 'RELATED ARTICLES'), 'Share or comment on this article', og:title ' | Site'."""
    title = "Rare tiger cub born at zoo for first time in 20 years"
    head = (f"<title>{title} | Daily Courier Online</title>"
            f'<meta property="og:title" content="{title} | Daily Courier Online">'
            '<meta property="og:site_name" content="Daily Courier Online">'
            '<meta property="article:published_time" content="2025-03-15T11:20:00+0000">')
    body = (f'<div id="content"><div class="article-text"><h1>{title}</h1>'
            '<p class="author-section byline-plain">By <a class="author">JOHN SMITH FOR MAILONLINE</a></p>'
            '<p class="byline-section"><span class="article-timestamp">Published: 11:20 GMT, 15 March 2025</span></p>'
            '<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul><li>Previous</li><li>1</li><li>Next</li>'
            '<li><a>Zoo keeper attacked by lion</a></li></ul></div>'
            '<div itemprop="articleBody">' + _ps(_ZOO[:2])
            + "<p><b>READ MORE: Britain's oldest gorilla dies aged 61</b></p>" + _ps(_ZOO[2:3])
            + "<p><b>CLICK HERE TO DOWNLOAD THE DAILY COURIER APP</b></p>" + _ps(_ZOO[3:])
            + '</div><div class="share-bottom"><p>Share or comment on this article:</p></div></div></div>')
    return Saved("tabloid-caps", _doc(head, body).encode(),
                 {"title": title, "source": "Daily Courier Online", "date": "2025-03-15", "author": "John Smith"},
                 _ZOO, ["RELATED ARTICLES", "oldest gorilla", "CLICK HERE", "Share or comment", "MAILONLINE"],
                 [("Frost|head of conservation", "Every birth matters")])


_RUPEE = ["The rupee fell to a record low against the dollar on Monday as foreign investors pulled money out "
          "of Indian shares for a fifth week.",
          "\u201cThe central bank is likely to step in if the fall gets disorderly,\u201d said Anil Mehra, "
          "chief economist at a Mumbai brokerage.",
          "Shares in Mumbai ended the day 1.1 percent lower.",
          "Oil importers were seen buying dollars through the afternoon, traders said."]


def desk_author_also_read() -> Saved:
    """An Indian news site: the JSON-LD author is a Person named 'Business Desk' (a desk, not a person),
    'ALSO READ | …' lines in the text, 'Updated: … IST' and a print-edition note."""
    title = "Rupee hits record low as foreign investors sell shares"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-02-10T16:41:00+05:30", "dateModified": "2025-02-10T18:02:00+05:30",
          "author": {"@type": "Person", "name": "Business News Desk"},
          "publisher": {"@type": "Organization", "name": "Mumbai Mirror Times"}}
    head = (f"<title>{title} - Mumbai Mirror Times</title>" + _ld(ld)
            + '<meta property="og:site_name" content="Mumbai Mirror Times">')
    body = (f'<main><div class="story"><h1>{title}</h1><div class="dateline">Updated: Feb 10, 2025 18:02 IST</div>'
            '<div class="storyDetails">' + _ps(_RUPEE[:2])
            + '<p><strong>ALSO READ | Sensex slips for third day on FII selling</strong></p>' + _ps(_RUPEE[2:])
            + '<p>Also Read: What a weak rupee means for your EMI</p>'
              '<p><em>This article first appeared in the print edition of Feb 11, 2025.</em></p></div></div></main>')
    return Saved("desk-author", _doc(head, body).encode(),
                 {"title": title, "source": "Mumbai Mirror Times", "date": "2025-02-10", "author": None},
                 _RUPEE, ["ALSO READ", "Sensex slips", "weak rupee means", "print edition"],
                 [("Mehra|economist", "likely to step in")])


_TRAIN = ["Train drivers at four operators will strike on March 21 after talks over pay broke down, their "
          "union said on Friday.",
          "\u201cWe did not want to be here, but the companies left us no choice,\u201d said Mick Davey, the "
          "union's general secretary.",
          "The operators said they would run a reduced timetable on the day.",
          "It is the first national rail strike in more than a year."]


def print_edition_ads() -> Saved:
    """A national daily: 'Advertisement' and 'SKIP ADVERTISEMENT' between paragraphs, a 'Share full
    article' button, a print-edition note with 'Order Reprints | Today's Paper | Subscribe'."""
    title = "Train drivers to strike on March 21 after pay talks fail"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-07T14:12:03.000Z", "dateModified": "2025-03-08T09:00:00.000Z",
          "author": [{"@type": "Person", "name": "Eve Harlow", "url": "https://dailyrecord.example/by/eve-harlow"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Record"}}
    ad = '<div class="ad"><p>Advertisement</p><p><a href="#after-ad">SKIP ADVERTISEMENT</a></p></div>'
    head = f"<title>{title} - The Daily Record</title>" + _ld(ld)
    body = (f'<main><article id="story"><header><h1>{title}</h1><button>Share full article</button></header>'
            '<section name="articleBody">' + _ps(_TRAIN[:2]) + ad + _ps(_TRAIN[2:])
            + '</section><div class="bottom-of-article"><p>A version of this article appears in print on March 8, '
              '2025, Section A, Page 12 of the national edition with the headline: Rail Strike Called. <a>Order '
              "Reprints</a> | <a>Today's Paper</a> | <a>Subscribe</a></p></div></article></main>")
    return Saved("print-edition", _doc(head, body).encode(),
                 {"title": title, "source": "The Daily Record", "date": "2025-03-07", "author": "Eve Harlow"},
                 _TRAIN, ["SKIP ADVERTISEMENT", "Share full article", "appears in print", "Order Reprints"],
                 [("Davey|general secretary", "left us no choice")])


def all_news() -> list[Saved]:
    """Every news page shape of this module."""
    return [social_embeds_page(), broadcaster_captions(), tabloid_caps(), desk_author_also_read(), print_edition_ads()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_news()))} pages written to {sys.argv[1]}")
