"""Pages of kinds the other sets leave out, each decided as a reader would: an interview whose questions
stand in bold, a French-Canadian page saved with a byte-order mark, a German page in windows-1252 with
„…“ quotes and 'Lesen Sie auch:' links, a correction at the end (article text) beside 'Editor's picks'
(not), a 'Related:' list inside the body, a page rendered by script whose story is only in its
``__NEXT_DATA__``, a SingleFile save with data-URI images and inline styles, a paywalled page whose full
text is in its JSON-LD, paragraphs as ``<br><br>`` inside one ``<p>``, links carrying screen-reader text
('(opens in a new tab)'), an MHTML archive of a windows-1252 page, an AMP live list; and story pages
as Canadian, French, German, Spanish and Australian outlets lay them out, with their furniture in their languages.

Every page is generated here (no real page is copied). ``python tests/html_pages_reader.py DIR`` writes
the set for ``benchmarks/eval_html.py``.
"""

from __future__ import annotations

import json
import quopri
import sys
from html import escape
from pathlib import Path

from html_pages_saved import COOKIE, NEWSLETTER, SHARE, Saved, _doc, _ld, _ps, write_saved


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


_QA = [("Why did you decide to stand down now?",
        "Ten years is long enough for anyone to run a museum. I wanted to leave while the new wing was "
        "finished and the money for the next five years was in place."),
       ("What are you proudest of?",
        "Free entry on Sundays. We doubled the number of families who came, and most of them had never "
        "been inside a museum before."),
       ("And your biggest regret?",
        "That we never found a home for the railway collection. It is still in a warehouse, and it deserves "
        "better than that.")]


def interview_qa() -> Saved:
    """An interview: an introduction, then each question in ``<strong>`` and the answer after it; the
    editor's note about editing is the article's. Questions and answers all stay, in order."""
    title = "\u2018Ten years is long enough\u2019: museum director on leaving the Harbour Gallery"
    intro = ("Helen Achebe has run the Harbour Gallery since 2015. Before she leaves in June, she spoke to us "
             "about free Sundays, the new wing and the collection that never found a home.")
    note = "This interview has been edited for length and clarity."
    qa = "".join(f"<p><strong>{escape(q)}</strong></p>{_p(a)}" for q, a in _QA)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-04-11T07:00:00+01:00", "author": {"@type": "Person", "name": "Owen Pryce"},
          "publisher": {"@type": "Organization", "name": "The Bay Chronicle"}}
    head = f"<title>{escape(title)} | The Bay Chronicle</title>" + _ld(ld)
    body = (f"{COOKIE}<header><nav><a>News</a> <a>Culture</a> <a>Sport</a></nav></header><main><article>"
            f"<h1>{escape(title)}</h1><div class='byline'>By Owen Pryce</div>{SHARE}{_p(intro)}{qa}"
            f"<p><em>{note}</em></p></article>{NEWSLETTER}</main><footer>\u00a9 2025 The Bay Chronicle</footer>")
    with_ = [intro, *[x for pair in _QA for x in pair], note]
    return Saved("interview-qa", _doc(head, body).encode(),
                 {"title": title, "source": "The Bay Chronicle", "date": "2025-04-11", "author": "Owen Pryce"},
                 with_, ["Share this story", "By Owen Pryce", "morning briefing", "Culture"], min_paras=8)


_FR = ["Le gouvernement du Québec versera 40 millions de dollars aux municipalités touchées par les inondations "
       "du printemps, a annoncé la ministre de la Sécurité publique mercredi.",
       "« Nous ne laisserons tomber aucune famille », a déclaré la ministre, Julie Tremblay, lors d'un point de "
       "presse à Gatineau.",
       "Les sinistrés pourront présenter une demande d'aide financière à compter du 1er mai, et les premiers "
       "chèques seront envoyés dès la fin du mois.",
       "L'opposition a salué l'annonce, tout en jugeant que l'aide arrivait trop tard pour plusieurs "
       "propriétaires de la région de l'Outaouais."]


def french_canadian_bom() -> Saved:
    """A French-Canadian page saved with a UTF-8 byte-order mark: accents, « guillemets », a non-breaking
    space before ':', an 'À lire aussi :' link inside the story and a 'Partager' bar, all furniture but the
    accents."""
    title = "Inondations : Québec débloque 40 millions pour les sinistrés"
    head = (f"<title>{title} | Le Courrier de l'Outaouais</title>"
            '<meta property="og:site_name" content="Le Courrier de l\'Outaouais">'
            '<meta property="article:published_time" content="2025-04-16T11:30:00-04:00">'
            '<meta name="author" content="Mathieu Gagnon">')
    body = (f"<header><nav><a>Actualités</a> <a>Régions</a> <a>Sports</a></nav></header><main><article>"
            f"<h1>{title}</h1><div class='auteur byline'>Mathieu Gagnon</div>"
            "<div class='partage share'><span>Partager</span><a>Facebook</a><a>Courriel</a></div>"
            f"{_p(_FR[0])}{_p(_FR[1])}<p class='a-lire'><strong>À lire aussi\u00a0:</strong> "
            "<a href='/x'>Crue printanière : les résidents de Pontiac se préparent</a></p>"
            f"{_p(_FR[2])}{_p(_FR[3])}</article></main><footer>© Le Courrier de l'Outaouais</footer>")
    data = "\ufeff".encode("utf-8") + _doc(head, body, html_attrs='lang="fr-CA"').encode("utf-8")
    return Saved("french-bom", data, {"title": title, "source": "Le Courrier de l'Outaouais", "date": "2025-04-16",
                                      "author": "Mathieu Gagnon"},
                 _FR, ["À lire aussi", "Pontiac se préparent", "Partager", "Courriel"], min_paras=4)


