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
import functools
import itertools
import datetime as dt
import re

from .errors import QueryError
from .query_quoted import mask_quoted

_VALUE = r"\d{4}(?:[-.]?\d{1,2}(?:[-.]?\d{1,2})?)?"
_TRAIL = r"[-.]*"
"""Separators after a date, left out as Whoosh leaves them out (``date:2016-10-``, typed on the way to a day:
October 2016; ``date:2016.``: 2016)."""
_QUOTED_VALUE = r"\d{4}(?:[-. ]?\d{1,2}(?:[-. ]?\d{1,2})?)?"
_CLAUSE = re.compile(
    r"(?<![\w:])date:(?:"
    rf"(?P<op>>=|<=|=>|=<|>|<)(?P<opval>{_VALUE}){_TRAIL}"
    rf"|(?P<open>[\[{{])\s*(?:(?P<start>{_VALUE}){_TRAIL})?\s*(?:to|TO)\s*(?:(?P<end>{_VALUE}){_TRAIL})?\s*(?P<close>[\]}}])"
    rf"|-?(?P<value>{_VALUE}){_TRAIL}"  # (Whoosh reads date:-2016-10 as October 2016)
    rf"|(?P<q>['\"])(?P<qval>{_QUOTED_VALUE})(?P=q)"
    r")(?![\w-]|[/.]\d)",
    re.IGNORECASE,
)
_OP_WORDS = re.compile(r"(?<![\w:])date:(?P<op>>=|<=|=>|=<|>|<)(?P<v>'[^']*'|\"[^\"]*\"|[^\s()\[\]{}^=][^\s()\[\]{}^]*)", re.IGNORECASE)
"""``date:>yesterday``, ``date:<='march 2016'``: an operator before a date in words (after the numeric ones)."""
_GROUP = re.compile(r"(?<![\w:])date:\(", re.IGNORECASE)
_GROUP_TOKEN = re.compile(r"""\s+|[()]|'[^']*'?|"[^"]*"?|[\[{][^\]}]*[\]}]?|[^\s()]+""")
_FIELD_NAMED = re.compile(r"\w+:")
_JOINERS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE"})
_OTHER = re.compile(r"(?<![\w:])date:(?![\[{(])(?!(?:[<>]=?|=[<>])?\s+\S)(?P<v>'[^']*'|\"[^\"]*\"|[^\s()^]*)", re.IGNORECASE)
"""Any other ``date:`` value (its boost, ``^2``, left out: Whoosh reads it apart)."""
UNREADABLE = ("cannot understand the date in the query {query!r}: use date:YYYY, date:YYYY-MM or date:YYYY-MM-DD, "
              "after > < >= <= or in [A to B]")
"""The message of a query whose date cannot be read (``{query}``: the query as typed)."""
_PARTS = re.compile(r"(\d{4})(?:[-. ]?(\d{1,2})(?:[-. ]?(\d{1,2}))?)?$")


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
    if start and end and start > end:  # no day at all ({2016 to 2016}): two open ranges that never meet
        return f"(date:[{_compact(start)} to] AND date:[to {_compact(end)}])"
    return f"date:[{_compact(start) if start else ''} to {_compact(end) if end else ''}]".replace("[ ", "[")


def _bounds(op: str, p: "tuple[dt.date, dt.date]") -> "tuple[dt.date | None, dt.date | None]":
    """The first and last day ``date:OP`` a period searches: ``>`` after its last day, ``>=`` from its
    first, ``<`` before its first, ``<=`` up to its last (OverflowError past 0001 or 9999)."""
    one_day = dt.timedelta(days=1)
    op = op.replace("=>", ">=").replace("=<", "<=")
    if op == ">":
        return p[1] + one_day, None
    if op == ">=":
        return p[0], None
    if op == "<":
        return None, p[0] - one_day
    return None, p[1]


def _after(op: str, p: "tuple[dt.date, dt.date]") -> str:
    """The range of ``date:OP`` a period, as :func:`_bounds` reads it."""
    return _range(*_bounds(op, p))


