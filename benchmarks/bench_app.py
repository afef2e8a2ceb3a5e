"""App measurements: cold start (tmux), peak RSS (/proc), keystroke latency (Pilot, fresh interpreter).

* ``startup_s``: wall time from launching ``briefing open CORPUS --index-dir DIR`` in a detached tmux
  session (160x48) until ``tmux capture-pane`` shows the title of some corpus article, i.e. the
  first screen with results has been painted. Polled every 10 ms; median of 3 launches after a
  first one, so the app has saved its start-up page (the first page of the last search, shown while
  the index opens, see ``briefing.index.first_page``). ``startup_first_s`` is that first launch,
  with no saved page: the whole index opening and first search are on the path to the screen.
* ``rss_mb``: peak RSS (``VmHWM`` of the app process, read from /proc) after start-up and a few
  searches typed through tmux; ``rss_anon_mb``/``rss_file_mb`` split the final RSS into heap and
  file-backed pages (Whoosh memory-maps its segment files, and touched index pages count as RSS).
* ``keystroke_p95_ms``: in a fresh interpreter, the app runs under Textual's Pilot; a query is typed
  one key at a time into the search input and each key is timed from reaching the app until the
  results of the new text are painted (see ``pilot_keystrokes``; ``keystroke_press_p95_ms`` is the
  same through ``pilot.press``, which adds Pilot's own idle waits).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_corpus import Original, split_text

VENV_BIN = Path(sys.executable).parent
SESSION = f"briefing-bench-{os.getpid()}"


def _app_available() -> str | None:
    try:
        import briefing.tui.main  # noqa: F401
    except ImportError as exc:
        return f"app not available (briefing.tui.main: {exc})"
    return None


def _briefing_cmd() -> str:
    exe = VENV_BIN / "briefing"
    return str(exe) if exe.exists() else (shutil.which("briefing") or "briefing")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def _proc_mb(pid: int, field: str) -> float | None:
    """A memory figure of /proc/<pid>/status (VmHWM = peak RSS, RssAnon, RssFile) in MiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _titles(originals: list[Original]) -> list[str]:
    return [split_text(o.text)[0][:28] for o in originals if len(split_text(o.text)[0]) >= 12]


def cold_start(corpus: Path, index_dir: Path, data_dir: Path, titles: list[str], timeout: float = 30.0,
               measure_rss: bool = False) -> tuple[float | None, dict, str]:
    """(seconds to a screen showing an article title, memory figures in MiB, last screen text)."""
    env = f"BRIEFING_DATA_DIR={data_dir} TERM=xterm-256color"
    cmd = f"exec env {env} {_briefing_cmd()} open {corpus} --index-dir {index_dir}"
    _tmux("kill-session", "-t", SESSION)
    t0 = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", SESSION, "-x", "160", "-y", "48", cmd], check=True)
    screen, elapsed = "", None
    try:
        pid = int((_tmux("list-panes", "-t", SESSION, "-F", "#{pane_pid}").split() or ["0"])[0])
        while time.perf_counter() - t0 < timeout:
            screen = _tmux("capture-pane", "-p", "-t", SESSION)
            if any(t in screen for t in titles):
                elapsed = time.perf_counter() - t0
                break
            time.sleep(0.01)
        rss: dict = {}
        if measure_rss and elapsed is not None:
            for word in ("economy", "prime minister", "chelsea"):
                _tmux("send-keys", "-t", SESSION, "/")
                time.sleep(0.3)
                _tmux("send-keys", "-t", SESSION, "-l", word)
                time.sleep(1.0)
                _tmux("send-keys", "-t", SESSION, "Escape")
                time.sleep(0.3)
            time.sleep(2.0)  # let the quote pane and background re-index of the last search finish
            rss = {"rss_mb": _proc_mb(pid, "VmHWM"), "rss_anon_mb": _proc_mb(pid, "RssAnon"),
                   "rss_file_mb": _proc_mb(pid, "RssFile")}
        return elapsed, rss, screen
    finally:
        _tmux("kill-session", "-t", SESSION)


def keystrokes(corpus: Path, index_dir: Path, data_dir: Path) -> tuple[dict, str | None]:
    """Run :func:`pilot_keystrokes` in a fresh interpreter; its JSON result, or a note."""
    env = dict(os.environ, BRIEFING_DATA_DIR=str(data_dir))
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "pilot", str(corpus), str(index_dir)],
                          capture_output=True, text=True, env=env, timeout=600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {}, f"keystroke measure failed: {(proc.stderr or proc.stdout).strip()[-400:]}"
    out = json.loads(lines[-1])
    return out, out.pop("note", None)


def measure_app(corpus: Path, index_dir: Path, data_dir: Path, originals: list[Original]) -> tuple[dict, list[str]]:
    """startup_s, rss_mb, keystroke_p95_ms (each None with a note when it cannot be measured)."""
    out: dict = {"startup_s": None, "rss_mb": None, "keystroke_p95_ms": None}
    notes: list[str] = []
    missing = _app_available()
    if missing:
        return out, [missing]
    if not shutil.which("tmux"):
        notes.append("tmux not installed: no cold start / RSS")
    else:
        titles = _titles(originals)
        starts = []
        shutil.rmtree(data_dir / "cache", ignore_errors=True)  # the first start has no saved first page
        for i in range(4):
            s, rss, screen = cold_start(corpus, index_dir, data_dir, titles, measure_rss=(i == 0))
            out.update({k: v for k, v in rss.items() if v is not None})
            if i == 0 and s is not None:
                out["startup_first_s"] = s
                continue
            if s is None:
                notes.append("cold start: no article title on screen within 30 s; last screen: "
                             + " | ".join(ln.strip() for ln in screen.splitlines() if ln.strip())[:300])
                break
            starts.append(s)
        if starts:
            out["startup_s"] = statistics.median(starts)
            out["startup_runs_s"] = ",".join(f"{s:.3f}" for s in starts)
    k, note = keystrokes(corpus, index_dir, data_dir)
    out.update(k)
    if note:
        notes.append(note)
    return out, notes


if __name__ == "__main__" and len(sys.argv) >= 4 and sys.argv[1] == "pilot":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pilot import pilot_keystrokes

    print(json.dumps(pilot_keystrokes(Path(sys.argv[2]), Path(sys.argv[3]))))
