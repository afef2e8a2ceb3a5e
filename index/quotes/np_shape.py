"""Shape checks for a speaker string: a noun phrase naming who spoke, never a clause fragment, a
possessive left hanging, a nominalisation or a phrase cut before its noun.

>>> shape_faults("David Wyss of Standard & Poor's in")
['ends-preposition']
>>> shape_faults("Scott's family")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import _DET, _ED_OK, _VERBISH, plain_words
from .gender import first_name_gender
from .lexicon import DOCUMENT_WORDS, PRONOUNS

MAX_WORDS = 10
"""A speaker phrase longer than this many words is a clause or a list, not a name."""

PREPOSITIONS = frozenset("""of in on at to for from by with about into onto over under after before during
against among between through without within via than like per across behind beyond near""".split())
CONJUNCTIONS = frozenset("and or but nor & as while when because if so that which who whom whose".split())
DETERMINERS = frozenset("""the a an this that these those his her its their our my your some any no every each
another""".split())
NOMINALISATIONS = frozenset("""claim claims reporting remarks remark comments comment promise promises assertion
assertions argument arguments suggestion suggestions insistence contention allegation allegations calling call
calls warning warnings prediction predictions response testimony account accounts view views position belief
hope hopes fear fears version words message admission denial complaint complaints criticism charge
charges pledge pledges vow vows explanation observation tweet tweets speech""".split())
"""Nouns that stand for what someone said ("Trump's claim that ..."): the act, not the speaker."""
DOCUMENTS = frozenset(DOCUMENT_WORDS) | {"ruling", "analysis", "letter", "filing", "post", "posts", "speech"}
ING_NOUNS = frozenset("""building meeting morning evening spokesperson ring king thing wing string spring
earning earnings funding hearing ruling briefing training housing marketing banking trading
polling nursing lobbying planning accounting engineering publishing broadcasting manufacturing
shipping farming mining fishing clothing catering sporting policing boxing wedding
offspring sibling siblings darling viking bing sterling filing filings ranking rankings recording recordings
reading finding findings listing gathering warning blessing""".split())
"""Lower-case -ing words that are nouns or parts of names, never a participle."""
FINITE = frozenset("""left upheld sought hit held kept met led put set ran bought brought caught fought taught felt
meant sent spent built paid sold stood understood struck quit intend intends try tries come comes show shows
accuses ends""".split())
"""Finite verb forms the general word lists miss (irregular pasts, present forms after a plural)."""
POSSESSIVE_NAMES = ("standard & poor's", "mcdonald's", "sainsbury's", "moody's", "foster's", "lloyd's", "sotheby's",
                    "christie's", "macy's", "kellogg's", "wendy's", "domino's", "hershey's", "dillard's", "parker's",
                    "claire's", "land's", "children's")
"""Names written as a possessive: "McDonald's said" is the company speaking."""
NICKNAME = re.compile(r"[A-Z][\w.'’-]*\s+[\"“][A-Z][^\"“”]*[\"”]\s+[A-Z][\w.'’-]*")
"""A nickname in quotation marks inside a name: 'Antonio "LA" Reid'."""
_QUOTES = set("\"“”„«»")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ALLCAPS = re.compile(r"^[A-Z][A-Z'’&.-]{2,}$")
_CAPS3 = re.compile(r"[A-Z][A-Z'’&.-]{2}")
"""Found in a phrase with a word ``_ALLCAPS`` matches (a necessary condition of the headline check)."""
_ACRONYM_OK = frozenset("""BBC NHS CNN USA UK US EU UN NATO FBI CIA ITV ABC CBS NBC NPR MSNBC CEO MP MSP MEP
AFP ONS IMF WTO OPEC NASA MTV NFL NBA FIFA UEFA RAF RCMP OPP TSB HSBC RBS CBI TUC BMA NUT GMB NUS
ICC IOC WHO CDC NRA ACLU GOP DNC RNC AP TODAY NYT WSJ DOJ DHS ISIS ISIL""".split())


def _bare(tok: str) -> str:
    return tok.strip(",.;:()[]!?").lower()


def shape_faults(phrase: str | None, mention: bool = False) -> list[str]:
    """Why ``phrase`` is not a noun phrase naming a speaker, as short fault names; [] when it is one.

    Faults: ``quote-mark``, ``too-long``, ``ends-preposition``, ``ends-possessive``,
    ``ends-conjunction``, ``ends-determiner``, ``starts-lower-verb``, ``finite-verb``, ``participle``,
    ``nominalisation``, ``possessed-document`` (a speaker named by its document, "Roe's report"; a
    mention may be one: ``mention=True``), ``headline-caps``.
    """
    return list(phrase_faults(phrase, mention)) if phrase else []


@lru_cache(maxsize=32768)
def phrase_faults(phrase: str, mention: bool) -> tuple[str, ...]:
    """The faults of ``shape_faults``, once per phrase (a pure function of its words): a mention's are the
    speaker's without ``possessed-document``, the one fault that depends on ``mention``."""
    got = _speaker_faults(phrase)
    return tuple(f for f in got if f != "possessed-document") if mention and "possessed-document" in got else got


