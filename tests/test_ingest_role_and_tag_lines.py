"""Lines a story's page sets in its text that are neither the story nor its author: a CMS's taxonomy line
('Categories: …', 'Tags: …', 'Filed under: …') inside the body's container, and a reporter's role written as its
own line under the byline in German, French, Spanish, Italian or Portuguese ('Von unserer Korrespondentin', 'De
notre envoyé spécial à Kiev'), whose name, when it holds one, is the author. Both read in linear time."""

from __future__ import annotations

import time

import pytest

from briefing.index.ingest.byline import author_names
from briefing.index.ingest.html import parse_html
from briefing.index.ingest.rolelines import role_line
from briefing.index.ingest.taxonomy import is_taxonomy_line

_PARKING = ["The council voted on Tuesday to raise parking charges in the town centre by a fifth from April.",
            "Traders said the rise would drive shoppers to the retail park outside town, where parking is free.",
            "\u201cWe are already struggling,\u201d said Ruth Allen, who runs a bakery on the high street.",
            "The council said the money would pay for repairs to the multi-storey car park."]


def _post(inside: str, paras=_PARKING, lang: str = "en", title: str = "Parking charges to rise by a fifth",
          above: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + inside + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (f'<html lang="{lang}"><head><title>{title} | Town Post</title></head><body><header><a href="/">Town '
            f'Post</a></header><main><article><h1>{title}</h1>{above}<div class="entry-content">{body}</div>'
            "</article></main><footer>About us</footer></body></html>")


@pytest.mark.parametrize("inside", [
    '<p class="cats">Categories: <a href="/c/politics">Politics</a>, <a href="/c/local">Local News</a></p>',
    '<p><strong>Filed Under:</strong> <a href="/c/x">Local Government</a>, <a href="/c/y">Transport</a></p>',
    "<p>Tags: <a>parking</a> | <a>council</a> | <a>town centre</a></p>",
    "<p>Tags: Mr. Smith, U.S. politics, parking</p>",
    "<p>Tags: " + ", ".join(f"<a>tag number {i}</a>" for i in range(20)) + "</p>",
    "<p>Labels: <a>council</a>, <a>parking</a>, <a>high street</a></p>",
    '<div class="post-labels">Labels: council, parking, high street</div>',
    "<p>Schlagwörter: Parken, Stadtrat, Innenstadt</p>", "<p>Mots-clés : stationnement, conseil municipal</p>",
    '<p>Etiquetas: <a href="/e/1">aparcamiento</a>, <a href="/e/2">ayuntamiento</a></p>'])
def test_a_taxonomy_line_inside_the_body_container_is_left_out(extractor, inside):
    assert parse_html(_post(inside))["body"].split("\n\n") == _PARKING


@pytest.mark.parametrize("line", [
    "Categories of spending that rose fastest were parking and street lighting.",
    "Topics: what the council will discuss at its meeting next week",
    "Tags: the council said the charges were fair and would stay.", "Keywords: parking is what everyone asks about!"])
def test_a_sentence_opened_by_a_taxonomy_word_is_text(extractor, line):
    assert not is_taxonomy_line(line)
    assert line in parse_html(_post(f"<p>{line}</p>"))["body"].split("\n\n")


_DE = ["Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich kürzen, wie aus einem "
       "Entwurf hervorgeht.", "Die Branche reagierte mit scharfer Kritik auf die Pläne des Wirtschaftsministeriums.",
       "\u201eDas ist ein fatales Signal an alle Hausbesitzer\u201c, sagte Verbandschef Martin Keller am Montag.",
       "Der Entwurf soll im Dezember im Kabinett beraten werden."]
_FR = ["Les bombardements ont repris dans la nuit de dimanche à lundi sur plusieurs quartiers de la capitale.",
       "Les habitants ont passé une grande partie de la nuit dans les abris du métro.",
       "\u00ab Nous n'avons presque pas dormi \u00bb, raconte Olena, une enseignante de quarante ans.",
       "Les autorités municipales ont annoncé l'ouverture de nouveaux centres de chauffage."]


@pytest.mark.parametrize("lang, above, lines, author", [
    ("de", '<p class="byline">Von Anna Schmidt</p>', ["Von unserer Korrespondentin in Brüssel"], "Anna Schmidt"),
    ("de", '<div class="author">Anna Schmidt</div>', ["Von unserem Redaktionsmitglied"], "Anna Schmidt"),
    ("de", "", ["Von Anna Schmidt", "Von unserer Korrespondentin"], "Anna Schmidt"),
    ("de", "", ["Von unserem Korrespondenten Hans Meier, Brüssel"], "Hans Meier"),
    ("de", '<div class="byline"><span>Von Anna Schmidt</span><span>Korrespondentin in Brüssel</span></div>', [],
     "Anna Schmidt"),
    ("fr", "<p class='byline'>Par Marc Dubois</p>", ["De notre envoyé spécial à Kiev"], "Marc Dubois"),
    ("fr", "<p class='byline'>Par Marc Dubois</p>", ["De nos envoyés spéciaux à Kiev et Kharkiv"], "Marc Dubois"),
    ("fr", "", ["De notre envoyé spécial à Kiev"], None), ("fr", "", ["Par Marc Dubois, envoyé spécial à Kiev"],
                                                          "Marc Dubois"),
    ("fr", "", ["De notre envoyé spécial à Kiev, Marc Dubois"], "Marc Dubois")])
def test_a_role_line_under_the_byline_is_neither_text_nor_author(extractor, lang, above, lines, author):
    paras = _DE if lang == "de" else _FR
    page = _post("", lines + paras, lang, "Regierung kürzt Förderung" if lang == "de" else "Kiev sous les bombes",
                 above)
    got = parse_html(page)
    assert got["body"].split("\n\n") == paras
    assert got.get("author") == author


@pytest.mark.parametrize("line, name", [
    ("De nuestro corresponsal en Bruselas", None), ("Dal nostro inviato a Kiev", None),
    ("Do nosso correspondente em Lisboa", None), ("De notre correspondante à Berlin, Claire Martin", "Claire Martin"),
    ("Von unserem Korrespondenten in Porto Alegre", None)])
def test_role_lines_in_five_languages(line, name):
    assert role_line(line) == (True, name)


@pytest.mark.parametrize("line", [
    "Von Anna Schmidt", "De notre côté, rien ne change.", "Von unserer Seite gibt es keine Einwände.",
    "Dal nostro punto di vista", "De notre envoyé spécial, on apprend que les combats ont repris dans la nuit."])
def test_lines_that_open_like_a_role_line_are_not_one(line):
    assert role_line(line) == (False, None)


def test_a_role_glued_to_the_name_is_no_part_of_the_author():
    assert author_names("Anna SchmidtKorrespondentin in Brüssel") == "Anna Schmidt"


@pytest.mark.parametrize("line", [
    "Tags: " + "a, " * 30_000, "Tags: " + "x" * 100_000, "Von unserer Korrespondentin " + "in Aa " * 20_000,
    "De notre envoyé spécial à " + "Kiev-" * 20_000, "Par Marc " + "Dubois " * 20_000])
def test_hostile_lines_are_read_in_linear_time(line):
    start = time.process_time()
    for _ in range(20):
        is_taxonomy_line(line)
        role_line(line)
        role_line(line[:119])
    assert time.process_time() - start < 2.0
