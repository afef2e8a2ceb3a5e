"""Query families :mod:`query_grammar` draws rarely or never, for ``benchmarks/fuzz_queries.py --wide`` and
``tests/test_wide_queries.py``: :class:`WideGrammar` builds each query from one family (named with it).

- ``fields``: many fields at once (every field and alias, ``path:``/``id:``, ``date:``), groups with boosts
  (``title:(a OR b)^2``, ``(title:a body:b)^3``);
- ``field_ops``: ``NOT``/``ANDNOT``/``ANDMAYBE``/``REQUIRE`` nested inside field groups, negated groups;
- ``phrase_wildcards``: wildcards inside phrases (``"mini* talks"``, ``"te?t"``, ``"*"``);
- ``star``: ``*`` alone and with others (``* AND w``, ``NOT *``, ``title:*``, ``*^2``, ``(*)``);
- ``long_or``: ``OR`` lists of 50 to 250 words (in a field group too);
- ``tokens``: numbers, abbreviations, hyphens and apostrophes (``U.S.``, ``don't``, ``COVID-19``, ``5G``,
  ``£1.2bn``, ``AT&T``), as words, in phrases, with wildcards and fuzzy;
- ``folding``: accented and non-Latin words as typed otherwise (decomposed, upper case, accents dropped,
  full-width, ligatures): the analyzer's folding;
- ``pasted``: text copied from a word processor (curly and low quotes, en and em dashes, non-breaking and
  thin spaces, soft hyphens, zero-width marks, a byte-order mark, line separators, primes);
- ``spacing``: a space around a field's colon (``date: 2016``, ``title :w``, ``date:> 2016``), Briefing's own
  fields too (``is: read``, ``speaker: x``: no filter, Whoosh's words).
"""

from __future__ import annotations

import unicodedata

from query_grammar import QueryGrammar

TOKENS = ["U.S.", "u.s.", "US", "U.S", "don't", "don’t", "dont", "COVID-19", "covid-19", "Covid19", "COVID‑19",
          "COVID–19", "5G", "5g", "4G/5G", "£1.2bn", "$1.5bn", "1.2bn", "€3m", "9/11", "24/7", "e-mail", "email",
          "O'Neill", "O’Neill", "rock'n'roll", "3.14", "10%", "1,000", "1 000", "A.I.", "AT&T", "C++", "C#",
          ".NET", "Q3", "mid-2016", "1990s", "’90s", "No.10", "Covid-19's", "H20", "B-52", "F-35s", "x86-64",
          "10:30", "2016-10-15", "#MeToo", "@bbc", "U.K.-based", "ex-minister", "co-operation", "Jr.", "Ph.D."]
FOLDED = ["café", "Zürich", "São Paulo", "Łódź", "straße", "İstanbul", "résumé", "naïve", "Ångström", "Dvořák",
          "Øresund", "æsthetic", "ﬁnance", "Ⅻ", "Ελλάδα", "Москва", "東京", "مرحبا", "שלום", "Gdańsk", "Ḥasan",
          "ǅemal", "ﬀ", "Ǆ", "ß", "ı", "Ⓐ", "①", "𝐁old", "Köln", "Malmö", "Bogotá", "Nguyễn", "İzmir", "Ærø"]
_PASTE_QUOTES = [("“", "”"), ("„", "“"), ("‘", "’"), ("«", "»"), ("‹", "›"), ("「", "」"), ("“", '"'), ('"', "”"),
                 ("＂", "＂"), ("″", "″"), ("''", "''"), ("``", "''")]
_PASTE_SPACES = ["\u00a0", "\u2009", "\u202f", "\u2002", "\u3000", "\u200b", "\u00ad", "\u2028", "\r\n", "\t",
                 "\u200e", "\ufeff", " \u2013 ", " \u2014 ", "\u2013", "\u2011", "…", " • "]
_SCRIPTS = ["NFD", "upper", "lower", "strip", "fullwidth", "NFKC", "casefold", "title"]
FIELDS = ["title", "headline", "Title", "body", "source", "outlet", "author", "byline", "path", "id", "date"]
_JOIN = [" ", " ", " AND ", " OR ", " OR ", " NOT ", " ANDNOT ", " ANDMAYBE ", " REQUIRE "]


