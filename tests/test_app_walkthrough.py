"""What a new user meets in the app beyond the seeds: hundreds of speakers in the picker, a first page
of results under a larger total, skipped files, a rebuilt index, two articles that share nothing,
articles without outlet or date, narrow panes, an empty folder, the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.index.models import Speaker
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import option_texts, search, settle

FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas",
         "Karin", "Lukas", "Maria", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tanja", "Viktor"]
LAST = ["Berg", "Costa", "Dahl", "Engel", "Fischer", "Gruber", "Hansen", "Iversen", "Jansen", "Keller",
        "Lund", "Moser", "Nagel", "Ortiz", "Pohl", "Quist", "Roth", "Sauer", "Thiel", "Ulrich"]


def write_council_corpus(root: Path, articles: int = 80, per_article: int = 5) -> list[str]:
    """Articles on bridge repairs, each quoting ``per_article`` different council members; returns the names."""
    names = [f"{f} {la}" for f in FIRST for la in LAST][: articles * per_article]
    root.mkdir(parents=True, exist_ok=True)
    for a in range(articles):
        paras = [f'"The bridge repairs in district {a} must finish before the winter storms arrive," said '
                 f"{n}, who chairs the local committee." for n in names[a * per_article:(a + 1) * per_article]]
        (root / f"a{a:02d}.txt").write_text(f"Council debates bridge repairs in district {a}\n\n"
                                            + "\n\n".join(paras) + "\n", encoding="utf-8")
    return names


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    """The council corpus (80 articles, 400 speakers, 400 quotes) and its index."""
    from briefing.index.library import open_library

    root = tmp_path_factory.mktemp("council")
    names = write_council_corpus(root / "corpus")
    open_library(root / "corpus", root / "index").close()
    return root / "corpus", root / "index", names


def council_app(council):
    corpus, index, _ = council
    return make_app(corpus=corpus, index_dir=index, config=AppConfig(debounce_ms=0), restore=False)


async def test_the_speaker_picker_builds_a_screenful_of_hundreds_of_speakers(council):
    app = council_app(council)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert len(app.speakers) == 400
        await pilot.press("escape", "s")
        await settle(app, pilot)
        picker = app.screen.query_one("#speaker-list")
        assert 30 <= picker.option_count < 100  # the dialog is filled, not every row built
        await pilot.press("down", "G")  # to the list, then its last row: built on demand
        await settle(app, pilot)
        assert picker.option_count == 401
        last = app.speakers[-1]
        assert option_texts(picker)[-1].startswith(last.name)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.speaker_filter_name == last.name
        assert [q.speaker for q in app.quote_rows] == [last.name] * last.count


async def test_typing_in_the_picker_narrows_hundreds_of_speakers(council):
    app = council_app(council)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "s")
        await settle(app, pilot)
        await pilot.press(*"berg")
        rows = option_texts(app.screen.query_one("#speaker-list"))
        assert len(rows) == 20 and all(" Berg " in f"{r} " for r in rows)


async def test_the_speaker_picker_opens_at_once_while_the_speakers_load(council):
    """On a large corpus the speakers load for seconds after start-up: ``s`` opens the picker at once
    (saying so), what is typed meanwhile narrows it, and a picker closed before they arrive stays closed."""
    import threading

    from briefing.tui.screens.pickers import SpeakerPicker

    app = council_app(council)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        gate, real = threading.Event(), app.library.catch_up
        app.library.catch_up = lambda *a, **k: (gate.wait(20), real(*a, **k))[1]  # the real catch-up, late
        app.speakers = []
        app._start_catch_up()  # as just after start-up: the catch-up runs, then delivers the speakers
        await pilot.press("escape", "s")
        assert isinstance(app.screen, SpeakerPicker)
        assert option_texts(app.screen.query_one("#speaker-list")) == ["Loading the speakers of the corpus…"]
        await pilot.press(*"berg")  # into the picker, not the results ('b' pages, 'e' exports)
        assert isinstance(app.screen, SpeakerPicker) and app.screen.query_one("#speaker-filter").value == "berg"
        gate.set()
        await settle(app, pilot)
        rows = option_texts(app.screen.query_one("#speaker-list"))
        assert len(rows) == 20 and all(" Berg " in f"{r} " for r in rows)
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and app.speaker_filter_name == rows[0].split("  ")[0]
        # closed before the speakers arrive: nothing opens later over whatever is on screen
        gate.clear()
        app.speakers = []
        app._start_catch_up()
        await pilot.press("escape", "escape", "s")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press("escape")
        gate.set()
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and len(app.speakers) == 400


async def picker_rows(seeds_index, speakers: list, typed: str) -> list[str]:
    """The rows of the speaker picker over ``speakers`` once ``typed`` is typed into it."""
    from briefing.tui.screens.pickers import SpeakerPicker

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.push_screen(SpeakerPicker(speakers))
        await settle(app, pilot)
        await pilot.press(*typed)
        return option_texts(app.screen.query_one("#speaker-list"))


async def test_the_picker_lists_name_matches_before_alias_only_matches(seeds_index):
    """An alias that merely mentions a name (an extraction's stray words) ranks below the people so named."""
    speakers = [Speaker(name="Bernie Sanders", count=292, aliases=["Donald J. Trump and Senator Bernie Sanders"]),
                Speaker(name="Donald Trump", count=747, aliases=["Mr. Trump"]),
                Speaker(name="Eric Trump", count=23)]
    speakers.sort(key=lambda s: -s.count)
    rows = await picker_rows(seeds_index, speakers, "trump")
    assert [r.split("  ")[0] for r in rows] == ["Donald Trump", "Eric Trump", "Bernie Sanders"]


async def test_the_picker_finds_people_by_their_role_most_quoted_first(seeds_index):
    """Typing a role lists the people who hold it by how often they are quoted, with that role shown,
    as ``briefing quotes --speaker chancellor`` counts them; a stray alias still ranks last."""
    speakers = [Speaker(name="Gordon Brown", count=159, roles=["UK chancellor", "Chancellor"],
                        aliases=["Chancellor Gordon Brown", "Mr Brown"]),
                Speaker(name="Oliver Letwin", count=23, roles=["Tory shadow chancellor"]),
                Speaker(name="Jo Bloggs", count=4, aliases=["aide to the chancellor"]),
                Speaker(name="UK Chancellor", count=1)]
    rows = await picker_rows(seeds_index, speakers, "chancellor")
    assert [r.split("  ")[0] for r in rows] == ["Gordon Brown", "Oliver Letwin", "UK Chancellor", "Jo Bloggs"]
    assert rows[0].endswith("UK chancellor") and rows[1].endswith("Tory shadow chancellor")


async def test_the_quote_pane_says_its_quotes_are_those_of_the_first_page(council):
    app = council_app(council)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "bridge")
        assert app.result.total == 80
        label = str(app.query_one("#quote-status").render())
        assert label.endswith("quotes match the query · top 50 of 80 articles"), label
        await search(app, pilot, '"district 7 must"')
        assert app.result.total == 1
        assert str(app.query_one("#quote-status").render()).endswith("5 quotes match the query · 1 article")


