"""A ``date:``, ``speaker:`` or ``is:`` inside quotes is part of a phrase, as plain Whoosh reads it: the
rewrites made before parsing leave quoted words alone (``index/query_quoted.py``)."""

from __future__ import annotations

import re

import pytest

from briefing.index.errors import QueryError
from briefing.index.library import open_library
from briefing.index.query_dates import normalize_dates, relative_dates
from briefing.index.query_quoted import mask_quoted, quoted_spans
from briefing.index.quotes.canonical import split_speaker_terms
from briefing.index.reading import split_is_terms
from corpus_factory import write_jsonl_parts
from whoosh_reference import compare

PHRASE_FORMS = [
    '"minister date:garbage"', '"minister date:2016"', '"minister date:2016-10-15"', '"date:>2016 talks"',
    '"talks date:[2016 to 2017]"', '"talks date:{2016 TO 2017}"', '"date:(2015 OR 2016) talks"',
    '"date:yesterday talks"', '"date:\'last tuesday\'"', '"date:2016/10/15 a"', '"a date:"', '"date:"',
    'talks "minister date:2016"', '"minister date:2016"~3', '"minister date:2016"^2', '("minister date:2016")',
    '(talks OR ("minister date:garbage" AND chips))', 'NOT "minister date:2016"', 'foo"minister date:2016"',
    '"a \\" date:2016 b"', '"a" "b date:2016" "c"', "'minister date:2016'", "talks 'date:garbage x'",
    'title:"minister date:2016"', 'body:"date:2016 talks"', '"DATE:2016 talks"', '"Date:garbage"',
    '"minister date:2016" "chips date:2017"', '"minister\tdate:2016"', '"minister date:-2016"',
    '"minister date:>=2016-10 talks" OR chips', '"minister date:2016 (talks"', '"date:2016)"',
    '"who:ana date:2016"', '"talks is:read date:2016"', 'date:(2016 OR "a date:2017"', 'date:(2016 "2017") "y date:1"', "date:'15 oct 2016' 'a date:1'",
]


@pytest.fixture(scope="module")
def parser():
    from briefing.index.engine.schema import build_schema
    from briefing.index.search import make_parser

    return make_parser(build_schema())


@pytest.mark.parametrize("text", PHRASE_FORMS)
def test_a_date_inside_quotes_parses_as_plain_whoosh_reads_it(parser, text):
    assert repr(parser.parse(normalize_dates(text))) == repr(parser.parse(text))


@pytest.mark.parametrize("text, rewritten", [
    ('"minister date:2016" date:2016', '"minister date:2016" date:[20160101 to 20161231]'),
    ('date:2016-10 "a date:2016"', 'date:[20161001 to 20161031] "a date:2016"'),
    ('"a date:x" date:(2015 OR "2016")', '"a date:x" (date:[20150101 to 20151231] OR date:[20160101 to 20161231])'),
    ('date:"2016 10" "date:2016"', 'date:[20161001 to 20161031] "date:2016"'),
    ('"unclosed date:2016', '"unclosed date:[20160101 to 20161231]'),  # (no phrase: Whoosh reads a date)
    ('"a \\" date:2016', '"a \\" date:[20160101 to 20161231]'),  # (no escapes in Whoosh: the phrase is `a \`)
    ("it's date:2016", "it's date:[20160101 to 20161231]"),
])
def test_dates_outside_quotes_are_still_rewritten(text, rewritten):
    assert normalize_dates(text) == rewritten


def test_an_unreadable_date_outside_quotes_is_still_refused():
    with pytest.raises(QueryError, match="cannot understand the date"):
        normalize_dates('"minister date:2016" date:garbage')


def test_a_date_word_inside_quotes_gets_no_relative_warning():
    assert relative_dates('"talks date:yesterday"') == []
    assert relative_dates('"talks" date:yesterday')


def test_quoted_spans_follow_whoosh_s_tokenizer():
    text = 'a "b c"~2 [x "y to z"] \'d e\' "open'
    assert [text[a:b] for a, b, _ in quoted_spans(text)] == ["b c", "d e"]
    assert [g for *_, g in quoted_spans('date:(2016 OR ("2017")) "x" title:("y" z)')] == ["date", "", "title"]
    masked, restore = mask_quoted(text, frozenset())
    assert "b c" not in masked and "d e" not in masked and restore(masked) == text


