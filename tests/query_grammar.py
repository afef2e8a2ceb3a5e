"""A seeded grammar of Whoosh query strings over a corpus's own words (:class:`QueryGrammar`), for
``benchmarks/fuzz_queries.py`` and ``tests/test_fuzz_queries.py``.

:class:`Vocabulary` reads the corpus's words from the stored articles, by kind: common and rare words,
accented, hyphenated, with an apostrophe, numeric, CJK and other scripts, stopwords, each field's words
and the articles' dates. :class:`QueryGrammar` joins clauses with the implicit AND, ``AND``/``OR``/
``NOT``/``ANDNOT``/``ANDMAYBE``/``REQUIRE`` (and ``-``/``+``, lower-case operators), in groups nested to
any depth, with field prefixes (and aliases, unknown and stored-only fields), phrases with slop,
wildcards, ranges, fuzzy words, boosts, dates, queries of only quote marks, and unbalanced input;
and what users type besides (:meth:`QueryGrammar.typed`): every indexed field (``path:``, ``id:``) and
field groups, open date ranges and ``>``/``<`` dates, double negation, empty groups, stray operators,
marks and colons, operators in mixed case (``Or``, ``aNd``), words as typed in other forms (accents
decomposed or composed, full-width letters, emoji, numbers with separators) and queries near the
1,000-character limit.
"""

from __future__ import annotations

import collections
import random
import re
import unicodedata

_TOKEN = re.compile(r"[\w'’\-.,/%$£€]+")
_EDGE = re.compile(r"^[\-.,'’/]+|[\-.,'’/]+$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f]")
_STOPWORDS = ["the", "a", "of", "and", "to", "in", "is", "it", "for", "on", "with", "as", "be", "at", "by", "an",
              "not", "or", "this", "that", "was"]
_FALLBACK = {
    "accented": ["café", "Zürich", "naïve", "São", "Łódź", "straße", "İstanbul", "résumé", "cafe\u0301"],
    "hyphenated": ["e-mail", "COVID-19", "state-of-the-art", "well-known", "X-ray"],
    "apostrophe": ["don't", "O'Neill", "O’Neill", "rock'n'roll", "government's", "it’s"],
    "numeric": ["2005", "1,000", "2.5bn", "10%", "£5m", "H20", "9/11", "3.14", "-40", "24/7"],
    "cjk": ["東京", "中国经济", "日本語", "한국어", "北京"],
    "script": ["Москва", "Αθήνα", "مرحبا", "שלום", "ภาษาไทย"],
}
_FIELD_ALIASES = {"title": ["title", "headline", "Title", "HEADLINE"], "source": ["source", "outlet"],
                  "author": ["author", "byline"], "body": ["body"]}
_DATE_WORDS = ["today", "yesterday", "now", "'last tuesday'", "march", "'aug 2005'", "'1 march 2016'", "-1w",
               "garbage", "2016-02-30", "2005.03.01", "'2005 03 01'", "20050301"]
_OPERATOR_CASES = ["and", "or", "not", "And", "Or", "Not", "aNd", "oR", "nOT", "AND", "OR", "NOT", "ANDNOT", "andnot",
                   "AndMaybe", "REQUIRE", "require"]
_SEPARATED_NUMBERS = ["1,000", "1.000", "1 000", "10,5", "1,234,567", "1.234.567", "2,5%", "3.14", "1'000", "1_000",
                      "1 000", "1 000", "１，０００", "２０２５", "½", "10-15", "$1,000", "€1.000,50", "0,001"]
_STRAY = [":", "::", "a:", ":b", "( )", "()", "(())", "[]", "{}", '""', "''", "^", "~", "*:*", "-", "+", "&&", "||",
          "!", "\\", "\\\\", "?", "AND", "OR", "NOT", ")", "(", "]", "[", "}", "{", '"', "“", "”", "TO"]
_QUOTE_MARKS = ['"', "“", "”", "‘", "’", "«", "»", "'", "`", "„", "「", "」"]


