"""Make untrusted article text safe to show on a terminal.

Article text may carry ANSI/OSC escape sequences, other control characters and bidi overrides.
``display_text`` keeps every printable character (so markup like ``[bold]`` stays literal text
when it is put into a ``rich.text.Text``) and replaces control characters with visible symbols; it
drops the emoji variation selector, whose width terminals disagree on.
"""

from __future__ import annotations

import re

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_TABLE: dict[int, str] = {}
for _c in range(0x20):
    _TABLE[_c] = chr(0x2400 + _c)  # control pictures: ESC -> '␛'
_TABLE[0x7F] = "\u2421"
for _c in range(0x80, 0xA0):
    _TABLE[_c] = "\ufffd"
for _ch in _BIDI:
    _TABLE[ord(_ch)] = ""
# The emoji variation selector: terminals disagree on whether it widens the character before it (tmux
# draws "🗳️" in one cell, Rich counts two), which shifts a pane's border; without it every terminal and
# Rich agree on the plain character's width.
_VS16 = "\ufe0f"
_TABLE[ord(_VS16)] = ""
_TABLE[ord("\t")] = "    "
_BLOCK_TABLE = dict(_TABLE)
_BLOCK_TABLE[ord("\n")] = "\n"
_BLOCK_TABLE[0x2028] = "\n"  # Unicode line/paragraph separators: plain newlines on a terminal
_BLOCK_TABLE[0x2029] = "\n\n"
_LINE_TABLE = dict(_TABLE)
_LINE_TABLE[ord("\n")] = " "
_LINE_TABLE[ord("\r")] = " "
_LINE_TABLE[ord("\t")] = " "
_LINE_TABLE[0x2028] = " "
_LINE_TABLE[0x2029] = " "

_NEEDS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + _VS16 + "]")


def display_text(text: str, *, multiline: bool = True) -> str:
    """``text`` with control characters made visible and bidi overrides removed.

    With ``multiline=False`` newlines become spaces (for one-line fields such as titles).
    The result has the same length as the input only where nothing needed replacing; callers
    that map offsets should use :func:`display_char` per character instead.
    """
    if not text or not _NEEDS.search(text):
        return text or ""
    return text.translate(_BLOCK_TABLE if multiline else _LINE_TABLE)


def display_char_map(text: str) -> str:
    """Like :func:`display_text` but length-preserving: every unsafe character becomes one safe one.

    Used where offsets into the body must stay valid (reader highlighting, snippets).
    """
    if not text or not _NEEDS.search(text):
        return text or ""
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif o < 0x20 or 0x7F <= o < 0xA0:
            out.append(" " if ch in "\t\r" else ("\u2421" if o == 0x7F else chr(0x2400 + o) if o < 0x20 else "\ufffd"))
        elif ch in _BIDI or o in (0x2028, 0x2029):
            out.append(" ")
        elif ch == _VS16:
            out.append("\u200b")  # zero width on every terminal and to Rich: offsets stay valid
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str | None, limit: int | None = None) -> str:
    """A safe single-line version of a field (title, source, speaker), optionally shortened with '…'."""
    s = " ".join(display_text(text or "", multiline=False).split())
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)].rstrip() + "…"
    return s


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 article`` / ``2,000 articles``: a count (thousands separated) with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
