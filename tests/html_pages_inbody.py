"""Story pages in the styles of Canadian and US news sites with furniture INSIDE the story container, script
payloads that earlier sets left unread, and feeds as real outlets write them.

In the body: 'Story continues below advertisement', numbered 'Advertisement 3' slots, a 'Trending Now' list, a
newsletter box, mid-body 'RELATED:' and 'READ MORE:' lines and link cards, 'Listen to this article' and an
AI-voice note, video cards ('Click to play video: …', '2:03'), captions with credits ('(Photo by X / Getty
Images)', 'THE CANADIAN PRESS/Jane Doe', 'Open this photo in gallery:'), a gallery ('1 of 12'), an embedded
post, pull quotes without a class, a poll and a comment count, 'Sponsored content', correction and update notes
(story text: kept), '___' separators, wire credits ('With files from The Canadian Press', 'Associated
Press writer X contributed to this report.', 'Reporting by …; Editing by …': kept, as earlier sets keep them, for
they name the agency the metadata reads; no quote may hold them), an author's bio, 'This article was originally published
…'. Script payloads: Nuxt's ``window.__NUXT__=(function(a,b,…){return {…}}(…))`` and Next.js flight data whose
paragraphs sit in rows reached by ``$L`` and ``$`` references and text rows (``ID:T…,``). Feeds: RSS with HTML
in its description and ``content:encoded``, double-escaped entities, a ``media:description`` caption, Atom with
XHTML content, and a feed of summaries only.

Every page is generated here (no real page is copied; the stories are invented). ``quotes`` lists (speaker,
words) the story quotes; :data:`QUOTE_FURNITURE` lists words no quote may hold.
``python tests/html_pages_inbody.py DIR`` writes the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved

QUOTE_FURNITURE = ("Advertisement", "advertisement", "Getty", "CANADIAN PRESS", "Photo", "READ MORE", "RELATED",
                   "Trending", "Sign up", "newsletter", "Listen", "(@", "contributed", "With files", "gallery",
                   "Sponsored", "originally published", "Click to play", "Editing by", "journalism")
"""Words of page furniture that must never end up inside a quote."""


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _ps(paras) -> str:
    return "".join(_p(x) for x in paras)


def _news_ld(title, date, author, site, url, body=None):
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": date,
           "author": [{"@type": "Person", "name": a} for a in ([author] if isinstance(author, str) else author)],
           "publisher": {"@type": "NewsMediaOrganization", "name": site}, "mainEntityOfPage": url}
    if body:
        obj["articleBody"] = body
    return _ld(obj)


def _head(title, site, date, author, url, sep=" | "):
    return (f"<title>{escape(title)}{sep}{site}</title>"
            f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="{date}">' + _news_ld(title, date, author, site, url))


def _nav(site):
    return (f'<header class="site-header"><a href="/">{site}</a><nav><a href="/news">News</a> '
            '<a href="/sports">Sports</a> <a href="/weather">Weather</a></nav></header>')


_FOOTER = '<footer class="site-footer"><p>\u00a9 2026 All rights reserved.</p><a href="/privacy">Privacy</a></footer>'

# --- a public broadcaster (CBC-like) ---------------------------------------------------------------------

_FERRY = ["Ferry crossings between the mainland and the island will be cut to four a day from April after the "
          "operator failed to hire enough licensed engineers, the province said Tuesday.",
          "The cuts will affect about 2,300 daily passengers, many of whom commute to jobs at the hospital and the "
          "port.",
          "\u201cWe are asking people to plan ahead and to book early, because the boats will be full,\u201d said "
          "Transportation Minister Aline Thibodeau at a news conference in Halifax.",
          "The operator said it had advertised 14 engineering jobs since the fall and filled three of them.",
          "Island council chair Wendell Park said the community had been warned for years that the crews were "
          "ageing out.",
          "\u201cThis didn't sneak up on anyone. The retirements were on a spreadsheet in 2019,\u201d Park said.",
          "The province said it would review the schedule again in September."]


def broadcaster_audio_ai() -> Saved:
    """A public broadcaster's story: 'Listen to this article' with its estimated time and a note that the voice
    is computer generated, a photo whose caption ends '(Evan Mitsui/CBC)', a 'RELATED' card of two links between
    paragraphs, a 'Social Sharing' label, and 'With files from The Canadian Press' closing the story."""
    title = "Island ferry crossings to be cut to 4 a day over engineer shortage"
    url = "https://www.northbroadcast.example/news/canada/ferry-cuts-engineers-1.7123456"
    audio = ('<div class="audio-article"><button>Listen to this article</button><span>Estimated 3 minutes</span>'
             '<p class="audio-note">The audio version of this article is generated by text-to-speech, a technology '
             'based on artificial intelligence.</p></div>')
    figure = ('<figure class="imageMedia"><img src="/i/ferry.jpg" alt=""><figcaption>The ferry leaves the '
              'terminal on Tuesday morning. (Evan Mitsui/North Broadcast)</figcaption></figure>')
    related = ('<div class="similarStories"><h3>RELATED STORIES</h3><ul><li><a href="/1">Ferry operator warns of '
               'summer delays</a></li><li><a href="/2">Island hospital struggles to keep staff</a></li></ul></div>')
    body = (_nav("North Broadcast") + f'<main><h1 class="detailHeadline">{title}</h1>'
            '<div class="byline"><span class="authorText">Caroline Obi</span> \u00b7 North Broadcast News \u00b7 '
            'Posted: Mar 03, 2026 6:00 AM EST</div><div class="sharing">Social Sharing</div>'
            f'<div class="story">{audio}{figure}{_ps(_FERRY[:3])}{related}{_ps(_FERRY[3:])}'
            '<p><em>With files from The Canadian Press</em></p></div></main>' + _FOOTER)
    return Saved("broadcaster-audio-ai",
                 _doc(_head(title, "North Broadcast", "2026-03-03T11:00:00Z", "Caroline Obi", url), body).encode(),
                 {"title": title, "source": "North Broadcast", "date": "2026-03-03", "author": "Caroline Obi"},
                 [*_FERRY, "With files from The Canadian Press"],
                 ["Listen to this article", "Estimated 3 minutes", "text-to-speech", "Evan Mitsui",
                  "RELATED STORIES", "summer delays", "Social Sharing"],
                 [("Thibodeau|minister", "plan ahead"), ("Park", "sneak up on anyone")], min_paras=6)


# --- a private broadcaster's web site (Global News-like) --------------------------------------------------

_TRANSIT = ["Toronto's transit commission will run subway trains every three minutes on Line 1 during the morning "
            "rush starting in May, the chair announced Thursday.",
            "Trains now arrive every four to five minutes at the busiest stations between 7 and 9 a.m.",
            "\u201cRiders have told us the platforms are too crowded, and they are right,\u201d said commission chair "
            "Jamal Osei.",
            "The change will cost about $11 million a year and requires 40 more operators, most of whom are already "
            "in training.",
            "A riders' advocacy group welcomed the plan but said evening service was still unreliable.",
            "\u201cIt is good news for nine-to-five workers. It does nothing for the people who clean the offices at "
            "night,\u201d said Priya Raman of the group."]


def story_continues_trending() -> Saved:
    """A private broadcaster's story: 'Story continues below advertisement' after each ad slot, a video card
    ('Click to play video: …' with its duration and title), a 'Trending Now' list inside the story, and a
    newsletter box near the end."""
    title = "Line 1 subway trains to run every 3 minutes in morning rush"
    url = "https://globalview.example/news/1234567/line-1-subway-every-3-minutes/"
    ad = ('<div class="l-article__ad"><div class="c-ad" id="gpt-bigbox-1"></div>'
          '<span class="c-ad__label">Story continues below advertisement</span></div>')
    video = ('<div class="c-video"><div class="c-video__player"><button>Click to play video: \'Transit riders react '
             'to new subway schedule\'</button></div><span class="c-video__duration">2:03</span>'
             '<span class="c-video__title">Transit riders react to new subway schedule</span></div>')
    trending = ('<div class="l-article__part c-trending"><h3>Trending Now</h3><ul><li><a href="/1">Ontario '
                'man wins $70M lottery jackpot</a></li><li><a href="/2">Highway 401 closed after crash</a></li>'
                '</ul></div>')
    news = ('<div class="c-newsletter"><h4>Get breaking National news</h4><p>For news impacting Canada and around '
            'the world, sign up for breaking news alerts delivered directly to you when they happen.</p>'
            '<form><input type="email"><button>Sign up</button></form></div>')
    body = (_nav("Global View") + f'<main><article><h1 class="l-article__title">{title}</h1>'
            '<div class="c-byline">By <a href="/author/dana-kim">Dana Kim</a> Global View</div>'
            f'<div class="l-article__text js-story-text">{_ps(_TRANSIT[:2])}{ad}{video}{_ps(_TRANSIT[2:4])}{ad}'
            f'{trending}{_ps(_TRANSIT[4:])}{news}</div></article></main>' + _FOOTER)
    return Saved("story-continues-trending",
                 _doc(_head(title, "Global View", "2026-02-12T15:20:00Z", "Dana Kim", url), body).encode(),
                 {"title": title, "source": "Global View", "date": "2026-02-12", "author": "Dana Kim"},
                 _TRANSIT, ["Story continues below", "Click to play video", "2:03", "Trending Now",
                            "lottery jackpot", "breaking news alerts", "Get breaking"],
                 [("Osei|chair", "platforms are too crowded"), ("Raman", "nine-to-five workers")], min_paras=6)


# --- a national daily (Globe-like) -------------------------------------------------------------------------

_HOUSING = ["Ottawa will lend $4-billion to builders of rental apartments near transit stations over the next "
            "three years, Housing Minister Nadia Brar said Monday.",
            "Loans will carry an interest rate two percentage points below the market rate for projects in which "
            "at least a fifth of the units rent below the local median.",
            "\u201cWe have to build where people can get to work without a car,\u201d Ms. Brar said.",
            "Developers said the program would help, but that municipal fees still made many projects uneconomic.",
            "\u201cThe loan is one line of the spreadsheet. Development charges are three,\u201d said Omar Haddad, "
            "president of a builders' association in Ontario.",
            "The first loans are expected to be approved in the fall."]


def daily_gallery_captions() -> Saved:
    """A national daily's story: a lead photo captioned 'Open this photo in gallery:' with a credit ending
    'FRED LUM/THE GLOBE AND MAIL'-style, a pull quote in a bare ``<blockquote>`` repeating a sentence of the
    story with a dash attribution, a correction note at the end (kept), 'Report an editorial error' and
    'Editorial code of conduct' links, and a 'This article was originally published' line."""
    title = "Ottawa to lend $4-billion for rentals near transit"
    url = "https://www.nationalledger.example/politics/article-ottawa-rental-loans-transit/"
    photo = ('<figure class="figure"><img src="/p.jpg"><figcaption><span>Open this photo in gallery:</span>'
             '<p>Housing Minister Nadia Brar speaks in Ottawa on Monday.ANNA VOSS/THE NATIONAL LEDGER</p>'
             '</figcaption></figure>')
    pull = ('<blockquote><p>\u201cWe have to build where people can get to work without a car.\u201d</p>'
            '<p>\u2014 Nadia Brar, Housing Minister</p></blockquote>')
    correction = ("Correction: An earlier version of this article misstated the length of the program. It runs "
                  "for three years, not five.")
    tools = ('<div class="c-article-tools"><a href="/error">Report an editorial error</a> '
             '<a href="/code">Editorial code of conduct</a></div>')
    body = (_nav("The National Ledger") + f'<main><article><h1>{title}</h1>'
            '<div class="c-byline">Marc Lefebvre Parliamentary reporter Ottawa</div>'
            f'<div class="c-article-body">{photo}{_ps(_HOUSING[:3])}{pull}{_ps(_HOUSING[3:])}{_p(correction)}'
            '<p><em>This article was originally published on the National Ledger\'s website on March 2.</em></p>'
            f'{tools}</div></article></main>' + _FOOTER)
    return Saved("daily-gallery-captions",
                 _doc(_head(title, "The National Ledger", "2026-03-02T14:00:00Z", "Marc Lefebvre", url, " - "),
                      body).encode(),
                 {"title": title, "source": "The National Ledger", "date": "2026-03-02", "author": "Marc Lefebvre"},
                 [*_HOUSING, correction], ["Open this photo in gallery", "ANNA VOSS", "Report an editorial error",
                                           "Editorial code of conduct", "originally published",
                                           "\u2014 Nadia Brar, Housing Minister"],
                 [("Brar", "without a car"), ("Haddad|president", "one line of the spreadsheet")], min_paras=7)


# --- a Postmedia-like daily -------------------------------------------------------------------------------

_RINK = ["The city's outdoor skating trail along the river closed for the season on Sunday after only 19 days of "
         "skating, the shortest season since it opened in 2008.",
         "Staff said warm spells in January and February made it impossible to keep the ice thick enough.",
         "\u201cWe flood at night and it melts by noon. You cannot run a rink like that,\u201d said parks "
         "supervisor Glen Mackie.",
         "Council will consider a refrigerated section of the trail at a cost of about $6 million.",
         "Skaters who bought season passes will be offered a partial refund."]


def numbered_ads_not_loaded() -> Saved:
    """A chain daily's story: numbered ad slots ('Advertisement 2'), 'This advertisement has not loaded yet, but
    your article continues below.', 'Article content' between paragraphs, a 'Share this article in your social
    network' bar, a 'Trending' list and a comment count ('Join the conversation')."""
    title = "River skating trail closes after shortest season on record"
    url = "https://riverstarphoenix.example/news/local-news/skating-trail-closes-shortest-season"
    body_parts = []
    for n, para in enumerate(_RINK):
        body_parts.append(_p(para))
        if n in (0, 2):
            body_parts.append(f'<div class="ad__section-border"><p class="ad__label">Advertisement {n + 2}</p>'
                              '<div class="ad__inner"></div><p class="ad__placeholder">This advertisement has not '
                              'loaded yet, but your article continues below.</p></div><p>Article content</p>')
    trending = ('<section class="article-content__widget"><h2>Trending</h2><ol><li><a href="/t1">Police '
                'identify man found dead in park</a></li><li><a href="/t2">Warm week ahead for the prairies</a>'
                '</li></ol></section>')
    body = (_nav("River StarPhoenix") + f'<main><article><h1 class="article-title">{title}</h1>'
            '<span class="published-by__author"><a href="/a">Tess Brand</a></span>'
            '<div class="share-bar"><span>Share this Story : River skating trail closes</span>'
            '<p>Share this article in your social network</p></div>'
            f'<section class="article-content__content-group">{"".join(body_parts[:4])}{trending}'
            f'{"".join(body_parts[4:])}</section><div class="comments-count"><h3>Join the conversation</h3>'
            '<span>12 comments</span></div></article></main>' + _FOOTER)
    return Saved("numbered-ads-not-loaded",
                 _doc(_head(title, "River StarPhoenix", "2026-03-01T20:00:00Z", "Tess Brand", url), body).encode(),
                 {"title": title, "source": "River StarPhoenix", "date": "2026-03-01", "author": "Tess Brand"},
                 _RINK, ["Advertisement 2", "has not loaded yet", "Article content", "Share this article",
                         "Trending", "found dead in park", "Join the conversation", "12 comments"],
                 [("Mackie|supervisor", "melts by noon")], min_paras=5)