def test_speaker_and_is_terms_inside_quotes_are_words():
    assert split_speaker_terms('"the who:ana" speaker:"Ana Lima" who:bo') == ('"the who:ana"', ["Ana Lima", "bo"])
    assert split_is_terms('foo"a is:read" is:unread') == ('foo"a is:read"', [("unread", False)])
    assert split_is_terms("'is:bogus x' talks") == ("'is:bogus x' talks", [])


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("quoted")
    docs = [
        {"title": "Budget talks", "body": "The minister date garbage plan was read out. Talks went on.",
         "source": "Daily Wire", "date": "2016-03-04"},
        {"title": "Chips", "body": "A minister named a date in 2016 for the chips plan.", "source": "Post",
         "date": "2016-05-06"},
        {"title": "Harbour", "body": "The minister date 2016 list was short; who ana spoke.", "source": "Post",
         "date": "2017-01-02"},
        {"title": "Rail", "body": "Nothing about the minister here, only rail fares.", "source": "Daily Wire",
         "date": "2015-07-08"},
    ]
    write_jsonl_parts(tmp / "corpus", docs, 2)
    lib = open_library(tmp / "corpus", tmp / "ix")
    yield lib
    lib.close()


@pytest.mark.parametrize("text", [
    '"minister date:garbage"', '"minister date:2016"', '"minister date:2016" date:2017', 'talks "minister date:garbage"',
    '"who:ana spoke"', '"minister date:2016" OR "date:garbage plan"', "'minister date:2016' OR minister",
])
def test_searches_with_dates_inside_quotes_match_whoosh(library, text):
    assert compare(library, text, page=5) == []
    assert library.search(text, limit=5, correct=False).total > 0


def test_a_phrase_with_date_inside_finds_its_words(library):
    assert [h.title for h in library.search('"minister date:garbage"', correct=False).hits] == ["Budget talks"]


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    """Articles whose words a misspelt query is corrected to."""
    tmp = tmp_path_factory.mktemp("spelled")
    docs = [
        {"title": "Immigration bill", "body": "The immigration minister spoke about the harbour budget today.",
         "source": "Daily Wire", "date": "2016-03-04"},
        {"title": "Harbour works", "body": "Harbour workers met the minister over the budget for repairs.",
         "source": "Post", "date": "2016-05-06"},
    ]
    write_jsonl_parts(tmp / "corpus", docs, 1)
    lib = open_library(tmp / "corpus", tmp / "ix")
    yield lib
    lib.close()


@pytest.mark.parametrize("typed, suggested", [
    ('"immigraton minister"', '"immigration minister"'),
    ('(immigraton OR harbur) AND NOT rail', '(immigration OR harbour) AND NOT rail'),
    ('title:(immigraton)', 'title:(immigration)'),
    ('HEADLINE:"immigraton bill"', 'HEADLINE:"immigration bill"'),
    ('"immigraton minister"~2 -harbur', '"immigration minister"~2 -harbour'),
    ("'immigraton' budget", "'immigration' budget"),
    ('immigraton, budget', 'immigration, budget'),
    ('source:"Daly Wire" immigraton', 'source:"Daly Wire" immigration'),  # (a source is searched as typed)
    ('speaker:harbur immigraton', 'speaker:harbur immigration'),
])
def test_did_you_mean_keeps_the_query_s_structure(spelled, parser, typed, suggested):
    result = spelled.search(typed)
    assert result.total == 0 and result.corrected == suggested
    shape = [re.sub(r"'[^']*'|\"[^\"]*\"", "", repr(parser.parse(t))) for t in (typed, suggested)]
    assert shape[0] == shape[1]  # (the same query, its words aside)


def test_the_suggestion_finds_what_was_meant(spelled):
    suggestion = spelled.search('"immigraton minister" OR harbur').corrected
    assert suggestion == '"immigration minister" OR harbour'
    assert spelled.search(suggestion).total == 2


@pytest.mark.parametrize("message, typed, leaks", [
    ("briefing: warning: did you mean: immigration HEADLINE:", "immigraton HEADLINE:", False),
    ("cannot understand the query 'talks title:': no field", "talks title:", False),
    ("briefing: warning: nothing after \"title:\" — searched the word \"title\" instead\n", "title:", False),
    ("cannot understand the query 'KeyError talks': two operators in a row", "KeyError talks", False),
    ("cannot run the query 'x':", "x", True),  # (the reason left out)
    ("cannot run the query 'x': IndexError: list index out of range", "x", True),
    ('Traceback (most recent call last):\n  File "x.py", line 1', "x", True),
    ("cannot search 'x': <whoosh.query.Term object at 0x7f3a2c>", "x", True),
    ("briefing: warning: did you mean:", "x", True),
])
def test_the_fuzzer_tells_a_leak_from_the_user_s_text(message, typed, leaks):
    from whoosh_reference import names_python

    assert names_python(message, typed) is leaks
