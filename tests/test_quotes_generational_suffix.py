"""A generation's suffix ("Jr", "Sr", "III") ends a person's name: the name before it is never read as a post
("Martin Luther King Jr" is no "King" holding the post of "Martin Luther"), and a post before the name still splits."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.speakers import split_role


@pytest.mark.parametrize("np,name,role", [
    ("Martin Luther King Jr", "Martin Luther King Jr", None),
    ("Martin Luther King III", "Martin Luther King III", None),
    ("Senator Bob Casey Jr", "Bob Casey Jr", "Senator"),
    ("Governor Dale Horne Sr.", "Dale Horne Sr.", "Governor"),
])
def test_the_suffix_stays_with_the_name(np: str, name: str, role: str | None):
    assert split_role(np) == (name, role)


def test_a_speaker_named_with_a_suffix():
    text = "Martin Luther King III said the march would go ahead on Saturday despite the rain."
    got = [q for q in extract_quotes(text, "t") if q.text.startswith("the march")]
    assert [q.speaker for q in got] == ["Martin Luther King III"]
