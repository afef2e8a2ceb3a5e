"""Pages saved behind a paywall are marked partial, their prompt kept out of the text; whole pages are not.

Every page is written here, in the markup of a kind of publishing system: a WordPress paywall plugin, Piano's
offer box, an Arc XP page that declares its word count, Ghost, Substack, a registration wall, Le Monde's
'the rest is for subscribers', a Medium members-only story. The guards: an article about paywalls, a whole
story with a newsletter box, a subscription advertisement below a whole story, a subscriber's own save.
"""

from __future__ import annotations

import json

import pytest
from app_helpers import app_for, settle
from cli_inprocess import run_main

from briefing.index.ingest import load_path
from briefing.index.ingest.paywall import teaser_only, without_prompt
from briefing.tui.widgets.article_view import BEHIND_PAYWALL

PARAS = [
    "The county council voted on Tuesday to close two of its five recycling centres from April, saying the "
    "sites cost more to run than any other service it offers.",
    "Residents in the northern villages will have to drive up to 40 minutes to the nearest remaining site, "
    "according to figures the council published alongside the decision.",
    "\u201cWe did not take this lightly, but the budget left us no other choice,\u201d said Marta Lindqvist, "
    "who leads the council's environment committee.",
    "Opposition councillors said the closures would lead to more fly-tipping on rural roads and in lay-bys.",
    "The council says it will review the decision after a year, once it has figures on how often the "
    "remaining sites are used and whether dumping has risen.",
    "A petition against the closures has gathered more than 6,000 signatures since it was started in "
    "January by a parish council near the coast.",
]
TITLE = "Council to close two recycling centres from April"


def page(body: str, *, ld: dict | None = None, head: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
            "datePublished": "2025-02-18T08:00:00Z", "author": {"@type": "Person", "name": "Owen Pryce"},
            "publisher": {"@type": "Organization", "name": "County Herald"}, **(ld or {})}
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE} | County Herald</title>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/subscribe'>Subscribe</a></nav>"
            f"</header><main><article><h1>{TITLE}</h1>{body}</article></main>"
            "<footer><p>\u00a9 2025 County Herald</p></footer></body></html>")


def ps(paras: list[str], cls: str = "") -> str:
    return "".join(f"<p{f' class={cls!r}' if cls else ''}>{p}</p>" for p in paras)


TEASERS = {
    "wordpress-leaky": page(ps(PARAS[:2]) + "<div class='leaky_paywall_message_wrap'><div id='leaky_paywall_message'>"
                            "<p>This content is for subscribers only.</p><p><a href='/subscribe'>Subscribe</a> | "
                            "<a href='/login'>Log in</a></p></div></div>"),
    "piano-offer": page(ps(PARAS[:3]) + "<div class='tp-container-inner'><div class='offer'><h2>You\u2019ve reached "
                        "your limit of free articles this month.</h2><p>Get full access for \u00a31 a week.</p>"
                        "<button>Subscribe now</button></div></div>", ld={"isAccessibleForFree": "False"}),
    "arc-wordcount": page("<div class='article-body'>" + ps(PARAS[:2]) + "</div><div class='paywall'></div>",
                          ld={"isAccessibleForFree": False, "wordCount": 850}),
    "ghost": page("<section class='gh-content'>" + ps(PARAS[:2]) + "</section><aside class='gh-post-upgrade-cta'>"
                  "<div class='gh-post-upgrade-cta-content'><h2>This post is for paying subscribers only</h2>"
                  "<a class='gh-btn' href='#/portal/signup'>Subscribe now</a><p>Already have an account? "
                  "<a href='#/portal/signin'>Sign in</a></p></div></aside>"),
    "substack": page("<div class='available-content'><div class='body markup'>" + ps(PARAS[:3]) + "</div></div>"
                     "<div class='paywall'><h2 class='paywall-title'>Keep reading with a 7-day free trial</h2>"
                     "<p>Subscribe to County Letters to keep reading this post and get 7 days of free access to "
                     "the full post archives.</p><a class='button'>Start trial</a></div>"),
    "regwall": page("<div class='story-text'>" + ps(PARAS[:2]) + "</div><div class='regwall-box'><h3>Sign in or "
                    "create a free account to continue reading.</h3><button>Create account</button></div>"),
    "lemonde": page(ps(PARAS[:2]) + "<p class='article__status'>Il vous reste 78% de cet article \u00e0 lire. "
                    "La suite est r\u00e9serv\u00e9e aux abonn\u00e9s.</p><a class='btn'>S\u2019abonner</a>"),
    "medium": page("<section>" + ps(PARAS[:3]) + "</section><div class='meteredContent'><h2>Member-only story</h2>"
                   "<p>The author made this story available to Medium members only.</p><p>If you\u2019re new to "
                   "Medium, create a new account to read this story on us.</p></div>"),
    "memberpress": page(ps(PARAS[:2]) + "<div class='mepr-unauthorized-message'><p>You need to be a member to see "
                        "this content. Log in to read the full article.</p></div>"),
    "blox": page(ps(PARAS[:2]) + "<div class='subscriber-only'><p>This article is available to subscribers only."
                 "</p><p>Already a subscriber? Log in</p></div>"),
    "cut-mid-sentence": page(ps(PARAS[:2] + ["Opposition councillors said the closures would lead to more "
                                             "fly-tipping on"]) + "<div class='cta'><p>Subscribe to continue "
                             "reading</p></div>"),
    "drupal-gate": page("<div class='field-body'>" + ps(PARAS[:2]) + "</div><div class='premium-content-gate'><p>"
                        "This article is exclusive to subscribers.</p><a>Subscribe</a></div>"),
}

