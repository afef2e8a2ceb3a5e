"""Normalise metadata values from front matter, JSON records, sidecars and HTML: dates, names."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_FOREIGN_MONTHS = {name: i for i, names in enumerate([
    "januar jänner janner janvier janv enero ene janeiro gennaio gen januari",
    "februar feber février fevrier févr fevr fév fev febrero fevereiro febbraio februari",
    "märz maerz mrz mars marzo março marco maart",
    "avril avr abril aprile",
    "mai mayo maio maggio mag mei",
    "juni juin junio junho giugno giu",
    "juli juillet juil julio julho luglio lug",
    "août aout agosto ago augustus",
    "septembre sept septiembre setiembre setembro settembre set",
    "oktober okt octobre octubre outubro ottobre ott",
    "novembre noviembre novembro",
    "dezember dez décembre decembre déc dec diciembre dic dezembro dicembre"], start=1) for name in names.split()}
"""Month names (and their usual short forms) in German, French, Spanish, Portuguese, Italian and Dutch."""
FOREIGN_MONTHS = frozenset(_FOREIGN_MONTHS)
_ENGLISH_MONTHS = {name: i for i, names in enumerate([
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sept sep", "october oct", "november nov", "december dec"], start=1) for name in names.split()}
"""English month names and their short forms, whole: a page half translated writes them between another language's
words ('7 de March 2025', '7. March 2025')."""
_DMY_FOREIGN = re.compile(r"(?<![\d.])(\d{1,2})(?:er|º|°|\.|st|nd|rd|th)?\s+(?:(?:de|di|of)\s+)?([^\W\d_]{3,10})\.?,?"
                          r"\s+(?:(?:del?|di|of)\s+)?((?:19|20)\d{2})\b")
"""'7. Dezember 2026', '1er décembre 2026', '7 de diciembre de 2026', '7 de dezembro de 2026', '7 dicembre 2026'; and
a date half in English, half in the page's language (its template's words translated, the month's name not, or the
other way round: '7 de March 2025', '7. March 2025', '7 di marzo 2025', '7th of March, 2025'). The month's name is
one of a language's month names whole, never a word that opens like one."""
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})|\b(\d{4})([/.])(\d{1,2})\5(\d{1,2})\b")
_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b")


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(value: Any, day_first: bool | None = None) -> dt.date | None:
    """A date from a date/datetime, an epoch number or a string ('2025-08-12', 'Aug. 12, 2025', '12 August 2025').
    ``day_first`` reads a number date that is one both ways round ('04/03/2025') as the page's locale writes
    it (see :func:`day_first_locale`); None reads it only when it can be read one way."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        try:
            return dt.datetime.fromtimestamp(float(value), tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()[:200]
    if s.isascii() and not any(d in s for d in "0123456789"):  # every form has a four-digit year
        return None
    m = _ISO.search(s)
    if m:  # '2025-03-04', and '2025/03/04' or '2025.03.04' (year first: never ambiguous)
        return _mk(int(m[1]), int(m[2]), int(m[3])) if m[1] else _mk(int(m[4]), int(m[6]), int(m[7]))
    m = _MDY.search(s)
    if m and m[1][:3].lower() in _MONTHS:
        return _mk(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    m = _DMY.search(s)
    if m and m[2][:3].lower() in _MONTHS:
        return _mk(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    m = _DMY_FOREIGN.search(s)
    month = (_FOREIGN_MONTHS.get(m[2].lower()) or _ENGLISH_MONTHS.get(m[2].lower())) if m else None
    if month:  # ('7. Dezember 2026', '7 de diciembre de 2026', '7 de March 2025')
        return _mk(int(m[3]), month, int(m[1]))
    m = _CJK.search(s)
    if m:  # '2025年3月5日', '2025년 3월 5일'
        return _mk(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.search(s)
    return _numeric_date(s, int(m[1]), int(m[3]), int(m[4]), dots=m[2] == ".", day_first=day_first) if m else None


_CJK = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
"""A date in Chinese or Japanese ('2026年12月7日') or Korean ('2026년 12월 7일')."""
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\b")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _numeric_date(s: str, a: int, b: int, year: int, dots: bool = False,
                  day_first: bool | None = None) -> dt.date | None:
    """'11/05/2025': month first (US) or day first (Europe). The one reading that is a date, day first with
    dots ('12.03.2024'), or the one that falls on the weekday written beside it ('Wed, 11/05/2025' is 5
    November); else None, never a guess."""
    readings = {d for d in (_mk(year, a, b), _mk(year, b, a)) if d}
    if len(readings) == 1:
        return readings.pop()
    if dots:
        return _mk(year, b, a)  # '12.03.2024': dots are written day first (German, Polish, Russian…)
    day = re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", s, re.IGNORECASE)
    fits = [d for d in readings if day and d.weekday() == _WEEKDAYS.index(day[1].lower())]
    if len(fits) == 1:
        return fits[0]
    return None if day_first is None or day else _mk(year, b, a) if day_first else _mk(year, a, b)


_MONTH_FIRST = {"us", "ca", "ph", "fm", "mh", "pw", "as", "gu", "pr", "vi", "um"}
"""Regions whose English writes a number date month first ('04/03/2025' is 3 April)."""
_YEAR_FIRST = {"zh", "ja", "ko", "hu", "lt", "mn", "eu"}
"""Languages that write a number date year first: a date with the year last is no sign of their order."""
_DAY_FIRST_TLDS = {"uk", "ie", "au", "nz", "za", "in", "de", "at", "ch", "fr", "be", "nl", "lu", "es", "it", "pt",
                   "no", "se", "dk", "fi", "is", "pl", "cz", "sk", "ru", "ua", "gr", "tr", "ro", "bg", "hr", "si",
                   "rs", "br", "ar", "mx", "cl", "pe", "ng", "ke", "gh", "pk", "bd", "lk", "sg", "my", "hk", "il"}
"""Country domains whose sites write number dates day first (read for an English page that names no region)."""
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.IGNORECASE)


def day_first_locale(locale: str | None, url: str | None = None) -> bool | None:
    """Whether a page in ``locale`` ('en-GB', 'nb_NO', 'en-US', the ``<html lang>`` or ``og:locale``) writes
    number dates day first: True for every language but English of the United States and its neighbours (and
    those written year first, None), and, for English of no region, by the country domain of ``url``; None
    when nothing says, or when a month-first region's page stands on a day-first country's domain."""
    m = _LOCALE.match((locale or "").strip())
    lang, region = (m[1].lower(), (m[2] or "").lower()) if m else ("", "")
    if lang in _YEAR_FIRST:
        return None
    if lang and lang != "en":
        return True
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if region in _MONTH_FIRST and tld in _DAY_FIRST_TLDS:
        return None  # (a template's 'en-US' left on a British or Australian site: the two disagree)
    if region:
        return region not in _MONTH_FIRST
    return True if tld in _DAY_FIRST_TLDS else None


def text_value(value: Any, *, join: str = ", ") -> str | None:
    """A string field: strings are stripped, lists of strings joined; other types give None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        return join.join(v.strip() for v in value if v.strip()) or None
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"].strip() or None
    return None


def first_key(record: dict, *keys: str) -> Any:
    """The value of the first key present in ``record`` (case-insensitive)."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in keys:
        if key in lowered and lowered[key] not in (None, ""):
            return lowered[key]
    return None


TITLE_KEYS = ("title", "headline", "name")
BODY_KEYS = ("body", "text", "content", "article", "maintext")
SOURCE_KEYS = ("source", "outlet", "publisher", "site", "sitename", "source_name")
DATE_KEYS = ("date", "published", "published_at", "publish_date", "pubdate", "date_publish", "datetime")
URL_KEYS = ("url", "link", "canonical_url")
AUTHOR_KEYS = ("author", "authors", "byline")


def metadata_from(record: dict) -> dict[str, Any]:
    """Title, source, date, url and author from a mapping (front matter, JSON record, sidecar)."""
    src = first_key(record, *SOURCE_KEYS)
    return {
        "title": text_value(first_key(record, *TITLE_KEYS)),
        "source": text_value(src),
        "date": parse_date(first_key(record, *DATE_KEYS)),
        "url": text_value(first_key(record, *URL_KEYS)),
        "author": text_value(first_key(record, *AUTHOR_KEYS)),
    }
