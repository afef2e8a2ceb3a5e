"""The ``briefing`` command run inside the test process, through the console script's ``main`` (not a
test module).

A process per command costs a Python start-up and the imports (most of a short command's time); a test
of what a command prints runs it here instead. Its output is caught as a process's would be: stdout
and stderr encoded to UTF-8 bytes (stdout strictly, stderr with backslashes, as Python does for a
pipe), neither a terminal, read back as bytes or as ``subprocess`` reads text (universal newlines); the environment and the exit code as a process sees them (an uncaught
exception prints its traceback and exits 1). Tests of the process itself (the installed entry point,
forked workers, exit codes as a shell sees them) keep a real ``briefing`` process.
"""

from __future__ import annotations

import io
import subprocess
import sys
import traceback

import pytest


def run_main(*args: str, env: "dict[str, str] | None" = None, drop: "tuple[str, ...]" = (),
             text: bool = True, check: "int | None" = None) -> subprocess.CompletedProcess:
    """``briefing *args`` with ``env`` added to the environment (``drop``: names removed from it)."""
    from briefing.index.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="\n")
    saved = sys.stdout, sys.stderr, sys.stdin
    with pytest.MonkeyPatch.context() as mp:
        for name in drop:
            mp.delenv(name, raising=False)
        for name, value in (env or {}).items():
            mp.setenv(name, value)
        sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO("")
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: usage errors (2), --help and --version (0)
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except Exception:  # what the interpreter does with an uncaught exception
            traceback.print_exc(file=err)
            code = 1
        finally:
            sys.stdout, sys.stderr, sys.stdin = saved
    stdout, stderr = (_bytes(s) for s in (out, err))
    if text:  # as ``subprocess.run(text=True)`` reads a pipe: universal newlines
        stdout, stderr = (_text(s) for s in (stdout, stderr))
    p = subprocess.CompletedProcess(["briefing", *args], code, stdout, stderr)
    if check is not None:
        assert p.returncode == check, (p.returncode, p.stdout, p.stderr)
    return p


def _text(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _bytes(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    return stream.buffer.getvalue()


def briefing_main(*args: str, env: "dict[str, str] | None" = None,
                  check: "int | None" = None) -> subprocess.CompletedProcess:
    """``test_cli.briefing`` (text output, 120 columns) in the test process."""
    return run_main(*args, env={"COLUMNS": "120", **(env or {})}, check=check)
