"""The reader shows a plain-text article's headline once, whatever its last character."""

from __future__ import annotations

from briefing.tui.config import AppConfig
from briefing.tui.main import make_app

from app_helpers import search, settle

BODY = ("The harbour board voted on Thursday to close the old ferry pier for repairs, a move traders said "
        "would cost them the summer season.\n\n"
        "\u201cWe were told nothing until the vote,\u201d said Ana Ruiz, who runs a kiosk by the pier.\n\n"
        "The board said the pier would reopen in the spring.\n")


async def test_a_headline_ending_with_a_full_stop_is_not_shown_again_as_the_body_s_first_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pier.txt").write_text(f"Harbour board shuts the ferry pier.\n\n{BODY}", encoding="utf-8")
    (corpus / "kiosk.txt").write_text(f"Kiosk owners fear a lost summer...\n\n{BODY}", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        for title in ("Harbour board shuts the ferry pier.", "Kiosk owners fear a lost summer..."):
            await search(app, pilot, f'title:"{title.split()[0]}"')
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.article is not None and app.article.title == title
            lines = [ln.strip() for ln in app.query_one("#reader").visible_text().splitlines() if ln.strip()]
            assert lines[0] == title
            assert sum(ln.startswith(title.rstrip(".")) for ln in lines) == 1, lines  # once, as the heading
            assert any(ln.startswith("The harbour board voted") for ln in lines)
