"""The outlet a file's folder or name gives an article whose text names none, in every view."""

from __future__ import annotations

import json

import pytest

from briefing.index.ingest.pathsource import source_from_path

from app_helpers import search, settle
from cli_inprocess import run_main


@pytest.mark.parametrize("rel, outlet", [
    ("reuters/harbour.txt", "Reuters"),
    ("2016-10-12_nytimes_harbour-terminal-opens.txt", "The New York Times"),
    ("set-huff-post_2015-11-19_harbour-terminal-opens.txt", "HuffPost"),
    ("set-usa-today_2016-01-02_mayor-appears-on-cnn.txt", "USA Today"),  # the slug's 'cnn' is no outlet
    ("bbc.co.uk/2016/03/01/harbour.txt", "BBC"),
    ("www.harbourpost.example.com/a.html", "harbourpost.example.com"),
    ("the-kyiv-post/harbour.txt", "The Kyiv Post"),
    ("sport/2016-10-12_daily-herald_harbour-terminal-opens.txt", "Daily Herald"),
    ("politico/politics/harbour.txt", "Politico"),
    # topic folders, slugs and plain names name no outlet
    ("business/001.txt", None),
    ("world-news/002.txt", None),
    ("mayor-attacks-cnn-over-report.txt", None),
    ("2016-10-12_budget.txt", None),
    ("data/train/a.txt", None),
    ("outlet-one_2016-03-01_council-budget-vote-delayed.txt", None),
])
def test_the_outlet_a_path_names(rel, outlet):
    assert source_from_path(rel) == outlet


@pytest.mark.parametrize("rel", [
    "news/2016/oct/budget.txt", "home/me/news/2016/oct/article.html", "downloads/article (3).html",
    "Downloads/Article (12).html", "notes/budget.txt", "drafts/budget.txt", "my-times-notes/budget.txt",
    "post/budget.txt", "journal/budget.txt", "sun/budget.txt", "mirror/budget.txt", "express/budget.txt",
    "independent/budget.txt", "nation/budget.txt", "star/budget.txt", "times/budget.txt", "daily/budget.txt",
    "review/budget.txt", "press/budget.txt", "today/budget.txt", "my-journal/budget.txt", "weekly-review/budget.txt",
    "press-releases/budget.txt", "book-review/x.txt", "code-review/x.txt", "peer-review/x.txt",
    "year-in-review/x.txt", "fire-alarm-monitor/x.txt", "fake-news/x.txt", "good-news/x.txt", "happy-times/x.txt",
    "school-times/x.txt", "blog-post/x.txt", "guest-post/x.txt", "blogpost/x.txt", "outpost/x.txt",
    "sometimes/x.txt", "vox-pops_2016.txt", "fox-hunting_2016.txt", "essays/ap-style-guide.txt",
    "atlantic-crossing.txt", "slate-roof-repairs.txt", "Work_Journal.txt", "notes_times.txt", "budget_post.txt",
])
def test_folders_and_names_of_ordinary_words_name_no_outlet(rel):
    """A wrong outlet is worse than none: a word an outlet's name ends in, or an outlet that is an ordinary word,
    written as a word ('happy-times', 'independent', 'vox-pops'), names nobody."""
    assert source_from_path(rel) is None


@pytest.mark.parametrize("rel, outlet", [
    ("Guardian - Brexit talks.html", "The Guardian"), ("cnn.com_2016-10-12.html", "CNN"),
    ("The Times/brexit.html", "The Times"), ("Kyiv Post/2022/war.txt", "Kyiv Post"),
    ("Independent/budget.txt", "The Independent"), ("the-independent/budget.txt", "The Independent"),
    ("2016-10-12_guardian_budget-talks.txt", "The Guardian"), ("2016-10-12_kyivpost_budget.txt", "Kyivpost"),
    ("KyivPost/budget.txt", "KyivPost"), ("politico/x.txt", "Politico"),
])
def test_outlets_written_as_names(rel, outlet):
    assert source_from_path(rel) == outlet


def test_a_hostile_path_is_read_in_linear_time():
    name = "-".join(["post"] * 20_000) + "_" + "_".join(["x-times"] * 5_000) + ".txt"
    assert source_from_path("/".join(["a-b"] * 2_000) + "/" + name) is None


BODY = "Harbour terminal opens\n\nThe harbour authority opened its new terminal on Monday, the mayor said.\n"


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "reuters").mkdir(parents=True)
    (corpus / "business").mkdir()
    (corpus / "reuters" / "harbour.txt").write_text(BODY, encoding="utf-8")
    (corpus / "2016-10-12_nytimes_harbour-terminal-opens.txt").write_text(BODY.replace("Monday", "Tuesday"),
                                                                          encoding="utf-8")
    (corpus / "business" / "001.txt").write_text(BODY.replace("Monday", "Friday"), encoding="utf-8")
    # a dateline names the outlet in the text: it wins over the folder
    (corpus / "reuters" / "wire.txt").write_text(
        "Harbour dredging starts\n\nLONDON (AFP) - The harbour authority began dredging on Monday.\n",
        encoding="utf-8")
    return corpus


def _cli(*args, env):
    p = run_main(*args, env=env)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_search_show_and_export_carry_the_outlet_of_the_path(tmp_path):
    corpus = _corpus(tmp_path)
    env = {"BRIEFING_CORPUS": str(corpus), "BRIEFING_INDEX_DIR": str(tmp_path / "ix"),
           "BRIEFING_DATA_DIR": str(tmp_path / "data")}
    hits = [json.loads(line) for line in _cli("search", "harbour", "--json", env=env).splitlines()]
    sources = {h["id"]: h["source"] for h in hits}
    assert sources == {"reuters/harbour": "Reuters", "2016-10-12_nytimes_harbour-terminal-opens": "The New York Times",
                       "business/001": None, "reuters/wire": "AFP"}, sources
    shown = json.loads(_cli("show", "reuters/harbour", "--json", env=env))
    assert shown["source"] == "Reuters"
    out = _cli("export", "--format", "csv", "--article", "2016-10-12_nytimes_harbour-terminal-opens", env=env)
    assert "The New York Times" in out, out


async def test_results_and_reader_show_the_outlet_of_the_path(tmp_path):
    corpus = _corpus(tmp_path)
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "harbour terminal")
        results = app.query_one("#results")
        text = "\n".join(results.render_line(y).text for y in range(results.size.height))
        assert "Reuters" in text and "The New York Times" in text, text
        assert text.count("unknown source") == 1, text  # only business/001
        nyt = next(i for i, h in enumerate(app.result.hits) if "nytimes" in h.id)
        app.open_article(app.result.hits[nyt].id)
        await settle(app, pilot)
        reader = app.query_one("#reader")
        header = "\n".join(reader.render_line(y).text for y in range(4))
        assert "The New York Times" in header, header




async def test_the_reader_header_breaks_between_its_parts(tmp_path):
    """At 80 columns a long file name went to a line of its own and left '· 2016-10-12 ·' ending the line
    before it: the source, date and path now break between parts, no line starts or ends with '·'."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "set-wash-post_2016-03-03_harbour-authority-opens-its-new-terminal-after-long-delay.txt"
    (corpus / name).write_text(BODY, encoding="utf-8")
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.open_article(name[:-4])
        await settle(app, pilot)
        reader = app.query_one("#reader")
        lines = [reader.render_line(y).text.strip() for y in range(4)]
        assert lines[1].startswith("The Washington Post · 2016-03-03"), lines
        assert not any(line.endswith("·") or line.startswith("·") for line in lines), lines
        assert name in "".join(lines[2:]), lines  # (a path longer than the line goes on the next)
