"""The Briefing app: composition, bindings and the state the handlers own (actions in actions.py)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, ProgressBar

from briefing.index.config import held_corpus

from .actions import ActionsMixin
from .commands import BriefingCommands
from .fetching import FetchMixin
from .daily import DailyMixin
from .config import AppConfig, AppState, load_config, load_state, save_state
from .handlers import RESULT_PAGE, HandlersMixin
from .keyorder import KeyOrderMixin
from .legible import LegibleFilter
from .selection import SelectionStore
from .widgets.article_view import ArticleView
from .widgets.footer import FittingFooter
from .widgets.lists import QuoteList
from .widgets.panes import QuotePane, SearchPane, Status
from .widgets.results import ResultsList

READER_HINT = """Search, then press Enter on a result to read it.

/ search · Esc results · Tab next pane · j/k g/G move · Enter open
n/N next/previous match · r related · c side by side
o the story across outlets · F fetch the corpus's feeds
u read/unread · B bookmark · is:unread in a query filters
Ctrl+S save this search · S saved searches, with what is new
s quotes by speaker · Space/x select a quote · a annotate · e export
? or F1 the keys of the focused pane · Ctrl+P every command · q quit"""


class Columns(Horizontal):
    """The search column and the reader: side by side, or stacked below 100 columns (each resize fits
    the column's remembered width to the layout)."""

    def on_resize(self) -> None:
        self.app.fit_sidebar()


class BriefingApp(KeyOrderMixin, DailyMixin, HandlersMixin, ActionsMixin, FetchMixin, App[int]):
    """Search a corpus, read articles with quotes marked, collect quotes for a briefing."""

    TITLE = "Briefing"
    CSS_PATH = "briefing.tcss"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        # (priority: checked as the key arrives, so a query typed right after "/" goes into the box even
        # when the keys come in one burst — a busy start-up, a fast typist; see check_action)
        Binding("slash", "focus_search", "Search", priority=True, id="briefing.focus_search"),
        Binding("escape", "back", "To the results (first clears a speaker filter)", show=False,
                id="briefing.back"),
        Binding("question_mark,f1", "help", "Help", id="briefing.help"),
        Binding("s", "speaker_filter", "Speaker", show=False, priority=True, id="briefing.speaker_filter"),
        Binding("e", "export", "Export", show=False, id="briefing.export"),
        Binding("m", "mark", "Mark", show=False, id="briefing.mark"),
        Binding("o", "story", "Story", id="briefing.story"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False, id="briefing.toggle_theme"),
        Binding("less_than_sign", "resize_sidebar(-4)", "Narrower", show=False, id="briefing.sidebar_narrower"),
        Binding("greater_than_sign", "resize_sidebar(4)", "Wider", show=False, id="briefing.sidebar_wider"),
        Binding("ctrl+r", "refresh_index", "Refresh", show=False, id="briefing.refresh"),
        Binding("F", "fetch", "Fetch", show=False, id="briefing.fetch"),
        Binding("S", "saved_searches", "Saved", id="briefing.saved_searches"),
        Binding("ctrl+s", "save_search", "Save search", show=False, id="briefing.save_search"),
        Binding("q", "quit", "Quit", id="briefing.quit"),
    ]

    def __init__(self, corpus: "str | Path | None" = None, index_dir: "str | Path | None" = None,
                 config: AppConfig | None = None, restore: bool = True) -> None:
        super().__init__()
        self.config = config or load_config()
        self.state = load_state() if restore else AppState()
        remembered = self.state.corpus if restore and self.state.corpus and Path(self.state.corpus).is_dir() else None
        if remembered is not None and corpus is None and held_corpus(index_dir) not in (None, remembered):
            remembered = None  # an index folder named opens the corpus it holds, not the last one seen
        self.corpus_arg = corpus if corpus is not None else remembered
        self.index_dir_arg = index_dir
        self.library = None
        self.result = None
        self.article = None
        self.article_quotes: list = []
        self.quote_rows: list = []
        self.quote_titles: dict[str, str] = {}
        self.quote_matching: set[str] = set()
        self.quote_scope = "search"
        self.speaker_filter_name: str | None = None
        self.speakers: list = []
        self.selection = SelectionStore()
        self.query_text = self.state.query if restore else ""
        self._restore_article = self.state.article_id if restore else None
        self._restore_speaker = self.state.speaker if restore else None
        self._search_timer = None
        self._quotes_timer = None
        self._searching = False
        self._loading_more = False
        self._end_wanted: str | None = None  # the query whose last result G asked for, while loading it
        self._open_wanted: str | None = None  # the query whose first result Enter asked for, while searching it
        self._catch_up = "not yet"  # -> waiting -> scheduled -> running -> done
        self._speaker_picker_wanted = False
        self._speaker_recheck = False
        self._catch_up_update = True
        self.first_page = None  # the saved page shown at start-up, until the first real search
        self._first_page_saved = False
        self._opening = False

    MAIN_SCREEN_ACTIONS = frozenset({"focus_search", "back", "speaker_filter", "export", "mark", "story",
                                     "resize_sidebar", "refresh_index", "fetch", "saved_searches", "save_search"})
    """App actions about the three panes: off (and out of the footer) while another screen is on top."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the panes' actions on a comparison, a story or a dialog: the footer shows what that screen does."""
        if action in self.MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        if action in self.TYPED_IN_TEXT and isinstance(self.focused, Input):
            return False  # a priority key typed into a text box is text (but see QueryInput: "/" first)
        return True

    TYPED_IN_TEXT = frozenset({"focus_search", "speaker_filter"})
    """Actions of priority bindings whose keys are plain characters: in a text box they are typed."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        with Horizontal(id="indexing"):
            yield Status("Opening the corpus…", id="indexing-label")
            yield ProgressBar(id="indexing-bar", show_eta=False)
        with Columns(id="main"):
            with Vertical(id="sidebar"):
                yield SearchPane(id="search-pane")
                yield QuotePane(id="quote-pane")
            yield ArticleView(READER_HINT, id="reader")
        yield FittingFooter()

    def get_line_filters(self):
        """Textual's filters, then :class:`LegibleFilter`: every text colour of every widget at 4.5:1 on its
        ground (in the theme's colours, rounded as the terminal rounds them)."""
        legible = self.__dict__.get("_legible_filter")
        if legible is None:
            legible = self._legible_filter = LegibleFilter(self)
        return [*super().get_line_filters(), legible]

    def on_mount(self) -> None:
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        theme = self.state.theme or self.config.theme
        if theme in self.available_themes:
            self.theme = theme
        self._theme_changed(self.current_theme)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.fit_sidebar()
        self.query_one("#reader").border_title = "Reader"
        self.query_one("#quote-status", Status).say("Quotes of the matching articles appear here.")
        self.query_one("#query").focus()
        self.query_one("#results", ResultsList).mark_of = self.article_marks
        if self.show_first_page():
            self._opening = True  # paint first: the opening would share the GIL with the first frame

            def open_after_paint() -> None:
                self._opening = False
                self.open_library_worker()

            self.call_after_refresh(open_after_paint)
        else:
            self.open_library_worker()

    def _theme_changed(self, theme) -> None:
        """Speaker colours darkened to read on a light theme (as made on a dark one), rows repainted."""
        from .render import use_backgrounds

        grounds = () if theme.dark else tuple(
            str(c) for k, c in theme.to_color_system().generate().items() if k in ("background", "surface"))
        use_backgrounds(grounds)
        if not self.is_mounted:
            return
        if self.result is not None:  # rows and status in the theme's colours, the cursor kept
            results = self.query_one("#results", ResultsList)
            at = results.highlighted
            self.show_results(self.result, same_search=True)
            if at is not None and at < results.option_count:
                results.highlighted = at
        quotes = self.query_one("#quotes", QuoteList)
        if self.quote_rows:
            quotes.fill(self.quote_rows, self._quote_option, highlight=quotes.highlighted)
        self.query_one("#reader", ArticleView).restyle()

    def show_first_page(self) -> bool:
        """Show the saved first page of the remembered search while the index opens (see first_page.py).

        Only a page computed from the index commit now on disk is shown; the real search replaces
        it as soon as the index is open (without redrawing the list when the hits are the same).
        """
        from briefing.index.first_page import load_first_page, locate

        where = locate(self.corpus_arg, self.index_dir_arg)
        if where is None:
            return False
        corpus, index_dir = where
        query = self.query_text
        if self.state.corpus and self.state.corpus != str(corpus):
            query = ""  # the remembered search belongs to another corpus
        page = load_first_page(index_dir, query)
        if page is None:
            return False
        self.query_text = query
        self.first_page = page
        inp = self.query_one("#query", Input)
        with inp.prevent(Input.Changed):
            inp.value = query
        self.show_results(page)
        return True

    # ------------------------------------------------------------------ state
    def remember(self) -> None:
        """Write where the user is (corpus, query, article, speaker filter, theme, sidebar width)."""
        self.state.corpus = str(self.library.corpus) if self.library is not None else self.state.corpus
        self.state.query = self.query_text
        self.state.article_id = self.article.id if self.article is not None else None
        self.state.speaker = self.speaker_filter_name if self.quote_scope == "speaker" else None
        self.state.theme = self.theme
        save_state(self.state)

    async def action_quit(self) -> None:
        """Save the state (and the start-up page of the search on screen) and leave."""
        self.remember()
        if self.library is not None and self.result is not None and self.result.query == self.query_text:
            from briefing.index.first_page import save_first_page

            save_first_page(self.library.index_dir, self.result, limit=RESULT_PAGE)
        self.exit(0)

    def on_unmount(self) -> None:
        from .heap import thaw

        thaw(self)
        if self.library is not None:
            self.library.close()
