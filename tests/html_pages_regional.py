"""Pages of outlet families the other sets leave out, each with what a reader must get from it: US regional chains
(a Gannett-like network paper, a Lee-like daily, a McClatchy-like one), Australian metros (a News Corp-like
tabloid, a Nine-like broadsheet), an Indian national daily, an Irish daily, a Canadian Press story on a Torstar-like
site, a South African news site, an international wire's page, a university's newsroom, a national government's
press release and a US state's, and two PDF-to-HTML exports (a word processor's 'Save as Web Page' and a
positioned-lines converter's).

Every page is generated here (no real page is copied; the stories and names are invented). ``quotes`` lists
(speaker, words) the story quotes. ``python tests/html_pages_regional.py DIR`` writes the set for
``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, write_saved


def _p(text: str, attrs: str = "") -> str:
    return f"<p{attrs}>{escape(text, quote=False)}</p>"


def _ps(paras, attrs: str = "") -> str:
    return "".join(_p(x, attrs) for x in paras)


def _news_ld(title, date, author, site, url=None, kind="NewsArticle", **more):
    names = [author] if isinstance(author, str) else author
    obj = {"@context": "https://schema.org", "@type": kind, "headline": title, "datePublished": date,
           "author": [{"@type": "Person", "name": a} for a in names],
           "publisher": {"@type": "NewsMediaOrganization", "name": site}, **more}
    if url:
        obj["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    return _ld(obj)


# --- a Gannett-like network paper -------------------------------------------------------------------------------

_LEVEE = ["County commissioners voted 4-1 on Tuesday to raise the levee along the east bank of the river by three "
          "feet, two years after floodwater reached the courthouse steps.",
          "The $18 million project will be paid for mostly with federal disaster money, with the county covering "
          "about $2 million from its reserve fund.",
          "\u201cWe are not going to wait for the next flood to find out the old levee is too low,\u201d said "
          "Commissioner Ray Dutton, who proposed the plan.",
          "The lone vote against came from Commissioner Alma Reyes, who said farmers on the west bank would now "
          "take more of the water.",
          "Work is expected to begin in the fall and take about 18 months."]


def gannett_network() -> Saved:
    """A Gannett-like network paper: ``gnt_`` class names, a byline with the reporter's paper under the name,
    'Published 6:02 a.m. ET March 4, 2025 | Updated 9:15 a.m. ET', inline 'Related:' links between paragraphs,
    an embedded poll, a 'Subscribe' banner, the reporter's contact line and a 'USA TODAY NETWORK' footer."""
    title = "Commissioners vote to raise east bank levee by three feet"
    url = "https://www.rivertonrecord.example/story/news/local/2025/03/04/east-bank-levee-vote/81234567007/"
    head = (f"<title>Commissioners vote to raise east bank levee by three feet</title>"
            f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="The Riverton Record">'
            '<meta name="description" content="The $18 million project will be paid for mostly with federal money.">'
            + _news_ld(title, "2025-03-04T11:02:00Z", "Kara Lindqvist", "The Riverton Record", url,
                       dateModified="2025-03-04T14:15:00Z"))
    related = ('<p class="gnt_ar_b_p"><strong>Related:</strong> <a href="/story/news/local/2025/02/11/flood-maps/">'
               'New flood maps put 400 more homes in the high-risk zone</a></p>')
    body = ('<header class="gnt_n"><a class="gnt_n_logo" href="/">The Riverton Record</a><a class="gnt_n_sub">'
            'Subscribe</a><a>Sign In</a></header><main class="gnt_cw"><article class="gnt_pr">'
            f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{title}</h1>'
            '<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/2664/kara-lindqvist/">Kara Lindqvist</a>'
            '<div class="gnt_ar_pb">The Riverton Record</div></div><div class="gnt_ar_dt" aria-label="Published: 6:02 '
            'AM EST March 4, 2025 Updated: 9:15 AM EST March 4, 2025">Published 6:02 a.m. ET March 4, 2025 | Updated '
            '9:15 a.m. ET March 4, 2025</div><div class="gnt_ar_b">' + _ps(_LEVEE[:2], ' class="gnt_ar_b_p"')
            + related + '<aside class="gnt_em gnt_em__poll"><div class="gnt_em_t">Poll</div><p>Should the county '
              'raise the levee?</p><button>Yes</button><button>No</button></aside>'
            + _ps(_LEVEE[2:], ' class="gnt_ar_b_p"')
            + '<p class="gnt_ar_b_p"><em>Kara Lindqvist covers county government for The Riverton Record. Reach her '
              'at klindqvist@rivertonrecord.example or on X @karalindq.</em></p></div></article>'
              '<div class="gnt_sb"><p>Subscribe now for $1 a month to support local journalism.</p></div>'
              '<footer class="gnt_f"><p>\u00a9 2025 www.rivertonrecord.example. All rights reserved.</p><p>Part of '
              'the USA TODAY Network</p></footer></main>')
    return Saved("gannett-network", _doc(head, body).encode(),
                 {"title": title, "source": "The Riverton Record", "date": "2025-03-04", "author": "Kara Lindqvist",
                  "url": url},
                 _LEVEE, ["Related:", "New flood maps put 400", "Should the county raise", "Subscribe now",
                          "Part of the USA TODAY", "Published 6:02", "klindqvist@"],
                 [("Dutton|Commissioner", "not going to wait for the next flood")], min_paras=5)


