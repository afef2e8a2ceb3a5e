"""Where the corpus-wide joining of organisation forms must hold back: initials two names share, a clipped
form among many names with the same letters, party words and place-like surnames; on rows written for
these tests."""

from __future__ import annotations

from briefing.index.quotes.grouping import build_table
from briefing.index.quotes.org_forms import short_forms


def _names(rows) -> dict[str, int]:
    return {s.name: s.count for s in build_table(rows).speakers}


def test_initials_two_organisations_share_join_neither():
    rows = [["a1", "AP", "", "AP", 3], ["a2", "Associated Press", "", "", 2], ["a3", "Alliance Party", "", "", 1]]
    names = _names(rows)
    assert names == {"AP": 3, "Associated Press": 2, "Alliance Party": 1}
    # with one of them alone the initials are its short form
    assert _names(rows[:2]) == {"Associated Press": 5}


def _forms(name: str) -> tuple[str, str]:
    return name.lower(), name


def test_a_clipped_name_joins_its_full_name_among_many_others():
    others = [_forms(f"{a}{b}lington {c}ford Party") for a in "BCDFGH" for b in "aeiou" for c in "KLMNP"]
    names = others + [_forms("Liberal Democrats"), _forms("Lib Dems"), _forms("Lab Party")]
    out = short_forms(names)
    assert out == {"lib dems": "liberal democrats"}  # 'Lab Party' clips none: no 'La…' name of two words


def test_a_clipped_name_among_too_many_names_of_its_letters_joins_none():
    # more than sixty-four names whose words open with the same two letters as 'Lib Dems': it is not sought
    # among them (each would be tried), even though it clips just one
    crowd = [_forms(f"Li{x}{y}eral De{z}ocrats") for x in "acdefgh" for y in "klmnprst" for z in "mn"]
    assert len(crowd) > 64
    assert "lib dems" not in short_forms(crowd + [_forms("Liberal Democrats"), _forms("Lib Dems")])
    # a few such names: it joins the one it clips
    assert short_forms(crowd[:3] + [_forms("Liberal Democrats"), _forms("Lib Dems")]) == {
        "lib dems": "liberal democrats"}


def test_party_words_and_lower_case_words_stay_apart_from_people():
    rows = [["a1", "Jo Green", "", "Jo Green", 3], ["a2", "Greens", "", "the Greens", 2],
            ["a3", "Labour", "", "Labour", 2], ["a4", "Rachel Labour", "", "", 1], ["a5", "labour unions", "", "", 1]]
    names = _names(rows)
    assert names["Jo Green"] == 3 and names["Labour"] == 2
    assert not any(n.lower() == "greens" and c > 2 for n, c in names.items())
