"""Pages of content-system families as readers save them, each with the furniture its family sets around
the story: a WordPress news theme (related posts, share bar, author box, tags, post navigation, comments and
their reply form), Arc XP and other script-rendered pages whose story is only in the data a script assigns
(``Fusion.globalContent``, ``window.__INITIAL_STATE__``, ``__PRELOADED_STATE__ = JSON.parse(…)``,
``__APOLLO_STATE__``, ``__NUXT__``, ``__INITIAL_DATA__ = "{…}"``, a Next.js App Router's ``self.__next_f``
stream), Brightspot and Drupal article templates, Postmedia- and Torstar-like
Canadian pages, AP and Reuters wire pages, a Substack and a Medium post, a Google AMP page, a print view, an
RSS feed with full ``content:encoded``, a page saved by "Save Page As… complete" and one by SingleFile, and
two live blogs with their labels and lone timestamps.

Every page is generated here (no real page is copied). ``python tests/html_pages_families.py DIR`` writes
the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from html_pages_saved import COOKIE, NEWSLETTER, SHARE, Saved, _doc, _ld, _ps, write_saved


def _article_ld(title: str, date: str, author: str | list[str], site: str, url: str | None = None,
                kind: str = "NewsArticle", **more) -> str:
    names = [author] if isinstance(author, str) else author
    obj = {"@context": "https://schema.org", "@type": kind, "headline": title, "datePublished": date,
           "author": [{"@type": "Person", "name": n} for n in names],
           "publisher": {"@type": "NewsMediaOrganization", "name": site}, **more}
    if url:
        obj["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    return _ld(obj)


_FERRY = ["The island ferry will run every 40 minutes instead of every hour from May, the transport authority "
          "said on Thursday, after a winter of complaints about crowded sailings.",
          "\u201cPeople have been left on the quay in the rain with their shopping,\u201d said Morag Lindsay, who "
          "chairs the island's community council. \u201cThis is the least they could do.\u201d",
          "The authority will lease a second vessel from a Norwegian operator for three years at a cost of "
          "about 2.1 million a year.",
          "Fares will stay frozen until the end of the year, although the price of taking a car across will "
          "rise by a pound in January.",
          "Crews said they welcomed the change but warned that the older of the two harbours needed repairs "
          "before the larger vessel could berth there safely.",
          "The new timetable will be published online next month."]


def wordpress_news_theme() -> Saved:
    """A WordPress news theme (the Newspaper and JNews kind): breadcrumbs, a category label, a share bar
    above and below, an inline 'Also read' box, tags, an author box, previous and next post links, a
    'You may also like' grid, a comment list and its reply form."""
    title = "Island ferry to sail every 40 minutes from May"
    url = "https://islandtimes.example/2025/03/20/island-ferry-every-40-minutes/"
    head = (f"<title>{title} - Island Times</title>"
            '<meta name="generator" content="WordPress 6.5.2">'
            f'<link rel="canonical" href="{url}">'
            '<meta property="og:site_name" content="Island Times">'
            '<meta property="article:published_time" content="2025-03-20T09:12:00+00:00">'
            + _article_ld(title, "2025-03-20T09:12:00+00:00", "Calum Reid", "Island Times", url))
    share = ('<div class="td-post-sharing"><div class="td-post-sharing-visible"><a class="td-social-sharing-button '
             'td-social-facebook" href="#"><span>Facebook</span></a><a class="td-social-sharing-button '
             'td-social-twitter" href="#"><span>Twitter</span></a><a href="#"><span>WhatsApp</span></a>'
             '<a href="#"><span>Copy URL</span></a></div></div>')
    grid = "".join(f'<div class="td_module_flex"><h3 class="entry-title td-module-title"><a href="/{i}">{t}</a></h3>'
                   f'<span class="td-post-date">March {i + 10}, 2025</span></div>'
                   for i, t in enumerate(["Harbour repairs delayed again by storms",
                                          "Council votes to keep island school open",
                                          "New cafe opens on the pier"]))
    comments = ('<div class="comments" id="comments"><h4 class="block-title"><span>2 COMMENTS</span></h4>'
                '<ol class="comment-list"><li class="comment"><article><footer><cite>Isla M</cite> '
                '<a class="comment-link" href="#c1">March 20, 2025 at 11:02 am</a></footer><div class="comment-content">'
                '<p>About time too, the last sailing on Fridays is always packed.</p></div>'
                '<div class="comment-respond"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
                '<li class="comment"><article><footer><cite>Doug</cite></footer><div class="comment-content">'
                '<p>Will the car fare rise apply to residents as well?</p></div></article></li></ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A '
                'REPLY</h3><form class="comment-form"><p class="comment-notes">Your email address will not be '
                'published. Required fields are marked *</p><textarea placeholder="Comment:"></textarea>'
                '<input placeholder="Name:*"><input placeholder="Email:*"><p class="comment-form-cookies-consent">'
                '<input type="checkbox"><label>Save my name, email, and website in this browser for the next time '
                'I comment.</label></p><input type="submit" value="Post Comment"></form></div></div>')
    body = ('<div class="td-header-wrap"><div class="td-header-menu-wrap"><ul class="sf-menu"><li><a href="/">Home'
            '</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div></div>'
            '<div class="td-main-content-wrap"><div class="td-container"><article id="post-4411" class="post-4411 '
            'post type-post status-publish format-standard has-post-thumbnail category-news">'
            '<div class="td-post-header"><div class="entry-crumbs"><span><a href="/">Home</a></span> '
            '<i class="td-icon-right"></i> <span><a href="/news">News</a></span></div>'
            '<ul class="td-category"><li class="entry-category"><a href="/news/transport">Transport</a></li></ul>'
            f'<header class="td-post-title"><h1 class="entry-title">{title}</h1><div class="td-module-meta-info">'
            '<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/calum">Calum Reid'
            '</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date '
            'updated td-module-date" datetime="2025-03-20T09:12:00+00:00">March 20, 2025</time></span>'
            '<div class="td-post-views"><span class="td-nr-views-4411">1,204</span></div>'
            '<div class="td-post-comments"><a href="#comments">2</a></div></div></header></div>'
            + share + '<div class="td-post-content tagdiv-type">'
            + '<div class="td-post-featured-image"><figure><img src="ferry.jpg"><figcaption class="wp-caption-text">'
              'The ferry leaving the mainland terminal. Photo: Island Times</figcaption></figure></div>'
            + _ps(_FERRY[:2])
            + '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -'
              '</span><div class="ad"></div></div>'
            + _ps(_FERRY[2:4])
            + '<div class="jp-relatedposts-inline"><p><strong>ALSO READ:</strong> <a href="/harbour">Harbour '
              'repairs delayed again by storms</a></p></div>'
            + _ps(_FERRY[4:]) + '</div>'
            + '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>'
              'TAGS</span></li><li><a href="/tag/ferry">ferry</a></li><li><a href="/tag/transport">transport</a>'
              '</li></ul></div>' + share
            + '<div class="td-block-row td-post-next-prev"><div class="td-post-prev-post"><div class="td-post-next-'
              'prev-content"><span>Previous article</span><a href="/p">Lifeboat crew rescue two walkers from the '
              'cliffs</a></div></div><div class="td-post-next-post"><div class="td-post-next-prev-content"><span>'
              'Next article</span><a href="/n">Island shop wins national award</a></div></div></div>'
            + '<div class="td-author-name-wrap author-box"><a href="/author/calum"><img class="avatar"></a>'
              '<div class="desc"><div class="td-author-name vcard author"><a href="/author/calum">Calum Reid</a>'
              '</div><div class="td-author-description">Calum Reid has covered island life and transport for the '
              'Island Times since 2014.</div></div></div></footer>'
            + '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><span>RELATED '
              f'ARTICLES</span><span>MORE FROM AUTHOR</span></h4>{grid}</div></article>'
            + comments + '</div></div><div class="td-footer-wrap"><p>\u00a9 Island Times 2025</p></div>')
    return Saved("wp-news-theme", _doc(head, body).encode(),
                 {"title": title, "source": "Island Times", "date": "2025-03-20", "author": "Calum Reid", "url": url},
                 _FERRY, ["Advertisement", "ALSO READ", "TAGS", "Previous article", "Lifeboat crew rescue",
                          "has covered island life", "RELATED ARTICLES", "Council votes to keep", "LEAVE A REPLY",
                          "Your email address will not be", "last sailing on Fridays", "Save my name", "WhatsApp",
                          "Photo: Island Times"],
                 [("Lindsay|community council", "left on the quay")], min_paras=6)


_PIER = ["Divers have found a second crack in the foundations of the city's Victorian pier, forcing engineers "
         "to close the whole structure until at least the summer.",
         "The pier was partly reopened in December after repairs to its northern end cost 3.4 million.",
         "\u201cWe have no choice but to keep people off it,\u201d said Hannah Cole, the council's chief "
         "engineer. \u201cThe ironwork is older than anyone thought.\u201d",
         "Businesses on the pier said they would lose the Easter trade for the second year running.",
         "A full survey will be completed by the end of April, the council said."]


def _arc_elements(paras, caption="Workers on the pier deck in January. (Nick Oyelaran/The Harbour Post)"):
    items = [{"_id": "A1", "type": "text", "content": paras[0]},
             {"_id": "A2", "type": "image", "caption": caption, "url": "https://img.example/pier.jpg"},
             *[{"_id": f"B{i}", "type": "text", "content": escape(p, quote=False)} for i, p in enumerate(paras[1:3])],
             {"_id": "C1", "type": "raw_html", "content": '<div class="promo">Sign up for our daily newsletter</div>'},
             {"_id": "C2", "type": "header", "level": 2, "content": "What happens next"},
             *[{"_id": f"D{i}", "type": "text", "content": p} for i, p in enumerate(paras[3:])],
             {"_id": "E1", "type": "interstitial_link", "content": "Read more: Seafront hotel plans approved",
              "url": "/seafront"}]
    return items


def arc_fusion_paywall() -> Saved:
    """Arc XP behind a paywall: the page shows the headline and the first paragraph, and the story is whole
    only in ``Fusion.globalContent`` (``content_elements`` of type 'text' among images, raw HTML, headers
    and links), set in a script beside ``Fusion.contentCache`` of related stories."""
    title = "Pier closed again after divers find second crack"
    url = "https://www.harbourpost.example/news/2025/02/11/pier-closed-second-crack/"
    content = {"_id": "XYZ", "type": "story", "headlines": {"basic": title},
               "subheadlines": {"basic": "Engineers say the ironwork is older than thought"},
               "credits": {"by": [{"type": "author", "name": "Nick Oyelaran"}]},
               "first_publish_date": "2025-02-11T06:30:00Z", "content_elements": _arc_elements(_PIER),
               "taxonomy": {"sections": [{"name": "News", "path": "/news"}]}}
    cache = {"site-service": {"{}": {"data": {"children": [{"name": "Sport", "path": "/sport"}]}}},
             "story-feed": {"x": {"data": {"content_elements": [
                 {"headlines": {"basic": "Seafront hotel plans approved after long debate in council chamber"},
                  "description": {"basic": "Councillors voted for a 90-room hotel on the seafront site of the "
                                           "old lido after a long debate that ran late into the night."}},
                 {"headlines": {"basic": "Lido campaigners vow to fight on"},
                  "description": {"basic": "Campaigners said they would take the decision to judicial review "
                                           "and have already raised money for the legal fight."}}]}}}}
    script = ("window.Fusion=window.Fusion||{};Fusion.arcSite=\"harbourpost\";Fusion.deployment=\"1234\";"
              f"Fusion.globalContent={json.dumps(content)};Fusion.globalContentConfig={{\"source\":\"content-api\"}};"
              f"Fusion.contentCache={json.dumps(cache)};Fusion.layout=\"article-right-rail\";")
    head = (f"<title>{title} \u2013 The Harbour Post</title><link rel=\"canonical\" href=\"{url}\">"
            '<meta property="og:site_name" content="The Harbour Post">'
            + _article_ld(title, "2025-02-11T06:30:00Z", "Nick Oyelaran", "The Harbour Post", url,
                          isAccessibleForFree=False))
    body = (f'<div id="fusion-app"><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>'
            f'<article><h1>{title}</h1><div class="byline">By Nick Oyelaran</div>'
            f'<div class="article-body"><p class="paywall-teaser">{escape(_PIER[0], quote=False)}</p></div>'
            '<div class="paywall-overlay"><h2>Subscribe to keep reading</h2><p>Get unlimited digital access for '
            '$1 a week.</p><button>Subscribe now</button><p>Already a subscriber? Log in</p></div></article></main>'
            f'</div><script id="fusion-metadata" type="application/javascript">{script}</script>')
    return Saved("arc-fusion-paywall", _doc(head, body).encode(),
                 {"title": title, "source": "The Harbour Post", "date": "2025-02-11", "author": "Nick Oyelaran",
                  "url": url},
                 _PIER, ["Sign up for our daily newsletter", "Workers on the pier deck", "Seafront hotel plans",
                         "Campaigners said", "Get unlimited digital access"],
                 [("Cole|engineer", "no choice but to keep people off")], min_paras=5)


_LIBRARY = ["The city will open its central library seven days a week from September, reversing cuts made a "
            "decade ago, the mayor announced on Monday.",
            "Sunday opening will cost about 400,000 a year and will be paid for by a rise in parking charges at "
            "the council's own car parks.",
            "\u201cA library that shuts at weekends shuts out the people who work all week,\u201d said Mayor "
            "Tomasz Nowak. \u201cThat ends now.\u201d",
            "Unions representing library staff said they had not been consulted on the new rota.",
            "Branch libraries will keep their current hours while a review is carried out."]


def initial_state_app() -> Saved:
    """A single-page app whose page holds an empty root ('Loading…') and the story only in
    ``window.__INITIAL_STATE__ = {…};`` among other statements, next to a list of trending stories."""
    title = "Central library to open seven days a week"
    state = {"router": {"path": "/city/library-seven-days"},
             "trending": [{"title": "Tram line extension approved by city council after two-year wait",
                           "summary": "The extension will run to the airport and open in 2028 if funding is agreed."},
                          {"title": "Park run record broken", "summary": "A teenager broke the course record by "
                                                                         "twelve seconds on a cold Saturday morning."}],
             "article": {"id": 88, "headline": title, "author": {"name": "Ewa Malik"},
                         "published": "2025-05-05T10:00:00Z",
                         "blocks": [{"kind": "paragraph", "text": p} for p in _LIBRARY[:3]]
                         + [{"kind": "embed", "html": "<iframe src=\"https://video.example/1\"></iframe>"}]
                         + [{"kind": "paragraph", "text": p} for p in _LIBRARY[3:]]}}
    head = (f"<title>{title} | Metro Courier</title><meta property=\"og:site_name\" content=\"Metro Courier\">"
            f'<meta property="og:title" content="{title}"><meta name="author" content="Ewa Malik">'
            '<meta property="article:published_time" content="2025-05-05T10:00:00Z">')
    body = ('<div id="root"><div class="spinner">Loading\u2026</div></div>'
            f'<script>window.__INITIAL_STATE__ = {json.dumps(state)};\nwindow.__ENV__ = "production";</script>'
            '<script src="/static/js/main.3f2a.js"></script>')
    return Saved("initial-state-app", _doc(head, body).encode(),
                 {"title": title, "source": "Metro Courier", "date": "2025-05-05", "author": "Ewa Malik"},
                 _LIBRARY, ["Loading", "Tram line extension", "park run", "iframe"],
                 [("Nowak|Mayor", "shuts out the people")], min_paras=5)


_VACC = ["Nine in ten children in the county have now had both doses of the measles vaccine, the highest "
         "share for fifteen years, health officials said on Wednesday.",
         "The rise follows a campaign that sent nurses into supermarkets and football clubs last summer.",
         "\u201cWe went to where the parents are instead of waiting for them to come to us,\u201d said Dr Amara "
         "Osei, the county's director of public health.",
         "Rates remain lowest in the two city wards where the campaign started last, the figures show.",
         "Officials will repeat the campaign in the spring."]


def preloaded_state_json_parse() -> Saved:
    """A React page whose store is set as ``window.__PRELOADED_STATE__ = JSON.parse("…")``: the story's JSON
    as an escaped string literal, its body an HTML string of paragraphs; the visible page is a stub."""
    title = "Measles vaccine uptake highest in fifteen years"
    state = {"page": {"type": "article"},
             "content": {"story": {"title": title, "byline": "Rhys Morgan",
                                   "bodyHtml": "".join(f"<p>{escape(p, quote=False)}</p>" for p in _VACC),
                                   "related": [{"title": "Flu jabs offered at railway stations this winter"}]}}}
    literal = json.dumps(json.dumps(state)).replace("<", "\\u003c")
    head = (f"<title>{title} - County Health News</title><meta property=\"og:site_name\" content=\"County Health News\">"
            '<meta property="article:published_time" content="2025-04-16T08:00:00Z">'
            '<meta name="author" content="Rhys Morgan">')
    body = (f'<div id="app"><header>County Health News</header><h1>{title}</h1><div class="body"></div></div>'
            f"<script>window.__PRELOADED_STATE__ = JSON.parse({literal});</script>")
    return Saved("preloaded-state-json-parse", _doc(head, body).encode(),
                 {"title": title, "source": "County Health News", "date": "2025-04-16", "author": "Rhys Morgan"},
                 _VACC, ["Flu jabs offered"], [("Osei|director", "went to where the parents are")], min_paras=5)


_RIVER = ["Water quality in the river has improved enough for it to be named a bathing site, the environment "
          "agency said on Friday.",
          "Swimmers have campaigned for the status for six years, collecting samples every week through the summer.",
          "\u201cWe did the testing ourselves because nobody else would,\u201d said Jo Pemberton, who founded the "
          "swimming group. \u201cNow the agency has to test it too.\u201d",
          "The water company said it would spend 30 million on storm overflows upstream by 2030.",
          "Signs showing the latest results will go up at the two beaches before June."]


def apollo_state() -> Saved:
    """A GraphQL page (``window.__APOLLO_STATE__``): the store is keyed by type and id, the article's body a
    list of block objects with their text, a teaser list of other articles beside it."""
    title = "River named official bathing site after swimmers' campaign"
    state = {"ROOT_QUERY": {"article({\"slug\":\"river-bathing\"})": {"__ref": "Article:501"}},
             "Article:501": {"__typename": "Article", "id": 501, "title": title,
                             "body": [{"__typename": "ParagraphBlock", "text": p} for p in _RIVER],
                             "authors": [{"__ref": "Author:9"}]},
             "Author:9": {"__typename": "Author", "name": "Gemma Hart"},
             "Article:502": {"__typename": "Article", "title": "Sewage alerts to be sent by text message",
                             "teaser": "Residents can sign up to get alerts when overflows are used near them."}}
    head = (f"<title>{title} | Riverside Echo</title><meta property=\"og:site_name\" content=\"Riverside Echo\">"
            '<meta property="article:published_time" content="2025-05-23T12:00:00Z">'
            '<meta name="author" content="Gemma Hart">')
    body = (f'<div id="__app"><h1>{title}</h1><p>Please enable JavaScript to read this article.</p></div>'
            f"<script>window.__APOLLO_STATE__={json.dumps(state)}</script>")
    return Saved("apollo-state", _doc(head, body).encode(),
                 {"title": title, "source": "Riverside Echo", "date": "2025-05-23", "author": "Gemma Hart"},
                 _RIVER, ["Please enable JavaScript", "Sewage alerts", "Residents can sign up"],
                 [("Pemberton|founded", "did the testing ourselves")], min_paras=5)


_MARKET = ["The covered market will close for eighteen months from January while its roof is replaced, the "
           "council confirmed on Tuesday.",
           "Most of its 60 traders will move to temporary stalls in the square outside.",
           "\u201cWe have been promised the same footfall, and we will hold them to that,\u201d said Bernie "
           "Walsh, who has sold cheese in the market for thirty years.",
           "The 8 million project is being paid for by a government regeneration grant.",
           "The market first opened in 1891."]


def nuxt_state() -> Saved:
    """A Nuxt page (``window.__NUXT__={…}`` as plain JSON): the story's paragraphs in the page data's
    ``content`` list, beside its layout data."""
    title = "Covered market to close for eighteen months for new roof"
    state = {"layout": "default", "data": [{"article": {"title": title, "lead": _MARKET[0],
                                                       "content": [{"type": "p", "value": p} for p in _MARKET[1:]]}}],
             "state": {"menu": [{"label": "News"}, {"label": "What's on"}]}, "serverRendered": True}
    head = (f"<title>{title} \u2014 Market Town Gazette</title>"
            '<meta property="og:site_name" content="Market Town Gazette">'
            '<meta property="article:published_time" content="2025-09-09T07:00:00Z">')
    body = (f'<div id="__nuxt"><div id="__layout"><h1>{title}</h1></div></div>'
            f"<script>window.__NUXT__={json.dumps(state)};</script>")
    return Saved("nuxt-state", _doc(head, body).encode(),
                 {"title": title, "source": "Market Town Gazette", "date": "2025-09-09"},
                 _MARKET, ["What's on"], [("Walsh", "promised the same footfall")], min_paras=5)


_COURT = ["A former finance director was jailed for six years on Friday for stealing 2.3 million from the "
          "housing charity she worked for.",
          "Judge Alan Pryor said she had betrayed the trust of people who depended on the charity for a roof "
          "over their heads.",
          "\u201cYou spent the money on holidays and horses while families waited for repairs,\u201d the judge "
          "told her.",
          "The charity said it had changed its controls so that no one person could approve payments.",
          "Police said they would seek to recover the money under the Proceeds of Crime Act."]


def brightspot_page() -> Saved:
    """Brightspot: a ``RichTextArticleBody`` with an enhancement module of related links inside the story, a
    'Page-byline', an 'ActionBar' of share tools and a 'More from' list after it."""
    title = "Charity finance director jailed for stealing 2.3 million"
    url = "https://www.valleydispatch.example/courts/charity-finance-director-jailed"
    head = (f"<title>{title} | Valley Dispatch</title><link rel=\"canonical\" href=\"{url}\">"
            + _article_ld(title, "2025-07-18T15:20:00Z", "Priya Sandhu", "Valley Dispatch", url))
    body = ('<div class="Page-header"><a class="Page-header-logo" href="/">Valley Dispatch</a></div>'
            '<main class="Page-main"><div class="Page-articleBody"><div class="ArticlePage-headline">'
            f'<h1 class="Page-headline">{title}</h1></div><div class="Page-byline"><div class="Page-authors">By '
            '<a class="Link" href="/people/priya">Priya Sandhu</a></div><div class="Page-datePublished">Published '
            'July 18, 2025 3:20 PM</div></div><div class="ActionBar"><ul class="ActionBar-items"><li>'
            '<a class="ActionLink" data-action="facebook">Facebook</a></li><li><a class="ActionLink" '
            'data-action="copy">Copy Link</a></li></ul></div>'
            '<div class="RichTextArticleBody RichTextBody">' + _ps(_COURT[:2])
            + '<div class="Enhancement"><div class="Enhancement-item"><div class="PromoList"><h3 class="PromoList-'
              'title">Related</h3><ul><li><a href="/1">Housing charity chief resigns over missing funds</a></li>'
              '<li><a href="/2">Tenants describe years of waiting for repairs</a></li></ul></div></div></div>'
            + _ps(_COURT[2:]) + '</div></div><div class="Page-below"><div class="List"><h2 class="List-title">More '
            'From Valley Dispatch</h2><ul><li><a class="Link">Man cleared of arson at riverside mill</a></li></ul>'
            '</div></div></main><footer class="Page-footer"><p>\u00a9 2025 Valley Dispatch</p></footer>')
    return Saved("brightspot-page", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Dispatch", "date": "2025-07-18", "author": "Priya Sandhu",
                  "url": url},
                 _COURT, ["Housing charity chief resigns", "Tenants describe", "More From Valley Dispatch",
                          "Man cleared of arson", "Copy Link"],
                 [("Pryor|judge", "holidays and horses")], min_paras=5)


_SCHOOL = ["The village primary school will stay open after the county council dropped plans to merge it with "
           "a larger school six miles away.",
           "Parents collected more than 3,000 signatures against the merger, and 200 of them attended the "
           "cabinet meeting on Wednesday evening.",
           "\u201cThis school is the heart of the village, and they listened,\u201d said Sian Evans, whose two "
           "children are pupils there.",
           "The council said it would look again at school places across the district next year."]


def drupal_node() -> Saved:
    """Drupal 9: ``node--type-article`` with ``field--name-body``, its ``node__submitted`` line ('Submitted by
    NAME on DATE', both in fields), a tags field, a links list ('Log in to post comments') and a sidebar
    block region."""
    title = "Village school saved after council drops merger plan"
    head = (f"<title>{title} | Dale Valley News</title>"
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'
            '<meta property="og:site_name" content="Dale Valley News">'
            '<meta property="article:published_time" content="2025-10-02T20:45:00+01:00">')
    body = ('<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header">'
            '<a href="/" rel="home">Dale Valley News</a></div><nav role="navigation"><ul class="menu"><li><a href="/">'
            'Home</a></li><li><a href="/news">News</a></li></ul></nav></header><main role="main"><div class="region '
            'region-content"><article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>'
            '<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field '
            'field--name-uid field--type-entity-reference"><span><a href="/user/4">Gareth Price</a></span></span> on '
            '<span class="field field--name-created field--type-created">Thu, 10/02/2025 - 20:45</span></div>'
            '</footer><div class="node__content"><div class="clearfix text-formatted field field--name-body '
            'field--type-text-with-summary field__item">' + _ps(_SCHOOL)
            + '</div><div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">'
              'Tags</div><div class="field__items"><div class="field__item"><a href="/t/schools">Schools</a></div>'
              '<div class="field__item"><a href="/t/council">Council</a></div></div></div>'
              '<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post '
              'comments</li></ul></div></article></div></main><aside class="layout-sidebar-first" role="complementary">'
              '<div class="block block-views"><h2>Most read</h2><div class="item-list"><ul><li><a href="/x">Bypass '
              'plans go on show at village hall</a></li></ul></div></div></aside><footer role="contentinfo">'
              '<div class="region region-footer">Powered by Drupal</div></footer></div>')
    return Saved("drupal-node", _doc(head, body).encode(),
                 {"title": title, "source": "Dale Valley News", "date": "2025-10-02", "author": "Gareth Price"},
                 _SCHOOL, ["Submitted by", "Tags", "to post comments", "Bypass plans", "Powered by Drupal"],
                 [("Evans", "heart of the village")], min_paras=4)


_RINK = ["The city will spend $4.2 million to replace the refrigeration plant at its oldest arena, which was "
         "shut for three weeks last winter after an ammonia leak.",
         "Minor hockey associations had to move more than 200 games to rinks outside the city while it was closed.",
         "\u201cWe can't keep patching a system that was installed when my father played here,\u201d said "
         "Coun. Marc Tremblay, who chairs the community services committee.",
         "The work will start in April, after the season ends, and is expected to finish by September.",
         "The city said the new plant would use about a third less electricity."]


def postmedia_like() -> Saved:
    """A Postmedia-like Canadian page: 'Article content' labels between the paragraphs, ad slots that say
    'Advertisement 3' and 'This advertisement has not loaded yet, but your article continues below.', a
    'Share this Story' bar, a 'Trending' list and a 'Comments' notice."""
    title = "City to spend $4.2 million on new ice plant for oldest arena"
    url = "https://prairiesun.example/news/local-news/arena-ice-plant"
    ad = ('<div class="ad__section-border"><div class="ad__inner"><div class="ad__label">Advertisement {n}</div>'
          '<div class="ad__text">This advertisement has not loaded yet, but your article continues below.</div>'
          '</div></div>')
    content = ('<section class="article-content__content-group">{}</section>'
               '<p class="article-content__label visually-shown">Article content</p>')
    paras = "".join(content.format(f"<p>{escape(p, quote=False)}</p>") + ad.format(n=i + 2)
                    for i, p in enumerate(_RINK))
    head = (f"<title>City to spend $4.2 million on new ice plant for oldest arena | Prairie Sun</title>"
            f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="Prairie Sun">'
            + _article_ld(title, "2025-11-14T17:05:00-06:00", "Jordan Smith", "Prairie Sun", url))
    body = ('<header class="header"><a href="/">Prairie Sun</a><a class="subscribe" href="/subscribe">Subscribe'
            '</a></header><main><article class="article-content"><h1 class="article-title">' + escape(title)
            + '</h1><div class="article-subtitle">Replacement follows ammonia leak that closed arena for three '
              'weeks</div><div class="article-header__detail"><span class="published-by__author">Jordan Smith'
              '</span><span class="published-date__since">Published Nov 14, 2025</span><span> \u2022 3 minute read'
              '</span></div><div class="sharebar"><span>Share this Story : City to spend $4.2 million on new ice '
              'plant for oldest arena</span><a>Facebook</a><a>Bluesky</a></div>'
            + ad.format(n=1) + '<section class="article-content__content-group">' + paras
            + '</section><div class="article-content__share"><p>Share this article in your social network</p></div>'
              '<div class="comments-notice"><p>Postmedia is committed to maintaining a lively but civil forum for '
              'discussion. Please keep comments relevant and respectful.</p></div></article>'
              '<aside class="trending"><h2>Trending</h2><ol><li><a>Snowfall warning issued for the city</a></li>'
              '</ol></aside></main>')
    return Saved("postmedia-like", _doc(head, body).encode(),
                 {"title": title, "source": "Prairie Sun", "date": "2025-11-14", "author": "Jordan Smith", "url": url},
                 _RINK, ["Article content", "Advertisement 3", "This advertisement has not loaded yet",
                         "Share this Story", "Postmedia is committed", "Snowfall warning"],
                 [("Tremblay|Coun", "keep patching a system")], min_paras=5)


_TRANSIT = ["Transit fares will rise by 10 cents in March, the commission voted on Wednesday, the first increase "
            "in three years.",
            "An adult fare will cost $3.45, while seniors and students will continue to pay the reduced rate.",
            "\u201cWe held the line as long as we could,\u201d said commission chair Deborah Yee. \u201cFuel and "
            "wages have gone up for everyone.\u201d",
            "Riders' groups said the increase would push more people back into their cars.",
            "The commission will also add late-night service on four routes in the spring."]


def torstar_like() -> Saved:
    """A Torstar-like page: a 'Report an error' and 'Journalistic Standards' footer, an 'About the Star' box,
    a 'Conversations are opinions of our readers' comment note and the article's own date line."""
    title = "Transit fares to rise 10 cents in March"
    head = (f"<title>{title} | The Lakeshore Star</title><meta property=\"og:site_name\" content=\"The Lakeshore Star\">"
            + _article_ld(title, "2025-01-22T19:30:00-05:00", "Nadia Karim", "The Lakeshore Star"))
    body = ('<div class="tnt-header"><a href="/">The Lakeshore Star</a></div><main><article id="article-body" '
            f'class="asset"><header><h1 class="headline">{title}</h1><div class="asset-byline"><span>By Nadia Karim'
            '</span> <span>City Hall Reporter</span></div><time datetime="2025-01-22T19:30:00-05:00">Jan. 22, 2025'
            '</time></header><div class="asset-content subscriber-premium">' + _ps(_TRANSIT)
            + '</div><div class="article-report"><a href="/report">Report an error</a> <a href="/standards">'
              'Journalistic Standards</a> <a href="/about">About The Star</a></div>'
              '<div class="conversation"><p>Conversations are opinions of our readers and are subject to the Code '
              'of Conduct. The Star does not endorse these opinions.</p></div></article></main>')
    return Saved("torstar-like", _doc(head, body).encode(),
                 {"title": title, "source": "The Lakeshore Star", "date": "2025-01-22", "author": "Nadia Karim"},
                 _TRANSIT, ["Report an error", "Journalistic Standards", "Conversations are opinions", "City Hall Reporter"],
                 [("Yee|chair", "held the line")], min_paras=5)


_QUAKE = ["A magnitude 6.1 earthquake struck off the coast early Sunday, shaking buildings in the capital and "
          "cutting power to thousands of homes, officials said.",
          "There were no immediate reports of deaths. The national emergency agency said it was checking "
          "bridges and hospitals for damage.",
          "\u201cThe whole building swayed for about 30 seconds,\u201d said Lucia Herrera, a shopkeeper in the "
          "port district. \u201cEverything fell off the shelves.\u201d",
          "The quake was centered about 40 kilometers offshore at a depth of 20 kilometers, according to the "
          "geological survey.",
          "___",
          "Associated Press writer Mateo Silva contributed to this report."]


def ap_wire() -> Saved:
    """An AP-like wire page: a 'RichTextStoryBody', captions ending '(AP Photo/…)', a 'Related Stories'
    carousel inside the story, a '___' rule and the contributor line kept, the copyright notice left out."""
    title = "Strong earthquake off the coast shakes capital, cuts power"
    url = "https://apwire.example/article/earthquake-coast-power-4f2a"
    head = (f"<title>{title} | AP Wire</title><link rel=\"canonical\" href=\"{url}\">"
            '<meta property="og:site_name" content="AP Wire">'
            + _article_ld(title, "2025-08-03T04:40:00Z", ["Carla Ruiz"], "AP Wire", url))
    body = ('<div class="Page-header">AP Wire <a href="/hub/world">World News</a></div><main><bsp-story-page>'
            f'<div class="Page-headline"><h1>{title}</h1></div><div class="Page-authors">By <a>CARLA RUIZ</a>'
            '</div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1754196000000">Updated 4:40 AM '
            'UTC, August 3, 2025</bsp-timestamp></div><div class="Page-lead"><figure class="Figure"><img>'
            '<figcaption class="Figure-caption"><p>Residents stand outside a damaged building in the port '
            'district, Sunday, Aug. 3, 2025. (AP Photo/Diego Paz)</p></figcaption></figure></div>'
            '<div class="RichTextStoryBody RichTextBody">' + _ps(_QUAKE[:2])
            + '<div class="Carousel"><h3 class="Carousel-title">Related Stories</h3><div class="PagePromo"><a>'
              'Volcano alert raised to orange as ash cloud grows</a></div><div class="PagePromo"><a>Tsunami '
              'warning lifted for Pacific islands</a></div></div>'
            + _ps(_QUAKE[2:]) + '</div><div class="Page-copyright">Copyright 2025 The Associated Press. All Rights '
            'Reserved.</div></bsp-story-page></main>')
    return Saved("ap-wire", _doc(head, body).encode(),
                 {"title": title, "source": "AP Wire", "date": "2025-08-03", "author": "Carla Ruiz", "url": url},
                 [p for p in _QUAKE if p != "___"],
                 ["Related Stories", "Volcano alert", "Tsunami warning lifted", "Copyright 2025", "AP Photo/Diego Paz"],
                 [("Herrera|shopkeeper", "whole building swayed")], min_paras=5)


_CHIP = ["The chipmaker said on Tuesday it would build a $5 billion packaging plant in the north of the country, "
         "its first outside Asia, creating about 2,000 jobs.",
         "The company's shares rose 3.2% in early trading after the announcement.",
         "\u201cThis is about being close to our customers,\u201d chief executive Mei Lin told reporters. "
         "\u201cThey want supply chains they can see.\u201d",
         "Construction is due to begin next year, subject to planning approval.",
         "Reporting by Tom Baxter; Editing by Helen Ng"]


def reuters_wire() -> Saved:
    """A Reuters-like page: ``data-testid="paragraph-N"`` paragraphs, a 'Sign up here.' link glued after a
    newsletter promo, 'Our Standards: The Thomson Reuters Trust Principles.', an editing credit kept,
    'Purchase Licensing Rights' and a 'Read Next' list."""
    title = "Chipmaker to build $5 billion packaging plant, its first outside Asia"
    head = (f"<title>{title} | Wire Markets</title><meta property=\"og:site_name\" content=\"Wire Markets\">"
            + _article_ld(title, "2025-06-10T09:14:00Z", "Tom Baxter", "Wire Markets"))
    ps = "".join(f'<div data-testid="paragraph-{i}" class="article-body__paragraph">{escape(p, quote=False)}</div>'
                 for i, p in enumerate(_CHIP[:-1]))
    body = (f'<main><article><h1 data-testid="Heading">{title}</h1><div class="article-header__byline">By '
            '<a>Tom Baxter</a></div><time>June 10, 2025 9:14 AM UTC</time><div class="article-body__content">'
            + ps[: ps.index('<div data-testid="paragraph-2"')]
            + '<div class="sign-up"><p>The Daily Briefing newsletter gives you the top stories each morning. '
              '<a>Sign up here.</a></p></div>' + ps[ps.index('<div data-testid="paragraph-2"'):]
            + f'<p class="sign-off">{_CHIP[-1]}</p></div><p><a>Our Standards: The Thomson Reuters Trust Principles.'
              '</a></p><a class="licensing">Purchase Licensing Rights</a><section><h2>Read Next</h2><ul><li>'
              'Memory prices to climb as demand for servers grows</li></ul></section></article></main>')
    return Saved("reuters-wire", _doc(head, body).encode(),
                 {"title": title, "source": "Wire Markets", "date": "2025-06-10", "author": "Tom Baxter"},
                 _CHIP, ["Sign up here", "Our Standards", "Purchase Licensing Rights", "Memory prices to climb"],
                 [("Mei Lin|chief executive", "close to our customers")], min_paras=5)


_ESSAY = ["I spent the spring walking the old drovers' roads across the hills, following the routes cattle took "
          "to market two centuries ago.",
          "Most are now farm tracks or footpaths, but in places the walls on either side still stand forty feet "
          "apart, wide enough for a herd to pass.",
          "A farmer near the top of the pass told me his grandfather remembered the last drove in 1911.",
          "\u201cThey came through at night so the beasts would not be spooked by carts,\u201d said Idris Jones, "
          "whose family has farmed there for five generations.",
          "What struck me most was how quiet the roads are now, and how much of the landscape they made."]


def substack_paid() -> Saved:
    """A Substack post: subscribe widgets inside and after the post, a 'Share' button row, a footnote, a
    'Leave a comment' button and the post's like and restack counts."""
    title = "The drovers' roads"
    head = (f"<title>{title} - by Anna Price - Hill Notes</title><meta property=\"og:site_name\" content=\"Hill Notes\">"
            '<meta name="author" content="Anna Price">'
            + _article_ld(title, "2025-04-27T12:00:00Z", "Anna Price", "Hill Notes", kind="NewsArticle"))
    sub = ('<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Hill Notes '
           'is a reader-supported publication. To receive new posts and support my work, consider becoming a free '
           'or paid subscriber.</p><form><input type="email" placeholder="Type your email\u2026"><button>Subscribe'
           '</button></form></div></div>')
    body = ('<div class="main-menu"><a href="/">Hill Notes</a><a href="/archive">Archive</a><a>About</a></div>'
            f'<article class="post newsletter-post"><div class="post-header"><h1 class="post-title">{title}</h1>'
            '<h3 class="subtitle">Walking the routes cattle took to market</h3><div class="post-meta"><a>Anna Price'
            '</a> <div class="pencraft">Apr 27, 2025</div></div><div class="post-ufi"><button>42</button><button>'
            '7</button><button>Share</button></div></div><div class="available-content"><div class="body markup">'
            + _ps(_ESSAY[:3]) + sub + _ps(_ESSAY[3:])
            + '<div class="footnote"><a>1</a><div class="footnote-content"><p>The county record office holds the '
              'toll books.</p></div></div></div></div><div class="post-footer"><button>Leave a comment</button>'
              '<button>Share</button></div>' + sub + '</article>')
    return Saved("substack-paid", _doc(head, body).encode(),
                 {"title": title, "source": "Hill Notes", "date": "2025-04-27", "author": "Anna Price"},
                 _ESSAY, ["reader-supported publication", "Type your email", "Leave a comment"],
                 [("Jones", "came through at night")], min_paras=5)


_CODE = ["Last year our team moved a ten-year-old payments service from a single database to three smaller ones, "
         "and nobody outside the team noticed, which was the point.",
         "The first lesson was to copy the data long before we moved any traffic. We ran both systems side by "
         "side for two months and compared every answer.",
         "The second was that the hardest bugs lived in reports nobody remembered writing.",
         "If I did it again, I would write down every consumer of the old tables before touching a line of code."]


def medium_story() -> Saved:
    """A Medium story: 'Follow', a reading time and 'Listen', clap and response counts, a 'Written by' author
    card with follower counts and a 'More from' list."""
    title = "Splitting a payments database without anyone noticing"
    head = (f"<title>{title} | by Ravi Shah | Medium</title><meta property=\"og:site_name\" content=\"Medium\">"
            '<meta name="author" content="Ravi Shah">'
            '<meta property="article:published_time" content="2025-02-03T16:40:00.000Z">')
    body = (f'<div id="root"><article><div class="pw-post-body-paragraph"><h1 class="pw-post-title">{title}</h1>'
            '<div class="speechify-ignore"><a>Ravi Shah</a><span>Follow</span><span>6 min read</span><span>\u00b7'
            '</span><span>Feb 3, 2025</span><button>1.2K</button><button>14</button><button>Listen</button>'
            '<button>Share</button></div>' + "".join(f'<p class="pw-post-body-paragraph">{escape(p, quote=False)}</p>'
                                                     for p in _CODE)
            + '</div></article><div class="speechify-ignore"><h2>Written by Ravi Shah</h2><p>2.3K Followers</p>'
              '<p>Engineer. Writes about databases and the people who run them.</p><h2>More from Ravi Shah</h2>'
              '<a>Why our queues kept filling up on Fridays</a></div></div>')
    return Saved("medium-story", _doc(head, body).encode(),
                 {"title": title, "date": "2025-02-03", "author": "Ravi Shah"},
                 _CODE, ["Written by Ravi Shah", "Followers", "queues kept filling", "6 min read", "Listen"],
                 [], min_paras=4)


_BEES = ["Beekeepers in the valley reported their best honey harvest in a decade this summer after a warm, dry "
         "June and a late flowering of lime trees.",
         "The regional association said its members took an average of 28 kilograms from each hive.",
         "\u201cThe bees had everything they needed at exactly the right time,\u201d said Gwen Hughes, the "
         "association's secretary.",
         "Prices at farm shops have fallen slightly as a result."]


def amp_story() -> Saved:
    """A Google AMP page: ``amp-img`` with a caption, ``amp-ad`` with its label, an ``amp-social-share`` bar,
    an ``amp-sidebar`` menu, an ``amp-consent`` box and the AMP boilerplate styles."""
    title = "Beekeepers report best honey harvest in a decade"
    url = "https://valleyfarmer.example/news/best-honey-harvest"
    head = ('<meta name="viewport" content="width=device-width"><link rel="canonical" href="' + url + '">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>'
            '<style amp-custom>.caption{font-size:12px}</style>'
            f"<title>{title} - Valley Farmer</title>"
            + _article_ld(title, "2025-09-01T07:00:00Z", "Owain Rees", "Valley Farmer", url))
    body = ('<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/markets">'
            'Markets</a></li></ul></amp-sidebar><header><button on="tap:menu.toggle">Menu</button>Valley Farmer'
            f'</header><article><h1>{title}</h1><p class="byline">By Owain Rees</p>'
            '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share>'
            '<figure><amp-img src="hive.jpg" width="600" height="400" layout="responsive"></amp-img><figcaption '
            'class="caption">Frames of capped honey at a farm near the river. Photo: Owain Rees</figcaption></figure>'
            + _ps(_BEES[:2]) + '<div class="ad-container"><span>Advertisement</span><amp-ad width="300" height="250" '
            'type="doubleclick" data-slot="/1/x"></amp-ad></div>' + _ps(_BEES[2:])
            + '</article><amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies to '
              'improve your experience on our site.</p><button on="tap:consent.accept">Accept</button></div>'
              '</amp-consent>')
    html = _doc(head, body, html_attrs='amp lang="en"')
    return Saved("amp-story", html.encode(),
                 {"title": title, "source": "Valley Farmer", "date": "2025-09-01", "author": "Owain Rees", "url": url},
                 _BEES, ["Advertisement", "We use cookies", "Frames of capped honey", "Menu"],
                 [("Hughes|secretary", "everything they needed")], min_paras=4)


_DAM = ["The dam's operator will lower the reservoir by two metres over the winter so that engineers can inspect "
        "the spillway, which was damaged in floods last year.",
        "Anglers said the work would harm fish stocks, but the operator said it had agreed a plan with the "
        "fisheries board.",
        "\u201cSafety has to come first, and we are moving the fish to the upper lake while the level is down,\u201d "
        "said Ciaran Doyle, the operator's head of assets.",
        "The reservoir supplies water to about 150,000 people."]


def print_view() -> Saved:
    """A print view: no navigation, a 'Print this page' button and a 'Close window' link, the address of the
    page at the top, and the links of the story listed as footnotes after it."""
    title = "Reservoir to be lowered for spillway inspection"
    url = "https://lakelandpost.example/news/reservoir-lowered?print=1"
    head = (f"<title>Print: {title} | Lakeland Post</title><meta name=\"robots\" content=\"noindex\">"
            '<meta property="og:site_name" content="Lakeland Post"><meta name="author" content="Siobhan Kerr">'
            '<meta property="article:published_time" content="2025-10-21T11:00:00Z">'
            '<style media="print">.noprint{display:none}</style>')
    body = ('<div class="print-header noprint"><button onclick="window.print()">Print this page</button> '
            '<a href="javascript:window.close()">Close window</a></div><div class="print-url">' + url + '</div>'
            f'<div class="print-article"><h1>{title}</h1><p class="print-byline">Siobhan Kerr, Lakeland Post, '
            'October 21, 2025</p>' + _ps(_DAM)
            + '</div><div class="print-links"><h3>Links in this article</h3><ol><li>https://lakelandpost.example/'
              'news/floods-2024</li><li>https://fisheries.example/plan</li></ol></div><p class="print-footer">'
              '\u00a9 2025 Lakeland Post. All rights reserved.</p>')
    return Saved("print-view", _doc(head, body).encode(),
                 {"title": title, "source": "Lakeland Post", "date": "2025-10-21", "author": "Siobhan Kerr"},
                 _DAM, ["Print this page", "Close window", "Links in this article", "fisheries.example",
                        "All rights reserved"],
                 [("Doyle|head of assets", "Safety has to come first")], min_paras=4)


_TRAIL = ["A new coastal trail linking the three harbour towns opened on Saturday, the last section built across "
          "land bought from a farming estate.",
          "The 22-mile route took nine years to complete and cost 6 million, most of it raised by a local trust.",
          "\u201cYou can now walk from one end of the bay to the other without touching a road,\u201d said Ruth "
          "Allan, the trust's chair.",
          "Volunteers will staff information points at each town over the summer."]


def rss_content_encoded() -> Saved:
    """A WordPress RSS feed whose item holds the whole post in ``content:encoded``: its share buttons and
    related-posts list as the site's plugins add them, and the feed's 'The post … appeared first on …'."""
    title = "Coastal trail linking three harbour towns opens"
    link = "https://bayweekly.example/2025/06/14/coastal-trail-opens/"
    content = (_ps(_TRAIL[:2]) + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
               '<ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-email">Email</a></li></ul></div>'
               + _ps(_TRAIL[2:])
               + '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related'
                 '</em></h3><p><a href="/x">Harbour wall repairs finished ahead of schedule</a></p></div>'
               + f'<p>The post <a href="{link}">{title}</a> appeared first on <a href="https://bayweekly.example">'
                 'Bay Weekly</a>.</p>')
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
            'content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bay Weekly</title>'
            '<link>https://bayweekly.example</link><description>News from around the bay</description>'
            f'<item><title>{title}</title><link>{link}</link><dc:creator><![CDATA[Ruth Mackay]]></dc:creator>'
            '<pubDate>Sat, 14 Jun 2025 15:30:00 +0000</pubDate><category><![CDATA[Outdoors]]></category>'
            f'<guid isPermaLink="false">https://bayweekly.example/?p=902</guid><description><![CDATA[{_TRAIL[0][:80]} '
            f'[&#8230;]]]></description><content:encoded><![CDATA[{content}]]></content:encoded></item>'
            '</channel></rss>\n')
    return Saved("rss-content-encoded", feed.encode(),
                 {"title": title, "source": "Bay Weekly", "date": "2025-06-14", "author": "Ruth Mackay", "url": link},
                 _TRAIL, ["Share this", "Harbour wall repairs", "appeared first on"],
                 [("Allan|chair", "walk from one end of the bay")], min_paras=4, ext="rss")