async def test_the_app_says_which_files_it_skipped_when_it_indexes(tmp_path, seeds_copy):
    """A folder with a binary file, a socket, a dangling link and a file in no known encoding: the app
    indexes the rest and says what it left out, by reason and by name (never silently)."""
    from corpus_factory import make_bad_files

    expected = make_bad_files(seeds_copy / "bad")
    del expected["huge.txt"]  # 150 kB: too large only under a lower --max-bytes
    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.library.document_count() == 3  # the seeds and huge.txt
        notes = [n.message for n in app._notifications if "skipped" in n.message]
        assert len(notes) == 1, [n.message for n in app._notifications]
        assert notes[0].startswith(f"{len(expected)} files skipped: ")
        for reason in set(expected.values()):
            assert reason in notes[0]
        assert "bad/" in notes[0] and "briefing index" in notes[0]


BROKEN_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Ferry one</title><link>http://127.0.0.1/1</link><description>The first &nosuch; ferry sailed.</description></item>
<item><title>Ferry two</title><link>http://127.0.0.1/2</link><description>The second ferry sailed late.</description></item>
<item><title>Ferry three</title><link>http://127.0.0.1/3</link><description>The third ferry waited.</description>
</channel></rss>
"""


async def test_a_feed_read_in_part_is_not_called_skipped(tmp_path, seeds_copy):
    """A feed only the lenient parser reads: its entries are indexed and the notice says the file was read in
    part, with how many articles it gave (the core records them as ``kept``)."""
    from briefing.index.indexer import update_index

    (seeds_copy / "gazette.rss").write_text(BROKEN_FEED, encoding="utf-8")
    (sk,) = update_index(seeds_copy, tmp_path / "core").skipped  # the core's record of it
    assert (sk.path, sk.reason, sk.kept) == ("gazette.rss", "malformed feed", 3)
    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.library.document_count() == 2 + 3
        notes = [n.message for n in app._notifications if "gazette.rss" in n.message]
        assert len(notes) == 1, [n.message for n in app._notifications]
        assert notes[0].startswith("1 file read in part (3 articles kept): 1 malformed feed (gazette.rss)"), notes
        assert "skipped" not in notes[0]


async def test_the_export_file_name_follows_the_format_and_the_quote_is_not_in_the_speakers_colour(seeds_index,
                                                                                                    tmp_path):
    """Picking CSV showed 'briefing.md' in the File field (a .csv was written); the preview painted the
    quote itself in the speaker's bold colour (the tag's style was the whole row's base style)."""
    from briefing.tui.screens.dialogs import ExportDialog

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Blackwell")
        app.action_focus_quotes()
        await pilot.press("x", "e")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path = dialog.query_one("#export-path")
        path.value = str(tmp_path / "brief.md")
        dialog.query_one("#export-format").focus()
        await pilot.press("down", "space")
        assert path.value == str(tmp_path / "brief.csv")
        await pilot.press("down", "space")
        assert path.value == str(tmp_path / "brief.json")
        row = dialog.query_one("#export-preview").get_option_at_index(0).prompt
        name = app.quote_rows[app.query_one("#quotes").highlighted].speaker
        assert not str(row.style) and row.spans and row.spans[0].end == len(name)
        assert all(span.end <= len(name) for span in row.spans)
        await pilot.press("enter")
        await settle(app, pilot)
    assert (tmp_path / "brief.json").read_text(encoding="utf-8").lstrip().startswith("{")


