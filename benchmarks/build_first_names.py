"""Build ``index/quotes/data/first_names.txt``: the usual gender of English-language first names.

    pip install gender-guesser==0.4.0 && python benchmarks/build_first_names.py

Source: the name dictionary of Jörg Michael's ``gender.c`` (about 40,000 first names with their
usage by country), as packaged in the ``gender-guesser`` PyPI package (GPLv3). A name is looked up
for the USA, then Great Britain, then all countries; ``male``/``female`` become ``m``/``f`` and
``mostly_male``/``mostly_female`` become ``m?``/``f?``. Names used by both (``andy``) or unknown are
left out: the extractor then treats a person's gender as unknown. A name that some other country gives to the
other gender as often (``sasha``: women's in Britain, men's in Russia; ``nicola``: women's in Britain,
men's in Italy) is only mostly the one gender (``f?``): the article, not the table, has to say which.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "index" / "quotes" / "data" / "first_names.txt"
CODES = {"male": "m", "female": "f", "mostly_male": "m?", "mostly_female": "f?"}
_OF = {"m": ("male", "mostly_male"), "f": ("female", "mostly_female")}


def _most_used(usage: dict[str, str], genders: tuple[str, ...]) -> int:
    """How common a name is as one gender in the country where it is most common (gender.c's 1-13 scale)."""
    return max((int(c, 16) for g in genders for c in usage.get(g, "") if c != " "), default=0)


def country_varies(usage: dict[str, str], code: str) -> bool:
    """Does some country give the name to the other gender as often as any gives it to ``code``'s (and not rarely)?"""
    other = _most_used(usage, _OF["f" if code[0] == "m" else "m"])
    return other >= max(3, _most_used(usage, _OF[code[0]]))


def main() -> int:
    try:
        import gender_guesser.detector as gd
    except ImportError:
        print("error: this script needs the gender-guesser package (pip install gender-guesser)", file=sys.stderr)
        return 2
    det = gd.Detector(case_sensitive=False)
    rows = []
    for name in sorted(det.names):
        if not name.isalpha() or len(name) < 2:
            continue
        for country in ("usa", "great_britain", None):
            if country:  # only a country where the name is in use decides
                k = det.COUNTRIES.index(country)
                if not any(v[k:k + 1].strip() for v in det.names[name].values()):
                    continue
            g = det.get_gender(name, country)
            if g in CODES:
                code = CODES[g]
                if len(code) == 1 and country_varies(det.names[name], code):
                    code += "?"
                rows.append(f"{name.lower()}\t{code}")
            break
    header = ("# first name<TAB>m|f|m?|f?  (usual gender; '?' = mostly). Built by benchmarks/build_first_names.py\n"
              "# from the name dictionary of Joerg Michael's gender.c as shipped in gender-guesser 0.4.0 (GPLv3).\n")
    OUT.write_text(header + "\n".join(sorted(set(rows))) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
