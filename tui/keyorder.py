"""Keys are handled one at a time, in the order they were typed, even when they come in one burst.

Textual forwards each key to the focused widget as soon as the app receives it, and runs a
(non-priority) binding only once the key has bubbled back up to the app. Keys typed in one burst (a
fast typist, ``tmux send-keys``, a busy app) were therefore all forwarded before the first had its
effect: ``e`` + Enter gave the Enter to the results before the export dialog was there, ``c`` +
``x`` swapped nothing, ``o`` right after ``Esc`` on a comparison found the comparison still on top.
Here a key waits until the one before it has been handled all the way (through the widget it went
to and each of that widget's parents, back to the app), and an action that opens a screen returns
the push's awaitable, so the next key goes to the screen it opened, mounted and focused. A
character typed into a text box goes on at once (a key waiting for its turn costs about a frame).
"""

from __future__ import annotations

from contextlib import ExitStack
from time import monotonic

from textual import events
from textual.widgets import Input

STUCK_AFTER = 1.0
"""Seconds after which held keys go on regardless (should a key's widget vanish on its way)."""


class KeyOrderMixin:
    """Mixed into the app before ``App``: one key at a time."""

    _waiting: "list[events.Key] | None" = None  # None: no key on its way
    _turn = 0  # which key is on its way (a late callback of an earlier one is ignored)
    _since = 0.0  # when it set off
    _watchdog = None
    _batch: "ExitStack | None" = None
    keys_handled = 0
    """Keys handled so far, counted as each is handled (a key's action can tell whether another key came
    between it and an earlier one: a second Ctrl+C in a row quits)."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._waiting is not None:
                self._waiting.append(event)
                if self._batch is None:  # a burst: painted once it is through, not once a key
                    self._batch = ExitStack()
                    self._batch.enter_context(self.batch_update())  # type: ignore[attr-defined]
                if self._watchdog is None:
                    self._watchdog = self.set_timer(STUCK_AFTER, self._unstick)  # type: ignore[attr-defined]
                return
            if event.is_printable and isinstance(self.focused, Input):  # type: ignore[attr-defined]
                self.keys_handled += 1
                await super().on_event(event)  # type: ignore[misc]  # typing: it opens nothing, no need to wait
                return
            self._waiting = []
            await self._handle(event)
            return
        await super().on_event(event)  # type: ignore[misc]

    async def _handle(self, event: events.Key) -> None:
        self._turn += 1
        self.keys_handled += 1
        self._since = monotonic()
        await super().on_event(event)  # type: ignore[misc]  # a priority binding, else to the focused widget
        target = self.focused or self.screen  # type: ignore[attr-defined]
        self._hop([target, *target.ancestors], self._turn)

    def _hop(self, nodes: list, turn: int) -> None:
        """Follow the key up: a callback queued behind it on each node it bubbles through, then the app."""
        while nodes:
            node, nodes = nodes[0], nodes[1:]
            if node is self:
                break
            if node.call_later(self._hop, nodes, turn):
                return
        self.call_later(self._next, turn)  # type: ignore[attr-defined]

    async def _next(self, turn: int) -> None:
        if turn != self._turn or self._waiting is None:
            return
        if not self._waiting:
            self._waiting = None
            if self._watchdog is not None:
                self._watchdog.stop()
                self._watchdog = None
            if self._batch is not None:
                batch, self._batch = self._batch, None
                batch.close()
            return
        await self._handle(self._waiting.pop(0))

    async def _unstick(self) -> None:
        """A key on its way for STUCK_AFTER seconds (its widget vanished): handle the next anyway."""
        self._watchdog = None
        if self._waiting is None:
            return
        late = monotonic() - self._since
        if late < STUCK_AFTER:
            self._watchdog = self.set_timer(STUCK_AFTER - late, self._unstick)  # type: ignore[attr-defined]
            return
        await self._next(self._turn)
        if self._waiting is not None and self._watchdog is None:
            self._watchdog = self.set_timer(STUCK_AFTER, self._unstick)  # type: ignore[attr-defined]
