"""An article on which the quote rules fail is indexed without quotes, and the user is told which one and why:
by ``index`` (summary, ``--json``, stderr), ``extract``, bulk builds and the app. The failure is injected (no
real text is known to defeat the rules): ``run_extraction`` raises on a body holding a marker word."""

from __future__ import annotations

import json

import pytest

import briefing.index.quotes as quotes_mod
from briefing.index import bulk
from briefing.index.cli import main as cli_main
from briefing.index.indexer import update_index
from briefing.index.library import Library
from briefing.index.quotes import QuoteExtractionError, extract_quotes
from corpus_factory import make_articles

MARKER = "Zyxwvutsrq"
GOOD = '"We will open the plant in May," said Ann Lee, the mayor.\n\nThe plant employs 300 people.\n'
BAD = f'"{MARKER} is the word," said Bo Chen, the trader.\n\nThe {MARKER} plant opens in June.\n'


@pytest.fixture
def rules_fail_on_marker(monkeypatch):
    real = quotes_mod.run_extraction

    def failing(body, *args, **kwargs):
        if MARKER in body:
            raise KeyError("a rule's table has no entry for this text")
        return real(body, *args, **kwargs)

    monkeypatch.setattr(quotes_mod, "run_extraction", failing)


def _corpus(root, extra: int = 0):
    root.mkdir(parents=True, exist_ok=True)
    (root / "good.txt").write_text("Plant opens\n\n" + GOOD, encoding="utf-8")
    (root / "bad.txt").write_text("Trader speaks\n\n" + BAD, encoding="utf-8")
    if extra:
        make_articles(root / "many", extra, seed=5)
    return root


def test_strict_extraction_names_the_failure_and_the_default_gives_none(rules_fail_on_marker):
    assert extract_quotes(BAD, "bad") == []
    with pytest.raises(QuoteExtractionError, match="KeyError"):
        extract_quotes(BAD, "bad", strict=True)
    good = extract_quotes(GOOD, "good", strict=True)
    assert [q.speaker for q in good] == ["Ann Lee"]


def test_the_index_run_reports_the_article_and_keeps_it_searchable(tmp_path, rules_fail_on_marker, monkeypatch):
    monkeypatch.setattr(bulk, "MIN_FILES", 10**9)  # the serial path
    corpus = _corpus(tmp_path / "corpus")
    summary = update_index(corpus, tmp_path / "ix")
    assert list(summary.quote_failed) == ["bad"]
    assert "KeyError" in summary.quote_failed["bad"]
    with Library(corpus, tmp_path / "ix") as lib:
        assert {h.id for h in lib.search(MARKER).hits} == {"bad"}
        assert {q.article_id for q in lib.quotes()} == {"good"}


def test_a_bulk_build_reports_the_article_as_the_serial_one(tmp_path, rules_fail_on_marker, monkeypatch):
    monkeypatch.setattr(bulk, "MIN_FILES", 50)
    spied = []
    real_build = bulk.build

    def spy(*args, **kwargs):
        spied.append(True)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(bulk, "build", spy)
    corpus = _corpus(tmp_path / "corpus", extra=120)
    summary = update_index(corpus, tmp_path / "ix")
    assert spied, "the bulk path did not run"
    assert list(summary.quote_failed) == ["bad"] and "KeyError" in summary.quote_failed["bad"]
    assert summary.quotes > 0  # the other articles' quotes are there


def test_briefing_index_says_it_on_stderr_and_in_json(tmp_path, rules_fail_on_marker, monkeypatch, capsys):
    monkeypatch.setattr(bulk, "MIN_FILES", 10**9)
    corpus = _corpus(tmp_path / "corpus")
    code = cli_main(["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    record = json.loads(out.strip().splitlines()[-1])
    assert list(record["quote_failed"]) == ["bad"]
    assert "Quotes could not be extracted from 1 article: bad (KeyError" in err
    assert "indexed and searchable" in err


def test_briefing_extract_says_which_article_gave_none(tmp_path, rules_fail_on_marker, capsys):
    corpus = _corpus(tmp_path / "corpus")
    code = cli_main(["extract", str(corpus / "good.txt"), str(corpus / "bad.txt"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert [len(line["quotes"]) for line in lines] == [1, 0]
    assert "Quotes could not be extracted from 1 article: bad (KeyError" in err
    assert "indexed" not in err


async def test_the_app_tells_the_user(tmp_path, rules_fail_on_marker, monkeypatch):
    from app_helpers import settle
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    monkeypatch.setattr(bulk, "MIN_FILES", 10**9)
    corpus = _corpus(tmp_path / "corpus")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        told = [n.message for n in app._notifications if "Quotes could not be extracted" in n.message]
        assert len(told) == 1 and "bad (KeyError" in told[0]
        assert app.library.document_count() == 2
