"""Query strings of every form, for the comparisons with plain Whoosh (:mod:`whoosh_reference`)."""

from __future__ import annotations


FIXED_FORMS = [
    "", "   ", "the", "the of and", "a", "!!!", "£", "*", "-", "()", '""', "foo:bar", "foo:bar music",
    "don't", "people's", "state-of-the-art", "U.S.", "u.s. economy", "3.5%", "£20m", "2016", "h20",
    "café", "cafe", "naïve", "naive", "Zürich", "zurich", "東京", "東京 music", "straße", "año",
    "MUSIC", "Music", "music AND", "AND music", "OR", "NOT", "music NOT", '"music', "(music", "music)",
    "title:", "title: music", "title:(music growth)", "title:(music OR film)", "body:(economy -growth)",
    "[a TO m]", "title:[a TO m]", "title:{a TO m}", "title:[music TO]", "body:[to z]",
    "date:2016", "date:2016-03", "date:[2016-01-01 to 2016-06-30]", "date:{2016-01-01 TO 2016-06-30}",
    "date:>2016-06-15", "date:<=2016-06", "music date:2017",
    "source:reuters", 'source:"le monde"', "author:doe", "author:jane", "headline:music", "outlet:bbc",
    '"the economy"', '"economic growth"~2', '"blair brown" said', '"prime minister"', '"gordon brown" budget',
]


def query_forms(words: list[str], rng) -> list[str]:
    """Queries of every form over ``words`` (words of the corpus, frequent and rare)."""
    w = lambda: rng.choice(words)  # noqa: E731
    longw = [x for x in words if len(x) >= 5 and x.isalpha()] or words
    lw = lambda: rng.choice(longw)  # noqa: E731
    forms = [
        lambda: w(),
        lambda: f"{w()} {w()}",
        lambda: f"{w()} {w()} {w()}",
        lambda: f'"{w()} {w()}"',
        lambda: f'"{w()} {w()}"~2',
        lambda: f'"{w()} {w()} {w()}"~3',
        lambda: f"{lw()[:3]}*",
        lambda: f"{lw()[:4]}* {w()}",
        lambda: (lambda x: f"{x[0]}?{x[2:]}")(lw()),
        lambda: (lambda x: f"{x[:2]}*{x[-1]}")(lw()),
        lambda: f"{lw()}~",
        lambda: (lambda x: f"{x[:-2]}{x[-1]}~")(lw()),
        lambda: (lambda x: f"{x[:2]}x{x[3:]}~2")(lw()),
        lambda: f"{w()}^2 {w()}",
        lambda: f"{w()}^0 {w()}",
        lambda: f"{w()} AND {w()}",
        lambda: f"{w()} OR {w()}",
        lambda: f"{w()} NOT {w()}",
        lambda: f"{w()} ANDNOT {w()}",
        lambda: f"{w()} ANDMAYBE {w()}",
        lambda: f"{w()} -{w()}",
        lambda: f"+{w()} {w()}",
        lambda: f"({w()} OR {w()}) AND ({w()} OR NOT {w()})",
        lambda: f"(({w()} {w()}) OR \"{w()} {w()}\") {w()}*",
        lambda: f"title:({w()} {w()})",
        lambda: f"title:{w()} body:{w()}",
        lambda: f"title:{w()} OR {w()}",
        lambda: f"NOT {w()}",
        lambda: f"{w().upper()} {w().capitalize()}",
        lambda: f"{w()}'s",
        lambda: f"{w()}-{w()}",
        lambda: f"[{w()} TO {w()}]",
        lambda: f"title:{{{lw()[:2]} TO {lw()[:2]}]",
        lambda: " ".join(w() for _ in range(rng.randint(12, 30))),
        lambda: " OR ".join(w() for _ in range(rng.randint(8, 20))),
        lambda: f"{w()} foo:{w()}",
        lambda: f"\"{w()} {w()}\" OR {w()}",
        lambda: f"({w()} AND {w()}) OR {w()}",
    ]
    return [rng.choice(forms)() for _ in range(len(forms))]


