"""A wire story's credit line ("(Reporting by Ju-min Park; Editing by Ed Davies)") names its reporters and
editors, who say nothing in the story: blanked before the story is read, so that no speaker's surname
("Park said") is taken for one of theirs."""

from __future__ import annotations

import re

_CREDIT = re.compile(r"^[ \t]*\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Written)\s+by\b[^()\n]{0,400}\)"
                     r"[ \t.]*$", re.M | re.I)


def blank_credits(body: str) -> str:
    """``body`` with each paragraph that is only a credit line turned to spaces (offsets kept)."""
    if "by " not in body or not ("eporting" in body or "diting" in body or "riting" in body):
        return body
    return _CREDIT.sub(lambda m: " " * len(m.group()), body)
