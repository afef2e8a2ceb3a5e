""""The minister" is another post than the prime, chief or first minister: with only a head of government named, the
bare description stays unresolved; "the prime minister" and a named minister of a department still resolve."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def _speaker_of(text: str, start: str) -> str | None:
    got = [q for q in extract_quotes(text, "t") if q.text.startswith(start)]
    assert got, f"no quote starting {start!r} in {[q.text for q in extract_quotes(text, 't')]}"
    return got[0].speaker


@pytest.mark.parametrize("text,head", [
    ("The prime minister, Dana Whitcombe, toured the dock. “We will keep the yard open,” the minister said.",
     "Dana Whitcombe"),
    ("Dana Whitcombe, the prime minister, toured the dock with a union official. “We will keep the yard open,” the "
     "minister said.", "Dana Whitcombe"),
    ("Prime Minister Dana Whitcombe toured the dock. “We will keep the yard open,” the minister said.",
     "Dana Whitcombe"),
    ("The state's chief minister, Ravi Kulkarni, visited the camp. “We will keep the yard open,” the minister told "
     "reporters.", "Ravi Kulkarni"),
    ("First Minister Ailsa Moray opened the bridge. “We will keep the yard open,” the minister said.", "Ailsa Moray"),
])
def test_the_minister_is_not_the_head_of_government(text: str, head: str):
    assert _speaker_of(text, "We will keep") != head


@pytest.mark.parametrize("text,speaker", [
    ("The prime minister, Dana Whitcombe, toured the dock. “We will keep the yard open,” the prime minister said.",
     "Dana Whitcombe"),
    ("The prime minister, Dana Whitcombe, toured the dock. Tomas Reyes, the transport minister, joined her. “We will "
     "keep the yard open,” the minister said.", "Tomas Reyes"),
    ("Transport Minister Tomas Reyes toured the dock. “We will keep the yard open,” the minister said.",
     "Tomas Reyes"),
])
def test_other_ministers_and_the_head_named_as_such_still_resolve(text: str, speaker: str):
    assert _speaker_of(text, "We will keep") == speaker