# --- a Lee-like daily -------------------------------------------------------------------------------------------

_MILL = ["The paper mill that employed three generations of families in the valley will close in June, its owner "
         "said Thursday, ending 112 years of production.",
         "About 240 workers will lose their jobs. The company said it would offer severance and help with job "
         "searches through the state workforce office.",
         "\u201cEvery family on my street has someone who worked at that mill,\u201d said Donna Kessel, whose "
         "father and grandfather both ran the machines there.",
         "The mayor said the city would seek a buyer for the riverside site."]


def lee_daily() -> Saved:
    """A Lee-like daily: a 'Get local news delivered to your inbox!' box in the story, 'Catch the latest in
    News' and 'Sign up today!' lines, a reporter card with 'Reporter' under the name and a 'Be the first to know'
    alert promo, date written 'Mar 6, 2025 Updated 4 hrs ago'."""
    title = "Valley paper mill to close in June after 112 years"
    url = "https://valleysentinel.example/news/local/business/paper-mill-to-close/article_2b9f.html"
    head = (f"<title>{title} | Local Business | valleysentinel.example</title><link rel=\"canonical\" href=\"{url}\">"
            '<meta property="og:site_name" content="Valley Sentinel"><meta name="author" content="Owen Price">'
            + _news_ld(title, "2025-03-06T16:30:00-06:00", "Owen Price", "Valley Sentinel", url))
    inbox = ('<div class="inline-signup"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily '
             'Headlines newsletter.</p><input type="email" placeholder="Email"><button>Sign up!</button></div>')
    body = ('<nav class="navbar"><a>News</a><a>Sports</a><a>Obituaries</a><a>e-Edition</a></nav><article class="asset">'
            f'<h1 class="headline">{title}</h1><div class="meta"><span class="tnt-byline">Owen Price</span>'
            '<ul><li><time datetime="2025-03-06T16:30:00-06:00">Mar 6, 2025</time></li><li>Updated 4 hrs ago</li>'
            '</ul></div><div class="asset-content" id="article-body">' + _ps(_MILL[:2]) + inbox + _ps(_MILL[2:])
            + '<p class="catch">Catch the latest in News. Sign up today!</p></div><div class="author-card"><div>'
              '<a href="/users/profile/oprice">Owen Price</a></div><div>Reporter</div><p>Owen Price covers business '
              'and the economy.</p></div><div class="alert-promo"><h3>Be the first to know</h3><p>Get local news '
              'delivered to your inbox!</p></div></article>')
    return Saved("lee-daily", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Sentinel", "date": "2025-03-06", "author": "Owen Price", "url": url},
                 _MILL, ["Get local news delivered", "Daily Headlines newsletter", "Catch the latest", "Be the first",
                         "covers business and the economy", "Updated 4 hrs ago"],
                 [("Kessel", "Every family on my street")], min_paras=4)


# --- a McClatchy-like daily -------------------------------------------------------------------------------------

_SCHOOL = ["The school board approved a four-day week for the district's 11 rural schools on Monday night, starting "
           "next August.",
           "Students will attend longer days from Tuesday to Friday, and Mondays will be used for tutoring and "
           "teacher training.",
           "\u201cWe are losing teachers to districts that already did this,\u201d Superintendent Cheryl Ames said.",
           "Some parents said they would struggle to find child care on Mondays."]


def mcclatchy_daily() -> Saved:
    """A McClatchy-like daily: a 'Read Next' card inside the story, 'Story continues below', a subscriber line
    ('This story was originally published March 10, 2025, 9:45 PM.'), a 'Get unlimited digital access' offer, and
    a date declared in UTC (02:45 the next day) while the page shows its own day."""
    title = "Rural schools to switch to four-day week next fall"
    url = "https://www.centralvalleybee.example/news/local/education/article301234567.html"
    head = (f"<title>{title} | Central Valley Bee</title><link rel=\"canonical\" href=\"{url}\">"
            '<meta property="og:site_name" content="Central Valley Bee">'
            + _news_ld(title, "2025-03-11T04:45:00Z", "Luis Ortega", "Central Valley Bee", url))
    body = ('<header class="masthead">Central Valley Bee <a>Subscribe</a></header><article class="story-body">'
            f'<h1 class="h1">{title}</h1><div class="byline"><a class="ellipsis" href="/profile/2201.html">Luis '
            'Ortega</a></div><time class="update-date" datetime="2025-03-11T04:45:00Z">March 10, 2025 9:45 PM</time>'
            + _ps(_SCHOOL[:2]) + '<div class="read-next"><h3>Read Next</h3><a>District weighs closing two schools as '
              'enrollment falls</a></div><p class="story-continues">Story continues below</p>' + _ps(_SCHOOL[2:])
            + '<p class="pub-note">This story was originally published March 10, 2025, 9:45 PM.</p>'
              '<div class="paywall-offer"><p>Get unlimited digital access</p><p>#ReadLocal</p><p>Try 1 month for $1'
              '</p></div></article>')
    return Saved("mcclatchy-daily", _doc(head, body).encode(),
                 {"title": title, "source": "Central Valley Bee", "date": "2025-03-10", "author": "Luis Ortega",
                  "url": url},
                 _SCHOOL, ["Read Next", "District weighs closing", "Story continues below", "originally published",
                           "unlimited digital access", "#ReadLocal"],
                 [("Ames|Superintendent", "losing teachers")], min_paras=4)


