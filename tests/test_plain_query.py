"""The plain-shape parse gives the very query objects Whoosh's parser gives, and leaves the rest to it."""

from __future__ import annotations

import random
import re

import pytest

from briefing.index.engine.plain_query import parse_plain
from briefing.index.engine.schema import build_quote_schema, build_schema
from briefing.index.search import ARTICLE, QUOTE, make_parser, parse_query

SHAPES = ["economy", "Economy", "ECONOMY", "and", "oil  gas ", " oil", "2004", "econ*", "Econ*", "running*",
          'title:"world cup"', "title:econ*", 'body:"prime minister" blair', "oil oil", '"oil"', '"Running Fast"',
          '"oil" "oil"', "title:oil title:oil", "a*", "the the", '"the world cup" final', "author:smith",
          "source:bbc news", "1st 2nd 3rd", "blair election tax budget"]
WHOOSH_ONLY = ["oil AND gas", "oil OR gas", "NOT oil", "oil NOT gas", "oil ANDNOT gas", "AND", "TO", "(oil gas)",
               '"prime minister"~2', "oil^2", "oil~", "date:2004", "headline:oil", "x:oil", "url:x", "oil*gas",
               "e-mail", "U.S.", "Economy's", "café", "oil\tgas", "*", "title: oil", '"oil gas', "oil -gas", "+oil"]


def _walk(q):
    yield q
    for c in q.children():
        yield from _walk(c)


def _same(a, b) -> bool:
    """Equal queries, attribute for attribute (positions in the text included), all the way down."""
    if a != b or repr(a) != repr(b):
        return False
    nodes_a, nodes_b = list(_walk(a)), list(_walk(b))
    return len(nodes_a) == len(nodes_b) and all(
        type(x) is type(y) and {k: v for k, v in vars(x).items() if k != "subqueries"}
        == {k: v for k, v in vars(y).items() if k != "subqueries"} for x, y in zip(nodes_a, nodes_b))


def _queries(seeds_dir) -> list[str]:
    """The shapes above plus random mixes of words of the seed articles as words, prefixes, phrases, fields."""
    words = sorted({w for p in sorted(seeds_dir.glob("*.txt")) for w in re.findall(r"\S+", p.read_text(encoding="utf-8"))})
    rng = random.Random(7)
    out = list(SHAPES)
    for _ in range(1500):
        toks = []
        for _ in range(rng.randint(1, 4)):
            w, r = rng.choice(words), rng.random()
            if r < 0.1:
                w += "*"
            elif r < 0.2:
                w = f'"{w} {rng.choice(words)}"'
            elif r < 0.3:
                w = rng.choice(["title:", "body:", "source:", "author:"]) + w
            toks.append(w)
        out.append(" ".join(toks))
    return out


@pytest.mark.parametrize("doctype", [ARTICLE, QUOTE])
def test_plain_parse_is_whooshs_parse(seeds_dir, doctype):
    parser = make_parser(build_schema() if doctype == ARTICLE else build_quote_schema(), doctype)
    taken = 0
    for text in _queries(seeds_dir):
        q = parse_plain(parser, text)
        if q is not None:
            taken += 1
            assert _same(q, parser.parse(text)), text
    assert taken > 500  # the seed words are mostly plain: the fast parse is what runs


def test_plain_shapes_are_taken_and_others_left_to_whoosh():
    parser = make_parser(build_schema(), ARTICLE)
    assert all(parse_plain(parser, t) is not None for t in SHAPES)
    assert all(parse_plain(parser, t) is None for t in WHOOSH_ONLY)


def test_parse_query_takes_the_plain_parse(monkeypatch):
    """``parse_query`` gives Whoosh's query for plain shapes without calling Whoosh's parser."""
    parser = make_parser(build_schema(), ARTICLE)
    want = {text: parser.parse(text) for text in SHAPES}
    calls = []
    monkeypatch.setattr(parser, "parse", lambda text, *a, **k: calls.append(text))
    for text in SHAPES:
        assert _same(parse_query(parser, text), want[text]), text
    assert calls == []