_DE = ["Die Stadt Freiburg baut bis 2027 drei neue Radwege durch die Innenstadt, das hat der Gemeinderat am "
       "Dienstag beschlossen.",
       "\u201eWir wollen, dass Kinder sicher zur Schule fahren können\u201c, sagte Bürgermeisterin Anja Weiß "
       "nach der Abstimmung.",
       "Die Kosten von rund 12 Millionen Euro übernimmt zur Hälfte das Land.",
       "Der Einzelhandel befürchtet weniger Parkplätze, die Verwaltung verspricht dafür zwei neue Parkhäuser "
       "am Stadtrand."]


def german_windows_1252() -> Saved:
    """A German regional page declaring windows-1252 in an ``http-equiv`` meta: umlauts, ß and „…“ quotes
    in that encoding, 'Lesen Sie auch:' and 'Anzeige' inside the story."""
    title = "Freiburg baut drei neue Radwege durch die Innenstadt"
    head = (f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>{title} - '
            'Badische Rundschau</title><meta property="og:site_name" content="Badische Rundschau">'
            '<meta name="author" content="Lena Schäfer">')
    body = (f"<div id='kopf'><nav><a>Lokales</a> <a>Sport</a></nav></div><div class='artikel'><h1>{title}</h1>"
            "<p class='meta'><time datetime='2025-06-03T18:20:00+02:00'>03.06.2025, 18:20 Uhr</time></p>"
            f"{_p(_DE[0])}{_p(_DE[1])}<div class='anzeige ad'><span>Anzeige</span></div>"
            "<p><strong>Lesen Sie auch:</strong> <a>Neue Buslinie zum Messegelände</a></p>"
            f"{_p(_DE[2])}{_p(_DE[3])}</div><div id='fuss'>Impressum | Datenschutz</div>")
    html = ("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n" + head + "\n</head>\n<body>\n" + body
            + "\n</body>\n</html>\n")
    return Saved("german-1252", html.encode("cp1252"),
                 {"title": title, "source": "Badische Rundschau", "date": "2025-06-03", "author": "Lena Schäfer"},
                 _DE, ["Lesen Sie auch", "Messegelände", "Anzeige", "Impressum"], min_paras=4)


_BRIDGE = ["The state will spend 310 million dollars to replace the Mill River bridge, the transportation "
           "department said on Monday, five years after inspectors rated it structurally deficient.",
           "Construction will start next spring and close the bridge to trucks for about two years.",
           "\u201cThis bridge carries 40,000 vehicles a day, and it has been patched for too long,\u201d said "
           "the transportation commissioner, Dana Whitfield.",
           "Local businesses asked the state to keep one lane open to cars during the work."]
_CORRECTION = ("Correction: An earlier version of this article misstated the number of vehicles that cross the "
               "bridge each day. It is 40,000, not 14,000.")


def correction_and_picks() -> Saved:
    """A correction at the end of the story (article text: a reader is told what changed) and an
    'Editor's picks' list and 'Most read' box after it inside the same ``<article>`` (not the story)."""
    title = "State to replace Mill River bridge at a cost of 310 million dollars"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-02-10T09:00:00-05:00", "dateModified": "2025-02-11T14:00:00-05:00",
          "author": {"@type": "Person", "name": "Carla Mendes"}, "publisher": {"@type": "Organization",
                                                                             "name": "Valley Register"}}
    picks = ("<section class='editors-picks'><h2>Editor's picks</h2><ul><li><a>The diner that never closes"
             "</a></li><li><a>Ten walks along the Mill River</a></li></ul></section>")
    body = (f"<main><article><h1>{title}</h1><p class='byline'>By Carla Mendes</p><div class='article-body'>"
            f"{_ps(_BRIDGE)}<p class='correction'><em>{escape(_CORRECTION)}</em></p></div>{picks}"
            "<div class='most-read'><h2>Most read</h2><ol><li>School board race heats up</li></ol></div>"
            "</article></main>")
    head = f"<title>{title} - Valley Register</title>" + _ld(ld)
    return Saved("correction-picks", _doc(head, body).encode(),
                 {"title": title, "source": "Valley Register", "date": "2025-02-10", "author": "Carla Mendes"},
                 [*_BRIDGE, _CORRECTION], ["Editor's picks", "diner that never closes", "Ten walks",
                                           "School board race"],
                 [("Whitfield|commissioner", "patched for too long")], min_paras=5)


