"""The day a story was published where it was published: a page may declare the moment in UTC
(``"datePublished": "2025-03-04T23:30:00Z"``) while it shows the next day ('5 March 2025') to readers in
Sydney, or the day before to readers in Los Angeles. The page's own day is the one its own clock gives: another
timestamp it declares with its zone's offset (``article:published_time`` at ``+11:00``), else the date it shows
for that moment (a ``<time>``'s text, a date line by the byline) when that is the day before or after.
"""

from __future__ import annotations

import datetime as dt
import re

from .fields import parse_date

_STAMP = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?\s*"
                    r"(Z|UTC|GMT|[+-]\d\d:?\d\d)\s*$", re.IGNORECASE)
_CHANGED = re.compile(r"updat|modif|edited|aktualisiert|mis à jour|actualizado", re.IGNORECASE)
"""A shown date of a change ('Updated 5 March 2025'), not of the publication."""
NEAR = dt.timedelta(days=7)
"""Another timestamp gives the page's offset only when it is this near the moment (a zone's offset changes with
summer time)."""
MAX_STAMPS = 30
"""At most this many declared timestamps are read for the page's own offset."""
LATEST_EAST = 14
"""The farthest zone east of UTC is this many hours ahead (Kiribati): a UTC time before 24 − 14 = 10:00 is the
same day everywhere east."""
LATEST_WEST = 12
"""The farthest zone west is this many hours behind: a UTC time from 12:00 on is the same day everywhere west."""


def instant(value: object) -> dt.datetime | None:
    """A timestamp with its offset ('2025-03-04T23:30:00Z', '…+11:00', '…-0500', '2025-03-04 23:30:00 UTC') as an
    aware datetime, else None."""
    m = _STAMP.match(value) if isinstance(value, str) and len(value) <= 40 else None
    if not m:
        return None
    zone = m[7].upper()
    offset = dt.timedelta(0) if zone in ("Z", "UTC", "GMT") else \
        (1 if zone[0] == "+" else -1) * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:]))
    try:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0),
                           tzinfo=dt.timezone(offset))
    except ValueError:  # (a month 13, an offset of a day or more)
        return None


def own_day(declared: object, day: dt.date | None, stamps: list[object], times: list[tuple[str, str]],
            shown: list[str], day_first: bool | None = None) -> dt.date | None:
    """``day``, the date of the ``declared`` timestamp, as the page's own zone has it when ``declared`` is in
    UTC: in the offset of a timestamp of the same moment (of its ``stamps``, the meta and JSON-LD dates of the
    story, or its ``times``, each a ``<time>``'s ``datetime`` and its text), else of another of its ``stamps``
    within a week of it ('dateModified'); else the day the page shows for it: the text of a ``<time>`` of that
    moment, else the first date of those it ``shown`` (by its byline; not a change's, 'Updated …') that can be
    read, taken when it is the day before or after and the UTC time allows it (a day ahead only from 10:00 UTC,
    a day behind only before 12:00). Any other ``day`` as it is."""
    moment = instant(declared)
    if day is None or moment is None or moment.utcoffset() or moment.date() != day:
        return day
    zoned = [own for own in map(instant, stamps[:MAX_STAMPS]) if own is not None and own.utcoffset()
             and abs(own - moment) <= NEAR]  # (a change months on may be in summer time: not this day's offset)
    timed = [(instant(when), text) for when, text in times[:MAX_STAMPS]]
    same = [own for own in (*zoned, *(t for t, _ in timed)) if own is not None and own.utcoffset() and own == moment]
    for own in same or zoned:
        return moment.astimezone(own.tzinfo).date()
    texts = [text for (own, text), (when, _) in zip(timed, times) if own == moment or when.strip() == str(day)]
    for text in [*texts, *(t for t in shown if t and not _CHANGED.search(t))]:
        seen = parse_date(text, day_first) if text else None
        if seen is None:
            continue
        ahead = seen - day == dt.timedelta(days=1) and moment.hour >= 24 - LATEST_EAST
        behind = day - seen == dt.timedelta(days=1) and moment.hour < LATEST_WEST
        return seen if ahead or behind else day
    return day