# --- Australian metros ------------------------------------------------------------------------------------------

_LIGHT_RAIL = ["The state government will extend the light rail line to the northern beaches by 2029, the premier "
               "announced on Wednesday.",
               "The 12-kilometre extension will add nine stops and is expected to carry 30,000 passengers a day.",
               "\u201cThis is the missing link for the fastest-growing part of the city,\u201d Premier Tess Morgan "
               "said at the depot.",
               "The opposition said the cost, put at $2.3 billion, would blow out."]


def news_corp_au() -> Saved:
    """A News Corp-like Australian tabloid: a standfirst under the headline, 'Camera Icon' and 'Credit:' photo
    lines, a 'Join the conversation' box, 'Read related topics', an 'Exclusive' label, the reporter with 'State
    Politics Reporter', and a date declared in UTC the evening before the day the page shows."""
    title = "Light rail to reach northern beaches by 2029"
    standfirst = "A $2.3 billion extension will add nine stops, the premier has announced."
    url = "https://www.harbourtelegraph.example/news/nsw/light-rail-northern-beaches/news-story/9f8e7d6c"
    head = (f"<title>{title} | Harbour Telegraph</title><link rel=\"canonical\" href=\"{url}\">"
            '<meta property="og:site_name" content="Harbour Telegraph">'
            '<meta property="article:published_time" content="2025-03-05T05:00:00+11:00">'
            + _news_ld(title, "2025-03-04T18:00:00Z", "Zoe Pappas", "Harbour Telegraph", url))
    body = ('<div class="site-header"><a>The Harbour Telegraph</a><a>Subscribe</a><a>Log in</a></div>'
            '<article id="story-primary"><span class="story-label">Exclusive</span>'
            f'<h1 id="story-headline">{title}</h1><p class="story-intro" id="story-intro">{standfirst}</p>'
            '<div class="author-block"><span class="author-name">Zoe Pappas</span><span class="author-role">State '
            'Politics Reporter</span><time datetime="2025-03-05T05:00:00+11:00">March 5, 2025 - 5:00AM</time></div>'
            '<figure><img><figcaption><span>Camera Icon</span>An artist\'s impression of the new stop. Credit: '
            'Supplied</figcaption></figure><div id="story-body">' + _ps(_LIGHT_RAIL)
            + '</div><div class="story-topics"><h3>Read related topics:</h3><a>Transport</a></div>'
              '<div class="comments-cta"><h3>Join the conversation</h3><p>Comments are open for this article.</p>'
              '</div></article>')
    return Saved("news-corp-au", _doc(head, body, html_attrs='lang="en-AU"').encode(),
                 {"title": title, "source": "Harbour Telegraph", "date": "2025-03-05", "author": "Zoe Pappas",
                  "url": url},
                 [standfirst, *_LIGHT_RAIL], ["Camera Icon", "Credit: Supplied", "Join the conversation",
                                              "Read related topics", "State Politics Reporter", "Exclusive"],
                 [("Morgan|Premier", "missing link")], min_paras=5)


_HOSPITAL = ["Elective surgery waiting lists at the city's public hospitals have grown by a third in a year, new "
             "figures show.",
             "More than 9,000 patients have waited longer than clinically recommended, most of them for hip and "
             "knee replacements.",
             "\u201cPeople are living in pain for months,\u201d said Dr Anil Rao, who heads the state branch of "
             "the surgeons' college.",
             "The health minister said 40 extra theatre sessions a week would start in July."]


