"""Rich ``Text`` for list rows, built from untrusted data: never markup, control characters stripped."""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from briefing.index.models import Quote, SearchHit, Speaker
from briefing.index.palette import speaker_color
from briefing.index.sanitize import counted, display_char_map, one_line

MATCH_STYLE = "bold #1b1b1b on #e5c07b"
CURRENT_MATCH_STYLE = "bold underline #ffffff on #d75f00"
DIM = "dim"


def flat(text: str) -> str:
    """Terminal-safe text on one line with the same length as ``text`` (offsets stay valid)."""
    return display_char_map(text).replace("\n", " ")


def hit_meta(hit: SearchHit, show_score: bool = True, width: int = 200) -> str:
    """"Source · 2025-08-12 · score 4.72" for a search hit; the source is shortened to fit ``width``."""
    rest = [hit.date.isoformat() if hit.date else "undated"]
    if hit.score and show_score:
        rest.append(f"score {hit.score:.2f}")
    tail = " · " + " · ".join(rest)
    source = one_line(hit.source, max(8, min(40, width - len(tail)))) or "unknown source"
    if len(source) + len(tail) > width and len(rest) > 1:  # a narrow pane: the score goes, not half of it
        return hit_meta(hit, False, width)
    return source + tail


UNREAD_MARK = "● "
BOOKMARK_MARK = "⚑ "


def result_parts(hit: SearchHit, show_score: bool = True, width: int = 200,
                 marks: "tuple[bool, bool] | None" = None) -> tuple[Text, Text, Text | None]:
    """The parts of a result: title, dim meta line, snippets (best first) with matched words highlighted.

    With ``marks`` (unread, bookmarked) an unread title starts with "●" and is bold, a read one is
    plain (a mark and a weight, not a colour alone); a bookmark starts the meta line with "⚑".
    """
    label = one_line(hit.title or hit.path or hit.id, 160)
    if marks is None or marks[0]:
        title = Text(label, style="bold")
        if marks is not None:
            title = Text.assemble((UNREAD_MARK, f"bold {ink('#4fc1e9')}"), title)
    else:
        title = Text(label)
    meta = Text(hit_meta(hit, show_score, width), style=DIM)
    if marks is not None and marks[1]:
        meta = Text.assemble((BOOKMARK_MARK, "bold #e5c07b"), meta)
    if not hit.snippets:
        return title, meta, None
    return title, meta, snippets_text(hit.snippets)


def snippets_text(snippets) -> Text:
    """The snippets in reading order joined by ' … '; two that overlap (Whoosh's fragments reach 60
    characters either side of their words) are one run of text, their shared words shown once and
    every matched word of both highlighted."""
    out, end = Text(), -1
    run_start = run_base = 0  # the body offset the current run of text starts at, and its place in ``out``
    for snip in sorted(snippets, key=lambda s: s.start):
        if snip.start > end:  # (a snippet starting where the last ends continues its run: nothing left out)
            if out:
                out.append(" … ")
            run_start, run_base = snip.start, len(out)
            out.append(flat(snip.text))
        elif snip.end > end:
            out.append(flat(snip.text[end - snip.start:]))
        end = max(end, snip.end)
        for h in snip.highlights:
            a, b = run_base + h.start - run_start, run_base + h.end - run_start
            if run_base <= a < b <= len(out):
                out.stylize(MATCH_STYLE, a, b)
    return out


def result_prompt(hit: SearchHit, width: int = 200, show_score: bool = True,
                  marks: "tuple[bool, bool] | None" = None) -> Text:
    """A result as one text: title, meta line, then the snippet cut to about three lines of ``width``."""
    title, meta, body = result_parts(hit, show_score, marks=marks)
    t = Text(no_wrap=False, overflow="fold")
    t.append_text(title)
    t.append("\n")
    t.append_text(meta)
    if body is not None:
        t.append("\n")
        t.append_text(_shorten(body, 3 * max(20, width) - 8))
    return t


