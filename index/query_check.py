"""What a malformed query lost: Whoosh reads any text, so an unclosed quote or bracket, a field with
nothing after it or an operator with nothing to join is silently read some other way. Each such
spot gets a sentence saying what was searched instead (the search itself is Whoosh's, unchanged), as
does a ``date:`` word Whoosh reads from the day of the search (``date:yesterday``, ``date:march``).
"""

from __future__ import annotations

import re

from .correction import OPERATORS as _QUERY_OPERATORS

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')
_FIELD = re.compile(r"^([A-Za-z_]\w*):(.*)$", re.S)
_LOCAL = frozenset({"is", "http", "https"})
"""``name:`` forms that are no field but need no warning: ``is:`` terms (read before the query
reaches Whoosh) and web addresses."""
OPERATORS = _QUERY_OPERATORS - {"TO"}
"""The operators that join words (``TO`` belongs to a range, which has its own brackets)."""


_SMART_PHRASE = re.compile(r"(?<!\w)([“„«‘‚‹「『])[^“”„«»‘’‚‹›「」『』\"]*\s[^“”„«»‘’‚‹›「」『』\"]*([”“»’‘›」』])(?!\w)")
"""Words between typographic quotes (“…”, „…“, «…», ‘…’, 「…」) with a space inside: meant as a phrase."""


_COMPARISONS = frozenset({">", ">=", "<", "<=", "=>", "=<"})
SPACED = ('space after "{name}:" — searched the word "{name}", and the words after it in every field '
          '(no space to search one field: {name}:word)')
"""The warning for a field followed by a space (``date: 2016``, ``date:> 2016``): Whoosh reads the field
name as a word and the value on its own."""


def field_prefixes(text: str) -> list[str]:
    """The ``name:`` prefixes of ``text``'s words, in order, read as :func:`query_problems` reads them."""
    return [m.group(1) for tok in _TOKEN.findall(text) if (m := _FIELD.match(tok))]


INSTANT = ('"date:{value}" names an instant, not a day — no article is dated to it '
           '(date:today, date:2016-02-01 or date:[2016-01 to] name days)')
"""The warning for a ``date:`` value Whoosh reads as one moment (``date:now``), which matches nothing."""


def _instant(value: str) -> bool:
    """Whether Whoosh's English date parser reads ``value`` as one moment (``now``) rather than a span."""
    import datetime as dt

    from .query_dates import _english

    value = value.strip("'\"")
    if not value or value[0] in "[{<>=" or value[0].isdigit():
        return False
    try:
        return type(_english().date_from(value, dt.datetime.now())) is dt.datetime
    except Exception:
        return False


def query_problems(text: str, fields: "set[str] | frozenset[str]") -> list[str]:
    """Sentences, one per malformed part of ``text`` (a Whoosh query over ``fields``, their aliases
    included); [] when well formed. Field names are case-sensitive, as Whoosh reads them: ``TITLE:x``
    and ``foo:x`` are no field, and Whoosh searches ``TITLE``/``foo`` as a word."""
    problems: list[str] = []
    found = list(_TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    depth, unmatched_close = 0, 0
    for i, tok in enumerate(tokens):
        if tok.startswith('"') and (len(tok) == 1 or not tok.endswith('"')):
            words = tok[1:].strip()
            problems.append('unclosed " — its words searched one by one, not as a phrase' if words
                            else 'unclosed " — ignored')
        elif tok == "(":
            depth += 1
        elif tok == ")":
            if depth:
                depth -= 1
            else:
                unmatched_close += 1
        elif (m := _FIELD.match(tok)) and m.group(1) not in fields and m.group(1).lower() not in _LOCAL:
            name = m.group(1)
            problems.append(f'no field "{name}" — "{name}:" searched as the word "{name.lower()}"')
        elif m and not m.group(2):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not nxt or nxt == ")" or (nxt == "(" and (i + 2 >= len(tokens) or tokens[i + 2] == ")")):
                name = m.group(1)
                problems.append(f'nothing after "{name}:" — searched the word "{name}" instead')
            elif text[found[i].end()].isspace():
                problems.append(SPACED.format(name=m.group(1)))
        elif m and m.group(2) in _COMPARISONS and found[i].end() < len(text) and text[found[i].end()].isspace():
            problems.append(SPACED.format(name=m.group(1)))
        elif tok in OPERATORS:
            before = tokens[i - 1] if i else ""
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            lacks_left = tok != "NOT" and (not before or before == "(" or before in OPERATORS)
            lacks_right = not after or after == ")" or (after in OPERATORS and after != "NOT")
            if lacks_left or lacks_right:
                side = "before" if lacks_left else "after"
                problems.append(f'no word {side} "{tok}" — searched it as the word "{tok.lower()}"')
        if (m := _FIELD.match(tok)) and m.group(1) == "date" and m.group(2)[:1] in ("[", "{") \
                and not any(c in t for t in tokens[i:] for c in "]}"):
            clause = " ".join(tokens[i:i + 2]) if tokens[i + 1:i + 2] in (["to"], ["TO"]) else tok
            problems.append(f'unfinished date range "{clause}" — it matches no article; close it: '
                            f'date:[2016-01 to 2016-06] (either end may be left out: date:[2016-01 to])')
        elif m and m.group(1) == "date" and _instant(m.group(2)):
            problems.append(INSTANT.format(value=m.group(2)))
    for m in _SMART_PHRASE.finditer(text):
        problems.append(f'{m.group(1)}…{m.group(2)} are not phrase quotes — the words searched one by one; '
                        'type "…" (straight quotes) for a phrase')
    if depth:
        problems.append('unclosed ( — the words after it are not grouped' if depth == 1
                        else f'{depth} unclosed ( — the words after them are not grouped')
    if unmatched_close:
        problems.append(') without ( — ignored' if unmatched_close == 1 else f'{unmatched_close} ) without ( — ignored')
    if "date:" in text.lower():
        from .query_dates import relative_dates

        problems.extend(relative_dates(text))
    return problems
