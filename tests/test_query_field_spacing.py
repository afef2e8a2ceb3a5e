"""A field name followed by a space (``date: (2015 OR 2016)``, ``date:> 2016``, ``title: minister``) is
read as plain Whoosh reads it: the word ``date`` (``title``), then the rest in every field; no ``date:``
rewrite reads across the space, and the query gets a warning that says so."""

from __future__ import annotations

import itertools

import pytest

from briefing.index.errors import QueryError
from briefing.index.library import open_library
from briefing.index.query_check import query_problems
from briefing.index.query_dates import normalize_dates, relative_dates
from briefing.index.search import parse_query
from whoosh_reference import compare

SPACES = [" ", "  ", "\t", "\n", "\u3000"]
OPERATORS = ["", ">", ">=", "<", "<=", "=>", "=<"]
VALUES = ["2016", "2016-10", "2016-10-15", "(2015 OR 2016)", "( 2015 OR 2016 )", "[2015 to 2016]", '"2016"',
          "'2016 10'", "yesterday", "'last tuesday'", "garbage", '(2015 OR "2016")', "2016^2", "-2016"]


def _forms() -> list[str]:
    out = []
    for space, op, value in itertools.product(SPACES, OPERATORS, VALUES):
        out.append(f"date:{op}{space}{value}")
        if op:
            out.append(f"date:{space}{op}{value}")
    for space, value in itertools.product(SPACES[:2], VALUES[:8]):
        out += [f"minister date:{space}{value}", f"DATE:{space}{value} talks", f'"a b" date:{space}{value}',
                f"(talks OR date:{space}{value})", f"title:{space}{value}", f"source:{space}{value}"]
    return out


@pytest.fixture(scope="module")
def parser():
    from briefing.index.engine.schema import build_schema
    from briefing.index.search import make_parser

    return make_parser(build_schema())


@pytest.mark.parametrize("text", _forms())
def test_a_space_after_the_field_reads_as_plain_whoosh(parser, text):
    assert normalize_dates(text) == text
    assert repr(parse_query(parser, text)) == repr(parser.parse(text))


@pytest.mark.parametrize("text", ["date:( 2015 OR 2016", "date:( 2015", "date:(", "x date:(", "date:((", "date:(title:x 2015",
                                  "date:(OR 2015", "date:(\t2016 OR 2015"])
def test_a_date_group_left_open_before_a_space_reads_as_plain_whoosh(parser, text):
    """Whoosh reads the first part of a ``date:(`` left open as a date; a space first leaves none: the word
    "date" and the rest in every field (refused before, as a date that cannot be read)."""
    assert repr(parse_query(parser, text)) == repr(parser.parse(text))


@pytest.mark.parametrize("text", ["date:()", "date:( )", "date:(()"])
def test_an_empty_date_group_is_nothing_to_search_as_in_whoosh(parser, text):
    assert parse_query(parser, text) is None and repr(parser.parse(text)) == "<_NullQuery>"


@pytest.mark.parametrize("text, rewritten", [
    ("date: 2016 date:2015", "date: 2016 date:[20150101 to 20151231]"),
    ("date:> 2016 date:>2016", "date:> 2016 date:[20170101 to ]"),
    ("date: (2015 OR 2016) date:(2017)", "date: (2015 OR 2016) (date:[20170101 to 20171231])"),
    ('date: "2016" date:"2016 10"', 'date: "2016" date:[20161001 to 20161031]'),
    ("date:[ 2015 to 2016 ]", "date:[20150101 to 20161231]"),  # (inside the brackets a space is no matter)
])
def test_the_clause_right_after_a_colon_is_still_read_to_the_day(text, rewritten):
    assert normalize_dates(text) == rewritten


@pytest.mark.parametrize("text", ["date:", "date: ", "date:>", "(minister date:)", "date:>=  "])
def test_a_date_field_with_nothing_after_it_is_still_refused(text):
    with pytest.raises(QueryError, match="cannot understand the date"):
        normalize_dates(text)


