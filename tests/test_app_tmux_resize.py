"""A real terminal (tmux) resized while a dialog is open: the dialog is laid out for the new size."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid

import pytest

from tmux_panes import TMUX, tmux, wait_for

pytestmark = pytest.mark.slow


ARTICLE = """Lighthouse keepers return to the northern coast

The old tower on the headland will be staffed again from next spring.

"We have waited twenty years to see a keeper in the tower again," said a spokeswoman for the Northern Lighthouse Preservation Trust.

"Nobody will be alone out there," said Dana Whitfield, who will lead the first crew.
"""
SPEAKER = "a spokesman for the Brennan Harbour Pilots Association"
GIVEN = ["Dana", "Omar", "Lena", "Tomas", "Priya", "Aiden"]
FAMILY = ["Whitfield", "Okafor", "Lindqvist", "Moreau", "Castellanos", "Brennan", "Halloran"]


def crew_article(given: str, family: str) -> str:
    """One more keeper quoted: the picker gets a list longer than the dialog."""
    return (f"Keeper {given} {family} joins the crew\n\nThe trust named another keeper on Wednesday.\n\n"
            f'"I grew up watching that light from the harbour," said {given} {family}, who starts in March.\n\n'
            f'"We will help them," said a spokesman for the {family} Harbour Pilots Association.\n')



@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_the_speaker_picker_widens_its_rows_when_the_terminal_widens(isolated_env, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "keepers.txt").write_text(ARTICLE, encoding="utf-8")
    for given in GIVEN:
        for family in FAMILY:
            (corpus / f"{given}-{family}.txt").write_text(crew_article(given, family), encoding="utf-8")
    server = f"briefing-resize-{uuid.uuid4().hex[:8]}"  # a tmux server of its own
    env = " ".join(f"{k}={v}" for k, v in (("BRIEFING_DATA_DIR", isolated_env),
                                            ("PYTHONPATH", os.environ.get("PYTHONPATH", ""))))
    # (no COLUMNS/LINES: with them the app keeps their size whatever the terminal's)
    cmd = f"env -u COLUMNS -u LINES {env} TERM=xterm-256color {sys.executable} -m briefing.index.cli --corpus {corpus} open"
    subprocess.run([TMUX, "-L", server, "new-session", "-d", "-s", "app", "-x", "80", "-y", "24", cmd], check=True,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(server, lambda s: "43 articles" in s, "the corpus")
        tmux(server, "send-keys", "-t", "app", "Escape")  # from the search box to the results
        wait_for(server, lambda s: "⏎ Open" in s, "the results' keys")
        tmux(server, "send-keys", "-t", "app", "s")
        wait_for(server, lambda s: "Dana Whitfield" in s, "the speaker picker")
        # (descriptions come after the named speakers: the filter brings this one to the top)
        tmux(server, "send-keys", "-t", "app", "-l", "Brennan Harbour")
        screen = wait_for(server, lambda s: "a spokesman for the" in s and "Dana Whitfield" not in s, "the filtered row")
        assert SPEAKER not in screen  # 80 columns: the description is cut with "…"
        for width, height in ((200, 50), (80, 24), (200, 50)):  # across the 100-column breakpoint and back
            tmux(server, "resize-window", "-t", "app", "-x", str(width), "-y", str(height))
            time.sleep(1.5)
            if width == 200:
                wait_for(server, lambda s: SPEAKER in s, f"the whole description at {width} columns", timeout=5)
            else:
                wait_for(server, lambda s: "a spokesman for the" in s and SPEAKER not in s,
                         f"the cut description at {width} columns", timeout=5)
    finally:
        tmux(server, "kill-server")
