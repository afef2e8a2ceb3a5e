"""Regenerate the README screenshots by driving the real app (``run_test`` + ``save_screenshot``).

Usage: ``python screenshots/regenerate.py [OUT_DIR]`` (default: this folder). Writes SVGs and, where
``rsvg-convert`` is installed (Debian: librsvg2-bin, fonts-firacode), PNGs next to them.
Uses a throw-away data dir, the bundled seeds and a fixed size, so the output is deterministic.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SIZE = (140, 42)


async def settle(app, pilot, timeout: float = 10.0) -> None:
    """Wait until workers are done, the app has nothing pending (the quote pane follows a search
    after a pause) and the screen has repainted."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    while not getattr(app, "settled", True) and loop.time() < deadline:
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(app, pilot, query: str) -> None:
    """Replace the search box's text (as a paste would) and wait for the results."""
    app.action_focus_search()
    box = app.query_one("#query")
    box.value = query
    box.cursor_position = len(query)
    await settle(app, pilot)


async def shoot(out: Path) -> list[Path]:
    from briefing.tui.main import make_app

    shots: list[Path] = []
    app = make_app(restore=False)
    async with app.run_test(size=SIZE) as pilot:
        async def save(name: str) -> None:
            await settle(app, pilot)
            shots.append(Path(app.save_screenshot(f"{name}.svg", path=str(out))))

        await save("01-start")
        await pilot.press(*"H20 backdoor")
        await pilot.press("enter")
        await save("02-search")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("n", "n")
        await save("03-reader-quotes")
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"nvid")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("x", "j", "x")
        await save("04-quotes-by-speaker")
        await pilot.press("escape")
        await pilot.press("e")
        await save("06-export-dialog")
        await pilot.press("escape")
        app.action_focus_reader()
        await pilot.press("c")
        await save("05-side-by-side")  # the view itself, no dialog over it
        await pilot.press("escape")
        app.action_focus_quotes()
        await pilot.press("question_mark")
        await save("07-help")
        await pilot.press("escape")
        for query, name in (("H20 is:unread", "H20, unread"), ("Huawei OR Blackwell", "Rivals")):
            await type_query(app, pilot, query)
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            app.screen.query_one("#saved-name").value = name
            await pilot.press("enter")
            await settle(app, pilot)
        app.action_focus_results()
        await pilot.press("S")
        await save("08-saved-searches")
    shots.append(await whats_new(out))
    shots += await shoot_story(out, make_app)
    return shots


async def shoot_story(out: Path, make_app) -> list[Path]:
    """The story screen on one event told by four outlets (the corpus the tests generate), wide and narrow."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from story_factory import make_story_corpus

    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_story_corpus(Path(tmp) / "riverton")
        for name, size, moves in (("10-story", SIZE, ("j", "j", "j", "j")), ("11-story-80-columns", (80, 30), ())):
            app = make_app(corpus=corpus, index_dir=Path(tmp) / "index", restore=False)
            async with app.run_test(size=size) as pilot:
                await settle(app, pilot)
                await pilot.press(*"Harbor bridge")
                await pilot.press("enter")
                await settle(app, pilot)
                await pilot.press("enter")
                await settle(app, pilot)
                await pilot.press("o")
                await settle(app, pilot)
                await pilot.press(*moves)
                await settle(app, pilot)
                shots.append(Path(app.save_screenshot(f"{name}.svg", path=str(out))))
    return shots


NEW_ARTICLE = """Nvidia weighs a new China chip after H20 curbs

Nvidia is weighing a successor to the H20 for Chinese customers, people familiar with the plans said,
as Beijing discourages purchases of the H20 over security concerns.
"""


async def whats_new(out: Path) -> Path:
    """The start screen of a corpus with saved searches after an article arrived (a copy of the seeds)."""
    from briefing.index.annotations.saved import SavedSearchStore
    from briefing.index.config import seeds_dir
    from briefing.index.library import open_library
    from briefing.index.saved import save_search
    from briefing.tui.main import make_app

    corpus = Path(os.environ["BRIEFING_DATA_DIR"]) / "h20-story"  # removed with the throw-away data dir
    shutil.copytree(seeds_dir(), corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open_library(corpus) as lib:
        store = SavedSearchStore.open(corpus)
        for name, query in (("H20", "H20"), ("Huawei", "Huawei OR Ascend"), ("Unread", "is:unread")):
            save_search(lib, store, name, query)
    (corpus / "nvidia-successor.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    app = make_app(corpus, restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_focus_results()
        await settle(app, pilot)
        return Path(app.save_screenshot("09-whats-new.svg", path=str(out)))


def to_png(svg: Path) -> Path | None:
    """Convert one SVG with rsvg-convert (None when it is not installed)."""
    exe = shutil.which("rsvg-convert")
    if exe is None:
        return None
    # librsvg drops the no-break space that starts a text run unless whitespace is preserved
    text = svg.read_text(encoding="utf-8")
    if 'xml:space="preserve"' not in text:
        svg.write_text(text.replace("<svg ", '<svg xml:space="preserve" ', 1), encoding="utf-8")
    png = svg.with_suffix(".png")
    subprocess.run([exe, "--zoom", "1", str(svg), "-o", str(png)], check=True)
    return png


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else Path(__file__).resolve().parent).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        os.environ["BRIEFING_DATA_DIR"] = data
        os.environ.pop("BRIEFING_CORPUS", None)
        os.environ.pop("BRIEFING_INDEX_DIR", None)
        shots = asyncio.run(shoot(out))
    for svg in shots:
        png = to_png(svg)
        print(svg, "+ png" if png else "(no rsvg-convert: SVG only)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