def nine_au() -> Saved:
    """A Nine-like Australian broadsheet: ``data-testid`` blocks, 'Save', 'Share', 'Normal text size', 'Larger
    text size', 'Very large text size', 'Advertisement', 'License this article', 'We're sorry, this feature is
    currently unavailable.', 'Read more' teasers, and a date written 'March 7, 2025 — 5.00am'."""
    title = "Surgery waiting lists grow by a third in a year"
    head = (f"<title>{title}</title><meta property=\"og:site_name\" content=\"The Southern Age\">"
            + _news_ld(title, "2025-03-06T18:00:00Z", "Hannah Quill", "The Southern Age",
                       "https://www.southernage.example/national/surgery-waiting-lists-20250306-p5abc.html"))
    tools = ('<div data-testid="article-tools"><button>Save</button><button>Share</button><button>Normal text size'
             '</button><button>Larger text size</button><button>Very large text size</button></div>')
    ad = '<div data-testid="ad"><span>Advertisement</span></div>'
    body = ('<header data-testid="header"><a>The Southern Age</a></header><main><article>'
            f'<h1 data-testid="headline">{title}</h1><div data-testid="byline"><span>By <a href="/by/hannah-quill">'
            'Hannah Quill</a></span></div><div data-testid="datetime"><time datetime="2025-03-06T18:00:00Z">March 7, '
            '2025 \u2014 5.00am</time></div>' + tools + '<div data-testid="body-content">' + _ps(_HOSPITAL[:2]) + ad
            + _ps(_HOSPITAL[2:]) + '</div><p>We\'re sorry, this feature is currently unavailable. We\'re working to '
              'restore it. Please try again later.</p><div data-testid="license"><a>License this article</a></div>'
              '<section data-testid="read-more"><h3>Read more</h3><a>Ambulance ramping hits record at two hospitals'
              '</a></section></article></main>')
    return Saved("nine-au", _doc(head, body, html_attrs='lang="en-AU"').encode(),
                 {"title": title, "source": "The Southern Age", "date": "2025-03-07", "author": "Hannah Quill"},
                 _HOSPITAL, ["Normal text size", "Very large text size", "License this article", "feature is "
                             "currently unavailable", "Ambulance ramping", "Advertisement"],
                 [("Rao|Dr", "living in pain")], min_paras=4)


# --- an Indian national daily ---------------------------------------------------------------------------------

_METRO = ["The second phase of the city's metro rail will open to the public on Saturday, the metro rail "
          "corporation said on Wednesday.",
          "The 14-km stretch has 12 stations and will cut travel time between the airport and the IT corridor to "
          "under 30 minutes.",
          "\u201cWe expect one lakh commuters a day within the first month,\u201d managing director S. Ramesh "
          "Kumar told reporters.",
          "Fares will range from \u20b910 to \u20b950."]


def indian_daily() -> Saved:
    """An Indian national daily: a 'Published - March 12, 2025 10:45 pm IST' line above and below the story, a
    share row ('Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'), 'READ
    LATER', 'PRINT', a 'Related Topics' list, and the byline with the city ('S. Anitha Menon, Chennai')."""
    title = "Metro phase two to open to public on Saturday"
    head = (f"<title>{title} - The Coastal Chronicle</title><meta property=\"og:site_name\" content=\"The Coastal "
            'Chronicle">' + _news_ld(title, "2025-03-12T17:15:00Z", "S. Anitha Menon", "The Coastal Chronicle"))
    share = ('<div class="share-page"><span>Copy link</span><span>Email</span><span>Facebook</span><span>Twitter'
             '</span><span>Telegram</span><span>LinkedIn</span><span>WhatsApp</span><span>Reddit</span></div>')
    body = ('<div class="header">The Coastal Chronicle <a>e-Paper</a></div><div class="article">'
            f'<h1 class="title">{title}</h1><h2 class="sub-text">The 14-km stretch connects the airport with the IT '
            'corridor</h2><div class="author-name"><a href="/profile/author/s-anitha-menon/">S. Anitha Menon</a>'
            '</div><div class="publish-time">Published - March 12, 2025 10:45 pm IST - CHENNAI</div>' + share
            + '<div class="articlebodycontent" id="content-body">' + _ps(_METRO) + '</div><div class="update-publish-'
              'time">Published - March 12, 2025 10:45 pm IST</div><div class="related-topics"><h3>Related Topics</h3>'
              '<a>Chennai</a><a>metro rail</a></div><div><span>READ LATER</span><span>PRINT</span></div></div>')
    return Saved("indian-daily", _doc(head, body, html_attrs='lang="en-IN"').encode(),
                 {"title": title, "source": "The Coastal Chronicle", "date": "2025-03-12", "author": "S. Anitha Menon"},
                 _METRO, ["Copy link", "Telegram", "READ LATER", "PRINT", "Related Topics", "Published - March 12"],
                 [("Kumar|managing director", "one lakh commuters")], min_paras=4)


# --- an Irish daily ---------------------------------------------------------------------------------------------

_HOUSING = ["Planning permission has been granted for 600 homes on the site of a former army barracks in the "
            "midlands, the first large scheme in the county for a decade.",
            "A third of the homes will be sold at cost to first-time buyers under the State's affordable purchase "
            "scheme.",
            "\u201cYoung people have been leaving the town because there was nowhere for them to live,\u201d said "
            "local councillor Siobh\u00e1n N\u00ed Bhriain.",
            "Construction is due to start in the autumn."]


