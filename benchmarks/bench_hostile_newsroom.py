"""Quote extraction on hostile texts shaped like the newsroom house styles: runs of honorifics and of posts named by
their body, Chinese-looking names, 'was quoted … as saying', 'on X.', long asides, initialisms never spelled out, and
many speakers then one lone word said again and again.

    python benchmarks/bench_hostile_newsroom.py [--chars 100000] [--only NAME]

Prints the seconds ``extract_quotes`` takes on each input of about ``--chars`` characters and the quotes it finds.
Time about proportional to the length is the aim: run it at two lengths and compare (a step that reads the whole text
for each mention makes the longer one take the square of the ratio longer).
"""

from __future__ import annotations

import argparse
import string
import sys
import time

from briefing.index.quotes import extract_quotes


def _fill(n: int, unit: str, tail: str = "") -> str:
    return unit * max(1, (n - len(tail)) // len(unit)) + tail


def _word(i: int) -> str:
    """A made-up surname for the ``i``-th speaker ("Zqaaa", "Zqbaa", …)."""
    a = string.ascii_lowercase
    return "Zq" + a[i % 26] + a[(i // 26) % 26] + a[(i // 676) % 26]


def inputs(n: int) -> dict[str, str]:
    """Name -> a hostile text of about ``n`` characters."""
    speakers = "".join(f"“Yes,” said Tom {_word(i)}ton. " for i in range(n * 15 // 1000))
    out = {
        "honorific_run": _fill(n, "Shri Smt Alhaji Madam ", "Raj Rao said the plan was good."),
        "honorific_sentences": _fill(n, "“We will win,” Shri Raj Rao said. Smt Meena Devi told reporters she agreed. "),
        "post_run": _fill(n, "Minister for Health ", "Jo Roe said the plan was good."),
        "post_sentences": _fill(n, "Minister for Health Jo Roe said the plan was good. "),
        "senate_president_run": _fill(n, "Senate President Jo Roe Al Poe ", "said no."),
        "chinese_names_run": _fill(n, "Lee Hsien Loong Tan Wei Ming ", "said the plan was good."),
        "chinese_names_distinct": "".join(f"“Yes,” said Tan Wei {_word(i)}. " for i in range(n // 60))
                                  + _fill(n // 2, "Lee said no. "),
        "quoted_run": _fill(n, "was quoted ", "as saying the plan was good."),
        "quoted_sentences": _fill(n, "Jo Roe was quoted by IRNA as saying the plan was good. "),
        "on_x_sentences": _fill(n, "He said in a post on X. She said so. "),
        "aside_names": "“It works,” said the study's lead author, " + "Dr. Jo Roe " * (n // 11) + "of the University.",
        "aside_who_said_she": _fill(n, "Jo Roe, who long aside words, long aside words, said she would go. "),
        "witness_then_he": _fill(n, "A witness told AFP the car was fast. It was red, he said. "),
        "initialism_never_spelled_out": _fill(n, "The WHO said the virus was spreading. "),
        "madam_dialogue": _fill(n, "“Yes, Madam,” he said. “Madam Chair, we object,” Jo Roe said. "),
    }
    for word in ("John", "Lee", "Wing"):
        out[f"speakers_then_{word.lower()}"] = speakers + _fill(n - len(speakers), f"{word} said the plan was fine. ")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=100_000, help="length of each input")
    ap.add_argument("--only", default="", help="only the inputs whose name holds this text")
    a = ap.parse_args(argv)
    for name, text in inputs(a.chars).items():
        if a.only not in name:
            continue
        t0 = time.perf_counter()
        n = len(extract_quotes(text, "x"))
        print(f"{name:30} {len(text):7} chars {time.perf_counter() - t0:7.2f} s  {n} quotes", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
