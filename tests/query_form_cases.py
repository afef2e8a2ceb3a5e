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


_STOPS = ["the", "a", "of", "and", "to", "in", "is", "it", "for", "on", "with", "as", "be", "at", "by", "an"]
_HARD_TOKENS = ["H20", "h20", "U.S.", "u.s.", "1,000", "covid-19", "COVID-19", "O'Neill", "O’Neill", "o'neill",
                "e-mail", "3.5%", "£20m", "$1.5bn", "9/11", "24/7", "F-35", "A380", "5G", "G7", "1990s", "2016",
                "state-of-the-art", "rock'n'roll", "don't", "people's", "AT&T", "C++", "#tag", "@user"]
_UNICODE = ["café", "CAFÉ", "cafe\u0301", "Zürich", "straße", "STRASSE", "İstanbul", "ıstanbul", "Łódź", "ﬁnance",
            "東京", "中国经济", "日本語", "한국어", "مرحبا", "القاهرة", "שלום", "ירושלים", "Москва", "Αθήνα",
            "दिल्ली", "ภาษาไทย", "ｍｕｓｉｃ", "🙂", "🙂music", "👍🏽", "👩‍💻", "🇬🇧", "❤️", "\u202eabc\u202c",
            "\u200fשלום", "x\u200by", "a\u00adb"]
_EVERY_FIELD = ["title", "headline", "Title", "HEADLINE", "body", "source", "outlet", "author", "byline", "date",
                "speakers", "speaker", "who", "id", "path", "url", "sortdate", "hash", "mtime_ns", "size", "format",
                "extractor", "kind", "cue", "foo", "x_y", "日本", "a-b", "1"]
_ONLY_OPERATORS = ["AND OR NOT", "( AND )", "+ -", "-(-)", "NOT (NOT)", "(OR)", "(NOT)", "AND (", ") OR (", "((()))",
                   "+(", "-\"", "^2", "~2", "*^2", "?~", "NOT -", "ANDMAYBE ANDNOT", "TO", "[ TO ]", "{TO}",
                   "( )", "\" \"~3", "+\"\"", "-()", "OR OR OR", "AND\tAND", "()^2", "title:()", "title:(AND)"]
_BLANK = ["", " ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u200b", "\ufeff", " \t \n ", "\u2028", "\u2003\u2003"]


