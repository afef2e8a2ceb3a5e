"""Pages whose metadata comes in the other forms news sites use: JSON-LD as an array and as a ``@graph``
holding several NewsArticle nodes, microdata only, Parse.ly, Sailthru and Dublin Core meta, bylines
('By X and Y, Associated Press', 'X | Reporter', Drupal's 'Submitted by X on DATE'), dates written in
the text or only relative ('2 hours ago': no date), a Medium post outside a publication, right-to-left and
CJK pages. :func:`all_web` adds the archive and saving-tool shapes of :mod:`html_pages_web`.

Every page is generated here (no real page is copied). ``python tests/html_pages_meta.py DIR`` writes the
set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from html_pages_saved import Saved, _doc, _ld, _ps, _related, write_saved
from html_pages_web import all_archived

_WATER = ["Households in the south-east will pay 12 percent more for water from April after the regulator "
          "approved the rise on Thursday.",
          "The company said the money would pay for new reservoirs and fix leaking pipes.",
          "\u201cCustomers are being asked to pay for decades of under-investment,\u201d said Ruth Baker of "
          "the Consumer Council for Water.",
          "Bills will rise by about 60 pounds a year for a typical household."]


def jsonld_array() -> Saved:
    """One JSON-LD block holding an array: a WebPage, a BreadcrumbList and the NewsArticle, in that order."""
    title = "Water bills to rise 12 percent from April"
    url = "https://southernrecord.example/news/water-bills-rise"
    ld = [{"@context": "https://schema.org", "@type": "WebPage", "name": "News", "url": url},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "News"}]},
          {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url,
           "datePublished": "2025-01-30T11:00:00Z", "author": [{"@type": "Person", "name": "Nina Shah"}],
           "publisher": {"@type": "NewsMediaOrganization", "name": "Southern Record"}}]
    head = f"<title>{title} - Southern Record</title>" + _ld(ld)
    body = f"<main><article><h1>{title}</h1>{_ps(_WATER)}</article></main>"
    return Saved("jsonld-array", _doc(head, body).encode(),
                 {"title": title, "source": "Southern Record", "date": "2025-01-30", "author": "Nina Shah", "url": url},
                 _WATER, [], [("Baker", "decades of under-investment")])


def graph_many_articles() -> Saved:
    """A ``@graph`` with three NewsArticle nodes: two related stories first, then the page's own (the one
    whose address is the canonical one); its headline, date and author are the page's."""
    title = "Water bills to rise 12 percent from April"
    base = "https://eastpost.example"
    url = f"{base}/2025/01/30/water-bills/"
    other = lambda n, h, d, a: {"@type": "NewsArticle", "@id": f"{base}/2024/{n}/#article", "headline": h,  # noqa: E731
                                "url": f"{base}/2024/{n}/", "datePublished": d,
                                "author": {"@type": "Person", "name": a}}
    graph = {"@context": "https://schema.org", "@graph": [
        other("11/02/reservoir", "Reservoir plan approved", "2024-11-02T08:00:00Z", "Paul Kerr"),
        other("12/15/leaks", "Leaks waste a fifth of water", "2024-12-15T08:00:00Z", "Ann Ferris"),
        {"@type": "NewsArticle", "@id": f"{url}#article", "headline": title, "mainEntityOfPage": url,
         "datePublished": "2025-01-30T11:00:00Z", "author": {"@id": f"{base}/#/person/7"},
         "publisher": {"@id": f"{base}/#org"}},
        {"@type": "Person", "@id": f"{base}/#/person/7", "name": "Lily Chen"},
        {"@type": "NewsMediaOrganization", "@id": f"{base}/#org", "name": "East Post"}]}
    head = f"<title>{title} | East Post</title><link rel='canonical' href='{url}'>" + _ld(graph)
    body = (f"<main><article><h1>{title}</h1>{_ps(_WATER)}</article>"
            + _related(["Reservoir plan approved", "Leaks waste a fifth of water"]) + "</main>")
    return Saved("graph-many", _doc(head, body).encode(),
                 {"title": title, "source": "East Post", "date": "2025-01-30", "author": "Lily Chen", "url": url},
                 _WATER, ["Reservoir plan approved"], [("Baker", "decades of under-investment")])


