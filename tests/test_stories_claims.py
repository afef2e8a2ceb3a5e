"""A story claim by claim: N-way alignment, contradictions, speakers, Markdown and the CLI, on a real index."""

from __future__ import annotations

import json

import pytest

from briefing.index.cli import main as cli_main
from briefing.index.compare import compare_articles
from briefing.index.library import open_library
from briefing.index.stories.claims import align_story, find_story
from briefing.index.stories.markdown import story_markdown
from briefing.index.quotes import extract_quotes
from briefing.index.stories.speakers import canonical_quotes
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


COMEY = {
    "usat-comey": ("USA Today", "2016-10-28", "FBI reopens Clinton e-mail probe", [
        "FBI Director James Comey told Congress on Friday that the bureau is reviewing new e-mails related to "
        "Hillary Clinton's private server.",
        '"The FBI cannot yet assess whether or not this material may be significant," FBI Director James Comey '
        "wrote in a letter to lawmakers.",
    ]),
    "politico-comey": ("Politico", "2016-10-28", "Comey letter reopens the Clinton e-mail case", [
        "The FBI is reviewing new e-mails related to Hillary Clinton's private server, Director James Comey told "
        "Congress on Friday.",
        '"The FBI cannot yet assess whether or not this material may be significant," Comey wrote.',
    ]),
    "nyt-comey": ("New York Times", "2016-10-29", "New e-mails in the Clinton case, Comey tells Congress", [
        "James Comey told Congress on Friday that the FBI is reviewing new e-mails related to Hillary Clinton's "
        "private server.",
        '"We don\'t know the significance of this newly discovered collection of e-mails," James Comey said.',
    ]),
}


def test_story_speakers_are_the_corpus_canonical_speakers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (source, date, title, sentences) in COMEY.items():
        write_article(corpus, name, source, date, title, sentences)
    with open_library(corpus, tmp_path / "index") as lib:
        story, articles, quotes = find_story(lib, "nyt-comey")
        view = align_story(story, articles, quotes)
        comey = lib.speaker_table().find("Comey")
        corpus_names = {s.name for s in lib.speakers()}
    assert len(comey) == 1  # "FBI Director James Comey", "Comey" and "James Comey": one speaker corpus-wide
    by_outlet = {o.source: o.speakers for o in view.speakers}
    assert set(by_outlet) == {"USA Today", "Politico", "New York Times"}
    assert all(list(names) == [comey[0].name] for names in by_outlet.values())  # the same name in every outlet
    assert {q.speaker for q in view.quotes} == {comey[0].name} <= corpus_names
    raw = [q for a in articles for q in extract_quotes(a.body, a.id)]  # outside a library: the same rule
    assert {q.speaker for q in canonical_quotes(raw) if q.speaker} == {comey[0].name}
    assert len({q.speaker_mention or q.speaker for q in raw if q.speaker}) > 1  # written three ways


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