_VACCINE = ["Pharmacies will offer the new flu vaccine to everyone over 50 from next week, the health "
            "ministry said on Thursday, a month earlier than last year.",
            "Officials said the earlier start was meant to protect people before the school holidays, when "
            "infections usually rise.",
            "\u201cThe sooner people are protected, the fewer of them end up in hospital,\u201d said the chief "
            "medical officer, Ravi Menon.",
            "Appointments can be booked online or by phone from Monday."]


def related_list_in_body() -> Saved:
    """A 'Related:' label and a list of linked headlines between paragraphs of the story, and a 'More on
    this story' box: links to other stories, not this one."""
    title = "Flu vaccine to be offered to over-50s from next week"
    related = ("<p><strong>Related:</strong></p><ul class='inline-links'><li><a href='/a'>Who should get a "
               "booster this winter</a></li><li><a href='/b'>Hospital admissions rise for third week</a></li></ul>")
    more = ("<div class='story-more'><h3>More on this story</h3><ul><li><a>Flu season: what the numbers "
            "say</a></li></ul></div>")
    head = (f"<title>{title} | Health Desk</title><meta property='og:site_name' content='Health Desk'>"
            "<meta property='article:published_time' content='2025-09-18T06:00:00Z'>")
    body = (f"<article><h1>{title}</h1>{_ps(_VACCINE[:2])}{related}{_ps(_VACCINE[2:])}{more}</article>")
    return Saved("related-in-body", _doc(head, body).encode(),
                 {"title": title, "source": "Health Desk", "date": "2025-09-18"},
                 _VACCINE, ["Related:", "booster this winter", "Hospital admissions rise", "More on this story",
                            "what the numbers say"],
                 [("Menon|medical officer", "sooner people are protected")], min_paras=4)


_ROVER = ["The rover sent back its first colour pictures from the crater floor on Saturday, two days after a "
          "landing that engineers had called the hardest the agency had tried.",
          "The images show layered rock that scientists think was laid down by an ancient lake.",
          "\u201cEvery layer is a page of the planet's history,\u201d said the mission's lead scientist, "
          "Grace Liu.",
          "The rover will spend a month testing its instruments before it starts to drive."]


def next_data_only() -> Saved:
    """A page rendered by script: an empty root, a 'Loading…' skeleton, and the story only in the
    framework's ``__NEXT_DATA__`` JSON (its paragraphs as HTML strings); the JSON-LD has no articleBody."""
    title = "Rover sends first colour pictures from crater floor"
    blocks = [{"type": "paragraph", "html": escape(p, quote=False)} for p in _ROVER]
    data = {"props": {"pageProps": {"article": {"headline": title, "byline": "Sam Ortiz",
                                                "body": blocks, "related": [{"headline": "Launch in pictures"}]}}},
            "page": "/science/[slug]", "buildId": "x1"}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-01T20:00:00Z", "author": {"@type": "Person", "name": "Sam Ortiz"},
          "publisher": {"@type": "Organization", "name": "Orbit Daily"}}
    head = f"<title>{title} | Orbit Daily</title>" + _ld(ld)
    body = ("<div id='__next'><div class='skeleton'>Loading\u2026</div></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>")
    return Saved("next-data-only", _doc(head, body).encode(),
                 {"title": title, "source": "Orbit Daily", "date": "2025-03-01", "author": "Sam Ortiz"},
                 _ROVER, ["Loading", "Launch in pictures", "paragraph"],
                 [("Liu|scientist", "page of the planet")], min_paras=4)


_PIXEL = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 40
_ORCHARD = ["A late frost wiped out most of the apple blossom in the valley's orchards last week, growers said, "
            "and some expect to lose three-quarters of this year's crop.",
            "Temperatures fell to minus four on two nights in a row, just as the trees were in full flower.",
            "\u201cI have never seen blossom turn brown so fast,\u201d said Tomas Novak, who farms 30 hectares "
            "near Hollin.",
            "Growers' groups have asked the government for emergency loans."]


