"""Reported speech without quotation marks: ``X said (that) …``, ``…, X said``, ``according to X, …``,
``X, who said …``, ``claims by X that …``; where a reported clause starts and where it ends."""

from __future__ import annotations

import re
import string
from bisect import bisect_right

from . import cue_stats
from .cues import CUE_SET as _CUE_SET
from .cues import CLAUSE_CUES, LONG_SENTENCE, CueMatch, near_cue
from .clauses import ASIDE_THAT, TRAILING_ATTRIBUTION
from .coordinated import object_not_clause
from .clauses import (
    _ACCORDANCE, _APPOS_START, _ASIDE_SUBJECT, _BARE_CLAUSE, _CALLED_ASIDE, _LATE_SUBJECT, _MAIN_VERB, _NAME_ASIDE,
    _NO_BARE, _SUB_LEAD, _SUB_SUBJECT, _SUBJECT_WORDS, PAST_MAIN_VERB, adjunct_tail,
)
from .lead_participle import lead_participle
from .lexicon import CLAUSE_ONLY, NOMINALS, TITLE_WORDS
from .noun_phrase import role_word
from .patterns import ACCORDING_LEAD, ADJUNCT_PAST_SUBJECT, ADJUNCT_SUBJECT, AS_LEAD, TAIL_TRIM, THAT, TIME_LEAD, TOLD_OBJ
from .rules import (
    _ADDED_OBJECT, _ADV_TAIL, _DATELINE, _HAS_VERB, _BAD_START, _CLAUSE_TOKENS, _FINITE, _HOW_CUES,
    _INVERTIBLE, _OBJECT_CUES, _PARTICIPLES, _PART_THAT, _PASSIVE, _PASSIVE_REPORT,
    _PREP_NP, _PROGRESSIVE, _QUANTITY, _RISKY, _SUBORDINATE, _TAIL_OK,
    _TOLD_TAIL, _WHO_BEFORE, _trim, _words, gerund_modifier, not_speaking,
)
from .rules import _HEAD_CUT, _QUOTE_CHARS, _WHITESPACE, _AtEnd
from .describe import PERSON_ROLES
from .lexicon import DOCUMENT_WORDS, PEOPLE_PLURALS
from .people import PLURAL_HEADS
from .promisers import LIKELY_TO, can_promise
from .subjects import trailing_np

_HOW = re.compile(r"\s+how\s+(?=\S)")
_DET_WORDS = re.compile(r"(?:it|the|a|an)\s+\S+\s+\S")
_THAT_WORD = re.compile(r"that\s+\S", re.IGNORECASE)
_TOLD_THAT = re.compile(r"^((?:\s+\S+){1,12}?)\s+(that|how|why|whether|what|when)\s+")
_STOP_PUNCT = re.compile(r"[.;:!?]")
_LEAD_THAT = re.compile(r"\s*that\s+")
_BY_OF = re.compile(r"\s+(?:by|of|from|about)\b")
_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still)\s+(?=[a-z]|(?-i:[A-Z][a-z]+\s+[A-Z]?[a-z]))")
_INTRO_PHRASES = re.compile(r"^(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|Meanwhile|However|But|Also|Then|"
                            r"When|While|Although|Though|Because|Since|Once|Until|Whereas|"
                            r"[A-Z][a-z]+ing)\b[^,]{0,60},\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*)?)+")


_THAT_AS_PRONOUN = re.compile(r"of\s|[a-z]+[’']s\s")
"""After ``X and that``: ``that`` stands for a noun (``the plan and that of its rival``, ``voters and that party's
members``), no second clause opens."""


_REJECTING = frozenset("""denied denies deny rejected rejects reject dismissed dismisses dismiss disputed disputes dispute
refuted refutes refute contested contests contest challenged challenges challenge questioned questions question
ridiculed ridicules mocked mocks""".split())
"""Verbs that meet another's words: ``denied his claim that …`` reports the claim, not the denier's words."""
_OTHERS_CLAIM = re.compile(r"\s+(?:the|his|her|their|its|an?|[A-Z][\w’'-]*(?:’s|'s))\s+(?:[\w-]+\s+){0,2}?(?:claims?|"
                           r"allegations?|suggestions?|notion|idea|assertions?|accusations?|charges?|reports?|"
                           r"rumou?rs?|speculation|contention|theory)", re.IGNORECASE)
"""The claim a rejecting verb meets, before ``that`` (``denied the allegation``, ``rejected Roe's suggestion``)."""


def _that_start(post: str, m: re.Match, cue: str = "") -> int | None:
    """Where the clause after ``said that`` starts: after ``that``, unless ``that`` is the clause's subject (``said
    that was not good enough``: an auxiliary follows it) or a relative pronoun inside the clause (``said belongings
    that were not claimed would be stored``, ``said police traced a car that was seen …``: a verb follows it and the
    words before it are no adjunct), when the clause starts right after the cue."""
    if (tail := m.group("tail")) and cue.lower() in _REJECTING and _OTHERS_CLAIM.fullmatch(tail):
        return None  # "denied his claim that …": the claim's words, not the denier's (its owner's, see owned_claims)
    if post.startswith(("was ", "is ", "would ", "will ", "had ", "has "), m.end()) and not m.group("tail") \
            and _AUX_START.match(post, m.end()):
        return post.rfind("that", 0, m.end())
    tail = m.group("tail")
    if tail and tail.endswith((" and", " but")) and tail.count(" ") >= 4 and not _ADJUNCT_TAIL.match(tail):
        return len(post) - len(post.lstrip())  # "said the budget was short and that …": two clauses, from the first
    if tail and tail.endswith(" and") and cue in _CLAUSE_VERBS and _THAT_AS_PRONOUN.match(post, m.end()):
        return len(post) - len(post.lstrip())  # "said the plan and that of its rival were …": 'that' stands for a noun
    if tail and cue in _CLAUSE_VERBS and _TAIL_VERB.search(tail) and not _ADJUNCT_TAIL.match(tail):
        return len(post) - len(post.lstrip())  # "said the faults pointed to a network that needed …": a clause already
    if tail and not _ADJUNCT_TAIL.match(tail):
        relative = _AUX_START.match(post, m.end()) or _RELATIVE_PAST.match(post, m.end())
        if (relative and cue in _CLAUSE_VERBS) or ((relative or (cue in _CLAUSE_VERBS and _PAST_WORD.match(
                post, m.end()))) and (cue in _CLAUSE_VERBS or cue in _OBJECT_TOO) and _LATER_VERB.search(
                post, post.find(" ", m.end() + 1) + 1 or len(post), _clause_end(post, m.end())) is not None):
            # "confirmed waste that was to be shipped home will be stored here", "said farmers that planted wheat
            # early would be paid": a verb of its own after the relative clause (not "confirmed the arrest of a
            # man that was wanted": an object)
            return len(post) - len(post.lstrip())
    return m.end()


_TAIL_VERB = re.compile(r"\s(?!(?:the|a|an|his|her|its|their|our|my|to|of|by|in|on|at|for|with|from|and|or|that|this|these|"
                        r"those|so-called|newly|recently|widely|long|much|well|little|highly)\s)[a-z’'-]+\s+"
                        r"(?!(?:hundred|speed|need|feed|seed|red|shed|bed|bred|creed|greed|weed|breed)\b)[a-z]{2,}ed\b")
"""A past verb after a word that opens no noun phrase (``the faults pointed``, ``the shooting showed``): the words
between a cue and ``that`` are a clause of their own, and ``that`` opens a clause inside it."""
_CLAUSE_VERBS = frozenset({"said", "says", "say", "added", "adds", "argued", "argues", "insisted", "insists",
                           "believes", "believe", "thinks", "think", "contended", "contends"})
"""Verbs whose object is a clause, not a noun phrase, so that the words between one and a relative ``that`` open it."""
_OBJECT_TOO = frozenset({"noted", "notes", "explained", "stressed", "claimed", "claims", "warned", "warns",
                         "acknowledged", "admitted", "conceded", "confirmed", "estimated", "predicted", "suggested",
                         "wrote", "writes", "maintained", "told", "tells"})
"""Cues whose object is a clause or a noun phrase (``confirmed a deal``, ``admitted mistakes``): a relative ``that``
opens the clause only when the clause has its own verb after it."""
_LATER_VERB = re.compile(r"(?<!\bto )\b(?:will|would|was|were|is|are|has|have|had|could|can|should|may|might|must)\b")
"""An auxiliary after the relative clause's first word: the clause's own verb (``to have been`` is none)."""
def _clause_end(post: str, start: int) -> int:
    """Where the words from ``start`` meet a comma or a stop, not a number's (200 characters on at most)."""
    stop = _CLAUSE_STOP.search(post, start, start + 200)
    return stop.start() if stop else min(len(post), start + 200)


_CLAUSE_STOP = re.compile(r"[;:!?]|[,.](?!\d)")
_PAST_WORD = re.compile(r"(?!(?:hundred|speed|need|feed|seed|red|shed|bed|bred|creed|greed|weed)\s)[a-z]{2,}ed\s")
"""A past verb of any kind after ``that`` (``that planted wheat``), read as one only when an auxiliary follows."""
_RELATIVE_PAST = re.compile(r"(?:(?!(?:hundred|speed|need|feed|seed|red|shed|bed|bred|creed|greed|weed)\s)[a-z]{2,}ed|"
                            r"bought|sold|made|took|won|lost|built|held|ran|brought|caught|sent|spent|wrote|left|kept|"
                            r"paid|owns|runs|holds|makes|employs|operates|serves)\s+"
                            r"(?:the|a|an|by|in|on|at|to|from|his|her|their|its|up|out|off|down|into)\s")
"""A past verb opening the words after ``that``: ``that bought units``, ``that collapsed in the storm``."""
_ADJUNCT_TAIL = re.compile(r"\s+(?:in|on|at|during|for|after|before|while|last|this|earlier|later|over|since|with|"
                           r"about|as|of|most|"
                           r"to|through|via|by|from|under|outside|inside|afterwards?|today|yesterday|tonight|again|also|then|"
                           r"now|once|repeatedly|"
                           r"(?-i:[A-Z][a-z]+day)|\w+ly)\b", re.IGNORECASE)
"""Words before ``that`` that are an adjunct of the cue (``said on Tuesday that``, ``said repeatedly that``)."""


def _last_comma(text: str) -> int:
    """Offset of the last comma in ``text`` that separates words, not the digits of a number (``1,800``) nor a place
    and its region before ``-based`` (``the Paris, France-based group``); -1 if none."""
    i = text.rfind(",")
    for _ in range(4):  # (a few steps back at most: a run of numbers costs no more than one)
        if not (i > 0 and i + 1 < len(text) and (text[i - 1].isdigit() and text[i + 1].isdigit() or (
                text[i - 1].isalpha() and _REGION_BASED.match(text, i + 1, i + 40)
                and _DET_PLACE.search(text, max(0, i - 40), i)))):
            break
        i = text.rfind(",", 0, i)
    return i


_REGION_BASED = re.compile(r"\s+(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\s")
"""The region after a place's comma in ``the Austin, Texas-based firm``, ``the Salem, Ore.-based chain``."""
_DET_PLACE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?$")
"""The article and the place before that comma (not ``Sales fell in Leeds, England-based analysts said``)."""