_GRID = ["The national grid operator said on Monday that wind farms produced more electricity than gas plants "
         "over the winter for the first time.",
         "Wind supplied 34 percent of the country's power between December and February, against 31 percent "
         "from gas.",
         "\u201cThis is a milestone we thought was still five years away,\u201d said Karen Doyle, the operator's "
         "director of system planning.",
         "Prices were higher than in previous winters because of gas costs, the regulator said."]


def saved_complete() -> Saved:
    """'Save Page As… complete' of a live page: the saved-from comment, every asset under ``NAME_files/``,
    tracking pixels and iframes kept as local files, the cookie banner as it was on screen and an inline
    'Most read' box; the image captions name their files."""
    title = "Wind beats gas over winter for the first time"
    url = "https://www.energyledger.example/power/wind-beats-gas-winter"
    files = "./Wind beats gas over winter for the first time - Energy Ledger_files"
    head = (f'<!-- saved from url=(0060){url} -->\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{title} - Energy Ledger</title>'
            f'<link rel="stylesheet" href="{files}/site.css"><link rel="icon" href="{files}/favicon.ico">'
            f'<script async src="{files}/gpt.js"></script><script src="{files}/app.js"></script>'
            '<meta property="og:site_name" content="Energy Ledger">'
            + _article_ld(title, "2025-03-03T08:00:00Z", "Tom Hale", "Energy Ledger", url))
    body = (COOKIE + f'<iframe src="{files}/saved_resource.html" style="display:none"></iframe>'
            f'<header><a href="/"><img src="{files}/logo.svg" alt="Energy Ledger"></a><nav><a>Power</a> <a>Oil</a>'
            f'</nav></header><main><article><h1>{title}</h1><p class="byline">By Tom Hale</p>'
            f'<figure><img src="{files}/turbines.jpg"><figcaption>Turbines off the east coast. Photograph: Tom '
            'Hale</figcaption></figure>' + _ps(_GRID[:2])
            + '<aside class="most-read-inline"><h4>Most read</h4><ol><li><a>Oil price falls to four-year low</a></li>'
              '</ol></aside>' + _ps(_GRID[2:]) + SHARE + '</article></main>'
            f'<img src="{files}/pixel.gif" width="1" height="1"><script src="{files}/tracking.js"></script>')
    return Saved("saved-complete", _doc(head, body).encode(),
                 {"title": title, "source": "Energy Ledger", "date": "2025-03-03", "author": "Tom Hale", "url": url},
                 _GRID, ["Most read", "Oil price falls", "Photograph: Tom Hale", "Share this story", "cookies", "_files"],
                 [("Doyle|director", "milestone we thought")], min_paras=4)