def singlefile_data_uris() -> Saved:
    """A SingleFile save: its comment with the address and date, the site's CSS inlined in ``<style>``, every
    image a data URI (one in a ``<picture>`` with a caption and credit), inline ``style`` attributes."""
    title = "Late frost wipes out apple blossom across the valley"
    url = "https://www.valleyfarmer.example/news/late-frost-apple-blossom"
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;color:#{i:03d}}}" for i in range(300)) + "</style>"
    fig = (f"<figure class='lead'><picture><source srcset='{_PIXEL}'><img src='{_PIXEL}' alt='Brown blossom on a "
           "tree'></picture><figcaption>Frost-damaged blossom near Hollin. Photo: Mia Berg/Valley Farmer"
           "</figcaption></figure>")
    ps = "".join(f"<p style='font-size:18px;line-height:1.6'>{escape(p, quote=False)}</p>" for p in _ORCHARD)
    head = (f"<title>{title} \u2013 Valley Farmer</title>{style}<meta property='og:site_name' content='Valley "
            "Farmer'><meta property='article:published_time' content='2025-04-22T10:00:00+02:00'>"
            f"<link rel='icon' href='{_PIXEL}'>")
    body = (f"<header style='display:flex'><img src='{_PIXEL}' alt='Valley Farmer'><nav><a>News</a> <a>Markets</a>"
            f"</nav></header><main><article><h1 style='font-weight:700'>{title}</h1>{fig}{ps}</article></main>")
    html = _doc(head, body).replace("<!DOCTYPE html>\n", "<!DOCTYPE html> <!--\n Page saved with SingleFile \n"
                                    f" url: {url} \n saved date: Wed Apr 23 2025 08:14:02 GMT+0200\n-->\n", 1)
    return Saved("singlefile-data-uri", html.encode(),
                 {"title": title, "source": "Valley Farmer", "date": "2025-04-22", "url": url},
                 _ORCHARD, ["base64", "Frost-damaged blossom", "Mia Berg", "margin"],
                 [("Novak", "blossom turn brown")], min_paras=4)


_RATES = ["The country's biggest mortgage lender cut its fixed rates by up to half a point on Tuesday, the "
          "first big cut since the central bank lowered borrowing costs last month.",
          "Two-year fixed deals will start at 3.9 percent for buyers with a 40 percent deposit.",
          "\u201cWe expect others to follow within days,\u201d said Nina Patel, a mortgage broker in Leeds.",
          "Brokers said first-time buyers with small deposits would see the smallest cuts.",
          "House prices rose 0.4 percent in September, the third monthly rise in a row.",
          "The central bank meets again in November, and markets expect another cut by the spring."]


def paywall_full_in_jsonld() -> Saved:
    """A paywalled page: two paragraphs shown, then 'Subscribe to continue reading'; the whole story is in
    its JSON-LD ``articleBody`` (marked ``isAccessibleForFree: false``), which a reader who paid sees."""
    title = "Biggest lender cuts mortgage rates by half a point"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-10-07T08:00:00+01:00", "author": {"@type": "Person", "name": "Tom Ashby"},
          "publisher": {"@type": "Organization", "name": "Money Ledger"}, "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"},
          "articleBody": "\n\n".join(_RATES)}
    wall = ("<div class='paywall-prompt'><h3>Subscribe to continue reading</h3><p>Get unlimited access for "
            "1 pound a week.</p><a>Already a subscriber? Sign in</a></div>")
    head = f"<title>{title} | Money Ledger</title>" + _ld(ld)
    body = (f"<main><article><h1>{title}</h1><div class='article-body'>{_ps(_RATES[:2])}"
            f"<div class='paywalled' style='display:none'></div></div>{wall}</article></main>")
    return Saved("paywall-jsonld-full", _doc(head, body).encode(),
                 {"title": title, "source": "Money Ledger", "date": "2025-10-07", "author": "Tom Ashby"},
                 _RATES, ["Subscribe to continue", "unlimited access", "Already a subscriber"],
                 [("Patel|broker", "others to follow")], min_paras=6)


_GARDEN = ["Volunteers planted 600 trees along the old railway line on Sunday, the first stage of a path that "
           "will link the two halves of the town.",
           "The path will run for four kilometres and should open to walkers and cyclists next summer.",
           "\u201cIt has taken eight years of meetings to get to a single spade in the ground,\u201d said "
           "Marion Holt, who chairs the friends' group.",
           "The council has promised lighting and benches once the first section is finished."]


def br_inside_one_p() -> Saved:
    """A community site's post: the whole story in one ``<p>`` with ``<br><br>`` between paragraphs, a
    'Filed under' line and 'Posted by … | 3 comments' after it."""
    title = "Volunteers plant 600 trees along old railway line"
    head = (f"<title>{title} \u00bb Millbrook Community News</title>"
            "<meta name='description' content='Volunteers planted trees on Sunday.'>")
    story = "<br><br>\n".join(escape(p, quote=False) for p in _GARDEN)
    body = (f"<div id='wrap'><div id='header'><a>Millbrook Community News</a></div><div id='content'>"
            f"<div class='post'><h2>{title}</h2><div class='date'>Sunday 12 October 2025</div>"
            f"<div class='entry'><p>{story}</p><p class='postmetadata'>Filed under: Environment, Transport</p>"
            "</div><p class='postmeta'>Posted by <a>admin</a> | <a>3 comments</a></p></div></div></div>")
    return Saved("br-in-one-p", _doc(head, body).encode(),
                 {"title": title, "date": "2025-10-12"},
                 _GARDEN, ["Filed under", "Posted by", "3 comments"],
                 [("Holt|chairs", "eight years of meetings")], min_paras=4)


