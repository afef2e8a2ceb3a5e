"""End to end: the installed ``briefing`` in tmux: saved searches from the CLI, counts and what's new in the app."""

from __future__ import annotations

import os
import subprocess
import time
import uuid

import pytest

from test_app_tmux import BRIEFING, TMUX, wait_for
from test_saved_searches import NEW_ARTICLE

pytestmark = pytest.mark.slow


def keys(session: str, *k: str) -> None:
    subprocess.run([TMUX, "send-keys", "-t", session, *k], check=True)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.skipif(not BRIEFING.exists(), reason="briefing is not installed next to this python")
def test_saved_search_list_in_tmux(isolated_env, seeds_copy):
    env = {**os.environ, "BRIEFING_DATA_DIR": str(isolated_env), "TERM": "xterm-256color"}
    cli = [str(BRIEFING), "--corpus", str(seeds_copy)]
    subprocess.run([*cli, "saved", "add", "Nvidia daily", "Nvidia"], check=True, env=env, capture_output=True)
    subprocess.run([*cli, "saved", "add", "Huawei", "Huawei is:unread"], check=True, env=env, capture_output=True)
    (seeds_copy / "audit.txt").write_text(NEW_ARTICLE, encoding="utf-8")  # arrives after the searches were saved
    listed = subprocess.run([*cli, "saved", "--json"], check=True, env=env, capture_output=True, text=True).stdout
    assert '"name": "Nvidia daily"' in listed and '"new": 0' in listed  # not indexed yet: the app will
    session = f"briefing-saved-{uuid.uuid4().hex[:8]}"
    cmd = f"env BRIEFING_DATA_DIR={isolated_env} {BRIEFING} open {seeds_copy}"
    subprocess.run([TMUX, "new-session", "-d", "-s", session, "-x", "130", "-y", "40", cmd], check=True, env=env)
    try:
        screen = wait_for(session, "What's new: 1 new in 1 of 2 saved searches")
        assert "▸ Nvidia daily · 1 new" in screen and "▸ Huawei · nothing new" in screen
        assert "● Nvidia chips face a new audit" in screen
        keys(session, "Escape")  # from the search box to the results
        wait_for(session, "⏎ Open")
        keys(session, "S")
        screen = wait_for(session, "Saved searches")
        screen = wait_for(session, "2 saved · 1 new since you last opened them")
        assert "● 1 new" in screen and "Nvidia · 3 articles" in screen
        assert "Huawei is:unread" in screen
        keys(session, "Enter")
        screen = wait_for(session, "3 results")
        keys(session, "/")  # into the search box (Esc only ever goes back to the results)
        for _ in range(6):
            keys(session, "BSpace")
        wait_for(session, "What's new: 0 new in 0 of 2 saved searches")
        keys(session, "Escape", "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and subprocess.run([TMUX, "has-session", "-t", session],
                                                              capture_output=True).returncode == 0:
            time.sleep(0.1)
    finally:
        subprocess.run([TMUX, "kill-session", "-t", session], capture_output=True)
    listed = subprocess.run([*cli, "saved", "--json"], check=True, env=env, capture_output=True, text=True).stdout
    assert '"total": 3, "new": 0' in listed, "the app indexed the file and opening the search recorded the visit"