_TO_REACTION = re.compile(r"^[^,.;:!?“”\"]{0,60}?,?\s+to\s+(?:(?:loud|thunderous|warm|polite|scattered|nervous|"
                          r"some|a|standing|raucous|huge|big|long|rousing|sustained)\s+){0,3}(?:applause|cheers|"
                          r"laughter|ovation|boos|jeers|gasps|silence|murmurs|groans|nods)\b"
                          r"(?=\s*(?:[,.;:!?—–“”\"]|$|(?:from|and|that|as|in|at)\b))", re.IGNORECASE)
"""``told the crowd, to loud applause``: the words after "to" say how the audience took the words, no order (not
``told MPs to silence their phones``: a verb with its object)."""
_REACTION_THAT = re.compile(r"[^.;:!?“”\"]{0,40}?,?\s+that\s+|[^.;:!?“”\"]{0,40}?,\s+(?=(?:he|she|they|we|I|it)\s)")
"""``told the crowd, to loud applause, that …`` / ``…, to cheers, she would stay``: the reported clause after the
reaction."""


_DECLARE_CUES = frozenset({"declared", "declares", "declare", "declaring"})
_A_OBJECT = re.compile(r"\s+(?:a|an)\s")
"""``declared a state of emergency``: an indefinite object, what the act makes, not what was said."""
_ING_START = re.compile(r"[a-z]+ing\s")
"""A participle opening what follows an introductory phrase: that phrase was the main clause."""
_APPOSITION = re.compile(r"^([^,]{2,60}),\s*(?:an?|the|which|who)\b[^,]*,")
_LAST_WORD = re.compile(r"\w+$")
_COMMA = re.compile(r",\s+")
_SOURCE_NP = re.compile(r"\s*(?P<np>(?:(?:[A-Z]\.){2,}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Lt|Gen|Sgt|Prof|Inc|Corp|Co|Ltd|No)\.(?=\s)|(?<=[A-Za-z])\.(?=[a-z]{2,5}\b)|[^,.!?;:“”\"]){1,160}?)\s*(?:[,!?]|\.(?![a-z]{2,5}\b)|\s[-–—]+\s|—|$)")
"""The source after "according to", to a comma, the sentence's end or a dash ("according to the F.B.I. - …")."""
_NAME_ONLY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\.?(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\.?){1,3}")
"""A capitalised name of two to four words and nothing else (``Dean Fox``, ``Dr. Ann Lee``)."""
_DESCRIPTION_ONLY = re.compile(r"(?:its|his|her|their|our|the|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z][\w-]*)")
"""A description of a person and nothing else, ending at its head word: ``its manager``, ``the club's head coach``."""
_COLON_OPENING = re.compile(r":\s*[“‘\"«]")
"""A colon and the opening mark of a quotation after it (``said: “``); not a straight single mark, whose closing
mark cannot be told from an apostrophe (``saying: 'before I go …'`` inside a quotation in double marks)."""
_CLOSE_OF = {"“": "”", "‘": "’", '"': '"', "«": "»"}
"""The closing mark of each opening mark ``_COLON_OPENING`` finds."""
_VERB_FIRST = re.compile(r"(?:[a-z]+ed|knew|had|has|have|was|were|is|are|will|would|could|can|did|does|made|told|took|"
                         r"gave|found|saw|went|kept|left|paid|sold|won|lost|met|began|plans|wants|says)\s")
"""A verb opening a clause: the words before it were its subject."""
_QUOTE_MARK = re.compile(r"[“”\"]|''")
_JUDGING = frozenset({"quoted", "cited", "praised", "thanked", "blamed", "mocked", "criticized", "criticised"})
"""Verbs that end a reported clause ("… and praised his handling of the economy") without reporting one."""
_OWN_SPEAKER = re.compile(r"(?:(?:[A-Z][\w’'-]*\.?|de|van|von|al)\s+){1,5}(?:has\s+|had\s+|also\s+)?(?:said|says|told|"
                          r"added|argued|insisted|warned|noted|wrote|writes|claimed|stated|explained|announced)\b"
                          r"|(?:he|she|they|we|I)\s+(?:said|says|told|added|argued|insisted|warned|noted|wrote)\b")
"""A clause that opens with its own speaker and cue ("Jo Roe said …", "Mr. Roe told …", "she said …"), after a lead."""
_THAT_ACCORDING = re.compile(r"(?P<that>That|This)(?:’s|'s|\s+is|\s+was)\s+(?:all\s+)?according\s+to\s")
_SO_SAYS = re.compile(r"(?:(?:Or|And)\s+)?(?P<so>[Ss]o)\s+(?P<cue>says|said|claims|claimed|argues|argued|insists|insisted|"
                      r"writes|wrote|reports|reported)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
"""An inverted cue after "so", which stands for what the sentence before said: ``Or so says Jo Roe.``"""
_OR_SO_SAYS = re.compile(r",\s+or\s+so\s+(?P<cue>says|said|claims|claimed|argues|argued|insists|insisted|writes|wrote|"
                         r"reports|reported)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
"""The same cue after the clause it stands for: ``The plan is dead, or so says Jo Roe.``"""
_EVENT_NOUNS = frozenset({"fracas", "row", "dispute", "controversy", "feud", "spat", "clash", "furore", "furor",
                          "uproar", "outcry", "backlash", "scandal", "storm", "firestorm", "debate", "fight", "battle",
                          "crisis", "tension", "tensions", "trouble", "incident", "episode", "exchange", "rift", "standoff"})
"""Subjects that are events: they happen, and say nothing (``The row erupted …, calling …``)."""
_SUBORDINATE_AGENT = re.compile(r"\b(?:after|when|as|because|since|once|before|until)\s+(?P<np>(?:(?:the|a|an|his|her|their|its)\s+"
                                r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}))\s+(?:had\s+|has\s+)?"
                                r"(?:[a-z]+ed|ran|won|took|came|made|went|began|gave|told|sent|wrote|spoke|left|lost|held|"
                                r"became|broke|threw|chose|rose|fell|stood|struck|swore|hit|put|set|cut|quit)\b[^,]*,\s*$")
"""The subject of the clause a trailing participle follows: ``… after the tycoon entered the race,``."""
_COLON_ACCORDING = re.compile(r":\s+(?=According to\s)")
_EXPECTED_TO = re.compile(r"\s+(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+$")
"""``Roe is expected to say that …``: what someone will say, reported as speech (negated speech, ``would not say
whether …``, stays none)."""
_EXPECTED_CUES = frozenset("say argue tell announce warn claim insist".split())
_AND_THEN = _AtEnd(re.compile(r"\s(?:and|but|then|and\s+then|but\s+then)\s*$"), _WHITESPACE + string.ascii_lowercase,
                   words=2, last=lambda w: w in ("and", "but", "then"))
_COMMA_OR_END = re.compile(r"\s*(?:[,.]|$)")
_THAT_SPACE = re.compile(r"that\s")
_ASIDE_CUE = re.compile(r"^(?:\s+(?:him|her|them|me|us|reporters))?,\s+(?=\S)")
_INV_ASIDE = re.compile(r"\s+(?P<np>(?:(?:the|some|many|other|several)\s+)?(?:[a-z]+\s+)?[a-z]+s|"
                        r"the\s+(?:[a-z-]+\s+){0,2}[a-z]+|"
                        r"(?:the\s+)?(?:(?!(?:he|she|it|they|we|you|that|this|there|on|in|at|to|for|with|by|from|of|about|after|before|during|since|and|but|or)\s)[a-z][\w-]*(?<!s)(?<!ed)\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}(?:\s+and\s+others)?),\s+(?=\S)")
"""``Then, say analysts, …`` / ``…, says Mr Lakhani, …`` / ``…, said former governor Jim Doyle and others, …``: the
speaker right after an inverted cue in an aside."""
_CLAUSE_AFTER = re.compile(r",\s+(?!(?:who|which|whose|where|when|while|because|since|as|if|unless|although|though|"
                           r"after|before|so|a|an|the|his|her|their|its|and|but|or)\b)(?:[a-z]+\s+){0,2}"
                           r"(?:would|will|was|were|is|are|had|has|have|could|should|may|might|must|can)\b")
"""``…, warned Ann Lee, prices would fall``: a clause goes on after the speaker's comma (the cue is an aside)."""
_MAIN_AFTER_ASIDE = re.compile(r"\s*(?:(?:also|later|then|still|quickly|strongly)\s+)?[a-z]{3,}ed\s*[.!?;]")
"""A sentence's main verb alone after a relative clause's comma: "…, who wrote the plan, disagreed."."""
_ASIDE_HEADS = frozenset(PERSON_ROLES) | frozenset(DOCUMENT_WORDS)
"""Heads of a description that speaks in such an aside: "This, said the minister, was …", "…, argues the report, …"."""
_SUBJECT_ASIDE = re.compile(r"\s*(?:(?:The|A|An)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,4}),\s+"
                            r"(?:who|which|whose)\s"
                            r"[^,“”\"]*,\s*$")
"""``Tavish Okonkwo, who owns the shop next door, said the city …``: a subject and its relative clause before the
cue, never the content of an inverted "…, said the city"."""
_ASIDE_LEAD = re.compile(r"(?:(?:then|too|also|however|now|still|yet|and|but|so|meanwhile|moreover|instead|most|more|"
                         r"perhaps|above|all|in|short|fact|[a-z]+ly)[\s,]*)+", re.IGNORECASE)
"""Words before such an aside that only lead in (``Most importantly``, ``Locally, too``): not the content."""
_ADJUNCT_ASIDE = re.compile(r",\s+(?P<adj>(?:despite|after|before|with|without|given|because\s+of|unlike|like|"
                            r"during|since|until|in|on|at|for)\b[^,;:.“”\"]{2,80}),\s+(?=[a-z]|[A-Z])")
"""``said, despite four years of preparations, …``: an adjunct between commas opens the reported clause."""
_TO_CLAUSE = re.compile(r"\bto\s+[\"“‘]?[a-z]", re.IGNORECASE)
_AUX_TAIL = _AtEnd(re.compile(r"\s(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+|(?!(?:current|present|recent|actual|final|usual)ly\b)[a-z]+ly\s+)?$"),
                   _WHITESPACE + string.ascii_lowercase, words=2)
_WARNING_NOUN = re.compile(r"\s+(?:signs?|signals?|lights?|bells?|shots?|labels?|letters?|notices?|messages?|sirens?|"
                           r"systems?|flags?|triangles?|strikes?|period|track|order)\b")
"""``warning signs``, ``warning lights``, ``warning shots``: "warning" before the noun it names, not a participle of speech."""
_PLEDGING = frozenset({"vowing", "pledging", "promising"})
"""Participles of promising whose object is what is promised: ``is vowing to cut taxes``, ``…, pledging to
fight on``."""
_TO_VERB = re.compile(r"\s+(?P<to>(?:not\s+)?to\s+[\"“‘]?(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|"
                      r"him|them|me|us|some|all|any|every|each|no)\b|[a-z-]+[^s\W]s\b)[a-z][a-z-]*\s+[\"“‘]?\w)")
"""``to`` and the verb of what is promised, and a word after it (``to cut taxes``, ``not to run``); not a
determiner or a plural noun (``promising to the analysts``, ``promising to researchers``)."""