_PARK = ["The national park will charge visitors to park at its four busiest car parks from April, its board "
         "decided on Wednesday.",
         "The money, expected to be about 2 million pounds a year, will pay for rangers and path repairs, "
         "according to a report to the board.",
         "\u201cWe are not trying to keep people out, we are trying to look after the place they come to see,"
         "\u201d said the park's chief executive, Alan Reid.",
         "Residents of the park will be able to buy a yearly permit for 20 pounds."]


def screen_reader_text() -> Saved:
    """Links inside the story carrying text only screen readers get ('(opens in a new tab)', 'External
    link'), an icon's label, and a 'Skip advert' link around an advertisement."""
    title = "National park to charge for parking at busiest sites"
    sr = "<span class='sr-only'>(opens in a new tab)</span>"
    vh = "<span class='visually-hidden'>External link</span>"
    paras = [_PARK[0],
             _PARK[1].replace("a report to the board", f"<a href='/r'>a report to the board{sr}</a>"),
             escape(_PARK[2], quote=False),
             _PARK[3].replace("yearly permit", f"<a href='https://permits.example'>yearly permit{vh}</a>")]
    head = (f"<title>{title} - Dales Post</title><meta property='og:site_name' content='Dales Post'>"
            "<meta property='article:published_time' content='2025-01-29T16:00:00Z'>")
    body = (f"<article><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras[:2])}"
            "<div class='advert'><a href='#after-ad' class='skip-link'>Skip advert</a><div id='ad1'></div></div>"
            f"<p id='after-ad'>{paras[2]}</p><p>{paras[3]}</p>"
            "<a class='icon-share' aria-label='Share on Facebook'><svg><title>Facebook</title></svg></a></article>")
    return Saved("screen-reader-text", _doc(head, body).encode(),
                 {"title": title, "source": "Dales Post", "date": "2025-01-29"},
                 [_PARK[0], _PARK[1], _PARK[2], _PARK[3]],
                 ["opens in a new tab", "External link", "Skip advert", "Facebook"],
                 [("Reid|chief executive", "not trying to keep people out")], min_paras=4)


_LYON = ["La métropole de Lyon rendra les transports en commun gratuits pour les moins de 18 ans dès la "
         "rentrée de septembre, a annoncé son président jeudi.",
         "La mesure coûtera environ 15 millions d'euros par an, financés par une hausse du versement mobilité "
         "payé par les entreprises.",
         "Les familles devront tout de même créer une carte nominative, gratuite, en agence ou en ligne."]


def mhtml_windows_1252() -> Saved:
    """An MHTML archive ('Webpage, Single File') of a French page whose HTML part declares windows-1252 in its
    MIME header (quoted-printable: 'é' is '=E9'), with an image part after it."""
    title = "Lyon : les transports gratuits pour les moins de 18 ans"
    url = "https://www.rhonematin.example/lyon/transports-gratuits-jeunes"
    head = (f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>{title} - Rhône '
            'Matin</title><meta property="og:site_name" content="Rhône Matin">'
            '<meta property="article:published_time" content="2025-06-26T12:00:00+02:00">')
    body = (f"<nav><a>Lyon</a> <a>Région</a></nav><article><h1>{title}</h1>{_ps(_LYON)}"
            "<div class='partage'>Partager sur Facebook</div></article>")
    html = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n" + head + "\n</head>\n<body>\n" + body + "\n</body>\n</html>\n"
    b = "----MultipartBoundary--lyon2025----"
    data = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: Lyon\r\n"
            "Date: Thu, 26 Jun 2025 14:02:11 -0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
            f"--{b}\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable"
            f"\r\nContent-Location: {url}\r\n\r\n").encode() \
        + quopri.encodestring(html.encode("cp1252")).replace(b"\n", b"\r\n") \
        + (f"\r\n--{b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
           f"Content-Location: https://www.rhonematin.example/logo.png\r\n\r\niVBORw0KGgo=\r\n--{b}--\r\n").encode()
    return Saved("mhtml-1252", data, {"title": title, "source": "Rhône Matin", "date": "2025-06-26", "url": url},
                 _LYON, ["Partager", "Région"], min_paras=3, ext="mhtml")


_MARATHON = [("11:42", "The winner crossed the line in 2 hours 4 minutes, the fastest time ever run on this course."),
             ("11:20", "The leading group is down to three runners as they pass the 35 kilometre mark."),
             ("10:55", "\u201cThe wind is behind them on the way back, so expect a fast finish,\u201d said the "
                       "race director, Paula Green."),
             ("09:00", "The elite women's race has started in light rain.")]


