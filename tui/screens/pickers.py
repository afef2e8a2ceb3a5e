"""Modal pickers: an article (related, compare with…) and a speaker (type to narrow)."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing.index.models import SearchHit, Speaker
from briefing.index.sanitize import one_line

from ..render import hit_meta, name_column, speaker_prompt
from ..widgets.lists import VimList
from .modal import Dialog


class ArticlePicker(Dialog["str | None"]):
    """Choose one article from a list of hits; returns its id (None on Esc).

    ``hits`` may be a function that finds them (more-like-this): the picker opens at once, says it is
    looking, and fills when a worker has them; an Enter pressed meanwhile takes the first."""

    BINDINGS = [Binding("escape", "dismiss_none", "Back", id="picker.back"),
                Binding("enter", "choose_first", "Choose", show=False, id="picker.choose_first")]
    AUTO_FOCUS = ""  # the list takes focus when it is filled: an Enter before that is the screen's

    def __init__(self, title: str, hits: "list[SearchHit] | Callable[[], list[SearchHit]]",
                 empty: str = "Nothing to show.", looking: str = "Looking…") -> None:
        super().__init__()
        self._title, self._empty, self._looking = title, empty, looking
        self._find = hits if callable(hits) else None
        self._hits: "list[SearchHit] | None" = None if callable(hits) else hits
        self._enter_wanted = False

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "Enter choose · Esc back"
            yield VimList(id="picker-list")

    def on_mount(self) -> None:
        if self._hits is not None:
            self._fill(self._hits)
            return
        lst = self.query_one("#picker-list", VimList)
        lst.add_option(Option(Text(self._looking, style="italic dim"), disabled=True))
        self.set_focus(None)  # an Enter before the list is in is the screen's: it takes the first
        self._look()

    @work(thread=True, exclusive=True, group="picker")
    def _look(self) -> None:
        try:
            hits = self._find()
        except Exception as exc:  # a search problem must not close the app
            self.app.call_from_thread(self.notify, f"Cannot find them: {exc}", severity="error", markup=False)
            hits = []
        self.app.call_from_thread(self._fill, hits)

    def _fill(self, hits: "list[SearchHit]") -> None:
        self._hits = hits
        lst = self.query_one("#picker-list", VimList)
        lst.clear_options()
        for h in hits:
            t = Text(one_line(h.title or h.id, 150), style="bold")
            t.append("\n")
            t.append(hit_meta(h), style="dim")
            lst.add_option(Option(t, id=h.id))
        if hits:
            lst.highlighted = 0
        else:
            lst.add_option(Option(Text(self._empty, style="italic dim"), disabled=True))
        lst.focus()
        if self._enter_wanted and hits:
            self.dismiss(hits[0].id)

    def action_choose_first(self) -> None:
        """Enter while the list is not in yet: choose its first article once it is."""
        if self._hits is None:
            self._enter_wanted = True
        elif self._hits:
            self.dismiss(self._hits[0].id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


def estimated_row_width(terminal_width: int) -> int:
    """The speaker list's width before it is laid out: the dialog's (80%, at most 110 cells; briefing.tcss)
    less its border and padding (4) and the list's scroll bar gutter (1) and its own padding (2). (One
    cell more, and at 80 columns the first rows drawn wrapped a long role onto a second line.)"""
    return min(110, terminal_width * 8 // 10) - 7


class SpeakerList(VimList):
    """The speaker rows, one line each: built again whenever the list takes a new width."""

    def on_resize(self) -> None:
        refit = getattr(self.screen, "refit", None)
        if refit is not None:
            self.call_after_refresh(refit)


class SpeakerPicker(Dialog["str | None"]):
    """Speakers with counts; typing narrows the list. Returns a name, "" for all, None on Esc.

    Opened before the corpus's speakers are loaded (``speakers`` None), it says so and takes what is
    typed meanwhile; :meth:`set_speakers` fills it, narrowed by that text.
    """

    BINDINGS = [
        Binding("escape", "dismiss_none", "Back", id="speakers.back"),
        Binding("down", "focus_list", "List", show=False, id="speakers.list"),
    ]

    def __init__(self, speakers: list[Speaker] | None, current: str | None = None) -> None:
        super().__init__()
        self._current = current
        self._needle = ""
        self._rows: list[int | None] = []
        self._name_column: tuple[int, int] | None = None  # (row width, name cells)
        self._take(speakers)

    def _take(self, speakers: list[Speaker] | None) -> None:
        self.waiting = speakers is None  # (not Screen.loading: that covers the whole dialog, typing box included)
        self._speakers = speakers or []
        self._names = [(s.name.lower(), [r.lower() for r in s.roles], [a.lower() for a in s.aliases])
                       for s in self._speakers]

    def set_speakers(self, speakers: list[Speaker]) -> None:
        """The speakers, once loaded: the list shows those matching what is typed so far."""
        self._take(speakers)
        if self.is_mounted:
            self._fill(self.query_one("#speaker-filter", Input).value)

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-picker", classes="dialog") as box:
            box.border_title = "Filter quotes by speaker"
            box.border_subtitle = "type to narrow · Enter choose · Esc back"
            yield Input(placeholder="speaker name…", id="speaker-filter")
            yield SpeakerList(id="speaker-list")

    def on_mount(self) -> None:
        self._fill("")
        self.call_after_refresh(self.refit)

    def matching(self, needle: str) -> list[int]:
        """Indexes of the speakers whose name, a role or an alias holds ``needle``, in the list's order
        (most quoted first): those whose own name or role holds it (``chancellor`` -> Gordon Brown,
        Chancellor) before those that match by an alias only (an extraction's stray words)."""
        needle = needle.lower().strip()
        if not needle:
            return list(range(len(self._speakers)))
        by_name, by_alias = [], []
        for i, (name, roles, aliases) in enumerate(self._names):
            if needle in name or any(needle in r for r in roles):
                by_name.append(i)
            elif any(needle in a for a in aliases):
                by_alias.append(i)
        return by_name + by_alias

    def _fill(self, needle: str) -> None:
        """Show the matching speakers; rows are built a screenful at a time (thousands of speakers)."""
        lst = self.query_one("#speaker-list", VimList)
        self._needle = needle.lower().strip()
        if self.waiting:
            lst.clear_options()
            lst.add_option(Option(Text("Loading the speakers of the corpus…", style="italic dim"), disabled=True))
            return
        rows: list[int | None] = ([] if needle.strip() else [None]) + self.matching(needle)
        self._rows, self._name_column = rows, None
        if not rows:
            lst.clear_options()
            lst.add_option(Option(Text(f"No speaker matches {needle.strip()!r}.", style="italic dim"), disabled=True))
            return
        lst.fill(rows, self._row, first=self.app.size.height + 2)  # one line a row; the dialog fits its rows

    def _row(self, i: "int | None") -> Option:
        if i is None:
            return Option(Text("All speakers (clear the filter)", style="italic"), id="\x00all")
        s = self._speakers[i]
        role = next((r for r in s.roles if self._needle and self._needle in r.lower()), None)
        width = self._row_width()  # the role typed, when a role matched
        return Option(speaker_prompt(s, role, width, self._name_width(width)), id=f"{i}")

    def _name_width(self, width: int) -> int:
        """One name column for the rows listed: the longest name of the first 60 (most quoted first; a
        longer name further down is cut with "…"), within ``width``."""
        if self._name_column is None or self._name_column[0] != width:
            shown = [self._speakers[i] for i in self._rows[:60] if i is not None]  # the most quoted
            roles = [s.roles[0] for s in shown if s.roles]
            self._name_column = (width, name_column([s.name for s in shown], width, roles))
        return self._name_column[1]

    def _row_width(self) -> int:
        """The list's width once laid out; before that the dialog's (briefing.tcss) less border, padding
        and scroll bar."""
        width = self.query_one("#speaker-list", VimList).scrollable_content_region.width
        return width if width > 0 else estimated_row_width(self.app.size.width)

    def refit(self) -> None:
        """Rows are one line of the list's width: built again once the list is laid out or resized (its own
        resize, not the terminal's: the dialog may be laid out again after the terminal's resize is handled)."""
        if self._name_column is not None and self._name_column[0] != self._row_width():
            self._fill(self.query_one("#speaker-filter", Input).value)

    @on(Input.Changed, "#speaker-filter")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#speaker-filter")
    def _submit(self) -> None:
        lst = self.query_one("#speaker-list", VimList)
        if lst.highlighted is not None:
            self._choose(lst.get_option_at_index(lst.highlighted))

    @on(OptionList.OptionSelected, "#speaker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option)

    def _choose(self, option: Option) -> None:
        if option.disabled:
            return
        self.dismiss("" if option.id == "\x00all" else self._speakers[int(option.id)].name)

    def action_focus_list(self) -> None:
        self.query_one("#speaker-list").focus()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