# --- a metro daily (Star-like) ----------------------------------------------------------------------------

_SCHOOL = ["The public school board voted 14-8 on Wednesday night to close two elementary schools in the west end "
           "and move their pupils to a new building opening in 2028.",
           "Parents packed the meeting room and about 60 people signed up to speak before the vote.",
           "\u201cYou are taking the heart out of this neighbourhood,\u201d said Rosa Medeiros, whose two children "
           "attend one of the schools.",
           "Trustee Ken Adeyemi, who voted for the plan, said both buildings needed more than $20 million in "
           "repairs.",
           "\u201cI would rather spend that money on teachers than on boilers,\u201d Adeyemi said.",
           "The board will hold a public meeting on the new school's boundaries in June."]


def metro_update_bio() -> Saved:
    """A metro daily's story: an 'UPDATE' note above the story (kept), an inline 'READ MORE:' line and a
    'RELATED:' line linking other stories, a 'Sponsored content' card, a poll ('Should the board … ? Yes No
    View results'), the author's bio with a handle, and 'Conversations are opinions of our readers'."""
    title = "School board votes to close two west-end elementary schools"
    url = "https://www.metrostar.example/news/gta/2026/02/25/school-board-closes-two-schools.html"
    update = ("Update: This story has been updated with the result of the vote.")
    poll = ('<div class="poll-widget"><h4>Should the board have closed the two schools?</h4><ul><li>Yes</li>'
            '<li>No</li></ul><button>Vote</button><a href="#">View results</a></div>')
    sponsored = ('<div class="native-card"><span>Sponsored content</span><a href="/s">Five ways to save on your '
                 'energy bill this winter</a></div>')
    bio = ('<div class="author-bio"><p>Lena Whitford is a Toronto-based reporter covering education for the Metro '
           'Star. Follow her on X: @lenawhitford</p></div>')
    body = (_nav("The Metro Star") + f'<main><article><h1>{title}</h1>'
            '<div class="article__byline">By <span class="byline-name">Lena Whitford</span> Education Reporter</div>'
            f'<div class="article-body">{_p(update)}{_ps(_SCHOOL[:2])}'
            '<p><strong>READ MORE:</strong> <a href="/r1">Board delays vote on school closings after protest</a></p>'
            f'{_ps(_SCHOOL[2:4])}{sponsored}'
            '<p>RELATED: <a href="/r2">Why Toronto has more empty school seats than it did a decade ago</a></p>'
            f'{poll}{_ps(_SCHOOL[4:])}{bio}</div>'
            '<div class="comments"><p>Conversations are opinions of our readers and are subject to the Code of '
            'Conduct. The Star does not endorse these opinions.</p></div></article></main>' + _FOOTER)
    return Saved("metro-update-bio",
                 _doc(_head(title, "The Metro Star", "2026-02-25T23:40:00Z", "Lena Whitford", url), body).encode(),
                 {"title": title, "source": "The Metro Star", "date": "2026-02-25", "author": "Lena Whitford"},
                 [update, *_SCHOOL], ["READ MORE", "Board delays vote", "RELATED:", "empty school seats",
                                     "Sponsored content", "Five ways to save", "View results",
                                     "Should the board have closed", "Toronto-based reporter", "@lenawhitford",
                                     "Conversations are opinions"],
                 [("Medeiros", "heart out of this neighbourhood"), ("Adeyemi|Trustee", "teachers than on boilers")],
                 min_paras=7)