_FOREST = ["The forestry agency will plant two million native trees on former conifer plantations over the next "
           "five years, it said on Thursday.",
           "The first 300,000 oak, birch and rowan saplings will go in this winter on hillsides above the lake.",
           "\u201cWe are putting back the woods that were here before the spruce,\u201d said Ffion Wyn, the "
           "agency's head of woodland.",
           "Walkers' groups welcomed the plan but asked for paths to stay open while the work is done."]


def singlefile_huge_styles() -> Saved:
    """A SingleFile save of a modern page: a style block of tens of kilobytes, fonts and images as data URIs,
    an SVG sprite, a 'Listen to this article' player and a newsletter box, the page's own metadata kept."""
    title = "Two million native trees to replace conifer plantations"
    url = "https://greenwire.example/2025/11/06/native-trees-plantations"
    css = "".join(f".c{i}{{margin:{i % 7}px;color:#{i % 999:03d};font:12px/1.4 sans-serif}}" for i in range(2500))
    font = "A" * 20000
    head = (f"<title>{title} | Green Wire</title><style>@font-face{{font-family:x;src:url(data:font/woff2;base64,"
            f"{font}) format('woff2')}}{css}</style><meta property=\"og:site_name\" content=\"Green Wire\">"
            '<meta name="author" content="Ffion Wyn Davies"><meta property="article:published_time" '
            'content="2025-11-06T10:00:00Z"><meta property="og:title" content="' + title + '">')
    svg = '<svg style="display:none"><symbol id="i-share"><path d="M1 1h2"/></symbol></svg>'
    body = (svg + f'<main><article><h1>{title}</h1><div class="audio-player"><p>Listen to this article</p>'
            '<span>4 min</span></div><img src="data:image/webp;base64,' + "B" * 30000 + '" alt="Saplings">'
            + _ps(_FOREST[:2]) + NEWSLETTER + _ps(_FOREST[2:]) + '</article></main>')
    html = ('<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: ' + url
            + ' \n saved date: Sat Nov 08 2025 09:00:00 GMT+0000 (Greenwich Mean Time)\n-->'
            + f'<head><meta charset="utf-8">{head}</head><body>{body}</body></html>')
    return Saved("singlefile-huge-styles", html.encode(),
                 {"title": title, "source": "Green Wire", "date": "2025-11-06", "url": url},
                 _FOREST, ["Listen to this article", "Get our morning briefing", "font-family", "base64"],
                 [("Wyn|head of woodland", "putting back the woods")], min_paras=4)