def microdata_only() -> Saved:
    """schema.org microdata and nothing else: ``itemprop`` headline, author (a Person with a name),
    datePublished, publisher (an Organization with a name) and articleBody."""
    title = "Ferry fares frozen for islanders"
    paras = ["Island residents will pay the same ferry fares next year after the government agreed to cover "
             "the operator's rising fuel costs.",
             "\u201cFor us the ferry is the road, and you do not put tolls up on the only road,\u201d said "
             "councillor Iain MacLeod.",
             "Visitors' fares will rise by 5 percent."]
    head = f"<title>{title}</title>"
    body = ('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">' + title + '</h1>'
            '<div class="meta">By <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Morag Finlay</span></span> | <time itemprop="datePublished" '
            'datetime="2025-08-19T07:00:00+01:00">19 August 2025</time></div>'
            '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
            '<meta itemprop="name" content="Hebrides Herald"></div>'
            f'<div itemprop="articleBody">{_ps(paras)}</div></div>')
    return Saved("microdata", _doc(head, body).encode(),
                 {"title": title, "source": "Hebrides Herald", "date": "2025-08-19", "author": "Morag Finlay"},
                 paras, ["By Morag"], [("MacLeod|councillor", "ferry is the road")])


_CLINIC = ["A new walk-in clinic opened in the town centre on Monday, the first in the county to stay open "
           "until midnight.",
           "The health board said it expected the clinic to see 200 patients a day.",
           "\u201cPeople should not have to go to A&E for a sprained ankle at 10pm,\u201d said Dr Rhian Pugh, "
           "the clinic's lead GP."]


def parsely_meta() -> Saved:
    """Parse.ly meta only (``parsely-title``, ``parsely-author``, ``parsely-pub-date``, ``parsely-link``) and a
    ``<title>`` that is the site's name alone."""
    title = "Late-night walk-in clinic opens in town centre"
    url = "https://valleyvoice.example/health/late-clinic-opens"
    head = ("<title>Valley Voice</title>" f'<meta name="parsely-title" content="{title}">'
            f'<meta name="parsely-link" content="{url}"><meta name="parsely-type" content="post">'
            '<meta name="parsely-author" content="Gareth Lloyd"><meta name="parsely-section" content="Health">'
            '<meta name="parsely-pub-date" content="2025-04-14T08:30:00Z">')
    body = f'<div class="content"><h2>{title}</h2>{_ps(_CLINIC)}</div>'
    return Saved("parsely", _doc(head, body).encode(),
                 {"title": title, "author": "Gareth Lloyd", "date": "2025-04-14", "url": url,
                  "source": "valleyvoice.example"},
                 _CLINIC, [], [("Pugh|GP", "sprained ankle")])


def parsely_page_json() -> Saved:
    """Parse.ly's older form: one ``parsely-page`` meta holding JSON (title, link, pub_date, authors)."""
    import json

    title = "Late-night walk-in clinic opens in town centre"
    url = "https://www.valleyvoice.example/2025/04/14/late-clinic/"
    page = {"title": title, "link": url, "type": "post", "pub_date": "2025-04-14T08:30:00Z", "section": "Health",
            "authors": ["Gareth Lloyd"]}
    head = f"<title>Valley Voice</title><meta name='parsely-page' content='{escape(json.dumps(page))}'>"
    body = f'<div class="content"><h2>{title}</h2>{_ps(_CLINIC)}</div>'
    return Saved("parsely-page", _doc(head, body).encode(),
                 {"title": title, "author": "Gareth Lloyd", "date": "2025-04-14", "url": url},
                 _CLINIC, [], [("Pugh|GP", "sprained ankle")])