# --- a regional news channel (CP24-like) with a post and a wire credit ----------------------------------------

_STORM = ["Environment Canada issued a snowfall warning for the city on Friday, saying 20 to 30 centimetres could "
          "fall by Sunday morning.",
          "The heaviest snow is expected overnight Saturday, when visibility on highways may drop to near zero.",
          "The city said 600 plows and salt trucks would be on the roads from Saturday afternoon.",
          "\u201cIf you don't need to drive on Saturday night, please don't,\u201d Mayor Helen Zhou said at a "
          "briefing.",
          "Transit officials said streetcars on some routes could be replaced by buses."]


def channel_post_wire_credit() -> Saved:
    """A regional news channel's story: an embedded post on X (its '— Name (@handle) Date' line), a photo
    credited 'THE CANADIAN PRESS/Chris Young', a gallery label ('1 of 12'), and 'With files from The Canadian
    Press' as a bold last line (kept)."""
    title = "Snowfall warning: up to 30 cm expected this weekend"
    url = "https://www.metrochannel24.example/news/snowfall-warning-up-to-30-cm-1.6812345"
    tweet = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Crews are ready. 600 plows and salt trucks '
             'will be out from Saturday afternoon. Please give them room to work. <a href="https://t.co/x1">'
             'pic.twitter.com/x1</a></p>\u2014 City Roads (@CityRoadsTO) <a href="#">February 27, 2026</a>'
             '</blockquote>')
    gallery = ('<div class="c-gallery"><div class="c-gallery__count">1 of 12</div><img src="/g1.jpg"><p class="'
               'c-gallery__caption">A man clears snow from his driveway in February. THE CANADIAN PRESS/Chris Young'
               '</p></div>')
    body = (_nav("Metro Channel 24") + f'<main><div class="article"><h1>{title}</h1>'
            '<div class="bio-byline"><span class="c-byline__name">Sam Ortiz</span> Metro Channel 24 Web Content '
            'Writer</div>'
            f'<div class="c-text">{gallery}{_ps(_STORM[:3])}{tweet}{_ps(_STORM[3:])}'
            '<p><strong>With files from The Canadian Press</strong></p></div></div></main>' + _FOOTER)
    return Saved("channel-post-wire-credit",
                 _doc(_head(title, "Metro Channel 24", "2026-02-27T17:00:00Z", "Sam Ortiz", url), body).encode(),
                 {"title": title, "source": "Metro Channel 24", "date": "2026-02-27", "author": "Sam Ortiz"},
                 [*_STORM, "With files from The Canadian Press"],
                 ["1 of 12", "CANADIAN PRESS", "Chris Young", "(@CityRoadsTO)", "pic.twitter.com"],
                 [("Zhou|Mayor", "need to drive on Saturday")], min_paras=5)


