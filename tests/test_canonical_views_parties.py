"""Every view counts the speakers of parties, peers and firms alike: ``speakers --json``, ``quotes --speaker
--json``, the JSON, CSV and Markdown exports. Articles written for this test."""

from __future__ import annotations

import csv
import io
import json

from quote_helpers import write_texts
from cli_inprocess import briefing_main as briefing

CORPUS = {
    "budget": "Budget\n\n“The budget is a disgrace,” the Tories said in a statement.\n\n“Taxes will rise,” the "
              "Conservatives said.",
    "vote": "Vote\n\n“We will oppose the bill,” the Conservative Party said on Monday.\n\n“We back it,” Labour said.",
    "lords": "Lords\n\n“The courts are slow,” Lord Pellow of Kirkby said.\n\n“More judges are needed,” Tom Pellow said.",
    "shops": "Shops\n\n“Sales rose in the spring,” Grocea said, adding that the company would open new stores.\n\n"
             "“Prices will stay low,” the supermarket said.",
}


def test_every_view_counts_a_party_a_peer_and_a_firm_alike(tmp_path):
    (tmp_path / "c").mkdir()
    corpus = write_texts(tmp_path / "c", CORPUS)
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    env = {"BRIEFING_DATA_DIR": str(tmp_path / "data")}
    briefing(*base, "index", env=env, check=0)
    rows = [json.loads(x) for x in briefing(*base, "speakers", "--json", env=env, check=0).stdout.splitlines()]
    counts = {r["name"]: r["count"] for r in rows}
    party = next(n for n in counts if n in ("the Tories", "the Conservatives", "the Conservative Party"))
    assert counts[party] == 3 and counts["Tom Pellow"] == 1, counts
    peer = next(n for n in counts if "Pellow" in n and n != "Tom Pellow")
    assert counts[peer] == 1
    assert counts.get("Grocea", 0) >= 1, counts  # the firm, never a person
    for name in (party, peer, "Tom Pellow", "Labour", "Grocea"):
        quotes = [json.loads(x) for x in briefing(*base, "quotes", "--speaker", name, "--json", env=env,
                                                 check=0).stdout.splitlines()]
        exported = json.loads(briefing(*base, "export", "--speaker", name, "--format", "json", env=env,
                                       check=0).stdout)["items"]
        table = list(csv.DictReader(io.StringIO(briefing(*base, "export", "--speaker", name, "--format", "csv",
                                                         env=env, check=0).stdout)))
        md = briefing(*base, "export", "--speaker", name, "--format", "md", env=env, check=0).stdout
        assert len(quotes) == len(exported) == len(table) == counts[name], name
        assert {q["speaker"] for q in quotes} == {i["quote"]["speaker"] for i in exported} == \
            {r["speaker"] for r in table} == {name}
        assert sum(q["text"][:20] in md for q in quotes) == counts[name], name


async def test_the_app_picker_lists_the_librarys_counts_for_a_party(tmp_path):
    from briefing.index.library import open_library
    from briefing.tui.config import AppConfig
    from briefing.tui.main import make_app

    from app_helpers import option_texts, settle

    (tmp_path / "c").mkdir()
    corpus = write_texts(tmp_path / "c", CORPUS)
    with open_library(corpus, tmp_path / "ix") as lib:
        speakers = lib.speakers()
    party = next(s for s in speakers if s.name in ("the Tories", "the Conservatives", "the Conservative Party"))
    app = make_app(corpus=corpus, index_dir=tmp_path / "ix", config=AppConfig(debounce_ms=0), restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert [(s.name, s.count) for s in app.speakers] == [(s.name, s.count) for s in speakers]
        await pilot.press("escape")
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"tories")  # another name of the party finds it
        rows = option_texts(app.screen.query_one("#speaker-list"))
        assert len(rows) == 1 and rows[0].startswith(party.name) and f" {party.count} quote" in rows[0], rows
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.quote_rows) == party.count == 3
        assert {q.speaker for q in app.quote_rows} == {party.name}
