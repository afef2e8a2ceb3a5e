"""Helpers shared by the app tests (not a test module)."""

from __future__ import annotations


async def settle(app, pilot, rounds: int = 3) -> None:
    """Let timers fire, workers finish and the screen repaint (no fixed sleeps)."""
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


def option_texts(option_list) -> list[str]:
    """The plain text of every option of an OptionList."""
    out = []
    for i in range(option_list.option_count):
        prompt = option_list.get_option_at_index(i).prompt
        out.append(getattr(prompt, "plain", str(prompt)))
    return out
