"""Shared fixtures: every test runs with its own user data dir and no corpus/index overrides."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory, monkeypatch):
    """A private BRIEFING_DATA_DIR and tmux server; BRIEFING_CORPUS/BRIEFING_INDEX_DIR unset."""
    data = tmp_path_factory.mktemp("briefing-data")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(data))
    # tmux tests talk to a server of their own (its socket in this folder), not to whatever server
    # the machine runs: another session's options or windows never change their pane's size.
    monkeypatch.setenv("TMUX_TMPDIR", str(data))
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("BRIEFING_CORPUS", raising=False)
    monkeypatch.delenv("BRIEFING_INDEX_DIR", raising=False)
    monkeypatch.delenv("BRIEFING_MAX_BYTES", raising=False)
    # A pytest-xdist worker's environment holds COLUMNS=80 and LINES=24; without them (as in a plain run) a
    # console script sizes itself from its terminal (the app in a 140-column tmux pane is 140 wide).
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)
    # the app draws in truecolor whatever TERM the tests run under (TERM=xterm would make it 16 colours,
    # whose rounding the app allows for); tests of 256 and 16 colours set it themselves
    import textual.constants

    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")
    return data


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled seed corpus as installed."""
    from briefing.index.config import seeds_dir as _seeds

    return _seeds()


@pytest.fixture
def seeds_copy(tmp_path, seeds_dir) -> Path:
    """A writable copy of the seed corpus (articles and sidecars only)."""
    dest = tmp_path / "corpus"
    dest.mkdir()
    for p in seeds_dir.iterdir():
        if p.suffix in (".txt", ".json"):
            shutil.copy2(p, dest / p.name)
    return dest


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    """The seeds indexed once per test module (the app tests open it read-mostly)."""
    from briefing.index.library import open_library

    path = tmp_path_factory.mktemp("seeds-index")
    open_library(None, path).close()
    return path


@pytest.fixture
def seeds_library(seeds_dir, tmp_path):
    """The seeds, indexed into a temporary folder."""
    from briefing.index.library import open_library

    lib = open_library(seeds_dir, tmp_path / "index")
    yield lib
    lib.close()


@pytest.fixture
def seed_texts(seeds_dir) -> dict[str, str]:
    """The two seed articles' original text by id."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(params=["trafilatura", "fallback"])
def extractor(request, monkeypatch):
    """Each HTML page test run twice: with trafilatura, and with the plain fallback parser Briefing uses
    when trafilatura cannot be loaded."""
    from briefing.index.ingest import html as html_ingest

    if request.param == "fallback":
        monkeypatch.setattr(html_ingest, "_state", {"module": None, "error": "ImportError: disabled by the test"})
    return request.param


@pytest.fixture(scope="session")
def story_template(tmp_path_factory) -> tuple[Path, Path]:
    """The story corpus (:mod:`story_factory`) and its index, built once per test process.

    The corpus is only read (the index records its path, so it stays where it was built); tests take a
    copy of the index each (:func:`story_dirs`), which is cheaper than indexing the corpus again.
    """
    from briefing.index.library import open_library
    from story_factory import make_story_corpus

    root = tmp_path_factory.mktemp("story-template")
    with pytest.MonkeyPatch.context() as mp:  # what indexing writes goes to a data dir of its own
        mp.setenv("BRIEFING_DATA_DIR", str(root / "data"))
        corpus = make_story_corpus(root / "corpus")
        open_library(corpus, root / "index").close()
    return corpus, root / "index"


@pytest.fixture
def story_dirs(story_template, tmp_path) -> tuple[Path, Path]:
    """``(corpus, index_dir)``: the shared story corpus (read only) and a private copy of its index."""
    corpus, index = story_template
    shutil.copytree(index, tmp_path / "index")
    return corpus, tmp_path / "index"