async def test_the_app_says_why_it_rebuilt_an_index(tmp_path, council, seeds_copy):
    import shutil

    corpus, index, _ = council
    shutil.copytree(index, tmp_path / "ix")  # the council's index, opened for the seeds
    app = make_app(corpus=seeds_copy, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.library.document_count() == 2
        notes = [n.message for n in app._notifications]
        assert any(n.startswith("Rebuilt the index: ") and str(corpus) in n for n in notes), notes


async def test_two_articles_that_share_nothing_are_read_side_by_side(tmp_path):
    """Two outlets on different points: the comparison showed every sentence of one article, then every
    sentence of the other, a blank column beside each; their unique sentences now stand side by side."""
    from briefing.tui.widgets.compare_view import CompareView

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ports = ["The harbour authority opened a second container terminal on Monday.",
             "Ships will dock at the new quay from the first week of June.",
             "Dock workers said the night shifts would start in the summer.",
             "The terminal cost more than the port had planned two years ago."]
    farms = ["Wheat farmers in the valley expect a smaller harvest this autumn.",
             "A dry spring left the soil hard across most of the northern fields.",
             "Growers said irrigation licences were too expensive for small farms.",
             "The farm union will meet ministers about water prices in March."]
    (corpus / "port.txt").write_text("New terminal opens at the harbour\n\n" + "\n\n".join(ports) + "\n", encoding="utf-8")
    (corpus / "farm.txt").write_text("Valley farmers brace for a thin harvest\n\n" + "\n\n".join(farms) + "\n",
                                     encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        app.compare_with("port", "farm")
        await settle(app, pilot)
        view = app.screen.query_one(CompareView)
        assert view.comparison.summary.shared + view.comparison.summary.similar == 0
        half = view.size.width // 2
        lines = [view.render_line(y).text for y in range(view.size.height)]
        left = " ".join(line[:half] for line in lines)
        right = " ".join(line[half:] for line in lines)
        left_first = " ".join(line[:half] for line in lines[:3])
        right_first = " ".join(line[half:] for line in lines[:3])
        assert ports[0].split()[1] in left_first and farms[0].split()[0] in right_first
        for sentence in ports:
            assert sentence.split()[-1].rstrip(".") in left
        for sentence in farms:
            assert sentence.split()[-1].rstrip(".") in right
        row = view.cursor
        await pilot.press("j")
        assert view.cursor == row + 1  # the cursor still walks every row


async def test_a_story_of_articles_without_outlet_or_date_has_a_clean_status_line(tmp_path):
    """Plain-text articles (no byline, no date): the story said '4 articles · 0 outlets ·  · 0 shared…'."""
    from briefing.tui.screens.story import StoryScreen
    from story_factory import BRIDGE

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (_source, _date, title, sentences) in BRIDGE.items():
        (corpus / f"{name}.txt").write_text(title + "\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Harbor bridge")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen) and app.screen.view is not None
        status = str(app.screen.query_one("#story-status").render())
        assert len(app.screen.view.story.articles) >= 2
        assert "0 outlets" not in status and "·  ·" not in status and "· ·" not in status, status
        assert "no outlet named" in status


async def test_one_quote_is_one_quote_in_the_pane(council):
    app = council_app(council)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        name = app.speakers[-1].name
        assert app.speakers[-1].count == 1
        app.apply_speaker_filter(name)
        await settle(app, pilot)
        assert str(app.query_one("#quote-status").render()) == f"1 quote by {name} across the corpus"


async def test_the_reader_hint_wraps_in_a_narrow_pane(seeds_index):
    """At 100 columns the start hint was cut at the pane's edge ('Ctrl+P every comman')."""
    from briefing.tui.app import READER_HINT

    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reader = app.query_one("#reader")
        shown = " ".join(reader.render_line(y).text.strip() for y in range(reader.size.height))
        for item in " · ".join(READER_HINT.splitlines()).split(" · "):
            assert " ".join(item.split()) in " ".join(shown.split()), item


async def test_a_narrow_result_drops_the_score_rather_than_cutting_it(tmp_path):
    """Plain-text articles have no source: at 100 columns a hit read 'unknown source · undated · sco…'."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour terminal opens\n\nThe harbour authority opened a terminal.\n",
                                  encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "harbour")
        results = app.query_one("#results")
        text = " ".join(results.render_line(y).text for y in range(6))
        assert "unknown source · undated" in text and "sco…" not in text, text


async def test_an_empty_folder_says_what_to_put_in_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.pdf").write_bytes(b"%PDF-1.4 not read")
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert str(app.query_one("#search-status").render()) == "No articles in this folder"
        results = app.query_one("#results")
        shown = " ".join(results.render_line(y).text.strip() for y in range(results.size.height))
        assert "Briefing reads .txt, .md, .html" in shown and "press Ctrl+R" in " ".join(shown.split())
        await pilot.press("escape", "enter")  # Enter on the note does nothing
        await settle(app, pilot)
        assert app.article is None


async def test_the_picker_shows_a_long_name_whole_when_the_dialog_has_room(seeds_index):
    long = "National Highway Traffic Safety Administration (NHTSA)"
    rows = await picker_rows(seeds_index, [Speaker(name=long, count=2), Speaker(name="Ann Lee", count=1)], "highway")
    assert len(rows) == 1 and rows[0].startswith(long) and rows[0][len(long):].split() == ["2", "quotes"]


async def test_every_quote_row_shows_its_kind_and_article_line(tmp_path):
    """Rows are measured and drawn at the same width: when the scrollbar appears, a quote that wraps
    onto one more line keeps its last line (kind · article) instead of losing it."""
    root = tmp_path / "corpus"
    root.mkdir()
    words = "the council will review every bridge and road repair plan before the winter".split()
    for i in range(36):
        said = " ".join((words * 4)[: 8 + i])
        (root / f"a{i:02d}.txt").write_text(f"Repairs report {i}\n\n\"{said.capitalize()},\" said Ann Lee, "
                                            "who chairs the works committee.\n", encoding="utf-8")
    app = make_app(corpus=root, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(108, 60)) as pilot:  # (a width where the last line was lost)
        await settle(app, pilot)
        app.apply_speaker_filter("Ann Lee")
        await settle(app, pilot)
        lst = app.query_one("#quotes")
        await pilot.press("tab")
        lst.action_last()  # every row built
        await settle(app, pilot)
        drawn: dict[int, str] = {}
        for top in range(0, lst.virtual_size.height, lst.size.height):
            lst.scroll_to(y=top, animate=False)
            await pilot.pause()
            at = lst.scroll_offset.y  # (the last page stops at the end)
            drawn |= {at + y: lst.render_line(y).text.strip() for y in range(lst.size.height)}
        lines = [drawn[y] for y in range(lst.virtual_size.height)]
        rows = [i for i, line in enumerate(lines) if line.startswith(("○ ", "● "))]
        assert len(rows) == 36
        for start, end in zip(rows, rows[1:] + [len(lines)]):
            assert lines[end - 1].startswith("direct · Repairs report"), lines[start:end]


async def test_the_quote_status_leads_with_the_quotes_that_match_and_cuts_with_an_ellipsis(seeds_index):
    """In a narrow quote pane the count of quotes matching the query comes first, and a cut line says so."""
    app = make_app(index_dir=seeds_index, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "H20 backdoor")
        n, matching = len(app.quote_rows), len(app.quote_matching)
        status = app.query_one("#quote-status")
        label = str(status.render())
        assert matching and label.startswith(f"{matching} of {n} quotes match"), label
        shown = status.render_line(0).text.rstrip()
        assert shown.strip() == label or shown.endswith("…"), shown
