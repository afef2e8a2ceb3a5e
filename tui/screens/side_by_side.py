"""The comparison screen: two articles aligned sentence by sentence, one scroll for both columns.

Each row of ``Comparison.rows`` is one band: aligned pairs side by side, a sentence only one
article has against a blank. ``]``/``[`` jump between differences, Enter shows a row's details.
The screen opens at once; a worker loads both articles (the most similar one when no other side is
given) and compares them (``briefing.index.compare.compare_articles``).
"""

from __future__ import annotations

from typing import Mapping

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from briefing.index.models import Article, Comparison, Quote
from briefing.index.sanitize import counted, one_line
from briefing.index.textlayout import parts_line

from ..theme_ink import theme_variables
from ..widgets.compare_view import CompareView, legend, palette
from ..widgets.footer import FittingFooter
from .compare_details import CompareDetails, details_text


def summary_text(cmp: Comparison, width: int = 10_000, variables: "Mapping[str, str] | None" = None) -> Text:
    """The summary bar: counts of shared claims (as the story view counts them), unique and contradicting
    sentences, speakers; lines break between these parts only, at ``width`` cells."""
    s, styles = cmp.summary, palette(variables)
    parts = [Text(f"{counted(s.shared_claims, 'shared claim')} ({s.shared} in the same words)"),
             Text(f"{s.unique_a} unique left", styles["only_a"]), Text(f"{s.unique_b} unique right", styles["only_b"]),
             Text(counted(s.contradictions, "possible contradiction"), styles["contradiction"] if s.contradictions else "")]
    if cmp.speakers_both or cmp.speakers_only_a or cmp.speakers_only_b:
        parts.append(Text(f"speakers {len(cmp.speakers_both)} in both, {len(cmp.speakers_only_a)} left, "
                          f"{len(cmp.speakers_only_b)} right", styles["muted"]))
    return parts_line(parts, width)


class SideBySideScreen(Screen[None]):
    """Aligned comparison of two articles; Esc goes back."""

    DEFAULT_CSS = """
    #compare-status, #compare-titles, #compare-legend { height: auto; padding: 0 1; }
    #compare-status { background: $boost; }
    #compare-titles { height: 1; padding: 0 0 0 0; }
    #compare-legend { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="compare.back", tooltip="Back to the reader"),
        Binding("left_square_bracket", "difference(-1)", "Prev diff", id="compare.previous_difference",
                tooltip="The previous row the two articles do not share"),
        Binding("right_square_bracket", "difference(1)", "Next diff", id="compare.next_difference",
                tooltip="The next row the two articles do not share"),
        Binding("x", "swap", "Swap", id="compare.swap", tooltip="Swap the two columns"),
    ]

    def __init__(self, library, left_id: str, right_id: "str | None" = None, query: str = "") -> None:
        super().__init__()
        self._library, self._query = library, query
        self._pair: tuple[str, "str | None"] = (left_id, right_id)
        self._loaded: dict[str, tuple[Article, list[Quote]]] = {}
        self._left: "tuple[Article, list[Quote]] | None" = None
        self._right: "tuple[Article, list[Quote]] | None" = None
        self.comparison: Comparison | None = None
        self._swap_wanted = False  # x before the most similar article was found

    def compose(self) -> ComposeResult:
        yield Static(Text("Comparing…"), id="compare-status")
        yield Static(Text(""), id="compare-titles")
        yield CompareView(id="compare")
        yield Static(legend(), id="compare-legend")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one(CompareView).focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.on_resize())
        self._compare(self._pair, dict(self._loaded))

    @work(thread=True, exclusive=True, group="compare")
    def _compare(self, pair: "tuple[str, str | None]", loaded: dict) -> None:
        from briefing.index.compare import compare_articles

        lib = self._library
        try:
            a_id, b_id = pair
            if b_id is None:  # the most similar article (more-like-this)
                b_id = next((h.id for h in lib.related(a_id, limit=3) if h.id != a_id), None)
                if b_id is None:
                    self.app.call_from_thread(self._nothing_similar, a_id)
                    return
            sides = [loaded.get(i) or (lib.article(i), lib.quotes(article_id=i)) for i in (a_id, b_id)]
            (a, qa), (b, qb) = sides
            cmp = compare_articles(a, b, qa, qb)
        except Exception as exc:  # a comparison problem must not close the app
            self.app.call_from_thread(self.notify, f"Cannot compare: {exc}", severity="error", markup=False)
            return
        self.app.call_from_thread(self._compared, pair, sides, cmp)

    def _nothing_similar(self, aid: str) -> None:
        self.app.pop_screen()
        self.app.pick_to_compare(aid)

    def _compared(self, pair: tuple, sides: list, cmp: Comparison) -> None:
        if pair != self._pair:
            return  # swapped meanwhile: that comparison is on its way
        self._pair = (sides[0][0].id, sides[1][0].id)
        self._loaded.update((a.id, (a, q)) for a, q in sides)
        if self._swap_wanted:
            self._swap_wanted = False
            self.action_swap()
            return
        self._left, self._right = sides
        self.comparison = cmp
        view = self.query_one(CompareView)
        self.query_one("#compare-titles", Static).update(self._titles(view.size.width))
        self._summary()
        view.show(cmp)

    def _titles(self, width: int) -> Text:
        col = max((width - 3) // 2, 10)
        titles = Text(no_wrap=True, overflow="ellipsis")
        (a, _), (b, _) = self._left, self._right
        alike = (a.source, a.title) == (b.source, b.title)  # a story filed twice: the ids tell them apart
        for i, (article, _q) in enumerate((self._left, self._right)):
            label = article.id if alike else article.source  # no source: the title alone (the file's name
            part = Text(one_line(label, 30) + ": " if label else "", style="bold")  # is in the reader's header)
            part.append(one_line(article.title or article.id, 300), style="" if label else "bold")
            part.truncate(col - 1, overflow="ellipsis", pad=True)
            titles.append_text(part)
            titles.append(" │ " if i == 0 else "", palette(theme_variables(self.app))["gutter"])
        return titles

    def _summary(self) -> None:
        """The summary bar and the legend, broken between their parts at the screen's width."""
        width, theme = self.size.width - 2, theme_variables(self.app)
        if self.comparison is not None:
            self.query_one("#compare-status", Static).update(summary_text(self.comparison, width, theme))
        self.query_one("#compare-legend", Static).update(legend(width, theme))

    def on_resize(self) -> None:
        self._summary()
        if self.comparison is not None:
            self.query_one("#compare-titles", Static).update(self._titles(self.query_one(CompareView).size.width))

    def action_swap(self) -> None:
        """Swap the two columns (also while the first comparison is on its way)."""
        a_id, b_id = self._pair
        if b_id is None:
            self._swap_wanted = not self._swap_wanted
            return
        self._pair = (b_id, a_id)
        self.query_one("#compare-status", Static).update(Text("Comparing…"))
        self._compare(self._pair, dict(self._loaded))

    def action_difference(self, step: int) -> None:
        """Jump to the next/previous row that is not plainly shared."""
        view = self.query_one(CompareView)
        if view.difference(step) is None:
            self.notify("No further difference." if self.comparison else "Still comparing…",
                        timeout=1.5, markup=False)

    @on(CompareView.Selected)
    def _details(self, event: CompareView.Selected) -> None:
        if self.comparison is not None:
            body = details_text(self.comparison, event.row, self._left[1], self._right[1],
                                theme_variables(self.app))
            self.app.push_screen(CompareDetails(body))