def result_row(hit: SearchHit, width: int, console: Console, lines: int = 5, show_score: bool = True,
               marks: "tuple[bool, bool] | None" = None) -> list[Text]:
    """A result as exactly ``lines`` lines of at most ``width`` cells (fixed-height rows).

    The title takes up to two lines, the meta line one, the snippet what is left; what does not
    fit ends in an ellipsis. Lines a short result leaves over are blank.
    """
    title, meta, body = result_parts(hit, show_score, width, marks)
    out = clip_lines(title, width, min(2, lines - 1), console)
    meta.truncate(width, overflow="ellipsis")
    out.append(meta)
    if body is not None:
        out += clip_lines(body, width, lines - len(out), console)
    return (out + [Text() for _ in range(lines)])[:lines]


def clip_lines(text: Text, width: int, max_lines: int, console: Console) -> list[Text]:
    """``text`` wrapped to ``width`` cells, at most ``max_lines`` lines, the last with "…" if cut."""
    if max_lines <= 0:
        return []
    wrapped = list(text.wrap(console, width, overflow="fold"))
    if len(wrapped) <= max_lines:
        return wrapped
    wrapped = wrapped[:max_lines]
    last = wrapped[-1]
    last.rstrip()
    if last.cell_len > width - 1:
        last.truncate(width - 1)
        last.rstrip()
    last.append("…")
    return wrapped