def byline_in_place() -> Saved:
    """'Shaun Kerr in Kyiv' as the byline, an author-bio block after the story: the place is not the name."""
    title = "Power restored to most of Kyiv after overnight strikes"
    paras = ["Power was restored to most of Kyiv on Sunday after overnight missile strikes hit two substations.",
             "\u201cOur engineers worked through the night in freezing conditions,\u201d said the city's mayor.",
             "Schools will reopen on Monday, officials said."]
    head = f"<title>{title} | World news | The Meridian</title><meta property='og:site_name' content='The Meridian'>"
    body = (f'<article><h1>{title}</h1><address class="byline"><a rel="author">Shaun Kerr</a> in Kyiv</address>'
            f'{_ps(paras)}<div class="author-bio"><p>Shaun Kerr is our central Europe correspondent.</p></div></article>')
    return Saved("byline-in-place", _doc(head, body).encode(),
                 {"title": title, "author": "Shaun Kerr", "source": "The Meridian"},
                 paras, ["in Kyiv", "central Europe correspondent"], [("mayor", "engineers worked through the night")])


def sidebar_times() -> Saved:
    """No declared date: a 'Most read' rail before the story and the comments after it carry ``<time>``s of
    their own; the story's is the one in its header. A
    JSON-LD headline with an HTML entity ('&#8217;', as WordPress writes it)."""
    title = "Council\u2019s bus lane plan scrapped after protests"
    paras = ["The council has scrapped plans for a bus lane on the high street after more than 4,000 people "
             "signed a petition against it.",
             "\u201cWe listened, and we got this one wrong,\u201d said council leader Amir Khan.",
             "Officials said they would look again at ways to speed up buses through the town centre."]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council&#8217;s bus lane plan "
          "scrapped after protests", "author": {"@type": "Person", "name": "Dan Price"}}
    head = (f"<title>{title} | The Northern Ledger</title><meta property='og:site_name' content='The Northern Ledger'>"
            + _ld(ld))
    rail = ('<aside class="most-read"><h3>Most read</h3><ol><li><a>Pub reopens after fire</a> <time '
            'datetime="2025-05-30T08:00:00Z">30 May</time></li></ol></aside>')
    comments = ('<section class="comments"><div class="comment"><time datetime="2025-06-04T10:00:00Z">4 June</time>'
                '<p>About time too.</p></div></section>')
    body = (f'<div class="layout">{rail}<main><article><header><h1>{title}</h1><p>By Dan Price</p><time '
            f'datetime="2025-06-03T16:20:00+01:00">3 June 2025</time></header>{_ps(paras)}</article>{comments}'
            '</main></div>')
    return Saved("sidebar-times", _doc(head, body).encode(),
                 {"title": title, "source": "The Northern Ledger", "date": "2025-06-03", "author": "Dan Price"},
                 paras, ["Pub reopens", "About time too", "Most read"], [("Khan|council leader", "got this one wrong")])


def sailthru_dc_meta() -> Saved:
    """Sailthru (``sailthru.title``, ``sailthru.author``, ``sailthru.date``) and Dublin Core (``DC.title``,
    ``DC.creator``, ``DC.date.issued``, ``DC.publisher``) meta, and nothing else."""
    title = "Late-night walk-in clinic opens in town centre"
    head = ("<title>Home</title>" f'<meta name="sailthru.title" content="{title}">'
            '<meta name="sailthru.author" content="Gareth Lloyd"><meta name="sailthru.date" content="2025-04-14 08:30:00">'
            f'<meta name="DC.title" content="{title}"><meta name="DC.creator" content="Gareth Lloyd">'
            '<meta name="DC.date.issued" content="2025-04-14"><meta name="DC.publisher" content="Valley Voice">')
    body = f'<div class="content"><h3>{title}</h3>{_ps(_CLINIC)}</div>'
    return Saved("sailthru-dc", _doc(head, body).encode(),
                 {"title": title, "author": "Gareth Lloyd", "date": "2025-04-14", "source": "Valley Voice"},
                 _CLINIC, [], [("Pugh|GP", "sprained ankle")])