# --- an online outlet (HuffPost-like) ----------------------------------------------------------------------

_DOGS = ["A golden retriever named Biscuit has been reunited with her family in Oregon three years after she "
         "disappeared from their backyard, thanks to a microchip and an alert shelter worker.",
         "The dog was found wandering near a highway about 200 miles away and taken to a county shelter last "
         "week.",
         "\u201cI scanned her out of habit, and the name that came up made me sit down,\u201d said shelter "
         "worker Tanya Ruiz.",
         "The family had moved twice since Biscuit went missing but had kept their contact details up to date.",
         "\u201cWe never stopped paying for that chip. My husband said it was a waste of money,\u201d said owner "
         "Carla Jensen. \u201cHe doesn't say that anymore.\u201d"]


def online_support_box() -> Saved:
    """An online outlet's story: a reader-support appeal box inside the story ('At …, we believe that everyone
    needs high-quality journalism … Support …'), a 'RELATED…' link card, a photo '(Photo by Jo Lin / Getty
    Images)', a pull quote as an ``<aside>`` repeating a quotation, and 'This article originally appeared on …'."""
    title = "Dog Reunited With Family 3 Years After Vanishing From Backyard"
    url = "https://www.newsherald.example/entry/dog-reunited-microchip_n_65f1"
    appeal = ('<div class="contributor-prompt"><p>At News Herald, we believe that everyone needs high-quality '
              'journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. '
              'Would you back us with a contribution?</p><a href="/support">Support News Herald</a></div>')
    card = ('<div class="cli-related-articles"><span>RELATED...</span><ul><li><a href="/r">Cat Found 1,000 Miles '
            'From Home Flown Back To Owners</a></li></ul></div>')
    photo = ('<figure><img src="/d.jpg"><figcaption>A golden retriever at a shelter. (Photo by Jo Lin / Getty '
             'Images)</figcaption></figure>')
    pull = ('<aside class="cli-text-pullout"><p>\u201cWe never stopped paying for that chip.\u201d</p></aside>')
    body = (_nav("News Herald") + f'<main><article><h1 class="headline">{title}</h1>'
            '<div class="entry__byline"><a href="/author/ben-carr">Ben Carr</a></div>'
            f'<section class="entry__content-list">{photo}{_ps(_DOGS[:2])}{card}{_ps(_DOGS[2:4])}{appeal}{pull}'
            f'{_ps(_DOGS[4:])}<p><em>This article originally appeared on News Herald Canada.</em></p></section>'
            '</article></main>' + _FOOTER)
    return Saved("online-support-box",
                 _doc(_head(title, "News Herald", "2026-01-19T18:00:00Z", "Ben Carr", url), body).encode(),
                 {"title": title, "source": "News Herald", "date": "2026-01-19", "author": "Ben Carr"},
                 _DOGS, ["RELATED...", "Cat Found", "Getty", "high-quality journalism", "Support News Herald",
                         "originally appeared"],
                 [("Ruiz", "scanned her out of habit"), ("Jensen|owner", "never stopped paying")], min_paras=5)


# --- an agency wire story (AP-like) -----------------------------------------------------------------------

_FLOOD = ["Floodwaters from the swollen river began to recede Wednesday in the town, but officials warned that "
          "hundreds of homes would not be safe to enter for days.",
          "About 1,200 residents spent a third night in shelters set up in schools and churches.",
          "\u201cThe water goes down faster than the danger does,\u201d said county emergency manager Luis "
          "Ferreira. \u201cThere are gas lines and power lines under that mud.\u201d",
          "The National Weather Service said the river crested Tuesday at 31 feet, about 9 feet above flood stage.",
          "Gov. Ellen Marsh said she would ask for a federal disaster declaration."]


def wire_separators_contributed() -> Saved:
    """An agency's wire story: the photo gallery's '1 of 8' and captions '(AP Photo/…)', a 'RELATED COVERAGE'
    box of links inside the story, '___' separators before the credit 'Associated Press writer … contributed
    to this report.', a '___ Follow … coverage at …' line and the agency's funding note."""
    title = "Floodwaters recede but hundreds of homes remain off-limits"
    url = "https://wirenews.example/article/flood-river-recede-shelters-4f2a9c"
    gallery = ('<div class="Page-lead"><div class="CarouselSlide-info"><span class="CarouselSlide-infoCount">1 of 8'
               '</span><p class="CarouselSlide-infoDescription">Residents wade through a flooded street on Tuesday. '
               '(AP Photo/Jo Reyes)</p></div></div>')
    related = ('<div class="RelatedCoverage"><h3>RELATED COVERAGE</h3><ul><li><a href="/a">River town braces for '
               'crest</a></li><li><a href="/b">How flood insurance works</a></li></ul></div>')
    credits = ("Associated Press writer Dana Hill in Chicago contributed to this report.")
    body = (_nav("Wire News") + f'<main><div class="Page-content"><h1 class="Page-headline">{title}</h1>'
            '<div class="Page-authors">By <a href="/by/tom-ng">TOM NG</a></div>'
            f'{gallery}<div class="RichTextStoryBody RichTextBody">{_ps(_FLOOD[:2])}{related}{_ps(_FLOOD[2:])}'
            f'<p>___</p>{_p(credits)}<p>___</p><p>Follow Wire News\' coverage of the floods at '
            'https://wirenews.example/hub/floods.</p><p>The Wire News receives support from several private '
            'foundations to enhance its coverage of climate. Wire News is solely responsible for all content.</p>'
            '</div></div></main>' + _FOOTER)
    return Saved("wire-separators-contributed",
                 _doc(_head(title, "Wire News", "2026-04-08T21:00:00Z", "Tom Ng", url), body).encode(),
                 {"title": title, "source": "Wire News", "date": "2026-04-08"},
                 [*_FLOOD, credits], ["1 of 8", "AP Photo", "RELATED COVERAGE", "braces for crest", "___",
                                      "Follow Wire News", "receives support", "solely responsible"],
                 [("Ferreira|manager", "water goes down faster")], min_paras=5)


