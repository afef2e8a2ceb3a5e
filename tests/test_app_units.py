"""Pure pieces of the app: reflow, highlight spans, row rendering, config files."""

from __future__ import annotations

from rich.text import Text

from briefing.index.models import Quote, SearchHit, Snippet, Span
from briefing.index.highlight import highlight_spans
from briefing.tui.config import AppConfig, AppState, app_dir, load_config, load_state, save_state
from briefing.tui.render import quote_prompt, result_prompt
from briefing.tui.widgets.layout_text import line_of, reflow


def test_reflow_keeps_offsets_and_width(seed_texts):
    body = next(iter(seed_texts.values()))
    for width in (20, 47, 80):
        lines = reflow(body, width)
        assert all(ln.end - ln.start <= width for ln in lines)
        shown = "".join(body[ln.start:ln.end] for ln in lines)
        assert "".join(shown.split()) == "".join(body.split())  # nothing lost, nothing repeated
        assert all(not body[ln.start:ln.end][:1].isspace() for ln in lines)
        for i, ln in enumerate(lines):
            if ln.end > ln.start:
                assert line_of(lines, ln.start) == i


def test_reflow_splits_a_word_longer_than_the_line():
    body = "x" * 25 + " tail end"
    lines = reflow(body, 10)
    assert [body[ln.start:ln.end] for ln in lines] == ["x" * 10, "x" * 10, "xxxxx tail", "end"]


def test_highlight_spans_stem_prefix_and_fields():
    text = "Chips and chipmakers: the H20 chip. U.S. officials met Reuters."
    got = [text[s.start:s.end] for s in highlight_spans(text, "chip* h20 source:reuters OR officials")]
    assert got == ["Chips", "chipmakers", "H20", "chip", "officials"]
    assert [text[s.start:s.end] for s in highlight_spans(text, ["chip"])] == ["Chips", "chip"]
    assert highlight_spans(text, "") == []


def test_highlight_spans_phrases_negations_and_half_typed_queries():
    text = "Gordon Brown met Mr Brown. The brown budget; Gordon and Brown said. Gordon R. Brown budgets."
    def marked(query):
        return [(text[s.start:s.end], s.start) for s in highlight_spans(text, query)]

    # a phrase is one match, from its first word to its last; never its words alone
    assert [w for w, _ in marked('"gordon brown" budget')] == ["Gordon Brown", "budget", "budgets"]
    assert [w for w, _ in marked('"gordon brown"~2')] == ["Gordon Brown", "Gordon and Brown", "Gordon R. Brown"]
    assert len(marked('"gordon brown" OR brown')) == 5  # the word asked for alone: everywhere
    assert marked('"gordon brown" NOT budget') == marked('"gordon brown"')  # a negated word is not marked
    assert [w for w, _ in marked('budgt~ is:unread source:brown')] == ["budget", "budgets"]
    assert [w for w, _ in marked('"gordon brown')] == [w for w, _ in marked("gordon brown")]  # half typed: its words
    row = quote_prompt(Quote(id="q", article_id="a", text=text, start=0, end=len(text), kind="direct"),
                       query='"gordon brown"')
    styled = [row.plain[s.start:s.end] for s in row.spans if "e5c07b" in str(s.style)]
    assert styled == ["Gordon Brown"]  # and no lone Brown


def test_rows_are_text_not_markup():
    hit = SearchHit(id="a", path="a.txt", title="[bold]T[/bold]", source="[red]S",
                    snippets=[Snippet(start=10, end=20, text="[@click=x]", highlights=[Span(start=11, end=17)])])
    t = result_prompt(hit)
    assert isinstance(t, Text) and "[bold]T[/bold]" in t.plain and "[@click=x]" in t.plain
    assert any(s.start == t.plain.index("@click") for s in t.spans)
    q = Quote(id="q", article_id="a", text="[b]hi\x1b[0m", start=0, end=5, kind="direct", speaker="[i]Ann")
    p = quote_prompt(q, "Title", selected=True, marks="✎ [red]my note").plain
    assert p.startswith("● [i]Ann") and "“[b]hi␛[0m”" in p and "✎ [red]my note" in p


def test_config_and_state_round_trip(isolated_env):
    assert load_config() == AppConfig()
    (app_dir()).mkdir(parents=True)
    (app_dir() / "config.json").write_text('{"keymap": {"briefing.quit": "ctrl+q"}, "theme": "nord"}')
    assert load_config().keymap == {"briefing.quit": "ctrl+q"}
    save_state(AppState(query="chips", article_id="x", sidebar_width=50))
    assert load_state().query == "chips" and load_state().sidebar_width == 50
    (app_dir() / "state.json").write_text("{not json")
    assert load_state() == AppState()


def test_counts_are_written_with_thousands_separated():
    from briefing.index.sanitize import counted

    assert counted(2000, "article") == "2,000 articles" and counted(1, "quote") == "1 quote"
    assert counted(1234567, "match", "matches") == "1,234,567 matches"


def test_story_columns_skip_a_leading_the_and_a_legend_names_them():
    from briefing.tui.widgets.story_matrix import header

    wide = header(["The Harbour Post", "Reuters"], 120).plain.splitlines()
    assert wide[0].split() == ["Har", "Reu", "claim"]
    assert wide[1] == "Har The Harbour Post · Reu Reuters"
    narrow = header(["The Harbour Post", "Reuters"], 80).plain.splitlines()
    assert narrow[0].split() == ["A", "B", "claim"] and narrow[1] == "A The Harbour Post · B Reuters"
