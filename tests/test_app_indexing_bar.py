"""The indexing line at the top: its percentage whole, whatever the width and the corpus's path."""

from __future__ import annotations

import pytest
from textual.widgets import ProgressBar

from app_helpers import app_for, settle


@pytest.mark.parametrize("width", [80, 100, 200])
async def test_the_indexing_percentage_is_whole_beside_a_long_label(seeds_index, width):
    app = app_for(seeds_index)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        app.query_one("#indexing").display = True
        app.query_one("#indexing-label").say("Indexing /srv/newsroom/archive/2025/international-desk: read 260/301")
        bar = app.query_one("#indexing-bar", ProgressBar)
        bar.update(total=301, progress=260)
        await settle(app, pilot)
        percentage = bar.query_one("#percentage")
        shown = percentage.region.intersection(app.query_one("#indexing").region)
        assert shown.width >= len("86%") and shown == percentage.region, (percentage.region, shown)
        assert bar.query_one("#bar").region.width >= 4  # some bar left beside the label
        label = app.query_one("#indexing-label").region
        assert label.right <= bar.region.x  # side by side, not over each other
