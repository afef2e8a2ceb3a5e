"""The names one political party goes by: ``the Tories``, ``the Conservatives``, ``the Conservative Party`` are one
speaker; so are ``Labour`` and ``the Labour Party``, ``Democrats`` and ``the Democratic Party``, ``the GOP``,
``Republicans`` and ``the Republican Party``.

Only whole names match (compared folded, without 'the', as :func:`.grouping.org_key` gives them): ``Labour MPs``,
``Tory sources``, ``some Democrats`` and ``House Republicans`` are some of the party's people, not the party.
Used by :mod:`.grouping` once per corpus, over the names that are no person's.
"""

from __future__ import annotations

_PARTIES = (
    ("conservative party", "conservatives", "tories", "tory party", "conservative and unionist party"),
    ("labour party", "labour"),
    ("liberal democrats", "lib dems", "liberal democrat party", "libdems"),
    ("green party", "greens"),
    ("scottish national party", "snp"),
    ("uk independence party", "ukip"),
    ("democratic party", "democrats", "dems"),
    ("republican party", "republicans", "gop", "grand old party"),
)

PARTY_KEY = {name: names[0] for names in _PARTIES for name in names}
"""Folded name of a party -> the key of its full name ('tories' -> 'conservative party')."""


def party_keys(keys) -> dict[str, str]:
    """{key: the key of the party it names} for the ``keys`` that name a party by another of its names."""
    return {k: PARTY_KEY[k] for k in keys if k in PARTY_KEY and PARTY_KEY[k] != k}
