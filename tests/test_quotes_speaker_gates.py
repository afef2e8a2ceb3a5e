"""The speaker side's cheap paths give what the full checks give: title-cased lines found without reading long
paragraphs, the full name of a run of capitalised words read once per run, a word's bare form without an
apostrophe, a one-word phrase never a full name. The sentences are written for these tests."""

from __future__ import annotations

from briefing.index.quotes.forms import MIN_HEADLINE_WORDS, first_line_headline, title_case_line
from briefing.index.quotes.people import _full_name, _run_name
from briefing.index.quotes.speakers import _bare, entity_kind, split_role
from briefing.index.quotes.title_names import after_stray_initial, title_lines

_PROSE = ("The council met on Tuesday evening to discuss the new budget, which the mayor said would pay for "
          "repairs to the library, the pool and three bridges over the river before the winter storms arrive in the first week of December.")


def _every_line(body: str) -> tuple[tuple[int, int], ...]:
    """``title_lines`` reading every line, long ones too."""
    out, s = [], 0
    while s < len(body):
        e = body.find("\n", s)
        e = len(body) if e < 0 else e
        line = body[s:e]
        if line.strip() and (title_case_line(line) or (s == 0 and e < len(body) and (first_line_headline(
                body, [(0, e), (e + 1, len(body))]) or title_case_line(line, MIN_HEADLINE_WORDS)))):
            out.append((s, e))
        s = e + 1
    return tuple(out)


def test_title_lines_skip_long_paragraphs_only():
    assert len(_PROSE) > 200
    long_title = " ".join(["Council Approves Budget For Library Pool And Bridge Repairs"] * 4)
    bodies = [
        "Council Approves Budget For Library Repairs\n\n" + _PROSE + "\n\nWhat The Budget Means For You\n\n" + _PROSE,
        _PROSE + "\n\n" + _PROSE,
        long_title + "\n\n" + _PROSE,  # a first line this long is still read as a possible headline
        "Budget passes\n" + _PROSE + "\n" + long_title + "\n",
    ]
    for body in bodies:
        assert title_lines(body) == _every_line(body), body[:40]


def test_run_name_is_the_full_name_of_the_run():
    for run in ("Mayor Jo Roe", "Tony Blair", "The Council", "Plan B. Sanders", "Council", "Priya Sandhu",
                "In March Jo Roe", "Bank of Canada Governor Tiff Macklem", "John F. Kennedy"):
        name = _full_name(after_stray_initial(run))
        got = _run_name(run)
        if name is None:
            assert got is None, run
        else:
            assert got == (name, name.split()[-1].lower(), got[2], max(run.find(name), 0)), run


def test_one_word_is_never_a_full_name():
    for phrase in ("Council", "The Council", "However Roe", "Budget", "In Ottawa", "The"):
        assert _full_name(phrase) is None, phrase
        assert len(split_role(phrase.split()[-1])[0].split()) == 1


def test_bare_word_without_apostrophe_is_stripped_of_stops_and_commas():
    for word in ("council,", "u.s.", "ltd.", "roe", ".,news.,", "union"):
        assert _bare(word) == word.strip(".,"), word
    assert entity_kind("Union’s Leader") == "org" and entity_kind("Jo Roe") == "person"