def _shorten(text: Text, limit: int) -> Text:
    """Cut a text to ``limit`` characters at a word boundary, adding an ellipsis."""
    if len(text.plain) <= limit:
        return text
    cut = text.plain.rfind(" ", 0, limit)
    out = text[: cut if cut > limit // 2 else limit]
    out.append("…")
    return out


_on_light: tuple[str, ...] = ()  # the light theme's background colours, while one is on


def use_backgrounds(colours: "tuple[str, ...]") -> None:
    """The backgrounds speaker colours must read on: a light theme's (its background and surface), or
    none for a dark theme (the palette is made for dark backgrounds)."""
    global _on_light
    _on_light = tuple(colours)
    _readable.cache_clear()


def _luminance(c) -> float:
    def channel(v: int) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


@lru_cache(maxsize=64)
def _readable(colour: str) -> str:
    """``colour`` darkened (its hue kept) until it has a 4.5:1 contrast with every light background."""
    from textual.color import Color

    base, black = Color.parse(colour), Color(0, 0, 0)
    grounds = [_luminance(Color.parse(b)) for b in _on_light]
    for step in range(21):
        c = base.blend(black, step / 20)
        lum = _luminance(c)
        if all((bg + 0.05) / (lum + 0.05) >= 4.5 for bg in grounds):
            return c.hex
    return "#000000"


def ink(colour: str) -> str:
    """A fixed text colour (made for the dark theme) that reads on the theme in use: darker on a light one."""
    return _readable(colour) if _on_light else colour


def speaker_hex(name: str | None) -> str:
    """The speaker's colour (the same for a speaker everywhere), darker on a light theme."""
    return ink(speaker_color(name))


def speaker_tag(name: str | None, width: int | None = None) -> Text:
    """The speaker's name in their colour (the same colour everywhere), or 'unattributed'."""
    label = one_line(name, width) if name else "unattributed"
    return Text().append(label, style=f"bold {speaker_hex(name)}")  # a span: text appended after it is plain


def quote_prompt(q: Quote, title: str = "", *, selected: bool = False, marks: str = "",
                 matching: bool = False, query: str = "") -> Text:
    """A quote row: marks, coloured speaker tag and role, then the quote, its kind and its article."""
    t = Text(no_wrap=False, overflow="fold")
    t.append("● " if selected else "○ ", style=f"bold {ink('#98c379')}" if selected else DIM)
    t.append_text(speaker_tag(q.speaker, 40))
    if q.speaker_role:  # as the article names them (and as the export attributes the quote)
        t.append(f", {one_line(q.speaker_role, 40)}", style=DIM)
    if marks:  # the star, the note and the tags, as the user wrote them (never markup)
        t.append(f" {one_line(marks, 80)}", style="#e5c07b")
    if matching:
        t.append(" ◆ match", style="#e5c07b")
    t.append("\n")
    mark = "“" if q.kind == "direct" else ""  # mixed quotes carry their own quotation marks
    body = Text(f"{mark}{one_line(q.text, 300)}{'”' if mark else ''}")
    if query.strip():
        from briefing.index.highlight import highlight_spans

        for span in highlight_spans(body.plain, query):
            body.stylize(MATCH_STYLE, span.start, span.end)
    t.append_text(body)
    t.append("\n")
    t.append(q.kind, style="italic dim")
    if title:
        t.append(f" · {one_line(title, 90)}", style=DIM)
    return t


def speaker_prompt(s: Speaker, role: str | None = None, width: int = 90, name_width: int | None = None) -> Text:
    """A speaker row of one line in ``width`` cells, in columns: coloured name in ``name_width`` cells
    (cut with "…" past them; by default as :func:`name_column` gives for this name alone), quote count
    right-aligned, a role (``role``, else the first) in what is left, cut with "…"."""
    name_w = name_width or name_column([s.name], width)
    t = speaker_tag(s.name)  # the whole name picks the colour; cut in cells (a CJK name is two a character)
    t.truncate(name_w, overflow="ellipsis", pad=True)
    t.append(f" {s.count:>5}", style="bold")
    t.append(" quote " if s.count == 1 else " quotes", style=DIM)
    role = one_line(role or (s.roles[0] if s.roles else ""), 200)
    if role:
        t.append(f"  {role}", style="italic dim")
    if getattr(s, "kind", "named") != "named":  # listed after the named speakers
        t.append("  description" if s.kind == "group" else "  not a person or organisation", style=DIM)
    t.no_wrap = True
    t.truncate(width, overflow="ellipsis")
    return t


def name_column(names, width: int, roles=()) -> int:
    """The cells of the name column of speaker rows ``width`` wide: the longest of ``names`` but for
    one in ten (a description of many words is cut rather than pushing every count right), leaving
    the count and 16 cells of role (at least 14); with ``roles`` (those the rows show), room for them
    too, up to half of what is left (a few long descriptions matched by a name typed pushed the
    column to 66 cells, and every role was cut to 24 beside blank space)."""
    import math

    def high(values) -> int:
        lengths = sorted(values)
        return lengths[min(len(lengths) - 1, math.ceil(0.9 * (len(lengths) - 1)))] if lengths else 0

    wanted = high(cell_len(one_line(n)) for n in names if n) or 12
    free = width - 12  # the count and its margins take the rest
    role = min(high(cell_len(one_line(r, 200)) + 2 for r in roles if r), free // 2)
    return max(14, min(wanted, width - 28, free - role))


def skipped_notice(summary, names: int = 3) -> str | None:
    """What an index run left out, for a notification: counts by reason and the first few files
    ("5 files skipped: 2 binary, 2 unreadable, 1 not decodable (binary.txt, pipe.txt, … )"); None if none."""
    every = list(getattr(summary, "skipped", None) or [])
    if not every:
        return None
    from collections import Counter

    def listed(files: list) -> str:
        reasons = ", ".join(f"{n} {r}" for r, n in Counter(s.reason for s in files).most_common())
        shown = ", ".join(one_line(s.path, 40) for s in files[:names]) + (", …" if len(files) > names else "")
        return f"{reasons} ({shown})"

    skipped = [s for s in every if not s.kept]
    partly = [s for s in every if s.kept]
    parts = [f"{counted(len(skipped), 'file')} skipped: {listed(skipped)}"] if skipped else []
    if partly:  # a feed the lenient parser read: its entries are in the index
        kept = sum(s.kept for s in partly)
        parts.append(f"{counted(len(partly), 'file')} read in part ({counted(kept, 'article')} kept): {listed(partly)}")
    return "; ".join(parts) + ". `briefing index` lists each with its reason."