# --- an agency (Reuters-like) ------------------------------------------------------------------------------

_MINE = ["A Canadian miner said on Thursday it would spend C$900 million to reopen a copper mine in northern "
         "British Columbia that closed in 2019, citing rising demand from makers of electric vehicles.",
         "The company expects to produce about 40,000 tonnes of copper a year once the mine reaches full output "
         "in 2029.",
         "\u201cCopper at these prices changes the arithmetic of an old mine,\u201d Chief Executive Paul Dufresne "
         "told reporters on a call.",
         "The project still needs a permit from the provincial government, which the company expects next year.",
         "Shares of the company rose 6% in Toronto."]


def agency_newsletter_line() -> Saved:
    """An agency's story: a newsletter line set among the paragraphs ('The … Daily Briefing newsletter provides
    all the news you need to start your day. Sign up here.'), 'Reporting by …; Editing by …' (a credit), and
    'Our Standards: The … Trust Principles.'"""
    title = "Miner to spend C$900 million to reopen B.C. copper mine"
    url = "https://www.globalwire.example/markets/commodities/miner-reopen-copper-mine-2026-03-05/"
    sign = ('<div class="sign-up-container"><p>The Global Wire Daily Briefing newsletter provides all the news you '
            'need to start your day. <a href="/signup">Sign up here.</a></p></div>')
    body = (_nav("Global Wire") + f'<main><article><h1>{title}</h1>'
            '<div class="article-header__byline">By <a href="/a">Ana Ruiz</a></div>'
            f'<div class="article-body__content">{_p("TORONTO, March 5 (Global Wire) - " + _MINE[0])}{sign}'
            f'{_ps(_MINE[1:])}<p>Reporting by Ana Ruiz in Toronto; Editing by Mark Porter</p>'
            '<p>Our Standards: The Global Wire Trust Principles.</p></div></article></main>' + _FOOTER)
    return Saved("agency-newsletter-line",
                 _doc(_head(title, "Global Wire", "2026-03-05T16:30:00Z", "Ana Ruiz", url), body).encode(),
                 {"title": title, "source": "Global Wire", "date": "2026-03-05", "author": "Ana Ruiz"},
                 _MINE[1:] + ["rising demand from makers of electric vehicles",
                              "Reporting by Ana Ruiz in Toronto; Editing by Mark Porter"],
                 ["Daily Briefing newsletter", "Sign up here", "Trust Principles"],
                 [("Dufresne|Chief Executive", "changes the arithmetic")], min_paras=4)


# --- a local news site with comments, polls and a photo gallery inside the story ------------------------------

_LIBRARY = ["The town library will open on Sundays from next month for the first time in its 90-year history, "
            "the library board decided on Monday.",
            "Sunday hours will run from noon to five and will be staffed by two librarians and volunteers.",
            "\u201cSunday is the one day many families are free to come in together,\u201d said chief librarian "
            "Judith Okafor.",
            "The board expects the change to cost about $48,000 a year, paid for by a provincial grant.",
            "A survey last year found that three in four residents wanted the library open on weekends."]


def local_gallery_comments() -> Saved:
    """A local news site's story with a photo gallery inside the body ('Photo 3 of 7', 'Previous' and 'Next'
    buttons, captions with 'Photo:' credits), an 'Editor's note' (kept), a 'Most read' list and a comment
    widget ('Add a comment', 'Log in to join the discussion')."""
    title = "Town library to open on Sundays for first time in 90 years"
    url = "https://www.lakesidetimes.example/local/library-sundays"
    note = "Editor's note: The library board's vote was unanimous, with one member absent."
    gallery = ('<div class="gallery"><div class="gallery-count">Photo 3 of 7</div><img src="/l3.jpg">'
               '<p class="gallery-caption">The reading room of the library. Photo: Rob Lee</p>'
               '<button>Previous</button><button>Next</button></div>')
    mostread = ('<div class="widget-most-read"><h3>Most read</h3><ol><li><a href="/m1">Lakeside bakery closes after '
                '40 years</a></li><li><a href="/m2">Road work on Main Street begins Monday</a></li></ol></div>')
    comments = ('<div id="comments-widget"><h3>Comments</h3><p>Log in to join the discussion.</p>'
                '<button>Add a comment</button></div>')
    body = (_nav("Lakeside Times") + f'<main><article><h1>{title}</h1><p class="byline">By Joan Park</p>'
            f'<div class="entry-content">{_ps(_LIBRARY[:2])}{gallery}{_ps(_LIBRARY[2:4])}{mostread}'
            f'{_ps(_LIBRARY[4:])}{_p(note)}</div>{comments}</article></main>' + _FOOTER)
    return Saved("local-gallery-comments",
                 _doc(_head(title, "Lakeside Times", "2026-03-10T12:00:00Z", "Joan Park", url), body).encode(),
                 {"title": title, "source": "Lakeside Times", "date": "2026-03-10", "author": "Joan Park"},
                 [*_LIBRARY, note], ["Photo 3 of 7", "Rob Lee", "Previous", "Most read", "bakery closes",
                                     "Log in to join", "Add a comment"],
                 [("Okafor|librarian", "families are free")], min_paras=5)


# --- furniture with no class names: lines that say what they are ---------------------------------------------

_BRIDGE = ["Engineers closed the Harbour Street bridge to trucks on Tuesday after an inspection found corrosion in "
           "two of its steel supports.",
           "Cars and buses can still cross, but vehicles heavier than five tonnes must take a detour of about 8 "
           "kilometres.",
           "\u201cThe bridge is safe for the traffic we are allowing on it. We are being careful, not alarmed,\u201d "
           "said city engineer Farah Siddiqui.",
           "Repairs are expected to take four months and cost about $3.5 million.",
           "Trucking companies said the detour would add up to half an hour to deliveries in the port area."]


def unnamed_furniture_lines() -> Saved:
    """A small site's story whose template names nothing: 'ADVERTISEMENT', 'Story continues below
    advertisement', 'READ MORE: …', 'Trending Now' and 'Listen to this article' as plain paragraphs between
    the story's, a caption paragraph ending '(Photo by … / Getty Images)', a sign-up line, a pull quote
    repeating a quotation in a plain paragraph, and 'Associated Press writer … contributed to this report.' (kept)"""
    title = "Harbour Street bridge closed to trucks after inspection finds corrosion"
    lines = [_p("Listen to this article"), _p(_BRIDGE[0]), _p("ADVERTISEMENT"), _p(_BRIDGE[1]),
             _p("Story continues below advertisement"),
             _p("A truck waits at the detour sign on Tuesday. (Photo by Kim Lau / Getty Images)"),
             _p(_BRIDGE[2]), _p("READ MORE: Port traffic hits record as new terminal opens"),
             _p("\u201cWe are being careful, not alarmed.\u201d"), _p(_BRIDGE[3]), _p("Trending Now"),
             "<ul><li><a href=\"/t\">Ferry fares frozen for another year</a></li></ul>",
             _p("Sign up for our free daily newsletter to get the latest local news."), _p(_BRIDGE[4]),
             _p("Associated Press writer Noor Aziz contributed to this report.")]
    body = (f'<div id="page"><h1>{title}</h1><p>By Ivan Petrov | March 17, 2026</p><div>{"".join(lines)}</div>'
            '</div>')
    head = (f"<title>{title} - Port News</title><meta property=\"og:site_name\" content=\"Port News\">"
            '<meta property="article:published_time" content="2026-03-17T10:00:00Z">')
    return Saved("unnamed-furniture-lines", _doc(head, body).encode(),
                 {"title": title, "source": "Port News", "date": "2026-03-17"},
                 [*_BRIDGE, "Associated Press writer Noor Aziz contributed to this report."],
                 ["Listen to this", "ADVERTISEMENT", "Story continues", "Getty", "READ MORE", "Trending Now",
                  "Ferry fares frozen", "daily newsletter"],
                 [("Siddiqui|engineer", "careful, not alarmed")], min_paras=5)


