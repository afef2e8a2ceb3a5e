"""The objects the app keeps for its whole run, set aside from the garbage collector's full passes.

A full pass scans every object alive: with a corpus open (searchers, the speaker table, the main screen's
rows) one took 100–500 ms on the screen's thread when a key that allocates much (``o``, ``c``) started it,
a stall of every key and repaint. What is alive once start-up is done is frozen (``gc.freeze``): later
passes scan only what came since. It is thawed when the app ends, so nothing stays uncollected after it.
"""

from __future__ import annotations

import gc


def freeze_long_lived(app) -> None:
    """Set aside everything alive now (once per app run)."""
    if not getattr(app, "_heap_frozen", False):
        app._heap_frozen = True
        gc.freeze()


def thaw(app) -> None:
    """Give the frozen objects back to the collector (the app is ending)."""
    if getattr(app, "_heap_frozen", False):
        app._heap_frozen = False
        gc.unfreeze()
