"""Hostile texts built from every cue word and word list the quote extractor knows, each fragment said again and again
(with and without closing quotation marks, capitals, commas, 'said', names, line breaks), timed at growing lengths.

    python benchmarks/fuzz_hostile_quotes.py [--chars 25000] [--all-cues] [--only TEXT] [--flag 0.5] [--scale]

Prints every input whose CPU time (``time.process_time``: less swayed by a loaded machine) at ``--chars`` is over ``--flag`` seconds per 25 KB (slowest first); with ``--scale``
also times those at 25, 50 and 100 KB and marks a time that grows faster than the length (a step that reads the
whole text, or a whole long sentence, for each mention). ``--all-cues`` puts every cue in every fragment (slow:
thousands of texts); by default every cue goes through a few fragments and a sample of cues through all of them.
"""

from __future__ import annotations

import argparse
import sys
import time

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.cues import CUE_SET, PROGRESSIVE_CUES
from briefing.index.quotes.lexicon import NOMINALS, PLATFORMS, ROLE_WORDS, TITLE_WORDS

CUE_FRAGMENTS = (
    "“Yes,” {cue} the ",                    # a cue after a quotation with no speaker
    "“Yes,” {cue} Jo Roe, ",                # a speaker after the cue, then a comma
    "Jo Roe {cue} “",                       # never closed
    "Jo Roe {cue}: “Yes.” ",
    "Critics {cue} it “a tax,” and Lena Berg ",  # a mixed quote and a coordinated subject
    "{Cue} Jo Roe ",                        # capitals, no full stop
    "the mayor {cue} that the plan ",       # a reported clause, never ended
    "Jo Roe, who {cue} the plan, ",         # a relative clause before its main verb
    "{cue}\n",                              # one cue a line
    "Jo Roe {cue} the plan was good, and Al Poe ",
    "“Yes” {cue} ",
    "As Jo Roe {cue}, ",
    "It was {cue} that ",
    "{cue}, ",
    "Jo Roe {cue} “a” and “b” and ",        # quotations inside a clause
    "{cue} Jo Roe. ",                       # many short sentences
    "Mr. Roe {cue} the Senate “is slow” ",
    "Jo Roe is {cue} that ",
    "“{Cue}” ",
)
"""Fragments around one cue word (``{cue}``, or ``{Cue}`` capitalised), each said again and again."""

WORD_FRAGMENTS = (
    "{Word} Jo Roe said “Yes” ",
    "“Yes,” said {Word} Jo Roe of the {Word} ",
    "the {word}, Jo Roe, said ",
    "{Word}. ",
    "{Word} ",
    "a post on {Word}. She said so. ",
)
"""Fragments around one word of the lexicon's lists (titles, roles, platforms, nominals)."""

FIXED = {
    "reported_and_name": "Critics called it “a tax,” and Lena Berg ",
    "full_stops_quoted": None,  # built below: one quotation of full stops
    "tweeted_the": "“Yes,” tweeted the ",
    "tweeted_the_150": "“Yes,” tweeted the " * 150 + "Done. ",
    "colon_open": "He said: “",
    "according_to_run": "according to the ",
    "who_said_run": "Jo Roe, who said ",
    "quoted_as_saying": "was quoted as saying ",
    "or_so_says": "The plan is bad, or so says ",
    "straight_quotes": '"Yes," said the "',
    "single_marks": "'Yes,' said the '",
    "guillemets": "« Yes », said the « ",
    "dashes": "Jo Roe — who said — ",
    "initials": "J. K. R. said ",
    "capitals_only": "JO ROE SAID ",
    "nbsp_titles": "Dr.\u00a0Jo\u00a0Roe said ",
    "tabs": "Jo\tRoe\tsaid\t“Yes”\t",
}


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _sample(words, k: int) -> list[str]:
    words = sorted(set(words))
    step = max(1, len(words) // k)
    return words[::step][:k]


def inputs(all_cues: bool = False) -> dict[str, str]:
    """Name -> the fragment that is said again and again."""
    out: dict[str, str] = {k: v for k, v in FIXED.items() if v is not None}
    cues = sorted(CUE_SET)
    few = set(_sample(cues, 24)) | {"said", "says", "saying", "told", "according to", "called", "tweeted", "added",
                                    "warned", "pointed out", "wrote", "asked", "claimed", "reads"} | set(
        _sample(PROGRESSIVE_CUES, 4))
    for cue in cues:
        for i, frag in enumerate(CUE_FRAGMENTS):
            if all_cues or cue in few or i < 4:
                out[f"cue{i}:{cue}"] = frag.format(cue=cue, Cue=cue[:1].upper() + cue[1:])
    words = _sample(TITLE_WORDS, 12) + _sample(ROLE_WORDS, 12) + _sample(PLATFORMS, 6) + _sample(NOMINALS, 6)
    for word in words:
        for i, frag in enumerate(WORD_FRAGMENTS):
            out[f"word{i}:{word}"] = frag.format(word=word, Word=word[:1].upper() + word[1:])
    return out


def build(name: str, unit: str | None, n: int) -> str:
    if name == "full_stops_quoted":
        return "“" + ". " * (n // 8) + "” she said"
    return _fill(unit, n)


def timed(text: str) -> tuple[float, int]:
    t0 = time.process_time()
    n = len(extract_quotes(text, "x"))
    return time.process_time() - t0, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=25_000, help="length of each input in the first pass")
    ap.add_argument("--all-cues", action="store_true", help="every cue through every fragment")
    ap.add_argument("--only", default="", help="only the inputs whose name holds this text")
    ap.add_argument("--flag", type=float, default=0.5, help="seconds per 25 KB over which an input is listed")
    ap.add_argument("--scale", action="store_true", help="time the listed inputs at 25, 50 and 100 KB")
    a = ap.parse_args(argv)
    cases = {k: v for k, v in inputs(a.all_cues).items() if a.only in k}
    cases["full_stops_quoted"] = None
    slow = []
    t_all = time.perf_counter()
    for name, unit in cases.items():
        dt, n = timed(build(name, unit, a.chars))
        if dt * 25_000 / a.chars > a.flag:
            slow.append((dt, name))
            print(f"  slow {dt:6.2f} s {n:5} quotes  {name}  {unit!r}"[:160], flush=True)
    print(f"{len(cases)} inputs of {a.chars} chars in {time.perf_counter() - t_all:.0f} s; {len(slow)} over "
          f"{a.flag} s per 25 KB")
    for dt, name in sorted(slow, reverse=True):
        line = f"{dt:7.2f} s  {name}"
        if a.scale:
            ts = [timed(build(name, cases[name], n))[0] for n in (25_000, 50_000, 100_000)]
            grows = ts[2] / max(ts[0], 1e-3)
            line += "   25/50/100 KB: " + " ".join(f"{t:6.2f}" for t in ts) + f"  x{grows:.1f}" + (
                "  SUPERLINEAR" if grows > 6 else "") + ("  OVER 2 s" if ts[2] > 2 else "")
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