def fold(word: str, how: str) -> str:
    """``word`` typed another way: ``NFD`` (accents decomposed), ``strip`` (accents dropped), ``fullwidth``…"""
    if how in ("NFD", "NFKC"):
        return unicodedata.normalize(how, word)
    if how == "strip":
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    return getattr(word, how)()


class WideGrammar(QueryGrammar):
    """:class:`QueryGrammar` with the families of this module; :meth:`family_query` names the family."""

    FAMILIES = ("fields", "field_ops", "phrase_wildcards", "star", "long_or", "tokens", "folding", "pasted",
                "spacing")

    def family_query(self) -> "tuple[str, str]":
        family = self.rng.choice(self.FAMILIES)
        q = getattr(self, family)()
        if self.rng.random() < 0.2:  # with the rest of the grammar around it
            q = self.rng.choice(["{q} {e}", "({q}) OR {e}", "{e} AND ({q})", "NOT ({q}) {e}"]).format(
                q=q, e=self.expr(1))
        return family, q

    def query(self) -> str:
        return self.family_query()[1]

    # families
    def value(self, name: str) -> str:
        """A word of field ``name`` (its own words; a date form for ``date``)."""
        base = name.lower()
        base = {"headline": "title", "outlet": "source", "byline": "author"}.get(base, base)
        if base == "date":
            return self.date()[len("date:"):]
        if base in ("path", "id"):
            return self.rng.choice(self.v.fields[base])
        return self.word() if base == "body" else self.field_word(base)

    def fields(self) -> str:
        names = self.rng.sample(FIELDS, self.rng.randint(3, 7))
        parts = []
        for name in names:
            r = self.rng.random()
            if r < 0.45 or name.lower() in ("path", "id", "date"):
                part = f"{name}:{self.value(name)}"
            elif r < 0.75:
                op = self.rng.choice([" OR ", " ", " AND "])
                part = f"{name}:({self.value(name)}{op}{self.value(name)})"
            else:
                part = f'{name}:"{self.value(name)} {self.value(name)}"'
            if self.rng.random() < 0.3:
                part += self.rng.choice(["^2", "^0", "^0.5", "^3", "^10"])
            parts.append(part)
        out = parts[0]
        for p in parts[1:]:
            out += self.rng.choice([" ", " ", " OR ", " AND ", " NOT "]) + p
        if self.rng.random() < 0.3:
            out = f"({out}){self.rng.choice(['^2', '^3', '^0', '^0.5'])}"
        return out

    def _inner(self, name: str, depth: int) -> str:
        if depth <= 0 or self.rng.random() < 0.35:
            w = self.value(name)
            r = self.rng.random()
            if r < 0.1:
                return self.wildcard(w)
            if r < 0.2:
                return f'"{w} {self.value(name)}"'
            return w
        a, b = self._inner(name, depth - 1), self._inner(name, depth - 1)
        op = self.rng.choice(["ANDNOT", "ANDMAYBE", "REQUIRE", "OR", "AND", "NOT", "AND NOT", "OR NOT"])
        inner = f"{a} {op} {b}" if op != "NOT" else f"NOT {a} {b}"
        return f"({inner})" if self.rng.random() < 0.6 else inner

    def field_ops(self) -> str:
        name = self.rng.choice(["title", "body", "author", "source", "headline"])
        group = f"{name}:({self._inner(name, self.rng.randint(1, 3))})"
        if self.rng.random() < 0.3:
            group += self.rng.choice(["^2", "^0", "^0.5"])
        pre = self.rng.choice(["", "", "NOT ", "-", "+", "x ANDNOT ", "x ANDMAYBE ", "x REQUIRE "])
        return pre.replace("x", self.word()) + group

    def phrase_wildcards(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(1, 4))]
        i = self.rng.randrange(len(words))
        words[i] = self.wildcard(words[i])
        if self.rng.random() < 0.2:
            words[self.rng.randrange(len(words))] = self.rng.choice(["*", "?", "**", "*?"])
        phrase = '"' + " ".join(words) + '"' + self.rng.choice(["", "", "~2", "~1", "^2"])
        return self.rng.choice(["", "", "title:", "body:", "NOT ", "source:"]) + phrase

    def star(self) -> str:
        w = self.word()
        return self.rng.choice([
            "*", "* *", "(*)", "*^2", "*^0", "NOT *", "-*", "+*", "title:*", "body:*", "source:*", "author:*",
            "date:*", "path:*", "*:*", '"*"', "**", "*?", "* AND {w}", "{w} OR *", "* NOT {w}", "{w} ANDNOT *",
            "* ANDMAYBE {w}", "{w} REQUIRE *", "title:(* OR {w})", "(* {w})^2", "* {w}~", "*{w}", "{w}*",
        ]).format(w=w)

    def long_or(self) -> str:
        n = self.rng.choice([50, 100, 200, 200, 250])
        words = [self.word() for _ in range(n)]
        if self.rng.random() < 0.2:
            words[self.rng.randrange(n)] = self.wildcard(self.word())
        body = " OR ".join(words)
        r = self.rng.random()
        if r < 0.2:
            return f"title:({body})"
        if r < 0.35:
            return f"{self.word()} ({body})"
        if r < 0.45:
            return f"({body}) NOT {self.word()}"
        return body

    def tokens(self) -> str:
        own = [w for k in ("numeric", "hyphenated", "apostrophe") for w in self.v.kinds.get(k, [])[:40]]
        pick = lambda: self.rng.choice(TOKENS if self.rng.random() < 0.7 or not own else own)  # noqa: E731
        t = pick()
        return self.rng.choice([
            t, f"{t} {pick()}", f'"{t} {self.word()}"', f'"{self.word()} {t}"~2', f"title:{t}", f"{t}*",
            f"{t[:max(1, len(t) - 2)]}*", f"{t}~", f"{t}~2", f"{t} OR {pick()} OR {pick()}", f"NOT {t} {self.word()}",
            f"({t} {pick()})^2", f"[{t.lower()} TO {pick().lower()}]", f'"{t}"', f"{t}^2",
        ])

    def folding(self) -> str:
        own = self.v.kinds.get("accented", []) + self.v.kinds.get("script", []) + self.v.kinds.get("cjk", [])
        w = self.rng.choice(FOLDED if self.rng.random() < 0.6 or not own else own)
        typed = fold(w, self.rng.choice(_SCRIPTS))
        return self.rng.choice([
            typed, f"{typed} {fold(w, 'NFD')}", f'"{typed} {self.word()}"', f"title:{typed}", f"{typed}*",
            f"{typed[:2]}*", f"{typed}~", f"{typed} OR {w}", f"NOT {typed} {self.word()}", f"[{typed} TO {w}]",
        ])

    def pasted(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(1, 4))]
        r = self.rng.random()
        if r < 0.45:
            lo, hi = self.rng.choice(_PASTE_QUOTES)
            inner = " ".join(words)
            form = self.rng.choice(["{lo}{i}{hi}", "{lo}{i}{hi} {w}", "title:{lo}{i}{hi}", "{w} {lo}{i}{hi}~2",
                                    "{lo}{i}", "{i}{hi}", "{lo}{w}{hi} OR {lo}{i}{hi}"])
            return form.format(lo=lo, hi=hi, i=inner, w=self.word())
        if r < 0.8:
            out = words[0]
            for w in words[1:] or [self.word()]:
                out += self.rng.choice(_PASTE_SPACES) + w
            return out
        w = self.word()
        return self.rng.choice([f"{w}’s", f"{w}′", f"\ufeff{w}", f"{w}\u00ad{self.word()}", f"{w}\u2011{self.word()}",
                                f"{w}…", f"“{w}”", f"‘{w}’", f"{w} – {self.word()}", f"• {w}", f"{w}\u200d"])

    def spacing(self) -> str:
        name = self.rng.choice(FIELDS)
        v = self.value(name)
        return self.rng.choice([
            f"{name}: {v}", f"{name}:  {v}", f"{name} :{v}", f"{name} : {v}", f"{name}:\t{v}",
            f"{self.word()} {name}: {v}", f"{name}: ({v} OR {self.value(name)})", f"date: {self.value('date')}",
            f"date:> {self.value('date')}", f"date: ({self.value('date')} OR {self.value('date')})",
            f"date:>= {self.value('date')} {self.word()}", f'{name}: "{v}"', f"({name}: {v})",
            f"is: {self.rng.choice(['read', 'unread', 'starred', 'bookmarked'])}", f"{self.word()} is:  read",
            f"NOT is: unread {self.word()}", f"speaker: {self.word()}", f"who: ({self.word()} OR {v})",
        ])