class Vocabulary:
    """The corpus's own words by kind, read from the stored articles (surface forms, as typed)."""

    def __init__(self, searcher, rng, max_docs: int = 3000) -> None:
        counts: collections.Counter = collections.Counter()
        fields: dict[str, set] = {"title": set(), "source": set(), "author": set(), "speakers": set()}
        whole: dict[str, set] = {"path": set(), "id": set()}  # (ID fields: one token each)
        self.dates: list = []
        n = 0
        for doc in searcher.all_stored_fields():
            if "body" not in doc:
                continue
            n += 1
            if n > max_docs:
                break
            for tok in _TOKEN.findall(doc.get("body", "")):
                tok = _EDGE.sub("", tok)
                if tok:
                    counts[tok] += 1
            for name in fields:
                for tok in _TOKEN.findall(str(doc.get(name) or "")):
                    tok = _EDGE.sub("", tok)
                    if tok:
                        fields[name].add(tok)
            for name in whole:
                if doc.get(name):
                    whole[name].add(str(doc[name]))
            if doc.get("date") is not None:
                self.dates.append(doc["date"])
        words = sorted(counts)
        kinds: dict[str, list] = {
            "common": [w for w, c in counts.most_common(600) if w.isalpha()],
            "rare": [w for w in words if counts[w] == 1 and any(ch.isalpha() for ch in w)],
            "accented": [w for w in words if any(ch.isalpha() and ord(ch) > 127 for ch in w)
                         and not _CJK.search(w) and not _OTHER_SCRIPT.search(w)],
            "hyphenated": [w for w in words if re.search(r"\w-\w", w)],
            "apostrophe": [w for w in words if re.search(r"\w['’]\w", w)],
            "numeric": [w for w in words if any(ch.isdigit() for ch in w)],
            "cjk": [w for w in words if _CJK.search(w)],
            "script": [w for w in words if _OTHER_SCRIPT.search(w)],
        }
        self.kinds = {}
        for kind, found in kinds.items():
            sample = rng.sample(found, min(300, len(found))) if found else []
            self.kinds[kind] = sorted(sample + _FALLBACK.get(kind, [])[: 3 if sample else 20])
        self.kinds["stop"] = _STOPWORDS
        self.fields = {name: sorted(v)[:2000] or ["x"] for name, v in {**fields, **whole}.items()}
        self.counts = {k: len(v) for k, v in kinds.items()}
        self.docs = min(n, max_docs)