WHOLE = {
    "about-paywalls": page(ps(PARAS[:2] + [
        "Most regional papers now put their stories behind a paywall, and readers who hit it see a box that "
        "says \u201cSubscribe to continue reading\u201d or \u201cThis article is for subscribers only\u201d.",
        "The council's own newsletter, by contrast, is free, and officials said they wanted residents to read "
        "the plans in full before the consultation closes."] + PARAS[2:])),
    "newsletter-box": page(ps(PARAS) + "<aside class='newsletter-signup'><h3>Get the Morning Herald</h3><p>The "
                           "day's top stories in your inbox. Subscribe to our free newsletter.</p><form><input "
                           "type='email'><button>Subscribe</button></form></aside>"),
    "advert-below": page(ps(PARAS) + "<div class='promo'><p>Subscribe to keep reading</p><p>Unlimited access "
                         "to every story from \u00a31 a week.</p></div>"),
    "subscriber-save": page("<div class='paywall'>" + ps(PARAS) + "</div>", ld={"isAccessibleForFree": False}),
    "login-in-header": page(ps(PARAS), head="").replace("<nav>", "<div class='account'>Already a subscriber? <a "
                                                         "href='/login'>Log in</a></div><nav>"),
    "free-declared": page("<div class='story-paywall'>" + ps(PARAS) + "</div>", ld={"isAccessibleForFree": True}),
    "subscribers-in-story": page(ps(PARAS + ["The Herald's 40,000 subscribers will get a guide to the remaining "
                                                 "sites with Saturday's paper."])),
    "continue-to-page-2": page(ps(PARAS) + "<p class='pager'><a href='?page=2'>Continue reading</a></p>"),
    "meter-count": page("<div class='meter'>You have 3 free articles left this month.</div>" + ps(PARAS)
                        + "<div class='meter-bar'>You have read 2 of your 5 free articles this month.</div>"),
    "donation-appeal": page(ps(PARAS) + "<aside class='donate'><h3>Support our journalism</h3><p>Become a member "
                            "to keep reading independent news free for everyone.</p><button>Donate</button></aside>"),
    # a paywall library's script on a free story, and an advertisement below it
    "paywall-script": page(ps(PARAS), head="<script>window.paywall = {enabled: false};</script>").replace(
        "<footer>", "<div class='promo'><p>Subscribe to continue reading</p></div><footer>"),
    # a last line without a full stop that is a caption or a list's item, not a sentence a paywall cut
    "caption-last": page(ps(PARAS + ["The sites that will close, in pictures"]) + "<div class='cta'><p>Subscribe "
                         "to keep reading</p></div>"),
    "list-last": page(ps(PARAS + ["The sites that stay open are:"]) + "<ul><li>Northgate</li><li>Harbour Road</li>"
                      "</ul><div class='cta'>Log in to continue reading</div>"),
    # a last paragraph that ends on a quote's mark, a bracket, an ellipsis, a dash, an address or a credit line
    **{f"last-{n}": page(ps(PARAS + [last]) + "<div class='cta'><p>Subscribe to keep reading</p></div>") for n, last in (
        ("quote", "\u201cWe will keep listening,\u201d she said, \u201cand so will the parish councils\u201d"),
        ("bracket", "The remaining sites open from 8am to 6pm on weekdays (9am to 4pm at weekends)"),
        ("ellipsis", "As one resident put it outside the meeting, it was always going to end this way\u2026"),
        ("dash", "Asked whether the council would close more sites, Ms Lindqvist said only: \u2014"),
        ("address", "A map of the sites that remain open can be found at countyherald.example/recycling"),
        ("amended", "This article was amended on 19 February 2025 to correct the number of sites that close"),
        ("credit", "Additional reporting by Ann Lee and Tom Reed in Northgate and Harbour Road"))},
    # the story's own last sentence holds a prompt's words
    "prompt-words-in-story": page(ps(PARAS + ["A new app lets residents unlock the full story of each site's "
                                              "history through an audio tour."])),
}


