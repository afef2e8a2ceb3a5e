"""Terminal layout for lists with ids: the id is printed whole on its own line, other text gives way.

Ids are pasted into ``show``, ``compare`` and ``related``, so no output may cut or fold them: an id
line is printed without Rich's wrapping or cropping (a terminal narrower than the id wraps it, and
copying gives it back whole; a pipe gets it as is). Titles are shortened to the width instead, and
longer text (snippets, quotes) is wrapped under an indent.
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..sanitize import one_line

INDENT = 5


def id_line(console: Console, line: Text) -> None:
    """Print ``line`` (holding an id) as one line: never wrapped, folded or cut by Rich."""
    line.no_wrap, line.overflow = True, "ignore"
    console.print(line, soft_wrap=True, crop=False)


def fitted(console: Console, text: str | None, *, indent: int = INDENT, style: str = "") -> Text:
    """``text`` on one line, shortened with '…' to what is left of the width after ``indent``."""
    return Text(" " * indent + one_line(text, max(8, console.width - indent)), style=style)


def wrapped(console: Console, text: Text, *, indent: int = INDENT) -> None:
    """Print ``text`` wrapped to the width, every line indented."""
    console.print(Padding(text, (0, 0, 0, indent)))


def ranked_id(rank: int, ident: str, score: float | None = None, *, style: str = "bold") -> Text:
    """``  1. <id>  12.34``: the rank, the whole id (sanitised, never shortened), the score."""
    line = Text(f"{rank:>3}. ")
    line.append(one_line(ident), style=style)
    if score is not None:
        line.append(f"  {score:.2f}", style="cyan")
    return line