_AUX_START = re.compile(r"(?:would|will|could|should|might|must|may|can|cannot|had|has|have|was|were|is|are)\s+(?:not\s+|no\s+longer\s+)?"
                        r"(?:be|have|been|[a-z]+ed|[a-z]{2,})\b")
"""An auxiliary and a verb opening the rest of a clause (``… would be just 1%``)."""


_CALLED_ACT = re.compile(r"(?:(?:the\s+)?(?:police|cops|911|999|an?\s+ambulance|fire\s+department)(?=\s*(?:[.,;]|$|\s+(?:after|when|"
                         r"to|on|at|in|for|about|and|but)\b))|off\b|it\s+a\s+(?:day|night|career)\b|"
                         r"(?:a|an|the|another)\s+(?:\w+\s+)?(?:penalty|foul|timeout|time-out)\b|"
                         r"(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?=\s*(?:[,.;]|$)|\s+(?:last|this|on|yesterday|"
                         r"today|earlier|again|back|about|to\s+ask)\b(?!\s*[“\"])))", re.IGNORECASE)
"""What one calls that names or says nothing: the police, an ambulance, a penalty; calling it a day; a person rung up
(``When I called Roe last week``, with no name given)."""
_NAME_AND_RELATIVE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*,\s+(?:who|whose)\b[^,]*,\s*$")
"""``Calgary's Jo Roe, who scored twice,`` before a cue: a subject and its relative clause, never a statement."""
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "us", "me", "it", "you"})
_OBJECT_OPENERS = _OBJECT_PRONOUNS | {"the", "a", "an", "his", "their", "its", "our", "my", "this", "that"}
"""Words that open a verb's object: after a past tense ("vindicated her", "ended the case") a clause, not a noun."""
_DENY_CUES = frozenset({"denied", "denies", "deny"})
_DENIED_OBJECT = re.compile(r"\s+(?P<obj>(?P<np>(?:(?:the|these|those|any|all|such|both|his|her|their|its|earlier|"
                            r"previous|recent)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?(?:charges?|allegations?|accusations?|claims?|"
                            r"reports?|rumou?rs?|suggestions?|wrongdoing|involvement|responsibility)(?![\w’'-])"
                            r"(?:\s+(?:of|about|against|over)\s+[^,.;:!?“”\"()]{1,80}?(?=\s*[,.;:!?()]|\s+(?:(?:and|but)\s+"
                            r"[a-z-]+(?:ed|s)|through|after|before|when|while|as|in\s+(?:a|an|the|his|her|its|their))\s))?)"
                            r"(?!\s+(?:that|he|she|it|they|we|there|his|her|their|its|the|this)\s)|"
                            r"(?:ever\s+)?(?:having|being)\s+\w)")
"""What "denied" reports besides a clause: the charge denied, or having done it (``denied the allegations``,
``denies any wrongdoing``, ``denied having met him``), the noun phrase alone (not ``through a spokeswoman``);
never a thing withheld (``denied bail``, ``denied them entry``), nor a noun before its own clause (``denied
reports it had closed``: the clause is read)."""
_DEMONSTRATIVES = frozenset({"this", "these", "those"})
_DEMONSTRATIVE_OBJECT = frozenset("""in on at to about for with from during after before when while because as since until
over into through of and but or""".split())
"""Words after "said this" that make ``this`` the object (``said this in an interview``), not a clause's subject."""
_NOUN_TOO = frozenset({"state", "states"})
"""Cue words that modify a noun as often (``state media``, ``state officials``)."""
_STATE_NOUN_BEFORE = frozenset("""a an the this that these those each every another any no one two three both all its his her their
our my your whose of in across per swing home battleground border key member nation island early primary southern northern
western eastern neighbouring neighboring""".split())
"""Words before "state" that make it a noun (``a swing state``, ``in each state``), never the verb (``officials state``)."""
_STATE_NOUN_AFTER = re.compile(r"(?:[,.;:)!?]|[’']s|\s+(?:of|and|or))")
"""What follows "state" as a noun: punctuation, a possessive, "of", "and", "or" (``a swing state,``, ``state's``)."""


def _state_noun(st: str, cm) -> bool:
    """Is the cue "state"/"states" at ``cm`` a noun: after a determiner, a preposition or a modifier of places, or
    before punctuation, a possessive, "of", "and" or "or" (``a swing state, said …``)?"""
    before = st[max(0, cm.start() - 30): cm.start()].split()
    return (bool(before) and before[-1].lower() in _STATE_NOUN_BEFORE) or _STATE_NOUN_AFTER.match(st, cm.end()) is not None
_DESCRIBED_NAME = re.compile(r"\s*(?:The|A|An|His|Her|Their|Its|Our|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:’s|'s))\s+[^,“”\"]{1,60},\s+"
                             r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*,\s*$")
"""``The Opposition's agriculture spokeswoman, Nicola Centofanti,`` before a cue: a description and the name it
belongs to, the subject, never a statement."""
_NAME_APPOSITIVE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*,\s+[^,]{1,40},\s*$")
"""``Sen. Jo Roe, R-Utah,`` before a cue: a name and its short aside."""
_DETERMINER_END = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
_CLAUSE_OPENERS = (r"(?:that|if|whether|to|how|why|what|which|who|when|where|he|she|they|we|it|I|you|the|his|her|their|"
                   r"its|a|an|this|these|those|there|would|will|could|should|might|must|may|can|cannot|had|has|have|was|were|"
                   r"is|are)\b")
_AFTER_PREP = "".join(r"(?<=\b%s )|" % p for p in "at in on of for from with by near during outside".split())[:-1]
_LISTENER_REST = re.compile(r"(?:(?!%s)[\w’'.,&-]+\s+|(?:%s)(?:the|a|an|his|her|their|its|this|these|those)\s+){1,12}?(?=%s)"
                            % (_CLAUSE_OPENERS, _AFTER_PREP, _CLAUSE_OPENERS))
"""The rest of a listener's noun phrase after its determiner, up to the word that opens the reported clause."""
_ALLEGED_CLAUSE = re.compile(r"\s+(?=(?:the|a|an|his|her|their|its|this|that|police|(?-i:[A-Z]))(?:\s*[\w’'.-]+){0,5}?\s+"
                             r"(?:[a-z]+ed|knew|had|was|were|is|are|has|have|did|took|made|gave|told|said|sold|stole|hit|"
                             r"struck|kept|left|sent|fled|drove|ran|threw|shot|beat|paid|lost|failed|broke|caused)\b)")
"""After 'alleges': a subject (a noun phrase or a name) and its verb (``alleges the company knew …``)."""
_NOT_NOUN = r"(?!(?:but|and|or|nor|yet|so|he|she|they|it|we|you|him|them|us|me|this|that|these|those|as|is|was|has|its)\b)"
_ANTECEDENT = re.compile(r"(?:^|\s)(?P<np>(?:the|a|an|his|her|their|its|some|many|several|other|two|three|four|five)\s+"
                         r"(?:%s[a-z][\w’'-]*\s+){0,2}%s[a-z][\w’'-]*|%s[a-z][\w’'-]*s)\s*$" % ((_NOT_NOUN,) * 3))
"""A lower-case noun phrase ending the words before 'who' (``a sheriff``, ``residents``, ``two local farmers``)."""
_REL_GAP = re.compile(r"(?:^|[\s,])(?:which|that)\s+(?:[\w’'.-]+\s+){0,7}[\w’'.-]+\s*$")
"""``…, which officials`` before a cue: the reported clause is a relative clause missing its subject."""
_TELLS_STORY = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[a-z]+\s+)?(?:story|stories|tale|tales|"
                          r"history|truth|lie|lies|joke|jokes|fib|fibs|secret|secrets|anecdote|anecdotes)\b"
                          r"(?!\s+(?:commission|committee|panel|inquiry|tribunal)\b)")
"""What one tells that is no statement: a story, a tale, the truth, a lie, a joke."""
_WITH_AGENT = re.compile(r"(?:^|[\s,])[Ww]ith\s+(?P<np>(?:(?:the|a|an|his|her|their|its|some|many|several|both|two|three)\s+)?"
                         r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s*$")
"""``…, with the home secretary saying …``: the agent of a participle after 'with'."""
_QUOTED_AS = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+)?quoted(?:\s+(?:by|in)\s+[^,;:“”\"]{2,80}?)?"
                        r"\s+as\s*$")
"""``Jo Roe was quoted by IRNA as`` (before "saying"): the subject is the speaker, whoever quoted them."""


_GAIN_CUES = {"added", "adds", "add", "adding", "claimed", "claims", "claiming", "conceded", "concedes", "conceding",
              "admitted", "admits"}
"""Verbs of saying that also mean gaining or giving away something counted (a goal, points, a draw)."""
_ANONYMITY = re.compile(r"\s+(?:that\s+(?:his|her|their|its|the)\s+(?:full\s+|last\s+)?(?:name|identity|surname)s?\s+"
                        r"(?:not\s+be|be\s+withheld)|not\s+to\s+be\s+(?:named|identified))\b", re.IGNORECASE)
"""What a source asks that is a condition of the interview: ``asked that her name not be used``, ``asked not to be named``."""
_GLOSS_NOUNS = ("charge", "claim", "threat", "reference", "fact", "accusation", "allegation", "assertion", "suggestion",
                "remark", "sentiment", "criticism")
"""Nouns of the writer's gloss after a reported clause (``…, a charge the minister denied``)."""
_SPEAKER_ACT = re.compile(r",?\s+(?:and\s+(?:also\s+)?(?:apologi[sz]ed|thanked|declined\s+to|expressed|offered\s+(?:its|his|her|their)|"
                          r"extended\s+(?:its|his|her|their))|but\s+(?:(?:he|she|they)\s+)?(?:declined|refused)\s+to\s+"
                          r"(?:say|comment|elaborate|specify|discuss|disclose|reveal|confirm|name|identify|answer|be\s+drawn))\b")
"""What the speaker did after reporting a clause (``… and apologized for the inconvenience``, ``… and thanked
customers``, ``… but declined to say whether …``): no part of what was reported."""
_GLOSS_VERBS = frozenset("""denied denies deny rejected rejects reject disputed disputes dispute repeated repeats
reiterated reiterates echoed echoes withdrew withdrawn retracted retracts dismissed dismisses contested contests
acknowledged acknowledges made makes refuted refutes challenged challenges questioned questions verified confirmed
confirms contradicted contradicts welcomed shared voiced raised levelled leveled denounced condemned said says told
called""".split())
"""Verbs of a gloss in which the writer reports how a claim was met (``a charge the minister denied``, ``a claim she
later withdrew``, ``a fact Mr Roe said he had not known``)."""
_GLOSS_MODALS = frozenset("can cannot could would will should must may might".split())


def _inside_quotation(head: str) -> bool:
    """Whether ``head`` leaves a quotation open: a cut after it would fall inside the quoted words."""
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _writers_gloss(body: str, s: int, g: int, e: int) -> bool:
    """Whether the gloss noun ending at ``g`` opens the writer's comment on the clause ``body[s:e]`` (``…, a reference
    to …``; ``…, a claim she later withdrew``), not the speaker's own apposition (``…, a threat the country could not
    ignore``) nor words inside a quotation."""
    if _inside_quotation(body[s:g]):
        return False
    words = body[g:min(e, g + 80)].split()[:8]
    if body[g - 11:g].rstrip().endswith("reference") and words[:1] == ["to"]:
        return True
    for w in words:
        w = w.strip(",.;:”\"’'").lower()
        if w in _GLOSS_MODALS:
            return False
        if w in _GLOSS_VERBS:
            return True
    return False


_ADMIT_CUES = {"admitted", "admits", "conceded", "concedes", "claimed", "claims"}
_MODAL = re.compile(r"\s(?:would|will|could|should|might|must|can|may|cannot)\s")
"""``admitted another season without a trophy would not be tolerated``: a clause, not a goal conceded."""
_NAMED_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&.-]*)*\s+(?:is|are|was|were|has|have|had|"
                            r"will|would|can|could|says|said)\b")