@lru_cache(maxsize=32768)
def _speaker_faults(phrase: str) -> tuple[str, ...]:
    """``shape_faults(phrase)`` (``mention=False``).

    Each check runs only where its necessary condition holds: the possessive, contraction and owner checks
    need an apostrophe in the phrase, the participle check an "ing", the headline check a run of three
    capitals (``_CAPS3``), every check on a lower-case word a word that starts lower-case.
    """
    p = " ".join(phrase.split())
    quoted = not _QUOTES.isdisjoint(p)
    if " who " in p and not quoted and p.count(" ") + 1 <= MAX_WORDS + 4:
        head = p.split(" who ", 1)[0]  # "those who named a candidate": a relative clause after its head
        return tuple(f for f in _speaker_faults(head) if not f.startswith("ends-"))
    toks = p.split()
    if not toks or (len(toks) == 1 and p.lower() in PRONOUNS):
        return ()
    n = len(toks)
    bare = plain_words(p) or [t.strip(",.;:()[]!?").lower() for t in toks]  # _bare of each word
    lower = [t[:1].islower() for t in toks]
    apos = "'" in p or "’" in p
    faults: list[str] = []
    if quoted and not NICKNAME.fullmatch(p):
        faults.append("quote-mark")
    if n > MAX_WORDS:
        faults.append("too-long")
    last = bare[-1]
    if lower[-1]:
        if last in PREPOSITIONS:
            faults.append("ends-preposition")
        elif last in CONJUNCTIONS:
            faults.append("ends-conjunction")
        elif last in DETERMINERS and n > 1 and (last not in ("those", "these") or bare[-2] == "of"):
            faults.append("ends-determiner")  # "50% of those" is cut before its head; "Even those" is whole
    elif last in ("or", "and", "but") and n == 1:
        faults.append("ends-conjunction")
    if apos and _POSSESSIVE.search(toks[-1].rstrip(",.;:")) and not possessive_name(p):
        faults.append("ends-possessive")
    if lower[0] and _verb_like(bare[0]) and (
            n == 1 or not (bare[0].endswith("ing") and lower[1]
                           and bare[1] not in PREPOSITIONS and bare[1] not in DETERMINERS)):
        faults.append("starts-lower-verb")  # "boosting their Oscars", not "leading economists"
    if apos:
        if any(b.replace("’", "'").endswith(("'ve", "'m", "'ll", "'d", "n't", "'re")) for b in bare):
            faults.append("finite-verb")  # "I've", "they're": a verb contracted into the word
        if bare[0].replace("’", "'") in ("that's", "it's", "there's", "here's", "what's", "let's") and (
                n == 1 or not toks[1][:1].isupper()):  # (not the show "That's Life")
            faults.append("finite-verb")  # "That's the takeaway from", "Let's say"
    for i in range(1, n) if any(lower) else ():  # (only a lower-case word is read)
        low = bare[i]
        if not lower[i] or not low or bare[i - 1] == "of":
            continue
        if low in _VERBISH and low not in PRONOUNS and low not in _NOT_VERBS:
            faults.append("finite-verb")
            break
        if (low in FINITE or (low.endswith("ed") and len(low) > 4 and low.isalpha() and low not in _ED_OK)) \
                and bare[i - 1] not in _DET and not _POSSESSIVE.search(toks[i - 1]) and _object_follows(toks, i):
            faults.append("finite-verb")  # "The tribunal upheld Villalba's", "his campaign sent out a statement"
            break

    def earlier_prep(i: int) -> bool:
        return any(bare[j] in PREPOSITIONS and lower[j] for j in range(i))

    if "ing" in p.lower() and any(lower):
        for i in range(1, n):
            low = bare[i]
            if not (lower[i] and low.endswith("ing") and len(low) > 4 and low not in ING_NOUNS and "-" not in low):
                continue
            prev = toks[i - 1]
            attributive = i + 1 < n and lower[i + 1] and bare[i + 1] not in PREPOSITIONS \
                and bare[i + 1] not in DETERMINERS and bare[i + 1] not in PRONOUNS
            if _POSSESSIVE.search(prev) and not earlier_prep(i - 1) and not attributive and not toks[i + 1:i + 2] == [
                    t2 for t2 in toks[i + 1:i + 2] if t2[:1].isupper()]:
                faults.append("participle")  # "Fox News's reporting", "Jeb Bush's calling him"
                break
            if i + 1 == n and not (bare[i - 1] in PREPOSITIONS or "-" in prev or _POSSESSIVE.search(prev)):
                faults.append("participle")  # "The bickering", "the fiscal year starting"
                break
    owner = next((j for j, t in enumerate(toks[:-1]) if _POSSESSIVE.search(t)), None) if apos else None
    if owner is not None and not earlier_prep(owner) and all(lower[owner + 1:]):
        if last in NOMINALISATIONS:
            faults.append("nominalisation")  # "Trump's claim", "Forsythe's opening comments"
        elif last in DOCUMENTS:
            faults.append("possessed-document")  # the speaker "Roe's report", not "Roe"
    if _CAPS3.search(p):
        caps = [t for t in toks if _ALLCAPS.match(t.strip(",.;:")) and len(t.strip(",.;:'’s")) > 4
                and t.strip(",.;:'’s") not in _ACRONYM_OK]
        if len(caps) >= 2 or (caps and n >= 3 and sum(1 for t in toks if t.isupper()) >= 3):
            if n != 2 or first_name_gender(toks[0].capitalize()) is None:
                faults.append("headline-caps")  # "MOVING SHOP", not the label "JAKE TAPPER"
    return tuple(faults)


