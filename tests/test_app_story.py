"""Pilot tests of the story screen: the claim × outlet matrix, jumping to the reader, timeline, export."""

from __future__ import annotations

import pytest

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app
from briefing.tui.screens.story import SentencePicker, StoryScreen
from briefing.tui.widgets.article_view import ArticleView

from app_helpers import option_texts, settle


@pytest.fixture
def story_app(story_dirs):
    corpus, index = story_dirs

    def build():
        return make_app(corpus=corpus, index_dir=index,
                        config=AppConfig(debounce_ms=0, show_timing=False), restore=False)
    return build


async def open_story(app, pilot, query: str = "Harbor bridge") -> StoryScreen:
    await settle(app, pilot)
    app.action_focus_search()
    app.query_one("#query").value = query
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("enter")  # open the first hit in the reader
    await settle(app, pilot)
    await pilot.press("o")
    await settle(app, pilot)
    assert isinstance(app.screen, StoryScreen)
    assert app.screen.view is not None
    return app.screen


@pytest.mark.parametrize("size", [(120, 36), (80, 30)])
async def test_matrix_reads_at_120_and_80_columns(story_app, size):
    app = story_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_story(app, pilot)
        view = screen.view
        assert len(view.story.articles) == 4
        rows = option_texts(screen.query_one("#story-claims"))
        assert len(rows) == len(view.claims) + len(view.only)
        head = screen.query_one("#story-head").render()
        head_text = getattr(head, "plain", str(head))
        if size[0] < 100:  # one letter per outlet, and a legend that names them
            assert "A " in head_text and "Riverton Gazette" in head_text
            assert rows[0].startswith("● ● ● ●")  # the vote: all four outlets carry it
        else:
            assert "Riv" in head_text and "Dai" in head_text
            assert all(f"{o[:3]} {o}" in head_text for o in screen._outlets), head_text  # the legend names them
            assert rows[0].startswith("●   ●   ●   ●")
        lines = [screen.query_one("#story-claims").render_line(y).text for y in range(3)]
        assert all(len(line.rstrip()) <= size[0] for line in lines)
        flagged = [r for r in rows if "! " in r[:20]]
        assert any("30,000 vehicles" in r for r in flagged)  # the figure two outlets disagree on


async def test_claim_details_timeline_and_jump_to_the_reader(story_app):
    app = story_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(app, pilot)
        details = screen.query_one("#story-detail-text")
        first = str(details.render())
        assert "Riverton Gazette:" in first and "Daily Ledger:" in first and "Metro Wire:" in first
        await pilot.press("t")
        timeline = str(details.render())
        assert "Timeline" in timeline and "Speakers quoted" in timeline
        assert timeline.index("2024-05-14") < timeline.index("2024-05-15")
        await pilot.press("t")
        claims = screen._claims
        target = next(k for k, c in enumerate(claims) if any("13,000" in s.text for s in c.sentences))
        lst = screen.query_one("#story-claims")
        lst.highlighted = target
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SentencePicker)
        picker_rows = option_texts(app.screen.query_one("#picker-list"))
        k = next(i for i, r in enumerate(picker_rows) if "13,000" in r)
        app.screen.query_one("#picker-list").highlighted = k
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, (StoryScreen, SentencePicker))
        assert app.article is not None and app.article.id == "ledger-bridge"
        reader = app.query_one("#reader", ArticleView)
        shown = "\n".join(reader.render_line(y).text for y in range(reader.size.height))
        assert "13,000 vehicles" in shown


async def test_export_writes_the_story_markdown(story_app, tmp_path):
    app = story_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        from briefing.index.config import corpus_data_dir

        files = list((corpus_data_dir(app.library.corpus) / "exports").glob("story-st-*.md"))
        assert len(files) == 1
        text = files[0].read_text("utf-8")
        assert text.startswith("## ") and "### Claims carried by several outlets" in text
        assert "Outlets: Channel 9, Daily Ledger, Metro Wire, Riverton Gazette" in text
        assert "### Quotes" in text and screen.view.story.title.split()[0] in text


async def test_story_key_without_an_article_says_so_and_palette_offers_it(story_app):
    app = story_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.action_story()
        await settle(app, pilot)
        assert not isinstance(app.screen, StoryScreen)
        from briefing.tui.commands import ACTIONS

        assert any(action == "story" for _, action, _ in ACTIONS)
        assert any(b.id == "briefing.story" for b in app.BINDINGS)


async def test_a_speaker_filter_survives_the_story_view(story_app):
    """s picks a speaker, o opens the story of the highlighted quote's article, Esc comes back: the
    quotes pane still shows that speaker's quotes, focused, on the same quote."""
    app = story_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.action_focus_search()
        app.query_one("#query").value = "bridge"
        await pilot.press("enter")
        await settle(app, pilot)
        app.apply_speaker_filter("Linda Okafor")
        await settle(app, pilot)
        rows = list(app.quote_rows)
        assert rows and all("Okafor" in (q.speaker or "") for q in rows) and app.focused.id == "quotes"
        await pilot.press("down")
        at = app.query_one("#quotes").highlighted
        await pilot.press("o")  # no article open: the story of the highlighted quote's article
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen) and app.screen.view is not None
        assert rows[at].article_id in {a.id for a in app.screen.view.story.articles}
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, StoryScreen)
        assert app.speaker_filter_name == "Linda Okafor" and app.quote_rows == rows
        assert app.focused.id == "quotes" and app.query_one("#quotes").highlighted == at
        assert "Okafor" in str(app.query_one("#quote-pane").border_title)


