"""``python -m briefing.tui`` runs the ``briefing`` command, as a real process."""

from __future__ import annotations

import os
import subprocess
import sys


def run_module(module: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_python_m_briefing_tui_help_is_the_briefing_command_s():
    p = run_module("briefing.tui", "--help")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("usage: briefing"), p.stdout[:200]
    assert p.stdout == run_module("briefing.index.cli", "--help").stdout


def test_python_m_briefing_tui_passes_its_arguments_on():
    p = run_module("briefing.tui", "--version")
    assert p.returncode == 0 and p.stdout.startswith("briefing "), (p.stdout, p.stderr)
    bad = run_module("briefing.tui", "no-such-command")
    assert bad.returncode == 2 and "usage: briefing" in bad.stderr


def test_importing_the_module_opens_no_app(isolated_env):
    p = subprocess.run([sys.executable, "-c", "import briefing.tui.__main__; print('imported')"],
                       capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert p.returncode == 0 and p.stdout == "imported\n", (p.stdout[:200], p.stderr[-500:])
