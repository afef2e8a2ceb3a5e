"""Snapshots of the main screens (pytest-textual-snapshot): fixed size, seeds, workers awaited.

Update after an intended change with ``pytest tests/test_app_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import settle

SIZE = (120, 36)


def app_for(seeds_index):
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    return app


def steps(*keys: str, focus: str | None = None):
    """A run_before that waits for the library, presses keys and waits for the workers after each."""
    async def run(pilot) -> None:
        app = pilot.app
        app.query_one("#query").cursor_blink = False
        await settle(app, pilot)
        for key in keys:
            if key.startswith("focus:"):
                getattr(app, f"action_focus_{key[6:]}")()
            elif key.startswith("type:"):
                await pilot.press(*key[5:])
            else:
                await pilot.press(key)
            await settle(app, pilot, rounds=1)
        await settle(app, pilot)
    return run


def test_snapshot_start(snap_compare, seeds_index):
    assert snap_compare(app_for(seeds_index), terminal_size=SIZE, run_before=steps())


def test_snapshot_search(snap_compare, seeds_index):
    assert snap_compare(app_for(seeds_index), terminal_size=SIZE,
                        run_before=steps("type:H20 backdoor", "enter"))


def test_snapshot_reader(snap_compare, seeds_index):
    assert snap_compare(app_for(seeds_index), terminal_size=SIZE,
                        run_before=steps("type:H20", "enter", "j", "enter", "n", "n"))


def test_snapshot_help(snap_compare, seeds_index):
    assert snap_compare(app_for(seeds_index), terminal_size=SIZE,
                        run_before=steps("focus:quotes", "question_mark"))


def test_snapshot_narrow(snap_compare, seeds_index):
    assert snap_compare(app_for(seeds_index), terminal_size=(80, 24),
                        run_before=steps("type:chips", "enter", "enter"))