_TRAIL = ["The province will pave the last gravel stretch of the lakeshore cycling trail this summer, closing a "
          "14-kilometre gap that has kept families off the route for a decade.",
          "Work will start in June and the trail will stay open on weekends while crews are on site.",
          "\u201cYou should not need a mountain bike to ride from one town to the next,\u201d said Tourism Minister "
          "Leah Moreau.",
          "Cycling groups had campaigned for the paving since 2016 and collected 12,000 signatures last year.",
          "The work is expected to cost $9 million."]


def unnamed_labels_and_embeds() -> Saved:
    """A wire story republished by a small site whose template names nothing: every label a chain's or a
    broadcaster's template sets in the body stands as a plain paragraph ('Advertisement 2', 'This advertisement
    has not loaded yet, but your article continues below.', 'Click to play video: …' and its '2:03', 'Open this
    photo in gallery:', a caption ending 'Jo Lin / Getty Images', 'Share on Facebook', 'Copy link', 'Join the
    conversation', '12 comments', 'Report an error', 'Editorial code of conduct'), an Instagram post and a TikTok
    video embedded, and 'This report by The Canadian Press was first published …'."""
    title = "Last gravel stretch of lakeshore trail to be paved"
    insta = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/">'
             '<div><a href="https://www.instagram.com/p/Cx1/">View this post on Instagram</a></div>'
             '<p>Fourteen kilometres to go and the whole lakeshore is ours to ride. Thank you to everyone who signed!'
             '</p><p><a href="https://www.instagram.com/p/Cx1/">A post shared by Lakeshore Riders (@lakeshoreriders)'
             '</a></p></blockquote>')
    tiktok = ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@trailcam/video/1"><section>'
              '<a href="https://www.tiktok.com/@trailcam">@trailcam</a> <p>Riding the gravel gap one last time</p>'
              '<a href="#">\u266c original sound - trailcam</a></section></blockquote>')
    lines = [_p(_TRAIL[0]), _p("Advertisement 2"),
             _p("This advertisement has not loaded yet, but your article continues below."), _p(_TRAIL[1]),
             _p("Click to play video: 'Cyclists ride the gravel stretch'"), _p("2:03"),
             _p("Open this photo in gallery:"), _p("Riders on the gravel stretch in May. Jo Lin / Getty Images"),
             _p(_TRAIL[2]), _p("Share on Facebook"), _p("Copy link"), insta, _p(_TRAIL[3]), tiktok, _p(_TRAIL[4]),
             _p("This report by The Canadian Press was first published May 4, 2026."),
             _p("Join the conversation"), _p("12 comments"), _p("Report an error"), _p("Editorial code of conduct")]
    body = f'<div id="wrap"><h1>{title}</h1><div>{"".join(lines)}</div></div>'
    head = (f"<title>{title} | Shore Weekly</title><meta property=\"og:site_name\" content=\"Shore Weekly\">"
            '<meta property="article:published_time" content="2026-05-04T09:00:00Z">')
    return Saved("unnamed-labels-embeds", _doc(head, body).encode(),
                 {"title": title, "source": "Shore Weekly", "date": "2026-05-04"},
                 _TRAIL, ["Advertisement 2", "has not loaded yet", "Click to play", "2:03", "Open this photo",
                          "Getty", "Share on Facebook", "Copy link", "View this post", "A post shared by",
                          "original sound", "first published", "Join the conversation", "12 comments",
                          "Report an error", "Editorial code"],
                 [("Moreau|Minister", "mountain bike")], min_paras=5)


_BINS = ["The regional council approved a program on Tuesday that will collect food waste from apartment buildings "
         "starting in the fall.",
         "About 120,000 households will receive green bins over the summer, and pickup will happen weekly on the same "
         "day as garbage collection.",
         "\u201cApartment dwellers have been left out of composting for twenty years, and that ends now,\u201d said "
         "council chair Maria Santos.",
         "Landlords will be required to provide a collection room on the ground floor of each building by next year.",
         "The program is expected to divert 30,000 tonnes of waste from the landfill each year."]


def unnamed_blocks() -> Saved:
    """A regional site whose blocks are named for their look only ('c-box', 'c-linkout', 'c-about'): a sign-up
    box told by its e-mail field, another story's card (a link holding a headline and a teaser sentence), a 'More
    coverage' list whose items are whole linked headlines, a post on X whose blockquote lost its embed class
    (its '— Name (@handle) Date' signature left), and the author's bio with an address at the end."""
    title = "Green bins coming to apartment buildings this fall"
    box = ('<div class="c-box"><h3>Sign up for The Region Post Daily</h3><p>Get the top stories from across the '
           'region every morning.</p><input type="email" placeholder="Email address"><button>Subscribe</button></div>')
    card = ('<div class="c-linkout"><a href="/landfill"><h4>Landfill nears capacity years ahead of schedule</h4><p>Staff '
            'warned council that the landfill would be full by 2031 unless diversion rates improved sharply.</p></a>'
            '</div>')
    more = ('<h3>More coverage</h3><ul><li><a href="/a">Council delays vote on green bins after landlords object to the '
            'cost</a></li><li><a href="/b">Why the landfill is filling up faster than the region planned</a></li></ul>')
    tweet = ('<blockquote><p>Green bins are coming to apartments! Council just voted yes.</p>&mdash; Maria Santos '
             '(@mariasantos) <a href="#">March 3, 2026</a></blockquote>')
    bio = ('<div class="c-about"><img src="a.jpg"><p>Dana Wu is a reporter at the Region Post covering municipal '
           'politics. She can be reached at dwu@regionpost.example.</p></div>')
    body = (_nav("Region Post") + f'<main><article><h1>{title}</h1><div class="c-byline">Dana Wu</div>'
            f'<div class="c-body">{_ps(_BINS[:2])}{box}{tweet}{_p(_BINS[2])}{card}{_ps(_BINS[3:4])}{more}'
            f'{_ps(_BINS[4:])}</div>{bio}</article></main>' + _FOOTER)
    return Saved("unnamed-blocks",
                 _doc(_head(title, "Region Post", "2026-03-03T20:00:00Z", "Dana Wu",
                            "https://regionpost.example/news/green-bins-apartments"), body).encode(),
                 {"title": title, "source": "Region Post", "date": "2026-03-03", "author": "Dana Wu"},
                 [*_BINS, "Maria Santos posted on X: \u201cGreen bins are coming to apartments!"],
                 ["Sign up for", "top stories from across", "Landfill nears", "Staff warned council", "More coverage",
                  "Council delays vote", "filling up faster", "(@mariasantos)", "can be reached", "is a reporter"],
                 [("Santos|chair", "left out of composting"), ("Santos", "Green bins are coming")], min_paras=6)