def amp_live_list() -> Saved:
    """An AMP live blog: ``amp-live-list`` items, an ``amp-sidebar`` menu, ``amp-consent``, ``amp-ad``,
    ``amp-social-share`` buttons, and an 'Update' button for new posts."""
    title = "City marathon 2025: live updates from the course"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
          "datePublished": "2025-04-27T08:30:00+01:00", "author": {"@type": "Person", "name": "Kofi Mensah"},
          "publisher": {"@type": "Organization", "name": "Riverside Echo"}}
    items = "".join(f"<div id='post{n}' data-sort-time='{n}' class='live-item'><time>{t}</time>"
                    f"<p>{escape(x, quote=False)}</p><amp-social-share type='twitter'></amp-social-share></div>"
                    for n, (t, x) in enumerate(_MARATHON))
    head = (f"<title>{title} | Riverside Echo</title><link rel='canonical' href='https://www.riversideecho.example/"
            "sport/marathon-live'><script async src='https://cdn.ampproject.org/v0.js'></script>"
            "<style amp-boilerplate>body{visibility:hidden}</style>" + _ld(ld))
    body = ("<amp-consent id='consent' layout='nodisplay'><div class='consent-ui'>We use cookies. <button>Accept"
            "</button></div></amp-consent><amp-sidebar id='menu' layout='nodisplay'><ul><li>Home</li><li>Sport"
            f"</li><li>Weather</li></ul></amp-sidebar><main><h1>{title}</h1>"
            "<amp-ad width='300' height='250' type='doubleclick'><div placeholder>Advertisement</div></amp-ad>"
            "<amp-live-list id='live' data-poll-interval='15000' data-max-items-per-page='20'>"
            "<button update on='tap:live.update' class='ampstart-btn'>You have updates</button>"
            f"<div items>{items}</div></amp-live-list></main>")
    return Saved("amp-live-list", _doc(head, body, html_attrs="\u26a1 lang='en'").encode(),
                 {"title": title, "source": "Riverside Echo", "date": "2025-04-27", "author": "Kofi Mensah",
                  "url": "https://www.riversideecho.example/sport/marathon-live"},
                 [x for _, x in _MARATHON], ["You have updates", "We use cookies", "Advertisement", "Weather"],
                 [("Green|race director", "wind is behind them")], min_paras=4)


_DOCTORS = ["Ontario will add 300 new family doctors in rural areas over the next two years, the province's "
            "health minister announced Wednesday.",
            "The doctors will be placed in clinics that have gone without a physician for at least a year, "
            "according to the ministry.",
            "\u201cNo one should have to drive two hours to see a doctor,\u201d said Health Minister Karen Lau.",
            "The Ontario Medical Association welcomed the plan but said it would not close the gap on its own."]


def cbc_like() -> Saved:
    """A Canadian broadcaster's story: 'Social Sharing', a byline line with 'Last Updated: 2 hours ago', a
    caption credited '(Evan Ng/CBC)', a 'RELATED STORIES' box inside the body, a corrections link row."""
    t = "Ontario to add 300 family doctors in rural areas"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": "2025-03-05T09:00:00.000Z", "author": [{"@type": "Person", "name": "Priya Ramesh"}],
          "publisher": {"@type": "Organization", "name": "CBC"}}
    body = ("<header><nav><a>News</a><a>Sports</a><a>Radio</a></nav></header><main><div class='story'>"
            f"<h1 class='detailHeadline'>{t}</h1><h2 class='deck'>Province says clinics without a doctor for a "
            "year will get priority</h2><div class='bylineDetails'><span class='authorText'>Priya Ramesh</span> "
            "\u00b7 CBC News \u00b7 <time class='timeStamp' datetime='2025-03-05T09:00:00.000Z'>Posted: Mar 05, 2025 "
            "4:00 AM EST</time> | Last Updated: 2 hours ago</div><div class='sharebar'><span>Social Sharing</span>"
            "</div><figure class='imageMedia'><img src='x.jpg'><figcaption>A rural clinic near Bancroft, Ont. "
            f"(Evan Ng/CBC)</figcaption></figure><div class='story'>{_p(_DOCTORS[0])}{_p(_DOCTORS[1])}"
            "<div class='similarStories'><h3>RELATED STORIES</h3><ul><li><a>Rural ERs close overnight</a></li>"
            f"</ul></div>{_p(_DOCTORS[2])}{_p(_DOCTORS[3])}</div><div class='corrections'><a>Corrections and "
            "clarifications</a>|<a>Submit a news tip</a>|<a>Report error</a></div></div></main>")
    return Saved("cbc-like", _doc(f"<title>{t} | CBC News</title>" + _ld(ld), body).encode(),
                 {"title": t, "date": "2025-03-05", "author": "Priya Ramesh"}, _DOCTORS,
                 ["Social Sharing", "Evan Ng/CBC", "RELATED STORIES", "Rural ERs", "Submit a news tip",
                  "Last Updated"], [("Lau|Minister", "drive two hours")], min_paras=4)


_RETRAITES = ["Le Parlement a adopté mardi la réforme des retraites des agriculteurs, qui doit permettre de relever "
              "les pensions les plus faibles dès l'an prochain.",
              "Le texte prévoit de calculer la pension sur les vingt-cinq meilleures années, comme pour les salariés "
              "du privé.",
              "« C'est une mesure de justice attendue depuis longtemps », a salué le ministre de l'Agriculture, "
              "Paul Mercier.",
              "Le coût de la réforme est estimé à 500 millions d'euros par an."]


