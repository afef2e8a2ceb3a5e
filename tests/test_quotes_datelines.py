"""A story's dateline ('PARIS, Sept 3 (Reuters) - ', 'DENVER (AP) _ ') is never its speaker: the subject after it
is, and no speaker keeps a bracket it does not open or a dash at an end. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("OSLO, Sept 3 (Reuters) - Norway said on Tuesday it would close the border crossing.", "Norway"),
    ("LYON, Feb 12 (Reuters) - Local officials said the strike at the depot was over.", "Local officials"),
    ("DENVER (AP) _ The mayor said the snow plows would run all night.", "The mayor"),
    ("TULSA (AP) — The governor said the new road would open in the spring.", "The governor"),
])
def test_the_subject_after_a_dateline_is_the_speaker(text, speaker):
    qs = extract_quotes(text, "t")
    assert [q.speaker for q in qs] == [speaker]


def test_no_speaker_keeps_a_stray_bracket_or_dash():
    from briefing.index.quotes import _speaker_form

    assert _speaker_form("AP) —") is None  # the agency of a dateline is no sayer
    assert _speaker_form("AP) — Jo Rowe") == "Jo Rowe"
    assert _speaker_form("Jo Rowe -") == "Jo Rowe"
    assert _speaker_form("the Mobile Data Association (MDA)") == "the Mobile Data Association (MDA)"
    text = "DENVER (AP) — “We will keep the plows out all night,” AP) — said."
    assert all(q.speaker is None or ")" not in q.speaker for q in extract_quotes(text, "t"))