async def test_the_timeline_wraps_under_its_entries_at_80_columns(story_app):
    """A long title or speaker list continues under its own text, never back at column 0, and no line is
    wider than the pane."""
    app = story_app()
    async with app.run_test(size=(80, 30)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        details = screen.query_one("#story-detail-text")
        lines = [details.render_line(y).text.rstrip() for y in range(details.size.height)]
        assert all(len(line) <= details.size.width for line in lines)
        entries = [k for k, line in enumerate(lines) if line.startswith(("2024-", "no date"))]
        assert entries
        continued = [(lines[k].index(": ") + 2, lines[k + 1]) for k in entries
                     if k + 1 < len(lines) and lines[k + 1].startswith(" ")]
        assert continued, "some entry is longer than a line at 80 columns"
        assert all(len(c) - len(c.lstrip()) == indent for indent, c in continued)  # under the title's first word
        speakers = lines.index(next(line for line in lines if line.startswith("Speakers quoted")))
        body = [line for line in lines[speakers + 1:] if line]
        assert all(line.startswith(" ") or ": " in line for line in body)  # outlet lines and their continuations


async def test_outlets_that_share_their_first_letters_get_lettered_columns(tmp_path):
    """"Metro Gazette" and "Metro Ledger" both abbreviate to "Met": the columns are lettered, with a legend."""
    from story_factory import BRIDGE

    root = tmp_path / "corpus"
    root.mkdir()
    for key, outlet in (("gazette-bridge", "Metro Gazette"), ("ledger-bridge", "Metro Ledger")):
        _, date, title, sentences = BRIDGE[key]
        (root / f"{key}.md").write_text(f"---\ntitle: {title}\nsource: {outlet}\ndate: {date}\n---\n\n"
                                        + "\n\n".join(sentences) + "\n", encoding="utf-8")
    app = make_app(corpus=root, index_dir=tmp_path / "index", config=AppConfig(debounce_ms=0, show_timing=False),
                   restore=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(app, pilot)
        head = screen.query_one("#story-head").render()
        head_text = getattr(head, "plain", str(head))
        assert "Met Met" not in head_text
        assert "A Metro" in head_text and "B Metro" in head_text, head_text


async def test_a_story_of_more_than_26_outlets_names_every_column(tmp_path):
    """Lettered columns went A…Z and then '?' for every further outlet: a 30-outlet story now has a
    distinct head for each (A…Z, then a, b, c, d), and the legend names each one."""
    from story_factory import BRIDGE

    root = tmp_path / "corpus"
    root.mkdir()
    _, date, title, sentences = BRIDGE["gazette-bridge"]
    for i in range(30):
        (root / f"metro-{i:02d}.md").write_text(
            f"---\ntitle: {title}\nsource: Metro Wire {i:02d}\ndate: {date}\n---\n\n" + "\n\n".join(sentences)
            + f"\n\nThe desk's note number {i} on the harbor bridge repairs.\n", encoding="utf-8")
    app = make_app(corpus=root, index_dir=tmp_path / "index", config=AppConfig(debounce_ms=0, show_timing=False),
                   restore=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(app, pilot)
        outlets = screen.view.story.outlets
        assert len(outlets) >= 27, outlets
        head = screen.query_one("#story-head").render()
        heads_line, legend = getattr(head, "plain", str(head)).split("\n", 1)
        heads = heads_line.split("   claim")[0].split()
        assert len(heads) == len(outlets) and len(set(heads)) == len(heads) and "?" not in heads, heads
        assert heads[26] == "a" and f"a {outlets[26]}" in " ".join(legend.split())


async def test_the_summary_breaks_between_its_parts_and_is_as_high_as_its_lines(story_app):
    """The status wrapped anywhere ('… · 2' then 'possible contradictions' at 80 columns): it now breaks
    between its parts only, its height the number of its lines, at every width and after a resize."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(app, pilot)
        view = screen.view
        wholes = [f"{len(view.claims)} shared claims", f"{len(view.only)} only one outlet",
                  f"{len(view.contradictions)} possible contradictions", view.story.title]
        for size in ((80, 24), (60, 24), (70, 24), (120, 30), (200, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            status = screen.query_one("#story-status")
            lines = [status.render_line(y).text.strip() for y in range(status.size.height)]
            assert all(lines) and status.size.height == len(status.render().plain.splitlines()), (size, lines)
            for whole in wholes:
                assert any(whole in line for line in lines), (size, whole, lines)
        assert status.size.height == 1 or size[0] < 200


async def test_the_summary_keeps_its_height_after_the_cursor_moves(story_app):
    """At 140 columns the summary takes two lines; moving down the claims re-lays the matrix, and the
    status had kept one row, cutting '2 only one outlet · 2 possible contradictions'."""
    app = story_app()
    async with app.run_test(size=(140, 42)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"Harbor bridge", "enter")  # typed, as a user does
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.view is not None
        for keys in ((), ("j",) * 4, ("k",), ("G",)):
            await pilot.press(*keys)
            await settle(app, pilot)
            status = screen.query_one("#story-status")
            want = len(status.render().plain.splitlines())
            assert want == 2 and status.size.height == want, (keys, status.size.height, want)
