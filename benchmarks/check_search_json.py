"""``briefing search QUERY --json`` (and ``briefing quotes --query QUERY --json``) for every query form:
no traceback, a clear error on bad syntax.

    python benchmarks/check_search_json.py CORPUS [--index DIR] [--rounds 2] [--seed 0]

Runs the command in this process (``briefing.index.cli.main``) for the fixed query forms and
``--rounds`` rounds of ``adversarial_forms`` (``tests/query_form_cases.py``) over the corpus's own
words, and checks each answer: the exit status is 0 (every stdout line a JSON object with a search
hit's keys, the ids those of ``Library.search`` for the same query) or 1 with one ``briefing: error:``
line on stderr that names no Python exception; nothing else on stdout, no traceback anywhere. The
same for ``briefing quotes --query QUERY --json`` against ``Library.quotes``.
Prints each problem and the counts by family.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

KEYS = {"id", "rank", "score", "title", "source", "date", "snippets"}
"""Keys every ``--json`` hit carries (README: one JSON object per hit)."""
_PYTHON_ERROR = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b|Traceback")


def check(argv: list[str], want_ids: "list[str] | None", keys: "set[str]" = KEYS) -> list[str]:
    """Problems with one ``briefing search … --json`` run (``want_ids``: the library's ids; None: it refused)."""
    from briefing.index.cli import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:  # argparse: a usage error
        code = exc.code
    except BaseException as exc:  # noqa: BLE001 (the point: nothing may escape)
        return [f"traceback: {type(exc).__name__}: {exc}"]
    problems = []
    if _PYTHON_ERROR.search(err.getvalue()):
        problems.append(f"stderr names Python internals: {err.getvalue().strip()[:200]}")
    if code == 0:
        try:
            hits = [json.loads(line) for line in out.getvalue().splitlines()]
        except ValueError:
            return problems + [f"stdout is not JSON lines: {out.getvalue()[:200]!r}"]
        for h in hits:
            if not keys <= set(h):
                problems.append(f"a hit lacks {sorted(keys - set(h))}")
                break
        if want_ids is None:
            problems.append("the library refused it, the command answered")
        elif [h.get("id") for h in hits] != want_ids:
            problems.append(f"ids {[h.get('id') for h in hits][:5]} vs the library's {want_ids[:5]}")
    elif code == 1:
        lines = err.getvalue().splitlines()
        if not any(x.startswith("briefing: error: ") for x in lines) or out.getvalue():
            problems.append(f"exit 1 without one clear error line: {err.getvalue()[:200]!r}")
        if want_ids is not None:
            problems.append(f"the command failed, the library answered: {err.getvalue().strip()[:200]}")
    else:
        problems.append(f"exit status {code}: {err.getvalue()[:200]!r}")
    return problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="briefing search --json over every query form")
    p.add_argument("corpus", type=Path)
    p.add_argument("--index", type=Path, help="index folder (default: a temporary one)")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        p.error(f"not a folder: {args.corpus}")
    tmp = tempfile.mkdtemp(prefix="search-json-")
    os.environ.setdefault("BRIEFING_DATA_DIR", tmp)
    from briefing.index.errors import QueryError
    from briefing.index.library import open_library
    from query_form_cases import FIXED_FORMS, adversarial_forms

    index = args.index or Path(tmp) / "index"
    lib = open_library(args.corpus, index)
    s = lib._s()
    rng = random.Random(args.seed)
    vocab = [s.schema["body"].from_bytes(b) for b in s.reader().lexicon("body")]
    words = rng.sample(vocab, min(400, len(vocab)))
    fields = {n: rng.sample(lex, min(200, len(lex))) for n in ("title", "source", "author", "speakers")
              for lex in [[s.schema[n].from_bytes(b) for b in s.reader().lexicon(n)]]}
    labelled = [("fixed", q) for q in FIXED_FORMS] + [
        fq for _ in range(args.rounds) for fq in adversarial_forms(words, rng, fields, labelled=True)]
    tally: dict[str, list[int]] = {}
    bad = 0
    for family, text in labelled:
        if text.startswith("-") and not text.strip("-"):
            continue  # (argparse reads a lone "-..." as an option: the shell user writes -- first)
        try:
            want = [h.id for h in lib.search(text, limit=10).hits]
        except QueryError:
            want = None
        problems = check(["search", "--corpus", str(args.corpus), "--index-dir", str(index), "--json",
                          "--", text] if text.startswith("-") else
                         ["search", text, "--corpus", str(args.corpus), "--index-dir", str(index), "--json"], want)
        try:
            want_quotes = [x.id for x in lib.quotes(query=text)]
        except QueryError:
            want_quotes = None
        common = ["--corpus", str(args.corpus), "--index-dir", str(index), "--json"]
        problems += [f"quotes: {pr}" for pr in check(["quotes", *common, f"--query={text}"], want_quotes,
                                                      {"id", "article_id", "speaker", "text", "kind"})]
        t = tally.setdefault(family, [0, 0])
        t[0] += 1
        if problems:
            t[1] += 1
            bad += 1
            for pr in problems:
                print(f"PROBLEM [{family}] {text!r}: {pr}"[:500])
    lib.close()
    for family, (n, b) in tally.items():
        print(f"  {family}: {n} run, {b} with problems")
    print(f"{sum(n for n, _ in tally.values())} searches run, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