def _read(tmp_path, name: str, html: str):
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    (article,) = load_path(path)
    return article


@pytest.mark.parametrize("name", sorted(TEASERS))
def test_a_teaser_behind_a_paywall_is_partial_without_its_prompt(tmp_path, name):
    a = _read(tmp_path, name, TEASERS[name])
    assert a.partial == "paywall"
    assert a.title == TITLE and a.body.startswith(PARAS[0]) and a.source == "County Herald"
    low = a.body.lower()
    for prompt in ("subscri", "reading", "members", "limit of free", "abonn", "sign in", "account"):
        assert prompt not in low, prompt


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_whole_story_is_not_partial(tmp_path, name):
    a = _read(tmp_path, name, WHOLE[name])
    assert a.partial is None
    assert PARAS[-1] in a.body and PARAS[0] in a.body


def test_the_reason_a_text_is_a_teaser():
    body = "\n\n".join(PARAS[:2])
    shown = " ".join([*PARAS[:2], "Subscribe to continue reading"])
    nodes = list
    assert teaser_only(body, 60, shown, False, nodes) is False  # undeclared, a whole sentence: an advertisement
    assert teaser_only(body, 60, shown, True, nodes) is True  # the page declares a paywall
    cut = body + " and the"
    assert teaser_only(cut, 62, shown + " and the", False, nodes) is True  # the text stops mid-sentence
    before = " ".join(["Subscribe to continue reading", *PARAS[:2]])
    assert teaser_only(body, 60, before, False, nodes) is False  # the text goes on past the prompt
    long = "\n\n".join(PARAS * 12)
    assert teaser_only(long, 900, " ".join(PARAS * 12) + " This article is for subscribers.", True, nodes) is False
    assert teaser_only(body, 60, " ".join(PARAS[:2]), True, lambda: [{"wordCount": "400"}]) is True
    assert teaser_only(body, 60, " ".join(PARAS[:2]), False, lambda: [{"wordCount": "400"}]) is False


def test_prompt_search_is_linear_on_hostile_text():
    shown = "subscribe " * 20_000 + "to continue " * 10_000 + "you have reached your " * 5_000
    body = "\n\n".join(PARAS)
    assert teaser_only(body, 120, shown, True, list) is False  # (a quadratic search would not finish)
    assert teaser_only(body, 120, shown + " subscribe to continue reading", True, list) is True
    tail = "\n\n".join(["subscribe to keep " * 8] * 4000)
    assert without_prompt(body + "\n\n" + tail) == body + "\n\n" + tail


