"""A seeded grammar fuzzer of Whoosh query strings: Briefing's search against plain Whoosh, query by query.

    python benchmarks/fuzz_queries.py CORPUS [--index DIR] [-n 2000] [--seconds 600] [--seed 0]
        [--json-every 5] [--quotes] [--filters] [--wide] [--show 0]

Indexes the corpus (or opens ``--index``) and reads its own words from the stored articles, by kind:
common and rare words, accented, hyphenated, with an apostrophe, numeric, CJK and other scripts,
stopwords, and each field's words (title, source, author) and the articles' dates. Then it generates
queries from a grammar (``tests/query_grammar.py``): clauses joined by the implicit AND, ``AND``/``OR``/
``NOT``/``ANDNOT``/``ANDMAYBE`` (and ``-``/``+``, lower-case operators), parenthesised groups nested to
any depth, field prefixes (``title:``, ``source:``, ``author:``, ``body:``, ``date:``, ``speaker:`` and the
aliases), phrases with slop, wildcards (``*``, ``?`` anywhere), ranges (open, backwards, on every text
field), fuzzy words (``~``, ``~N``, ``~N/P``), boosts (``^``), dates (days, months, years, ranges,
``>``/``<``, English dates), queries of only quote marks, and unbalanced input (a bracket, quote or
operator dropped or added); and what users type besides: ``path:``/``id:``, field groups, open date
ranges, ``NOT NOT``, empty groups ``()``, stray marks and colons, operators in mixed case (``Or``,
``aNd``), words with accents decomposed or composed, full-width letters, emoji, numbers with
separators (``1 000``, ``1.234.567``) and queries near the 1,000-character limit.

``--wide`` draws instead from the families of ``tests/query_grammar_wide.py`` (many fields at once with
group boosts, ``NOT``/``ANDNOT``/``ANDMAYBE``/``REQUIRE`` inside field groups, wildcards in phrases, ``*``,
``OR`` lists of up to 250 words, numbers and abbreviations, accented and non-Latin words typed otherwise,
text pasted from a word processor, spaces around a field's colon) and counts the differences by family.

Each query is compared (:func:`whoosh_reference.compare`) with plain Whoosh's parser, searcher and
highlighter on the same index: the total, the hit set and its order (ties aside), scores, the first
page's snippets and highlights, page 2 and the last page; ``Library.matching_ids`` (a saved search's
count) must hold the search's hits, and the reader's highlights of each first-page hit
(``highlight_spans``) every word its snippets highlight; where Whoosh cannot parse or run a query,
Briefing must refuse it with a clear message (no Python exception named), and where it refuses one
plain Whoosh reads, that is a difference unless README documents the refusal. Every ``--json-every``
th query also runs ``briefing search QUERY --json`` in this process (exit 0 with JSON lines whose ids,
ranks and scores are the library's, or exit 1 with one ``briefing: error:`` line, never a traceback);
``--quotes`` also compares the quote search (``briefing quotes --query``), ``--filters`` each query
again with a random ``--source``/``--since``/``--until`` (Whoosh's ``filter=``). Stops after ``-n`` queries
or ``--seconds``, whichever comes first, and prints every difference with the query's number (the
same seed gives the same queries), the counts and the share answered identically.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from query_grammar import QueryGrammar, Vocabulary  # noqa: E402

_WIDE = ("matches", "too many words")
"""How the fast evaluator names a prefix, wildcard or fuzzy word of more than 5,000 words (``??*``)."""


def left_to_whoosh(lib, text: str) -> bool:
    """Whether Briefing leaves ``text`` to Whoosh because a prefix, wildcard or fuzzy word of it expands to
    more than 5,000 words (README: its total is then an estimate and its scores are Whoosh's, not the sum of
    its words, as the reference scores it): a documented difference, counted apart."""
    from briefing.index.engine import fastsearch
    from briefing.index.errors import QueryError
    from briefing.index.search import parse_query

    try:
        text = lib._article_filter(text, None, None, None, None)[0]  # (is:x of no state: a clear refusal)
        q = parse_query(lib._parser("article"), text) if text.strip() else None
        if q is None:
            return False
        fastsearch.Evaluator(lib._s()).scores(q)
    except fastsearch.Unsupported as exc:
        return any(w in str(exc) for w in _WIDE)
    except (QueryError, Exception):  # noqa: BLE001 (refusals and crashes are compare's to report)
        return False
    return False


def run(lib, queries, *, page: int = 10, json_every: int = 0, quotes: bool = False, filters=None,
        seconds: float = 0.0, log=print) -> dict:
    """Compare each query of ``queries`` (an iterable of strings); returns the counts and the differences."""
    from whoosh_reference import (compare, compare_matching_ids, compare_quotes, compare_reader_highlights,
                                  compare_search_json)

    t0 = time.perf_counter()
    done, diffs, pinned, documented = 0, [], {}, []
    for n, text in enumerate(queries):
        if seconds and time.perf_counter() - t0 > seconds:
            break
        if left_to_whoosh(lib, text):  # documented; its reference (an OR of every word) takes minutes
            documented.append((n, text, []))
            found = compare_matching_ids(lib, text) + compare_search_json(lib, text)
            done += 1
            if found:
                diffs.append((n, text, found))
                for d in found:
                    log(f"DIFF #{n} {d[:400]}")
            continue
        try:
            found = compare(lib, text, page=page, pinned=pinned) + compare_matching_ids(lib, text)
            found += compare_reader_highlights(lib, text, page=page)
            if quotes:
                found += compare_quotes(lib, text) or []
            if filters is not None:
                f = filters()
                found += [f"{d} (filters {f})" for d in compare(lib, text, page=page, pinned=pinned, **f)]
        except Exception as exc:  # noqa: BLE001 (a crash is a difference to print, not the end of the run)
            tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
            found = [f"{text!r}: crash: {tb}"]
        if json_every and n % json_every == 0:
            found += [f"{text!r}: {p}" for p in compare_search_json(lib, text)]
        done += 1
        if done % 100 == 0:
            print(f"{done} compared, {len(diffs) + bool(found)} differing, {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr, flush=True)
        if found:
            diffs.append((n, text, found))
            for d in found:
                log(f"DIFF #{n} {d[:400]}")
    return {"queries": done, "differing": len(diffs), "diffs": diffs, "pinned": pinned, "documented": documented,
            "seconds": time.perf_counter() - t0}


def generate(lib, seed: int, wide: bool = False) -> "tuple[Vocabulary, QueryGrammar]":
    rng = random.Random(seed)
    vocab = Vocabulary(lib._s(), rng)
    if wide:
        from query_grammar_wide import WideGrammar

        return vocab, WideGrammar(vocab, rng)
    return vocab, QueryGrammar(vocab, rng)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="a grammar fuzzer: Briefing's search against plain Whoosh")
    p.add_argument("corpus", type=Path)
    p.add_argument("--index", type=Path, help="index folder (default: a temporary one)")
    p.add_argument("-n", type=int, default=2000, help="queries (default 2000)")
    p.add_argument("--seconds", type=float, default=0, help="stop after this long (default: no limit)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--page", type=int, default=10)
    p.add_argument("--json-every", type=int, default=5, help="run search --json on every Nth query (0: never)")
    p.add_argument("--quotes", action="store_true", help="also compare the quote search")
    p.add_argument("--filters", action="store_true",
                   help="also compare each query with a random --source/--since/--until")
    p.add_argument("--show", type=int, default=0, help="print the first N queries and stop")
    p.add_argument("--wide", action="store_true",
                   help="the families of tests/query_grammar_wide.py (many fields, operators in field groups, "
                        "wildcards in phrases, *, long OR lists, numbers and abbreviations, folding, pasted text, "
                        "spaces around a field's colon), counted by family")
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        p.error(f"not a folder: {args.corpus}")
    tmp = tempfile.mkdtemp(prefix="fuzz-queries-")
    os.environ.setdefault("BRIEFING_DATA_DIR", tmp)
    from briefing.index.library import open_library

    index = args.index or Path(tmp) / "index"
    t0 = time.perf_counter()
    lib = open_library(args.corpus, index)
    vocab, grammar = generate(lib, args.seed, args.wide)
    print(f"indexed {lib._s().doc_count()} articles in {time.perf_counter() - t0:.1f} s; words by kind: "
          + ", ".join(f"{k} {c}" for k, c in vocab.counts.items()), flush=True)
    families: list[str] = []
    if args.wide:
        def drawn():
            for _ in range(args.n):
                family, q = grammar.family_query()
                families.append(family)
                yield q

        queries = drawn()
    else:
        queries = (grammar.query() for _ in range(args.n))
    if args.show:
        for i, q in zip(range(args.show), queries):
            print(f"#{i} {q}")
        return 0
    result = run(lib, queries, page=args.page, json_every=args.json_every, quotes=args.quotes,
                 filters=grammar.filters if args.filters else None,
                 seconds=args.seconds, log=lambda s: print(s, flush=True))
    n, bad = result["queries"], result["differing"]
    print(f"{n} queries compared in {result['seconds']:.0f} s (seed {args.seed}): {n - bad} identical "
          f"({100 * (n - bad) / max(1, n):.1f}%), {bad} differing")
    if result["documented"]:
        print(f"{len(result['documented'])} of them left to Whoosh, a wildcard or fuzzy word of more than 5,000 "
              "words (README: scored by Whoosh, total an estimate): only matching_ids and search --json compared")
    if families:
        differing = {n for n, _, _ in result["diffs"]}
        for family in sorted(set(families)):
            ns = [n for n, f in enumerate(families[:n]) if f == family]
            print(f"family {family}: {len(ns)} queries, {sum(i in differing for i in ns)} differing")
    for name, count in sorted(result["pinned"].items()):
        print(f"pinned difference, written into the reference {count} time(s): {name}")
    lib.close()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