def irish_daily() -> Saved:
    """An Irish daily: a date written 'Tue Mar 18 2025 - 06:00', 'Sign up for push alerts', 'Read More' links in
    the story, a 'Topics' list, 'Irish' names with fadas, and an 'Our journalism relies on your support' box."""
    title = "Permission granted for 600 homes on former barracks site"
    head = (f"<title>{title} \u2013 The Midland Times</title><meta property=\"og:site_name\" content=\"The Midland "
            'Times">' + _news_ld(title, "2025-03-18T06:00:00Z", "Ciar\u00e1n Mac Giolla", "The Midland Times"))
    body = ('<header><a>The Midland Times</a><a>Subscribe</a></header><article class="b-article">'
            f'<h1>{title}</h1><div class="byline"><span>Ciar\u00e1n Mac Giolla</span></div><time datetime='
            '"2025-03-18T06:00:00Z">Tue Mar 18 2025 - 06:00</time><div class="article-body">' + _ps(_HOUSING[:2])
            + '<p class="read-more"><strong>Read More</strong> <a>Rents rise 7% as supply of homes falls again</a></p>'
            + _ps(_HOUSING[2:]) + '</div><div class="push-alerts"><p>Sign up for push alerts and have the best news, '
              'analysis and comment delivered directly to your phone</p></div><div class="topics"><h3>Topics</h3>'
              '<a>Housing</a><a>Planning</a></div><div class="support-box"><p>Our journalism relies on your support. '
              'Subscribe today.</p></div></article>')
    return Saved("irish-daily", _doc(head, body, html_attrs='lang="en-IE"').encode(),
                 {"title": title, "source": "The Midland Times", "date": "2025-03-18", "author": "Ciar\u00e1n Mac Giolla"},
                 _HOUSING, ["Read More", "Rents rise 7%", "push alerts", "Our journalism relies", "Tue Mar 18"],
                 [("Bhriain|councillor", "nowhere for them to live")], min_paras=4)


# --- a Canadian Press story on a Torstar-like site --------------------------------------------------------------

_WILDFIRE = ["Officials ordered about 3,000 residents to leave their homes on Sunday as a wildfire jumped a highway "
             "north of the town.",
             "The fire has burned more than 12,000 hectares since it was sparked by lightning last week.",
             "\u201cIf you are told to go, go,\u201d said Emergency Management Minister Paul Gagnon. \u201cDo not "
             "wait to see the smoke.\u201d",
             "Evacuees were told to register at the arena in the neighbouring town."]


def canadian_press() -> Saved:
    """A Canadian Press story on a Torstar-like site: 'By Ellen Marsh The Canadian Press' with 'Sun., June 8,
    2025 timer 2 min. read', 'Updated 7:52 p.m.', the 'This report by The Canadian Press was first published June
    8, 2025.' line, and 'Join the conversation' under the story."""
    title = "Wildfire jumps highway, forcing 3,000 from their homes"
    head = (f"<title>{title} | The Lakeshore Star</title><meta property=\"og:site_name\" content=\"The Lakeshore Star\">"
            + _news_ld(title, "2025-06-08T19:40:00-04:00", "Ellen Marsh", "The Lakeshore Star"))
    body = ('<div class="header"><a>The Lakeshore Star</a></div><article class="c-article-body">'
            f'<h1 class="c-article-headline">{title}</h1><div class="c-byline">By <span class="c-byline__author">'
            'Ellen Marsh</span> The Canadian Press</div><div class="c-article-meta"><span>Sun., June 8, 2025</span>'
            '<span>timer</span><span>2 min. read</span><span>Updated 7:52 p.m.</span></div><div class="c-article-text">'
            + _ps(_WILDFIRE) + '<p>This report by The Canadian Press was first published June 8, 2025.</p></div>'
              '<div class="c-conversation"><h3>Join the conversation</h3><p>Conversations are opinions of our '
              'readers and are subject to the Code of Conduct.</p></div></article>')
    return Saved("canadian-press", _doc(head, body, html_attrs='lang="en-CA"').encode(),
                 {"title": title, "source": "The Lakeshore Star", "date": "2025-06-08", "author": "Ellen Marsh"},
                 _WILDFIRE, ["first published June 8", "timer", "2 min. read", "Join the conversation",
                             "Conversations are opinions"],
                 [("Gagnon|Minister", "If you are told to go")], min_paras=4)


# --- a South African news site ----------------------------------------------------------------------------------

_LOADSHEDDING = ["The power utility will cut electricity in two-hour blocks from Thursday evening after three "
                 "generating units broke down, it said on Wednesday.",
                 "The cuts are expected to last until the weekend while repairs are carried out at two power "
                 "stations.",
                 "\u201cWe apologise to South Africans for the inconvenience,\u201d the utility's spokesperson, "
                 "Thabo Nkosi, said.",
                 "Businesses warned that the outages would hurt trade in the run-up to the long weekend."]