def adversarial_forms(words: list[str], rng, fields: "dict[str, list[str]] | None" = None, *,
                      labelled: bool = False) -> list:
    """Query forms the generators above lack or only touch: groups nested three deep mixing ``AND``,
    ``OR``, ``NOT`` and the implicit ``AND``; ``NOT``/``-``/``+`` before groups, phrases and fields; a
    query opening with ``NOT``; phrases of stopwords, of one word, of tokens with marks, with slop and
    boost together; wildcards in the middle, at the start (``*ing``), ``?`` alone, in fields and
    groups; open ranges (``{a TO}``, ``[TO c]``) and ranges on every text field, boosted, negated;
    ``field:value`` on every field of the schema (stored-only and numeric ones too) and unknown
    fields with groups, phrases, wildcards and ranges; boosts and fuzzy words inside groups and on
    field values; accents, CJK, right-to-left, emoji and bidi/zero-width marks inside phrases and
    groups; numbers, hyphens and apostrophes in fields, ranges and phrases; operator case; groups
    nested 30 deep and queries of hundreds of clauses; whitespace of every kind; only operators;
    unbalanced quotes and brackets mixed together."""
    fields = fields or {}
    w = lambda: rng.choice(words)  # noqa: E731
    longw = [x for x in words if len(x) >= 5 and x.isalpha()] or words
    lw = lambda: rng.choice(longw)  # noqa: E731
    fw = lambda name: rng.choice(fields.get(name) or words)  # noqa: E731
    stop = lambda: rng.choice(_STOPS)  # noqa: E731
    hard = lambda: rng.choice(_HARD_TOKENS)  # noqa: E731
    uni = lambda: rng.choice(_UNICODE)  # noqa: E731
    anyf = lambda: rng.choice(_EVERY_FIELD)  # noqa: E731
    op = lambda: rng.choice([" AND ", " OR ", " NOT ", " ", " ANDNOT ", " ANDMAYBE ", " -", " +", " and ", " Or "])  # noqa: E731
    text_field = lambda: rng.choice(["title", "body", "source", "author", "speakers", "headline", "outlet", "byline"])  # noqa: E731
    fv = lambda n: fw({"headline": "title", "outlet": "source", "byline": "author"}.get(n, n))  # noqa: E731

    def atom() -> str:
        return rng.choice([w, w, w, lambda: f'"{w()} {w()}"', lambda: f"{lw()[:3]}*", lambda: f"{lw()}~",
                           lambda: f"title:{fw('title')}", lambda: f"{w()}^2", hard, uni])()

    def nest(depth: int) -> str:
        if depth == 0:
            return atom()
        parts = [nest(depth - 1) if rng.random() < 0.6 else atom() for _ in range(rng.randint(2, 3))]
        inner = parts[0]
        for p in parts[1:]:
            inner += op() + p
        pre = rng.choice(["", "", "NOT ", "-", "+"])
        return f"{pre}({inner})"

    def mid_wild(x: str) -> str:
        i = rng.randrange(1, max(2, len(x) - 1))
        return x[:i] + "*" + x[i + 1:]

    def rng_end(n: str) -> str:
        return fv(n)[: rng.randint(1, 3)]

    families = {
        "nested groups": [
            lambda: nest(2),
            lambda: nest(3),
            lambda: f"{w()} {nest(2)} {w()}",
            lambda: f"({w()} OR ({w()} AND NOT {w()})) ({w()} OR -{w()})",
            lambda: f"(({w()} {w()}) OR ({w()} NOT {w()})) AND NOT ({w()} OR {w()})",
            lambda: f"NOT ({w()} {w()}) OR {w()}",
            lambda: f"NOT {w()} AND NOT {w()}",
            lambda: f"NOT {w()} OR {w()}",
            lambda: f"NOT \"{w()} {w()}\"",
            lambda: f"NOT title:{fw('title')} {w()}",
        ],
        "NOT/-/+ before groups, phrases, fields": [
            lambda: f"-({w()} OR {w()}) {w()}",
            lambda: f"+({w()} {w()}) -{w()}",
            lambda: f"-\"{w()} {w()}\"~2 {w()}",
            lambda: f"+\"{w()} {w()}\" +{w()}",
            lambda: f"-{text_field()}:{w()} {w()}",
            lambda: f"{w()} -{lw()[:3]}*",
            lambda: f"{w()} -{lw()}~",
            lambda: f"+{w()} -{w()} {w()}",
            lambda: f"--{w()} {w()}",
            lambda: f"+-{w()} {w()}",
            lambda: f"{w()} - {w()}",
            lambda: f"{w()} -({w()} -{w()})",
        ],
        "phrases": [
            lambda: f'"{stop()} {stop()}"~{rng.randint(1, 5)}',
            lambda: f'"{stop()} {w()} {stop()}"',
            lambda: f'"{w()} {stop()} {stop()} {w()}"~{rng.randint(0, 3)}',
            lambda: f'"{w()}"~{rng.randint(1, 5)} {w()}',
            lambda: f'"{hard()} {w()}"',
            lambda: f'"{w()} {hard()}"~2',
            lambda: f'"{w()}, {w()}."',
            lambda: f'"{w()}-{w()} {w()}"',
            lambda: f'"{w()} {w()}"~{rng.randint(1, 4)}^{rng.choice(["2", "0.5", "0"])}',
            lambda: f'"{w()} {w()}"^2~3',
            lambda: f'"{w()} {w()}"~-1',
            lambda: f'"{w()} {w()}"~1.5',
            lambda: f'"{w()} {w()}"~99',
            lambda: f'"{w()}  {w()}   {w()}"',
            lambda: f'"{w()} {uni()}"',
            lambda: f'"{uni()} {uni()}"~2',
        ],
        "wildcards": [
            lambda: mid_wild(lw()),
            lambda: f"{lw()[:2]}*{lw()[-2:]}",
            lambda: f"*{lw()[-3:]}",
            lambda: f"*ing {w()}",
            lambda: "?",
            lambda: f"? {w()}",
            lambda: f"{w()} ?",
            lambda: "??*",
            lambda: f"{lw()[:1]}*",
            lambda: f"{lw()[:2]}*{lw()[2]}*{lw()[-1]}",
            lambda: f"{lw()[:3]}*^2 {w()}",
            lambda: f"{text_field()}:{mid_wild(lw())}",
            lambda: f"{text_field()}:*{lw()[-3:]}",
            lambda: f"title:({lw()[:3]}* OR {lw()[:1]}?{lw()[2:]})",
            lambda: f"NOT {lw()[:3]}* {w()}",
            lambda: f"{hard()}*",
            lambda: f"{uni()}*",
            lambda: f"*{uni()}",
        ],
        "ranges": [
            lambda: f"[{w()[:1]} TO {w()[:2]}]",
            lambda: f"{{{w()[:1]} TO}}",
            lambda: f"[{w()[:1]} TO]",
            lambda: f"[TO {w()[:1]}]",
            lambda: f"{{TO {w()[:2]}}}",
            lambda: f"[{w()} TO {w()}}}",
            lambda: f"{{{w()} TO {w()}]",
            lambda: (lambda x: f"[{x} TO {x}]")(w()),
            lambda: (lambda x: f"{{{x} TO {x}}}")(w()),
            lambda: (lambda n: f"{n}:[{rng_end(n)} TO {rng_end(n)}]")(text_field()),
            lambda: (lambda n: f"{n}:{{{rng_end(n)} TO}}")(text_field()),
            lambda: (lambda n: f"{n}:[TO {rng_end(n)}}}")(text_field()),
            lambda: f"[{w()[:1]} TO {w()[:1]}]^2 {w()}",
            lambda: f"{w()} NOT [{w()[:1]} TO {w()[:1]}]",
            lambda: f"{w()} OR {{{w()[:2]} TO {w()[:2]}}}",
            lambda: f"[{hard()} TO {hard()}]",
            lambda: f"[{uni()} TO {uni()}]",
            lambda: "[1 TO 3]",
            lambda: "[a to c]",
            lambda: "[a TO c",
            lambda: "a TO c]",
            lambda: "[ TO ]",
            lambda: "[a TO b TO c]",
        ],
        "every field": [
            lambda: f"{anyf()}:{w()}",
            lambda: f"{anyf()}:{w()} {w()}",
            lambda: f"{anyf()}:({w()} OR {w()})",
            lambda: f'{anyf()}:"{w()} {w()}"',
            lambda: f"{anyf()}:{lw()[:3]}*",
            lambda: f"{anyf()}:[{w()[:1]} TO {w()[:1]}]",
            lambda: f"{anyf()}:{lw()}~",
            lambda: f"{anyf()}:{w()}^2 {w()}",
            lambda: f"NOT {anyf()}:{w()} {w()}",
            lambda: f"{anyf()}:{hard()}",
            lambda: f"{anyf()}:{uni()}",
            lambda: f"sortdate:{rng.choice(['20160301', '[20160101 TO 20161231]', '>20160101', '0', '*', 'x'])}",
            lambda: f"size:{rng.randint(0, 9999)}",
            lambda: f"id:{rng.choice(['*', 'a*', '[a TO z]', 'x'])}",
            lambda: "path:" + rng.choice(['*', '*.txt', 'part1*', '"part1"']),
        ],
        "boosts": [
            lambda: f"{text_field()}:{fv('title')}^{rng.choice(['2', '0', '0.5', '10'])} OR {w()}",
            lambda: f"({w()}^2 OR {w()}^0.5) {w()}^3",
            lambda: f"(({w()}^2 {w()})^3 OR {w()})^0.5",
            lambda: f"{w()}^2^3",
            lambda: f"{w()}^02",
            lambda: f"{w()}^ 2",
            lambda: f"{w()} ^2",
        ],
        "fuzzy": [
            lambda: f"{lw()}~ OR {lw()}~2",
            lambda: f"({lw()}~ {w()}) NOT {lw()}~2",
            lambda: f"{lw().upper()}~",
            lambda: f"{lw().capitalize()}~2",
            lambda: f"{lw()}~2/2",
            lambda: f"{lw()}~1/9",
            lambda: f"{stop()}~",
            lambda: f"{hard()}~",
            lambda: f"{uni()}~2",
            lambda: f"{text_field()}:{fv('author')}~",
            lambda: f"{lw()}~~",
            lambda: f"{lw()}~3",
            lambda: f"{lw()}~1^2 {w()}",
        ],
        "unicode and whitespace marks": [
            lambda: f"{uni()} {uni()}",
            lambda: f"{uni()} OR {uni()} NOT {w()}",
            lambda: f"title:({uni()} OR {w()})",
            lambda: f"({uni()})",
            lambda: f"{uni()}:{w()}",
            lambda: f"{w()}\u00a0{w()}",
            lambda: f"{w()}\u3000{w()}",
            lambda: f"{w()}\u200b{w()}",
            lambda: f"\ufeff{w()}",
            lambda: f"{w()}\u2028{w()}",
            lambda: f"ＡＮＤ {w()}",
            lambda: f"{w()} ＯＲ {w()}",
        ],
        "numbers, hyphens, apostrophes": [
            lambda: f"{hard()} {hard()}",
            lambda: f"{hard()} OR {hard()}",
            lambda: f"-{hard()}",
            lambda: f"title:{hard()} OR author:{hard()}",
            lambda: f"{hard().upper()} {hard().lower()}",
        ],
        "operator case": [
            lambda: f"{w()} {rng.choice(['AND', 'OR', 'NOT'])} {rng.choice(['and', 'or', 'not', 'And', 'oR', 'nOT'])} {w()}",
            lambda: f"not {w()}",
            lambda: f"Not {w()} {w()}",
            lambda: f"{w().upper()} AND {w().upper()}",
            lambda: f"{w()} AND",
        ],
        "very long": [
            lambda: "(" * 30 + w() + ")" * 30,
            lambda: "(" * 20 + " OR ".join(w() for _ in range(5)) + ")" * 19,
            lambda: " AND ".join(f"({w()} OR {w()})" for _ in range(rng.randint(20, 60))),
            lambda: " ".join(f"-{w()}" for _ in range(rng.randint(10, 40))) + f" {w()}",
            lambda: " ".join(f'"{w()} {w()}"' for _ in range(rng.randint(10, 30))),
            lambda: " OR ".join(f"{lw()[:3]}*" for _ in range(rng.randint(5, 20))),
            lambda: "NOT " * rng.randint(2, 20) + w(),
            lambda: "-" * rng.randint(2, 10) + w(),
        ],
        "blank and only operators": [
            lambda: rng.choice(_BLANK),
            lambda: f"{rng.choice(_BLANK)}{w()}{rng.choice(_BLANK)}",
            lambda: rng.choice(_ONLY_OPERATORS),
            lambda: f"{w()} {rng.choice(_ONLY_OPERATORS)}",
        ],
        "unbalanced": [
            lambda: f'"{w()} ({w()}"',
            lambda: f'({w()} "{w()})" {w()}',
            lambda: f"(({w()}) {w()}",
            lambda: f"{w()})) (({w()}",
            lambda: f'"{w()}" "{w()}',
            lambda: f'"{w()} "{w()}" {w()}"',
            lambda: f"({w()} [{w()[:1]} TO {w()[:1]})",
            lambda: f'title:"{w()} {w()}',
            lambda: f"title:({w()} {w()}",
            lambda: f"{w()} \"",
            lambda: f"\"{w()}\\\" {w()}\"",
            lambda: f"{w()} )( {w()}",
        ],
    }
    forms = [(family, f) for family, fs in families.items() for f in fs]
    picked = [rng.choice(forms) for _ in range(len(forms))]
    return [(family, f()) for family, f in picked] if labelled else [f() for _, f in picked]