def byline_agency() -> Saved:
    """'By Jane Doe and Sam Lee, Associated Press' in a byline block: the two people are the author,
    the agency the source (the site names none)."""
    title = "Wildfire forces thousands to flee in California"
    paras = ["A fast-moving wildfire forced more than 8,000 people to leave their homes in northern "
             "California on Sunday.",
             "\u201cIt went from a column of smoke to a wall of flame in an hour,\u201d said fire captain "
             "Luis Ortega.",
             "No deaths have been reported."]
    head = f"<title>{title}</title><meta property='article:published_time' content='2025-08-03T20:00:00Z'>"
    body = (f'<article><h1>{title}</h1><div class="byline">By Jane Doe and Sam Lee, Associated Press</div>'
            f"{_ps(paras)}</article>")
    return Saved("byline-agency", _doc(head, body).encode(),
                 {"title": title, "author": "Jane Doe and Sam Lee", "source": "Associated Press", "date": "2025-08-03"},
                 paras, ["By Jane Doe"], [("Ortega|captain", "wall of flame")])


def byline_bar_role() -> Saved:
    """'Priya Nair | Reporter' as the only byline, a 'Published 5 March 2024' line under it."""
    title = "Library to open on Sundays for the first time"
    paras = ["The central library will open on Sundays from next month after a campaign by parents and students.",
             "\u201cSunday is when families have time to read together,\u201d said librarian Helen Moss.",
             "The council found the money by closing an unused branch office."]
    head = f"<title>{title} | Town Crier</title><meta property='og:site_name' content='Town Crier'>"
    body = (f'<article><h1>{title}</h1><div class="author-info"><p>Priya Nair | Reporter</p>'
            f'<p>Published 5 March 2024</p></div>{_ps(paras)}</article>')
    return Saved("byline-bar-role", _doc(head, body).encode(),
                 {"title": title, "author": "Priya Nair", "source": "Town Crier", "date": "2024-03-05"},
                 paras, ["| Reporter", "Published 5 March"], [("Moss|librarian", "time to read together")])


def relative_date_only() -> Saved:
    """The only date on the page is 'Updated 2 hours ago': no date is stored (a wrong one would be worse)."""
    title = "Storm warning issued for the weekend"
    paras = ["Forecasters issued an amber warning for wind on Saturday, with gusts of up to 70mph expected "
             "along the coast.",
             "Ferry operators said some sailings were likely to be cancelled.",
             "\u201cPeople should tie down anything that could blow away,\u201d said forecaster Ben Cole."]
    head = f"<title>{title} | Coast FM News</title><meta property='og:site_name' content='Coast FM News'>"
    body = f'<article><h1>{title}</h1><p class="ago">Updated 2 hours ago</p>{_ps(paras)}</article>'
    return Saved("relative-date", _doc(head, body).encode(),
                 {"title": title, "source": "Coast FM News", "date": None},
                 paras, ["hours ago"], [("Cole|forecaster", "tie down anything")])


def undated_with_traps() -> Saved:
    """A page that says nowhere when it was published, but holds numbers a date finder reads as one: a
    copyright year, an image in '/uploads/2022/05/', a link to a story at '/2021/04/07/'. No date."""
    title = "Harbour wall repairs to start in spring"
    paras = ["Repairs to the harbour wall will start in the spring, the port authority said.",
             "\u201cThe wall has protected this town for 200 years and it needs our help now,\u201d said "
             "harbour master Eilidh Ross.",
             "The work is expected to take eight months."]
    head = f"<title>{title} | Harbour Times</title><meta property='og:site_name' content='Harbour Times'>"
    body = (f"<main><article><h1>{title}</h1><img src='/wp-content/uploads/2022/05/wall.jpg' alt=''>{_ps(paras)}"
            "<p><a href='/2021/04/07/storm-damage/'>How the storm damaged the wall</a></p></article></main>"
            "<footer><p>\u00a9 2023 Harbour Times Ltd</p></footer>")
    return Saved("undated-traps", _doc(head, body).encode(), {"title": title, "source": "Harbour Times", "date": None},
                 paras, ["2023 Harbour Times"], [("Ross|harbour master", "protected this town")])


