"""Ids in CLI output are whole at any terminal width (they are pasted into show/compare), and ``show`` takes several."""

from __future__ import annotations

import json
import shutil

import pytest

from cli_inprocess import run_main
from test_cli import briefing

LONG = "a-rather-long-folder-name-for-the-world-desk/reuters-wire-copy-august-edition"
NAMES = ["nvidia-h20-chips-summoned-by-regulators-over-backdoor-risks", "the-second-article-about-the-same-story-x"]
WIDTHS = [40, 250]


@pytest.fixture(scope="module")
def long_ids(tmp_path_factory, seeds_dir_module):
    root = tmp_path_factory.mktemp("ids")
    corpus = root / "corpus" / LONG
    corpus.mkdir(parents=True)
    ids = []
    for src, name in zip(sorted(seeds_dir_module.glob("*.txt")), NAMES):
        shutil.copy(src, corpus / f"{name}.txt")
        meta = src.with_name(src.stem + ".meta.json")
        if meta.exists():
            shutil.copy(meta, corpus / f"{name}.meta.json")
        ids.append(f"{LONG}/{name}")
    common = ["--corpus", str(root / "corpus"), "--index-dir", str(root / "ix")]
    run_main("index", *common, check=0)
    return common, ids


@pytest.fixture(scope="module")
def seeds_dir_module():
    from briefing.index.config import seeds_dir

    return seeds_dir()


def _run(common, width, *args):
    return run_main(*args, *common, env={"COLUMNS": str(width)}, check=0).stdout


def _assert_whole(out: str, ids: "list[str]") -> None:
    """Every id is on one line, whole; no line holds a cut-off start of an id."""
    lines = out.splitlines()
    for ident in ids:
        assert any(ident in line for line in lines), (ident, out)
        name = ident.rsplit("/", 1)[-1]
        for line in lines:  # a line with the start or the end of the id's name holds the whole id
            if name[:16] in line or name[-16:] in line:
                assert ident in line, (ident, line)


@pytest.mark.parametrize("width", WIDTHS)
def test_search_and_related_print_whole_ids(long_ids, width):
    common, ids = long_ids
    out = _run(common, width, "search", "Blackwell")
    _assert_whole(out, ids)
    assert "2 results" in out
    _assert_whole(_run(common, width, "related", ids[0]), ids[1:])
    if width == 40:  # titles give way instead: no line but the id lines is wider than the terminal
        assert all(len(line) <= 40 for line in out.splitlines() if not any(i in line for i in ids))


@pytest.mark.parametrize("width", WIDTHS)
def test_quotes_annotations_and_compare_print_whole_ids(long_ids, width):
    common, ids = long_ids
    quotes = [json.loads(x) for x in _run(common, width, "quotes", "--json").splitlines()]
    assert quotes
    _assert_whole(_run(common, width, "quotes"), sorted({q["article_id"] for q in quotes} | {q["id"] for q in quotes}))
    qid = quotes[0]["id"]
    run_main("annotate", qid, "--star", "--note", "check this", *common, env={"COLUMNS": "120"}, check=0)
    out = _run(common, width, "annotations")
    _assert_whole(out, [qid, quotes[0]["article_id"]])
    assert "check this" in out
    _assert_whole(_run(common, width, "compare", ids[0], ids[1]), ids)


def test_show_takes_several_ids(long_ids):
    common, ids = long_ids
    lines = [json.loads(x) for x in _run(common, 120, "show", *ids, "--json").splitlines()]
    assert [x["id"] for x in lines] == ids and all("quotes" in x and x["body"] for x in lines)
    reverse = [json.loads(x)["id"] for x in _run(common, 120, "show", ids[1], ids[0], ids[1], "--json").splitlines()]
    assert reverse == [ids[1], ids[0]]  # in the order given, each once
    text = _run(common, 40, "show", *ids)
    _assert_whole(text, ids)
    assert text.index(ids[0]) < text.index(ids[1])


def test_show_names_every_unknown_id_and_prints_nothing(long_ids):
    common, ids = long_ids
    p = briefing("show", ids[0], "nope/one", "nope/two", *common, check=1)  # a process: its exit code
    assert p.stdout == "" and "'nope/one', 'nope/two'" in p.stderr and "Traceback" not in p.stderr
