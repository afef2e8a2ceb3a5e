"""A story claim by claim: N-way alignment, contradictions, speakers, Markdown and the CLI, on a real index."""

from __future__ import annotations

import json

import pytest

from briefing.index.cli import main as cli_main
from briefing.index.compare import compare_articles
from briefing.index.library import open_library
from briefing.index.stories.claims import align_story, find_story
from briefing.index.stories.markdown import story_markdown
from briefing.index.stories.speakers import canonical_names
from story_factory import make_story_corpus, write_article


@pytest.fixture
def bridge(tmp_path):
    corpus = make_story_corpus(tmp_path / "corpus")
    with open_library(corpus, tmp_path / "index") as lib:
        story, articles, quotes = find_story(lib, "gazette-bridge")
        yield align_story(story, articles, quotes), {a.id: a for a in articles}


def claim_with(view, fragment):
    return next(c for c in view.claims + view.only if any(fragment in s.text for s in c.sentences))


def test_the_same_claim_is_found_in_every_outlet_despite_reordering_and_rewording(bridge):
    view, articles = bridge
    vote = claim_with(view, "voted 7 to 2 on Tuesday")
    assert vote.outlets == ["Channel 9", "Daily Ledger", "Metro Wire", "Riverton Gazette"]
    assert vote.sentences[0].source == "Riverton Gazette"  # the most central article's wording leads
    start = claim_with(view, "Repair work on the Harbor Street bridge is scheduled")  # the Ledger's first sentence
    assert {s.source for s in start.sentences} >= {"Daily Ledger", "Riverton Gazette"}
    assert any("Work is scheduled to begin in June and to finish" in s.text for s in start.sentences)
    for c in view.claims + view.only:
        assert len({s.article_id for s in c.sentences}) == len(c.sentences)  # one sentence per article
        for s in c.sentences:
            assert articles[s.article_id].body[s.start:s.end] == s.text
    changed = [t.text for s in vote.sentences[1:] for t in s.tokens if t.op != "same"]
    assert changed  # wording differences are marked word by word


def test_claims_only_one_outlet_has(bridge):
    view, _ = bridge
    moss = claim_with(view, "Residents are relieved")
    assert moss in view.only and moss.outlets == ["Metro Wire"]
    rushed = claim_with(view, "This is a rushed decision")
    assert rushed in view.only and rushed.outlets == ["Daily Ledger"]
    assert all(len(c.outlets) >= 2 for c in view.claims)


def test_contradictions_between_outlets_with_reasons(bridge):
    view, _ = bridge
    by_pair = {(x.a.source, x.b.source, x.a.text[:20], x.b.text[:20]): x.reasons for x in view.contradictions}
    figures = [r for (sa, sb, ta, _), r in by_pair.items() if ta.startswith("About 30,000")]
    assert figures and "30,000" in figures[0][0] and "13,000" in figures[0][0]
    denial = [x for x in view.contradictions if "has not approved" in x.b.text and "approved the repair design" in x.a.text]
    assert denial and denial[0].reasons[0].startswith("negation")
    assert not any("voted 7 to 2" in x.a.text and "has not approved" in x.b.text for x in view.contradictions)


def test_speakers_per_outlet_are_canonical(bridge):
    view, _ = bridge
    speakers = {o.source: o.speakers for o in view.speakers}
    okafor = {name for names in speakers.values() for name in names if "Okafor" in name}
    assert len(okafor) == 1  # "Okafor" (Metro Wire) and "Mayor Linda Okafor" are one speaker
    assert "Janet Moss" in speakers["Metro Wire"] and not any("Moss" in n for n in speakers["Daily Ledger"])
    assert all(q.speaker in {n for names in speakers.values() for n in names} for q in view.quotes)


def test_canonical_names_merge_by_containment_but_not_ambiguous_surnames():
    got = canonical_names(["James Comey", "Comey", "FBI Director James Comey", "Hillary Clinton", "Bill Clinton",
                           "Clinton", "Donald Trump", "Donald J. Trump"])
    assert got["Comey"] == got["James Comey"] == "FBI Director James Comey"
    assert got["Clinton"] == "Clinton" and got["Bill Clinton"] == "Bill Clinton"
    assert got["Donald Trump"] == "Donald J. Trump"


def test_markdown_export_holds_claims_outlets_and_quotes(bridge):
    view, _ = bridge
    md = story_markdown(view)
    assert md.startswith("## ")
    assert "### Claims carried by several outlets" in md and "### Claims only one outlet has" in md
    assert "  - Outlets: Channel 9, Daily Ledger, Metro Wire, Riverton Gazette" in md
    assert "### Quotes" in md and "Residents are relieved" in md and "### Possible contradictions" in md


def test_seed_story_agrees_with_the_pairwise_comparison(seeds_library):
    a, b = sorted(seeds_library.article_ids())
    story, articles, quotes = find_story(seeds_library, a)
    view = align_story(story, articles, quotes)
    pairwise = compare_articles(seeds_library.article(a), seeds_library.article(b))
    starts = {(c.sentences_a[p.a].start, c.sentences_b[p.b].start)
              for c in [pairwise] for p in c.pairs}
    together = set()
    for c in view.claims:
        by = {s.article_id: s.start for s in c.sentences}
        if a in by and b in by:
            together.add((by[a], by[b]))
    assert len(starts & together) >= 0.8 * len(starts)
    assert any("rose 5%" in s.text for c in view.claims for s in c.sentences)


def test_story_cli_json_markdown_rich_and_errors(tmp_path, capsys):
    corpus = make_story_corpus(tmp_path / "corpus")
    write_article(corpus, "hostile", "[bold]Evil[/bold] Outlet", "2024-01-01", "Nothing to see",
                  ["A [link=http://x]sentence[/link] with \x1b[31mcolour\x1b[0m and [bold]markup[/bold] in it."])
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert cli_main(["story", "wire-bridge", *args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"story", "claims", "only", "contradictions", "speakers", "quotes"}
    assert data["story"]["id"].startswith("st-") and len(data["story"]["articles"]) == 4
    story_id = data["story"]["id"]
    assert cli_main(["story", story_id, *args, "--markdown"]) == 0
    assert "### Claims carried by several outlets" in capsys.readouterr().out
    assert cli_main(["story", "hostile", *args]) == 0  # an article alone is a story of one article
    out = capsys.readouterr().out
    assert "[bold]markup[/bold]" in out and "\x1b[31m" not in out
    assert " · 1 article · " in out and "1 articles" not in out and "0 possible contradictions" in out
    assert cli_main(["story", "no-such-thing", *args]) == 1
    assert "no story or article with id 'no-such-thing'" in capsys.readouterr().err


def test_the_app_summary_counts_in_the_right_number(tmp_path):
    """A story of one article reads "1 article · 1 outlet"; one contradiction, "1 possible contradiction"."""
    from briefing.tui.widgets.story_matrix import summary

    corpus = make_story_corpus(tmp_path / "corpus")
    write_article(corpus, "alone", "Lone Outlet", "2024-01-01", "A lone report", ["Nothing else reports this."])
    with open_library(corpus, tmp_path / "index") as lib:
        alone = align_story(*find_story(lib, "alone"))
        bridge = align_story(*find_story(lib, "gazette-bridge"))
    assert " 1 article · 1 outlet · " in summary(alone).plain and "0 possible contradictions" in summary(alone).plain
    assert bridge.contradictions
    one = summary(bridge.model_copy(update={"contradictions": bridge.contradictions[:1]})).plain
    assert one.endswith(" 1 possible contradiction") and "4 articles · 4 outlets" in one
