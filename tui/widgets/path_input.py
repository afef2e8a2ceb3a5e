"""An Input for a file path: unfocused, a path too long for the box shows its end ("…/exports/brief.md")."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.strip import Strip
from textual.widgets import Input


def path_tail(path: str, width: int) -> str:
    """``path`` in ``width`` cells: whole if it fits, else "…" and as much of its end as fits."""
    if cell_len(path) <= width:
        return path
    if width <= 1:
        return "…"[:width]
    tail, cells = [], 0
    for ch in reversed(path):
        cells += cell_len(ch)
        if cells > width - 1:
            break
        tail.append(ch)
    return "…" + "".join(reversed(tail))


class PathInput(Input):
    """A path box whose file name stays in view: while it is not focused, a path wider than the box is
    drawn as "…" and its end; focused, it edits as any Input (the cursor at the end)."""

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y != 0 or self.has_focus or not self.value or cell_len(self.value) <= width:
            return super().render_line(y)
        text = Text(path_tail(self.value, width), no_wrap=True, end="")
        strip = Strip(self.app.console.render(text, self.app.console_options.update_width(width + 1)))
        return strip.crop(0, width + 1).extend_cell_length(width + 1).apply_style(self.rich_style)

    def _on_blur(self, event) -> None:
        super()._on_blur(event)
        self.refresh()
