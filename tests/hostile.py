"""Generate a hostile corpus: every kind of bad or malicious input an article folder can hold.

Kept as code (never as files in the repository); tests call :func:`make_hostile_corpus`.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

MARKUP = "[bold]x[/bold] [/ [@click=app.quit]click[/] [link=file:///etc/passwd]pw[/link]"
ANSI = "\x1b[31mred\x1b[0m \x1b[2J"
OSC_TITLE = "\x1b]0;pwned-title\x07"
OSC52 = "\x1b]52;c;ZXZpbA==\x07"
OSC8 = "\x1b]8;;http://evil.example/\x07link\x1b]8;;\x07"
BIDI = "abc\u202edcba\u202c"
ZERO_WIDTH = "zero\u200bwidth\u200d joiner e\u0301\u0301\u0301"
C1 = "\x9b31mc1-csi \x9d0;c1-title\x9c"  # 8-bit CSI/OSC/ST: some terminals obey them in UTF-8 too
ISOLATES = "\u2066iso\u2069 \u200fmark\u200e \u061c line\u2028sep\u2029"
HOSTILE_TEXT = " ".join([MARKUP, ANSI, OSC_TITLE, OSC52, OSC8, BIDI, ZERO_WIDTH, C1, ISOLATES])
BAD_NAME = os.fsdecode(b"bad-\xff\xfe-name.txt")  # not UTF-8: Python holds it with lone surrogates
BAD_NAME_ID = "bad-\\xff\\xfe-name"  # the id spells the bytes out

# relative path -> expected skip reason (files that must be reported, not indexed)
BAD: dict[str, str] = {}


def make_hostile_corpus(root: Path, *, tiny_files: int = 0) -> dict[str, object]:
    """Write the hostile corpus under ``root``; returns what a correct index run should report."""
    root.mkdir(parents=True, exist_ok=True)
    bad: dict[str, str] = {}
    good: list[str] = []

    def good_file(rel: str, data: str | bytes) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        good.append(os.path.splitext(rel)[0])

    # markup and escape sequences in every field
    good_file("markup.md", "---\ntitle: \"Title " + MARKUP.replace('"', "'") + "\"\nsource: \"[red]Evil[/red] Times\"\n"
              "author: \"[@click=app.quit]me[/]\"\nurl: \"[link=file:///etc/passwd]u[/link]\"\n---\n"
              f"Hostile body zebrafish. {HOSTILE_TEXT}\n\n“{MARKUP} is what I say,” [bold]Mallory[/bold] said.\n")
    good_file("quoted.txt", "Quoted headline for hostile speakers\n\nThe company spoke on Tuesday.\n\n"
              f"“Regulators are wrong about [bold]chips[/bold] {OSC52} and {C1} this {BIDI},” said John "
              "[red]Smith[/red], the [@click=app.quit]chief[/] executive.\n\n"
              f"“[link=file:///etc/passwd]Click[/link] {OSC8} now {ANSI},” said Mary Jones.\n\nHostile zebrafish.\n")
    good_file("escapes.txt", f"Escape headline {ANSI}{OSC_TITLE}\n\nBody zebrafish with {OSC52} and {OSC8}. "
              f"Bidi {BIDI} and {ZERO_WIDTH}.\n")
    good_file("records.json", json.dumps({"title": "JSON " + MARKUP, "body": "Zebrafish record " + HOSTILE_TEXT,
                                          "source": OSC_TITLE + "Src", "author": C1 + "[i]auth[/i]",
                                          "url": OSC8}))
    good_file("surrogates.json", '{"title": "Lone \\ud800 surrogate", "body": "Zebrafish body \\udfff with a lone '
              'surrogate escape.", "source": "Pair \\ud83d\\ude00"}')
    good_file("deep.html", "<html><head><title>Deep page</title><script>alert('x')</script></head><body>"
              + "<div>" * 10000 + "<p>Deeply nested zebrafish paragraph about regulators and chips.</p>"
              + "</div>" * 10000 + "</body></html>")
    good_file("utf16-nobom.txt", "UTF-16 headline here\n\nZebrafish text without a byte order mark.\n".encode("utf-16-le"))
    good_file("weird name\nwith newline.txt", "Newline name headline\n\nZebrafish in a file with a newline in its name.\n")
    good_file("ctrl\x1b[31mname.txt", "Control name headline\n\nZebrafish in a file named with an escape sequence.\n")
    good_file("tab\tbell\x07del\x7f\x9bname.txt", "Odd name headline\n\nZebrafish named with a tab, a bell and DEL.\n")
    (root / BAD_NAME).write_bytes(b"Bad bytes name headline\n\nZebrafish in a file whose name is not UTF-8.\n")
    good.append(BAD_NAME_ID)

    def bad_file(rel: str, data: bytes, reason: str) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        bad[rel] = reason

    bad_file("nul.txt", b"Headline\n\nText with a NUL \x00 byte in it.\n", "binary")
    bad_file("short-nul.txt", b"\x00\xe0\xa0\x80", "binary")  # 4 bytes with a NUL: not guessed as UTF-16
    bad_file("binary.txt", bytes(range(256)) * 8, "binary")
    bad_file("invalid-utf8.txt", b"Headline\n\nBad bytes \xff\xfe\xfa here and \xc3\x28 there.\n", "not decodable")
    bad_file("badyaml.md", b"---\ntitle: [unclosed\n  - : : -\n---\nBody.\n", "malformed front matter")
    bad_file("wrongtypes.json", json.dumps({"title": ["a", 1], "body": {"not": "text"}}).encode(), "malformed record")
    with open(root / "huge.txt", "wb") as fh:  # 20 MB on one line
        fh.write(b"Huge headline\n\n")
        chunk = b"zebrafish " * 100_000
        for _ in range(20):
            fh.write(chunk)
    bad["huge.txt"] = "too large"
    (root / "loop").mkdir()
    (root / "loop" / "again").symlink_to("..", target_is_directory=True)
    bad["loop/again"] = "symlink loop"
    (root / "self.txt").symlink_to("self.txt")
    bad["self.txt"] = "symlink loop"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "unreadable.txt"))
    sock.close()
    bad["unreadable.txt"] = "unreadable"
    os.mkfifo(root / "fifo.txt")  # opening a FIFO blocks until a writer comes: it must be skipped, not opened
    bad["fifo.txt"] = "unreadable"
    (root / "escapes.meta.json").unlink(missing_ok=True)
    os.mkfifo(root / "markup.meta.json")  # a FIFO sidecar is ignored, its article still read
    if tiny_files:
        tiny = root / "tiny"
        tiny.mkdir()
        for i in range(tiny_files):
            (tiny / f"t{i:05d}.txt").write_text(f"Tiny {i}\n\nTiny article number {i} zebrafish.\n", encoding="utf-8")
            good.append(f"tiny/t{i:05d}")
    return {"bad": bad, "good": sorted(good)}
