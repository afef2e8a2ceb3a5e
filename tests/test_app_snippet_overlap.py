"""Two snippets of one hit that overlap are shown as one run of text: their shared words once."""

from __future__ import annotations

from briefing.index.models import Snippet, Span
from briefing.tui.render import snippets_text



def _snip(body: str, start: int, end: int, words: list[str]) -> Snippet:
    spans = []
    for w in words:
        at = body.find(w, start)
        spans.append(Span(start=at, end=at + len(w)))
    return Snippet(start=start, end=end, text=body[start:end], highlights=spans)


def test_overlapping_snippets_join_without_repeating_words():
    body = "The harbour board met on Monday. The ferry timetable will change in May, the board said."
    first = _snip(body, 0, 60, ["harbour"])
    second = _snip(body, 33, len(body), ["ferry", "board"])
    text = snippets_text([second, first])
    assert text.plain == body, text.plain
    marked = {text.plain[s.start:s.end] for s in text.spans}
    assert marked == {"harbour", "ferry", "board"}, marked
    inside = _snip(body, 40, 50, ["timetable"])  # wholly shown already: left out
    assert snippets_text([first, second, inside]).plain == body
    apart = snippets_text([_snip(body, 0, 20, ["harbour"]), _snip(body, 40, 60, ["timetable"])])
    assert apart.plain == body[:20] + " … " + body[40:60]


def test_snippets_of_words_a_hundred_characters_apart_show_the_words_between_once():
    """Whoosh's fragments reach 60 characters either side of their words: two words 100 characters apart
    made two snippets sharing 20 characters, shown twice with ' … ' between them."""
    from briefing.index.engine.snippets import make_snippets

    head = "The council met in the old town hall. "
    body = head + "lighthouse " + "x" * 40 + " the treasurer " + "y" * 40 + " ferry " + "z" * 90
    at_a, at_b = body.index("lighthouse"), body.index("ferry")
    snips = make_snippets(body, [(at_a, at_a + 10, "lighthouse"), (at_b, at_b + 5, "ferry")])
    assert len(snips) == 2 and snips[1].start < snips[0].end, snips
    text = snippets_text(snips)
    assert text.plain.count("treasurer") == 1 and " … " not in text.plain, text.plain
    assert {text.plain[s.start:s.end] for s in text.spans} == {"lighthouse", "ferry"}


def test_a_snippet_starting_where_the_last_ends_continues_it_without_a_gap_mark():
    body = "alpha beta gamma delta"
    text = snippets_text([_snip(body, 11, 22, ["gamma"]), _snip(body, 0, 11, ["alpha"])])
    assert text.plain == body and " … " not in text.plain
    assert {text.plain[s.start:s.end] for s in text.spans} == {"alpha", "gamma"}


def test_merged_snippets_of_untrusted_text_stay_literal_and_mark_every_match():
    """Markup, escape sequences and non-ASCII in overlapping snippets of a word matched many times in a
    row: shown as written (control characters as visible symbols), every match marked, nothing else."""
    import re

    from briefing.index.engine.snippets import make_snippets

    body = ("Zürich council [bold]met[/bold] \x1b[31m today; the ferry ferry ferry board said "
            "[@click=app.quit]ferry[/] fares rise. " * 6) + "Über ferry 🙂 ferry café ferry."
    found = [(m.start(), m.end(), "ferry") for m in re.finditer("ferry", body)]
    snips = make_snippets(body, found)
    assert len(snips) > 1 and any(b.start < a.end for a, b in zip(snips, snips[1:])), snips
    text = snippets_text(snips)
    assert "\x1b" not in text.plain and "␛[31m" in text.plain
    assert "[bold]met[/bold]" in text.plain and "[@click=app.quit]ferry[/]" in text.plain
    shown = sum(len(s.text) for s in snips) - sum(max(0, a.end - b.start) for a, b in zip(snips, snips[1:]))
    assert len(text.plain) == shown, text.plain  # the shared text once, no gap mark inside a run
    marked = [text.plain[s.start:s.end] for s in text.spans]
    assert set(marked) == {"ferry"} and len(marked) == text.plain.count("ferry"), marked