def south_african() -> Saved:
    """A South African news site: 'Listen to this article', 'Subscribers can listen to this article', the
    reporter with 'News24'-like outlet line ('Lerato Dube | Highveld News | Published 2h ago'), 'Get the biggest
    daily stories by email', 'Join the conversation', and a 'LATEST' ticker."""
    title = "Power cuts to return on Thursday after three units break down"
    head = (f"<title>{title} | Highveld News</title><meta property=\"og:site_name\" content=\"Highveld News\">"
            + _news_ld(title, "2025-04-09T14:20:00+02:00", "Lerato Dube", "Highveld News"))
    body = ('<div class="ticker"><span>LATEST</span><a>Rand firms against dollar</a></div><article class="article">'
            f'<h1 class="article__title">{title}</h1><div class="article__details"><span class="article__author">'
            'Lerato Dube</span><span> | Highveld News</span><span> | Published 2h ago</span></div>'
            '<div class="audio"><p>Listen to this article</p><p>Subscribers can listen to this article</p></div>'
            '<div class="article__body">' + _ps(_LOADSHEDDING[:2])
            + '<div class="newsletter"><p>Get the biggest daily stories by email</p><button>Subscribe</button></div>'
            + _ps(_LOADSHEDDING[2:]) + '</div><div class="article__comments"><h3>Join the conversation</h3></div>'
              '</article>')
    return Saved("south-african", _doc(head, body, html_attrs='lang="en-ZA"').encode(),
                 {"title": title, "source": "Highveld News", "date": "2025-04-09", "author": "Lerato Dube"},
                 _LOADSHEDDING, ["Listen to this article", "Subscribers can listen", "biggest daily stories",
                                 "Join the conversation", "Rand firms", "Published 2h ago"],
                 [("Nkosi|spokesperson", "apologise to South Africans")], min_paras=4)


# --- an international wire's page -------------------------------------------------------------------------------

_SUMMIT = ["PARIS (GlobalWire) \u2013 Ministers from 40 countries agreed on Friday to double funding for early "
           "warning systems for floods and storms in poorer nations by 2030.",
           "The pledge, worth about $3 billion, was announced at the close of a two-day meeting in the French "
           "capital.",
           "\u201cEvery dollar spent on warnings saves many more in damage,\u201d said the meeting's chair, "
           "Am\u00e9lie Durand.",
           "Aid groups welcomed the deal but said it fell short of what was needed.",
           "mk/jd"]


def wire_service() -> Saved:
    """An international wire's own page: a dateline opening the story ('PARIS (GlobalWire) –'), the editors'
    initials at the end ('mk/jd', kept as the wire writes them), a 'GlobalWire' desk byline and a copyright line,
    a 'Most read' list and a photo credit ('© GlobalWire')."""
    title = "Ministers agree to double funding for flood warnings"
    head = (f"<title>{title} | GlobalWire</title><meta property=\"og:site_name\" content=\"GlobalWire\">"
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2025-05-16T16:05:00+02:00",
                   "author": {"@type": "Organization", "name": "GlobalWire"}}))
    body = (f'<main><article><h1>{title}</h1><div class="meta"><span class="author">GlobalWire</span>'
            '<time datetime="2025-05-16T16:05:00+02:00">16/05/2025 16:05</time></div><figure><img><figcaption>'
            'Delegates at the meeting in Paris \u00a9 GlobalWire / Luc Martin</figcaption></figure>'
            '<div class="article-text">' + _ps(_SUMMIT) + '</div><p class="copyright">\u00a9 2025 GlobalWire. '
            'All rights reserved.</p></article><aside class="most-read"><h2>Most read</h2><ol><li><a>Storm leaves '
            'thousands without power</a></li></ol></aside></main>')
    return Saved("wire-service", _doc(head, body).encode(),
                 {"title": title, "source": "GlobalWire", "date": "2025-05-16", "author": None},
                 _SUMMIT[:4], ["All rights reserved", "Most read", "Storm leaves", "Luc Martin"],
                 [("Durand|chair", "Every dollar spent")], min_paras=4)


# --- a university's newsroom ------------------------------------------------------------------------------------

_BEES = ["Bumblebees learn to avoid flowers sprayed with a common pesticide within a day, researchers at the "
         "university have found.",
         "The team trained 120 bees to feed from artificial flowers, some of which had been treated with low doses "
         "of the chemical.",
         "\u201cWe were surprised by how quickly they picked it up,\u201d said Professor Nadia Okafor, who led "
         "the study.",
         "The findings are published in the journal Animal Behaviour Letters."]


def university_news() -> Saved:
    """A university's newsroom: breadcrumbs ('Home > News and events > News'), the date line '14 April 2025', a
    'Media contact' block with a phone number and e-mail, 'Share this page', 'Related news' and the university's
    footer with its charity number."""
    title = "Bumblebees learn to avoid pesticide-treated flowers within a day"
    head = (f"<title>{title} | News | University of Eastmoor</title>"
            '<meta property="og:site_name" content="University of Eastmoor">'
            '<meta name="dcterms.date" content="2025-04-14">')
    body = ('<nav class="breadcrumb"><a>Home</a> &gt; <a>News and events</a> &gt; <a>News</a></nav><main id="main">'
            f'<h1 class="page-title">{title}</h1><p class="news-date">14 April 2025</p><div class="news-body">'
            + _ps(_BEES) + '</div><div class="media-contact"><h2>Media contact</h2><p>Press Office</p><p>Tel: 01234 '
              '567890</p><p>press@eastmoor.example</p></div><div class="share"><p>Share this page</p></div>'
              '<section class="related"><h2>Related news</h2><a>New lab to study soil health opens</a></section>'
              '</main><footer><p>University of Eastmoor is a registered charity, number 1234567.</p></footer>')
    return Saved("university-news", _doc(head, body, html_attrs='lang="en-GB"').encode(),
                 {"title": title, "source": "University of Eastmoor", "date": "2025-04-14"},
                 _BEES, ["Media contact", "01234 567890", "Share this page", "Related news", "registered charity",
                         "News and events"],
                 [("Okafor|Professor", "surprised by how quickly")], min_paras=4)


