"""Keystroke-to-results latency of the running app, measured through Textual's Pilot.

Two measurements (see :func:`pilot_keystrokes`): the key handed to the app -> results painted
(``keystroke_*``), and the older ``pilot.press``-based one (``keystroke_press_*``) whose figures
include Pilot's idle waits (about 60 ms per key even on a trivial app: ``pilot_press_floor_ms``).

Run in a fresh interpreter by ``bench_app.keystrokes`` (so imports and caches are the app's own).
The app is started on the benchmark corpus and index with ``run_test`` (160x48). For each of a few
queries the search input is cleared and the query typed one key at a time; a key's latency is the
time from ``pilot.press`` until the app holds a :class:`SearchResult` whose ``query`` equals the
input's new value (found on the app, its screens or any widget: an attribute named ``result``,
``last_result``, ``results`` or ``search_result``). Debouncing, workers and repainting all count,
as they do for a person typing. If no such attribute exists, the fallback waits until the app has
no running workers and no pending messages, which underestimates the latency (noted in the output).
"""

from __future__ import annotations

import asyncio
import inspect
import statistics
import time
from pathlib import Path

QUERIES = ("economy", "prime minister", "chelsea arsenal", "elect", "oil prices")
ATTRS = ("result", "last_result", "results", "search_result")


def _percentile(values: list[float], pct: float) -> float:
    s = sorted(values)
    return s[max(0, min(len(s) - 1, int(round(pct / 100 * len(s) + 0.5)) - 1))]


def _make_app(corpus: Path, index_dir: Path):
    """The app object, built the way ``briefing open`` builds it (best effort over likely factories)."""
    from textual.app import App

    import briefing.tui.main as tm

    for name in ("make_app", "create_app", "build_app"):
        fn = getattr(tm, name, None)
        if callable(fn):
            if "restore" in inspect.signature(fn).parameters:  # ignore remembered state
                return fn(corpus=str(corpus), index_dir=str(index_dir), restore=False)
            return fn(corpus=str(corpus), index_dir=str(index_dir))
    classes = [c for c in vars(tm).values() if inspect.isclass(c) and issubclass(c, App) and c is not App]
    if not classes:
        import briefing.tui.app as ta  # noqa: F401 - a separate module holding the App class

        classes = [c for c in vars(ta).values() if inspect.isclass(c) and issubclass(c, App) and c is not App]
    cls = classes[0]
    params = inspect.signature(cls).parameters
    if "library" in params:
        from briefing.index.library import open_library

        return cls(library=open_library(corpus, index_dir, auto_index=False))
    return cls(corpus=str(corpus), index_dir=str(index_dir))


def _result_query(app) -> str | None:
    """The query of the newest SearchResult the app holds, or None."""
    from briefing.index.models import SearchResult

    candidates = [app, app.screen]
    try:
        candidates += list(app.screen.walk_children())
    except Exception:
        pass
    for obj in candidates:
        for attr in ATTRS:
            v = getattr(obj, attr, None)
            if isinstance(v, SearchResult):
                return v.query
    return None


def _search_input(app):
    from textual.widgets import Input

    inputs = [w for w in app.screen.query(Input) if w.display]
    for w in inputs:
        if (w.id or "") in ("query", "search") or "search" in (w.id or "") or "search" in " ".join(w.classes):
            return w
    return inputs[0] if inputs else None


async def _idle(app, pilot) -> None:
    for _ in range(200):
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            return
        await asyncio.sleep(0.001)