def lemonde_like() -> Saved:
    """A French daily: 'Lecture 3 min.', 'Article réservé aux abonnés', gift, share and bookmark buttons, a
    'Lire aussi |' link inside the story, 'Réutiliser ce contenu' after it."""
    t = "Retraites agricoles : le Parlement adopte la réforme"
    head = (f"<title>{t}</title><meta property='og:site_name' content='Le Quotidien'>"
            "<meta property='article:published_time' content='2025-02-11T18:00:00+01:00'>"
            "<meta name='author' content='Claire Dubois'>")
    body = (f"<main><article class='article'><h1>{t}</h1><p class='article__desc'>Le texte doit relever les petites "
            "pensions.</p><p class='meta__reading-time'>Lecture 3 min.</p><p class='article__status'>Article réservé "
            "aux abonnés</p><div class='meta__social'><button>Offrir cet article</button><button>Partager</button>"
            "<button>Ajouter à vos sélections</button></div><section class='article__content'>"
            f"{_p(_RETRAITES[0])}{_p(_RETRAITES[1])}<p class='article__paragraph'>Lire aussi | <a>Les agriculteurs "
            f"manifestent à Paris</a></p>{_p(_RETRAITES[2])}{_p(_RETRAITES[3])}<p class='article__footer-single'>"
            "Le Quotidien avec AFP</p></section><section class='article__reactions'><h3>Contribuer</h3>"
            "<p>Réutiliser ce contenu</p></section></article></main>")
    return Saved("lemonde-like", _doc(head, body, html_attrs='lang="fr"').encode(),
                 {"title": t, "source": "Le Quotidien", "date": "2025-02-11", "author": "Claire Dubois"}, _RETRAITES,
                 ["Lecture 3 min", "réservé aux abonnés", "Offrir cet article", "Lire aussi", "manifestent à Paris",
                  "Réutiliser ce contenu", "Ajouter à vos sélections"], min_paras=4)


_BAHN = ["Die Deutsche Bahn will bis 2030 rund 2000 Bahnhöfe modernisieren, teilte der Konzern am Montag in Berlin "
         "mit.",
         "Das Programm soll vor allem kleinere Stationen auf dem Land barrierefrei machen.",
         "\u201eWir haben zu lange zu wenig investiert\u201c, sagte Bahnchefin Eva Krüger.",
         "Der Bund beteiligt sich mit rund vier Milliarden Euro an den Kosten."]


def spiegel_like() -> Saved:
    """A German weekly: a kicker and headline in one ``<h2>``, 'Zur Merkliste hinzufügen', 'Artikel verschenken',
    a 'Foto: … / dpa' caption, 'Anzeige', a 'Mehr zum Thema' box inside the story."""
    t = "Bahn will 2000 Bahnhöfe modernisieren"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": "2025-07-14T12:01:00+02:00", "author": [{"@type": "Person", "name": "Jonas Becker"}],
          "publisher": {"@type": "Organization", "name": "Der Wochenblick"}}
    body = (f"<main><article><header><h2><span>Sanierungsprogramm</span><span>{t}</span></h2><div class="
            "'leading-loose'>Die Bahn kündigt ein großes Programm an.</div><div>Von <a>Jonas Becker</a></div>"
            "<time datetime='2025-07-14 12:01:00'>14.07.2025, 12.01 Uhr</time><button>Zur Merkliste hinzufügen"
            "</button><button>Artikel verschenken</button></header><figure><img src='b.jpg'><figcaption>Bahnhof "
            "in Brandenburg Foto: Patrick Pleul / dpa</figcaption></figure><section data-area='body'>"
            f"{_p(_BAHN[0])}{_p(_BAHN[1])}<div class='ad'><span>Anzeige</span></div>{_p(_BAHN[2])}"
            "<div data-area='related_articles'><h3>Mehr zum Thema</h3><ul><li><a>Verspätungen: So schlecht war die "
            f"Bahn noch nie</a></li></ul></div>{_p(_BAHN[3])}</section><div><span>Feedback</span><p>Haben Sie einen "
            "Fehler gefunden?</p></div></article></main>")
    return Saved("spiegel-like", _doc(f"<title>{t} - Der Wochenblick</title>" + _ld(ld), body,
                                      html_attrs='lang="de"').encode(),
                 {"title": t, "source": "Der Wochenblick", "date": "2025-07-14", "author": "Jonas Becker"}, _BAHN,
                 ["Merkliste", "verschenken", "Foto:", "Anzeige", "Mehr zum Thema", "So schlecht"], min_paras=4)


_VIVIENDA = ["El Gobierno aprobó este martes un plan para construir 20.000 viviendas de alquiler asequible en los "
             "próximos cuatro años.",
             "Las viviendas se levantarán en suelo público cedido por los ayuntamientos, según el Ministerio de "
             "Vivienda.",
             "\u201cEs el mayor esfuerzo en vivienda pública en una década\u201d, afirmó la ministra, Lucía Moreno.",
             "La oposición criticó que el plan llega tarde y es insuficiente."]


