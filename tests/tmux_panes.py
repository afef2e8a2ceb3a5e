"""A tmux server of its own for a test: run a command in it and read its pane (shared by the tmux app tests)."""

from __future__ import annotations

import shutil
import subprocess
import time

TMUX = shutil.which("tmux")


def tmux(server: str, *args: str) -> str:
    """Run one tmux command on the test's own server (``-L server``); its standard output."""
    return subprocess.run([TMUX, "-L", server, *args], capture_output=True, text=True).stdout


def wait_for(server: str, test, what: str, timeout: float = 30.0) -> str:
    """Poll the pane until ``test(screen)`` holds (a terminal has no 'workers done' signal)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux(server, "capture-pane", "-p", "-t", "app")
        if test(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{what} never showed; screen was:\n{screen}")