_FLOOD = [("10.32 GMT", "The river has burst its banks at the old bridge, and the fire service is moving people out of "
                        "the terrace on Mill Lane."),
          ("10.05 GMT", "\u201cWe are asking everyone on the riverside to go to the leisure centre now,\u201d said "
                        "Chief Fire Officer Dan Price."),
          ("09.41 GMT", "Rail services between the two towns have been suspended because of water on the line."),
          ("09.12 GMT", "The Environment Agency has issued a severe flood warning, meaning a danger to life.")]


def live_blog_labels() -> Saved:
    """A live blog as a broadcaster's page shows it: a 'Key events' list of links to entries, a 'Show key
    events only' switch, a JavaScript notice, 'Pinned post' and 'Updated at' labels, each entry's time as a
    line of its own (and '1h ago'), and share buttons per entry."""
    title = "Flooding live: severe warning as river bursts its banks"
    head = (f"<title>{title} | Northern Daily</title><meta property=\"og:site_name\" content=\"Northern Daily\">"
            + _article_ld(title, "2025-12-02T09:00:00Z", "Leah Carter", "Northern Daily", kind="LiveBlogPosting"))
    key = "".join(f'<li><a href="#e{i}"><time>{t[:5]}</time> {escape(x[:50], quote=False)}</a></li>'
                  for i, (t, x) in enumerate(_FLOOD[:2]))
    entries = "".join(
        f'<div id="e{i}" class="block" data-block-id="{i}"><header class="block-header">'
        + ('<span class="pinned-label">Pinned post</span>' if i == 0 else "")
        + f'<p class="block-time"><time datetime="2025-12-02T{t[:2]}:{t[3:5]}:00Z">{t}</time></p>'
        + (f'<p class="block-time-ago">{i}h ago</p>' if i else "")
        + f'</header><div class="block-elements"><p>{escape(x, quote=False)}</p></div>'
        f'<footer class="block-footer"><p class="updated">Updated at {t[:5]} GMT</p>'
        '<div class="share"><button>Share</button></div></footer></div>'
        for i, (t, x) in enumerate(_FLOOD))
    body = (f'<main><h1>{title}</h1><p class="byline">Leah Carter</p><div class="live-meta"><p>Tue 2 Dec 2025 '
            '10.32 GMT</p></div><div class="key-events"><h2>Key events</h2><ul>' + key + '</ul><button>Show key '
            'events only</button></div><noscript><p>Please turn on JavaScript in your browser to get the latest '
            'updates.</p></noscript><div class="live-blog">' + entries + '</div><button>Load more</button></main>')
    return Saved("live-blog-labels", _doc(head, body).encode(),
                 {"title": title, "source": "Northern Daily", "date": "2025-12-02", "author": "Leah Carter"},
                 [x for _, x in _FLOOD],
                 ["Key events", "Show key events only", "Please turn on JavaScript", "Pinned post", "Updated at",
                  "1h ago", "Load more"],
                 [("Price|Fire Officer", "asking everyone on the riverside")], min_paras=4)


