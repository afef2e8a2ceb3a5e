"""Issue 8: a hostile corpus is indexed without a traceback, each bad file is reported with its reason,
the rest is indexed (exact counts), and no article text reaches the terminal as markup or escape
sequences (asserted on the raw bytes the CLI writes, piped and on a forced colour terminal)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_inprocess import run_main
from hostile import BAD_NAME_ID, MARKUP, OSC52, make_hostile_corpus

TINY = 10_000


def run_raw(*args: str, color: bool = False, columns: int = 120) -> subprocess.CompletedProcess:
    """Run ``briefing`` and keep stdout/stderr as bytes (nothing decoded, nothing hidden)."""
    exe = shutil.which("briefing")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "briefing.index.cli", *args]
    env = dict(os.environ, COLUMNS=str(columns))
    env.pop("NO_COLOR", None)
    if color:  # Rich then writes its own SGR styling, as on a real terminal
        env.update(FORCE_COLOR="1", TERM="xterm-256color")
    return subprocess.run(cmd, capture_output=True, env=env, timeout=300)


def run_cli(*args: str, color: bool = False, columns: int = 120) -> subprocess.CompletedProcess:
    """:func:`run_raw` in the test process (the CLI's ``main``; its output caught as the bytes a process writes)."""
    env = {"COLUMNS": str(columns)}
    if color:
        env.update(FORCE_COLOR="1", TERM="xterm-256color")
    return run_main(*args, env=env, drop=("NO_COLOR",), text=False)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expected = make_hostile_corpus(root / "corpus", tiny_files=TINY)
    ix = root / "ix"
    p = run_raw("index", str(root / "corpus"), "--index-dir", str(ix), "--json")
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")[-2000:]
    return root / "corpus", ix, expected, json.loads(p.stdout), p


_SGR = re.compile(rb"\x1b\[[0-9;]*m")
_FORBIDDEN = [b"\x07", b"\x00", b"\x7f", b"\x08"] + [chr(c).encode() for c in (
    0x9B, 0x9D, 0x9C, 0x90, 0x202E, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029)]


def assert_terminal_safe(data: bytes, *, color: bool = False) -> None:
    """No escape sequence, C0/C1 control (other than newline) or bidi control in ``data``."""
    data.decode("utf-8")  # strict: no lone surrogates or stray bytes of undecodable names
    rest = _SGR.sub(b"", data) if color else data
    assert b"\x1b" not in rest, rest[max(0, rest.find(b"\x1b") - 40): rest.find(b"\x1b") + 40]
    for seq in _FORBIDDEN:
        assert seq not in rest, seq
    assert not re.search(rb"[\x01-\x06\x0b-\x1f]", rest.replace(b"\r\n", b"\n"))


def test_index_finishes_reports_bad_files_and_indexes_the_rest(hostile):
    corpus, ix, expected, summary, proc = hostile
    assert b"Traceback" not in proc.stderr
    reasons = {s["path"]: s["reason"] for s in summary["skipped"]}
    assert reasons == expected["bad"]  # each bad file, with its reason, and nothing else
    assert all(s["detail"] for s in summary["skipped"])
    assert summary["documents"] == summary["added"] == len(expected["good"]) == TINY + 11
    from briefing.index.library import Library

    with Library(corpus, ix) as lib:
        assert sorted(lib.article_ids()) == expected["good"]
        assert lib.search("zebrafish", limit=5).total == len(expected["good"])
        assert lib.search("tiny article number 9999").hits[0].id == "tiny/t09999"
        assert lib.article("surrogates").title == "Lone \ufffd surrogate"  # '\ud800' cannot be stored
        assert lib.article(BAD_NAME_ID).path == BAD_NAME_ID + ".txt"
        deep = lib.article("deep")
        assert "Deeply nested zebrafish paragraph" in deep.body and "alert" not in deep.body
        assert lib.article("utf16-nobom").title == "UTF-16 headline here"


@pytest.mark.parametrize("color", [False, True], ids=["piped", "forced-terminal"])
def test_cli_output_is_literal_and_escape_free(hostile, color):
    corpus, ix, expected, _, _ = hostile
    where = ["--corpus", str(corpus), "--index-dir", str(ix)]
    ids = [i for i in expected["good"] if not i.startswith("tiny/")]
    commands = [["search", "zebrafish", "--limit", "40"], ["search", "title:json OR hostile"], ["quotes"],
                ["quotes", "--article", "quoted"], ["speakers"], ["related", "markup"]]
    commands += [["show", i] for i in (ids if not color else ["markup", "escapes", "quoted", "records"])]
    for args in commands:
        p = run_cli(*args, *where, color=color)
        assert p.returncode == 0 and b"Traceback" not in p.stderr, (args, p.stderr[-500:])
        assert_terminal_safe(p.stdout, color=color)
        assert_terminal_safe(p.stderr, color=color)
    # a real process (its output as a terminal would get it) lists odd file names safely
    p = run_raw("index", str(corpus), "--index-dir", str(ix), color=color)
    assert p.returncode == 0
    assert_terminal_safe(p.stdout, color=color)
    out = _SGR.sub(b"", p.stdout).decode()
    assert "unreadable (not a regular file (a FIFO))" in out and "symlink loop" in out


def test_every_field_is_shown_literally(hostile):
    corpus, ix, _, _, _ = hostile
    where = ["--corpus", str(corpus), "--index-dir", str(ix)]
    show = run_cli("show", "markup", *where).stdout.decode()
    for literal in ("Title [bold]x[/bold] [/ [@click=app.quit]click[/] [link=file:///etc/passwd]pw[/link]",
                    "[red]Evil[/red] Times", "[@click=app.quit]me[/]", "[link=file:///etc/passwd]u[/link]",
                    "[bold]Mallory[/bold]"):
        assert literal in show, literal
    escapes = run_cli("show", "escapes", *where).stdout.decode()
    assert "␛[31mred␛[0m ␛[2J" in escapes and "␛]52;c;ZXZpbA==␇" in escapes and "abcdcba" in escapes
    quotes = run_cli("quotes", "--article", "quoted", *where, columns=400).stdout.decode()
    assert "John [red]Smith[/red" in quotes and "[bold]chips[/bold]" in quotes
    assert "[link=file:///etc/passwd]Click[/link]" in quotes and "␛]8;;http://evil.example/␇link" in quotes
    names = run_cli("show", BAD_NAME_ID, *where).stdout.decode()
    assert "Bad bytes name headline" in names and "bad-\\xff\\xfe-name.txt" in names
    odd = run_cli("show", "weird name\nwith newline", *where).stdout.decode()
    assert "Newline name headline" in odd and "weird name with newline.txt" in odd


def test_json_output_keeps_the_text_exactly(hostile):
    corpus, ix, _, _, _ = hostile
    p = run_cli("show", "markup", "--json", "--corpus", str(corpus), "--index-dir", str(ix))
    data = json.loads(p.stdout)
    assert MARKUP in data["body"] and OSC52 in data["body"]  # JSON escapes it; the text itself is intact
    assert data["url"] == "[link=file:///etc/passwd]u[/link]"
    hits = [json.loads(line) for line in run_cli("quotes", "--article", "quoted", "--json", "--corpus", str(corpus),
                                                 "--index-dir", str(ix)).stdout.splitlines()]
    assert any(OSC52 in q["text"] for q in hits)


def _small_corpus(tmp_path: Path, n: int = 5) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"a{i}.txt").write_text(f"Headline {i}\n\nBody {i} of the article.\n", encoding="utf-8")
    return corpus


