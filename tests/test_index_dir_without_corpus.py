"""An index folder named without a corpus (``make_app(index_dir=…)``, ``--index-dir``, ``$BRIEFING_INDEX_DIR``)
opens the corpus whose index it holds. It opened the bundled seeds, and since an index folder built for
another corpus is rebuilt for the one opened, the seeds were indexed into the user's folder over their index."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from briefing.index.config import resolve_corpus_and_index, seeds_dir
from briefing.index.engine.store import read_meta
from briefing.index.errors import CorpusError
from briefing.index.library import open_library
from briefing.tui.config import AppConfig, AppState, save_state
from briefing.tui.main import make_app

from app_helpers import settle
from corpus_factory import make_articles


@pytest.fixture
def own_index(tmp_path):
    """(corpus, index folder): eight articles of the user's, indexed into a folder of their choosing."""
    corpus = tmp_path / "my-news"
    make_articles(corpus, 8, seed=3)
    index = tmp_path / "my-index"
    open_library(corpus, index).close()
    return corpus.resolve(), index


def _held(index) -> tuple[str, int]:
    lib = open_library(None, index, auto_index=False)
    try:
        return read_meta(index).corpus, lib.search("", limit=1).total
    finally:
        lib.close()


def test_open_library_with_only_an_index_folder_opens_its_corpus(own_index):
    corpus, index = own_index
    assert resolve_corpus_and_index(None, index) == (corpus, index.resolve())
    lib = open_library(None, index)
    try:
        assert lib.corpus == corpus and lib.search("", limit=1).total == 8
    finally:
        lib.close()
    assert _held(index) == (str(corpus), 8)


def test_the_environment_index_folder_opens_its_corpus_too(own_index, monkeypatch):
    corpus, index = own_index
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(index))
    assert resolve_corpus_and_index(None, None)[0] == corpus
    monkeypatch.setenv("BRIEFING_CORPUS", str(seeds_dir()))  # a corpus named: that one (rebuilt, as README says)
    assert resolve_corpus_and_index(None, None)[0] == seeds_dir().resolve()


def test_an_empty_index_folder_still_opens_the_seeds(tmp_path):
    assert resolve_corpus_and_index(None, tmp_path / "new")[0] == seeds_dir().resolve()


def test_an_index_whose_corpus_is_gone_is_a_clear_error_and_kept(own_index):
    corpus, index = own_index
    corpus.rename(corpus.with_name("moved"))
    before = sorted(p.name for p in index.iterdir())
    with pytest.raises(CorpusError, match="holds the index of .*my-news.*--corpus"):
        open_library(None, index)
    assert sorted(p.name for p in index.iterdir()) == before and read_meta(index).corpus == str(corpus)


@pytest.mark.parametrize("remembered", [False, True])
async def test_the_app_on_an_index_folder_opens_its_corpus(own_index, tmp_path, remembered):
    """Also when the app remembers another corpus from its last run (the seeds here)."""
    corpus, index = own_index
    if remembered:
        save_state(AppState(corpus=str(seeds_dir().resolve())))
    app = make_app(index_dir=index, config=AppConfig(debounce_ms=0), restore=remembered)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.library is not None and app.library.corpus == corpus
        assert app.result is not None and app.result.total == 8
    assert _held(index) == (str(corpus), 8)


def test_briefing_index_with_only_an_index_folder_updates_its_corpus(own_index):
    corpus, index = own_index
    from briefing.index.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["index", "--index-dir", str(index), "--json"]) == 0
    assert json.loads(out.getvalue())["corpus"] == str(corpus)
    assert _held(index) == (str(corpus), 8)
