"""The date in a plain-text article's file name or folders (``2016-03-01-budget.txt``,
``20160301_budget.txt``, ``2016/03/01/budget.txt``), for files whose text gives none."""

from __future__ import annotations

import datetime as dt
import re

_IN_NAME = (
    re.compile(r"(?<![0-9])((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?![0-9])"),  # 2016-03-01, 2016_03_01, 2016.03.01
    re.compile(r"(?<![0-9])((?:19|20)\d\d)(\d\d)(\d\d)(?![0-9])"),  # 20160301
)
_IN_FOLDERS = re.compile(r"(?:^|/)((?:19|20)\d\d)/(\d\d)/(\d\d)(?=/)")  # 2016/03/01/…


def date_from_path(rel: str) -> dt.date | None:
    """The date a '/'-separated relative path names: in the file name, else as year/month/day folders.

    Only a real calendar date counts (``2016-13-45`` names none); None when the path names no date.
    """
    folders, _, name = rel.rpartition("/")
    candidates = [m for pattern in _IN_NAME for m in pattern.finditer(name)]
    candidates += list(_IN_FOLDERS.finditer(folders + "/")) if folders else []
    for m in candidates:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    return None