_ADDED_TO = re.compile(r"\s+((?:[\w’'-]+\s+){1,8}?)to\s+(?:the|his|her|their|its|a|an|my|our)\b")
_LEAD_WORDS = {"in", "on", "at", "for", "by", "but", "however", "also", "meanwhile", "moreover", "still", "yet", "and",
               "so", "last", "this", "earlier", "later", "since", "after", "before", "during", "overall", "instead",
               "separately", "similarly", "additionally", "furthermore", "indeed", "now", "then", "today", "yesterday",
               "as", "with", "from", "under", "among", "nationally", "statewide", "altogether", "previously"}
"""Words that open an introductory phrase (``In addition, according to X, …``), not a clause's subject."""


_last_verb_search: tuple[str, int] = ("", -1)


_PREDICATE_AFTER_ASIDE = re.compile(r"(?!(?:and|or|but|which|who|whom|whose|as|including|while|although|though|"
                                    r"because|if|when|not)\b)(?:(?:also|then|later|soon|quickly)\s+)?[a-z]+(?:ed|s)\b|"
                                    r"(?:left|went|took|made|gave|came|won|lost|met|sent|kept|told|said|cut|put|set|ran|"
                                    r"began|sat|stood|held|got|walked|stayed|refused|declined|will|would|has|had|was|is)\b")
"""The verb of the main clause after a participle's aside (``Roe, saying she was tired, left the room``)."""


def _has_verb(post: str) -> bool:
    """``_HAS_VERB.search(post)`` as a truth value; the cues of a sentence ask it of the rest of the sentence after
    each, so a text that ends the one asked before is answered from that search when it can be (linear in a long
    sentence of cues)."""
    global _last_verb_search
    prev, at = _last_verb_search
    off = len(prev) - len(post)
    if post and off >= 0 and prev.endswith(post) \
            and not (off and (prev[off - 1].isalnum() or prev[off - 1] == "_") and (post[0].isalnum() or post[0] == "_")):
        # (the same characters, and the same word boundary where this text starts)
        if at < 0:
            return False  # no verb in the longer text, none in its end
        if at >= off:
            return True  # its first verb lies in this text
    m = _HAS_VERB.search(post)
    _last_verb_search = (post, m.start() if m else -1)
    return m is not None


TO_CUES = frozenset({"say", "tell", "add", "explain", "warn", "insist", "argue", "note", "claim", "announce", "ask",
                     "point out", "stress", "emphasize", "emphasise", "remind"})
TO_SAY = re.compile(r"(?:\b(?:went|go|goes|going|gone)\s+on|\b(?:continued|continues|continue|continuing)|\bwrote\s+in|\b(?:e-?mailed|phoned|rang|texted|messaged|"
                     r"called|wrote|interrupted|interrupts|interjected|interjects|intervened|rose|(?:cut|chimed|jumped|"
                     r"stepped|butted)\s+in|(?:stood|got)\s+up)|\b(?:took|takes|taking|take)\s+to\s+(?!(?:the\s+)?(?:streets?|roads?|skies|sky|air|waters?|"
                     r"seas?|hills|fields?|pitch|barricades|beach(?:es)?|ice|woods)\b)(?:[\w.-]+\s+){0,2}[\w.-]+|"
                     r"\b(?:is|are|was|were|been|be)\s+(?:always\s+|also\s+|very\s+|quite\s+)?(?:quick|careful|keen|eager|"
                     r"at\s+pains|right|correct)|\b(?:went|goes|go|going)\s+out\s+of\s+(?:his|her|their|its|my|our|the)\s+way|"
                     r"\b(?:took|takes|take|taking)\s+pains)\s+to\s+$")
"""A verb of going on, getting in touch or breaking in before "to say": what follows is reported ("went on to say",
"emailed to say", "interrupted to ask", "took to social media to say"); not "declined to say", "is expected to say", "took to the streets to
say" (a march, not words); after going on or being quick or careful to say it too ("continued to say", "was quick to point out", "went out of his
way to say", "is right to note")."""
_TRAILING_ATTRIBUTION = re.compile(r",\s+(?:(?:[\w’'.-]+\s+){1,6}(?:said|says|added|adds|told|explained|insisted|"
                                   r"argued|claimed|stated|noted|warned)\b|(?:said|says|added|told)\s+)[^,;]*$")
"""A speaker and a cue closing the sentence after a comma ("…, her lawyer said."): the sentence is theirs, the
"to say" inside it only part of what they report."""


_ABSTRACT_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism")
_AGENT_ABSTRACTS = frozenset({"opposition", "delegation", "prosecution", "defence", "defense", "presidency",
                              "majority", "minority", "audience", "administration", "management", "parliament",
                              "government", "commission", "organisation", "organization", "federation", "association",
                              "foundation", "coalition", "authority", "agency", "department", "ministry", "legislation",
                              "petition", "motion", "statement", "announcement", "union", "congregation", "constituency",
                              "committee", "charity", "university", "community", "agreement", "judgment", "judgement"})


def _agent_head(head: str) -> bool:
    """Can a lower-case nominal with this head name whoever spoke? Not an abstract noun after an inverted cue
    ("… acknowledged the limitation"), unless it names a body or a document ("the opposition", "the statement")."""
    return not head.endswith(_ABSTRACT_ENDS) or head in _AGENT_ABSTRACTS or head in NOMINALS or role_word(head)


_SUBJECT_VERB = re.compile(
    r"\s*(?:[a-z]{3,}s|he|she|they|it|we|I|[A-Z][a-z]+)\s+(?:[a-z]{2,}ed|fell|rose|grew|shrank|sank|won|lost|left|quit|"
    r"agreed|failed|worked|refused|declined|resigned|stayed|improved|slowed|collapsed)\s*[.!?]?\s*")
"""A clause of two words, a subject and its past-tense verb (``sales fell``, ``talks collapsed``, ``she resigned``)."""
_BARE_CUES = frozenset({"said", "says", "added", "adds", "explained", "noted", "reported", "reports", "confirmed",
                        "announced", "insisted", "stressed", "acknowledged", "admitted", "claimed", "wrote"})


_LISTENER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
_LISTENER_GROUPS = PEOPLE_PLURALS | PLURAL_HEADS | frozenset({
    "friends", "colleagues", "reporters", "journalists", "delegates", "listeners", "viewers", "readers", "jurors", "staff",
    "donors", "supporters", "investors", "analysts", "students", "guests", "fans", "crowds"})
"""Listeners named by a bare plural: ``he told friends``, ``told analysts on a conference call``."""
_LISTENER_END = re.compile(r"[.!?]?[”\"’]?\s*$")


def _listener_only(post: str) -> bool:
    """Whether the words after ``told`` up to the sentence's end (or a comma and a space) are a listener and no clause:
    a short phrase with no verb (``a BBC Radio Leeds phone-in Sunday``, ``BBC Radio 4's Today programme``, ``a crowd of
    3,000 in Derby``), so the clause before the comma is what was told (with no quotation after it: ``“…,” he told
    Jo Roe, “and …”`` is read by the rules for quotation marks)."""
    head = post[:160].split(", ", 1)[0].split("; ", 1)[0]
    if (end := _LISTENER_END.search(head)) is not None:
        head = head[: end.start()]
    words = head.split()
    # (a name or a determiner first: not "told us a whole lot more", "tells one joke about Trump", "tells the story of")
    return 0 < len(words) <= 9 and (words[0][:1].isupper() or words[0] in _LISTENER_DETERMINERS
                                    or words[0] in _LISTENER_GROUPS) \
        and _HAS_VERB.search(head) is None and not _QUOTE_MARK.search(post, 0, 300) and not _TELLS_STORY.match(post)


def _quotation_aside(pre: str) -> bool:
    """Whether ``pre`` (ending with a quotation's closing ``,”``) ends with a quotation set off by a comma or colon after
    words with no cue: ``a card in the window, “Back soon,”`` names what the card says, and a participle after it
    says what the card does, not what the sentence's subject says (but ``told the crowd, “…,” adding …`` is speech)."""
    tail = pre.rstrip()
    op = tail.rfind("“" if tail.endswith("”") else '"', 0, len(tail) - 2)
    if op <= 0 or not tail[:op].rstrip().endswith((",", ":")):
        return False
    return not any(w.lower() in _CUE_SET for w in tail[max(0, op - 200): op].split())


