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
