"""Command palette (Ctrl+P): every action, plus open article / filter by speaker by name; over another
screen (a story, a comparison, a dialog) that screen's own keys, as its footer shows them."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.index.sanitize import counted, one_line

ACTIONS = (
    ("Focus search", "focus_search", "Type a query (/)"),
    ("Focus results", "focus_results", "The result list"),
    ("Focus reader", "focus_reader", "The open article"),
    ("Focus quotes", "focus_quotes", "The quote pane"),
    ("Filter quotes by speaker…", "speaker_filter", "One speaker's quotes across the corpus (s)"),
    ("Clear speaker filter", "clear_speaker_filter", "Back to the quotes of the search"),
    ("Related articles", "related", "More like the open article (r)"),
    ("Compare side by side…", "compare", "With the marked article, else pick one (c)"),
    ("Story across outlets", "story", "Every outlet's version of this event, claim by claim (o)"),
    ("Mark this article for comparison", "mark", "c on another article compares the two (m)"),
    ("Export selected quotes…", "export", "Markdown, CSV, JSON or plain text (e)"),
    ("Toggle selection of the highlighted quote", "toggle_selection", "Space / x in the quote pane"),
    ("Annotate the highlighted quote", "annotate", "a in the quote pane"),
    ("Copy the highlighted quote", "copy_quote", "y in the quote pane"),
    ("Star / unstar the highlighted quote", "toggle_star", "is:starred finds them; export can keep only them (*)"),
    ("Show only the selected quotes", "show_selected", "Again: back to the quotes shown before (v)"),
    ("Search for the suggested spelling (did you mean)", "accept_suggestion", "When a query finds nothing"),
    ("Pick up new and changed files", "refresh_index", "Index what changed in the corpus folder, search again (Ctrl+R)"),
    ("Fetch feeds and index", "fetch", "Download the feeds of feeds.opml and their pages, then index (F)"),
    ("Save this search…", "save_search", "Keep the query under a name; counts what is new (Ctrl+S)"),
    ("Saved searches…", "saved_searches", "With total and new counts; Enter opens one (S)"),
    ("Mark read / unread", "toggle_read", "The highlighted result or the open article (u)"),
    ("Bookmark / remove bookmark", "toggle_bookmark", "is:bookmarked finds bookmarked articles (B)"),
    ("Toggle dark/light theme", "toggle_theme", "Ctrl+T"),
    ("Narrower search column", "resize_sidebar(-4)", "<"),
    ("Wider search column", "resize_sidebar(4)", ">"),
    ("Next match in the article", "next_match", "n"),
    ("Previous match in the article", "previous_match", "N"),
    ("Help: keys of the focused pane", "help", "? or F1"),
    ("Quit", "quit", "q"),
)


ANYWHERE = frozenset({"toggle_theme", "help"})
"""Commands that run over any screen; the others act on the main screen's panes (their keys too)."""

SYSTEM_OFFERED = frozenset({"quit"})
"""Actions Textual's own commands list on every screen (its 'Quit'): not listed twice."""


def offered(app, screen, action: str) -> bool:
    """Whether the palette opened over ``screen`` lists ``action``: on a story, a comparison or a
    dialog only what runs there; on the main screen what its keys can do at its size."""
    if action in SYSTEM_OFFERED:
        return False
    if screen is not app.screen_stack[0]:
        return action in ANYWHERE
    if action.startswith("resize_sidebar"):
        return not app.panes_stacked()
    return True


def screen_keys(app, screen) -> list[tuple[str, str, object, str]]:
    """``[(name, action, node, help)]``: the keys ``screen`` declares to show (its own and its panes', not the
    app's), one per action, each enabled where it would run now; none for the main screen (:data:`ACTIONS`)."""
    if screen is app.screen_stack[0]:
        return []
    out: dict[str, tuple[str, str, object, str]] = {}
    for _key, (node, binding, enabled, tooltip) in screen.active_bindings.items():
        if node is app or not binding.show or binding.system or not enabled or binding.action in out:
            continue
        keys = app.get_key_display(binding)
        out[binding.action] = (binding.description, binding.action, node,
                               f"{tooltip or binding.tooltip} ({keys})" if tooltip or binding.tooltip else keys)
    return list(out.values())


class BriefingCommands(Provider):
    """Actions by name, articles of the current results by title, speakers by name."""

    async def discover(self) -> Hits:
        app = self.app
        for name, action, help_text in ACTIONS:
            if offered(app, self.screen, action):
                yield DiscoveryHit(name, partial(app.run_action, action), help=help_text)
        for name, action, node, help_text in screen_keys(app, self.screen):
            yield DiscoveryHit(name, partial(app.run_action, action, node), help=help_text)

    async def search(self, query: str) -> Hits:
        app = self.app
        matcher = self.matcher(query)
        for name, action, help_text in ACTIONS:
            score = matcher.match(name)
            if score > 0 and offered(app, self.screen, action):
                yield Hit(score, matcher.highlight(name), partial(app.run_action, action), help=help_text)
        for name, action, node, help_text in screen_keys(app, self.screen):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(app.run_action, action, node), help=help_text)
        if self.screen is not app.screen_stack[0]:
            return  # articles, comparisons, saved searches and speakers open in the main screen's panes
        result = getattr(app, "result", None)
        for hit in (result.hits[:100] if result else []):
            label = f"Open: {one_line(hit.title or hit.id, 100)}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(app.open_article, hit.id),
                          help=one_line(hit.source or hit.path, 60))
        current = getattr(app, "article", None)
        for hit in (result.hits[:100] if result and current is not None else []):
            if hit.id == current.id:
                continue
            label = f"Compare with: {one_line(hit.title or hit.id, 100)}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(app.compare_with, current.id, hit.id),
                          help=one_line(hit.source or hit.path, 60))
        for news in getattr(app, "saved_news", None) or []:
            s = news.search
            label = f"Saved search: {one_line(s.name, 80)}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(app.open_saved_search, s.name),
                          help=f"{one_line(s.query, 60)} · {counted(s.total, 'article')} · {s.new:,} new")
        for sp in getattr(app, "speakers", [])[:300]:
            label = f"Speaker: {one_line(sp.name, 80)}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(app.apply_speaker_filter, sp.name),
                          help=counted(sp.count, "quote"))
