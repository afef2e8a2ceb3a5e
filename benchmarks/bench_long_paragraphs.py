"""Quote extraction on long hostile paragraphs: many short quotations or cues in one paragraph.

    python benchmarks/bench_long_paragraphs.py [--chars 100000]

Each input repeats one unit (a quotation in straight double, straight single or French marks, a plural
possessive, a book title, a court's ruling verb before "that", a verb of judgement before its object, a cue and its
speaker with commas, colons, dashes or none, a run of capitalised words before a cue, the forms of quote spans) to
``--chars`` characters in one paragraph and prints the seconds ``extract_quotes`` takes on it and the quotes it
finds. Time about proportional to the length is the aim:
a step that reads every later quotation for each quotation makes these inputs take minutes.
"""

from __future__ import annotations

import argparse
import time

from briefing.index.quotes import extract_quotes

UNITS = ('"A, ', "'Ab' ", "« Ab » ", "'The players' union ", 'book, "The Big One" ', "“We will win this,” Jo Roe said. ",
         "« We will win this », Jo Roe said. ", "The court was told police found that ", "accused the brand of “",
         # cues in one sentence with no full stop: each is read near itself, not from the sentence's start
         "“Ab,” said his daughter, ", "Said Émile: “", "“Ab” said his daughter ", "“Ab.” said his daughter. ",
         "“Ab,” said the minister, ", "Jo Roe said: “Ab” and ", "“Ab” — said the mayor — ", "« Ab », said the mayor, ",
         "Big Town Mayor Jo Roe Of The Lake said ", "said Mayor Jo Roe of the Town of Big Lake, ",
         "the mayor, Jo Roe, said that ",
         # the forms of quote spans: split quotations, names in capitals, co- posts, "according to" a name or a
         # description, colons never closed, manner verbs, "called “…”", ages before names, leading cues
         "“We will win,” she said. “Then we go home,” ", "“It works,” said organiser KAREN DOYLE BRIGHT. ",
         "co-chair Jo Roe and co-host Al Poe said ", "Sales fell, according to its manager, Dean Fox. ",
         "Sales fell, according to Dean Fox, its manager. ", "He said: “", "“Fine,” sighed the chief Jo Roe ",
         "The plan, called “Fresh Start”, ", "called “", "“Yes,” said the 28-year-old Jo Roe. ", "the 28-year-old ",
         "“Yes,” tweeted the ", "Critics called it “a tax,” and Lena Berg ", "Jo Roe and Al Poe, who said: “Yes.” ",
         "“The vote is final,”\nsaid the Speaker.\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=100_000, help="length of each input")
    ap.add_argument("--only", default="", help="only the units holding this text")
    a = ap.parse_args(argv)
    for unit in (u for u in UNITS if a.only in u):
        text = (unit * (a.chars // len(unit) + 1))[: a.chars]
        t0 = time.perf_counter()
        n = len(extract_quotes(text))
        print(f"{unit!r:46} {time.perf_counter() - t0:7.2f} s  {n} quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
