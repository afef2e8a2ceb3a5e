"""The results list: fixed-height rows drawn line by line, only the visible ones, no layout per search.

Every result is :data:`ROW_LINES` lines high and a line of text (a "did you mean", a heading) as many
lines as it wraps to, so the list never measures its results: a new result set, a cursor move or a
scroll repaints this widget alone (no screen layout, no scrollbar widgets); a row's lines are built
when it first shows and cached. Text comes from :func:`..render.result_row`
(``rich.text.Text`` from sanitised data, never markup).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable, ClassVar, Sequence

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.filter import dim_color
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets.option_list import Option

from ..legible import colour_system, legible

from briefing.index.models import SearchHit

from ..render import clip_lines, result_prompt, result_row
from .lists import vim_bindings

ROW_LINES = 5
"""Lines per row: title (up to two), meta, snippet (the rest)."""


@dataclass
class Row:
    """One row: a search hit, or a line of text such as "did you mean" (``hit`` is None)."""

    id: str
    hit: SearchHit | None = None
    text: Text | None = None
    max_lines: int = ROW_LINES
    """The most lines ``text`` wraps to (the last one cut with "…")."""


class ResultsList(Widget, can_focus=True):
    """Search results with vim keys; Enter (or a click) opens the highlighted result.

    Posts :class:`ResultsList.Highlighted` when the cursor moves and :class:`ResultsList.Selected`
    on Enter or a click. ``option_count`` and ``get_option_at_index`` mirror OptionList's.
    """

    BINDINGS = vim_bindings("results") + [
        Binding("enter", "select", "Open", id="results.open"),
        Binding("r", "app.related", "Related", id="results.related"),
        Binding("c", "app.compare", "Compare", id="results.compare"),
        Binding("u", "app.toggle_read", "Read/unread", id="results.toggle_read"),
        Binding("B", "app.toggle_bookmark", "Bookmark", id="results.bookmark"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "results--cursor", "results--hover", "results--scrollbar", "results--thumb",
    }
    DEFAULT_CSS = """
    ResultsList {
        height: 1fr;
        padding: 0 1;
        color: $foreground;
        background: transparent;
        & > .results--cursor { color: $foreground; background: $block-cursor-blurred-background; }
        &:focus > .results--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .results--hover { background: $block-hover-background; }
        & > .results--scrollbar { background: $scrollbar-background; }
        & > .results--thumb { background: $scrollbar; }
    }
    """

    @dataclass
    class Highlighted(Message):
        """The cursor moved to row ``index``."""

        results: "ResultsList"
        index: int

        @property
        def control(self) -> "ResultsList":
            return self.results

    @dataclass
    class Selected(Message):
        """Row ``index`` (id ``row_id``) was chosen with Enter or a click."""

        results: "ResultsList"
        index: int
        row_id: str

        @property
        def control(self) -> "ResultsList":
            return self.results

    @dataclass
    class EndWanted(Message):
        """G/End: the cursor is on the last row loaded; the owner loads the rest and calls :meth:`action_last`."""

        results: "ResultsList"

        @property
        def control(self) -> "ResultsList":
            return self.results

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[Row] = []
        self._show_score = True
        self._cursor: int | None = None
        self._hover: int | None = None
        self._top = 0  # first line shown
        self._lines: dict[int, list[list[Segment]]] = {}  # row -> its lines, unstyled, at self._text_width
        self._text_width = 0
        self._starts: list[int] = [0]  # first line of every row, then the total (see _layout)
        self._starts_width = -1  # the text width _starts was measured at (-1: measure again)
        self._dragging = False
        self._base = Style()
        self._background = Color(0, 0, 0)
        self._terminal = None  # the ANSI palette of the paint under way (App.ansi_theme)
        self._system = None  # the colour system of the terminal, if it rounds colours
        self._row_styles: dict[str, Style] = {}
        self._bar: list[Segment] = []
        self.mark_of: "Callable[[str], tuple[bool, bool] | None] | None" = None
        """(unread, bookmarked) of an article id, for the row's marks (None: not known yet)."""

    # ------------------------------------------------------------------ content
    def show(self, hits: Sequence[SearchHit], show_score: bool = True, note: Text | None = None,
             note_id: str = "", note_lines: int = ROW_LINES) -> None:
        """Replace the rows by ``hits`` (then ``note``, text of at most ``note_lines`` lines, if given);
        cursor on the first."""
        self._rows = [Row(h.id, hit=h) for h in hits]
        if note is not None:
            self._rows.append(Row(note_id, text=note, max_lines=note_lines))
        self._show_score = show_score
        self._lines.clear()
        self._starts_width = -1
        self._top = 0
        self._hover = None
        self._cursor = None
        self.refresh()
        if self._rows:
            self.highlighted = 0

    def extend(self, hits: Sequence[SearchHit]) -> None:
        """Add rows for ``hits`` at the end (the next page); the cursor stays where it is."""
        start = self._layout()[-1]
        self._rows.extend(Row(h.id, hit=h) for h in hits)
        self._starts_width = -1
        self._refresh_lines(start, self._layout()[-1])
        self._refresh_scrollbar()

    def show_rows(self, rows: Sequence[Row], show_score: bool = False) -> None:
        """Replace the rows by ``rows`` (hits and lines of text mixed); cursor on the first."""
        self.show([], show_score=show_score)
        self._rows = list(rows)
        self._starts_width = -1
        if self._rows:
            self.highlighted = 0

    def refresh_marks(self, row_id: str | None = None) -> None:
        """Redraw the rows of ``row_id`` (every row when None) after a read or bookmark mark changed."""
        for i, row in enumerate(self._rows):
            if row_id is None or row.id == row_id:
                self._lines.pop(i, None)
                self._refresh_row(i)

    @property
    def option_count(self) -> int:
        return len(self._rows)

    @property
    def row_ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def get_option_at_index(self, index: int) -> Option:
        """The row as an OptionList option: its whole text (title, meta, snippet) and id."""
        row = self._rows[index]
        marks = self.mark_of(row.id) if self.mark_of is not None and row.hit is not None else None
        prompt = row.text if row.hit is None else result_prompt(row.hit, self._text_width or 200, self._show_score,
                                                                marks)
        return Option(prompt, id=row.id)

    # ------------------------------------------------------------------ cursor
    @property
    def highlighted(self) -> int | None:
        """The row under the cursor (None when the list is empty)."""
        return self._cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, len(self._rows) - 1)) if self._rows else None
        old, self._cursor = self._cursor, index
        if index is None:
            return
        if old != index:
            self._refresh_row(old)
            self._refresh_row(index)
        self._scroll_to_row(index)
        self.post_message(self.Highlighted(self, index))

    def action_cursor_down(self) -> None:
        if self._rows:
            self.highlighted = 0 if self._cursor is None else (self._cursor + 1) % len(self._rows)

    def action_cursor_up(self) -> None:
        if self._rows:
            self.highlighted = len(self._rows) - 1 if not self._cursor else self._cursor - 1

    def action_first(self) -> None:
        if self._rows:
            self.highlighted = 0

    def action_last(self) -> None:
        if self._rows:
            self.highlighted = len(self._rows) - 1
            self.post_message(self.EndWanted(self))

    def action_page_down(self) -> None:
        if self._rows:
            self.highlighted = (self._cursor or 0) + self._page_rows()

    def action_page_up(self) -> None:
        if self._rows:
            self.highlighted = (self._cursor or 0) - self._page_rows()

    def action_select(self) -> None:
        if self._cursor is not None:
            self.post_message(self.Selected(self, self._cursor, self._rows[self._cursor].id))

    def _page_rows(self) -> int:
        return max(1, self.size.height // ROW_LINES)

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[int]:
        """The first line of every row, then the total number of lines.

        A result takes :data:`ROW_LINES` lines; a line of text as many as it wraps to at the list's
        width (at most its ``max_lines``). Measured again when the rows or the width change."""
        text_width = max(1, self.size.width - 3)
        if self._starts_width != text_width:
            starts, line = [0], 0
            console = self.app.console if self.is_attached else Console(width=text_width + 3)
            for row in self._rows:
                line += (ROW_LINES if row.hit is not None
                         else max(1, len(clip_lines(row.text or Text(), text_width, row.max_lines, console))))
                starts.append(line)
            self._starts, self._starts_width = starts, text_width
        return self._starts

    def row_lines(self, index: int) -> tuple[int, int]:
        """The first line of row ``index`` in the list (not the screen) and how many lines it takes."""
        starts = self._layout()
        return starts[index], starts[index + 1] - starts[index]

    def _whole_rows(self, line: int) -> int:
        """``line`` moved on to the first line of a row (of the row it falls in, if it starts there)."""
        starts = self._layout()
        i = bisect_right(starts, line) - 1
        return line if i < 0 or starts[i] == line else starts[min(i + 1, len(starts) - 1)]

    # ------------------------------------------------------------------ scrolling
    @property
    def _max_top(self) -> int:
        """The last top line: the last rows whole, or the last row's start when the list is lower than it."""
        starts = self._layout()
        return min(self._whole_rows(max(0, starts[-1] - self.size.height)), starts[max(0, len(starts) - 2)])

    def scroll_to_line(self, top: int) -> None:
        """Show the lines from ``top`` on (clamped); repaints this widget only.

        ``top`` is moved on to the next row's first line: the list never starts with the end of a
        row whose title is cut off (what is left over shows at the bottom).
        """
        top = max(0, min(self._whole_rows(top), self._max_top))
        if top != self._top:
            self._top = top
            self.refresh()

    def _scroll_to_row(self, index: int) -> None:
        (first, lines), height = self.row_lines(index), self.size.height
        if first < self._top:
            self.scroll_to_line(first)
        elif height and first + lines > self._top + height:
            self.scroll_to_line(first + min(lines, height) - height)

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_to_line(self._top + ROW_LINES)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_to_line(self._top - ROW_LINES)

    def _on_resize(self, event: events.Resize) -> None:
        self.scroll_to_line(self._top)
        if self._cursor is not None:
            self._scroll_to_row(self._cursor)
        self.refresh()

    # ------------------------------------------------------------------ mouse
    def _row_at(self, y: int) -> int | None:
        starts = self._layout()
        row = bisect_right(starts, self._top + y) - 1
        return row if 0 <= row < len(self._rows) else None

    def _on_click(self, event: events.Click) -> None:
        event.stop()
        offset = event.get_content_offset(self)
        if offset is None or offset.x >= self.size.width - 1:
            return  # the scrollbar
        row = self._row_at(offset.y)
        if row is not None:
            self.highlighted = row
            self.action_select()

    def _on_mouse_down(self, event: events.MouseDown) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and offset.x == self.size.width - 1 and self._max_top:
            event.stop()
            self._dragging = True
            self.capture_mouse()
            self._drag_to(offset.y)

    def _on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            event.stop()
            self._dragging = False
            self.release_mouse()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self._drag_to(event.get_content_offset_capture(self).y)
            return
        offset = event.get_content_offset(self)
        hover = None if offset is None or offset.x >= self.size.width - 1 else self._row_at(offset.y)
        if hover != self._hover:
            old, self._hover = self._hover, hover
            self._refresh_row(old)
            self._refresh_row(hover)

    def _on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            old, self._hover = self._hover, None
            self._refresh_row(old)

    def _drag_to(self, y: int) -> None:
        height = max(1, self.size.height - 1)
        self.scroll_to_line(round(self._max_top * max(0, min(y, height)) / height))

    # ------------------------------------------------------------------ painting
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def _refresh_lines(self, start: int, end: int) -> None:
        """Repaint the widget lines showing content lines ``start``..``end``, if any are visible."""
        top, height = self._top, self.size.height
        a, b = max(start, top), min(end, top + height)
        if a < b:
            self.refresh(Region(0, a - top, self.size.width, b - a))

    def _refresh_row(self, index: int | None) -> None:
        if index is not None:
            first, lines = self.row_lines(index)
            self._refresh_lines(first, first + lines)

    def _refresh_scrollbar(self) -> None:
        self.refresh(Region(self.size.width - 1, 0, 1, self.size.height))

    def _row_lines(self, index: int, text_width: int) -> list[list[Segment]]:
        """The lines of row ``index`` as unstyled segments, ``text_width`` + 2 cells (one of padding each side).

        Segments, not Strips: a Strip is costly to make, so render_line makes one per line it returns.
        """
        if text_width != self._text_width:
            self._lines.clear()
            self._text_width = text_width
        lines = self._lines.get(index)
        if lines is None:
            row, console = self._rows[index], self.app.console
            marks = self.mark_of(row.id) if self.mark_of is not None and row.hit is not None else None
            texts = (result_row(row.hit, text_width, console, ROW_LINES, self._show_score, marks)
                     if row.hit is not None
                     else clip_lines(row.text, text_width, row.max_lines, console))
            height = ROW_LINES if row.hit is not None else max(1, len(texts))
            texts += [Text()] * (height - len(texts))
            pad, adjust = Segment(" "), Segment.adjust_line_length
            lines = [adjust([pad, *_segments(t, console)], text_width + 2) for t in texts]
            self._lines[index] = lines
        return lines

    def render_lines(self, crop: Region) -> list[Strip]:
        # what every line of this paint shares, looked up once (rich_style walks the ancestors)
        base = self._base = self.rich_style
        self._background = self.background_colors[1]  # dim text is blended towards it, as Textual does
        self._terminal = self.app.ansi_theme
        self._system = colour_system(self.app)
        self._row_styles = {"cursor": base + self.get_component_rich_style("results--cursor"),
                            "hover": base + self.get_component_rich_style("results--hover")}
        total, height = self._layout()[-1], self.size.height
        track = Segment(" ", base)
        self._bar = [track] * height
        if total > height > 0:
            thumb = max(1, round(height * height / total))
            start = round((height - thumb) * self._top / max(1, self._max_top))
            track = Segment(" ", base + self.get_component_rich_style("results--scrollbar"))
            bar = Segment(" ", base + self.get_component_rich_style("results--thumb"))
            self._bar = [bar if start <= y < start + thumb else track for y in range(height)]
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width, base = self.size.width, self._base
        text_width = max(1, width - 3)  # padding, text, padding, scrollbar
        index = self._row_at(y)
        if index is not None:
            sub = self._top + y - self._layout()[index]
            style = (self._row_styles["cursor"] if index == self._cursor
                     else self._row_styles["hover"] if index == self._hover else base)
            segments = [Segment(text, _dimmed(st, self._background)) if st is not None and st.dim
                        else Segment(text, st) for text, st, _ in
                        Segment.apply_style(self._row_lines(index, text_width)[sub], style)]
        else:
            segments = [Segment(" " * (text_width + 2), base)]
        segments.append(self._bar[y] if y < len(self._bar) else Segment(" ", base))
        strip = legible(Strip(segments, text_width + 3), self._background,
                         self._terminal or self.app.ansi_theme, self._system)
        return strip if text_width + 3 == width else strip.crop_extend(0, width, base)  # a very narrow list


@lru_cache(maxsize=1024)
def _dimmed(style: Style, background: Color) -> Style:
    """Dim text blended towards its ground, as Textual draws dim; in an ANSI theme (colours without
    RGB values: nothing to blend) the terminal dims it."""
    ground = style.bgcolor if style.bgcolor is not None and not style.bgcolor.is_default else background.rich_color
    if style.color is None or style.color.triplet is None or ground.triplet is None:
        return style
    return style + Style(color=dim_color(ground, style.color, DIM_FACTOR), dim=False)


def _segments(text: Text, console: Console) -> list[Segment]:
    """``text`` as segments, its own style included (Text.render leaves it out when there are no spans)."""
    if text.spans or not text.style:
        return list(text.render(console))
    return [Segment(text.plain, console.get_style(text.style))]
