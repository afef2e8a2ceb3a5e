"""The aligned two-column comparison: one scroll position, one band per ``Comparison.rows`` entry.

A line-API ``ScrollView`` renders both columns of every band itself, so scrolling can never put
the two sides out of step. Article text goes through ``rich.text.Text`` only (never markup) and is
sanitised with ``display_char_map`` (length-preserving, so the diff offsets stay valid).
"""

from __future__ import annotations

from typing import Mapping

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.index.models import Comparison
from briefing.index.sanitize import display_char_map
from briefing.index.textlayout import parts_line

from ..legible import colour_system, legible
from ..theme_ink import styles as theme_styles, theme_variables

def palette(variables: "Mapping[str, str] | None" = None) -> dict[str, Style]:
    """The comparison's styles for a theme's variables (``App.theme_variables``; none: the dark default)."""
    return theme_styles(variables)


GUTTER = " │ "


def legend(width: int = 10_000, variables: "Mapping[str, str] | None" = None) -> Text:
    """The key to the colours of the comparison, broken between its entries at ``width`` cells."""
    styles = palette(variables)
    parts = [Text("Legend: ") + Text("added", styles["added"])]
    for label, key in (("removed", "removed"), ("changed", "changed"), ("number/name/negation differs", "flagged"),
                       ("only left", "only_a"), ("only right", "only_b"), ("‼ possible contradiction", "contradiction")):
        parts.append(Text(label, styles[key]))
    return parts_line(parts, width, sep="  ")


def is_difference(cmp: Comparison, index: int) -> bool:
    """Whether row ``index`` is anything but a plain shared pair."""
    row = cmp.rows[index]
    if row.kind != "pair" or row.contradiction or row.pair is None:
        return True
    return cmp.pairs[row.pair].status != "shared"


def slots(cmp: Comparison) -> list[tuple[int | None, int | None]]:
    """The view's bands as (left row, right row): a pair's row on both sides; between two pairs, the
    left article's unique sentences and the right article's side by side, each in its own order, so two
    articles that share little are still read side by side, not one after the other."""
    rows, out, i = cmp.rows, [], 0
    while i < len(rows):
        if rows[i].kind == "pair":
            out.append((i, i))
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j].kind != "pair":
            j += 1
        left = [k for k in range(i, j) if rows[k].kind == "only_a"]
        right = [k for k in range(i, j) if rows[k].kind == "only_b"]
        out.extend((left[t] if t < len(left) else None, right[t] if t < len(right) else None)
                   for t in range(max(len(left), len(right))))
        i = j
    return out


def sentence_text(cmp: Comparison, side: str, row_index: int,
                  variables: "Mapping[str, str] | None" = None) -> Text:
    """One side of a row as styled ``Text`` (empty when that side has no sentence)."""
    styles = palette(variables)
    row = cmp.rows[row_index]
    idx = row.a if side == "a" else row.b
    if idx is None:
        return Text("")
    sent = (cmp.sentences_a if side == "a" else cmp.sentences_b)[idx]
    text = Text(display_char_map(sent.text).replace("\n", " "))
    if row.kind != "pair":
        text.stylize(styles[row.kind])
        if row.contradiction:  # a unique sentence that contradicts one of the other side
            text.stylize(Style(color=styles["contradiction"].color))
    elif row.pair is not None:
        pair = cmp.pairs[row.pair]
        for tok in pair.a_tokens if side == "a" else pair.b_tokens:
            if tok.op == "same" and not tok.flagged:
                continue
            start, end = tok.start - sent.start, tok.end - sent.start
            if 0 <= start < end <= len(text):
                text.stylize(styles["flagged" if tok.flagged else tok.op], start, end)
    if row.contradiction:
        text = Text("‼ ", styles["contradiction"]) + text
    return text


