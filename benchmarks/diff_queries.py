"""Briefing's search against plain Whoosh over a real corpus: every query form, answered the same.

    python benchmarks/diff_queries.py ../shared/corpus/bbc [--index DIR] [--rounds 5] [--seed 0] [--no-fixed]
        [--adversarial] [--filters] [--quotes]

Indexes the corpus (or opens ``--index``), then compares, for the fixed query forms and ``--rounds``
rounds of random ones over the corpus's own words (``tests/whoosh_reference.py``: words, stopwords,
phrases with and without slop, prefixes, wildcards, fuzzy words, boosts, AND/OR/NOT/ANDNOT/ANDMAYBE,
``-``/``+``, nested groups, field groups, ranges, dates, unknown fields, accents, apostrophes,
hyphens, case, long queries; and ``typed_forms``, queries as users type them: field phrases and
groups, dates, lone and lowercase operators, unbalanced quotes and brackets, stray colons, ``*``
inside words, numbers, marks, non-ASCII, group boosts, ``~0``/``~2``/``~5``, ``REQUIRE``, unknown
fields, empty phrases, very long queries; and ``user_forms``: date words and unfinished ranges,
capitalised field names, smart quotes, lone and trailing operators, wildcards in phrases, very long
words, only stopwords or marks; and ``field_forms``: every field and alias with that field's own words,
``NOT`` inside field groups, every date form Whoosh's date parser reads, ``?`` wildcards, phrases with
slop in groups, boosts on fields, numbers, other scripts, only punctuation, a trailing backslash,
unicode quotes and dashes; ``speaker:`` against Whoosh with the speaker table's filter): the total, the ids of the first page and of every hit in order (ties
aside), scores within 1e-6, every snippet of the first page with its highlights, page 2 and the last
page; and the newest-first listings of an empty query with and without filters. A query Briefing
refuses is a difference when plain Whoosh's parser reads every part of it. Prints each difference,
the number of queries compared and the share answered identically.

``adversarial_forms`` follow (``--adversarial``: only them), counted by family: groups nested three
deep mixing ``AND``/``OR``/``NOT`` and the implicit ``AND``, ``NOT``/``-``/``+`` before groups, phrases
and fields, phrases of stopwords or one word with slop and boost, wildcards anywhere (``te*t``,
``*ing``, ``?``), open ranges (``{a TO}``, ``[TO c]``) on every text field, ``field:`` on every field of
the schema (stored-only and numeric ones too) and unknown ones, boosts and fuzzy words in groups,
bidi and zero-width marks, operator case, groups 30 deep, whitespace of every kind, only operators,
unbalanced quotes and brackets. ``--filters`` compares each query again with a random
``--source``/``--since``/``--until``; ``--quotes`` compares its quote search (``briefing quotes
--query``) with plain Whoosh on the quote index.

A corpus of hard text (every script, emoji, apostrophes, ``H20``, ``COVID-19``, ``$1.5bn``, web and
e-mail addresses, very long words; a title, source, author and date on each article):
``python tests/hard_text_corpus.py /tmp/hard --n 300``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def _random_filters(rng, sources: list) -> dict:
    """A source (one of the corpus's source words), a date span, or both."""
    import datetime as dt

    start = dt.date(rng.randint(2003, 2017), rng.randint(1, 12), rng.randint(1, 28))
    span = {"date_from": start, "date_to": start + dt.timedelta(days=rng.choice([0, 30, 365, 4000]))}
    if rng.random() < 0.3:
        span.pop(rng.choice(["date_from", "date_to"]))
    source = {"source": rng.choice(sources)} if sources else {}
    return rng.choice([source, span, {**source, **span}])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Briefing's search against plain Whoosh, query by query")
    p.add_argument("corpus", type=Path, help="a folder of articles (e.g. ../shared/corpus/bbc)")
    p.add_argument("--index", type=Path, help="index folder (default: a temporary one)")
    p.add_argument("--rounds", type=int, default=5, help="rounds of random query forms (default 5)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--page", type=int, default=10, help="hits per page (default 10)")
    p.add_argument("--no-fixed", action="store_true",
                   help="random forms only (the fixed ones hold word ranges over the whole lexicon: minutes)")
    p.add_argument("--adversarial", action="store_true",
                   help="only adversarial_forms (nesting, signs, slop, open ranges, every field, unicode, "
                        "whitespace, unbalanced marks), counted by family")
    p.add_argument("--filters", action="store_true",
                   help="also compare each query with a random --source/--since/--until (Whoosh's filter=)")
    p.add_argument("--quotes", action="store_true",
                   help="also compare each query's quote search (briefing quotes --query) with plain Whoosh")
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        p.error(f"not a folder: {args.corpus}")
    tmp = tempfile.mkdtemp(prefix="diff-queries-")
    os.environ.setdefault("BRIEFING_DATA_DIR", tmp)
    from briefing.index.library import open_library
    from query_form_cases import FIXED_FORMS, adversarial_forms, field_forms, query_forms, typed_forms, user_forms
    from whoosh_reference import compare, compare_listing, compare_quotes

    t0 = time.perf_counter()
    lib = open_library(args.corpus, args.index or Path(tmp) / "index")
    print(f"indexed {lib._s().doc_count()} articles in {time.perf_counter() - t0:.1f} s")
    s = lib._s()
    rng = random.Random(args.seed)
    vocab = [s.schema["body"].from_bytes(b) for b in s.reader().lexicon("body")]
    words = rng.sample(vocab, min(400, len(vocab)))
    fields = {}
    for name in ("title", "source", "author", "speakers"):
        lex = [s.schema[name].from_bytes(b) for b in s.reader().lexicon(name)]
        fields[name] = rng.sample(lex, min(200, len(lex)))
    if args.adversarial:
        labelled = [fq for _ in range(args.rounds) for fq in adversarial_forms(words, rng, fields, labelled=True)]
    else:
        labelled = [("fixed", q) for q in ([] if args.no_fixed else FIXED_FORMS)] + [
            (forms.__name__, q) for _ in range(args.rounds)
            for forms in (query_forms, typed_forms, user_forms, field_forms)
            for q in (field_forms(words, rng, fields) if forms is field_forms else forms(words, rng))]
        labelled += [fq for _ in range(args.rounds) for fq in adversarial_forms(words, rng, fields, labelled=True)]
    queries = [q for _, q in labelled]
    differing = 0
    pinned: dict[str, int] = {}
    by_family: dict[str, list[int]] = {}
    t0 = time.perf_counter()
    for family, text in labelled:
        diffs = compare(lib, text, page=args.page, pinned=pinned)
        if args.quotes:
            diffs += compare_quotes(lib, text) or []
        if args.filters:
            diffs += compare(lib, text, page=args.page, pinned=pinned, **_random_filters(rng, fields["source"]))
        tally = by_family.setdefault(family, [0, 0])
        tally[0] += 1
        done = sum(t for t, _ in by_family.values())
        if done % 25 == 0:
            print(f"{done} of {len(labelled)} compared, {differing + bool(diffs)} differing", file=sys.stderr, flush=True)
        if diffs:
            differing += 1
            tally[1] += 1
            for d in diffs:
                print("DIFF", f"[{family}]", d[:400])
    listings = [{}, {"source": "bbc"}]
    for filters in listings:
        diffs = compare_listing(lib, page=args.page, **filters)
        differing += bool(diffs)
        for d in diffs:
            print("DIFF", d[:400])
    n = len(queries) + len(listings)
    print(f"{n} queries compared in {time.perf_counter() - t0:.0f} s: {n - differing} identical "
          f"({100 * (n - differing) / n:.1f}%), {differing} differing")
    for family, (tried, bad) in by_family.items():
        print(f"  {family}: {tried} compared, {bad} differing")
    for name, count in sorted(pinned.items()):
        print(f"pinned difference, written into the reference {count} time(s): {name}")
    lib.close()
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