def _rewrite(m: re.Match) -> str:
    one_day = dt.timedelta(days=1)
    try:
        if m.group("op"):
            return _after(m.group("op"), _period(m.group("opval")))
        if m.group("open"):
            start = _period(m.group("start")) if m.group("start") else None
            end = _period(m.group("end")) if m.group("end") else None
            if not (start or end):
                return m.group(0)
            if start and end and start[0] > end[1]:  # written backwards: Whoosh swaps the two ends
                start, end = end, start
            first = (start[1] + one_day if m.group("open") == "{" else start[0]) if start else None
            last = (end[0] - one_day if m.group("close") == "}" else end[1]) if end else None
            return _range(first, last)
        p = _period(m.group("value") or m.group("qval"))
        return _range(p[0], p[1])
    except OverflowError:  # a day before 0001-01-01 or after 9999-12-31
        return m.group(0)


def _distribute(text: str) -> str:
    """``date:(2015 OR 2016)`` as ``(date:2015 OR date:2016)``: a ``date:`` group as its clauses, as
    Whoosh reads a field group, so each value is read to the day. Of a group left open Whoosh reads only
    the first part as a date (``date:(2015 OR 2016``: 2015, then the word 2016); so does this."""
    if not _GROUP.search(text):
        return text
    out, pos = [], 0
    for m in _GROUP.finditer(text):
        if m.start() < pos:  # (a date: inside a group already rewritten)
            continue
        out.append(text[pos:m.start()])
        group, i, closed = _group(text, m.end())
        if not closed:
            group, i = _first_part(text, m.end())
        # a group with no value (date:(), date:( ) stays as typed: no date to read
        out.append("".join(group) if any("date:" in g for g in group) else text[m.start():i])
        pos = i
    out.append(text[pos:])
    return "".join(out)


def _dated(tok: str) -> str:
    if tok.strip() and tok not in _JOINERS and tok not in "()" and not _FIELD_NAMED.match(tok):
        return f"date:{tok}"  # (+ and - are no operators in Whoosh's parser: date:+1w, date:-2016)
    return tok


def _group(text: str, i: int) -> "tuple[list[str], int, bool]":
    """The tokens of the group whose ``(`` ends before ``i``, each value as ``date:value``; where it ends;
    whether its ``)`` closes it."""
    group, depth = ["("], 1
    while i < len(text) and depth:
        t = _GROUP_TOKEN.match(text, i)
        tok = t.group(0)
        depth += (tok == "(") - (tok == ")")
        group.append(_dated(tok))
        i = t.end()
    return group, i, not depth


def _first_part(text: str, i: int) -> "tuple[list[str], int]":
    """A group left open at ``i`` as Whoosh reads it: its ``(`` and the first part right after it (a value,
    or a group, itself closed or read the same way) as a date; the rest as typed."""
    t = _GROUP_TOKEN.match(text, i) if i < len(text) else None
    if t is None or t.group(0) != "(" and _dated(t.group(0)) == t.group(0):
        return ["("], i  # (a space, an operator or a field first: no date, as typed)
    if t.group(0) != "(":
        return ["(", _dated(t.group(0))], t.end()
    group, end, closed = _group(text, t.end())
    if closed:
        return ["("] + group, end
    inner, end = _first_part(text, t.end())
    return ["(", "("] + inner[1:], end


def _span(value: str) -> "tuple[dt.date, dt.date] | None":
    """First and last day of a date in Whoosh's English words ('yesterday', 'march 2016'; an instant: its
    day), read from today; None if it cannot be read."""
    return _day_span(value, _today(), True)


@functools.lru_cache(maxsize=1)
def _english():
    """Whoosh's English date parser, built once (building it compiles its grammar: tens of ms)."""
    from whoosh.qparser.dateparse import English

    return English()


def _today() -> dt.datetime:
    """Noon today (UTC, the day Whoosh's date parser reads words from): a key that changes once a day."""
    return _now().replace(hour=12, minute=0, second=0, microsecond=0)


