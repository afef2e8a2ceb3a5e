"""Helpers shared by the app tests (not a test module)."""

from __future__ import annotations


async def settle(app, pilot, rounds: int = 3, timeout: float = 20.0) -> None:
    """Let timers fire, workers finish, lists fill and the screen repaint (no fixed sleeps).

    Waits until the app says it is settled (no search, quote list or list filling on its way), up
    to ``timeout`` seconds, polling in small steps.
    """
    import time

    deadline = time.monotonic() + timeout
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    while not getattr(app, "settled", True) and time.monotonic() < deadline:
        await pilot.pause(0.02)
        await app.workers.wait_for_complete()
    await pilot.pause()


def option_texts(option_list) -> list[str]:
    """The plain text of every option of an OptionList."""
    out = []
    for i in range(option_list.option_count):
        prompt = option_list.get_option_at_index(i).prompt
        out.append(getattr(prompt, "plain", str(prompt)))
    return out


async def search(app, pilot, query: str) -> None:
    """Put ``query`` in the search box (as a paste would) and press Enter."""
    app.action_focus_search()
    box = app.query_one("#query")
    box.value = query
    box.cursor_position = len(query)
    await pilot.press("enter")
    await settle(app, pilot)
