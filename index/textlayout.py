"""Layout of short Rich texts shared by the command line and the app (no Textual)."""

from __future__ import annotations

from rich.text import Text


def parts_line(parts: list[Text], width: int, sep: str = " · ") -> Text:
    """``parts`` joined by ``sep``, broken into lines between parts only ('3 possible contradictions'
    never splits), each line at most ``width`` cells (a part wider than that gets a line of its own)."""
    out, used = Text(), 0
    for part in parts:
        need = part.cell_len + (len(sep) if used else 0)
        if used and used + need > width:
            out.append("\n")
            used, need = 0, part.cell_len
        elif used:
            out.append(sep)
        out.append_text(part)
        used += need
    return out
