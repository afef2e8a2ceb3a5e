"""Ctrl+C in a real terminal (tmux): the first says how to quit, a second in a row quits (state saved);
a Ctrl+C with another key after it starts over, and in a dialog it works the same."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tmux_panes import TMUX, tmux, wait_for

pytestmark = pytest.mark.slow

ARTICLE = ("Ferry timetable changes for the winter\n\nThe island ferry will sail twice a day from November.\n\n"
           '"Nobody will be stranded," said Mara Quinlan, the harbour master.\n')



@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_ctrl_c_twice_quits_and_once_says_how(isolated_env, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    server = f"briefing-interrupt-{os.getpid()}"
    env = f"BRIEFING_DATA_DIR={isolated_env} PYTHONPATH={os.environ.get('PYTHONPATH', '')}"
    cmd = (f"env -u COLUMNS -u LINES {env} TERM=xterm-256color {sys.executable} -m briefing.index.cli "
           f"--corpus {corpus} open; echo APP-ENDED; sleep 60")
    subprocess.run([TMUX, "-L", server, "new-session", "-d", "-s", "app", "-x", "100", "-y", "30", cmd], check=True,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(server, lambda s: "1 article" in s, "the corpus")
        tmux(server, "send-keys", "-t", "app", "-l", "ferry")
        wait_for(server, lambda s: "1 result" in s, "the search")
        tmux(server, "send-keys", "-t", "app", "C-c")
        wait_for(server, lambda s: "Ctrl+C again to quit" in s, "the notice")
        tmux(server, "send-keys", "-t", "app", "Escape")  # another key between: a Ctrl+C after it starts over
        wait_for(server, lambda s: "⏎ Open" in s, "the results")
        tmux(server, "send-keys", "-t", "app", "C-c")
        time.sleep(1.0)
        assert "APP-ENDED" not in tmux(server, "capture-pane", "-p", "-t", "app")
        tmux(server, "send-keys", "-t", "app", "?")  # a dialog (help)
        wait_for(server, lambda s: "Help —" in s, "the help")
        tmux(server, "send-keys", "-t", "app", "C-c", "C-c")
        wait_for(server, lambda s: "APP-ENDED" in s, "the app's end")
        state = Path(isolated_env) / "app" / "state.json"
        assert state.exists() and '"ferry"' in state.read_text(encoding="utf-8")
    finally:
        tmux(server, "kill-server")