def drupal_submitted() -> Saved:
    """Drupal 7: 'Submitted by Gwen Ellis on Wed, 11/05/2025 - 16:30' (month first: the weekday says so),
    no date anywhere else."""
    title = "Four village schools to close as pupil numbers fall"
    paras = ["The county will close four rural primary schools next summer after pupil numbers fell by a third "
             "in ten years, councillors decided on Wednesday.",
             "\u201cYou are taking the heart out of these villages,\u201d said Megan Hughes, a parent.",
             "Pupils will move to larger schools in nearby towns, with free transport provided."]
    head = f"<title>{title} | Mid Wales Gazette</title><meta name='Generator' content='Drupal 7 (http://drupal.org)'>"
    body = (f'<div id="content"><div class="node node-article"><h2>{title}</h2><div class="meta submitted">'
            '<span property="dc:date dc:created" class="submitted-by">Submitted by <span class="username" '
            'property="foaf:name">Gwen Ellis</span> on Wed, 11/05/2025 - 16:30</span></div>'
            f'<div class="content"><div class="field-name-body">{_ps(paras)}</div></div></div></div>')
    return Saved("drupal-submitted", _doc(head, body).encode(),
                 {"title": title, "author": "Gwen Ellis", "date": "2025-11-05", "source": "Mid Wales Gazette"},
                 paras, ["Submitted by"], [("Hughes", "heart out of these villages")])


def medium_personal() -> Saved:
    """A Medium post outside any publication: the source is Medium; the author from the page."""
    title = "Why I stopped using my car for a year"
    paras = ["A year ago I sold my car and promised myself I would not buy another for twelve months.",
             "The first month was hard, and the buses were late more often than not.",
             "By the spring I had saved more than 3,000 pounds and lost a stone."]
    ld = {"@context": "http://schema.org", "@type": "SocialMediaPosting", "headline": title,
          "datePublished": "2025-05-11T09:00:00.000Z", "author": {"@type": "Person", "name": "Leo Brandt"},
          "publisher": {"@type": "Organization", "name": "Medium"}}
    head = (f"<title>{title} | by Leo Brandt | Medium</title><meta property='og:site_name' content='Medium'>"
            + _ld(ld))
    body = (f'<article><h1>{title}</h1><div class="speechify-ignore"><span>Follow</span><span>3 min read</span>'
            f'</div><section>{_ps(paras)}</section></article>')
    return Saved("medium-personal", _doc(head, body).encode(),
                 {"title": title, "source": "Medium", "author": "Leo Brandt", "date": "2025-05-11"},
                 paras, ["min read"], [])


