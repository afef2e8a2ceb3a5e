"""A damaged index: the app says so and offers the rebuild, which recovers (issue 8)."""

from __future__ import annotations

from app_helpers import settle
from briefing.index.indexer import update_index
from briefing.index.config import seeds_dir
from briefing.tui.config import AppConfig
from briefing.tui.main import make_app


async def test_app_offers_the_rebuild_of_a_corrupted_index(tmp_path):
    ix = tmp_path / "ix"
    update_index(seeds_dir(), ix)
    for seg in ix.glob("MAIN_*.seg"):
        seg.write_bytes(seg.read_bytes()[:64])  # truncated segment file
    app = make_app(index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        from briefing.tui.screens.confirm import ConfirmDialog

        assert isinstance(app.screen, ConfirmDialog)
        assert "damaged" in app.screen.query_one("Static").render().plain
        await pilot.press("enter")
        await settle(app, pilot, rounds=6)
        assert app.library is not None and app.library.document_count() == 2


async def test_refresh_key_picks_up_documents_committed_meanwhile(tmp_path, seeds_copy):
    import subprocess
    import sys

    ix = tmp_path / "ix"
    update_index(seeds_copy, ix)
    app = make_app(corpus=str(seeds_copy), index_dir=ix, config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.library.document_count() == 2
        (seeds_copy / "z.txt").write_text("Zanzibar headline\n\nZanzibar news today.\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "briefing.index.cli", "index", str(seeds_copy), "--index-dir", str(ix),
                        "-q"], check=True)
        await pilot.press("ctrl+r")
        await settle(app, pilot, rounds=5)
        assert app.library.document_count() == 3
        assert "3 articles" in app.sub_title
