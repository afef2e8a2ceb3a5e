"""The story screen: every outlet's version of an event, claim by claim.

A claim × outlet matrix (one row per claim, a mark per outlet that carries it), the highlighted
claim's sentences below with the words that differ, a timeline and the speakers each outlet quotes
(``t``), Enter to open a claim's sentence in the reader, ``e`` to export the claims and quotes as
Markdown. The story is found and aligned (``briefing.index.stories``) in a worker.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.index.sanitize import one_line
from briefing.index.stories.models import Claim, StoryClaims

from ..theme_ink import styles, theme_variables
from ..widgets import story_matrix as sm
from ..widgets.lists import VimList
from ..widgets.footer import FittingFooter
from .modal import Dialog


class SentencePicker(Dialog["tuple[str, int] | None"]):
    """Choose one outlet's sentence of a claim; returns (article id, offset)."""

    BINDINGS = [Binding("escape", "dismiss_none", "Back", id="story_sentences.back")]

    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self._claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog") as box:
            box.border_title = "Open in the reader"
            box.border_subtitle = "Enter open · Esc back"
            options = []
            for k, s in enumerate(self._claim.sentences):
                t = Text(one_line(s.source or s.article_id, 40), style="bold")
                t.append("\n")
                t.append(one_line(s.text, 300))
                options.append(Option(t, id=str(k)))
            yield VimList(*options, id="picker-list")

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        s = self._claim.sentences[int(event.option.id or 0)]
        self.dismiss((s.article_id, s.start))


class StoryScreen(Screen[None]):
    """One story across outlets; Esc goes back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="story.back", tooltip="Back to the reader"),
        Binding("t", "toggle_timeline", "Timeline", id="story.timeline",
                tooltip="The lower pane: the claim's sentences, or the timeline and each outlet's speakers"),
        Binding("e", "export", "Export", id="story.export",
                tooltip="The story's claims, outlets and quotes as a Markdown file"),
    ]

    def __init__(self, library, ref: str) -> None:
        super().__init__()
        self._library, self._ref = library, ref
        self.view: StoryClaims | None = None
        self._claims: list[Claim] = []
        self._outlets: list[str] = []
        self._timeline = False

    def compose(self) -> ComposeResult:
        yield Static(Text("Finding the story…"), id="story-status")
        yield Static(Text(""), id="story-head")
        yield VimList(id="story-claims")
        with VerticalScroll(id="story-details"):
            yield Static(Text(""), id="story-detail-text")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#story-claims").focus()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)  # (after the variables are made)
        self._align()

    @property
    def ink(self) -> dict:
        """The story's styles in the theme's colours."""
        return styles(theme_variables(self.app))

    def _theme_changed(self, _theme=None) -> None:
        if self.view is not None:
            self._render_matrix()

    @work(thread=True, exclusive=True, group="story")
    def _align(self) -> None:
        from briefing.index.stories.claims import align_story, find_story

        try:
            story, articles, quotes = find_story(self._library, self._ref)
            view = align_story(story, articles, quotes)
        except Exception as exc:  # a story problem must not close the app
            self.app.call_from_thread(self.notify, f"Cannot show the story: {exc}", severity="error", markup=False)
            return
        self.app.call_from_thread(self.show, view)

    def show(self, view: StoryClaims) -> None:
        """Fill the matrix and the details with an aligned story."""
        self.view = view
        self._claims = sm.all_claims(view)
        self._outlets = sm.outlet_columns(view)
        self._render_matrix()
        if len(view.story.articles) < 2:
            self.notify("No other article reports this event: its claims are shown alone.", markup=False, timeout=4)

    def _render_matrix(self) -> None:
        if self.view is None:
            return
        lst = self.query_one("#story-claims", VimList)
        width, ink = self.size.width, self.ink
        status = self.query_one("#story-status", Static)  # (its padding: a cell either side)
        summary = sm.summary(self.view, ink, width - status.styles.padding.left - status.styles.padding.right)
        status.update(summary)
        # as many rows as the summary's lines: an auto height measured once kept one row for two lines after a
        # claim was moved to
        status.styles.height = summary.plain.count("\n") + 1
        self.query_one("#story-head", Static).update(sm.header(self._outlets, width, ink))
        flagged = sm.contradicted(self.view)
        keep = lst.highlighted or 0
        lst.clear_options()  # one line a claim, a few hundred at most: all rows at once
        lst.add_options([Option(sm.matrix_row(c, self._outlets, width, c.id in flagged, ink)) for c in self._claims])
        if self._claims:
            lst.highlighted = min(keep, len(self._claims) - 1)
        self._details()

    def on_resize(self) -> None:
        self._render_matrix()

    def _current(self) -> Claim | None:
        k = self.query_one("#story-claims", VimList).highlighted
        return self._claims[k] if k is not None and k < len(self._claims) else None

    @on(OptionList.OptionHighlighted, "#story-claims")
    def _details(self, event=None) -> None:
        if self.view is None:
            return
        text = self.query_one("#story-detail-text", Static)
        claim = self._current()
        if self._timeline or claim is None:
            box = self.query_one("#story-details")
            # (a vertical scrollbar may come with the text: its cells are never the text's)
            text.update(sm.timeline(self.view, box.scrollable_content_region.width - box.styles.scrollbar_size_vertical,
                                    self.ink))
        else:
            text.update(sm.claim_details(self.view, claim, self.ink))

    def action_toggle_timeline(self) -> None:
        """Switch the lower pane between the claim's sentences and the timeline with the speakers."""
        self._timeline = not self._timeline
        self._details()

    @on(OptionList.OptionSelected, "#story-claims")
    def _open(self, event: OptionList.OptionSelected) -> None:
        claim = self._current()
        if claim is not None:
            self.app.push_screen(SentencePicker(claim), self._jump)

    def _jump(self, chosen: "tuple[str, int] | None") -> None:
        if chosen is None:
            return
        article_id, offset = chosen
        self.app.pop_screen()
        self.app.open_article_at(article_id, offset)

    def action_export(self) -> None:
        """Write the story's claims, outlets and quotes as a Markdown file for the briefing."""
        if self.view is None:
            self.notify("Still aligning the story…", markup=False)
            return
        import datetime as dt

        from briefing.index.config import corpus_data_dir
        from briefing.index.errors import BriefingError
        from briefing.index.export import write_export
        from briefing.index.stories.markdown import story_markdown

        folder = corpus_data_dir(self._library.corpus) / "exports"
        stem = f"story-{self.view.story.id}-{dt.datetime.now():%Y%m%d-%H%M%S}"
        path = folder / f"{stem}.md"
        n = 1
        while path.exists():  # exported again within the second: a file of its own, not a failure
            n += 1
            path = folder / f"{stem}-{n}.md"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            written = write_export(path, story_markdown(self.view))
        except (BriefingError, OSError) as exc:
            self.notify(f"Export failed: {exc}", severity="error", markup=False)
            return
        self.notify(f"Story exported to {written}", markup=False, timeout=6)