def rtl_arabic() -> Saved:
    """A right-to-left page (``dir="rtl"``, Arabic): text, title without the site's name, source, date."""
    title = "\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u062a\u0639\u0644\u0646 \u062e\u0637\u0629 \u0644\u062e\u0641\u0636 \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0621"
    paras = ["\u0623\u0639\u0644\u0646\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 \u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629 \u0644\u062e\u0641\u0636 \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0621 \u0644\u0644\u0623\u0633\u0631 \u0630\u0627\u062a \u0627\u0644\u062f\u062e\u0644 \u0627\u0644\u0645\u062d\u062f\u0648\u062f.",
             "\u0648\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u0637\u0627\u0642\u0629 \u0625\u0646 \u0627\u0644\u062e\u0637\u0629 \u0633\u062a\u062f\u062e\u0644 \u062d\u064a\u0632 \u0627\u0644\u062a\u0646\u0641\u064a\u0630 \u0641\u064a \u0628\u062f\u0627\u064a\u0629 \u0627\u0644\u0634\u0647\u0631 \u0627\u0644\u0645\u0642\u0628\u0644.",
             "\u0648\u0631\u062d\u0628\u062a \u062c\u0645\u0639\u064a\u0627\u062a \u062d\u0645\u0627\u064a\u0629 \u0627\u0644\u0645\u0633\u062a\u0647\u0644\u0643 \u0628\u0627\u0644\u0642\u0631\u0627\u0631 \u0644\u0643\u0646\u0647\u0627 \u0637\u0627\u0644\u0628\u062a \u0628\u0627\u0644\u0645\u0632\u064a\u062f."]
    site = "\u0627\u0644\u0646\u0647\u0627\u0631 \u0627\u0644\u064a\u0648\u0645"
    head = (f"<title>{title} | {site}</title><meta property='og:site_name' content='{site}'>"
            "<meta property='article:published_time' content='2025-02-03T09:00:00+03:00'>")
    body = f"<main><article><h1>{title}</h1>{_ps(paras)}</article>" + _related(["\u0623\u062e\u0628\u0627\u0631 \u0623\u062e\u0631\u0649"]) + "</main>"
    return Saved("rtl-arabic", _doc(head, body, html_attrs='lang="ar" dir="rtl"').encode(),
                 {"title": title, "source": site, "date": "2025-02-03"}, paras, ["\u0623\u062e\u0628\u0627\u0631 \u0623\u062e\u0631\u0649"], [])


def cjk_chinese() -> Saved:
    """A Chinese page: no spaces between words, the title '标题_网站' with an underscore and no spaces, the
    date as '2025年3月5日'."""
    title = "\u5e02\u653f\u5e9c\u5ba3\u5e03\u65b0\u5efa\u4e09\u6761\u5730\u94c1\u7ebf\u8def"
    paras = ["\u5e02\u653f\u5e9c\u5468\u4e09\u5ba3\u5e03\uff0c\u5c06\u5728\u672a\u6765\u4e94\u5e74\u5185\u65b0\u5efa\u4e09\u6761\u5730\u94c1\u7ebf\u8def\uff0c\u603b\u6295\u8d44\u7ea6\u4e3a\u4e00\u5343\u4ebf\u5143\u3002",
             "\u65b0\u7ebf\u8def\u5c06\u8fde\u63a5\u673a\u573a\u3001\u706b\u8f66\u7ad9\u548c\u4e3b\u8981\u5546\u4e1a\u533a\uff0c\u9884\u8ba1\u6bcf\u5929\u8fd0\u9001\u4e58\u5ba2\u4e09\u767e\u4e07\u4eba\u6b21\u3002",
             "\u4ea4\u901a\u90e8\u95e8\u8868\u793a\uff0c\u7b2c\u4e00\u6761\u7ebf\u8def\u5c06\u4e8e\u660e\u5e74\u5e95\u5f00\u5de5\u3002"]
    site = "\u57ce\u5e02\u65e5\u62a5"
    head = f"<title>{title}_{site}</title><meta property='og:site_name' content='{site}'>"
    body = (f"<div class='article'><h1>{title}</h1><div class='info'>2025\u5e743\u67085\u65e5 10:30 "
            f"\u6765\u6e90\uff1a{site}</div>{_ps(paras)}</div>")
    return Saved("cjk-chinese", _doc(head, body, html_attrs='lang="zh-CN"').encode(),
                 {"title": title, "source": site, "date": "2025-03-05"}, paras, [], [], min_paras=3)


def all_meta() -> list[Saved]:
    """Every metadata shape of this module."""
    return [jsonld_array(), graph_many_articles(), microdata_only(), parsely_meta(), parsely_page_json(),
            sailthru_dc_meta(), byline_in_place(), sidebar_times(),
            byline_agency(), byline_bar_role(), relative_date_only(), undated_with_traps(), drupal_submitted(), medium_personal(),
            rtl_arabic(), cjk_chinese()]


def all_web() -> list[Saved]:
    """The archive and saving-tool shapes and the metadata shapes."""
    return [*all_archived(), *all_meta()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_web()))} pages written to {sys.argv[1]}")
