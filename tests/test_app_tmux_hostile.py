"""Issue 8 in a real terminal: a hostile article's escape sequences never reach tmux (capture-pane -e)."""

from __future__ import annotations

import os
import subprocess
import time
import uuid

import pytest

from test_app_tmux import BRIEFING, TMUX, wait_for

pytestmark = pytest.mark.slow

ARTICLE = ("Hostile zebra headline \x1b]0;pwned-title\x07 [bold]x[/bold]\n\n"
           "Zebra body with an OSC 52 write \x1b]52;c;ZXZpbA==\x07, a colour \x1b[31mred\x1b[0m, a link "
           "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 and [@click=app.quit]click[/] markup.\n")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.skipif(not BRIEFING.exists(), reason="briefing is not installed next to this python")
def test_hostile_article_shows_literally_in_tmux(isolated_env, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    session = f"briefing-hostile-{uuid.uuid4().hex[:8]}"
    cmd = f"env BRIEFING_DATA_DIR={isolated_env} {BRIEFING} open {corpus}"
    subprocess.run([TMUX, "new-session", "-d", "-s", session, "-x", "140", "-y", "40", cmd], check=True,
                   env={**os.environ, "TERM": "xterm-256color"})
    try:
        wait_for(session, "1 article")
        subprocess.run([TMUX, "send-keys", "-t", session, "zebra"], check=True)
        wait_for(session, "1 result")
        subprocess.run([TMUX, "send-keys", "-t", session, "Enter"], check=True)
        time.sleep(0.5)
        subprocess.run([TMUX, "send-keys", "-t", session, "Enter"], check=True)
        screen = wait_for(session, "click[/] markup")
        raw = subprocess.run([TMUX, "capture-pane", "-p", "-e", "-t", session], capture_output=True,
                             text=True).stdout
        assert "[bold]x[/bold]" in screen and "[@click=app.quit]click[/]" in screen
        assert "␛]52;c;ZXZpbA==" in screen  # the sequence is shown as text, not run
        assert "\x1b]" not in raw and "\x07" not in raw  # no OSC (title, clipboard, link) reached the terminal
        title = subprocess.run([TMUX, "display-message", "-p", "-t", session, "#{pane_title}"],
                               capture_output=True, text=True).stdout
        assert "pwned" not in title
        assert subprocess.run([TMUX, "has-session", "-t", session], capture_output=True).returncode == 0
    finally:
        subprocess.run([TMUX, "kill-session", "-t", session], capture_output=True)
