"""Once start-up is done, what the app keeps for its whole run (the index, its speakers, the main screen) is
set aside from the garbage collector's full passes: a full pass over it, started by a key that allocates much
(``o``, ``c`` on 840 articles), held the screen's thread 100–500 ms. Given back to the collector on exit."""

from __future__ import annotations

import gc

from app_helpers import app_for, search, settle


async def test_start_up_objects_are_frozen_for_the_run_and_thawed_on_exit(seeds_index):
    assert gc.get_freeze_count() == 0
    app = app_for(seeds_index)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        frozen = gc.get_freeze_count()
        assert app.speakers and frozen > 10_000  # (the library's searchers and the main screen's widgets)
        await search(app, pilot, "Nvidia")
        await pilot.press("escape", "o")
        await settle(app, pilot)
        assert gc.get_freeze_count() <= frozen  # frozen once (some freed since): a story's objects stay collectable
    assert gc.get_freeze_count() == 0
