"""The reader: an article reflowed to the pane width, search terms and quotes marked (line API)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.index.models import Article, Quote
from briefing.index.sanitize import display_char_map, one_line
from briefing.index.textlayout import parts_line

from ..render import CURRENT_MATCH_STYLE, MATCH_STYLE, speaker_hex
from .layout_text import Line, line_of, reflow

HEADER_RULE = "─"


SUMMARY_ONLY = "Only the feed's summary: the feed gave no article text (open the link for the whole story)."
BEHIND_PAYWALL = "partial: behind a paywall (the page was saved showing only a subscriber's teaser)"
"""The line under the header of an article that is a feed item's summary."""


class ArticleView(ScrollView, can_focus=True):
    """One article: header (title, source, date, path) then the body; ``n``/``N`` walk the matches."""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False, id="reader.down"),
        Binding("up,k", "scroll_up", "Up", show=False, id="reader.up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("pagedown,space", "page_down", "Page", show=False, id="reader.page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("n", "next_match", "Next match", id="reader.next_match"),
        Binding("N", "previous_match", "Prev match", id="reader.previous_match"),
        Binding("r", "app.related", "Related", id="reader.related"),
        Binding("c", "app.compare", "Compare", id="reader.compare"),
        Binding("u", "app.toggle_read", "Read/unread", id="reader.toggle_read"),
        Binding("B", "app.toggle_bookmark", "Bookmark", show=False, id="reader.bookmark"),
        Binding("y", "copy", "Copy", show=False, id="reader.copy"),
    ]

    class MatchMoved(Message):
        """The current match changed (for the status line)."""

        def __init__(self, view: "ArticleView", index: int, total: int) -> None:
            super().__init__()
            self.view, self.index, self.total = view, index, total

    def __init__(self, placeholder: str = "No article open.", **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.quotes: list[Quote] = []
        self.placeholder = placeholder
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.focus_quote: Quote | None = None
        self._query = ""
        self._body = ""
        self._styled: Text | None = None
        self._header: list[Text] = []
        self._lines: list[Line] = []
        self._width = 0
        self._cache: dict[int, Strip] = {}

    # ------------------------------------------------------------------ content
    @property
    def query(self) -> str:
        """The query whose words the article highlights ('' when it was opened without one)."""
        return self._query

    def show(self, article: Article | None, quotes: list[Quote] | None = None, query: str = "") -> None:
        """Show ``article`` with its quotes marked and ``query``'s words highlighted."""
        self.article, self.quotes = article, list(quotes or [])
        self.focus_quote = None
        self._body = display_char_map(article.body) if article else ""
        self.set_query(query, keep_position=False)
        self.scroll_to(0, 0, animate=False)

    @property
    def highlighted_query(self) -> str:
        """The search whose words are highlighted."""
        return self._query

    def set_query(self, query: str, keep_position: bool = True) -> None:
        """Highlight ``query``'s words (stemmed match) and reset the match cursor."""
        from briefing.index.highlight import highlight_spans  # whoosh: not needed for the first paint

        self._query = query or ""
        self.matches = [(s.start, s.end) for s in highlight_spans(self._body, self._query)] if self._body else []
        self.current = -1
        self._restyle()

    def restyle(self) -> None:
        """Paint the quotes and matches again (the speaker colours follow the theme)."""
        if self._body:
            self._restyle()

    def _restyle(self) -> None:
        t = Text(self._body)
        for q in self.quotes:
            color = speaker_hex(q.speaker)
            focus = self.focus_quote is not None and q.id == self.focus_quote.id
            t.stylize(Style(color=color, underline=focus, bold=focus), q.start, q.end)
            if q.speaker_start is not None and q.speaker_end is not None:
                t.stylize(Style(color=color, bold=True), q.speaker_start, q.speaker_end)
        for i, (a, b) in enumerate(self.matches):
            t.stylize(CURRENT_MATCH_STYLE if i == self.current else MATCH_STYLE, a, b)
        self._styled = t
        self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        width = max(10, self.scrollable_content_region.width - 1)  # 1 cell of right margin
        if width == self._width and not force:
            return
        self._width = width
        self._cache.clear()
        a = self.article
        if a is None:
            self._header = [part for line in self.placeholder.splitlines()  # wrapped: a narrow pane cuts no hint
                            for part in (Text(line, style="dim italic").wrap(self.app.console, width) or [Text("")])]
            self._lines = []
        else:
            title = Text(one_line(a.title or a.id), style="bold")
            # broken between its parts ('… 2016-03-03 ·' then the path was one line's end)
            meta = parts_line([Text(x, style="dim") for x in (one_line(a.source) or "unknown source",
                                                              a.date.isoformat() if a.date else "undated",
                                                              one_line(a.author) if a.author else "",
                                                              one_line(a.path)) if x], width)
            meta.stylize("dim")
            parts = [title, meta]
            if a.extractor == "feed summary":  # the feed gave no article text: say so, as the reader would ask
                parts.append(Text(SUMMARY_ONLY, style="italic"))
            elif a.partial == "paywall":  # the text stops where the page's paywall started
                parts.append(Text(BEHIND_PAYWALL, style="italic"))
            head: list[Text] = []
            for part in parts:
                head.extend(part.wrap(self.app.console, width))
            head.append(Text(HEADER_RULE * min(width, 60), style="dim"))
            head.append(Text(""))
            self._header = head
            self._lines = reflow(self._body, width)
        self.virtual_size = Size(width, len(self._header) + len(self._lines))
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()

    # ------------------------------------------------------------------ rendering
    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        style = self.rich_style
        strip = self._cache.get(index)
        if strip is None:
            if index < len(self._header):
                text = self._header[index]
            elif index - len(self._header) < len(self._lines) and self._styled is not None:
                ln = self._lines[index - len(self._header)]
                text = self._styled[ln.start:ln.end]
            else:
                text = None
            segs = list(text.render(self.app.console)) if text is not None else []
            strip = Strip([s for s in segs if s.text != "\n"])
            self._cache[index] = strip
        return strip.apply_style(style).extend_cell_length(width, style).crop(0, width)

    # ------------------------------------------------------------------ navigation
    def body_line(self, offset: int) -> int:
        """The virtual line showing body ``offset``."""
        return len(self._header) + line_of(self._lines, offset) if self._lines else 0

    def reveal_offset(self, offset: int) -> None:
        """Scroll so body ``offset`` is in view, a third of the way down."""
        self._relayout()
        y = self.body_line(offset)
        self.scroll_to(0, max(0, y - self.scrollable_content_region.height // 3), animate=False)

    def reveal_quote(self, quote: Quote) -> None:
        """Scroll to ``quote`` and mark it as the focused quote."""
        self.focus_quote = quote
        self._restyle()
        self.reveal_offset(quote.start)

    def _goto_match(self, step: int) -> None:
        if not self.matches:
            self.notify("No matches of the search in this article." if self._query else "No search terms.",
                        severity="warning", markup=False)
            return
        if self.current < 0:  # no match chosen yet: n the first, N the last (not the one before it)
            self.current = 0 if step > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + step) % len(self.matches)
        self._restyle()
        self.reveal_offset(self.matches[self.current][0])
        self.post_message(self.MatchMoved(self, self.current, len(self.matches)))

    # g/G and the page keys jump, as n/N do: Textual animates them at 50 lines a second, which kept
    # a long article scrolling for over a second after G and ~0.7 s after each Space
    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_next_match(self) -> None:
        """Jump to the next highlighted search term."""
        self._goto_match(1)

    def action_previous_match(self) -> None:
        """Jump to the previous highlighted search term."""
        self._goto_match(-1)

    def action_copy(self) -> None:
        """Copy the focused quote, else the article's title and path."""
        if self.focus_quote is not None:
            text = self.focus_quote.text
        elif self.article is not None:
            text = f"{self.article.title}\n{self.article.path}"
        else:
            return
        self.app.copy_to_clipboard(text)
        self.notify("Copied to the clipboard.", markup=False)

    def visible_text(self) -> str:
        """The plain text of the lines currently in view (for tests)."""
        top = self.scroll_offset.y
        out = []
        for i in range(top, top + self.scrollable_content_region.height):
            if i < len(self._header):
                out.append(self._header[i].plain)
            elif i - len(self._header) < len(self._lines):
                ln = self._lines[i - len(self._header)]
                out.append(self._body[ln.start:ln.end])
        return "\n".join(out)
