"""The annotation store: round trips, kill -9 during writes, concurrent writers, orphans, damaged files."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

from briefing.index.annotations import AnnotationStore
from briefing.index.models import Quote


def quote(n: int, text: str | None = None, article: str = "a1") -> Quote:
    t = text or f"quote number {n} says something"
    return Quote(id=f"q{n}", article_id=article, text=t, start=0, end=len(t), kind="direct")


def test_marks_round_trip_through_the_file(tmp_path):
    path = tmp_path / "ann.json"
    s = AnnotationStore.open(path=path)
    q = quote(1)
    assert s.toggle_selected(q) is True
    s.set_note(q, "  why it matters  ")
    s.add_tags(q, ["chips", "china", "chips"])
    s.remove_tags(q, ["china"])
    assert s.toggle_star(q) is True
    s.merge_speakers(["Trump", "President Trump"], "Donald Trump")
    s.mark_read("a1")
    assert s.toggle_bookmark("a1") is True
    again = AnnotationStore.open(path=path)
    a = again.get("q1")
    assert (a.selected, a.note, a.tags, a.starred, a.text) == (True, "why it matters", ["chips"], True, q.text)
    assert again.speaker_overrides() == {"Trump": "Donald Trump", "President Trump": "Donald Trump"}
    assert again.data.articles["a1"].read and again.data.articles["a1"].bookmarked
    assert json.loads(path.read_text())["schema_version"] == 1
    assert again.clear_selection() == 1 and again.get("q1").starred  # the note and star stay


def test_orphans_are_kept_and_reattached(tmp_path):
    s = AnnotationStore.open(path=tmp_path / "a.json")
    old = quote(1, "Regulators told the companies to halt purchases")
    s.set_note(old, "key claim")
    current = [quote(2, "Something else entirely was said here")]
    assert [o.quote_id for o in s.orphans(current)] == ["q1"]
    assert s.reattach(current) == 0 and s.get("q1").note == "key claim"  # never dropped
    back = quote(7, "Regulators told the companies to halt purchases")  # the text is back, under a new id
    assert s.reattach(current + [back]) == 1
    assert s.get("q7").note == "key claim" and s.get("q1") is None and not s.orphans(current + [back])


def test_corrupt_and_newer_files_are_set_aside(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{ this is not json")
    s = AnnotationStore.open(path=path)
    assert "damaged" in s.warning and s.data.quotes == {}
    backups = list(tmp_path.glob("a.json.corrupt-*.bak"))
    assert len(backups) == 1 and backups[0].read_text() == "{ this is not json"
    path.write_text(json.dumps({"schema_version": 99, "quotes": {}}))
    s = AnnotationStore.open(path=path)
    assert "newer Briefing" in s.warning
    assert list(tmp_path.glob("a.json.v99-*.bak"))
    s.toggle_selected(quote(1))
    assert AnnotationStore.open(path=path).selected_ids() == ["q1"]


WRITER = """
import sys
from briefing.index.annotations import AnnotationStore
from briefing.index.models import Quote
store = AnnotationStore.open(path=sys.argv[1])
tag, n = sys.argv[2], int(sys.argv[3])
for i in range(n):
    q = Quote(id=f"{tag}{i}", article_id="a", text=f"{tag} quote {i} text", start=0, end=5, kind="direct")
    store.set_note(q, f"note {i}")
print("done", flush=True)
"""


def test_two_processes_writing_do_not_lose_changes(tmp_path):
    path = tmp_path / "a.json"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, "40"], stdout=subprocess.PIPE, text=True)
             for tag in ("x", "y")]
    for p in procs:
        assert p.communicate(timeout=120)[0].strip() == "done"
    data = AnnotationStore.open(path=path).data
    assert {f"x{i}" for i in range(40)} | {f"y{i}" for i in range(40)} == set(data.quotes)


def test_kill_9_during_writes_leaves_old_or_new_state(tmp_path):
    path = tmp_path / "a.json"
    rng = random.Random(11)
    previous = 0
    for trial in range(20):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"t{trial}_", "200"],
                                 stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.25, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        store = AnnotationStore.open(path=path)  # always loads: never a damaged file
        assert store.warning is None
        count = len(store.data.quotes)
        assert count >= previous  # nothing already stored is lost
        previous = count
    assert not list(tmp_path.glob("*.bak"))
