"""Other words for the same post: "the skipper" is the captain, "the boss" the manager or chief executive,
"the premier" the prime minister, "the top doctor" the chief medical officer.

A description in speaker position ("the England skipper") looks for the named holder of its role under each
of these words as well as its own ("England captain Harry Kane"). Keys are a description's head word or its
last two words (a compound such as "top doctor" whose first word says which post); values are the role words
or phrases that name the same post, as news writes them in Britain, Canada and the United States.
"""

from __future__ import annotations

_GROUPS = (
    # sport
    ("skipper", "captain"), ("captain", "skipper", "capt."),
    ("boss", "manager", "head coach", "coach", "chief executive", "ceo", "chairman", "chair", "owner", "head"),
    ("gaffer", "manager", "boss", "head coach"),
    ("manager", "boss", "head coach"),
    ("coach", "head coach", "manager", "trainer"),
    ("keeper", "goalkeeper", "goalie", "goaltender"), ("goalkeeper", "keeper", "goalie", "goaltender"),
    ("goalie", "goaltender", "goalkeeper", "keeper"), ("goaltender", "goalie", "goalkeeper", "keeper"),
    ("striker", "forward"), ("forward", "striker", "winger", "centre", "center"),
    ("netminder", "goaltender", "goalie", "goalkeeper", "keeper"),
    ("defenceman", "defenseman", "blueliner", "defender"), ("defenseman", "defenceman", "blueliner", "defender"),
    ("blueliner", "defenceman", "defenseman"), ("winger", "forward"), ("centre", "forward", "center"),
    ("pilot", "captain", "capt.", "first officer", "co-pilot"), ("organiser", "organizer"), ("organizer", "organiser"),
    ("quarterback", "pivot", "qb"), ("pivot", "quarterback"), ("receiver", "wide receiver", "slotback"),
    # business and bodies
    ("chief", "chief executive", "ceo", "head", "commissioner", "chief constable", "director"),
    ("chief executive", "ceo"), ("ceo", "chief executive"),
    ("executive", "chief executive", "ceo", "president"),
    ("chairman", "chair", "chairwoman", "chairperson"), ("chairwoman", "chair", "chairperson"),
    ("chair", "chairman", "chairwoman", "chairperson"), ("chairperson", "chair", "chairman", "chairwoman"),
    ("businessman", "billionaire", "tycoon", "mogul", "entrepreneur", "executive"),
    ("businesswoman", "billionaire", "tycoon", "mogul", "entrepreneur", "executive"),
    ("billionaire", "tycoon", "mogul", "businessman", "businesswoman", "entrepreneur"),
    ("tycoon", "billionaire", "mogul", "businessman", "businesswoman", "entrepreneur"),
    ("mogul", "billionaire", "tycoon", "businessman", "businesswoman", "entrepreneur"),
    ("spokesman", "spokesperson", "press secretary"), ("spokeswoman", "spokesperson", "press secretary"),
    ("spokesperson", "spokesman", "spokeswoman", "press secretary"),
    # government and law
    ("premier", "prime minister", "first minister"), ("prime minister", "premier"),
    ("lawmaker", "senator", "congressman", "congresswoman", "representative", "legislator", "mp", "mpp", "mla",
     "assemblyman", "assemblywoman", "member of parliament"),
    ("legislator", "lawmaker", "senator", "congressman", "congresswoman", "representative", "mp", "mpp", "mla",
     "assemblyman", "assemblywoman"),
    ("congressman", "representative", "rep."), ("congresswoman", "representative", "rep."),
    ("representative", "congressman", "congresswoman", "rep."),
    ("senator", "sen."), ("governor", "gov."),
    ("lawyer", "attorney", "counsel", "solicitor", "barrister"), ("attorney", "lawyer", "counsel", "solicitor"),
    ("solicitor", "lawyer", "attorney"), ("barrister", "lawyer", "counsel"),
    ("prosecutor", "district attorney", "attorney general", "crown attorney", "crown prosecutor", "state's attorney",
     "crown counsel"),
    ("top prosecutor", "attorney general", "district attorney", "director of public prosecutions", "crown attorney"),
    ("judge", "justice"), ("justice", "judge"),
    ("officer", "constable", "sergeant", "trooper", "deputy", "agent"),
    # ranks and titles written abbreviated before a name ("Cpl. Jo Roe" is the corporal)
    ("corporal", "cpl."), ("sergeant", "sgt."), ("constable", "const.", "cst."), ("inspector", "insp."),
    ("detective", "det."),
    ("superintendent", "supt."), ("councillor", "coun.", "cllr"), ("lieutenant", "lt."), ("colonel", "col."),
    ("admiral", "adm."), ("commander", "cmdr."), ("professor", "prof."),
    ("top cop", "police chief", "chief of police", "commissioner", "chief constable"),
    ("top doctor", "chief medical officer", "chief public health officer", "medical officer of health",
     "chief medical adviser", "surgeon general", "health officer"),
    ("doctor", "physician", "surgeon", "medical officer", "health officer", "dr.", "dr"),
    ("physician", "doctor", "dr.", "dr"),
    ("top diplomat", "foreign minister", "foreign secretary", "secretary of state"),
    ("pontiff", "pope"), ("monarch", "king", "queen"),
    # culture
    ("star", "actor", "actress", "singer", "player", "striker", "rapper"),
    ("singer", "vocalist", "frontman", "frontwoman", "star", "singer-songwriter", "rapper"),
    ("actor", "star"), ("actress", "star"), ("frontman", "singer", "vocalist"),
    ("director", "filmmaker"), ("filmmaker", "director"), ("founder", "co-founder"), ("co-founder", "founder"),
)

ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {g[0]: g[1:] for g in _GROUPS}
"""A description's head word, or its last two words, -> the role words that name the same post."""

SYNONYM_HEADS = frozenset(k.split()[-1] for k in ROLE_SYNONYMS)
"""Head words of descriptions the table knows ("skipper", "boss", "doctor")."""


def same_post(np_words: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """(the compound the table knows, its role words) for a description's words in lower case ("the top
    doctor" -> ("top doctor", (…"chief medical officer"…))), else (None, the head word's) or (None, ())."""
    if len(np_words) >= 2:
        two = " ".join(np_words[-2:])
        if two in ROLE_SYNONYMS:
            return two, ROLE_SYNONYMS[two]
    return None, ROLE_SYNONYMS.get(np_words[-1] if np_words else "", ())