class QueryGrammar:
    """Seeded generator of Whoosh query strings (see the module's docstring for the forms)."""

    WEIGHTS = {"common": 6, "rare": 3, "accented": 1, "hyphenated": 1, "apostrophe": 1, "numeric": 1,
               "cjk": 1, "script": 1, "stop": 1}

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v, self.rng = vocab, rng
        self._kinds = [k for k in self.WEIGHTS for _ in range(self.WEIGHTS[k])]

    # words
    def word(self) -> str:
        w = self.rng.choice(self.v.kinds[self.rng.choice(self._kinds)])
        if _CJK.search(w) and len(w) > 3 and self.rng.random() < 0.6:  # a word or two out of a CJK run
            i = self.rng.randrange(len(w) - 1)
            w = w[i:i + self.rng.randint(1, 4)]
        r = self.rng.random()
        w = w.lower() if r < 0.15 else w.upper() if r < 0.2 else w
        return self.variant(w) if self.rng.random() < 0.06 else w

    def variant(self, w: str) -> str:
        """``w`` as users may type it otherwise: accents decomposed or composed, full-width letters,
        title case, with an emoji or a dash joined on, or a number with separators instead."""
        r = self.rng.random()
        if r < 0.25:
            return unicodedata.normalize(self.rng.choice(["NFD", "NFC", "NFKC", "NFKD"]), w)
        if r < 0.4:  # full-width forms of ASCII letters and digits
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
        if r < 0.5:
            return w.title()
        if r < 0.6:
            return w + self.rng.choice(["🙂", "🇬🇧", "👍🏽", "’s", "'s", "-based", "‑", "—", "‍", "́"])
        if r < 0.7:
            return self.rng.choice(["🙂", "«", "„", "¿", "#", "@"]) + w
        return self.rng.choice(_SEPARATED_NUMBERS)

    def field_word(self, name: str) -> str:
        return self.rng.choice(self.v.fields.get(name) or ["x"])

    def wildcard(self, w: str) -> str:
        r = self.rng.random()
        if len(w) < 2 or r < 0.4:
            return w[: self.rng.randint(1, max(1, min(4, len(w))))] + "*"
        if r < 0.6:
            i = self.rng.randrange(1, len(w))
            return w[:i] + self.rng.choice(["*", "?"]) + w[i + 1:]
        if r < 0.75:
            return "*" + w[-self.rng.randint(1, min(4, len(w))):]
        if r < 0.9:
            return w[:-1] + "?"
        return self.rng.choice(["*", "?", "??*", "*?", "?*?"])

    def fuzzy(self, w: str) -> str:
        return w + self.rng.choice(["~", "~", "~1", "~2", "~3", "~0", f"~1/{self.rng.randint(0, 4)}",
                                    f"~2/{self.rng.randint(0, 9)}", "~~"])

    def boost(self) -> str:
        return self.rng.choice(["^2", "^0", "^0.5", "^10", "^1.5", "^", "^-1", "^2^3", "^abc"])

    def phrase(self, words: "list[str] | None" = None) -> str:
        words = words or [self.word() for _ in range(self.rng.choice([1, 2, 2, 2, 3, 4]))]
        if self.rng.random() < 0.15:
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(_STOPWORDS))
        if self.rng.random() < 0.1:  # a field prefix inside a phrase is words to Whoosh: no clause, no filter
            inside = self.rng.choice([self.date(), "date:garbage", f"speaker:{self.word()}", f"who:{self.word()}",
                                      "is:read", "is:bogus", f"title:{self.word()}"])
            words.insert(self.rng.randrange(len(words) + 1), inside)
        slop = self.rng.choice(["", "", "", "~1", "~2", "~5", "~0", "~-1", "~1.5", "~"])
        return '"' + " ".join(words) + '"' + slop

    def range_(self, name: str) -> str:
        pick = (lambda: self.word().lower()) if name == "body" else (lambda: self.field_word(name).lower())
        if self.rng.random() < 0.85 or name != "body":  # a few hundred words at most: about one prefix's
            w = pick() + "aa"
            k = self.rng.randint(2, min(4, len(w)))
            a, b = w[:k], w[:k - 1] + chr(ord(w[k - 1]) + 1)
        else:  # a wide range (thousands of words: slow to compare on a large corpus)
            a, b = sorted([pick()[: self.rng.randint(1, 4)], pick()[: self.rng.randint(1, 4)]])
        if self.rng.random() < 0.15:
            a, b = b, a
        lo, hi = self.rng.choice("[{"), self.rng.choice("]}")
        r = self.rng.random()
        if r < 0.04:  # open ranges: thousands of words too
            return f"{lo}{a} TO{hi}"
        if r < 0.08:
            return f"{lo}TO {b}{hi}"
        return f"{lo}{a} {self.rng.choice(['TO', 'TO', 'to'])} {b}{hi}"

    def date(self) -> str:
        d = self.rng.choice(self.v.dates) if self.v.dates else None
        day = d.strftime("%Y-%m-%d") if d else "2005-03-01"
        forms = [day, day[:7], day[:4], f">{day}", f">={day[:7]}", f"<{day[:4]}", f"<={day}",
                 f"[{day[:4]} to {day}]", f"[{day} TO]", f"[TO {day[:7]}]", f"{{{day[:7]} to {day[:7]}}}",
                 f"({day[:4]} OR {day[:7]})", self.rng.choice(_DATE_WORDS), f"[{day} to {day[:4]}]"]
        return "date:" + self.rng.choice(forms)

    def primary(self, depth: int) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.word()
        if r < 0.50:
            return self.phrase()
        if r < 0.58:
            return self.wildcard(self.word())
        if r < 0.64:
            return self.fuzzy(self.word())
        if r < 0.68:
            return self.range_("body")
        if r < 0.80:
            return self.field_clause(depth)
        if r < 0.84:
            return self.date()
        if r < 0.86:
            return self.odd()
        if r < 0.88:
            return self.typed(depth)
        if depth > 0:
            return "(" + self.expr(depth - 1) + ")"
        return self.word()

    def odd(self) -> str:
        """A word with escapes, colons, emoji or marks Whoosh's parser treats specially."""
        w = self.word()
        return self.rng.choice([
            lambda: w.replace("-", "\\-") + "\\:" + self.word(), lambda: f"{w}\\*", lambda: f"\\({w}\\)",
            lambda: f"{w if w.lower() != 'is' else 'iss'}:{self.word()}:{self.word()}", lambda: "10:30", lambda: "http://www.bbc.co.uk/news",
            lambda: f"{w}@example.com", lambda: f"{w}🙂", lambda: "🙂", lambda: f"#{w}", lambda: f"{w}…",
            lambda: f"title:(body:{w})", lambda: f"title:({w}* OR \"{w} {self.word()}\")",
            lambda: f"({w} {self.word()})^2", lambda: f"({w} OR {self.word()})~2", lambda: f"{w}\u200b{self.word()}",
            lambda: f"{w}’s", lambda: "U.S.", lambda: f"{w}.{self.word()}", lambda: f"{w}/{self.word()}",
        ])()

    def typed(self, depth: int) -> str:
        """What users type that the rest of the grammar draws rarely: every indexed field and field
        groups, open date ranges, double negation, empty groups, stray marks and mixed-case operators."""
        w, v = self.word(), self.word()
        if w.lower() == "is":  # (is: is the reading-state filter, read before Whoosh: no query to compare)
            w += "s"
        day = (self.rng.choice(self.v.dates).strftime("%Y-%m-%d") if self.v.dates else "2025-06-01")
        return self.rng.choice([
            lambda: f"path:{self.rng.choice(self.v.fields['path'])}", lambda: f"id:{self.rng.choice(self.v.fields['id'])}",
            lambda: f"path:{self.rng.choice(self.v.fields['path'])[:3]}*",
            lambda: f"{self.rng.choice(['title', 'author', 'source', 'body', 'headline'])}:({w} OR {v})",
            lambda: f"title:({w} {v})^{self.rng.choice(['2', '0', '0.5'])}", lambda: f"author:({self.field_word('author')} "
            f"OR \"{self.field_word('author')} {self.field_word('author')}\")",
            lambda: f"source:({self.field_word('source')} NOT {self.field_word('source')})",
            lambda: f"date:[{day[:4]} TO]", lambda: f"date:[{day[:7]} to]", lambda: f"date:{{{day} TO}}",
            lambda: f"date:[TO {day[:4]}]", lambda: f"date:>{day[:7]}", lambda: f"date:<{day[:7]}",
            lambda: f"date:>={day[:4]}", lambda: f"date:<={day}", lambda: f"date:{day}^0",
            lambda: f"NOT date:{day[:7]}^0", lambda: f"NOT NOT {w}", lambda: f"NOT -{w}", lambda: f"- -{w}",
            lambda: f"-(-{w})", lambda: f"NOT (NOT {w})", lambda: f"({w} NOT NOT {v})", lambda: "()",
            lambda: f"({w} ())", lambda: f"title:() {w}", lambda: f"(()) {w}", lambda: f"{w} ( ) {v}",
            lambda: f"{w} {self.rng.choice(_STRAY)} {v}", lambda: f"{self.rng.choice(_STRAY)}{w}",
            lambda: f"{w}{self.rng.choice(_STRAY)}", lambda: f"{w} {self.rng.choice(_OPERATOR_CASES)} {v}",
            lambda: f"{self.rng.choice(_OPERATOR_CASES)} {w}", lambda: f"{w} {self.rng.choice(_OPERATOR_CASES)}",
            lambda: self.variant(w), lambda: f'"{self.variant(w)} {v}"', lambda: f"{w}:{v}",
            lambda: f"{w} : {v}", lambda: f"{w}::{v}", lambda: f"*{w}*", lambda: f"{w[:1]}*{w[-1:]}",
            lambda: f"{w}~{self.rng.choice(['1', '2', '0', '1/1', '2/2'])}",
            lambda: f'"{w} {v}"~{self.rng.choice(["1", "3", "10", "100"])}',
        ])()

    def long_query(self) -> str:
        """A query near the box's limit of 1,000 characters: many words or clauses, some joined by OR."""
        parts, size = [], 0
        limit = self.rng.choice([300, 600, 990])
        while size < limit:
            part = self.clause(0) if self.rng.random() < 0.5 else self.word()
            parts.append(part)
            size += len(part) + 4
        out = parts[0]
        for p in parts[1:]:
            out += self.rng.choice([" ", " OR ", " OR ", " AND "]) + p
        return out[:1000]

    def field_clause(self, depth: int) -> str:
        name = self.rng.choice(["title", "title", "source", "author", "body", "speaker", "foo"])
        if name == "speaker":
            return f"speaker:{self.field_word('speakers')}"
        if name == "foo":
            return f"{self.rng.choice(['foo', 'url', 'hash', 'sortdate', 'kind'])}:{self.word()}"
        prefix = self.rng.choice(_FIELD_ALIASES[name]) + ":"
        value = (lambda: self.field_word(name)) if name != "body" else self.word
        r = self.rng.random()
        if r < 0.5:
            return prefix + value()
        if r < 0.62:
            return prefix + self.phrase([value() for _ in range(self.rng.randint(1, 3))])
        if r < 0.72:
            return prefix + self.wildcard(value())
        if r < 0.8:
            return prefix + self.range_(name)
        if r < 0.86:
            return prefix + self.fuzzy(value())
        if r < 0.96 and depth > 0:
            op = self.rng.choice([" OR ", " ", " AND ", " NOT "])
            return prefix + "(" + value() + op + value() + ")"
        return prefix

    def clause(self, depth: int) -> str:
        pre = self.rng.choices(["", "NOT ", "-", "+", "not "], [14, 2, 2, 1, 0.3])[0]
        body = self.primary(depth)
        if self.rng.random() < 0.12:
            body += self.boost()
        return pre + body

    def expr(self, depth: int) -> str:
        out = self.clause(depth)
        for _ in range(self.rng.choices([0, 1, 2, 3, 5], [3, 4, 3, 2, 1])[0]):
            op = self.rng.choices([" ", " AND ", " OR ", " NOT ", " ANDNOT ", " ANDMAYBE ", " REQUIRE ",
                                   " and ", " or ", " AND NOT "], [6, 3, 5, 1, 1, 1, 0.3, 0.3, 0.3, 1])[0]
            out += op + self.clause(depth)
        return out

    def unbalance(self, q: str) -> str:
        r = self.rng.random()
        marks = [i for i, ch in enumerate(q) if ch in '()"[]{}']
        if marks and r < 0.5:
            i = self.rng.choice(marks)
            return q[:i] + q[i + 1:]
        if r < 0.8:
            i = self.rng.randrange(len(q) + 1)
            return q[:i] + self.rng.choice(['(', ')', '"', '[', ']', '{', ':', '\\', '^', '~']) + q[i:]
        return q + self.rng.choice([" AND", " OR", " NOT", " (", ' "', " -", " ANDMAYBE"])

    def quotes_only(self) -> str:
        return "".join(self.rng.choice(_QUOTE_MARKS + [" "]) for _ in range(self.rng.randint(1, 5)))

    def filters(self) -> dict:
        """``Library.search``'s filters as ``--source``/``--since``/``--until`` give them: a source word of
        the corpus, a date span around an article's date, or both."""
        import datetime as dt

        d = self.rng.choice(self.v.dates) if self.v.dates else dt.datetime(2005, 3, 1)
        start = d.date() - dt.timedelta(days=self.rng.choice([0, 1, 30, 400]))
        span = {"date_from": start, "date_to": start + dt.timedelta(days=self.rng.choice([0, 2, 60, 4000]))}
        if self.rng.random() < 0.3:
            span.pop(self.rng.choice(["date_from", "date_to"]))
        source = {"source": self.field_word("source")}
        return self.rng.choice([source, span, {**source, **span}])

    def query(self) -> str:
        r = self.rng.random()
        if r < 0.03:
            return self.quotes_only()
        if r < 0.08:
            return self.phrase()  # a whole query that is one phrase
        if r < 0.09:
            return self.long_query()
        q = self.expr(self.rng.choices([0, 1, 2, 3], [3, 4, 2, 1])[0])
        if self.rng.random() < 0.12:
            q = self.unbalance(q)
        return q
