"""What the saved-page rules (mail headers, taxonomy and role lines, foreign bylines and dates, furniture lines, the
story a script-data list names) must leave alone: an e-mail a story quotes, English sentences that open like a tag
line or a foreign byline, an Italian surname above an English story, a street address in a sentence; a page whose
data lists several stories none of which it names is refused with a reason and a remedy; and hostile pages of a
few megabytes aimed at each rule are read in roughly linear time without a traceback."""

from __future__ import annotations

import json
import time
from html import escape

import pytest

from briefing.index.errors import BriefingError
from briefing.index.ingest import load_path
from briefing.index.ingest.decode import Unusable
from briefing.index.ingest.html import parse_html
from briefing.index.ingest.mailheaders import saved_mail
from briefing.index.ingest.prose_language import english_prose

_PARKING = ["The council voted on Tuesday to raise parking charges in the town centre by a fifth from April.",
            "Traders said the rise would drive shoppers to the retail park outside town, where parking is free.",
            "\u201cWe are already struggling,\u201d said Ruth Allen, who runs a bakery on the high street.",
            "The council said the money would pay for repairs to the multi-storey car park."]


def _ps(paras) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)


def _post(paras, title: str = "Parking charges to rise by a fifth", lang: str = "en", above: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>{title} | Town Post</title></head><body><header><a href="/">Town '
            f'Post</a></header><main><article><h1>{title}</h1>{above}<div class="entry-content">{_ps(paras)}</div>'
            "</article></main><footer>About us</footer></body></html>")


# --- an e-mail a story quotes is the story's text ---------------------------------------------------------------

_LEAK = ["The e-mail, sent to every councillor on the eve of the vote and seen by the Town Post, read:",
         "From: Mark Hughes", "Subject: Parking charges", "Date: Sun, 2 Mar 2025 21:14:00 +0000",
         "We need to keep the figures quiet until after the vote on Tuesday."]


@pytest.mark.parametrize("at", [0, 1])
def test_an_email_a_story_quotes_keeps_its_header_lines(extractor, at):
    paras = _PARKING[:at] + _LEAK + _PARKING[at:]
    out = parse_html(_post(paras))
    assert out["body"].split("\n\n") == paras
    if extractor == "fallback":  # (trafilatura guesses a date from the text on its own)
        assert "date" not in out


def test_a_saved_mail_is_told_by_its_place_or_its_subject():
    header = "Subject: Issue 12\nFrom: Harbour Lines <hl@news.example>\nDate: Mon, 7 Dec 2026 07:02:11 +0000\n"
    assert saved_mail(header + "The harbour stays shut.", "Anything")
    assert saved_mail("Preview text of the issue\n" + header + "The harbour stays shut.", "Issue 12")
    quoted = "Town Post\nHarbour to stay shut\nThe e-mail read:\n" + header + "The harbour stays shut."
    assert not saved_mail(quoted, "Harbour to stay shut")


# --- English sentences that open like furniture or a foreign byline ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Di Maria scored twice as the visitors came from behind to win at the stadium on Saturday night.",
    "Von der Leyen said the commission would publish its plan for the car industry next month.",
    "Par for the course, said residents, who have seen charges rise three times in five years.",
    "Topics: we covered parking, buses and the new cycle lanes at length in the meeting.",
    "Tags: the council said nothing on Tuesday about who would pay for the new signs.",
    "The crash happened at 1200 Main St., Springfield, IL 62701, just after the lights changed."])
def test_an_english_sentence_that_opens_like_furniture_stays(extractor, line):
    paras = [line, *_PARKING]
    out = parse_html(_post(paras))
    assert out["body"].split("\n\n") == paras
    assert "author" not in out


_MATCH = ["Benfica came from behind to beat Porto 2-1 at the Estadio da Luz on Saturday night in front of a full house.",
          "The winger curled in the equaliser just after the break and headed the winner with four minutes to go.",
          "\u201cHe is still the best player in this league,\u201d said the Benfica coach after the game.",
          "Porto stay top of the table on goal difference but have lost two of their last three league games."]


@pytest.mark.parametrize("heading", ["Di Maria Double Sinks Porto", "Di Matteo Sacked After Derby Defeat"])
@pytest.mark.parametrize("tag", ["p", "h2"])
def test_an_italian_surname_heading_above_an_english_story_is_no_byline(extractor, heading, tag):
    html = (f'<html lang="en"><head><title>Benfica beat Porto | Sports Daily</title></head><body><main><article>'
            f"<h1>Benfica beat Porto</h1><{tag}>{heading}</{tag}>{_ps(_MATCH)}</article></main></body></html>")
    out = parse_html(html)
    assert "author" not in out
    assert heading in out["body"]