class ReportedSpeech:
    """The reported-speech rules of the extractor (mixed into it: they use its speaker and add methods)."""

    @staticmethod
    def promise_of(cue: str, post: str, clause: int, got: tuple) -> bool:
        """Whether a clause after ``cue`` stands as said by ``got``: not ``promising to …`` after a subject that
        cannot promise (``the sky was clearing, promising to make the final a dry one``)."""
        if cue != "promising" or not post.startswith(("to ", "not to "), clause):
            return True
        return can_promise(got[0] or got[1] or "")

    def clause_after(self, cue: str, post: str, pledge: bool = False) -> int | None:
        """Offset in ``post`` where the reported clause starts, or None (``pledge``: a promise's ``to …`` counts,
        after "is vowing" or ", pledging")."""
        self.object_np, self.object_read = None, False
        if post[:1] == ":" and (cq := _COLON_OPENING.match(post)) is not None \
                and post.find(_CLOSE_OF[post[cq.end() - 1]], cq.end()) >= 0:
            return None  # "said: “They are right.”": a quotation of its own, read by the rules for quotation marks
        if post[:1] == "," and (aside := ASIDE_THAT.match(post)) is not None:
            return aside.end()  # "said, however, that …" / "said, in a statement released Friday, that …"
        off = 0
        if cue == "warning" and _WARNING_NOUN.match(post):
            return None  # "but warning signs persist": a noun, no speech
        if pledge and cue in _PLEDGING and (to := _TO_VERB.match(post)) is not None:
            if cue == "promising" and LIKELY_TO.match(post):
                return None  # "was promising to be one of the best": a likelihood
            return to.start("to")  # "is vowing to cut taxes": the promise, written as what will be done
        if cue in _HOW_CUES and (how := _HOW.match(post)) and _words(post[how.end():]) >= 3:
            return how.end()  # "reports described how officials were urging …"
        if cue in _GAIN_CUES and ((_ADDED_OBJECT.match(post) and not (cue in _ADMIT_CUES and _MODAL.search(
                post.split(",")[0]))) or (not THAT.match(post) and (
                not _has_verb(post) or ((to := _ADDED_TO.match(post)) and not _HAS_VERB.search(to.group(1)))))):
            # "each added a goal", "the DAX added 0.1 per cent", "added a defenceman", "added the trophy to his
            # list", "claimed a draw", "conceded a penalty": adding or scoring, not speaking
            return None
        if cue in _DECLARE_CUES and _A_OBJECT.match(post) and not _HAS_VERB.search(head := post.split(",")[0]) \
                and not _QUOTE_MARK.search(head):
            # "declared a state of emergency", "declared an outbreak": an act, no statement (but "declared a
            # ''moral equivalent of war''" quotes the words declared)
            return None
        if cue in ("asked", "asks", "requested") and _ANONYMITY.match(post):
            return None  # "who asked that her name not be used": a condition of the interview, no statement
        if cue in ("called on", "calls on") and not _TO_CLAUSE.search(post):
            return None  # "England called on Jonny Wilkinson": picked, not asked to do anything
        if cue in _OBJECT_CUES:
            self.object_read = True  # (what it reports is an object: a participle after it and a comma is read alone)
            rest = post.lstrip()
            if cue in ("called", "calls") and _CALLED_ACT.match(rest):
                return None  # "called the police", "called a snap election", "called it a day": not naming anyone
            if cue in ("called", "calls") and (_NAMED_SUBJECT.match(rest) or _NAME_ASIDE.match(rest)):
                # "A group called Fair Share is ramping up …" / "The drug, called Zentrol, is …": a name, then
                # the sentence's own verb or the end of the aside
                return None
            if cue in ("called", "calls") and (not rest or rest.split()[0].lower() in (
                    "to", "in", "up", "back", "off", "for", "on", "out", "it", "the", "a", "an", "and", "by", "time")):
                if not _DET_WORDS.match(rest) or rest.split()[0].lower() in (
                        "to", "in", "up", "back", "off", "for", "on", "out", "and", "by", "time"):
                    return None
            if _THAT_WORD.match(rest):  # "proposed that the centre be closed"
                rest = rest[4:].lstrip()
            return len(post) - len(rest) if _words(rest) >= 2 else None
        if cue in ("told", "tell", "tells", "telling") and _TELLS_STORY.match(post):
            return None  # "The film tells the story of …": narrating, not reporting speech
        if cue in ("told", "tell", "tells", "telling", "informed") and (r := _TO_REACTION.search(post, 0, 160)):
            # "told the trustees, to loud applause.": how the words were received, no instruction; a clause may
            # still follow ("told the crowd, to cheers, that the strike would go on")
            if (rt := _REACTION_THAT.match(post, r.end())) is not None and _words(post[rt.end():]) >= 3:
                return rt.end()
            return None
        if cue in ("told", "tell", "tells", "telling", "informed"):
            m = _TOLD_THAT.match(post)
            if m and not _STOP_PUNCT.search(m.group(1)):
                off = m.end() if m.group(2).lower() == "that" else m.start(2)
                return off if _words(post[off:]) >= 3 else None
        if cue in ("told", "tell", "tells", "telling", "asked", "urged", "warned", "informed"):
            if (t := TIME_LEAD.match(post)).end() and (lt := _LEAD_THAT.match(post, t.end())) is not None:
                return lt.end() if _words(post[lt.end():]) >= 3 else None  # "warned last week that …": no listener
            m = TOLD_OBJ.match(post)
            if not m:
                return None
            off = m.end()
            if _DETERMINER_END.search(post, 0, off) and (nxt := _LISTENER_REST.match(post, off)) is not None:
                # "telling the court his client …", "told a packed crowd in Windham that …": the listener's noun
                # phrase runs on to the word that opens the reported clause
                off = nxt.end()
                if post.startswith("that ", off):
                    off += 5
            rest = post[off:]
            if cue == "warned" and _AUX_START.match(rest) and _words(post[: off]) <= 4:
                # "warned growth would slow": no listener, the words before the auxiliary are the clause's subject
                off = len(post) - len(post.lstrip())
                return off if _words(post[off:]) >= 3 else None
            m2 = _LEAD_THAT.match(rest)
            if m2:
                off += m2.end()
            elif rest[:1].islower() and (adj := ADJUNCT_SUBJECT.match(" " + rest)) is not None:
                off += adj.end() - 1  # "told reporters after the hearing the judge had been unfair"
            elif rest[:1].islower() and rest.split(None, 1)[0] not in _SUBJECT_WORDS \
                    and (late := _LATE_SUBJECT.match(rest)) is not None:
                off += late.end()  # "told the jury on Monday he had been treated unfairly": the listener goes on
            return off if _words(post[off:]) >= 3 else None
        if (cue in _RISKY or cue in CLAUSE_CUES) and cue not in cue_stats.BARE_CLAUSE:
            m = THAT.match(post)  # "claimed in an interview with the News that …", not "claims by X that"
            if m is None and cue not in _NO_BARE and (b := _BARE_CLAUSE.match(post)) is not None:
                return b.end()  # "KTV reports the plant will close": a subject and its auxiliary make a clause
            if m is None and cue in ("alleges", "allege", "alleged") and (b := _ALLEGED_CLAUSE.match(post)) is not None:
                return b.end()  # "The lawsuit alleges the company knew …": a subject and a past-tense verb
            if m and cue in _NOUN_TOO and any(w.lower() in _CUE_SET for w in m.group("tail").split()):
                return None  # "state media reported that …": a noun, and the cue of the clause comes later
            start = _that_start(post, m, cue) if m and not _BY_OF.match(post) else None
            if start is None and cue in _DENY_CUES and (d := _DENIED_OBJECT.match(post)) is not None:
                # (its end is the reported words' end: the noun phrase, or "having …" up to a comma)
                np = d.group("np") or post[d.start("obj"):].split(",", 1)[0]
                self.object_np, self.object_read = np, True
                return d.start("obj")  # "denied the allegations", "denies any wrongdoing", "denied having met him"
            return start
        m = THAT.match(post)
        if m:
            return _that_start(post, m, cue)
        if cue in CLAUSE_ONLY:
            return None
        m = _ADJUNCT_ASIDE.match(post) or _ASIDE_SUBJECT.match(post)
        if m and _words(post[m.end():]) >= 3:
            return m.start("adj")  # "It said, despite four years of work, some councils were not ready"
        m = ADJUNCT_SUBJECT.match(post) or ADJUNCT_PAST_SUBJECT.match(post)
        if m and _words(post[m.end():]) >= 3:
            return m.end()
        m = TIME_LEAD.match(post)
        off = m.end() if m else 0
        rest = post[off:]
        ws = rest.strip().split()
        quantity = _QUANTITY.match(rest) is not None  # "reported at least six boats …", "said about half …"
        if len(ws) == 2 and cue in _BARE_CUES and _SUBJECT_VERB.fullmatch(rest) is not None \
                and ws[0].lower() not in _BAD_START:
            return off + (len(rest) - len(rest.lstrip()))  # "said sales fell.": a subject and its verb, a statement
        if len(ws) < 3 or (ws[0].lower().strip(",") in _BAD_START and not quantity) or rest.lstrip()[:1] in (",", ".", ";"):
            return None
        if ws[0].lower() in _DEMONSTRATIVES and (ws[1].lower() in _DEMONSTRATIVE_OBJECT or not ws[1][-1:].isalpha()):
            return None  # "said this in an interview": the words said, then where; not "said this is a mistake"
        return off + (len(rest) - len(rest.lstrip()))

    @staticmethod
    def subject(sentence: str) -> str | None:
        """The subject of a sentence's main clause: the words before its first finite verb."""
        text = sentence
        if (d := _DATELINE.match(text)) is not None:
            text = text[d.end():]
        if (c := _LEAD_CONJUNCTION.match(text)) is not None:
            text = text[c.end():]  # "But the other candidate, …, drew": a conjunction, not an introductory phrase
            text = text[:1].upper() + text[1:]
        m = _INTRO_PHRASES.match(text)
        if m and not _ING_START.match(text, m.end()):
            # (not "Housing Minister Jo Roe defended the bill, saying …": the main clause then a participle)
            text = text[m.end():]
        app = _APPOSITION.match(text)
        if app:
            return app.group(1)
        v = _FINITE.search(text)
        if not v or v.start() > 80:
            return None
        return text[: v.start()]

    # "(?:\s+[—–]\s+|,?\s+)" written to start with a character set, which re skips to: the same matches
    _COORD = re.compile(r"[\s,](?:(?<=\s)\s*[—–]\s+|(?<=,)\s+|(?<=\s)\s*)(?:and|but|though|although|while)\s+(?P<subj>(?:he|she|they|it|"
                        r"(?:(?:the|other|some|many|most|several|his|her|their)\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}|"
                        r"(?:other|some|many|most|several)\s+[a-z]+|[a-z]{3,}(?<!ss)(?<!ous)(?<!is)s)\s+)?(?:also\s+|then\s+|later\s+)?"
                        r"(?:said|says|say|noted|notes|added|adds|argued|argues|argue|warned|warns|warn|insisted|insist|explained|"
                        r"called|calls|urged|urges|predicted|predicts|accused|accuses|promised|promises|vowed|"
                        r"vows|pledged|announced|announces|demanded|demands|told|tells|asked|asks|claimed|claims|suggested|"
                        r"suggests|stressed|acknowledged|admitted|conceded|questioned|denied|maintained|reported|"
                        r"quoted|cited|praised|thanked|blamed|mocked|criticized|criticised|"
                        r"caution(?:ed|s)(?=\s+that\b))\b")

    _PARTS = (r"saying|adding|suggesting|noting|arguing|claiming|insisting|warning|telling|calling|vowing|promising|"
              r"urging|predicting|accusing|explaining|declaring|asking|asserting|questioning")
    # (written to start with a character set, which re skips to: "," or the blank after a word)
    _NEW_CLAUSE = re.compile(r"[,\s](?:(?<=,)(?:''|[”\"’])?\s+(?:while\s+(?=[^.;:,“”\"]{0,60}?\b(?:said|says|"
                             r"told|tells|argued|argues|countered|insisted|wrote)\b)|(?:and|but|although|though|whereas)\s+(?!that\b|also\b)(?=[A-Z]|the\b|"
                             r"a\b|an\b|his\b|her\b|their\b|its\b|human\b|many\b|some\b|other\b)|(?:(?:and|but|while)\s+)?(?:even\s+|also\s+)?"
                             r"(?P<part>" + _PARTS + r")\b)|(?<=[\w”\"’]\s)\s*(?:and|but|while)\s+(?P<part2>" + _PARTS + r")\b)")
    """Where a reported clause ends: ``, though Mrs. Fiorina said …``, ``, while the defence argued …``, ``,” claiming that …``,
    ``,'' adding that …``, ``and questioning how …``, ``but warning that …``."""

    _DASH_ASIDE = re.compile(r"\s+(?:—|--|–)\s+(?:an?|the|which|who|including|something|one|part)\b")
    _ASIDE_TAIL = re.compile(r",\s+(?:pointing\s+to|referring\s+to|citing|even\s+as|whose|who|according\s+to|however|despite|"
                             r"in\s+spite\s+of|an?\s+(?:charge|claim|threat|reference|fact|accusation|allegation|assertion|"
                             r"suggestion|remark|sentiment|criticism)\s+(?=(?:that|which|to|the|his|her|their|its|he|she|they|"
                             r"(?-i:[A-Z])[\w’'.-]*)\s))\b")
    """``…, pointing to his record`` / ``…, whose son was killed`` / ``…, who has been outspoken`` / ``…, according to
    Politico`` / ``…, a charge the minister denied`` / ``…, a reference to …``: an aside of the writer's, not the
    speaker's."""

    _NEXT_ATTRIBUTION = re.compile(r",[”\"]?\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){1,4}(?:said|says|added|adds|wrote|writes|replied|"
                                   r"answered|told\s+[\w ]{1,30}?)\s*[:,]\s*[“\"]")
    """``…, Trump said: “`` inside a clause: another attribution and its quotation begin; the clause ends there."""

    def _aside_end(self, s: int, e: int) -> int:
        """Where a participle's aside between a subject and its verb ends (``Roe, saying she was tired, left``): at the
        first comma after three words or more that the main clause's verb follows; ``e`` if none does."""
        comma = self.body.find(", ", s, e)
        for _ in range(8):  # (a few commas at most: linear in a long sentence)
            if comma < 0:
                return e
            if _words(self.body[s:comma]) >= 3 and _PREDICATE_AFTER_ASIDE.match(self.body, comma + 2):
                return comma
            comma = self.body.find(", ", comma + 2, e)
        return e

    def clause_end(self, s: int, e: int) -> int:
        """Where the reported clause starting at ``s`` ends, at most at ``e`` and never more than ``LONG_SENTENCE``
        characters on (a sentence of many cues with no full stop is read cue by cue, each near itself)."""
        e = min(e, s + LONG_SENTENCE)
        np_end = 0
        if self.object_np and self.body.startswith(self.object_np, s):
            # "denied the charges through his lawyer, saying …": the noun phrase; the clauses after it are read
            # on their own as after any reported words
            np_end, self.object_np = s + len(self.object_np), None
        text = self.body[s:e]
        if ("“" in text or '"' in text) and (nxt := self._NEXT_ATTRIBUTION.search(text)) and nxt.start() > 10:
            e = s + nxt.start()
            text = self.body[s:e]
        m = TAIL_TRIM.search(text)
        if m and m.start() > 10:
            e = s + m.start()
        aside = self._ASIDE_TAIL.search(self.body, s, e) if ", " in text else None
        if aside and aside.start() - s > 20 and (
                aside.group().split()[-1] not in ("despite", "of") or _words(self.body[aside.end(): e]) >= 4):
            if not aside.group().rstrip().endswith(_GLOSS_NOUNS):
                e = aside.start()  # (", despite objections" stays: only a long aside of the writer's ends the clause)
            elif _writers_gloss(self.body, s, aside.end(), e):
                self.pending.append((aside.end(), e, None))  # "…, a charge the mayor denied": read on its own for its cue
                e = aside.start()
        dash = self._DASH_ASIDE.search(self.body, s, e) if ("—" in text or "-" in text or "–" in text) else None
        if dash and _words(self.body[s: dash.start()]) >= 4:
            e = dash.start()  # "… on his watch — a controversial proposal he has raised": the writer's aside
        cut = self._NEW_CLAUSE.search(self.body, s, e)
        short = cut is not None and cut.start() - s <= 20
        comma_part = self.object_read and cut is not None and short and cut.group("part") is not None \
            and self.body[cut.start()] == "," \
            and _words(self.body[s: cut.start()]) >= 2 and not _QUOTE_MARK.search(self.body, s, cut.start())
        if cut and (not short or comma_part or (cut.group("part2") and _words(self.body[s: cut.start()]) >= 2
                                                and not _QUOTE_MARK.search(self.body, cut.end(), e))) \
                and _words(self.body[cut.end():e]) >= 3:  # ("calling them rapists and vowing to …": short, read alone)
            # (what follows a short clause is seldom a quote of its own: "… and accusing him of …"; but after a short
            # object a cue reports and a comma, ", saying …" is: "called for an inquiry, saying …"; not after the
            # object of a verb of disputing, "disputed the figure, saying …", whose words are the participle's)
            if (not short or comma_part) and (cut.group("part") or cut.group("part2")):
                g = "part" if cut.group("part") else "part2"
                self.pending.append((cut.start(g), e, (cut.group(g), self.out[-1] if self.out else None)))
            elif not short:  # "…, though Mrs. Fiorina said …": a clause with a subject of its own, read on its own
                self.pending.append((cut.end(), e, None))
            e = cut.start()
        act = _SPEAKER_ACT.search(self.body, s, e) if (" and " in text or " but " in text) else None
        if act and act.start() - s > 10 and not _inside_quotation(self.body[s:act.start()]):
            e = act.start()  # "said the flight was cancelled and apologized for the delay": the speaker's own act
        c = self._COORD.search(self.body, s, e)
        if c and c.group("subj") and _LAST_WORD.search(c.group()).group() in _JUDGING:
            c = None  # "…, while Labour criticised …": another subject's judgement, not a clause of its own here
        if c and c.start() - s > 10:
            if c.group("subj"):
                self.pending.append((c.start("subj"), e, None))
            elif (verb := _LAST_WORD.search(c.group()).group()) not in _JUDGING:  # "…, and said …": the same speaker goes on
                self.pending.append((c.end(), e, (verb, self.out[-1] if self.out else None)))
            e = c.start()
        c = self._SECOND_SPEAKER.search(self.body, s, e) if (" say" in text or " said" in text) else None
        if c and c.start() - s > 10:
            self.pending.append((c.start("subj"), e, None))  # "…, and three-quarters said …": read on its own
            e = c.start()
        return min(e, np_end) if np_end else e

    _SECOND_SPEAKER = re.compile(
        r"(?:;\s+|,?\s+(?:and|but|while|whereas|after|compared\s+(?:with|to))\s+|,\s+(?=\d))"
        r"(?P<subj>(?:(?!(?:he|she|they|it|we|I|you|that|this|there|what|is|are|was|were|has|have|had|will|would|could|"
        r"should|can|may|might|must|did|does|do|not|to|who)\b)[\w’'%.-]+\s+){0,6}?"
        r"(?:\d[\w%.-]*|half|percent|per\s+cent|majority|minority|most|(?:one|two|three|four|five|six|seven|eight|nine)"
        r"\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten)|[a-z][\w’'-]*s|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*))"
        r"\s+(?:who\s+)?(?:also\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?(?:said|say|says)\b(?!\s+to\s)")
    """A second subject and its cue inside a reported clause (``…, and three-quarters said the same``, ``…, compared with
    64 percent who say …``, ``…; 26 percent of Democrats say …``, ``… but U.S. officials have said …``, ``…, and nearly
    three in five said …``, ``…, 39 have said …``): the first clause ends before it (not at ``…, 300 said to be from
    abroad``: a passive, no one speaks)."""

    def para_of(self, pos: int) -> int:
        """The index of the first paragraph that holds ``pos`` (its end too), 0 when none does (found by bisection)."""
        paras = self.paras
        starts = self.__dict__.get("_para_starts")
        if starts is None or len(starts) != len(paras):
            starts = self.__dict__["_para_starts"] = [s for s, _ in paras]
        k = bisect_right(starts, pos) - 1
        if k > 0 and pos <= paras[k - 1][1]:
            return k - 1  # (the end of one paragraph that is the start of the next)
        return k if k >= 0 and pos <= paras[k][1] else 0

    _NOUN_CUE = re.compile(r"\b(?:claims?|reports?|statements?|warnings?|suggestions?|assertions?|allegations?|"
                           r"comments?)\s+(?:by|from)\s+(?P<np>[^,.;:“”\"]{2,60}?)\s+that\s+", re.IGNORECASE)
    _AND_SAID = re.compile(r"[\s,](?:(?<=,)\s+|(?<=\s)\s*)(?:and|but|though|although|while)\s+(?:he|she|they|it)\s+(?:also\s+)?"
                           r"(?P<cue>added|said|noted|argued|insisted|warned|explained|stressed)\s+that\s+")
    """``“…,” said Priebus, though he added that …``: a reported clause after the quotation's attribution."""
    _AND_PARTICIPLE = re.compile(r",\s+(?:(?:before|after|while|then|and|also|later)\s+)?(?P<cue>adding|saying|arguing|noting|warning|insisting|claiming|suggesting|explaining|stressing|acknowledging|predicting|conceding|recalling|complaining|asserting)\s+(?:that\s+)?",
                                 re.IGNORECASE)

    def noun_cue(self, s: int, e: int, para: int) -> bool:
        """``… claims by X that CLAUSE, adding that CLAUSE2``: one quote per clause, both X's."""
        st = self.body[s:e]
        m = self._NOUN_CUE.search(st)
        if not m or m.group("np").split()[-1].lower() in _CUE_SET:
            return False
        if any(c.group().lower() in _INVERTIBLE for c in self.cues.finditer(st[: m.start()], s)):
            return False  # "Jo Roe said C, despite claims by X that …": the sentence's own cue comes first
        got = self.speaker(m.group("np"), s + m.start("np"), m.group().split()[0])
        if not got:
            return False
        cs = s + m.end()
        p = self._AND_PARTICIPLE.search(st, m.end())
        ce = s + p.start() if p else self.clause_end(cs, e)
        self.add(cs, ce, "indirect", m.group().split()[0], got, para=para)
        if p:
            self.add(s + p.end(), self.clause_end(s + p.end(), e), "indirect", p.group("cue"), got, para=para)
        return True

    _INV_NP = re.compile(r"^\s+(?!(?:on|in|at|during|last|this|late|early|earlier|after|before|yesterday|today|tonight)\s)"
                         r"(?![a-z]+ing\s)"
                         r"(?P<np>(?:(?:the|a|an|[a-z]+(?:-[a-z]+)*(?:’s|'s)?)\s+){0,6}?(?:(?:%s)\.\s+){0,2}"
                         r"[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:!?“”\"]{1,70}?|"
                         r"(?:the|a|an)\s+[a-z][^,.;:!?“”\"]{1,50}?)\s*(?=,|\.|$|\s+(?:on|in|at|last|this)\b)" % "|".join(TITLE_WORDS))
    _INV_REST = re.compile(r"(?:,\s+(?:an?|the|who|which|whose|his|her|their|its|[a-z]+ing|[a-z]+ed|\d|[A-Z][\w.-]*(?:’s|'s)|"
                           r"(?!and\b|but\b|or\b|said\b|says\b)[a-z]+)\b.*|"
                           r"\s+(?:on|in|at|last|this)\b(?:(?!\bthat\b)[^,;])*(?:,.*)?)?[\s.!?\"”]*$", re.DOTALL)
    """What may follow a speaker named after its content: an appositive, a time or place, the end."""
    _NP_LOWER = {"of", "the", "and", "for", "de", "van", "von", "a", "an", "at", "in"}

    def _name_like(self, np: str) -> bool:
        """``police Chief Mark Olsen`` / ``the state's health department``: a speaker after its content."""
        toks = np.split()
        if not toks or len(toks) > 8:
            return False
        k = 0
        while k < len(toks) and not toks[k][:1].isupper():
            if toks[k] in _CLAUSE_TOKENS or toks[k] in ("this", "these", "those", "there"):
                return False
            k += 1
        if k == len(toks):  # all lower case: "the company's spokesman", a short nominal (never a clause with its
            # object: "the findings vindicated her", "the ruling ended the case")
            return toks[0] in ("the", "a", "an") and len(toks) <= 5 and not any(
                t in _CLAUSE_TOKENS for t in toks) and toks[-1] not in _OBJECT_PRONOUNS and not any(
                t.endswith("ed") and u in _OBJECT_OPENERS for t, u in zip(toks[2:], toks[3:])) \
                and _agent_head(toks[-1])
        if k <= 4 and all(t[:1].isupper() or t.lower() in self._NP_LOWER for t in toks[k:]):
            return True
        # "lobbyist and GOP strategist Charlie Black": role words before a name that ends the phrase
        return len(toks) <= 7 and toks[-1][:1].isupper() and toks[-2][:1].isupper() and not any(
            t.lower() in _CLAUSE_TOKENS or t.lower() in ("this", "these", "those", "there") for t in toks)

    def appositive_speaker(self, pre: str, s: int, cue: str):
        """(speaker, end of the statement) for ``STATEMENT, NAME, DESCRIPTION`` or ``STATEMENT, DESCRIPTION, NAME``
        before a cue (``pre`` without the comma before the cue): the statement ends before the pair; the name
        (a capitalised segment) speaks. (None, 0) when the two segments are not a name and its description."""
        c2 = pre.rfind(",")
        c1 = pre.rfind(",", 0, c2) if c2 > 0 else -1
        if c1 <= 10:
            return None, 0
        first, second = pre[c1 + 1: c2], pre[c2 + 1:]
        if _words(first) > 6 or _words(second) > 8:
            return None, 0
        for seg, off in ((first, c1 + 1), (second, c2 + 1)):
            other = second if seg is first else first
            if seg.strip()[:1].isupper() and other.strip()[:1].islower() and other.split()[0] in _APPOS_START:
                got = self.speaker(seg, s + off, cue)
                if got:
                    return got, c1
        return None, 0

    def relative_quote(self, s: int, e: int, cm, rel, cue: str, para: int) -> int | None:
        """``X, who said CLAUSE, …``: add CLAUSE as X's and return where it ends, or None."""
        st = self.body[s:e]
        post = st[cm.end():]
        clause = self.clause_after(cue, post)
        said = post[clause:] if clause is not None else ""
        if (comma := said.find(",")) > 0 and _MAIN_AFTER_ASIDE.match(said, comma + 1):
            said = said[:comma]  # "Jo Roe, who wrote the plan, disagreed.": the aside ends at its comma
        if clause is None or object_not_clause(cue, said, _HAS_VERB):
            return None  # (a life, not a statement: "Jo Roe, who wrote the school song, …")
        head = st[: rel.start()].rstrip().rstrip(",")
        if not head:
            return None
        tail = trailing_np(head)  # "… thanked Ines Varga, who said": the noun right before 'who'
        got = self.speaker(head[tail[0]: tail[1]], s + tail[0], cue) if tail and head[tail[0]].isupper() else None
        if got is None and (ante := _ANTECEDENT.search(head)) is not None:
            # "… angered residents who say": the noun phrase right before 'who' is its antecedent
            got = self.speaker(ante.group("np"), s + ante.start("np"), cue)
        got = got or self.subject_speaker(head, s, cue)
        if tail and (got is None or len(got[1].split()) > 5):
            got = self.speaker(head[tail[0]: tail[1]], s + tail[0], cue) or got
        if not got:
            return None
        cs = s + cm.end() + clause
        ce = self.clause_end(cs, e)
        opens = not _HAS_VERB.search(head)  # the noun before 'who' is the sentence's subject: its verb comes later
        for m in _COMMA.finditer(self.body[cs:ce]):  # "…, who said C, said …": C ends at the main verb
            nxt = cs + m.end()
            lead = next((c for c in self.cues.finditer(self.body[nxt: min(ce, nxt + 40)], nxt)), None)
            if (lead is not None and _words(self.body[nxt: nxt + lead.start()]) <= 3) or _MAIN_VERB.match(self.body, nxt) \
                    or (opens and (PAST_MAIN_VERB.match(self.body, nxt) or _MAIN_AFTER_ASIDE.match(self.body, nxt))):
                ce = cs + m.start()  # (or "The minister, who says C, will meet …": C ends at the main clause's verb)
                break
        return ce if self.add(cs, ce, "indirect", cue, got, para=para) is not None else None

    def cue_free(self, s: int, e: int) -> bool:
        """Is ``body[s:e]`` a sentence ``indirect`` finds nothing in: no cue word, and none of the words the
        readings without one need (``claims by X that``, ``It was stated that``, ``according to``, ``As X said``)?"""
        body = self.body
        return not self.cues.any_in(s, e) and body.find(" that ", s, e) < 0 and body.find("ccording to", s, e) < 0 \
            and body.find("As ", s, e) < 0 and not body.startswith(("It", "This"), s, e)

    def indirect(self, s: int, e: int, para: int) -> bool:
        body = self.body
        st = body[s:e]
        if " that " in st and (" by " in st or " from " in st) and self.noun_cue(s, e, para):
            return True
        m = _PASSIVE_REPORT.match(st) if st.startswith(("It", "This")) else None
        if m and self.last is not None and para - self.last[1] <= 1:
            # "It was also stated that …": no agent, the speaker quoted just before goes on
            prev = self.last[0]
            cs = s + m.end()
            return self.add(cs, self.clause_end(cs, e), "indirect", m.group("cue"),
                            (prev.speaker, prev.mention, None, None, prev.role), floating=True) is not None
        m = _THAT_ACCORDING.match(st) if "ccording to" in st else None
        if m and (npm := _SOURCE_NP.match(st, m.end())) is not None:
            # "That's according to a new poll": "That" stands for what the sentence before said
            got = self.source_speaker(npm.group("np"), s + npm.start("np"))
            if got:
                return self.add(s + m.start("that"), s + m.end("that"), "indirect", "according to", got, para=para,
                                anaphor=True) is not None
        m = _SO_SAYS.match(st) if st.startswith(("Or so ", "So ", "And so ")) else None
        if m and (npm := _SOURCE_NP.match(st, m.end())) is not None and npm.group("np")[:1].isupper():
            # "Or so says Home Secretary Jo Roe.": "so" stands for what was said before, the speaker after the cue
            got = self.speaker(npm.group("np"), s + npm.start("np"), m.group("cue"))
            if got and got[0]:
                return self.add(s + m.start("so"), s + m.end("so"), "indirect", m.group("cue"), got, para=para,
                                anaphor=True) is not None
        m = _OR_SO_SAYS.search(st) if ", or so " in st else None
        if m and (npm := _SOURCE_NP.match(st, m.end())) is not None and npm.group("np")[:1].isupper():
            # "The budget is a disaster, or so says Mayor Jo Roe.": the clause before is what was said
            got = self.speaker(npm.group("np"), s + npm.start("np"), m.group("cue"))
            if got and got[0]:
                return self.add(s, s + m.start(), "indirect", m.group("cue"), got, para=para) is not None
        m = ACCORDING_LEAD.match(st) if "ccording to" in st else None
        colon = _COLON_ACCORDING.search(st) if m is None and ": According to" in st else None
        if colon:  # "It has not gone unnoticed: According to recent polls, C": the sentence after the colon
            s, st = s + colon.end(), st[colon.end():]
            m = ACCORDING_LEAD.match(st)
        if m and m.start("cue") > 0 and _NAME_ONLY.fullmatch(m.group("clause")):
            # "C, according to its manager, Dean Fox.": the name after the source is its holder, not a clause
            got = self.speaker(m.group("clause"), s + m.start("clause"), "according to")
            if got and got[0]:
                a0, a1 = _trim(body, s, s + len(st[: m.start("cue")].rstrip(" ,")))
                return self.add(a0, a1, "indirect", "according to", got, para=para) is not None
            m = None
        if m and m.start("cue") > 0 and (d := _DESCRIPTION_ONLY.fullmatch(m.group("clause"))) is not None \
                and d.group("head") in PERSON_ROLES:
            # "C, according to Dean Fox, its manager.": a description of the source, not a clause
            got = self.source_speaker(m.group("np"), s + m.start("np"))
            if got:
                a0, a1 = _trim(body, s, s + len(st[: m.start("cue")].rstrip(" ,")))
                return self.add(a0, a1, "indirect", "according to", got, para=para) is not None
        if m and not TRAILING_ATTRIBUTION.search(m.group("clause")) \
                and not _OWN_SPEAKER.match(st, m.start("clause")):  # (not "According to X, C, said Jo Bean.",
            # nor "According to figures released by the Treasury, Jo Roe said C": the clause has its own speaker)
            got = self.source_speaker(m.group("np"), s + m.start("np"))
            if got:
                cs, ce = s + m.start("clause"), self.clause_end(s + m.start("clause"), e)
                if st[:1] == "(":  # "(According to X, C.)": the aside's closing bracket is no part of C
                    ce = min(ce, cs + len(m.group("clause").rstrip(".!?)")))
                lead = st[: m.start("cue")].rstrip(" ,")
                f = self.add(cs, ce, "indirect", "according to", got, para=para)
                if f is not None and lead and lead.split()[0].lower() not in _LEAD_WORDS and (
                        _words(lead) >= 2 or (lead[:1].isupper() and _VERB_FIRST.match(m.group("clause")))):
                    # (one word before: a subject whose verb opens the clause, "Officials, according to the memo,
                    # knew …", not an adverb, "Overall, according to X, sales fell")
                    # "The company will cut 300 jobs, according to a memo, as it moves …": both parts
                    a0, a1 = _trim(body, s, s + len(lead))
                    f.fragments = [(a0, a1), (f.start, f.end)]
                    f.start = a0
                return f is not None
        m = AS_LEAD.match(st) if "As " in st else None
        if m and _words(m.group("clause")) >= 3:
            cue = m.group("cue").split()[0]
            got = self.speaker(m.group("np"), s + m.start("np"), cue)
            if got:
                cs = s + m.start("clause")
                return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
        done_to, found_any = 0, False
        if st[:1] in "ABDESOUWI" and (lead := lead_participle(self, s, e, para)):
            done_to, found_any = lead - s, True  # "After saying he would not run, Tom Hill …": the main clause's subject
        s0, st0 = s, st
        for cm in self.cues.finditer(st0, s0):
            if cm.start() < done_to:
                continue
            # a long sentence is read near each cue (its speaker, subject and clause), a short one whole
            s, near_end = near_cue(body, s0, e, s0 + cm.start(), s0 + cm.end())
            if s != s0 or near_end != e:
                st, cm = body[s: near_end], CueMatch(cm.start() - (s - s0), cm.end() - (s - s0), cm.group())
            if cm.group().lower() in _NOUN_TOO and cm.start() > 0 and (st[cm.start()].isupper() or _state_noun(st, cm)):
                continue  # "the United States", "Secretary of State": a name, no verb; "a swing state,": a noun
            cue = cm.group().lower()
            pre, post = st[: cm.start()], st[cm.end():]
            rel = _WHO_BEFORE.search(pre) if cue != "according to" and "who" in pre else None
            if rel and (end := self.relative_quote(s, near_end, cm, rel, cue, para)):
                # "Barkley, who said he votes Democratic, said …": the relative clause is a quote of
                # the noun before 'who'; the main clause may hold another
                done_to, found_any = end - s0, True
                continue
            if cue == "according to":
                comma = pre.rstrip().endswith(",")
                npm = _SOURCE_NP.match(post)
                if not comma and npm and _words(pre) >= 4 and "," not in pre and not self.cues.any_in(s, s + len(pre)) \
                        and _HAS_VERB.search(pre) and not _ACCORDANCE.search(npm.group("np")):
                    comma = True  # "Sales fell 8 per cent in March according to the trade body."
                if comma and npm:
                    got = self.source_speaker(npm.group("np"), s + cm.end() + npm.start("np"))
                    if got:
                        return self.add(s, s + len(pre.rstrip().rstrip(",")), "indirect", cue, got, para=para) \
                            is not None
                continue
            if cue in _EXPECTED_CUES and pre.endswith(" to ") and post.startswith(" that ") \
                    and (exp := _EXPECTED_TO.search(pre, max(0, len(pre) - 60))) is not None:
                pre = pre[: exp.start()] + " "  # "Roe is expected to say that …": Roe
            # (read near the cue: linear in a long sentence of cues)
            to_say = TO_SAY.search(pre, max(0, len(pre) - 120)) if cue in TO_CUES and pre.endswith("to ") else None
            if to_say is not None and _TRAILING_ATTRIBUTION.search(post, max(0, len(post) - 160)) is None:
                pre = pre[: to_say.start()].rstrip() + " "  # "Jo Roe emailed to say": the subject, then the cue
            if not pre.strip() or (_PASSIVE.found(pre) and not _PROGRESSIVE.found(pre + cue)) or not_speaking(pre, cue):
                continue
            if cue in ("called", "calls") and pre.rstrip().endswith(",") and _CALLED_ASIDE.match(post):
                continue  # "The process, called fracking, uses …": an aside naming the noun before it
            if cue in _PARTICIPLES and (pre.rstrip().endswith(",") or (
                    pre.rstrip().endswith((",”", ',"')) and pre.lstrip()[:1] not in "“\"‘" and "“" not in post
                    and '"' not in post and not _quotation_aside(pre))):
                # "…, saying C", and after a quotation's comma: "defended “New York values,” saying C" (with no
                # quotation after it, which the rules for quotation marks read)
                clause = self.clause_after(cue if cue in _GAIN_CUES or cue in _PLEDGING else "said", post, pledge=True)
                subj = self.subject(st)
                at = st.find(subj) if subj else 0
                if subj and subj.split()[-1].lower() in _EVENT_NOUNS \
                        and (sub := _SUBORDINATE_AGENT.search(pre)) is not None:
                    # "The fracas erupted after the tycoon entered the race, calling them …": an event says
                    # nothing, the subject of the clause the participle follows does
                    subj, at = sub.group("np"), sub.start("np")
                if clause is not None and subj:
                    got = self.subject_speaker(subj, s + max(at, 0), cue)
                    if got and not self.promise_of(cue, post, clause, got):
                        continue  # "Shares rose, promising to end the quarter on a high": a likelihood
                    if got:
                        cs = s + cm.end() + clause
                        ce = self.clause_end(cs, e)
                        if "," not in (lead := pre.rstrip()[:-1]) and _words(lead) <= 6 and subj.startswith(lead.strip()):
                            ce = self._aside_end(cs, ce)  # "Roe, saying she was tired, left the room": the aside
                        return self.add(cs, ce, "indirect", cue, got, para=para) is not None
                continue
            if cue == "saying" and "quoted" in pre[-120:] and (qa := _QUOTED_AS.search(pre, max(0, len(pre) - 120))) \
                    is not None \
                    and (clause := self.clause_after("said", post)) is not None:
                # "Jo Roe was quoted by the state news agency as saying …": the subject of "was quoted" speaks
                got = self.subject_speaker(pre[: qa.start()], s, "said")
                if got:
                    cs = s + cm.end() + clause
                    return self.add(cs, self.clause_end(cs, e), "indirect", "said", got, para=para) is not None
            if cue in _PARTICIPLES and (w := _WITH_AGENT.search(pre)) is not None \
                    and (clause := self.clause_after("said", post)) is not None:
                # "…, with the minister saying the plan was dead": the noun after 'with' speaks
                got = self.speaker(w.group("np"), s + w.start("np"), cue)
                if got:
                    cs = s + cm.end() + clause
                    return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
            if cue in _PARTICIPLES:
                # "X published an article on Sunday arguing that …": the participle's agent is the subject
                # but "a reference to the watchdog saying that …": the noun phrase before it is the agent
                lead = _PART_THAT.match(post)
                subj = self.subject(st) if lead and _words(pre) >= 4 else None
                prep = _PREP_NP.search(pre) if subj else None
                if prep:
                    got = self.speaker(prep.group("np"), s + prep.start("np"), cue)
                    if got:
                        cs = s + cm.end() + lead.end()
                        return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
                elif subj and len(subj) < cm.start():
                    got = self.subject_speaker(subj, s + max(st.find(subj), 0), cue)
                    if got:
                        cs = s + cm.end() + lead.end()
                        return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
            if _AND_THEN.found(pre) and (clause := self.clause_after(cue, post)) is not None:
                subj = self.subject(st)
                got = self.subject_speaker(subj, s + max(st.find(subj), 0), cue) if subj else None
                if got:
                    cs = s + cm.end() + clause
                    return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
            if pre.rstrip().rstrip("”\"’").endswith(",") and (cue in _INVERTIBLE or cue == "say") and cue != "told" \
                    and _words(pre) >= 4 and not _SUBJECT_ASIDE.match(pre) and not _NAME_AND_RELATIVE.match(pre) \
                    and not (_NAME_APPOSITIVE.match(pre) and not _HAS_VERB.search(pre)) and not _DESCRIBED_NAME.match(pre):
                # (a name and its aside are the subject, not content: "Sen. Jo Roe, R-Utah, said C")
                inv = self._INV_NP.match(post)
                if inv and _CLAUSE_AFTER.match(post, inv.end()):
                    inv = None  # the aside below: "In the long run, warned Ann Lee, prices would fall"
                if inv and self._name_like(inv.group("np")) and self._INV_REST.match(post, inv.end()) and (
                        inv.group("np")[:1].isupper() or any(c.isupper() for c in inv.group("np"))
                        or _COMMA_OR_END.match(post[inv.end():])):  # "said the turmoil at …" is a clause
                    got = self.speaker(inv.group("np"), s + cm.end() + inv.start("np"), cue, strict=False)
                    if got:
                        cs = s + (5 if _THAT_SPACE.match(st) else 0)
                        return self.add(cs, s + len(pre.rstrip()) - 1, "indirect", cue, got, para=para) is not None
            inv = _INV_ASIDE.match(post) if pre.rstrip().endswith(",") and (cue in _INVERTIBLE or cue == "say") else None
            if inv and (inv.group("np")[:1].isupper() or inv.group("np").split()[-1][:1].isupper()
                        or inv.group("np").split()[-1] in PLURAL_HEADS
                        or inv.group("np").split()[-1] in _ASIDE_HEADS) and _words(post[inv.end():]) >= 3:
                got = self.speaker(inv.group("np"), s + cm.end() + inv.start("np"), cue, strict=False)
                if got:
                    cs = s + cm.end() + inv.end()
                    f = self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para)
                    lead = pre.rstrip().rstrip(",")
                    if f is not None and not _ASIDE_LEAD.fullmatch(lead.strip()):
                        a0, a1 = _trim(body, s, s + len(lead))
                        if a1 > a0:
                            f.fragments, f.start = [(a0, a1), (f.start, f.end)], a0
                    return f is not None
            aside = _ASIDE_CUE.match(post)
            if aside and "," in pre and _words(post) >= 3 and (cue in _INVERTIBLE or (
                    cue not in _OBJECT_CUES and cue not in _PARTICIPLES and not cue.endswith("ing"))):
                # "The solution, the partner told them, was simple": the attribution is an aside
                comma0 = _last_comma(pre)
                got = self.speaker(pre[comma0 + 1:], s + comma0 + 1, cue)
                if got:
                    f = self.add(s, e, "indirect", cue, got, para=para)
                    if f is not None:
                        a0, a1 = _trim(body, f.start, s + comma0)
                        b0, b1 = _trim(body, s + cm.end() + aside.end(), f.end)
                        if a1 > a0 and b1 > b0:
                            f.fragments = [(a0, a1), (b0, b1)]
                    return f is not None
            pre_np = _ADV_TAIL.sub("", pre)
            if _PROGRESSIVE.found(pre + cue):  # "Clinton is calling for …": the subject without 'is'
                pre_np = _ADV_TAIL.sub("", _AUX_TAIL.sub(" ", pre))
            comma = _last_comma(pre_np)
            got = None
            tail_only = comma > 10 and (not post.strip(" .!?\"”") or _TAIL_OK.match(post) is not None or (
                cue in ("told", "tells") and (_TOLD_TAIL.match(post) is not None or (
                    pre_np.lstrip()[:1] not in _QUOTE_CHARS and _listener_only(post))))
                or adjunct_tail(pre_np[:comma], post))
            if tail_only:
                got = self.speaker(pre_np[comma + 1:], s + comma + 1, cue)
                if got is None and (cut := _HEAD_CUT.search(pre_np, comma + 1)) is not None:
                    # "…, two people familiar with the talks said": the head before its modifiers
                    got = self.speaker(pre_np[comma + 1: cut.start()], s + comma + 1, cue)
                end = comma
                if got is None and not pre_np[comma + 1:].strip():
                    # "…, Ian Hollis, the city engineer, said": a name and its description between commas
                    got, end = self.appositive_speaker(pre_np[:comma], s, cue)
                if got:
                    cs = s
                    if _THAT_SPACE.match(st):
                        cs += 5
                    return self.add(cs, s + end, "indirect", cue, got, para=para) is not None
            if gerund_modifier(cue, pre, post):
                continue
            clause = self.clause_after(cue, post, pledge=cue in _PLEDGING and _PROGRESSIVE.found(pre + cue))
            if clause is None:
                continue
            got = self.subject_speaker(pre_np, s, cue)
            if (sub := _SUB_SUBJECT.search(pre_np)) is not None:
                # "Prices rose as analysts said …": the cue's subject is the noun after the conjunction
                got = self.subject_speaker(sub.group("np"), s + sub.start("np"), cue) or got
            if not got or not self.promise_of(cue, post, clause, got):
                continue
            cs = s + cm.end() + clause
            if _AUX_START.match(body, cs) and not _REL_GAP.search(pre_np):
                continue  # "A merger announced Monday would turn …": a verb with no subject of its own, not a clause
            ce = self.clause_end(cs, e)
            if _REL_GAP.search(pre_np) and _AUX_START.match(body, cs) and (comma := body.find(", ", cs, ce)) > cs:
                ce = comma  # "The changes, which officials said will take effect soon, apply to …": the relative clause ends
            if _SUBORDINATE.match(st) or ((lead := _SUB_LEAD.match(st)) is not None and lead.end() <= cm.start()):
                # "While Ramos said that C, he appears …" / "Years after Clinton claimed that C, Obama won …": C ends
                # at the main clause
                comma = body.find(", ", cs, ce)
                if comma > 0 and _words(body[cs:comma]) >= 2 and _words(body[comma:ce]) >= 3:
                    self.pending.append((comma + 2, ce, None))  # the main clause may report speech too
                    ce = comma
            return self.add(cs, ce, "indirect", cue, got, para=para) is not None or found_any
        return found_any
