"""Rendering of a story: the claim × outlet matrix rows, a claim's sentences, the timeline, the speakers.

Everything is built as ``rich.text.Text`` from article text (never markup). Outlet columns are one
letter wide on narrow screens and three letters on wide ones; a legend names them.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from briefing.index.sanitize import counted, one_line
from briefing.index.stories.models import Claim, StoryClaims

from ..theme_ink import styles

CARRIED, ABSENT = "●", "·"
DIFF_ROLES = {"added": "added", "changed": "changed"}
"""The style roles (see ``theme_ink``) of the words that differ between outlets' sentences of a claim."""


def outlet_columns(view: StoryClaims) -> list[str]:
    """The outlets in column order: those carrying the most claims first."""
    count: dict[str, int] = {o: 0 for o in view.story.outlets}
    for c in view.claims + view.only:
        for o in c.outlets:
            count[o] = count.get(o, 0) + 1
    return sorted(count, key=lambda o: (-count[o], o))


def column_width(width: int, outlets: list[str] | None = None) -> int:
    """Characters per outlet column: 3 from 100 columns on, else 1 (lettered, with a legend); also 1
    when three letters do not tell the outlets apart (``polnear-cnn…`` and ``polnear-fox…``)."""
    if width < 100:
        return 1
    heads = [_abbrev(o, k, 3) for k, o in enumerate(outlets or [])]
    return 3 if len(set(heads)) == len(heads) else 1


COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
"""One-letter column heads: a story of up to 62 articles or outlets has a distinct head for each."""


def _abbrev(outlet: str, k: int, w: int) -> str:
    if w == 1:
        return COLUMN_LETTERS[k] if k < len(COLUMN_LETTERS) else "?"
    words = outlet.split()
    if len(words) > 1 and words[0].lower() == "the":  # "The Harbour Post": "Har", not "The"
        outlet = " ".join(words[1:])
    letters = "".join(ch for ch in outlet if ch.isalnum())[:3] or "?"
    return letters.ljust(3)


def header(outlets: list[str], width: int, ink: "dict[str, Style] | None" = None) -> Text:
    """The matrix's column heads and the legend naming them (three letters do not always tell: 'The', 'Met')."""
    ink = ink or styles()
    w = column_width(width, outlets)
    out = Text(no_wrap=False)
    heads = " ".join(_abbrev(o, k, w) for k, o in enumerate(outlets))
    out.append(heads + "   claim", style=ink["strong"])
    out.append("\n")
    out.append(" · ".join(f"{_abbrev(o, k, w).strip()} {one_line(o, 30)}" for k, o in enumerate(outlets)), style=ink["muted"])
    return out


def contradicted(view: StoryClaims) -> set[int]:
    """Ids of the claims a possible contradiction involves."""
    return {x for c in view.contradictions for x in (c.claim_a, c.claim_b) if x is not None}


def all_claims(view: StoryClaims) -> list[Claim]:
    """Shared and single-outlet claims in reading order."""
    return sorted(view.claims + view.only, key=lambda c: c.id)


def matrix_row(claim: Claim, outlets: list[str], width: int, flagged: bool,
               ink: "dict[str, Style] | None" = None) -> Text:
    """One claim as a row: a mark per outlet, a flag, the claim's leading sentence (one line)."""
    ink = ink or styles()
    w = column_width(width, outlets)
    row = Text(no_wrap=True, overflow="ellipsis")
    for o in outlets:
        carried = o in claim.outlets
        row.append(CARRIED.ljust(w) if carried else ABSENT.ljust(w), ink["carried"] if carried else ink["muted"])
        row.append(" ")
    row.append("! " if flagged else "≠ " if claim.differing_terms else "  ",
               ink["flagged"] if flagged else ink["differs"])
    room = max(20, width - len(outlets) * (w + 1) - 6)  # one line per claim: the details pane has the rest
    row.append(one_line(claim.sentences[0].text, room), "" if len(claim.outlets) > 1 else ink["muted"])
    return row


