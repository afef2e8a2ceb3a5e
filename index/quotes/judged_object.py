"""A quoted judgement of someone or something, said by the sentence's subject:

    Conservative Leader Pierre Delacroix accused the government of “losing control” of the budget.
    Former teammate Wendel Clarkson remembered him as “the toughest guy in the room.”

These verbs take an object and then ``of``/``as`` before the quoted words; they are speech only with the quotation
(``accused the government of waste`` stays narration). The quote runs from the object to the clause's end.
``labelled`` and ``branded`` also take the quoted words right after their object, the quote then ending with the
quotation: ``Campaigners labelled the ruling “a dark day for free speech”`` (not ``jars labelled “organic”``).
"""

from __future__ import annotations

import re

_FORMS = {"accus": ("accused", "accuses", "accusing"), "describ": ("described", "describes"),
          "remember": ("remembered", "remembers"), "prais": ("praised", "praises"), "brand": ("branded", "brands"),
          "dismiss": ("dismissed", "dismisses"), "label": ("labelled", "labeled", "labels"),
          "characteri": ("characterized", "characterised"), "slam": ("slammed", "slams")}
"""The verbs of judgement by their stems, and the forms of each that take an object and ``of``/``as``."""
_JUDGED = re.compile(
    r"\b(?P<cue>%s)\s+"
    r"(?P<obj>(?:[\w’'.,-]+\s+){0,7}?)(?:of|as)\s+(?:(?:being|having|a|an|the|its|their|his|her|\w+ing)\s+){0,2}[“\"]$"
    % "|".join(f for forms in _FORMS.values() for f in forms))
_BARE_FORMS = ("labelled", "labeled", "labels", "branded", "brands")
"""The verbs whose judgement can follow the object with no ``of``/``as`` (``labelled the ruling “a dark day”``)."""
_JUDGED_BARE = re.compile(
    r"\b(?P<cue>%s)\s+(?P<obj>(?:[\w’'-]+\s+){1,5}?)[“\"]$" % "|".join(_BARE_FORMS))
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that|what)\s+(?:[\w’'.-]+\s+){0,3}$", re.I)
_STEM_AT = re.compile(r"(?<=\s)(?:%s)" % "|".join(_FORMS))
_OF_AS_MARK = re.compile(r"\s(?:of|as)\s+(?:\S+\s+){0,2}[“\"]$")


def bare_judgement(m: re.Match) -> bool:
    """Is ``m`` a judgement quoted right after the object (``labelled the deal “an eye-opener”``): the quote ends
    with its quotation, not at the clause's end?"""
    return m.re is _JUDGED_BARE


_THINGS = frozenset("""bag bags bottle bottles box boxes can cans carton cartons case cases cell cells container
    containers crate crates drug drugs envelope envelopes file files folder folders food foods gene genes goods item
    items jar jars molecule molecules pack packs packet packets parcel parcels product products protein proteins sample
    samples shelf shelves specimen specimens tin tins tray trays tube tubes vial vials tablet tablets pill pills capsule
    capsules medicine medicines slide slides""".split())
"""Things labelled or branded in the literal sense: a tag on them, not a judgement of them."""


def literal_label(m: re.Match, quoted: str) -> bool:
    """Is a bare judgement's match ``m`` with the quoted words ``quoted`` a label or a name put on a thing
    (``labelled the blood bags “urgent”``, ``branded its new phone “the Nova”``, ``labelled the protein “X7”``)?"""
    words = m.group("obj").lower().split()
    if words and words[-1].strip("’'") in _THINGS:
        return True
    name = quoted.lstrip()
    name = name[4:] if name.lower().startswith("the ") else name
    return name[:1].isupper() or name[:1].isdigit()


def judged_object(before: str) -> re.Match | None:
    """The match (groups ``cue``, ``obj``) when ``before`` (the sentence up to and with the quotation's opening mark)
    ends in such a verb, its object and ``of``/``as``, else None."""
    if len(before) > 400 or before[-1:] not in "“\"":
        return None
    if _OF_AS_MARK.search(before, max(0, len(before) - 40)) is None:
        lo = max(0, len(before) - 60)
        at = max(before.rfind(" label", lo), before.rfind(" brand", lo))
        if at < 0 or _RELATIVE_BEFORE.search(before, max(0, at - 40), at + 1):
            return None  # (not "The people who Roe labels the new “threat” are …": its subject is no speaker)
        return _JUDGED_BARE.match(before, at + 1)
    low = before.lower()
    lo = max(0, len(before) - 140)
    # (each word opening with a stem, the last first: "accused the brand of “…”" is read at "accused", not "brand")
    for at in sorted((m.start() for m in _STEM_AT.finditer(low, lo)), reverse=True):
        m = _JUDGED.match(before, at)
        if m is not None and m.group("obj").strip():
            return m
    return None