def test_only_a_prompt_and_the_short_offers_after_it_leave_the_text():
    story = "\n\n".join(PARAS)
    # a prompt's line followed by the story's paragraphs: nothing is cut
    assert without_prompt("Register to keep reading for free\n\n" + story) == "Register to keep reading for free\n\n" + story
    assert without_prompt(PARAS[0] + "\n\nSign in to continue reading\n\n" + "\n\n".join(PARAS[1:])).endswith(PARAS[-1])
    # a sentence of the story that holds a prompt's words stays
    own = story + "\n\nA new app lets residents unlock the full story of each site's history."
    assert without_prompt(own) == own
    # a prompt that opens its sentence goes, with the offers after it
    assert without_prompt(story + "\n\nPlease subscribe to continue reading.\n\nSubscribe now\n\nAlready a "
                          "subscriber? Log in") == story


def _briefing(*args):
    return run_main(*args)


def test_show_and_search_json_say_partial(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "teaser.html").write_text(TEASERS["ghost"], encoding="utf-8")
    (corpus / "whole.html").write_text(WHOLE["newsletter-box"].replace("recycling", "waste"), encoding="utf-8")
    where = ["--corpus", str(corpus), "--index-dir", str(ix)]
    assert _briefing("index", *where).returncode == 0
    shown = json.loads(_briefing("show", "teaser", "--json", *where).stdout)
    assert shown["partial"] == "paywall"
    assert json.loads(_briefing("show", "whole", "--json", *where).stdout)["partial"] is None
    hits = {h["id"]: h for h in map(json.loads, _briefing("search", "council", "--json", *where).stdout.splitlines())}
    assert hits["teaser"]["partial"] == "paywall" and hits["whole"]["partial"] is None
    text = _briefing("show", "teaser", *where).stdout
    assert "partial: behind a paywall" in text
    assert "partial" not in _briefing("show", "whole", *where).stdout


async def _reader_header(tmp_path, page: str, width: int):
    """The reader's header lines for ``page``, saved as the corpus's one article, searched and opened in the app
    (the article shown is asserted to be partial, behind a paywall)."""
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "teaser.html").write_text(page, encoding="utf-8")
    app = app_for(ix, corpus=corpus)
    async with app.run_test(size=(width, 35)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"recycling", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one("#reader")
        assert view.article is not None and view.article.partial == "paywall"
        return list(view._header)


async def test_the_reader_header_says_partial_behind_a_paywall(tmp_path):
    lines = await _reader_header(tmp_path, TEASERS["piano-offer"], 120)
    header = " ".join(" ".join(line.plain for line in lines).split())
    assert BEHIND_PAYWALL in header and header.index(BEHIND_PAYWALL) < header.index("\u2500")


HOSTILE_TITLE = "[bold red]Council[/] \x1b[31mto close[link=https://x.example]two[/link] sites\x07"


def _hostile_teaser() -> str:
    return TEASERS["ghost"].replace(TITLE, HOSTILE_TITLE).replace("Owen Pryce", "[blink]Owen[/] Pryce\x1b]8;;x\x07")


def test_show_prints_a_partial_articles_markup_as_text(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "teaser.html").write_text(_hostile_teaser(), encoding="utf-8")
    where = ["--corpus", str(corpus), "--index-dir", str(ix)]
    assert _briefing("index", *where).returncode == 0
    out = _briefing("show", "teaser", *where).stdout
    assert "\x1b" not in out and "\x07" not in out  # (no control sequence reaches the terminal)
    assert "[bold red]Council[/]" in out and "[link=https://x.example]two[/link]" in out and "[blink]Owen[/]" in out
    assert "partial: behind a paywall" in out


async def test_the_reader_header_of_a_partial_article_shows_markup_as_text(tmp_path):
    lines = await _reader_header(tmp_path, _hostile_teaser(), 160)
    header = " ".join(" ".join(line.plain for line in lines).split())
    spans = [span for line in lines for span in line.spans]
    assert "[bold red]Council[/]" in header and "[blink]Owen[/]" in header and BEHIND_PAYWALL in header
    assert "\x1b" not in header and "\x07" not in header
    assert not any("link" in str(span.style) or "blink" in str(span.style) or "red" in str(span.style) for span in spans)
