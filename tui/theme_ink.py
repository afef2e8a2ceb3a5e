"""Colours of the comparison and the story, from the theme's variables (``$text-success``,
``$primary-muted``, …), every text colour at least 4.5:1 on every ground it is drawn on.

Fixed colours were made for dark themes: on the light one the story's cyan marks and the comparison's
green, yellow and dim text read at 1.5–2.5:1. Built once per theme.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from rich.style import Style
from textual.color import Color

MIN_CONTRAST = 4.5


def luminance(c: Color) -> float:
    def channel(v: int) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: Color, grounds: list[Color]) -> Color:
    """``colour`` moved toward black (on light grounds) or white (on dark ones), its hue kept, until it
    reads at 4.5:1 on every ground; black or white, whichever reads better, if none does."""
    dark_grounds = sum(luminance(g) for g in grounds) / len(grounds) < 0.18
    target = Color(255, 255, 255) if dark_grounds else Color(0, 0, 0)
    for step in range(21):
        c = colour.blend(target, step / 20)
        if all(contrast(c, g) >= MIN_CONTRAST for g in grounds):
            return c
    return max((Color(0, 0, 0), Color(255, 255, 255)), key=lambda c: min(contrast(c, g) for g in grounds))


def _colour(variables: Mapping[str, str], name: str, default: str) -> Color:
    try:
        c = Color.parse(variables.get(name) or default)
    except Exception:  # a variable such as 'auto 87%' or 'transparent'
        c = Color.parse(default)
    return c if c.a == 1 else Color.parse(variables.get("background") or default) + c


_USED = ("background", "surface", "foreground", "primary", "primary-muted", "accent-muted", "error",
         "text-success", "text-error", "text-warning", "text-primary")


def theme_variables(app) -> dict[str, str]:
    """The app's theme variables these styles use, as hex colours: an ANSI theme's ('ansi_blue 50%',
    'ansi_default') in the colours the app shows them in (its ``ansi_theme``)."""
    variables = app.theme_variables
    terminal = app.ansi_theme
    out: dict[str, str] = {}
    for name in _USED:
        value = variables.get(name)
        if not value:
            continue
        word, _, alpha = value.partition(" ")
        if not word.startswith("ansi_"):
            out[name] = value
            continue
        if word == "ansi_default":
            ground = name in ("background", "surface") or name.endswith("-muted")
            colour = Color(*(terminal.background_color if ground else terminal.foreground_color))
        else:
            try:
                colour = Color(*terminal.ansi_colors[Color.parse(word).ansi])
            except Exception:
                continue
        if alpha.endswith("%"):  # 'ansi_blue 50%': over the background
            back = Color(*terminal.background_color)
            colour = back.blend(colour, float(alpha[:-1]) / 100)
        out[name] = colour.hex
    return out


def styles(variables: Mapping[str, str] | None = None) -> dict[str, Style]:
    """The styles by role for a theme's variables (``App.theme_variables``; none: the dark default theme's)."""
    if not variables:
        from textual.theme import BUILTIN_THEMES

        variables = BUILTIN_THEMES["textual-dark"].to_color_system().generate()
    return dict(_styles(tuple(sorted((k, v) for k, v in variables.items() if isinstance(v, str)))))


@lru_cache(maxsize=16)
def _styles(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, Style], ...]:
    v = dict(items)
    bg = _colour(v, "background", "#121212")
    fg = _colour(v, "foreground", "#E0E0E0")
    band_a = _colour(v, "primary-muted", bg.hex)
    band_b = _colour(v, "accent-muted", bg.hex)
    primary = _colour(v, "primary", fg.hex)
    cursor, cursor_idle = bg.blend(primary, 0.35), bg.blend(primary, 0.2)
    surface = _colour(v, "surface", bg.hex)
    # (a list on the surface colour has its cursor tinted from it: '$primary 35%' over the surface)
    grounds = [bg, surface, cursor, cursor_idle, surface.blend(primary, 0.35), surface.blend(primary, 0.2)]
    on_bands = [band_a, band_b, cursor, cursor_idle]
    flag = _colour(v, "error", "#B93C5B")

    def ink(name: str, default: str, on: list[Color] = grounds) -> Style:
        return Style(color=readable(_colour(v, name, default), on).rich_color)

    muted = Style(color=readable(fg.blend(bg, 0.3), grounds).rich_color)
    out = {
        "added": ink("text-success", "#8AD4A1") + Style(bold=True),
        "removed": ink("text-error", "#D17E92") + Style(strike=True),
        "changed": ink("text-warning", "#FFC473") + Style(underline=True),
        "flagged": Style(color=readable(fg, [flag]).rich_color, bgcolor=flag.rich_color, bold=True),
        "only_a": Style(color=readable(fg.blend(bg, 0.2), on_bands).rich_color, bgcolor=band_a.rich_color),
        "only_b": Style(color=readable(fg.blend(bg, 0.2), on_bands).rich_color, bgcolor=band_b.rich_color),
        "contradiction": ink("text-error", "#D17E92", grounds + on_bands) + Style(bold=True),
        "cursor": Style(bgcolor=cursor.rich_color),
        "cursor_idle": Style(bgcolor=cursor_idle.rich_color),
        "gutter": muted,
        "muted": muted,
        "strong": Style(color=readable(fg, grounds).rich_color, bold=True),
        "carried": ink("text-primary", "#57A5E2") + Style(bold=True),
        "differs": ink("text-warning", "#FFC473"),
        "warning": ink("text-error", "#D17E92") + Style(bold=True),
        "date": ink("text-primary", "#57A5E2"),
    }
    return tuple(out.items())
