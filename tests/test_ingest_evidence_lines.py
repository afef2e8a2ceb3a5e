"""What a line needs to be more than text: a byline opened by a foreign byline word above an English story needs a
person's name after it ('Von Ryan Express Returns' is a heading); a taxonomy line under an ordinary word ('Labels:
Organic, Fair Trade') is furniture only outside the story's text, as a list of links or in an element named for it
(one under a CMS's word, 'Tags: …', wherever it stands); a date half in another language ('7 de March 2025') is read;
and the one definition of a taxonomy line decides the edge cases the furniture rules once read their own way."""

from __future__ import annotations

import time

import pytest

from briefing.index.ingest import parse_html
from briefing.index.ingest.byline import as_by_line, parse_byline
from briefing.index.ingest.fields import parse_date
from briefing.index.ingest.lines import is_furniture_line, without_furniture_lines
from briefing.index.ingest.taxonomy import is_taxonomy_line

_TRAIN = ["The sleeper train to the coast will run again next summer, the rail company said on Monday after a long "
          "campaign by its fans.",
          "The train last ran in 1998 and its carriages were sold to a museum in the north of the country.",
          "\u201cWe never thought we would see it move again,\u201d said volunteer Dora Pickett, who spent six years on "
          "the restoration."]


def _page(inside: str, paras=_TRAIN, lang: str = "en", title: str = "Sleeper train back on the rails") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><title>{title} | Rail Weekly</title></head><body><header><a href="/">Rail '
            f'Weekly</a></header><main><article><h1>{title}</h1>{inside}{body}</article></main></body></html>')


@pytest.mark.parametrize("heading", ["Von Ryan Express Returns", "Par Jean Vineyard Tour Sells Out",
                                     "Por Carlos Bridge Reopens Today"])
@pytest.mark.parametrize("tag", ["h2", "p"])
def test_a_heading_opened_by_a_foreign_byline_word_above_an_english_story_is_no_byline(extractor, heading, tag):
    out = parse_html(_page(f"<{tag}>{heading}</{tag}>"))
    assert "author" not in out
    assert out["body"].split("\n\n")[0] == heading


@pytest.mark.parametrize("line, author", [
    ("Von Anna Roe", "Anna Roe"), ("Von Anna Maria Roe", "Anna Maria Roe"), ("Par Jean de la Roe", "Jean de la Roe"),
    ("Von Anna Roe und Karl Stein, dpa", "Anna Roe and Karl Stein")])
def test_a_foreign_byline_word_before_a_person_s_name_is_a_byline_above_an_english_story_too(extractor, line, author):
    out = parse_html(_page(f"<p>{line}</p>"))
    assert out["author"] == author and out["body"].split("\n\n") == _TRAIN


def test_the_heading_reads_as_a_byline_above_a_story_in_another_language():
    """The name's shape is asked only where the word is no byline word of the story's language."""
    assert as_by_line("Von Ryan Express Returns") == "By Ryan Express Returns"
    assert as_by_line("Von Ryan Express Returns", english=True) == "Von Ryan Express Returns"
    assert parse_byline("Von Ryan Express Returns", english=True) is None
    assert parse_byline("Von Anna Roe", english=True).author == "Anna Roe"


_COFFEE = ["The cooperative now sells three blends of coffee grown by its members in the hills above the town.",
           "Labels: Organic, Fair Trade",
           "Both marks took four years to earn, and the cooperative says they add a fifth to what a sack fetches.",
           "\u201cThe label is what the buyers ask about first,\u201d said Rosa Mejia, who chairs the cooperative."]


def test_a_taxonomy_like_line_amid_the_story_stays(extractor):
    out = parse_html(_page("", _COFFEE, title="Coffee cooperative earns its marks"))
    assert out["body"].split("\n\n") == _COFFEE


@pytest.mark.parametrize("row", ["<p>Labels: <a href='/l/organic'>Organic</a>, <a href='/l/fair'>Fair Trade</a></p>",
                                 '<div class="post-labels">Labels: Organic, Fair Trade</div>',
                                 '<p class="cats">Categories: Organic, Fair Trade</p>'])
def test_a_taxonomy_line_as_links_or_in_its_named_element_amid_the_story_is_furniture(extractor, row):
    paras = [_COFFEE[0], *_COFFEE[2:]]
    html = _page("", paras, title="Coffee cooperative earns its marks").replace(f"<p>{paras[1]}", f"{row}<p>{paras[1]}")
    assert parse_html(html)["body"].split("\n\n") == paras


@pytest.mark.parametrize("where", ["end", "start"])
def test_a_taxonomy_line_outside_the_story_s_text_is_furniture(where):
    paras = [_COFFEE[0], *_COFFEE[2:]]
    lines = [*paras, "Labels: Organic, Fair Trade"] if where == "end" else ["Topics: Coffee, Farming", *paras]
    assert without_furniture_lines("\n".join(lines)).split("\n\n") == paras


@pytest.mark.parametrize("line, sure, furniture", [
    ("Tags: parking, council", True, True), ("Filed under: Local Government", True, True),
    ("Posted in: Transport | Roads", True, True), ("Labels: Organic, Fair Trade", False, False),
    ("Categories: Politics, Local News", False, False), ("Etiquetas: ecológico, comercio justo", False, False),
    # the edge cases the furniture rules once read their own way: a clause or a long single item is text
    ("Tags: the council said the charges were fair", None, False),
    ("Filed under: what the council will decide about parking next week", None, False),
    ("Posted in: Transport; Roads; the mayor has said the plan will go ahead", None, False)])
def test_one_definition_of_a_taxonomy_line(line, sure, furniture):
    assert is_taxonomy_line(line) == (sure is not None)
    assert is_taxonomy_line(line, sure=True) == bool(sure)
    assert is_furniture_line(line) == furniture


@pytest.mark.parametrize("text, day", [
    ("7 de March 2025", "2025-03-07"), ("7. March 2025", "2025-03-07"), ("7 di marzo 2025", "2025-03-07"),
    ("7th of March, 2025", "2025-03-07"), ("Publicado el 7 de December de 2026, 10:30", "2026-12-07"),
    ("7 de may 2025", "2025-05-07"), ("2026年12月7日", "2026-12-07"), ("2026년 12월 7일", "2026-12-07")])
def test_a_date_half_in_another_language_is_read(text, day):
    assert parse_date(text).isoformat() == day


@pytest.mark.parametrize("text", ["7 de Marc 2025", "31 de February 2025", "7 of the 12 in 2025", "7 de Mars 2025x"])
def test_a_month_name_must_be_whole_and_the_day_real(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("body", [
    "Labels: " + "a, " * 30_000, "\n".join(f"Labels: tag {i}, other {i}" for i in range(20_000)),
    "Von " + "Anna " * 20_000, "7 de " * 20_000 + "March 2025", ("1 " + "de " * 5) * 20_000])
def test_hostile_lines_stay_linear(body):
    start = time.process_time()
    without_furniture_lines(body)
    parse_date(body)
    as_by_line(body, english=True)
    parse_byline(body[:200], english=True)
    assert time.process_time() - start < 5