_VOTE = [("14:52", "Turnout in the capital reached 41 percent by mid-afternoon, the electoral commission said, up "
                   "from 36 percent at the same point four years ago."),
         ("14:31", "\u201cThe queues this morning were the longest I have seen in twenty years of running this "
                   "station,\u201d said presiding officer Amal Haddad."),
         ("13:58", "Polling stations in three rural districts opened late after ballot papers were delivered to "
                   "the wrong towns."),
         ("13:20", "Both main candidates have now voted, the opposition leader in her home village and the prime "
                   "minister in the capital.")]


def live_blog_plain_labels() -> Saved:
    """A live blog whose labels stand in plain paragraphs, not named blocks: 'Key events' above a list of
    entry links, a 'Show key events only' switch and 'Please turn on JavaScript in your browser to use this
    feature.', each entry's time and 'Updated at' line as paragraphs of their own, '12m ago' lines, a
    'Pinned post' label in the first entry and 'Share' links."""
    title = "Election day live: turnout up as polls close in three hours"
    head = (f"<title>{title} | The Continental</title><meta property=\"og:site_name\" content=\"The Continental\">"
            + _article_ld(title, "2025-10-12T06:00:00Z", ["Maya Stern", "Jon Ek"], "The Continental",
                          kind="LiveBlogPosting"))
    key = "".join(f'<li><a href="#b{i}"><p>{t}</p><p>{escape(x[:60], quote=False)}</p></a></li>'
                  for i, (t, x) in enumerate(_VOTE[:3]))
    entries = "".join(
        f'<article id="b{i}">' + ("<p><strong>Pinned post</strong></p>" if i == 0 else "")
        + f'<p><a href="#b{i}">{t}</a></p><p>{(i + 1) * 12}m ago</p><p>{t} BST</p>'
        f'<p>{escape(x, quote=False)}</p><p>Updated at {t} BST</p><p><a href="#">Share</a></p></article>'
        for i, (t, x) in enumerate(_VOTE))
    body = (f'<main><h1>{title}</h1><p>Maya Stern and Jon Ek</p><p>Sun 12 Oct 2025 14.52 BST</p><p>Key events</p>'
            f'<ul>{key}</ul><p>Show key events only</p><p>Please turn on JavaScript in your browser to use this '
            f'feature.</p><div>{entries}</div></main>')
    return Saved("live-blog-plain-labels", _doc(head, body).encode(),
                 {"title": title, "source": "The Continental", "date": "2025-10-12", "author": "Maya Stern, Jon Ek"},
                 [x for _, x in _VOTE],
                 ["Key events", "Show key events only", "Please turn on JavaScript", "Pinned post", "Updated at",
                  "12m ago", "14.52 BST", "Maya Stern and Jon Ek"],
                 [("Haddad|presiding officer", "queues this morning")], min_paras=4)