def test_file_deleted_between_listing_and_reading(tmp_path):
    from briefing.index.indexer import update_index

    corpus = _small_corpus(tmp_path)

    def progress(phase, done, total):
        if phase == "scan":
            (corpus / "a3.txt").unlink()

    s = update_index(corpus, tmp_path / "ix", progress=progress)
    assert [(x.path, x.reason) for x in s.skipped] == [("a3.txt", "vanished")]
    assert s.documents == 4


def test_file_replaced_by_a_fifo_after_listing_is_skipped_not_waited_on(tmp_path):
    """A FIFO swapped in after the walk would block ``open()`` forever; it is opened non-blocking."""
    from briefing.index.indexer import update_index

    corpus = _small_corpus(tmp_path)

    def progress(phase, done, total):
        if phase == "scan":
            (corpus / "a1.txt").unlink()
            os.mkfifo(corpus / "a1.txt")
            (corpus / "a2.txt").unlink()
            (corpus / "a2.txt").mkdir()

    s = update_index(corpus, tmp_path / "ix", progress=progress)
    assert sorted((x.path, x.reason, x.detail) for x in s.skipped) == [
        ("a1.txt", "unreadable", "not a regular file (a FIFO)"),
        ("a2.txt", "unreadable", "not a regular file (a folder)")]
    assert s.documents == 3