def elpais_like() -> Saved:
    """A Spanish daily: 'Compartir en Whatsapp', 'Copiar enlace', a 'Más información' box, 'Suscríbete para
    seguir leyendo', 'Archivado En' tags and 'Normas'."""
    t = "El Gobierno aprueba un plan de 20.000 viviendas de alquiler"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": "2025-05-20T14:30:00+02:00", "author": {"@type": "Person", "name": "Marta Ruiz"},
          "publisher": {"@type": "Organization", "name": "El Diario Central"}}
    body = (f"<main><article><h1>{t}</h1><h2 class='a_st'>El Ministerio de Vivienda cederá suelo público</h2>"
            "<div class='a_md'><a>Marta Ruiz</a><span>Madrid - 20 may 2025 - 14:30 CEST</span></div>"
            "<div class='a_sh'><a>Compartir en Whatsapp</a><a>Compartir en Facebook</a><a>Copiar enlace</a></div>"
            f"<div class='a_c'>{_p(_VIVIENDA[0])}{_p(_VIVIENDA[1])}{_p(_VIVIENDA[2])}<div class='a_mi'><h3>Más "
            f"información</h3><ul><li><a>El precio del alquiler sube un 10%</a></li></ul></div>{_p(_VIVIENDA[3])}"
            "</div><div class='a_rs'><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p></div>"
            "<div class='a_k'><span>Archivado En</span><a>Vivienda</a><a>Alquiler</a></div>"
            "<div class='a_nt'><a>Normas \u203a</a></div></article></main>")
    return Saved("elpais-like", _doc(f"<title>{t} | El Diario Central</title>" + _ld(ld), body,
                                     html_attrs='lang="es"').encode(),
                 {"title": t, "source": "El Diario Central", "date": "2025-05-20", "author": "Marta Ruiz"}, _VIVIENDA,
                 ["Compartir", "Copiar enlace", "Más información", "precio del alquiler", "Suscríbete",
                  "Lee sin límites", "Archivado En", "Normas"], min_paras=4)


_BUSHFIRE = ["Firefighters have contained a bushfire that burned through 4,000 hectares west of the city, the "
             "state's fire service says.",
             "Residents of three towns were told on Sunday night it was safe to return home.",
             "\u201cCrews have worked around the clock in very difficult conditions,\u201d fire service commissioner "
             "Rob Keane said.",
             "Investigators are still trying to work out what started the fire."]


def abc_like() -> Saved:
    """An Australian broadcaster: 'Posted 13h ago', a 'Key points:' list, a video player's 'Loading...',
    'Topics:' and 'Top Stories' after the story."""
    t = "Bushfire west of the city contained after burning 4,000 hectares"
    head = (f"<title>{t} - ABN News</title><meta property='og:site_name' content='ABN News'>"
            "<meta property='article:published_time' content='2025-01-12T22:10:00+00:00'>"
            "<meta name='author' content='Lucy Tran'>")
    body = (f"<main><article><h1>{t}</h1><div class='byline'>By Lucy Tran</div><div><span>Posted </span><time "
            "datetime='2025-01-12T22:10:00+00:00'>13h ago</time></div><div class='keypoints'><h2>Key points:</h2>"
            "<ul><li>The fire burned 4,000 hectares</li><li>Residents can return home</li><li>The cause is unknown"
            f"</li></ul></div><div id='body'>{_p(_BUSHFIRE[0])}{_p(_BUSHFIRE[1])}<div class='player'><p>Loading..."
            f"</p></div>{_p(_BUSHFIRE[2])}{_p(_BUSHFIRE[3])}</div><div class='topics'><h3>Topics:</h3><a>bushfire"
            "</a>, <a>emergency-incidents</a></div><div><h2>Top Stories</h2><ul><li><a>Interest rates to stay on "
            "hold</a></li></ul></div></article></main>")
    return Saved("abc-like", _doc(head, body).encode(),
                 {"title": t, "source": "ABN News", "date": "2025-01-12", "author": "Lucy Tran"}, _BUSHFIRE,
                 ["Posted", "13h ago", "Loading...", "Topics:", "emergency-incidents", "Top Stories", "Interest rates"],
                 [("Keane|commissioner", "around the clock")], min_paras=4)


def all_reader() -> list[Saved]:
    """Every page of this set."""
    return [interview_qa(), french_canadian_bom(), german_windows_1252(), correction_and_picks(),
            related_list_in_body(), next_data_only(), singlefile_data_uris(), paywall_full_in_jsonld(),
            br_inside_one_p(), screen_reader_text(), mhtml_windows_1252(), amp_live_list(), cbc_like(), lemonde_like(),
            spiegel_like(), elpais_like(), abc_like()]


if __name__ == "__main__":
    print(f"{len(write_saved(Path(sys.argv[1]), all_reader()))} pages written to {sys.argv[1]}")