def _now() -> dt.datetime:
    """The moment Whoosh's date parser reads words from (UTC, as Whoosh's own default)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _op_words(text: str, typed: str) -> str:
    def sub(m: re.Match) -> str:
        span = _span(m.group("v").strip("'\""))
        if span is None:
            raise QueryError(UNREADABLE.format(query=typed))
        try:
            return _after(m.group("op"), span)
        except OverflowError:
            raise QueryError(UNREADABLE.format(query=typed)) from None

    return _OP_WORDS.sub(sub, text)


MAX_RANGES = 256
"""A query holds at most this many ranges and ``date:`` clauses (each ``[``/``{``, each ``date:`` value of a
group): Whoosh's parser scans the rest of the query at each unclosed bracket and merges ranges pairwise,
both in time quadratic in their number (5,000 ``date:`` clauses: seconds; 20,000 ``[``: minutes)."""
TOO_MANY_RANGES = ("too many ranges and date: clauses in the query (more than {most}): search fewer dates or "
                   "join them in one range, date:[2016-01-01 to 2016-03-31]")
"""The message of a query with more than :data:`MAX_RANGES` ranges and ``date:`` clauses."""
_RANGE_MARK = re.compile(r"[\[{]|(?<![\w:])date:(?![\[{])", re.IGNORECASE)


def normalize_dates(text: str) -> str:
    """``text`` with every ``date:`` clause rewritten as an explicit range of compact dates.

    Raises :class:`QueryError` for a clause that is no date at all (:data:`UNREADABLE`), and for a query
    with more than :data:`MAX_RANGES` ranges and ``date:`` clauses (:data:`TOO_MANY_RANGES`).
    """
    has_date = "date:" in text.lower()
    if _too_many(text, _BRACKET):  # (before the quotes are read: Whoosh's tokenizer scans on at each bracket)
        raise QueryError(TOO_MANY_RANGES.format(most=MAX_RANGES))
    if not has_date:
        return text
    masked, restore = mask_quoted(text, _DATE_FIELD)  # "minister date:2016": a phrase's words, no clause
    distributed = _distribute(masked)
    if _too_many(distributed):
        raise QueryError(TOO_MANY_RANGES.format(most=MAX_RANGES))
    out = _op_words(_CLAUSE.sub(_rewrite, distributed), text)
    for m in _OTHER.finditer(out):
        if not _whoosh_reads(restore(m.group("v")).strip("'\"")):
            raise QueryError(UNREADABLE.format(query=text))
    return restore(out)


_DATE_FIELD = frozenset({"date"})


_BRACKET = re.compile(r"[\[{]")


def _too_many(text: str, marks: re.Pattern = _RANGE_MARK) -> bool:
    """Whether ``text`` holds more than :data:`MAX_RANGES` ranges and ``date:`` clauses (``marks``)."""
    return sum(1 for _ in itertools.islice(marks.finditer(text), MAX_RANGES + 1)) > MAX_RANGES


@functools.lru_cache(maxsize=256)
def _whoosh_reads(value: str) -> bool:
    """Whether Whoosh's English date parser reads ``value`` ('today', 'last tuesday', 'march 2025')."""
    from whoosh.qparser.dateparse import DateParseError

    if not value.strip() or len(value) > MAX_DATE_WORDS:
        return False
    try:
        return _english().date_from(value, _now()) is not None
    except (DateParseError, ValueError, OverflowError):
        return False


_RANGE_WORDS = re.compile(r"(?<![\w:])date:[\[{](?P<a>[^\]}\[{]*?)\s*\bto\b\s*(?P<b>[^\]}\[{]*?)\s*[\]}]",
                          re.IGNORECASE)
"""A ``date:`` range in words (an end holds no bracket: each scan stops at the next one, linear in the query)."""
_NUMERIC = re.compile(r"[\d\s.:/-]*$")
RELATIVE = ('"{clause}" is read from the day of the search ({today}, UTC) as {span} — for articles of another time '
            'name the date: date:2016-02-01, date:2016-02 or date:[2016-01 to 2016-03]')
"""The warning for a ``date:`` word Whoosh reads from today's date (``yesterday``, ``march``, ``>-1w``):
``{today}`` the day of the search (UTC, as Whoosh reads it), ``{span}`` the days the clause searches."""


def _days(first: "dt.date | None", last: "dt.date | None") -> str:
    """``2026-12-06``, ``2026-12-01 to 2026-12-31``, ``2026-12-07 onwards`` or ``up to 2026-12-05``."""
    if first and last:
        return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    return f"{first.isoformat()} onwards" if first else f"up to {last.isoformat()}"


def _searched(op: str, span: "tuple[dt.date, dt.date]") -> "tuple[dt.date | None, dt.date | None]":
    """The days ``date:OP`` a span searches (:func:`_bounds`; the span itself past 0001 or 9999)."""
    try:
        return _bounds(op, span)
    except OverflowError:
        return span


def relative_dates(text: str) -> list[str]:
    """A warning for each ``date:`` clause of ``text`` whose days Whoosh reads from today's date
    (``today``, ``yesterday``, ``'last tuesday'``, ``march``, ``'this year'``, ``>yesterday``, ``>-1w``,
    ``[yesterday to today]``): they move with the day of the search, so an older corpus has none.
    A range with one end written as a date (``[2016 to now]``) and an instant alone (``now``, which has
    its own warning) give none."""
    if "date:" not in text.lower():
        return []
    text = _distribute(mask_quoted(text, _DATE_FIELD)[0])  # (a phrase's words are no clause)
    now = _today()  # (the spans are days)
    clauses: list = []  # (clause, its span now, its span 400 days ago)
    searched = {}  # clause: the days an operator clause searches (after, from, before, up to its span)
    for m in itertools.islice(_OP_WORDS.finditer(text), MAX_DATE_CLAUSES):
        here = _day_span(m.group("v"), now, True)
        if here is not None:
            searched[m.group(0)] = _searched(m.group("op"), here)
        clauses.append((m.group(0), here, _day_span(m.group("v"), now - dt.timedelta(days=400), True)))
    for m in itertools.islice(_RANGE_WORDS.finditer(text), MAX_DATE_CLAUSES):
        ends = [e for e in (m.group("a"), m.group("b")) if e.strip()]
        if ends and all(not _NUMERIC.match(e.strip("'\" ")) for e in ends):
            here = [_day_span(e, now, True) for e in ends]
            before = [_day_span(e, now - dt.timedelta(days=400), True) for e in ends]
            if None not in here:
                clauses.append((m.group(0), (min(h[0] for h in here), max(h[1] for h in here)),
                                None if None in before else (min(b[0] for b in before), max(b[1] for b in before))))
    for m in itertools.islice(_OTHER.finditer(text), MAX_DATE_CLAUSES):
        clauses.append((m.group(0), _day_span(m.group("v"), now, False),
                        _day_span(m.group("v"), now - dt.timedelta(days=400), False)))
    out: list[str] = []
    for clause, here, before in clauses[:MAX_DATE_CLAUSES]:
        if here is not None and here != before:
            out.append(RELATIVE.format(clause=clause.strip(), today=now.date().isoformat(),
                                       span=_days(*searched.get(clause, here))))
    return list(dict.fromkeys(out))


MAX_DATE_WORDS = 80
"""A longer ``date:`` value is no date Whoosh reads (and is not handed to its parser)."""
MAX_DATE_CLAUSES = 20
"""At most this many ``date:`` clauses of each form are looked at for the warning (each is a parse)."""


@functools.lru_cache(maxsize=256)
def _day_span(raw: str, base: dt.datetime, instants: bool) -> "tuple[dt.date, dt.date] | None":
    """The days ``raw`` (a ``date:`` value in words) names read from ``base``: None for a date written
    in digits, one Whoosh cannot read, or an instant unless ``instants`` (then its day)."""
    from whoosh.util.times import adatetime, timespan

    value = raw.strip().strip("'\"")
    if not value or len(value) > MAX_DATE_WORDS or _NUMERIC.match(value):
        return None
    try:
        d = _english().date_from(value, base)
        if type(d) is dt.datetime:
            return (d.date(), d.date()) if instants else None
        if isinstance(d, timespan):
            d = d.disambiguated(base)
            return d.start.date(), d.end.date()
        if isinstance(d, adatetime):
            return d.floor().date(), d.ceil().date()
    except Exception:  # (Whoosh's parser raises its own errors and Python's on odd input)
        pass
    return None
