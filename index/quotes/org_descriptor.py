"""An organisation named after a common noun that describes it: ``Environmental group Stand.earth``, ``Computer
giant IBM``, ``the advocacy group Canada Without Poverty`` -> the organisation's name alone, as a person's name is
given without the post before it."""

from __future__ import annotations

import re

_DESCRIBED_ORG = re.compile(
    r"(?:(?:The|the|A|a|An|an)\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|[a-z][a-z-]+\s+){0,2}"
    r"(?:group|giant|firm|company|organization|organisation|agency|charity|coalition|network|association|chain|"
    r"retailer|carmaker|automaker|drugmaker|lender|broadcaster|insurer|airline|developer|watchdog|think\s+tank|"
    r"non-profit|nonprofit|outlet|startup|start-up|conglomerate|regulator)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w.&’'-]*(?:\s+(?:of|for|and|the|[A-ZÀ-ÖØ-Þ][\w.&’'-]*)){0,6})")


def drop_org_descriptor(speaker: str) -> str:
    """``speaker`` without a describing phrase before an organisation's capitalised name (unchanged otherwise)."""
    if " " not in speaker:
        return speaker
    m = _DESCRIBED_ORG.fullmatch(speaker)
    if m is None or m.group("name").split()[-1].lower() in ("of", "for", "and", "the"):
        return speaker
    return m.group("name")
