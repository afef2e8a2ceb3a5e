"""The comparison of two articles and the story of the same two agree: the same claims in both, the same
possible contradictions (one notion of each, in ``briefing.index.compare``), through the core and the CLI."""

from __future__ import annotations

import json

import pytest

from briefing.index.cli import main as cli_main
from briefing.index.compare import compare_articles
from briefing.index.library import open_library
from briefing.index.stories.claims import align_story, find_story
from story_factory import BRIDGE, write_article


def _views(lib, a_id: str, b_id: str):
    story, articles, quotes = find_story(lib, a_id)
    assert {x.id for x in articles} == {a_id, b_id}, "the two articles make one story of two"
    view = align_story(story, articles, quotes)
    cmp = compare_articles(lib.article(a_id), lib.article(b_id))
    return cmp, view


def _pairs(cmp, view, a_id):
    """Both views' claims and contradictions as pairs of sentence starts (the first article's first)."""
    claims_c = {(cmp.sentences_a[p.a].start, cmp.sentences_b[p.b].start) for p in cmp.pairs}
    claims_s = set()
    for c in view.claims:
        by = {s.article_id: s.start for s in c.sentences}
        claims_s.add((by[cmp.a_id], by[cmp.b_id]))
    contra_c = {(cmp.sentences_a[x.a].start, cmp.sentences_b[x.b].start, tuple(x.reasons)) for x in cmp.contradictions}
    contra_s = set()
    for x in view.contradictions:
        a, b = (x.a, x.b) if x.a.article_id == a_id else (x.b, x.a)
        contra_s.add((a.start, b.start, tuple(x.reasons)))
    return claims_c, claims_s, contra_c, contra_s


def test_seed_pair_gives_the_same_counts_in_compare_and_story(seeds_library):
    a, b = sorted(seeds_library.article_ids())
    cmp, view = _views(seeds_library, a, b)
    s = cmp.summary
    assert s.shared_claims == s.shared + s.similar == len(cmp.pairs) == len(view.claims)
    assert s.contradictions == len(view.contradictions)
    claims_c, claims_s, contra_c, contra_s = _pairs(cmp, view, a)
    assert claims_c == claims_s
    assert {(x, y) for x, y, _ in contra_c} == {(x, y) for x, y, _ in contra_s}
    # what the seeds contradict each other on: the report that the firms were ordered to suspend their
    # purchases against the sources who said they were not instructed to halt them (and nothing else)
    texts = [(cmp.sentences_a[x.a].text, cmp.sentences_b[x.b].text) for x in cmp.contradictions]
    assert any("have been ordered" in ta and "not instructed to halt" in tb for ta, tb in texts)
    assert all("not instructed to halt" in tb for _, tb in texts)


@pytest.mark.parametrize("first,second", [("gazette-bridge", "wire-bridge"), ("gazette-bridge", "ledger-bridge")])
def test_two_outlets_give_the_same_claims_and_contradictions_in_compare_and_story(tmp_path, first, second):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (first, second):
        write_article(corpus, name, *BRIDGE[name])
    with open_library(corpus, tmp_path / "index") as lib:
        cmp, view = _views(lib, first, second)
    claims_c, claims_s, contra_c, contra_s = _pairs(cmp, view, first)
    assert claims_c == claims_s and cmp.summary.shared_claims == len(view.claims)
    assert contra_c == contra_s and cmp.summary.contradictions == len(view.contradictions) >= 1
    reasons = {r for _, _, rs in contra_c for r in rs}
    if second == "wire-bridge":  # "approved the repair design" / "has not approved the repair design"
        assert any(r.startswith("negation") for r in reasons)
    else:  # "About 30,000 vehicles" / "About 13,000 vehicles": one claim, different figures
        assert "different figures: 30,000 vs 13,000" in reasons


def test_the_cli_compare_and_story_print_the_same_counts(seeds_dir, tmp_path, capsys):
    from briefing.index.config import seeds_dir as _seeds

    a, b = sorted(p.stem for p in _seeds().glob("*.txt"))
    args = ["--index-dir", str(tmp_path / "index")]
    assert cli_main(["compare", a, b, "--json", *args]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert cli_main(["story", a, "--json", *args]) == 0
    story = json.loads(capsys.readouterr().out)
    assert summary["shared_claims"] == len(story["claims"]) > 0
    assert summary["contradictions"] == len(story["contradictions"]) > 0
    assert cli_main(["compare", a, b, *args]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{len(story['claims'])} shared claims (" in out
    assert f"{len(story['contradictions'])} possible contradictions" in out
