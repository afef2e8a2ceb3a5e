"""jusText as Briefing runs it (see :mod:`briefing.index.ingest.justext_text`): its paragraph text and its
whitespace normaliser made faster give exactly what jusText's own code gives."""

from __future__ import annotations

import random
import sys

import pytest

justext = pytest.importorskip("justext")

from justext import paragraph, utils  # noqa: E402

from briefing.index.ingest.justext_text import cache_paragraph_text, fast_whitespace  # noqa: E402

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]  # (every character '\s' matches)


def _plain(text: str) -> str:
    """jusText's normaliser as it is written: each run of spaces one function call."""
    return utils.MULTIPLE_WHITESPACE_PATTERN.sub(utils._replace_whitespace, text)


def test_the_whitespace_normaliser_gives_what_jusTexts_gives():
    assert fast_whitespace() and fast_whitespace()  # (made once: asked again, it stays)
    fast = paragraph.normalize_whitespace
    assert utils.normalize_whitespace is fast and getattr(fast, "fast", False)
    rng = random.Random(5)
    pieces = ["word", "é", ".", "\n", "\r", "\r\n", " ", " ", " ", *_SPACES]
    texts = ["", " ", "\n", " \n ", "a", "a\n", "\na", "a \n b", "a\n\n b\n", "\u2028a\u0085", "\t\x0b\x0c",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(10_000)),
             "\n" * 5000, " \n" * 3000 + "x", ("word " * 40 + "\t ") * 50]
    assert [fast(t) for t in texts] == [_plain(t) for t in texts]


def test_a_paragraphs_text_is_the_same_read_once_or_again():
    assert cache_paragraph_text() and fast_whitespace()
    para = paragraph.Paragraph(type("Path", (), {"dom": "body.p", "xpath": "/body[1]/p[1]"})())
    para.append_text("The  ferry\tterminal ")
    first = para.text
    para.append_text("\n closes\u00a0today. ")
    assert (first, para.text, para.text) == ("The ferry terminal", "The ferry terminal\ncloses today.",
                                             "The ferry terminal\ncloses today.")
