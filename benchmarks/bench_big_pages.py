"""Time the reading of large saved pages (about 1 MB each): a long live blog, an article with huge inline
JSON, scripts and SVG, a thread of 5,000 comments, a page of one giant paragraph run.

    python benchmarks/bench_big_pages.py [--out DIR] [--rounds 1] [--profile NAME]

Writes the pages (made up here, deterministic) to ``--out`` (a temporary folder by default) and prints,
for each, its size, the CPU seconds ``load_path`` takes (the best of ``--rounds``; CPU time, as the machine may
be shared) and the words of the text read. ``--profile NAME``
runs pyinstrument on that page instead.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

_WORDS = ("council budget river bridge harbour minister station library school market festival ferry "
          "tunnel office court planning housing transport weather hospital museum theatre").split()
_RNG = random.Random(7)
_SYLLABLES = "ba ce di fo gu ha je ki lo mu na pe ri so tu va we xi yo za an el in or us".split()
_VOCAB = ["the", "a", "of", "to", "and", "in", "said", "on", "for", "was", "with", "that", "by", "at", *_WORDS] + [
    "".join(_RNG.choice(_SYLLABLES) for _ in range(_RNG.randint(1, 4))) for _ in range(6000)]
_WEIGHTS = [1 / (rank + 1) for rank in range(len(_VOCAB))]  # (word frequencies fall off as in real text)


def _sentence(i: int, n: int = 18) -> str:
    """A sentence of ``n`` words drawn as often as words of real text are (deterministic in ``i``)."""
    rng = random.Random(i)
    words = rng.choices(_VOCAB, _WEIGHTS, k=n)
    return f"The {' '.join(words)} was discussed on day {i % 28 + 1} by speaker {i % 97}."


def _repetitive(i: int, n: int = 18) -> str:
    """A sentence from 22 words only (a hostile page: every paragraph shares every word)."""
    words = [_WORDS[(i * 7 + k * 3) % len(_WORDS)] for k in range(n)]
    return f"The {' '.join(words)} was discussed on day {i % 28 + 1} by speaker {i % 97}."


def _head(title: str, extra: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-04T09:00:00Z", "author": {"@type": "Person", "name": "Ada Marsh"},
          "publisher": {"@type": "Organization", "name": "Harbour Gazette"}}
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Harbour Gazette</title>"
            f"<meta property='og:site_name' content='Harbour Gazette'>"
            f"<link rel='canonical' href='https://harbourgazette.example/news/2025/03/04/story'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script>{extra}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>")


def live_blog(target: int = 1_000_000, sentence=_sentence) -> str:
    """A live blog of some 2,000 entries, each a time, a heading and two paragraphs."""
    parts, i = [_head("Storm live: the harbour closes as the river rises")], 0
    parts.append("<main><article><h1>Storm live: the harbour closes as the river rises</h1>")
    while sum(map(len, parts)) < target:
        parts.append(f"<div class='entry' id='e{i}'><time datetime='2025-03-04T{9 + i // 600 % 12:02d}:{i % 60:02d}'>"
                     f"{9 + i // 600 % 12:02d}:{i % 60:02d}</time><h3>Update {i}</h3><p>{sentence(i)} "
                     f"{sentence(i + 1)}</p><p>{sentence(i + 2, 25)}</p></div>")
        i += 1
    parts.append("</article></main><footer>© Harbour Gazette</footer></body></html>")
    return "".join(parts)


def inline_data() -> str:
    """A 30-paragraph story with 1 MB of inline JSON, a script's array and an SVG of 6,000 paths."""
    story = "".join(f"<p>{_sentence(i)} {_sentence(i + 5)}</p>" for i in range(30))
    data = {"props": {"pageProps": {"items": [{"id": i, "title": _sentence(i, 6), "teaser": _sentence(i, 30),
                                                "tags": _WORDS[: i % 9]} for i in range(2500)]}}}
    blob = json.dumps(data)
    svg = "<svg viewBox='0 0 100 100'>" + "".join(
        f"<path d='M{i % 100} {i % 77} L{i % 53} {i % 91} Z'/>" for i in range(6000)) + "</svg>"
    code = "<script>" + "var x=" + json.dumps([_sentence(i, 10) for i in range(1500)]) + ";</script>"
    page = (_head("Budget: the council sets its rates for the year")
            + f"<main><article><h1>Budget: the council sets its rates for the year</h1>{svg}{story}</article></main>"
            + f"<script id='__NEXT_DATA__' type='application/json'>{blob}</script>{code}</body></html>")
    return page


def comments(n: int = 5000) -> str:
    """A 12-paragraph story under a thread of ``n`` comments."""
    story = "".join(f"<p>{_sentence(i)} {_sentence(i + 3)}</p>" for i in range(12))
    thread = "".join(f"<li class='comment'><div class='comment-author'>reader{i}</div><div class='comment-body'>"
                     f"<p>{_sentence(i, 12)}</p></div><a href='#reply{i}'>Reply</a></li>" for i in range(n))
    return (_head("Ferry timetable changes anger commuters")
            + f"<main><article><h1>Ferry timetable changes anger commuters</h1>{story}</article>"
            + f"<section id='comments' class='comments'><h2>{n} comments</h2><ol>{thread}</ol></section>"
            + "</main></body></html>")


def flat(target: int = 1_000_000) -> str:
    """One article whose paragraphs are many and long: 1 MB of story text."""
    paras, i = [], 0
    while sum(map(len, paras)) < target:
        paras.append("<p>" + " ".join(_sentence(i + k) for k in range(8)) + "</p>")
        i += 8
    return (_head("Inquiry report: the full findings") + "<main><article><h1>Inquiry report: the full findings</h1>"
            + "".join(paras) + "</article></main></body></html>")


PAGES = {"live_blog": live_blog, "inline_data": inline_data, "comments": comments, "flat": flat,
         "repetitive_blog": lambda: live_blog(sentence=_repetitive)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile")
    args = ap.parse_args(argv)
    from briefing.index.ingest import load_path

    out = args.out or Path(tempfile.mkdtemp(prefix="bigpages-"))
    out.mkdir(parents=True, exist_ok=True)
    for name, make in PAGES.items():
        (out / f"{name}.html").write_text(make(), encoding="utf-8")
    if args.profile:
        from pyinstrument import Profiler

        with Profiler() as prof:
            load_path(out / f"{args.profile}.html")
        print(prof.output_text(unicode=False, color=False, show_all=False))
        return 0
    for name in PAGES:
        path = out / f"{name}.html"
        best = None
        for _ in range(args.rounds):
            t = time.process_time()
            arts = load_path(path)
            took = time.process_time() - t
            best = took if best is None else min(best, took)
        print(f"{name:16} {path.stat().st_size / 1e6:5.2f} MB  {best:6.2f} s CPU  {len(arts[0].body.split()):7,} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