# --- government press releases ----------------------------------------------------------------------------------

_GRANTS = ["Village halls and community centres across the country will be able to apply for grants of up to "
           "\u00a350,000 to cut their energy bills, the government announced today.",
           "The \u00a320 million fund will pay for insulation, heat pumps and solar panels.",
           "Communities Minister Rachel Hale said: \u201cVillage halls are the heart of rural life, and no hall "
           "should have to close because it cannot afford to heat its rooms.\u201d",
           "Applications open on 1 June and close on 31 August."]


def gov_press_release() -> Saved:
    """A national government's press release: 'Press release', 'From: Department for Communities', 'Published 22
    May 2025', a 'Contents' list, 'Notes to editors' kept as the release's own text, 'Share this page', 'Is this
    page useful? Yes No Report a problem with this page', and the crown copyright footer."""
    title = "Village halls offered grants to cut energy bills"
    head = (f"<title>{title} - GOV.EXAMPLE</title><meta property=\"og:site_name\" content=\"GOV.EXAMPLE\">"
            '<meta name="govx:first-published-at" content="2025-05-22T09:30:00+01:00">'
            '<meta name="govx:updated-at" content="2025-05-22T09:30:00+01:00">')
    body = ('<header class="govx-header"><a>GOV.EXAMPLE</a><a>Menu</a></header><main class="govx-main-wrapper">'
            '<div class="gem-c-title"><span class="govx-caption-xl">Press release</span>'
            f'<h1 class="gem-c-title__text">{title}</h1></div><p class="gem-c-lead-paragraph">Grants of up to '
            '\u00a350,000 for village halls to install insulation and heat pumps.</p><div class="gem-c-metadata">'
            '<dl><dt>From:</dt><dd><a>Department for Communities</a> and <a>Rachel Hale MP</a></dd><dt>Published'
            '</dt><dd>22 May 2025</dd></dl></div><nav class="gem-c-contents-list"><h2>Contents</h2><ol><li><a>'
            'Notes to editors</a></li></ol></nav><div class="govspeak">' + _ps(_GRANTS)
            + '<h2>Notes to editors</h2><p>The fund is open to halls owned by charities and parish councils.</p>'
              '</div><div class="gem-c-share-links"><h2>Share this page</h2><a>Facebook</a><a>Twitter</a></div>'
              '<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button><a>'
              'Report a problem with this page</a></div></main><footer><p>All content is available under the Open '
              'Government Licence v3.0, except where otherwise stated</p><p>\u00a9 Crown copyright</p></footer>')
    return Saved("gov-press-release", _doc(head, body, html_attrs='lang="en-GB"').encode(),
                 {"title": title, "source": "GOV.EXAMPLE", "date": "2025-05-22"},
                 [*_GRANTS, "The fund is open to halls owned by charities"],
                 ["Is this page useful", "Report a problem", "Share this page", "Crown copyright",
                  "Open Government Licence", "From:"],
                 [("Hale|Minister", "heart of rural life")], min_paras=4)


_BRIDGE = ["Governor Dana Whitfield today announced $75 million to replace the Route 14 bridge over the Millers "
           "River, which was closed to trucks last year after inspectors found corroded beams.",
           "The new bridge will have wider shoulders and a separate path for cyclists and pedestrians.",
           "\u201cNo family should have to drive 20 miles around a river to get to work,\u201d Governor Whitfield "
           "said.",
           "Construction is expected to begin in the spring of 2026."]


def state_press_release() -> Saved:
    """A US state's press release: 'FOR IMMEDIATE RELEASE', the date line 'April 3, 2025', a 'Contact:' block with
    a press secretary's phone, the closing '###', and the state portal's 'Translate', 'Search', 'Agencies' menus."""
    title = "Governor Whitfield Announces $75 Million to Replace Route 14 Bridge"
    body = ('<div class="portal-header"><a>Translate</a><a>Search</a><a>Agencies</a><a>Services</a></div>'
            f'<main><div class="press-release"><p><strong>FOR IMMEDIATE RELEASE</strong></p><p>April 3, 2025</p>'
            '<p>Contact: Jamie Cole, Press Secretary, (555) 010-2233</p>'
            f'<h1>{title}</h1>' + _ps(_BRIDGE) + '<p style="text-align:center">###</p></div></main>'
            '<footer><a>Privacy Policy</a><a>Accessibility</a><p>Office of the Governor</p></footer>')
    head = (f"<title>{title} | Office of the Governor</title>"
            '<meta property="og:site_name" content="Office of the Governor">')
    return Saved("state-press-release", _doc(head, body, html_attrs='lang="en-US"').encode(),
                 {"title": title, "source": "Office of the Governor", "date": "2025-04-03"},
                 _BRIDGE, ["FOR IMMEDIATE RELEASE", "Contact: Jamie Cole", "(555) 010-2233", "###", "Translate",
                           "Privacy Policy"],
                 [("Whitfield|Governor", "No family should have to")], min_paras=4)