_NOT_VERBS = {"that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "because", "although",
              "though", "while", "whereas", "unless", "until", "since", "once", "so", "than", "then", "there", "here",
              "something", "nothing", "anything", "everything", "soon", "just", "yet", "only", "also", "not", "never",
              "win", "wins", "need", "needs"}
"""Words of the general clause-word list that are no verb ("more than", "those who")."""
_PARTICLES = {"out", "back", "up", "off", "down", "on"}


def _object_follows(toks: list[str], i: int) -> bool:
    """Does the verb-like word at ``i`` take an object or end the phrase, as a finite verb does ("sent out a
    statement", "upheld Villalba's"), rather than a participle's phrase ("sent to Jo Roe", "accused in")?"""
    j = i + 1
    while j < len(toks) and _bare(toks[j]) in _PARTICLES:
        j += 1
    if j == len(toks):
        return True
    nxt = toks[j]
    return _bare(nxt) in DETERMINERS or bool(_POSSESSIVE.search(nxt)) or (nxt[:1].isupper() and j == i + 1
                                                                         and _bare(toks[i - 1]) not in PREPOSITIONS)


def possessive_name(phrase: str) -> bool:
    """A name written as a possessive ("McDonald's", "Standard & Poor's"): a speaker, not an owner."""
    return phrase.lower().replace("’", "'").endswith(POSSESSIVE_NAMES)


def _verb_like(low: str) -> bool:
    """A lower-case word that opens a clause, not a noun phrase: a verb form or a participle."""
    if low in _NOT_VERBS or low in ("including", "according", "following", "regarding", "concerning", "excluding"):
        return False  # "just 8 percent of voters", "including Jo Roe"
    if low in _VERBISH and low not in PRONOUNS and low not in DETERMINERS:
        return True
    return len(low) > 4 and low.isalpha() and ((low.endswith("ing") and low not in ING_NOUNS)
                                               or (low.endswith("ed") and low not in _ED_OK))