async def _measure(corpus: Path, index_dir: Path) -> dict:
    app = _make_app(corpus, index_dir)
    out: dict = {}
    async with app.run_test(size=(160, 48)) as pilot:
        t0 = time.perf_counter()
        for _ in range(3000):
            await pilot.pause()
            if _search_input(app) is not None and (_result_query(app) is not None or time.perf_counter() - t0 > 5):
                break
            await asyncio.sleep(0.005)
        inp = _search_input(app)
        if inp is None:
            for key in ("slash", "ctrl+f", "s"):
                await pilot.press(key)
                await pilot.pause()
                inp = _search_input(app)
                if inp is not None:
                    break
        if inp is None:
            return {"keystroke_p95_ms": None, "note": "keystrokes: no search Input found in the app"}
        exact = _result_query(app) is not None
        times: list[float] = []
        for text in QUERIES:
            inp.focus()
            inp.value = ""
            await _idle(app, pilot)
            for ch in text:
                t0 = time.perf_counter()
                await pilot.press("space" if ch == " " else ch)
                if exact:
                    deadline = time.perf_counter() + 5
                    while _result_query(app) != inp.value and time.perf_counter() < deadline:
                        await asyncio.sleep(0.001)
                        await pilot.pause()
                else:
                    await _idle(app, pilot)
                times.append((time.perf_counter() - t0) * 1000)
        out["keystroke_press_p50_ms"] = statistics.median(times)
        out["keystroke_press_p95_ms"] = _percentile(times, 95)
        if exact:
            typed = await _typed(app, pilot, inp)
            out["keystroke_p50_ms"] = statistics.median(typed)
            out["keystroke_p95_ms"] = _percentile(typed, 95)
            out["keystroke_max_ms"] = max(typed)
            out["keystrokes"] = len(typed)
        else:
            out["keystroke_p50_ms"], out["keystroke_p95_ms"] = out["keystroke_press_p50_ms"], out["keystroke_press_p95_ms"]
        debounce = getattr(getattr(app, "config", None), "debounce_ms", None)
        if isinstance(debounce, (int, float)):
            out["app_debounce_ms"] = debounce
        if not exact:
            out["note"] = ("keystrokes: the app exposes no SearchResult attribute; measured until workers "
                           "were idle (may underestimate)")
    return out


KEY_INTERVAL = 0.12
"""Seconds between the starts of two keys in :func:`_typed` (a fast typist: about 8 keys a second)."""


async def _typed(app, pilot, inp) -> list[float]:
    """Per-key latency (ms) from the key reaching the app to the results of the new text on screen.

    Each key is handed to the app as the terminal driver hands it a key press (``send_message`` of a
    ``Key`` event, which is what ``pilot.press`` does before its idle waits). The clock stops when
    the app holds the SearchResult of the new text *and* the screen has been refreshed after it
    (``call_after_refresh``). Keys come every ``KEY_INTERVAL`` s or as soon as the previous one is
    done, if slower.
    """
    from textual import events

    times: list[float] = []
    for text in QUERIES:
        inp.focus()
        inp.value = ""
        await _idle(app, pilot)
        for i, ch in enumerate(text):
            expected = text[: i + 1]
            key = "space" if ch == " " else ch
            painted = asyncio.Event()
            t0 = time.perf_counter()
            event = events.Key(key, ch)
            event.set_sender(app)
            app._driver.send_message(event)
            deadline = t0 + 5
            while _result_query(app) != expected and time.perf_counter() < deadline:
                await asyncio.sleep(0.0005)
            app.call_after_refresh(painted.set)
            try:
                await asyncio.wait_for(painted.wait(), 5)
            except asyncio.TimeoutError:
                pass
            times.append((time.perf_counter() - t0) * 1000)
            rest = KEY_INTERVAL - (time.perf_counter() - t0)
            if rest > 0:
                await asyncio.sleep(rest)
    return times


async def _press_floor() -> float:
    """Median ms of ``pilot.press`` on a trivial app (one Input, 160x48): the harness's own floor."""
    from textual.app import App
    from textual.widgets import Input

    class Trivial(App):
        def compose(self):
            yield Input()

    app = Trivial()
    times = []
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        for ch in "economy prime minister":
            t0 = time.perf_counter()
            await pilot.press("space" if ch == " " else ch)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def pilot_keystrokes(corpus: Path, index_dir: Path) -> dict:
    """Type the benchmark queries into the app under Pilot; latency figures (ms).

    ``keystroke_p50_ms``/``keystroke_p95_ms``: key reaching the app -> results of the new text painted
    (:func:`_typed`). ``keystroke_press_*``: the same through ``pilot.press`` and polling, which adds
    Pilot's own idle waits (``wait_for_idle`` sleeps in 20 ms steps until the process is quiet);
    ``pilot_press_floor_ms`` is what ``pilot.press`` alone takes on a trivial app.
    """
    out = asyncio.run(_measure(corpus, index_dir))
    out["pilot_press_floor_ms"] = asyncio.run(_press_floor())
    return out