class CompareView(ScrollView, can_focus=True):
    """Both columns of a comparison; ``cursor`` is the selected row band."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "edge(0)", "Top", show=False),
        Binding("end,G", "edge(1)", "End", show=False),
        Binding("enter", "details", "Details"),
    ]
    DEFAULT_CSS = """
    CompareView { height: 1fr; overflow-x: hidden; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    """

    cursor: reactive[int] = reactive(0, repaint=True)

    class Selected(Message):
        """Enter on a row: the screen shows its details."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.comparison: Comparison | None = None
        self._lines: list[tuple[int | None, int | None, Strip]] = []  # (left row, right row, strip); -1: gap
        self.band_start: list[int] = []  # per row: the first line of its band
        self._band_end: list[int] = []  # per row: the line after its band
        self._width = self._col = 0
        self._theme: dict[str, str] = {}

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)  # (after the variables are made)

    def _theme_changed(self, _theme=None) -> None:
        self._width = 0  # lay the bands out again in the new theme's colours
        self._layout()

    def show(self, cmp: Comparison) -> None:
        """Display ``cmp`` from its first row."""
        self.comparison, self.cursor, self._width = cmp, 0, 0
        self._layout()
        self.scroll_to(0, 0, animate=False)

    # -------------------------------------------------------------- layout
    def _layout(self) -> None:
        width = max(self.size.width - 1, 20)  # less the vertical scrollbar
        theme = theme_variables(self.app)
        if self.comparison is None or (width == self._width and theme == self._theme):
            return
        self._width, self._theme = width, dict(theme)
        styles = palette(theme)
        cmp = self.comparison
        col = self._col = (width - len(GUTTER)) // 2
        console = self.app.console
        lines: list[tuple[int | None, int | None, Strip]] = []
        starts, ends = [0] * len(cmp.rows), [0] * len(cmp.rows)
        for ra, rb in slots(cmp):
            left = sentence_text(cmp, "a", ra, theme).wrap(console, col) if col > 0 and ra is not None else []
            right = sentence_text(cmp, "b", rb, theme).wrap(console, col) if col > 0 and rb is not None else []
            top = len(lines)
            for n in range(max(len(left), len(right), 1)):
                line = Text(no_wrap=True)
                for side, parts, row in (("only_a", left, ra), ("only_b", right, rb)):
                    part = parts[n] if n < len(parts) else Text("")
                    part.truncate(col, pad=True)
                    if row is not None and cmp.rows[row].kind == side:
                        part.stylize(Style(bgcolor=styles[side].bgcolor))
                    line.append_text(part)
                    if side == "only_a":
                        line.append(GUTTER, styles["gutter"])
                segments = [s for s in line.render(console) if s.text != "\n"]
                lines.append((ra, rb, Strip(segments, width)))
            for row in {ra, rb} - {None}:
                starts[row], ends[row] = top, len(lines)
            lines.append((-1, -1, Strip([Segment(" " * col), Segment(GUTTER, styles["gutter"])])))
        self._lines, self.band_start, self._band_end = lines, starts, ends
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_resize(self) -> None:
        self._layout()

    def render_line(self, y: int) -> Strip:
        index = y + int(self.scroll_offset.y)
        if not 0 <= index < len(self._lines):
            return Strip.blank(self.size.width, self.rich_style)
        ra, rb, strip = self._lines[index]
        strip = strip.extend_cell_length(self.size.width)
        if self.cursor in (ra, rb):
            styles = palette(self._theme)
            style = styles["cursor"] if self.has_focus else styles["cursor_idle"]
            if ra == rb:  # a pair: the whole band
                strip = strip.apply_style(style)
            else:  # one side of a band of unique sentences: over their own background, or it would not show
                cut = self._col if self.cursor == ra else self._col + len(GUTTER)
                left, right = strip.crop(0, cut), strip.crop(cut, strip.cell_length)

                def mark(part: Strip) -> Strip:
                    return Strip(Segment.apply_style(part, post_style=style), part.cell_length)

                strip = Strip.join([mark(left), right] if self.cursor == ra else [left, mark(right)])
        strip = strip.apply_style(self.rich_style).crop(0, self.size.width)  # on the theme's background
        system = colour_system(self.app)
        if system is not None:  # (theme_ink's colours read as they are; rounded to 256 or 16 they may not)
            strip = legible(strip, self.background_colors[1], self.app.ansi_theme, system)
        return strip

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -------------------------------------------------------------- moving
    def go_to(self, row: int) -> None:
        """Select ``row`` and scroll so its band is visible (near the top)."""
        if not self.comparison or not self.comparison.rows:
            return
        self.cursor = max(0, min(row, len(self.comparison.rows) - 1))
        top = self.band_start[self.cursor] if self.cursor < len(self.band_start) else 0
        end = self._band_end[self.cursor] if self.cursor < len(self._band_end) else len(self._lines)
        height = self.scrollable_content_region.height
        if top < self.scroll_offset.y or end > self.scroll_offset.y + height:
            self.scroll_to(0, max(0, top - 1), animate=False)

    def row_at_top(self) -> int:
        """The row whose band is at the top of the view."""
        y = int(self.scroll_offset.y)
        for ra, rb, _ in self._lines[max(0, y):y + 2]:
            if ra != -1:
                return ra if ra is not None else rb
        return 0

    def action_move(self, step: int) -> None:
        self.go_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.scroll_to(0, self.scroll_offset.y + step * max(1, self.size.height - 1), animate=False)
        self.cursor = self.row_at_top()

    def action_edge(self, end: int) -> None:
        if self.comparison:
            self.go_to(len(self.comparison.rows) - 1 if end else 0)

    def action_details(self) -> None:
        if self.comparison and self.comparison.rows:
            self.post_message(self.Selected(self.cursor))

    def difference(self, step: int) -> int | None:
        """Select the next (``step`` 1) or previous (-1) row that is not plainly shared."""
        if not self.comparison:
            return None
        rows = range(self.cursor + 1, len(self.comparison.rows)) if step > 0 else range(self.cursor - 1, -1, -1)
        for i in rows:
            if is_difference(self.comparison, i):
                self.go_to(i)
                return i
        return None