def test_a_date_word_after_a_space_gets_no_relative_warning():
    assert relative_dates("date: yesterday") == []
    assert relative_dates("date:> yesterday") == []
    assert relative_dates("date:yesterday")


@pytest.mark.parametrize("text, name", [("date: 2016", "date"), ("date: (2015 OR 2016)", "date"),
                                        ("talks title:\tminister", "title"), ("source:  reuters", "source")])
def test_a_space_after_a_field_is_named_in_a_warning(text, name):
    problems = query_problems(text, {"title", "body", "date", "source"})
    assert [p for p in problems if p.startswith(f'space after "{name}:"')], problems


@pytest.mark.parametrize("text", ["date:(2015 OR 2016)", "date:(2016)", "title:(minister talks)", "date:2016"])
def test_a_field_group_gets_no_warning(text):
    assert query_problems(text, {"title", "body", "date"}) == []


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    from corpus_factory import write_jsonl_parts

    tmp = tmp_path_factory.mktemp("spacing")
    docs = [{"title": f"Date night {i}" if i % 3 == 0 else f"Harbour report {i}",
             "body": f"The council met in {2014 + i % 4} to discuss the date of the {2015 + i % 3} harbour vote.",
             "date": f"{2014 + i % 4}-0{1 + i % 9}-1{i % 10}", "source": "Gazette"} for i in range(24)]
    write_jsonl_parts(tmp / "corpus", docs, 3)
    lib = open_library(tmp / "corpus", tmp / "ix")
    yield lib
    lib.close()


@pytest.mark.parametrize("text, tight", [("date: (2015 OR 2016)", "date:(2015 OR 2016)"), ("date: 2016", "date:2016"),
                                         ("date:> 2015", "date:>2015"), ("date:>= 2016 harbour", "date:>=2016 harbour"),
                                         ('date: "2015"', 'date:"2015"'), ("harbour date:\t2017", "harbour date:2017")])
def test_searches_with_a_space_after_the_field_match_whoosh(library, text, tight):
    assert compare(library, text) == [] and compare(library, tight) == []
    assert {h.id for h in library.search(text, limit=50).hits} != {h.id for h in library.search(tight, limit=50).hits}


@pytest.mark.parametrize("text", ["is: read", "is:\tunread harbour", "harbour is:  read", "is: starred OR vote",
                                  "speaker: council", "who: council harbour"])
def test_briefings_own_fields_with_a_space_read_as_plain_whoosh(library, text):
    """``is: read`` is no reading-state filter, as ``speaker: x`` is no speaker filter and ``date: 2016`` no
    date: Whoosh's words, with the warning that names the field (``is: read`` was refused as ``is:``)."""
    from briefing.index.annotations.store import AnnotationStore

    AnnotationStore.open(library.corpus).mark_read(library.search("harbour", limit=1).hits[0].id)
    name = text.split(":")[0].split()[-1]
    result = library.search(text, limit=50)
    assert compare(library, text) == []
    assert {h.id for h in result.hits} == {h.id for h in library.search(text.replace(":", " "), limit=50).hits}
    assert [w for w in result.warnings if w.startswith(f'space after "{name}:"')], result.warnings


def test_is_read_without_a_space_is_still_the_filter(library):
    from briefing.index.annotations.store import AnnotationStore

    first = library.search("harbour", limit=1).hits[0].id
    AnnotationStore.open(library.corpus).mark_read(first)
    assert [h.id for h in library.search("is:read", limit=50).hits] == [first]
    assert len(library.search("is: read", limit=50).hits) != 1


@pytest.mark.parametrize("text", ["is:", "harbour is:"])
def test_is_with_nothing_after_it_is_the_word_as_speaker_is(library, text):
    assert compare(library, text) == []
    assert [w for w in library.search(text).warnings if w.startswith('nothing after "is:"')]