def claim_details(view: StoryClaims, claim: Claim, ink: "dict[str, Style] | None" = None) -> Text:
    """Each outlet's sentence of a claim (differing words coloured) and the contradictions it is part of."""
    ink = ink or styles()
    out = Text()
    for k, s in enumerate(claim.sentences):
        out.append(one_line(s.source or s.article_id, 40) + ": ", ink["carried"] if k == 0 else ink["strong"])
        start = len(out)
        out.append(one_line(s.text))
        for t in s.tokens:
            if t.op in DIFF_ROLES:
                out.stylize(ink["flagged"] if t.flagged else ink[DIFF_ROLES[t.op]],
                            start + t.start - s.start, start + t.end - s.start)
        out.append("\n")
    if len(claim.outlets) == 1:
        out.append(f"Only {one_line(claim.outlets[0], 40)} has this.\n", ink["muted"] + Style(italic=True))
    for x in view.contradictions:
        if claim.id in (x.claim_a, x.claim_b):
            out.append("⚠ ", ink["warning"])
            out.append(f"{one_line(x.a.source or '', 30)} vs {one_line(x.b.source or '', 30)}: ", ink["strong"])
            out.append("; ".join(x.reasons), ink["warning"])
            other = x.b if x.claim_a == claim.id else x.a
            out.append(f"\n  {one_line(other.source or '', 30)}: {one_line(other.text, 300)}\n", ink["muted"])
    out.append("Enter: open a sentence in the reader", ink["muted"] + Style(italic=True))
    return out


def hanging(head: Text, body: Text, width: int) -> Text:
    """``head`` then ``body`` wrapped to ``width`` cells, its later lines indented under its first."""
    from .layout_text import reflow

    indent = head.cell_len
    out = head.copy()
    lines = reflow(body.plain, max(12, width - indent)) if width > 0 else []
    for k, line in enumerate(lines or [None]):
        if k:
            out.append("\n" + " " * indent)
        out.append_text(body[line.start:line.end] if line is not None else body)
    return out


def timeline(view: StoryClaims, width: int = 0, ink: "dict[str, Style] | None" = None) -> Text:
    """The story's articles by publication date, then the speakers each outlet quotes; an entry longer
    than ``width`` wraps under its own text (no wrapping when ``width`` is 0)."""
    ink = ink or styles()
    out = Text()
    out.append("Timeline\n", ink["strong"])
    for a in view.story.articles:
        head = Text()
        head.append(f"{str(a.date) if a.date else 'no date':<10}  ", ink["date"])
        head.append(one_line(a.source or "unknown outlet", 30) + ": ", ink["strong"])
        out.append_text(hanging(head, Text(one_line(a.title or a.id, 200)), width))
        out.append("\n")
    out.append("\nSpeakers quoted\n", ink["strong"])
    for o in view.speakers:
        names = ", ".join(f"{one_line(n, 40)} ({k})" for n, k in o.speakers.items())
        head = Text()
        head.append(one_line(o.source, 30) + ": ", ink["strong"])
        out.append_text(hanging(head, Text(names or "no one"), width))
        out.append("\n")
    return out


def summary(view: StoryClaims, ink: "dict[str, Style] | None" = None, width: int = 10_000) -> Text:
    """The status: title, then articles, outlets, dates and counts, broken into lines of at most ``width``
    cells between those parts only ('8 shared claims' never splits; the title is cut with '…' to fit)."""
    from briefing.index.textlayout import parts_line

    ink = ink or styles()
    st = view.story
    span = "" if not st.first else str(st.first) if st.first == st.last else f"{st.first} … {st.last}"
    outlets = counted(len(st.outlets), "outlet") if st.outlets else "no outlet named (a column per article)"
    parts = [Text(one_line(st.title, max(1, min(200, width - 1))), style=ink["strong"])]
    parts += [Text(one_line(x, width)) for x in (counted(len(st.articles), "article"), outlets, span) if x]
    parts.append(Text(counted(len(view.claims), "shared claim"), ink["date"]))
    parts.append(Text(f"{len(view.only)} only one outlet"))
    parts.append(Text(counted(len(view.contradictions), "possible contradiction"),
                      ink["warning"] if view.contradictions else ""))
    return parts_line(parts, width)
