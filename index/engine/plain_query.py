"""The common plain query shapes parsed without Whoosh's tagging passes, to the same query objects.

Whoosh's query parser runs a dozen regular-expression taggers over the text and a dozen filter
passes over the node list (operators, groups, fields, boosts, fuzzy words, dates, aliases, several
fields) before it builds the query: 0.4-0.9 ms for ``"prime minister"`` or ``oil prices``, a
tenth of a typical search. Most queries typed are words, quoted phrases of words, ``word*``
prefixes and ``field:`` on one of those, separated by spaces, where none of those passes changes
anything but the several-fields one. Such a query is split here into the same syntax nodes the
taggers make (Whoosh's own node classes, which analyze the words and build the leaf queries),
grouped as the several-fields pass and the parser's default group do, and normalized as
``QueryParser.parse`` does. Anything else (operators, parentheses, punctuation, boosts, fuzzy
words, dates, aliases, non-ASCII letters) returns None and goes through Whoosh's parser.
"""

from __future__ import annotations

import copy
import re

from whoosh.qparser import syntax
from whoosh.qparser.plugins import MultifieldPlugin, PhrasePlugin, PrefixPlugin

_WORD = r"[A-Za-z0-9]+"
_TOKEN = re.compile(rf' *(?:([a-z]+):)?(?:({_WORD})(\*)?|"({_WORD}(?: {_WORD})*)")(?= |$)')
"""One token: an optional ``field:``, then a word, a word with ``*`` or a quoted phrase of words."""
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE", "TO"})
"""Words Whoosh's parser reads as operators (case-sensitive)."""
FIELDS = frozenset({"title", "body", "source", "author"})
"""The ``field:`` names taken here (text fields no plugin treats specially); others go to Whoosh."""


def _multifield(parser) -> "MultifieldPlugin | None":
    for plugin in parser.plugins:
        if isinstance(plugin, MultifieldPlugin):
            return plugin
    return None


def parse_plain(parser, text: str):
    """``parser.parse(text)`` for a plain query (see the module docstring), or None for any other."""
    multi = _multifield(parser)
    if multi is None or not text.strip():
        return None
    schema = parser.schema
    nodes = []
    pos, end = 0, len(text.rstrip(" "))
    while pos < end:
        m = _TOKEN.match(text, pos)
        if m is None:
            return None
        field, word, star, phrase = m.groups()
        if field is not None and (field not in FIELDS or field not in schema):
            return None
        if phrase is not None:
            start = m.start(4)
            node = PhrasePlugin.PhraseNode(phrase, start, 1)
            node.startchar, node.endchar = start - 1, m.end()
        else:
            if word in OPERATORS:
                return None
            node = PrefixPlugin.PrefixNode(word) if star else syntax.WordNode(word)
            node.startchar, node.endchar = m.start(3 if star else 2), m.end()  # (Whoosh's: the ``*``'s)
        if field is not None:
            node.set_fieldname(field)
        else:  # MultifieldPlugin.do_multifield
            copies = []
            for fname in multi.fieldnames:
                c = copy.copy(node)
                c.set_fieldname(fname)
                c.set_boost(multi.boosts.get(fname, 1.0))
                copies.append(c)
            node = multi.group(copies)
        nodes.append(node)
        pos = m.end()
    q = parser.group(nodes).query(parser)
    return q.normalize() if q else None