_ROMA = ["Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico nel centro storico della città.",
         "Le auto non potranno più entrare nella zona della stazione dalle sette alle dieci del mattino.",
         "\u00abÈ una scelta che aspettavamo da anni\u00bb, ha detto il presidente del comitato dei residenti.",
         "Il piano entrerà in vigore il primo giugno e sarà rivisto dopo sei mesi di prova."]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_an_italian_byline_above_an_italian_story_still_names_its_author(extractor, lang):
    html = (f'<html lang="{lang}"><head><title>Approvato il piano del traffico | Gazzetta di Valle</title></head><body>'
            "<main><article><h1>Approvato il piano del traffico</h1><p>Di Marco Bellini</p>"
            f"{_ps(_ROMA)}</article></main></body></html>")
    out = parse_html(html)
    assert out["author"] == "Marco Bellini"
    assert out["body"].split("\n\n") == _ROMA


def test_english_prose_is_told_from_other_languages():
    assert english_prose(" ".join(_MATCH)) and english_prose(" ".join(_PARKING))
    assert not english_prose(" ".join(_ROMA))
    assert not english_prose("Der Stadtrat hat am Dienstag die Parkgebühren erhöht, und die Händler sind nicht froh "
                             "über die Pläne, die mit den Stimmen der Mehrheit beschlossen wurden.")
    assert not english_prose("Short.")


# --- a data list of stories none of which the page names -------------------------------------------------------

def _story(n: int, slug: str) -> dict:
    return {"headline": f"Harbour wall number {n} repaired ahead of the winter storms",
            "url": f"https://islandnews.example/2025/02/2{n}/{slug}", "publishedAt": f"2025-02-2{n}T07:00:00Z",
            "body": [{"type": "paragraph", "text": f"Workers finished the repairs to harbour wall number {n} on "
                      "Friday afternoon after three weeks of work."},
                     {"type": "paragraph", "text": f"The wall number {n} had been damaged in storms that hit the "
                      "island in January and flooded the road."}]}


def _feed(n: int) -> str:
    data = {"props": {"pageProps": {"feed": [_story(i % 9 + 1, f"harbour-wall-{i}-repaired") for i in range(n)]}}}
    return ('<!DOCTYPE html><html lang="en"><head><title>Island News</title></head><body><div id="__next"></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>')


def test_a_feed_of_stories_the_page_does_not_name_is_refused_with_its_reason_and_remedy(tmp_path, extractor):
    path = tmp_path / "page.html"
    path.write_text(_feed(3), encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        load_path(path)
    message = str(caught.value)
    assert "no main text" in message and "3 stories" in message and "neither the page's title nor its address" \
        in message and "open the article from its link and save that page" in message


def test_a_page_without_any_story_keeps_the_plain_reason(extractor):
    with pytest.raises(Unusable) as caught:
        parse_html('<html><head><title>Island News</title></head><body><nav><a href="/">Home</a></nav></body></html>')
    assert caught.value.detail == "no main text found in the HTML"


# --- hostile pages of a few megabytes ---------------------------------------------------------------------------

def _hostile_page(kind: str) -> str:
    if kind == "feed":
        return _feed(10_000)
    if kind == "headers":
        lines = "".join(f"<p>From: sender{i}@mail.example</p><p>Subject: issue {i}</p>" for i in range(20_000))
        return _post(["From: Mark Hughes", "Subject: Parking"]).replace("</article>", lines + "</article>")
    line = {"tags": "Tags: tag {i}, other {i}, third {i}",
            "dates": "{d}. Dezember {y} und 7 de diciembre de 2026",
            "roles": "Von unserem Korrespondenten Hans Meier{i}, Brüssel",
            "addresses": "{a} Main Street Suite {i}, Springfield, IL 62701",
            "bylines": "Di Marco Bellini{i} e Luca Rossi"}[kind]
    lines = "".join("<p>" + line.format(i=i, d=i % 28 + 1, y=2000 + i % 26, a=i % 9000 + 1) + "</p>"
                    for i in range(30_000))
    return _post([*_PARKING[:1], lines, *_PARKING[1:]]) if kind == "tags" else _post(_PARKING, above=lines)


@pytest.mark.parametrize("kind", ["tags", "headers", "dates", "roles", "addresses", "bylines", "feed"])
def test_hostile_pages_aimed_at_each_rule_read_without_a_traceback(monkeypatch, kind):
    """Read by the fallback parser, so that the time is the rules' own (trafilatura's date search, htmldate, grows
    faster than the page on some of these shapes, with or without these rules)."""
    from briefing.index.ingest import html as html_ingest

    monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    html = _hostile_page(kind)
    assert 1_000_000 < len(html) < 6_000_000
    start = time.process_time()
    try:
        out = parse_html(html)
    except Unusable as exc:  # (a page of furniture alone has no text: said, not raised as a traceback)
        assert exc.detail.startswith("no main text")
    else:
        assert isinstance(out["body"], str)
    assert time.process_time() - start < 60.0