_ODD_WORDS = ["don't", "O'Neill", "o'neill", "e-mail", "E-Mail", "rock'n'roll", "2.5bn", "10%", "£5m", "1,000",
              "3.14", "2005", "04/05", "café", "CAFÉ", "cafe\u0301", "straße", "STRASSE", "ıstanbul", "İstanbul",
              "ﬁnance", "ｍｕｓｉｃ", "🙂", "🙂music", "東京", "中国 经济", "مرحبا", "שלום", "naïve", "Ørsted", "año",
              "x\u200by", "tab\there", "new\nline", "AT&T", "C++", "#tag", "@user", "a.b.c", "u.s.", "U.S.A."]
"""Words a user types that the corpus's own words never are: numbers, marks, non-ASCII of every kind."""
_DATES = ["date:2005", "date:2004", "date:[2004 TO 2005]", "date:[2004 to]", "date:[to 2005]", "date:>2004",
          "date:<2005-06", "date:today", "date:yesterday", "date:'last tuesday'", "date:2005-02-30",
          "date:[2005-03 TO 2004-01]", "date:{2004 TO 2005}", "date:\"2005\"", "date:(2004 OR 2005)",
          "date:>=2005-01-01", "date:2005*", "NOT date:2005", "date:[20050101 TO 20051231]"]


def typed_forms(words: list[str], rng) -> list[str]:
    """Queries as users type them: field phrases and groups, dates, lone operators, lowercase operators,
    unbalanced quotes and brackets, stray colons, ``*`` inside words, numbers, marks, non-ASCII, boosts
    on groups, fuzzy words with two edits, unknown fields, empty phrases, very long queries."""
    w = lambda: rng.choice(words)  # noqa: E731
    longw = [x for x in words if len(x) >= 5 and x.isalpha()] or words
    lw = lambda: rng.choice(longw)  # noqa: E731
    odd = lambda: rng.choice(_ODD_WORDS)  # noqa: E731
    field = lambda: rng.choice(["title:", "body:", "headline:", "source:", "author:", "foo:", "TITLE:", "Title:",  # noqa: E731
                                "kind:", "path:", "id:", ""])  # (speaker: is the speaker table's filter)
    forms = [
        lambda: f'title:"{w()} {w()}"',
        lambda: f'body:"{w()} {w()}"~2 {w()}',
        lambda: f'{field()}"{w()} {w()}"',
        lambda: f"title:({w()} OR {w()})",
        lambda: f"body:({w()} -{w()}) {w()}",
        lambda: f"title:({w()} AND NOT {w()})",
        lambda: rng.choice(_DATES),
        lambda: f"{w()} {rng.choice(_DATES)}",
        lambda: f"NOT {w()} {w()}",
        lambda: f"NOT ({w()} OR {w()})",
        lambda: f"-{w()}",
        lambda: f"-{w()} -{w()}",
        lambda: f"+{w()}",
        lambda: f"{w()} and {w()}",
        lambda: f"{w()} or {w()}",
        lambda: f"{w()} not {w()}",
        lambda: f"{w()} And {w()} Or {w()}",
        lambda: f'"{w()}"',
        lambda: f'"{w()}"~2',
        lambda: f"'{w()} {w()}'",
        lambda: f'"{w()} {w()}',
        lambda: f'{w()} "{w()}',
        lambda: f"({w()} {w()}",
        lambda: f"{w()} {w()})",
        lambda: f"(({w()}) OR {w()}",
        lambda: f'"{w()}" "',
        lambda: f"{w()}: {w()}",
        lambda: f":{w()}",
        lambda: f"{w()}:",
        lambda: f"{w()}::{w()}",
        lambda: f"title::{w()}",
        lambda: f"{w()}:{w()}",
        lambda: (lambda x: f"{x[:2]}*{x[3:]}")(lw()),
        lambda: f"*{lw()[2:]}",
        lambda: (lambda x: f"{x[:2]}*{x[3]}*")(lw()),
        lambda: f"?{lw()[1:]}",
        lambda: f"{w()}**",
        lambda: odd(),
        lambda: f"{odd()} {w()}",
        lambda: f'"{odd()} {w()}"',
        lambda: f"{odd()} OR {odd()}",
        lambda: f"title:{odd()}",
        lambda: f"{odd()}*",
        lambda: f"{odd()}~",
        lambda: f"{w()}-{w()}-{w()}",
        lambda: f"{w()}'{w()}",
        lambda: f"{w().upper()}'S",
        lambda: f"{lw()}~2",
        lambda: (lambda x: f"{x[1:-1]}~2")(lw()),
        lambda: f"{lw()}~1 {w()}~0",
        lambda: f"{lw()}~5",
        lambda: f"{lw()}~2/3",
        lambda: f'"{w()} {w()}"~0',
        lambda: f"({w()} {w()})^2 {w()}",
        lambda: f"({w()} OR {w()})^0.5 {w()}",
        lambda: f'"{w()} {w()}"^3 OR {w()}',
        lambda: f"title:{w()}^2 {w()}^0",
        lambda: f"{w()}^ {w()}",
        lambda: f"{w()}^-1",
        lambda: f"{w()}^abc",
        lambda: f"{w()}*^2",
        lambda: f"{lw()}~^2",
        lambda: f"{lw()}^2~",
        lambda: f"foo:{w()} {w()}",
        lambda: f"{field()}{w()}",
        lambda: f"{field()}({w()} {w()})",
        lambda: '""',
        lambda: f'"" {w()}',
        lambda: f'title:"" {w()}',
        lambda: f'"  " OR {w()}',
        lambda: f"{w()} TO {w()}",
        lambda: f"{w()} REQUIRE {w()}",
        lambda: f"({w()} REQUIRE {w()})^2 OR {w()}",
        lambda: f"({w()} ANDNOT {w()})^2 {w()}",
        lambda: f"({w()} ANDMAYBE {w()})^3 OR {w()}",
        lambda: f"title:({w()} REQUIRE {w()})",
        lambda: f"{w()} ANDMAYBE",
        lambda: f"{w()}\t{w()}",
        lambda: f"{w()} OR OR {w()}",
        lambda: f"NOT NOT {w()}",
        lambda: f"{w()} AND AND {w()}",
        lambda: f'-"{w()} {w()}" {w()}',
        lambda: f"+title:{w()} -body:{w()}",
        lambda: f"title:-{w()} {w()}",
        lambda: f"title:{lw()[:3]}* {w()}",
        lambda: f'"{w()} {w()}"* {w()}',
        lambda: f'{w()}"{w()}"',
        lambda: f"({w()})({w()})",
        lambda: f"{w()} (NOT {w()})",
        lambda: f"{w()} OR NOT {w()}",
        lambda: f"title:{w()} AND NOT title:{w()}",
        lambda: f"{w()}~2 OR {w()}*",
        lambda: f"  {w()}   {w()}  ",
        lambda: " ".join(w() for _ in range(rng.randint(60, 120))),
        lambda: " OR ".join(w() for _ in range(rng.randint(30, 80))),
        lambda: " ".join(rng.choice([w(), w(), odd(), f'"{w()} {w()}"', f"{lw()[:4]}*", "AND", "OR", "NOT", "("])
                         for _ in range(rng.randint(5, 25))),
    ]
    return [rng.choice(forms)() for _ in range(len(forms))]


