"""End to end: the installed ``briefing`` in a real terminal (tmux), a typed query, the screen read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TMUX = shutil.which("tmux")
BRIEFING = Path(sys.executable).with_name("briefing")


def capture(session: str) -> str:
    return subprocess.run([TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def wait_for(session: str, needle: str, timeout: float = 20.0) -> str:
    """Poll the pane until ``needle`` shows up (a terminal has no 'workers done' signal)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if needle in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.skipif(not BRIEFING.exists(), reason="briefing is not installed next to this python")
def test_briefing_in_tmux(isolated_env):
    session = f"briefing-test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "BRIEFING_DATA_DIR": str(isolated_env), "TERM": "xterm-256color"}
    cmd = f"env BRIEFING_DATA_DIR={isolated_env} {BRIEFING}"
    subprocess.run([TMUX, "new-session", "-d", "-s", session, "-x", "120", "-y", "40", cmd], check=True, env=env)
    try:
        wait_for(session, "2 articles")
        subprocess.run([TMUX, "send-keys", "-t", session, "backdoor"], check=True)
        screen = wait_for(session, "2 results")
        assert "backdoor" in screen and "Beijing regulators" in screen
        subprocess.run([TMUX, "send-keys", "-t", session, "Enter"], check=True)
        wait_for(session, "⏎ Open")  # the results list has the focus
        subprocess.run([TMUX, "send-keys", "-t", session, "Enter"], check=True)
        screen = wait_for(session, "(n/N)")
        assert "Reuters" in screen
        subprocess.run([TMUX, "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if subprocess.run([TMUX, "has-session", "-t", session], capture_output=True).returncode != 0:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("q did not quit the app")
        assert (Path(isolated_env) / "app" / "state.json").exists()
    finally:
        subprocess.run([TMUX, "kill-session", "-t", session], capture_output=True)
