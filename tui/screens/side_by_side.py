"""Two articles in two columns with independent scroll; ``[``/``]`` walk their differences.

The differences come from ``briefing.index.compare.compare_articles`` (computed in a worker):
sentences only one side has, similar-but-different pairs and possible contradictions. The
aligned-rows view of the compare issue plugs in here.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual import work
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.index.models import Article, Quote
from briefing.index.sanitize import one_line

from ..widgets.article_view import ArticleView


class SideBySideScreen(Screen[None]):
    """Left and right reader; Tab switches column; Esc goes back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="compare.back"),
        Binding("left_square_bracket", "difference(-1)", "Prev diff", id="compare.previous_difference"),
        Binding("right_square_bracket", "difference(1)", "Next diff", id="compare.next_difference"),
        Binding("x", "swap", "Swap", id="compare.swap"),
    ]

    def __init__(self, left: tuple[Article, list[Quote]], right: tuple[Article, list[Quote]], query: str = "") -> None:
        super().__init__()
        self._left, self._right, self._query = left, right, query
        self.diff_positions: list[tuple[int | None, int | None]] = []
        self._diff = -1

    def compose(self) -> ComposeResult:
        yield Static("Two articles side by side · Tab switches column · Esc back", id="compare-status",
                     markup=False)
        with Horizontal(id="columns"):
            yield ArticleView(id="left", classes="column")
            yield ArticleView(id="right", classes="column")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#left").focus()
        self._compare()

    @work(thread=True, exclusive=True, group="compare")
    def _compare(self) -> None:
        try:
            from briefing.index.compare import compare_articles
        except ImportError:
            return
        (a, qa), (b, qb) = self._left, self._right
        try:
            cmp = compare_articles(a, b, qa, qb)
        except Exception as exc:  # a comparison problem must not close the reading view
            self.app.call_from_thread(self.notify, f"Cannot compare: {exc}", severity="warning", markup=False)
            return
        self.app.call_from_thread(self._compared, cmp)

    def _compared(self, cmp) -> None:
        sa, sb = cmp.sentences_a, cmp.sentences_b
        positions: list[tuple[int | None, int | None]] = []
        for row in cmp.rows:
            pair = cmp.pairs[row.pair] if row.pair is not None else None
            if row.kind == "pair" and pair is not None and pair.status == "shared" and not row.contradiction:
                continue
            positions.append((sa[row.a].start if row.a is not None else None,
                              sb[row.b].start if row.b is not None else None))
        self.diff_positions = positions
        s = cmp.summary
        text = (f"{s.shared} shared · {s.similar} similar · {s.unique_a} only left · {s.unique_b} only right"
                + (f" · {s.contradictions} possible contradiction{'s' if s.contradictions != 1 else ''}"
                   if s.contradictions else "") + " · [ ] differences")
        self.query_one("#compare-status", Static).update(Text(text))

    def _fill(self) -> None:
        for wid, (article, quotes) in (("#left", self._left), ("#right", self._right)):
            view = self.query_one(wid, ArticleView)
            view.border_title = Text(one_line(article.source, 60) or "unknown source")  # never markup
            view.show(article, quotes, self._query)

    def action_swap(self) -> None:
        """Swap the two columns."""
        self._left, self._right = self._right, self._left
        self.diff_positions, self._diff = [], -1
        self._fill()
        self._compare()

    def action_difference(self, step: int) -> None:
        """Next/previous aligned difference (available once the compare core lands)."""
        if not self.diff_positions:
            self.notify("No alignment yet: this view shows the two articles side by side.", markup=False)
            return
        self._diff = (self._diff + step) % len(self.diff_positions)
        left, right = self.diff_positions[self._diff]
        if left is not None:
            self.query_one("#left", ArticleView).reveal_offset(left)
        if right is not None:
            self.query_one("#right", ArticleView).reveal_offset(right)
        self.notify(f"Difference {self._diff + 1} of {len(self.diff_positions)}", timeout=1.5, markup=False)