# --- PDF-to-HTML exports ----------------------------------------------------------------------------------------

_REPORT = ["The harbour authority handled 4.2 million tonnes of cargo in 2024, up 6% on the year before, its annual "
           "report shows.",
           "Container traffic rose fastest, while bulk grain shipments fell for the second year in a row.",
           "\u201cThe port has never been busier, and we need the new berth to keep up,\u201d the authority's "
           "chief executive, Martin Hollis, writes in the report.",
           "The authority will decide on the new berth in September."]


def word_export() -> Saved:
    """A word processor's 'Save as Web Page': ``MsoNormal`` paragraphs with ``<o:p>`` marks, Office XML in
    comments, a ``MsoTitle`` headline, the author and date in the document's properties, a page-number footer
    line and empty paragraphs of ``&nbsp;``."""
    title = "Harbour cargo volumes rise 6% in 2024"
    props = ('<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Priya Shah</o:Author><o:Created>'
             '2025-02-20T10:00:00Z</o:Created></o:DocumentProperties></xml><![endif]-->')
    head = (f'<meta name="Generator" content="Microsoft Word 15"><title>{title}</title>{props}'
            '<style>p.MsoNormal{margin:0cm;font-family:"Calibri",sans-serif;}</style>')
    paras = "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt">{escape(x, quote=False)}<o:p></o:p></span>'
                    '</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for x in _REPORT)
    body = (f'<div class="WordSection1"><p class="MsoTitle">{title}<o:p></o:p></p><p class="MsoNormal"><i>Priya '
            'Shah, Harbour Business Review, 20 February 2025</i><o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;'
            '</o:p></p>' + paras + '<p class="MsoFooter">Page 1 of 1</p></div>')
    return Saved("word-export", _doc(head, body, charset="windows-1252",
                                     html_attrs='xmlns:o="urn:schemas-microsoft-com:office:office" lang="EN-GB"'
                                     ).encode("cp1252"),
                 {"title": title},
                 _REPORT, ["Page 1 of 1", "mso", "DocumentProperties"],
                 [("Hollis|chief executive", "never been busier")], min_paras=4)


_COUNCIL = ["The district council will freeze its share of council tax next year, the first freeze since 2016, "
            "after savings from merging two offices.",
            "Parking charges in the town centre will rise by 20p an hour to help pay for the bus station repairs.",
            "\u201cWe have made every saving we can without closing a library,\u201d said council leader Moira "
            "Gent.",
            "The budget will be put to a vote of the full council on 26 February."]


def pdf_lines_export() -> Saved:
    """A PDF converter's page (a council newsletter turned into HTML): every line a positioned ``div`` with
    generated class names (``t m0 x1 h2 y3 ff1 fs0``), paragraphs split over lines at word breaks, a running
    header ('District News | February 2025') and page number ('2') between the lines."""
    title = "Council tax frozen for first time since 2016"

    def lines(text: str, width: int = 60) -> list[str]:
        out, line = [], ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return out + [line]

    y = 0
    rows = [f'<div class="t m0 x0 h1 y0 ff1 fs1 fc0 sc0 ls0 ws0">{title}</div>']
    for para in _COUNCIL:
        for n, line in enumerate(lines(para)):
            y += 1
            rows.append(f'<div class="t m0 x1 h2 y{y} ff2 fs0 fc0 sc0 ls0 ws0">{escape(line, quote=False)}</div>')
        rows.append('<div class="t m0 x1 h2 ff2 fs0 fc0 sc0 ls0 ws0"> </div>')
    head = (f'<meta name="generator" content="pdf2htmlEX"><title>{title}</title>'
            '<style>.t{position:absolute;white-space:pre}.x0{left:72px}.x1{left:72px}</style>')
    body = ('<div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">'
            '<div class="t m0 x2 h3 y0 ff3 fs2 fc1 sc0 ls0 ws0">District News | February 2025</div>'
            + "".join(rows) + '<div class="t m0 x3 h3 y99 ff3 fs2 fc1 sc0 ls0 ws0">2</div></div></div></div>')
    return Saved("pdf-lines-export", _doc(head, body).encode(),
                 {"title": title},
                 [lines(p)[0] for p in _COUNCIL] + [lines(_COUNCIL[-1])[-1]],
                 ["District News | February 2025", "pdf2htmlEX"],
                 min_paras=4)


def all_regional() -> list[Saved]:
    """Every page of this set."""
    return [gannett_network(), lee_daily(), mcclatchy_daily(), news_corp_au(), nine_au(), indian_daily(),
            irish_daily(), canadian_press(), south_african(), wire_service(), university_news(), gov_press_release(),
            state_press_release(), word_export(), pdf_lines_export()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_regional()))} pages written to {sys.argv[1]}")
