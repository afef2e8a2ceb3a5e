"""Issue 8: a hostile corpus is indexed without a traceback, bad files are reported, and no article
text reaches the terminal as markup or escape sequences."""

from __future__ import annotations

import json

import pytest

from hostile import MARKUP, make_hostile_corpus
from test_cli import briefing


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expected = make_hostile_corpus(root / "corpus", tiny_files=10_000)
    ix = root / "ix"
    p = briefing("index", str(root / "corpus"), "--index-dir", str(ix), "--json", check=0)
    return root / "corpus", ix, expected, json.loads(p.stdout), p


def test_index_finishes_reports_bad_files_and_indexes_the_rest(hostile):
    corpus, ix, expected, summary, proc = hostile
    assert "Traceback" not in proc.stderr
    reasons = {s["path"]: s["reason"] for s in summary["skipped"]}
    for rel, reason in expected["bad"].items():
        assert reasons.get(rel) == reason, (rel, reasons.get(rel))
    assert summary["documents"] == len(expected["good"]) == summary["added"]
    from briefing.index.library import Library

    with Library(corpus, ix) as lib:
        assert sorted(lib.article_ids()) == expected["good"]
        assert lib.search("zebrafish", limit=5).total >= 10_000


def _no_escapes(data: bytes) -> None:
    for seq in (b"\x1b[", b"\x1b]", b"\x07", b"\x00", "\u202e".encode()):
        assert seq not in data, seq


def test_cli_output_is_literal_and_escape_free(hostile):
    corpus, ix, _, _, _ = hostile
    for args in (["search", "zebrafish hostile", "--limit", "50"], ["show", "markup"], ["show", "escapes"],
                 ["quotes", "--article", "markup"], ["search", "title:json"]):
        p = briefing(*args, "--corpus", str(corpus), "--index-dir", str(ix), check=0)
        raw = p.stdout.encode("utf-8", "surrogateescape")
        _no_escapes(raw)
    p = briefing("show", "markup", "--corpus", str(corpus), "--index-dir", str(ix), check=0)
    assert "[bold]x[/bold]" in p.stdout and "[@click=app.quit]click[/]" in p.stdout
    assert "␛[31mred" in briefing("show", "escapes", "--corpus", str(corpus), "--index-dir", str(ix), check=0).stdout
    p = briefing("index", str(corpus), "--index-dir", str(ix), check=0)  # the summary lists odd file names safely
    _no_escapes(p.stdout.encode("utf-8", "surrogateescape"))
    assert "unchanged" in p.stdout


def test_json_output_keeps_the_text_exactly(hostile):
    corpus, ix, _, _, _ = hostile
    p = briefing("show", "markup", "--json", "--corpus", str(corpus), "--index-dir", str(ix), check=0)
    data = json.loads(p.stdout)
    assert MARKUP in data["body"] and "\x1b]52;" in data["body"]  # JSON escapes it; the text itself is intact


def test_file_deleted_between_listing_and_reading(tmp_path):
    from briefing.index.indexer import update_index

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"a{i}.txt").write_text(f"Headline {i}\n\nBody {i} of the article.\n", encoding="utf-8")

    def progress(phase, done, total):
        if phase == "scan":
            (corpus / "a3.txt").unlink()

    s = update_index(corpus, tmp_path / "ix", progress=progress)
    assert [(x.path, x.reason) for x in s.skipped] == [("a3.txt", "vanished")]
    assert s.documents == 4
