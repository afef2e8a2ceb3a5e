"""Details of one row of the comparison: similarity, differing terms, contradiction reasons, quotes."""

from __future__ import annotations

from typing import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.index.models import Comparison, Quote
from briefing.index.sanitize import display_char_map, one_line

from ..widgets.compare_view import palette, sentence_text
from .modal import Dialog


def _quotes_in(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    return [q for q in quotes if q.start < end and q.end > start]


def details_text(cmp: Comparison, row_index: int, quotes_a: list[Quote], quotes_b: list[Quote],
                 variables: "Mapping[str, str] | None" = None) -> Text:
    """Everything known about row ``row_index`` as ``Text`` (never markup)."""
    row = cmp.rows[row_index]
    styles = palette(variables)
    out = Text()
    kind = {"only_a": "Only in the left article", "only_b": "Only in the right article"}.get(row.kind)
    if kind:
        out.append(kind + "\n", "bold")
    else:
        pair = cmp.pairs[row.pair]
        out.append(f"{pair.status.capitalize()} · similarity {pair.similarity:.2f}\n", "bold")
        if pair.differing_terms:
            out.append("Differing terms: ", "bold")
            out.append(", ".join(one_line(t, 40) for t in pair.differing_terms) + "\n")
    for c in cmp.contradictions:
        if not ((row.a is not None and c.a == row.a) or (row.b is not None and c.b == row.b)):
            continue
        out.append("Possible contradiction", styles["contradiction"])
        out.append(": " + "; ".join(one_line(r, 200) for r in c.reasons) + "\n")
        if c.a != row.a:
            out.append("  left says: ", styles["muted"])
            out.append(one_line(display_char_map(cmp.sentences_a[c.a].text), 400) + "\n", "italic")
        if c.b != row.b:
            out.append("  right says: ", styles["muted"])
            out.append(one_line(display_char_map(cmp.sentences_b[c.b].text), 400) + "\n", "italic")
    for side, idx, sents, quotes, label in (("a", row.a, cmp.sentences_a, quotes_a, "Left"),
                                            ("b", row.b, cmp.sentences_b, quotes_b, "Right")):
        if idx is None:
            continue
        sent = sents[idx]
        out.append(f"\n{label}: ", "bold")
        out.append_text(sentence_text(cmp, side, row_index, variables))
        out.append("\n")
        for q in _quotes_in(quotes, sent.start, sent.end):
            out.append("  “")
            out.append(display_char_map(q.text).replace("\n", " "), "italic")
            out.append("” — " + one_line(q.speaker or q.speaker_mention or "unattributed", 60) + "\n", styles["muted"])
    return out


class CompareDetails(Dialog[None]):
    """A modal with the details of one comparison row; Esc or Enter closes it."""

    BINDINGS = [Binding("escape,enter,q", "app.pop_screen", "Close", id="compare_details.close")]

    def __init__(self, body: Text) -> None:
        super().__init__()
        self._body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="compare-details", classes="dialog") as box:  # framed as every dialog
            box.border_title = "Row details"
            box.border_subtitle = "Esc close"
            yield Static(self._body, markup=False, id="compare-details-body")
