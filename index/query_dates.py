"""``date:`` clauses of a query rewritten so Whoosh's date parser reads them to the day.

Whoosh's English date parser reads ``2016-10-15`` inside a range or after ``>`` as the year 2016
alone, and its ``>``/``<`` include the day named. Before parsing, each ``date:`` clause is rewritten
to an explicit range of compact dates (``20161015``), which Whoosh reads exactly:

- ``date:2016-10-15`` / ``date:2016-10`` / ``date:2016``: that day, month or year;
- ``date:[2016-10-01 to 2016-10-31]`` (``TO`` too, either end may be left open): first day of the
  start through the last day of the end (``{``/``}`` leave the day at that end out);
- ``date:>2016-10-15`` after that day, ``date:>=2016-10-15`` from it, ``date:<`` before,
  ``date:<=`` up to and including (a month or a year works the same way: ``date:>2016-10`` is
  from November 2016). A date that does not exist (``2016-02-30``) is a :class:`QueryError`.

Any other ``date:`` clause is left to Whoosh's English date parser (``date:today``,
``date:'last tuesday'``); one it cannot read either (``date:garbage``, ``date:>soon``, and a date
written with ``/`` or ``.``: ``date:2016/10/15``, which would otherwise be read as the year 2016 and
the words 10 and 15) is a
:class:`QueryError` that says so, instead of a query that silently matches nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import QueryError

_VALUE = r"\d{4}(?:-?\d{1,2}(?:-?\d{1,2})?)?"
_CLAUSE = re.compile(
    r"(?<![\w:])date:\s*(?:"
    rf"(?P<op>>=|<=|=>|=<|>|<)\s*(?P<opval>{_VALUE})"
    rf"|(?P<open>[\[{{])\s*(?P<start>{_VALUE})?\s*(?:to|TO)\s*(?P<end>{_VALUE})?\s*(?P<close>[\]}}])"
    rf"|(?P<value>{_VALUE})"
    r")(?![\w-]|[/.]\d)",
    re.IGNORECASE,
)
_OTHER = re.compile(r"(?<![\w:])date:\s*(?![\[{])(?P<v>'[^']*'|\"[^\"]*\"|[^\s()]*)", re.IGNORECASE)
UNREADABLE = ("cannot understand the date in the query {query!r}: use date:YYYY, date:YYYY-MM or date:YYYY-MM-DD, "
              "after > < >= <= or in [A to B]")
"""The message of a query whose date cannot be read (``{query}``: the query as typed)."""
_PARTS = re.compile(r"(\d{4})(?:-?(\d{1,2})(?:-?(\d{1,2}))?)?$")


def period(value: str) -> "tuple[dt.date, dt.date] | None":
    """First and last day of ``2016``, ``2016-10``, ``2016-10-15`` (or ``201610``, ``20161015``); None if not a date."""
    m = _PARTS.match(value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(month)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        d = dt.date(year, month, int(day))
        return d, d
    except ValueError:
        return None


def _period(value: str) -> "tuple[dt.date, dt.date]":
    p = period(value)
    if p is None:
        raise QueryError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return p


def _compact(d: dt.date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _range(start: "dt.date | None", end: "dt.date | None") -> str:
    return f"date:[{_compact(start) if start else ''} to {_compact(end) if end else ''}]".replace("[ ", "[")


def _rewrite(m: re.Match) -> str:
    one_day = dt.timedelta(days=1)
    try:
        if m.group("op"):
            p = _period(m.group("opval"))
            op = m.group("op").replace("=>", ">=").replace("=<", "<=")
            if op == ">":
                return _range(p[1] + one_day, None)
            if op == ">=":
                return _range(p[0], None)
            if op == "<":
                return _range(None, p[0] - one_day)
            return _range(None, p[1])
        if m.group("open"):
            start = _period(m.group("start")) if m.group("start") else None
            end = _period(m.group("end")) if m.group("end") else None
            if not (start or end):
                return m.group(0)
            first = (start[1] + one_day if m.group("open") == "{" else start[0]) if start else None
            last = (end[0] - one_day if m.group("close") == "}" else end[1]) if end else None
            return _range(first, last)
        p = _period(m.group("value"))
        return _range(p[0], p[1])
    except OverflowError:  # a day before 0001-01-01 or after 9999-12-31
        return m.group(0)


def normalize_dates(text: str) -> str:
    """``text`` with every ``date:`` clause rewritten as an explicit range of compact dates.

    Raises :class:`QueryError` for a clause that is no date at all (:data:`UNREADABLE`).
    """
    if "date:" not in text.lower():
        return text
    out = _CLAUSE.sub(_rewrite, text)
    for m in _OTHER.finditer(out):
        if not _whoosh_reads(m.group("v").strip("'\"")):
            raise QueryError(UNREADABLE.format(query=text))
    return out


def _whoosh_reads(value: str) -> bool:
    """Whether Whoosh's English date parser reads ``value`` ('today', 'last tuesday', 'march 2025')."""
    from whoosh.qparser.dateparse import DateParseError, English

    if not value.strip():
        return False
    try:
        return English().date_from(value, dt.datetime.now()) is not None
    except (DateParseError, ValueError, OverflowError):
        return False