# --- Nuxt written as a function ------------------------------------------------------------------------------

_MARKET = ["The city's farmers' market will move indoors to the old rail shed for the winter, the market "
           "association said on Saturday, ending years of cold-weather closures.",
           "About 45 vendors have signed up for the first season in the shed, which was restored last year.",
           "\u201cOur growers lose three months of income every year. Now they won't,\u201d said association "
           "president Ruth Vandermeer.",
           "The market will open on Saturdays from 8 a.m. to 1 p.m. from November to April.",
           "Parking will be free in the shed's lot on market days."]


def nuxt_function_payload() -> Saved:
    """A Nuxt 2 page whose state is a function call: ``window.__NUXT__=(function(a,b,c,…){return {layout:"default",
    data:[{article:{…, body:[{type:"paragraph",text:"…"}, …]}}], …}}(false,null,"…",…))`` with unquoted keys,
    values passed as arguments (a repeated paragraph type, the author, one paragraph), the root a 'Loading'
    shell and a related list beside the body."""
    title = "Farmers' market to move indoors to rail shed for winter"
    parts = ",".join(f'{{type:c,text:{json.dumps(p)}}}' for p in _MARKET[:2])
    code = ('window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",data:[{article:{id:8812,title:'
            + json.dumps(title) + ',author:{name:d},published:"2026-10-03",body:[' + parts
            + ',{type:c,text:e},' + ",".join(f'{{type:c,text:{json.dumps(p)}}}' for p in _MARKET[3:])
            + '],related:[{title:"Rail shed restoration wins heritage award",url:"/r/1"},{title:"Vendors wanted '
              'for spring market",url:"/r/2"}],paywall:a,sponsored:b}}],fetch:{},error:b,state:{menu:[{label:'
              '"News"},{label:"Events"}],locale:f},serverRendered:true,routePath:"/news/market-rail-shed"}}'
            f'(false,null,"paragraph","Wren Holt",{json.dumps(_MARKET[2])},"en-CA"));')
    head = (f"<title>{title} | Valley Courier</title><meta property=\"og:site_name\" content=\"Valley Courier\">"
            '<meta property="article:published_time" content="2026-10-03T13:00:00Z">'
            '<meta name="author" content="Wren Holt">')
    body = f'<div id="__nuxt"><div class="loading">Loading\u2026</div></div><script>{code}</script>'
    return Saved("nuxt-function-payload", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Courier", "date": "2026-10-03", "author": "Wren Holt"},
                 _MARKET, ["heritage award", "Vendors wanted", "Loading", "paragraph", "en-CA"],
                 [("Vandermeer|president", "lose three months")], min_paras=5)


# --- Next.js flight data with references -----------------------------------------------------------------------

_ARENA = ["The city will build a 6,000-seat arena on the site of the old bus depot, council decided on Tuesday "
          "after a debate that ran past midnight.",
          "The arena will cost $310 million, with the province paying a third and a hockey club another third.",
          "\u201cThis is the biggest thing we have built downtown in fifty years,\u201d said Mayor Tom "
          "Bergeron.",
          "Opponents said the money would be better spent on housing and transit, and one councillor called the "
          "deal a gift to the club's owners.",
          "Construction is set to begin next spring."]


def next_flight_references() -> Saved:
    """A Next.js App Router page whose story element points at other rows: the article's ``children`` is
    ``"$L5"``, row 5 holds the body ``div`` whose paragraphs are ``"$L6"``, ``"$L7"``… in rows of their own,
    two long paragraphs are text rows (``8:T1a2,…``) reached as ``"$8"``, and a 'Most popular' list sits in
    a row of its own."""
    title = "Council approves 6,000-seat downtown arena"

    def el(tag, children, **props):
        return ["$", tag, None, {**props, "children": children}]

    rows = ['1:"$Sreact.fragment"', '2:I[8811,["app/layout-a1.js"],"Shell"]']
    rows.append("0:" + json.dumps(el("$1", [el("main", [el("h1", title), el("article", "$L5", className="story"),
                                                         el("aside", "$La", className="popular")])])))
    rows.append("5:" + json.dumps(el("div", ["$L6", "$L7", "$L9", "$Lb", "$Lc"], className="article-body prose")))
    rows.append("6:" + json.dumps(el("p", _ARENA[0], className="para")))
    rows.append("7:" + json.dumps(el("p", "$8", className="para")))
    text8 = _ARENA[1]
    rows.append(f"8:T{len(text8.encode()):x},{text8}")
    rows.append("9:" + json.dumps(el("p", _ARENA[2], className="para")))
    rows.append("a:" + json.dumps(el("section", [el("h2", "Most popular"),
                                                 el("ol", [el("li", "Bus depot demolition begins in June"),
                                                           el("li", "Hockey club names new head coach")])])))
    text_d = _ARENA[3]
    rows.append("b:" + json.dumps(el("p", "$d", className="para")))
    rows.append(f"d:T{len(text_d.encode()):x},{text_d}")
    rows.append("c:" + json.dumps(el("p", _ARENA[4], className="para")))
    payload = "\n".join(rows) + "\n"
    third = len(payload) // 3
    pushes = "".join(f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>"
                     for part in (payload[:third], payload[third:2 * third], payload[2 * third:]))
    head = (f"<title>{title} | Capital Star</title><meta property=\"og:site_name\" content=\"Capital Star\">"
            '<meta property="article:published_time" content="2026-05-13T06:00:00Z">'
            '<meta name="author" content="Isabelle Roy">')
    body = ('<div id="root"><div class="spinner">Loading\u2026</div></div>'
            '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' + pushes)
    return Saved("next-flight-references", _doc(head, body).encode(),
                 {"title": title, "source": "Capital Star", "date": "2026-05-13", "author": "Isabelle Roy"},
                 _ARENA, ["Most popular", "demolition begins", "head coach", "para", "Loading", "$L"],
                 [("Bergeron|Mayor", "biggest thing we have built")], min_paras=5)


# --- feeds -----------------------------------------------------------------------------------------------------