_LIGHTS = ["Street lights in the borough will be dimmed by half between midnight and five in the morning from "
           "November to cut the council's energy bill.",
           "The council expects to save about 300,000 a year, enough to keep two youth centres open.",
           "\u201cWe looked at every road and kept full lighting near stations, hospitals and night-time "
           "venues,\u201d said Councillor Ayesha Begum.",
           "Residents can ask for a road to be reviewed if they feel unsafe walking there at night."]


def initial_data_string() -> Saved:
    """A page whose state is a string literal of JSON (``window.__INITIAL_DATA__ = "{…}"``), its body blocks
    nested the way a broadcaster's renderer writes them: a 'text' block of 'paragraph' blocks, each with its
    text and again as 'fragment' blocks (bold, links), beside 'image' blocks with captions and a 'links'
    block of related stories."""
    title = "Street lights to be dimmed after midnight to save energy"

    def para(text):
        cut = text.index(" ", len(text) // 2)
        frags = [{"type": "fragment", "model": {"text": text[:cut], "attributes": []}},
                 {"type": "fragment", "model": {"text": text[cut:], "attributes": ["bold"]}}]
        return {"type": "paragraph", "model": {"text": text, "blocks": frags}}

    blocks = [{"type": "headline", "model": {"blocks": [{"type": "text", "model": {"text": title}}]}},
              {"type": "text", "model": {"blocks": [para(p) for p in _LIGHTS[:2]]}},
              {"type": "image", "model": {"blocks": [{"type": "caption", "model": {"text": "Lamps on the high "
                                                     "street will be the last to be dimmed, the council says."}}]}},
              {"type": "text", "model": {"blocks": [para(p) for p in _LIGHTS[2:]]}},
              {"type": "links", "model": {"blocks": [{"type": "text", "model": {"text": "Bus lanes to be "
                                                     "enforced by camera from next spring, the council says."}}]}}]
    state = {"data": {"article": {"data": {"content": {"model": {"blocks": blocks}},
                                           "metadata": {"firstPublished": 1760000000000}}}}}
    head = (f"<title>{title} - Borough News</title><meta property=\"og:site_name\" content=\"Borough News\">"
            '<meta property="article:published_time" content="2025-10-09T08:53:20Z">')
    body = ('<div id="main-content"><noscript>Your browser does not support JavaScript.</noscript></div>'
            f"<script>window.__INITIAL_DATA__={json.dumps(json.dumps(state))};</script>")
    return Saved("initial-data-string", _doc(head, body).encode(),
                 {"title": title, "source": "Borough News", "date": "2025-10-09"},
                 _LIGHTS, ["Lamps on the high street", "Bus lanes to be enforced"],
                 [("Begum|Councillor", "looked at every road")], min_paras=4)


_MUSEUM = ["The maritime museum will reopen on Saturday after a two-year refit that doubled its gallery space "
           "and restored the lifeboat that gave the town its name.",
           "Entry will be free for residents of the district for the first year, the trust that runs it said.",
           "\u201cWe wanted the people whose grandparents crewed these boats to see them first,\u201d said "
           "Eleanor Shaw, the museum's director.",
           "The refit cost 7.5 million, most of it from a heritage fund and a public appeal."]


def next_app_router() -> Saved:
    """A Next.js App Router page (``self.__next_f.push([1, "…"])``): the visible root is a loading shell, the
    story's element tree streams in rows split across scripts, its paragraphs with links inside them, class
    names on every element, and a 'More stories' section of headlines and teasers beside it."""
    title = "Maritime museum reopens after two-year refit"

    def el(tag, children, **props):
        return ["$", tag, None, {**props, "children": children}]

    first = _MUSEUM[0].index("restored")
    paras = [el("p", [_MUSEUM[0][:first], el("a", "restored", href="/lifeboat"), _MUSEUM[0][first + 8:]],
                className="mb-4 text-lg")] + [el("p", p, className="mb-4 text-lg") for p in _MUSEUM[1:]]
    more = el("section", [el("h2", "More stories"),
                          el("article", [el("h3", "Harbour festival returns in July"),
                                         el("p", "The three-day festival will feature tall ships, music and a "
                                                 "fireworks display over the bay on the final night.")])],
              className="mt-12 border-t")
    tree = el("main", [el("h1", title, className="text-4xl font-bold"),
                       el("div", paras, className="prose prose-lg max-w-none"), more,
                       el("$L7", None, analytics={"section": "culture"})], className="mx-auto max-w-3xl")
    payload = '1:"$Sreact.fragment"\n2:I[7541,["app/page-3f.js"],"Analytics"]\n0:' + json.dumps(tree) + "\n"
    half = len(payload) // 2
    pushes = "".join(f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>"
                     for part in (payload[:half], payload[half:]))
    head = (f"<title>{title} | Coast Chronicle</title><meta property=\"og:site_name\" content=\"Coast Chronicle\">"
            '<meta property="article:published_time" content="2025-04-04T09:30:00Z">'
            '<meta name="author" content="Harriet Cole">')
    body = ('<div class="flex h-screen items-center justify-center"><div class="animate-spin">Loading\u2026</div>'
            '</div><script>(self.__next_f=self.__next_f||[]).push([0])</script>' + pushes)
    return Saved("next-app-router", _doc(head, body).encode(),
                 {"title": title, "source": "Coast Chronicle", "date": "2025-04-04", "author": "Harriet Cole"},
                 _MUSEUM, ["More stories", "Harbour festival", "three-day festival", "mb-4", "prose", "Loading",
                           "culture"],
                 [("Shaw|director", "grandparents crewed")], min_paras=4)


def all_families() -> list[Saved]:
    """Every page of this set."""
    return [wordpress_news_theme(), arc_fusion_paywall(), initial_state_app(), preloaded_state_json_parse(),
            apollo_state(), nuxt_state(), brightspot_page(), drupal_node(), postmedia_like(), torstar_like(),
            ap_wire(), reuters_wire(), substack_paid(), medium_story(), amp_story(), print_view(),
            rss_content_encoded(), saved_complete(), singlefile_huge_styles(), live_blog_labels(),
            live_blog_plain_labels(), initial_data_string(), next_app_router()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_families()))} pages written to {sys.argv[1]}")
