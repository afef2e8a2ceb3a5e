"""An organisation named after a common noun that describes it: ``Environmental group Stand.earth``, ``Computer
giant IBM``, ``the advocacy group Canada Without Poverty`` -> the organisation's name alone, as a person's name is
given without the post before it."""

from __future__ import annotations

import re

_HEADS = ("group", "giant", "firm", "company", "organization", "organisation", "agency", "charity", "coalition",
          "network", "association", "chain", "retailer", "carmaker", "automaker", "drugmaker", "lender", "broadcaster",
          "insurer", "airline", "developer", "watchdog", r"think\s+tank", "non-profit", "nonprofit", "outlet", "startup",
          "start-up", "conglomerate", "regulator", "utility", "operator", "housebuilder", "supermarket", "newspaper", "daily",
          "tabloid", "magazine", "weekly", "miner", "bank", "body", "lobby", "union", "federation", "consultancy",
          "provider", "manufacturer", "maker", "producer", "platform")
_OPENING_HEADS = ("Developer", "Operator", "Retailer", "Carmaker", "Automaker", "Drugmaker", "Lender", "Broadcaster",
                  "Insurer", "Housebuilder", "Regulator", "Watchdog", "Conglomerate", "Startup")
"""Heads that open a speaker's phrase capitalised and never begin an organisation's own name (unlike "Network",
"Group", "Utility")."""
_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&’'-]*(?:\s+(?:of|for|and|the|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&’'-]*)){0,6})"
_DESCRIBED_ORG = re.compile(
    r"(?:(?:(?:The|the|A|a|An|an)\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|[a-z][a-z-]+\s+){0,3}(?:%s)"
    r"|(?:%s))\s+" % ("|".join(_HEADS), "|".join(_OPENING_HEADS)) + _NAME)
"""A describing phrase and the organisation's name; a head opening the phrase is capitalised ("Developer Roe Homes")."""


def drop_org_descriptor(speaker: str) -> str:
    """``speaker`` without a describing phrase before an organisation's capitalised name (unchanged otherwise)."""
    if " " not in speaker:
        return speaker
    m = _DESCRIBED_ORG.fullmatch(speaker)
    if m is None or m.group("name").split()[-1].lower() in ("of", "for", "and", "the"):
        return speaker
    return m.group("name")
