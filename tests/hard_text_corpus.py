"""A generated corpus of hard text for query comparisons: every script, mark and token shape a news
article holds that plain English does not.

Each article is a ``.txt`` with a ``.meta.json`` sidecar (title, source, author, date), so every field
of the schema holds the same hard words: accents (precomposed and combining), CJK, Arabic, Hebrew,
Cyrillic, Greek, Devanagari, Thai, emoji (with skin tones and joiners), typographic and straight
apostrophes (``O’Neill``/``O'Neill``), hyphenated and numeric tokens (``H20``, ``COVID-19``,
``$1.5bn``, ``9/11``, ``3.14``, ``1,000``, ``10%``), web addresses, e-mail addresses, very long words,
zero-width characters and unicode dashes and quotes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = [
    # accents, precomposed and combining, and case pairs
    "café", "cafe\u0301", "CAFÉ", "naïve", "Zürich", "zurich", "straße", "STRASSE", "año", "Ørsted", "İstanbul",
    "ıstanbul", "Łódź", "Ångström", "façade", "piñata", "crème brûlée", "Dvořák", "Škoda", "ﬁnance",
    # other scripts
    "東京", "中国经济", "北京", "日本語", "한국어", "서울", "مرحبا", "القاهرة", "שלום", "ירושלים", "Москва", "Путин",
    "Αθήνα", "दिल्ली", "ภาษาไทย", "ｍｕｓｉｃ",
    # emoji
    "🙂", "🙂music", "👍🏽", "👩‍💻", "🇬🇧", "❤️",
    # apostrophes and quotes
    "O’Neill", "O'Neill", "don’t", "don't", "people’s", "people's", "rock'n'roll", "‘scare’", "“quoted”", "«cité»",
    # hyphens, dashes and numbers
    "H20", "h20", "COVID-19", "covid19", "$1.5bn", "£20m", "€3,5", "9/11", "24/7", "3.14", "1,000", "10%", "2.5bn",
    "1990s", "4x4", "A380", "F-35", "G7", "5G", "0.001", "-40", "+1", "state-of-the-art", "e-mail", "E-Mail",
    "well‑known", "co–operate", "twenty—five", "x\u200by", "U.S.", "u.s.", "U.S.A.", "AT&T", "C++", "C#", "#tag",
    "@user", "a.b.c",
    # addresses
    "https://example.com/path?q=1&r=2", "www.bbc.co.uk/news", "jane.doe@example.org", "info@news-site.co.uk",
    # very long words
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "pneumonoultramicroscopicsilicovolcanoconiosis",
    "x" * 120, "ab" * 70,
]
PLAIN = ("minister said the talks on trade and chips would resume next week after the election results "
         "market prices rose sharply while the central bank held rates steady and workers went on strike").split()
SOURCES = ["Reuters", "Le Monde", "Süddeutsche Zeitung", "El País", "Al Jazeera", "朝日新聞", "Ynet ידיעות",
           "O’Reilly Media", "BBC News", "The Times-Picayune", "20 Minutes", "Der Spiegel"]
AUTHORS = ["Jane Doe", "José Álvarez", "Zoë O’Brien", "Seán O'Neill", "李明", "محمد علي", "Anne-Marie Dupré",
           "Łukasz Wiśniewski", "Ngozi Okonjo-Iweala", "Jean-Luc Picard", "Dvořák Jr.", "Priya Nair"]


def make_hard_corpus(root: Path, n: int = 300, *, seed: int = 0) -> list[Path]:
    """Write ``n`` articles of hard text under ``root`` (in five folders); returns their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        folder = root / f"part{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)

        def sentence() -> str:
            words = [rng.choice(WORDS) if rng.random() < 0.35 else rng.choice(PLAIN) for _ in range(rng.randint(6, 18))]
            return " ".join(words).capitalize() + rng.choice([".", ".", "!", "?", "…"])

        paragraphs = ["  ".join(sentence() for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(2, 6))]
        title = " ".join(rng.choice(WORDS) if rng.random() < 0.5 else rng.choice(PLAIN) for _ in range(rng.randint(3, 9)))
        meta = {"title": title.strip() or f"headline {i}", "source": rng.choice(SOURCES),
                "author": " and ".join(rng.sample(AUTHORS, rng.choice([1, 1, 2]))),
                "date": f"{rng.choice([2015, 2016, 2016, 2017])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        p = folder / f"hard{i:04d}.txt"
        p.write_text("\n\n".join(paragraphs) + f"\n\nUnique token tok{i:04d}.\n", encoding="utf-8")
        (folder / f"hard{i:04d}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="write a corpus of hard text (every script, mark and token shape)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(len(make_hard_corpus(a.out, a.n, seed=a.seed)), "articles written to", a.out)


def edit_and_prune(paths: list[Path], rng: random.Random, edited: int, removed: int, sentence: str) -> None:
    """Append ``sentence`` to ``edited`` of the articles and delete ``removed`` of them (an update then leaves
    segments holding deleted documents)."""
    for p in rng.sample(paths, edited):
        p.write_text(p.read_text(encoding="utf-8") + "\n\n" + sentence + "\n", encoding="utf-8")
    for p in rng.sample(paths, removed):
        if p.exists():
            p.unlink()


def segmented_library(tmp: Path, *, seed: int, edit_seed: int, sentence: str):
    """An open library over 60 hard-text articles of ``seed`` whose update then appends ``sentence`` to 12 and
    deletes 4, so its index holds several segments and deleted documents (the caller closes it)."""
    from briefing.index.library import open_library

    paths = make_hard_corpus(tmp / "corpus", 60, seed=seed)
    lib = open_library(tmp / "corpus", tmp / "ix")
    edit_and_prune(paths, random.Random(edit_seed), 12, 4, sentence)
    lib.update()
    return lib