_WATER = ["Residents of the town were told on Monday to boil their tap water after a main broke under the river "
          "crossing and let silt into the system.",
          "The advisory covers about 9,000 homes and will stay in place for at least 72 hours.",
          "\u201cThe water is not dangerous to wash in, but please boil what you drink,\u201d said public works "
          "director Omar Bell.",
          "Bottled water is being handed out at the community centre and the fire hall."]


def rss_double_escaped() -> Saved:
    """An outlet's RSS item: ``content:encoded`` in CDATA whose entities were escaped twice by the site's feed
    plugin (``&amp;#8217;``, ``&amp;quot;``), a figure and caption with a credit, a 'RELATED:' line and the
    site's 'The post … appeared first on …'; the item's ``media:description`` caption and an HTML
    ``description`` teaser beside it."""
    title = "Boil-water advisory issued after main breaks under river"
    link = "https://towncrier.example/2026/01/12/boil-water-advisory/"

    def twice(text):
        return escape(text, quote=False).replace("\u2019", "&amp;#8217;").replace("\u201c", "&amp;#8220;") \
            .replace("\u201d", "&amp;#8221;")

    content = (f"<p>{twice(_WATER[0])}</p><figure><img src=\"/w.jpg\"/><figcaption>Crews at the break on Monday. "
               "(Photo: Town Crier)</figcaption></figure>" + "".join(f"<p>{twice(p)}</p>" for p in _WATER[1:3])
               + '<p><strong>RELATED:</strong> <a href="/x">Water rates to rise 4% next year</a></p>'
               + f"<p>{twice(_WATER[3])}</p>"
               + f'<p>The post <a href="{link}">{title}</a> appeared first on Town Crier.</p>')
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
            'modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/'
            '1.1/"><channel><title>Town Crier</title><link>https://towncrier.example</link>'
            f'<item><title>{title}</title><link>{link}</link><dc:creator>Nell Fraser</dc:creator>'
            '<pubDate>Mon, 12 Jan 2026 19:05:00 -0500</pubDate>'
            f'<description>&lt;img src="/w.jpg"/&gt;&lt;p&gt;{escape(_WATER[0][:90])}&amp;#8230;&lt;/p&gt;</description>'
            f'<content:encoded><![CDATA[{content}]]></content:encoded>'
            '<media:content url="https://towncrier.example/w.jpg" medium="image"><media:description>Crews work at '
            'the water main break beside the river on Monday.</media:description></media:content></item>'
            '</channel></rss>\n')
    return Saved("rss-double-escaped", feed.encode(),
                 {"title": title, "source": "Town Crier", "date": "2026-01-12", "author": "Nell Fraser", "url": link},
                 _WATER, ["&#8217;", "&#822", "&amp;", "Crews at the break", "Crews work at", "RELATED",
                          "Water rates", "appeared first on"],
                 [("Bell|director", "boil what you drink")], min_paras=4, ext="rss")


_PARK = ["The province will add 1,800 hectares of forest to the provincial park on the lake's north shore, the "
         "environment minister announced Friday.",
         "The land was bought from a paper company that stopped logging it in 2021.",
         "\u201cThis is old forest that has been waiting a long time for someone to leave it alone,\u201d said "
         "Environment Minister Rachel Stone.",
         "New trails and a campground are planned for 2028."]


def atom_xhtml_content() -> Saved:
    """An Atom entry with ``<content type="xhtml">``: the story as namespaced XHTML paragraphs with a figure and
    its caption, and an 'Advertisement' paragraph the site's template put between them."""
    title = "Provincial park to grow by 1,800 hectares"
    link = "https://northshorenews.example/2026/06/05/park-grows/"
    xhtml = ('<div xmlns="http://www.w3.org/1999/xhtml">' + _ps(_PARK[:2]) + "<p>Advertisement</p>"
             '<figure><img src="/f.jpg"/><figcaption>The north shore in May. THE CANADIAN PRESS/Lee Chan</figcaption>'
             "</figure>" + _ps(_PARK[2:]) + "</div>")
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            '<title>North Shore News</title><link href="https://northshorenews.example/"/>'
            '<id>tag:northshorenews.example,2026:feed</id><updated>2026-06-05T18:00:00Z</updated>'
            f'<entry><title>{title}</title><link href="{link}"/><id>tag:northshorenews.example,2026:park</id>'
            '<published>2026-06-05T17:30:00Z</published><updated>2026-06-05T18:00:00Z</updated>'
            '<author><name>Pat Lindqvist</name></author>'
            f'<summary>{escape(_PARK[0])}</summary><content type="xhtml">{xhtml}</content></entry></feed>\n')
    return Saved("atom-xhtml-content", feed.encode(),
                 {"title": title, "source": "North Shore News", "date": "2026-06-05", "author": "Pat Lindqvist",
                  "url": link},
                 _PARK, ["Advertisement", "north shore in May", "CANADIAN PRESS"],
                 [("Stone|Minister", "leave it alone")], min_paras=4, ext="atom")


_SUMMARY = ("Council voted 9-2 on Thursday to freeze parking rates downtown for two years, rejecting a staff "
            "proposal to raise them by a quarter.")


def rss_summary_only() -> Saved:
    """An outlet's RSS item with only a short HTML description (a thumbnail and one sentence, 'Read more'):
    the summary is the body, nothing is made up, and the article says it was read from a summary."""
    title = "Downtown parking rates frozen for two years"
    link = "https://citypaper.example/news/parking-rates-frozen"
    desc = (f'&lt;p&gt;&lt;img src="https://citypaper.example/t.jpg" alt="Parking meter"/&gt;&lt;/p&gt;&lt;p&gt;'
            f'{escape(_SUMMARY)}&lt;/p&gt;&lt;p&gt;&lt;a href="{link}"&gt;Read more&lt;/a&gt;&lt;/p&gt;')
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>City Paper - Local News'
            '</title><link>https://citypaper.example/</link>'
            f'<item><title>{title}</title><link>{link}</link><pubDate>Thu, 19 Mar 2026 22:10:00 GMT</pubDate>'
            f'<description>{desc}</description></item></channel></rss>\n')
    return Saved("rss-summary-only", feed.encode(),
                 {"title": title, "source": "City Paper", "date": "2026-03-19", "url": link},
                 [_SUMMARY], ["Read more", "Parking meter"], [], min_paras=1, ext="rss")


def all_inbody() -> list[Saved]:
    """Every page of this set."""
    return [broadcaster_audio_ai(), story_continues_trending(), daily_gallery_captions(), numbered_ads_not_loaded(),
            metro_update_bio(), channel_post_wire_credit(), online_support_box(), wire_separators_contributed(),
            agency_newsletter_line(), local_gallery_comments(), unnamed_furniture_lines(), unnamed_labels_and_embeds(),
            unnamed_blocks(), nuxt_function_payload(),
            next_flight_references(), rss_double_escaped(), atom_xhtml_content(), rss_summary_only()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_inbody()))} pages written to {sys.argv[1]}")