_USER_DATES = ["date:yesterday", "date:today", "date:tomorrow", "date:[2016 to", "date:[2016 TO", "date:[2016",
               "date:2016-02", "date:2016-02-29", "date:2015-11", "date:[2015-11 to 2016-02]", "date:>2016",
               "date:<2016-03-01", "DATE:2016", "Date:2016-02", "date:", "date:[", "date:]", "date:[to]",
               "date:last week", "date:'last month'", "date:2016/02/01", "date:02-2016", "date:16", "date:now",
               "date:[yesterday to today]", "date:(2015 OR 2016)", "date:2016 date:2015", "-date:2016"]
"""``date:`` forms users type: date words, unfinished ranges, months, capitalised names, other spellings."""
_MARKS_ONLY = ["...", "?!", "--", "“”", "‘’", "«»", "— –", "•", "&", "#", "@", "%", "~", "^", "+", "'", "`", "|", "\\", "/"]


def user_forms(words: list[str], rng) -> list[str]:
    """Query forms the two generators above lack: date words and unfinished date ranges, field names in
    capitals, smart quotes around phrases, a lone ``NOT``/operator, trailing operators, wildcards inside
    phrases, very long words, queries of only stopwords or only marks."""
    w = lambda: rng.choice(words)  # noqa: E731
    longw = [x for x in words if len(x) >= 5 and x.isalpha()] or words
    lw = lambda: rng.choice(longw)  # noqa: E731
    date = lambda: rng.choice(_USER_DATES)  # noqa: E731
    stop = lambda: rng.choice(["the", "a", "of", "and", "to", "in", "is", "it", "for", "on", "with", "as", "be"])  # noqa: E731
    forms = [
        lambda: date(),
        lambda: f"{w()} {date()}",
        lambda: f"{date()} {w()}",
        lambda: f"{w()} OR {date()}",
        lambda: f"TITLE:{w()}",
        lambda: f"BODY:({w()} {w()})",
        lambda: f"Title:\"{w()} {w()}\"",
        lambda: f"SOURCE:{w()}",
        lambda: f"“{w()} {w()}”",
        lambda: f"“{w()} {w()}” {w()}",
        lambda: f"‘{w()} {w()}’",
        lambda: f"„{w()} {w()}“",
        lambda: f"«{w()} {w()}»",
        lambda: f"title:“{w()} {w()}”",
        lambda: "NOT",
        lambda: rng.choice(["AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "TO", "NOT NOT", "AND OR"]),
        lambda: f"{w()} {rng.choice(['AND', 'OR', 'NOT', 'ANDNOT', 'ANDMAYBE', 'REQUIRE', 'TO'])}",
        lambda: f"{w()} {w()} OR",
        lambda: f"({w()} OR)",
        lambda: f"{w()} -",
        lambda: f"{w()} +",
        lambda: f'"{lw()[:3]}* {w()}"',
        lambda: f'"{w()} {lw()[:2]}?{lw()[3:]}"',
        lambda: f'"{w()} *"',
        lambda: f'"{lw()}~ {w()}"',
        lambda: lw() * rng.randint(5, 40),
        lambda: "x" * rng.randint(100, 400),
        lambda: f"{w()} {lw() * 20}",
        lambda: " ".join(stop() for _ in range(rng.randint(1, 6))),
        lambda: f'"{stop()} {stop()}"',
        lambda: f"{stop()} OR {stop()}",
        lambda: rng.choice(_MARKS_ONLY),
        lambda: " ".join(rng.choice(_MARKS_ONLY) for _ in range(rng.randint(2, 5))),
        lambda: f"{w()} {rng.choice(_MARKS_ONLY)}",
        lambda: f"{rng.choice(_MARKS_ONLY)}{w()}{rng.choice(_MARKS_ONLY)}",
        lambda: f"{w().capitalize()}'s {w()}",
        lambda: f"{w()}’s",
        lambda: f"{w()}—{w()}",
        lambda: f"{w()}/{w()}",
        lambda: f"{w()}.{w()}",
    ]
    return [rng.choice(forms)() for _ in range(len(forms))]


_DATE_WORDS = ["'march 2016'", "'1 march 2016'", "'march 1 2016'", "'2016 march 1'", "'mar 2016'", "'1st feb 2016'",
               "'feb 29 2016'", "'sept 2015'", "march", "'last tuesday'", "tuesday", "'next fri'", "'this year'",
               "'this month'", "today", "yesterday", "tomorrow", "now", "noon", "midnight", "-2d", "+1w", "'-3 days'",
               "'-1 year'", "'3pm'", "'13:00'", "20160301", "'2016 03 01'", "'2016-03-01 12:00'", "201603",
               "'2016-03-01 to 2016-03-05'", "'march 2016 to may 2016'", "'yesterday to today'", "'-1w to now'",
               "2016.03.01", "2016/03/01", "'30 feb 2016'", "'march 45'", "'13 2016'", "1999", "0001", "9999"]
"""Every form Whoosh's English date parser reads (and some it cannot), quoted where they hold spaces."""
_RANGE_ENDS = ["2016", "2016-03", "2016-03-01", "20160301", "'march 2016'", "yesterday", "today", "-1w", "now", "",
               "2015-11-30", "'1 jan 2017'"]
_NUMBERS = ["3.14", "1,000", "2016", "10%", "0.5", "1.5bn", "-40", "+1", "9/11", "24/7", "H20", "COVID-19", "$1.5bn",
            "£20m", "€3,5", "1990s", "4x4", "A380", "F-35", "G7", "5G", "0.001", "007", "1e6", "١٢٣", "²", "½"]
_SCRIPTS = ["東京", "中国经济", "北京 東京", "日本語", "한국어", "مرحبا", "القاهرة", "שלום", "Москва", "путин", "Αθήνα",
            "दिल्ली", "ภาษาไทย", "ｍｕｓｉｃ", "🙂", "👍🏽", "👩‍💻", "🇬🇧", "❤️", "café", "cafe\u0301", "İstanbul", "ŁÓDŹ",
            "straße", "ﬁnance", "O’Neill", "o'neill", "don’t", "rock'n'roll"]
_PUNCT = ["\\", "\\\\", "[]", "{}", "[", "}", ":", "::", "*:*", '"""', "'''", "‐", "−", "…", "·", "§", "¶", "°", "™",
          "\u200b", "\u00a0", "\ufeff", "\u3000", "、。", "؟", "«»", "„“", "()()", "^^", "~~", "?", "??", "!?", "&&", "||"]
_DASHES = ["–", "—", "‑", "−", "‐", "―", "-"]
_QUOTES = [("“", "”"), ("‘", "’"), ("„", "“"), ("«", "»"), ("「", "」"), ("'", "'"), ("`", "`"), ("″", "″")]


def field_forms(words: list[str], rng, fields: "dict[str, list[str]] | None" = None) -> list[str]:
    """Query forms the generators above lack: every field of the schema (and its aliases) with words of
    that field, every date form Whoosh's date parser reads (and ranges of them), ``NOT`` nested inside
    field groups, ``?`` wildcards, phrases with slop inside groups, boosts on fields and groups,
    numbers and decimals, other scripts, queries of only punctuation, a trailing backslash, unicode
    quotes and dashes. ``fields``: words of ``title``, ``source``, ``author`` and ``speakers``."""
    fields = fields or {}
    w = lambda: rng.choice(words)  # noqa: E731
    longw = [x for x in words if len(x) >= 5 and x.isalpha()] or words
    lw = lambda: rng.choice(longw)  # noqa: E731
    fw = lambda name: rng.choice(fields.get(name) or words)  # noqa: E731
    fname = lambda: rng.choice(["title", "headline", "source", "outlet", "author", "byline", "body"])  # noqa: E731
    fval = lambda name: fw({"headline": "title", "outlet": "source", "byline": "author"}.get(name, name))  # noqa: E731

    def fv() -> str:
        name = fname()
        return f"{name}:{fval(name)}"

    def wild(x: str) -> str:
        i = rng.randrange(len(x))
        return x[:i] + "?" + x[i + 1:]

    date = lambda: rng.choice(_DATE_WORDS)  # noqa: E731
    end = lambda: rng.choice(_RANGE_ENDS)  # noqa: E731
    num = lambda: rng.choice(_NUMBERS)  # noqa: E731
    script = lambda: rng.choice(_SCRIPTS)  # noqa: E731
    dash = lambda: rng.choice(_DASHES)  # noqa: E731
    quotes = lambda: rng.choice(_QUOTES)  # noqa: E731
    forms = [
        lambda: fv(),
        lambda: f"{fv()} {w()}",
        lambda: f"{fv()} OR {fv()}",
        lambda: f"{fv()} NOT {fv()}",
        lambda: (lambda n: f'{n}:"{fval(n)} {fval(n)}"')(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} OR {fval(n)})")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} NOT {fval(n)})")(fname()),
        lambda: (lambda n: f"{n}:(NOT {fval(n)})")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} (NOT {fval(n)}))")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} OR NOT ({fval(n)} {fval(n)}))")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} -{fval(n)} +{fval(n)})")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} ANDNOT ({fval(n)} OR {fval(n)}))")(fname()),
        lambda: (lambda n: f"{w()} ({n}:{fval(n)} NOT {n}:{fval(n)})")(fname()),
        lambda: (lambda n: f"NOT {n}:({fval(n)} OR {fval(n)})")(fname()),
        lambda: (lambda n: f"{n}:{fval(n)}^{rng.choice(['2', '0.5', '0', '10', '1.25'])} {w()}")(fname()),
        lambda: (lambda n: f"{n}:({fval(n)} {fval(n)})^{rng.choice(['2', '3', '0.5'])} OR {w()}")(fname()),
        lambda: (lambda n: f'{n}:"{fval(n)} {fval(n)}"^2 {w()}')(fname()),
        lambda: (lambda n: f'{n}:"{fval(n)} {fval(n)}"~{rng.randint(1, 4)}')(fname()),
        lambda: (lambda n: f"{n}:{fval(n)[:3]}*")(fname()),
        lambda: (lambda n: f"{n}:{wild(fval(n))}")(fname()),
        lambda: (lambda n: f"{n}:{fval(n)}~")(fname()),
        lambda: (lambda n: f"{n}:[{fval(n)[:1]} TO {fval(n)[:1]}]")(fname()),
        lambda: f"speakers:{fw('speakers')} {w()}",
        lambda: f"speaker:{fw('speakers')}",
        lambda: f'who:"{fw("speakers")} {fw("speakers")}" OR {w()}',
        lambda: f"kind:{w()}",
        lambda: f"id:{w()} OR {w()}",
        lambda: f"path:{w()}",
        lambda: f"date:{date()}",
        lambda: f"{w()} date:{date()}",
        lambda: f"date:[{end()} to {end()}]",
        lambda: f"date:[{end()} TO {end()}}}",
        lambda: f"date:{{{end()} to {end()}]",
        lambda: f"date:{rng.choice(['>', '<', '>=', '<='])}{rng.choice(_RANGE_ENDS[:4] + ['yesterday', 'today'])}",
        lambda: f"date:({date()} OR {date()})",
        lambda: f"NOT date:{date()} {w()}",
        lambda: f"{w()} OR date:{date()}",
        lambda: f"date:{date()}^2 {w()}",
        lambda: wild(lw()),
        lambda: f"{wild(lw())} {wild(w())}",
        lambda: f"{lw()[:3]}??",
        lambda: f"?{lw()[1:4]}*",
        lambda: f"title:{wild(lw())} OR {wild(lw())}",
        lambda: f'({w()} "{w()} {w()}"~{rng.randint(1, 5)})',
        lambda: f'({w()} OR "{w()} {w()} {w()}"~2) NOT {w()}',
        lambda: f'("{w()} {w()}"~1 NOT "{w()} {w()}"~3) {w()}',
        lambda: f'(("{w()} {w()}"~2))^2',
        lambda: f'{w()} ("{w()} {w()}"~0 OR {w()})',
        lambda: f"{w()}^1.5 {w()}^0.25",
        lambda: f"{w()}^{rng.choice(['1e2', '.5', '2.', '1,5', '999999', '0.0001', '-0'])}",
        lambda: num(),
        lambda: f"{num()} {w()}",
        lambda: f"{num()} OR {num()}",
        lambda: f'"{num()} {w()}"',
        lambda: f"title:{num()}",
        lambda: f"{num()}*",
        lambda: f"{num()}~",
        lambda: f"[{num()} TO {num()}]",
        lambda: script(),
        lambda: f"{script()} {script()}",
        lambda: f"{script()} OR {w()}",
        lambda: f'"{script()} {script()}"',
        lambda: f"{fname()}:{script()}",
        lambda: f"{script()}*",
        lambda: f"{script()}~",
        lambda: f"NOT {script()}",
        lambda: rng.choice(_PUNCT),
        lambda: " ".join(rng.choice(_PUNCT) for _ in range(rng.randint(2, 4))),
        lambda: f"{fname()}:{rng.choice(_PUNCT)}",
        lambda: f"{w()}\\",
        lambda: f"{w()} {w()}\\",
        lambda: f'"{w()} {w()}\\"',
        lambda: f"{fname()}:{w()}\\",
        lambda: f"\\{w()}",
        lambda: f"{w()}\\ {w()}",
        lambda: f"{w()}\\*",
        lambda: f"{w()}\\:{w()}",
        lambda: (lambda a, b: f"{a}{w()} {w()}{b}")(*quotes()),
        lambda: (lambda a, b: f"{fname()}:{a}{w()} {w()}{b}")(*quotes()),
        lambda: (lambda a, b: f"{a}{w()}{b}")(*quotes()),
        lambda: f"{w()}{dash()}{w()}",
        lambda: f"{w()} {dash()} {w()}",
        lambda: f"{dash()}{w()}",
        lambda: f"{w()} {dash()}{w()}",
        lambda: f"{dash()}{dash()}",
    ]
    return [rng.choice(forms)() for _ in range(len(forms))]
