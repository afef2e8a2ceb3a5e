"""Descriptions and documents in speaker position: "the minister" -> the named holder of the role,
"the union's release" / "a statement" -> its author, "the company" -> the organisation that spoke.

``Descriptions`` is a part of ``SpeakerMemory`` (see resolve.py): it reads the memory's ``history``,
``body`` and ``gov_mentions`` and uses its ``expand`` and ``remember``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .entities import Entity, entity_type, is_fragment
from .gender import GENDERED_WORDS, first_name_gender, person_gender
from .kin import KIN_WORDS, kin_holders
from .lexicon import DOCUMENT_WORDS, NOMINALS, ORG_WORDS, ROLE_WORDS
from .name_forms import role_phrase
from .role_synonyms import SYNONYM_HEADS, same_post
from .speakers import entity_kind, is_media, split_role

PERSON_ROLES = (set(ROLE_WORDS) - {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."}) | {
    "billionaire", "businessman", "businesswoman", "congressman", "congresswoman", "frontrunner", "front-runner",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "lawmaker", "politician",
    "pastor", "priest", "bishop", "archbishop", "rabbi", "imam", "doctor", "surgeon", "nurse", "officer",
    "detective", "sheriff", "prosecutor", "host", "moderator", "anchor", "actor", "actress", "singer", "star",
    "veteran", "activist", "owner", "teacher", "student", "physician", "pilot", "councillor", "councilman",
    "councilwoman", "superintendent", "commander", "admiral", "marshal", "mogul", "tycoon", "entrepreneur",
    "economist", "historian", "physicist", "biographer", "novelist", "poet", "writer", "journalist", "banker",
    "diplomat", "grandmother", "grandfather", "granddaughter", "grandson", "widow", "widower", "skip", "boxer",
    "wrestler", "cyclist", "swimmer", "golfer", "sprinter", "jockey", "climber", "organiser", "organizer",
    "teenager"} | SYNONYM_HEADS
DESCRIPTION = re.compile(r"(?:the|this|that|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*)$",
                          re.I)
BODY_WORDS = frozenset({"federation", "association", "network", "chamber", "council", "authority", "board", "coalition",
                        "institute", "foundation", "society", "alliance", "consortium", "corporation", "district",
                        "league", "service", "centre", "center"})
"""Words for kinds of organisation that "the WORD" may stand for when the text names one with the word
capitalised ("the federation" -> "Saskatchewan Teachers’ Federation")."""
_GENERIC_ORG = {"company", "firm", "group", "organisation", "organization", "bank", "team", "club"}
"""Nominals that may stand for any organisation that spoke; the others ("the campaign", "the union")
need a speaker whose name has the word."""
_BUSINESS = {"company", "firm", "bank"}
_NO_BUSINESS = {"union", "unions", "party", "government", "council", "police", "university", "committee", "commission",
                "agency", "department", "ministry", "court", "army", "senate", "parliament", "association",
                "federation", "league", "campaign", "administration", "authority", "regulator", "watchdog"}
"""Heads of organisations that are no business: never what "the company" or "the firm" stands for."""
_NOT_HOLDER = {"The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "He", "She", "It", "They", "His",
               "Her", "Their", "Its", "Mr", "Mrs", "Ms", "Dr"}
_ORG_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&’'-]*)*"
_WINDOW = 4800
_COUNSEL = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "barrister", "counsel", "advocate"})
_REPRESENTED = re.compile(r"\brepresented\s+by\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,2}(?:lawyer|attorney|solicitor|barrister|"
                          r"counsel|advocate)\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)")
"""``represented by Sara Vance``, ``represented by defence lawyer Sara Vance``: the person's lawyer, named."""
_CLIENT = re.compile(r"(?:^|(?<=[\s(]))(?P<client>(?:(?:[A-Z][\w’'-]*|[A-Z]\.|(?:Mrs?|Ms|Dr)\.)\s+){0,3}[A-Z][\w’'-]*)(?:,\s*(?:who\s+)?|\s+)"
                     r"(?:(?:is|was|are|were|will\s+be|has\s+been|had\s+been|being)\s+)?$")
"""Who is represented, just before "represented by": a person's name (``Tom Blake, who is``), or a pronoun."""
"""Characters back in which a description looks for the name of the role's holder."""
_rx = lru_cache(maxsize=1024)(re.compile)
"""``re.compile`` for the patterns built from a role or document word: compiled once per word."""
_WORD = re.compile(r"[\w-]+")
_OWNER = re.compile(r"^(?P<owner>.+?)[’']s\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_THE = re.compile(r"^The\s+")
NOMINAL = re.compile(r"(?i:the|this|that)\s+(?:(?P<adj>[a-z]+)\s+"
                     r"(?=(?i:bank|agency|department|ministry|regulator|watchdog|commission)$))?(?P<word>(?i:[a-z]+))")
"""``the company``, ``the central bank``, ``the federal agency``, ``the weather agency``: a nominal standing for an
organisation named before, after one lower-case word saying which (read on the words as written: ``the State
Department`` is a name)."""
_PUBLIC_BODIES = {"agency", "department", "ministry", "regulator", "watchdog", "commission"}
_FOLDS = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}
"""The characters other than ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter."""
_FOLD_TABLE = str.maketrans(_FOLDS)


def _folded(text: str) -> str:
    """``text`` in lower case, with the characters ``re.IGNORECASE`` takes for ASCII letters made those
    letters: an ASCII word that is not in it matches nowhere in ``text`` case-insensitively."""
    if any(c in text for c in _FOLDS):
        text = text.translate(_FOLD_TABLE)
    return text.lower()


_PERSON_HEADS = PERSON_ROLES | {"official", "officials", "representative", "representatives", "aide", "aides",
                                "adviser", "advisers", "source", "sources", "spokesperson", "person", "man", "woman"}


_BUSINESS_KINDS = {"utility", "operator", "insurer", "lender", "developer", "retailer", "airline", "carmaker",
                   "automaker", "drugmaker", "charity", "startup"}
"""Nominals for a kind of business ("the insurer"): each stands for the body described with it, but a description
ending in one ("the world's biggest insurer") is no organisation's name for "the company" to stand for."""
_ORG_HEADS = {w.lower() for w in ORG_WORDS} | {w for w, kind in NOMINALS.items() if kind in ("org", "media")
                                               and w not in _BUSINESS_KINDS} | {
    "administration", "government", "campaign", "committee", "department", "office", "company", "firm", "group"}


_IT = re.compile(r"\b(?:it|its|it’s|it's)\b")
_HE_SHE = re.compile(r"\b(?:he|she|his|her|him|they|their)\b", re.I)


def _org_like(e: Entity, after: str = "", body: str = "") -> bool:
    """Can ``e`` be what "the company" or "the group" stands for? Not a person, nor a description of one
    ("a Cairo airport official", "the state's governor"), nor a document ("A statement"), nor a fragment."""
    toks = e.name.split()
    if e.kind == "person" and not e.role and len(toks) >= 2 and all(t[:1].isupper() for t in toks) \
            and first_name_gender(toks[0]) is None and not e.gender and not e.plural and not e.etype:
        # "Harbour Rail said it would …": a person's shape, but no first name opens it and its own words call it
        # "it", or the text puts "the" before it ("the Coastal Link pipeline"), as it never does before a person
        return not is_fragment(e.name) and ((_IT.search(after) is not None and _HE_SHE.search(after) is None)
                                            or (bool(body) and f"the {e.name}" in body))
    if e.kind == "person" or e.gender or e.plural or e.etype:
        return False
    if not toks:
        return False
    head = toks[-1].lower()
    if toks[-1].islower() and head not in _ORG_HEADS:
        return False  # a description whose head is no organisation: "his Facebook profile", "One question"
    return head not in _PERSON_HEADS and head not in DOCUMENT_WORDS and not is_fragment(e.name)


_RECENT = 64
"""How many speakers back a nominal looks for one whose name has its word (a long text of many stays linear)."""
_OTHER_HOLDER = {"shadow", "former", "ex", "vice", "deputy", "assistant", "would-be", "outgoing", "late", "junior"}
"""Words that make a role another post than the bare role word: a shadow chancellor is not the chancellor."""
_HOLDER_BACK = 400
"""How many mentions back a description's holder is looked for among those noted (a text of thousands stays linear)."""
_OTHER_POST = {"minister": _OTHER_HOLDER | {"prime", "chief", "first"}}
"""For a role word, more words that make it another post: the prime minister is not "the minister"."""


def _standing_word(text: str, word: str) -> bool:
    r"""Does ``word`` stand in ``text`` with no letter, digit, underscore or hyphen right before or after it
    (``re.search(r"(?<![\w-])WORD(?![\w-])", text)``, without a pattern compiled per word)?"""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "_-")) \
                and not (j < len(text) and (text[j].isalnum() or text[j] in "_-")):
            return True
        i = text.find(word, i + 1)
    return False


def _has_role_word(text: str, word: str) -> bool:
    r"""Does the role word ``word`` stand in ``text`` in any case (``(?<![\w-])WORD(?![\w-])`` with
    ``re.IGNORECASE``)? An ASCII word is looked for in the folded text (see ``_folded``: each character folds
    to one, a letter or digit to one, a character re takes for an ASCII letter to that letter)."""
    if not word.isascii():
        return _rx(r"(?<![\w-])%s(?![\w-])" % re.escape(word), re.I).search(text) is not None
    return _standing_word(_folded(text), word.lower())


_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
_FIELD = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?[A-Z][\w&’'-]*){0,4}"
"""The field a post is of, after its word: " of Colleges and Universities", " for Indigenous Relations"."""
_FIELD_COMMA = re.compile(_FIELD + r",\s+[A-Z]")
_OWNED_ROLE_LEAD = re.compile(r"\s+(?:the|a|an|its|his|her|[A-Z][\w.-]*[’']s)\s+[^,.;:]{0,50}")
"""The words of "Jo Roe, Canada's finance minister" between the comma and the role word."""


def _places(text: str, word: str) -> list[int]:
    """Every offset at which ``word`` begins in ``text`` (overlapping places too)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _holder_forms(text: str, folded: str, head: str) -> tuple[bool, bool, bool]:
    """Which of the three patterns of ``_named_holder`` can match in ``text`` for the ASCII role word ``head``, in
    their order (``folded`` is ``_folded(text)``, where the role word is found in any case at the offsets re finds
    it): "minister Jo Roe" needs blanks and a capital after the word, "Jo Roe, Canada's minister" the words
    ``_OWNED_ROLE_LEAD`` reads between the last comma before the word and the word, "the minister, Jo Roe" a
    comma, blanks and a capital after it or after the post's field ("Minister of Health, Jo Roe"). False only
    where the pattern cannot match, so a pattern is compiled only for text it may match in."""
    before_name = owned = before_comma = False
    head = head.lower()
    n = len(head)
    for i in _places(folded, head):
        before_name = before_name or _SPACE_CAPITAL.match(text, i + n) is not None
        before_comma = before_comma or _COMMA_CAPITAL.match(text, i + n) is not None \
            or _FIELD_COMMA.match(text, i + n) is not None
        if not owned and (c := text.rfind(",", 0, i)) >= 0 and _two_words_before(text, c):
            owned = _OWNED_ROLE_LEAD.fullmatch(text, c + 1, i) is not None
    return before_name, owned, before_comma


def _two_words_reach(text: str, end: int) -> tuple[bool, int]:
    """``_two_words_before(text, end)`` and the lowest index it reads (or would have read past the start): the answer
    for a window of ``text`` from ``lo`` on is the same when that index is ``lo`` or later."""
    a = _word_start(text, end)
    if end - a < 2 or not "A" <= text[a] <= "Z" or not a or not text[a - 1].isspace():
        return False, a - 1
    b = a - 1
    while b and text[b - 1].isspace():
        b -= 1
    w = _word_start(text, b)
    return any("A" <= ch <= "Z" for ch in text[w: b - 1]), min(w - 1, b - 1)


def _place_facts(body: str, folded: str, head: str) -> tuple[list[int], list[tuple]]:
    """The places of the role word ``head`` (lower case, ASCII) in ``body`` (``folded`` its ``_folded`` form, of the
    same length) and for each what ``_holder_forms`` reads around it, read in the whole body: where the match after
    it ends for each of the three patterns (-1: none), the last comma before it, the two-words test at that comma
    with the lowest index it reads, and whether the words between the comma and the word fit."""
    n, places, facts = len(head), _places(folded, head), []
    for i in places:
        sc = _SPACE_CAPITAL.match(body, i + n)
        cc = _COMMA_CAPITAL.match(body, i + n) or _FIELD_COMMA.match(body, i + n)
        c = body.rfind(",", 0, i)
        two, reach = _two_words_reach(body, c) if c >= 0 else (False, 0)
        lead = c >= 0 and _OWNED_ROLE_LEAD.fullmatch(body, c + 1, i) is not None
        facts.append((sc.end() if sc else -1, cc.end() if cc else -1, c, two, reach, lead))
    return places, facts


def _window_forms(body: str, lo: int, at: int, head: str, found: tuple[list[int], list[tuple]]):
    """``_holder_forms(body[lo:at], _folded(body[lo:at]), head)`` from the places and facts ``_place_facts`` read once
    in the whole body: a fact that reaches past the window's end or start is read again in the window."""
    places, facts = found
    n = len(head)
    before_name = owned = before_comma = False
    text = None
    for k in range(bisect_left(places, lo), bisect_right(places, at - n)):
        i = places[k]
        sc, cc, c, two, reach, lead = facts[k]
        if not before_name and sc >= 0:
            before_name = sc <= at or _SPACE_CAPITAL.match(body, i + n, at) is not None
        if not before_comma and cc >= 0:
            before_comma = cc <= at or _COMMA_CAPITAL.match(body, i + n, at) is not None \
                or _FIELD_COMMA.match(body, i + n, at) is not None
        if not owned and c >= lo:
            if reach < lo:
                text = body[lo:at] if text is None else text
                two = _two_words_before(text, c - lo)
            if two:
                owned = lead
        if before_name and owned and before_comma:
            break
    return before_name, owned, before_comma


def _word_start(text: str, end: int) -> int:
    """Where the run of letters, digits, underscores, apostrophes and hyphens (``[\\w’'-]``) that ends at ``end``
    begins."""
    i = end
    while i and (text[i - 1].isalnum() or text[i - 1] in "_’'-"):
        i -= 1
    return i


def _two_words_before(text: str, end: int) -> bool:
    r"""Can ``text[:end]`` end with two capitalised words (``[A-Z][\w’'-]+\s+[A-Z][\w’'-]+``), as the name before
    "Jo Roe, Canada's finance minister" does? The last word is all the run before ``end`` (blanks stand before
    it); the first may begin inside its run."""
    a = _word_start(text, end)
    if end - a < 2 or not "A" <= text[a] <= "Z" or not a or not text[a - 1].isspace():
        return False
    b = a - 1
    while b and text[b - 1].isspace():
        b -= 1
    return any("A" <= ch <= "Z" for ch in text[_word_start(text, b): b - 1])


_BY_NAME = re.compile(r"s?\s+(?:by|from)\s+(?:the\s+)?[A-Z]")
_MADE_ENDS = ("published", "released", "issued", "produced", "commissioned", "out", "sent", "wrote", "signed", "filed",
              "drafted", "delivered", "down")
_DOC_VERBS = {"ruling": "ruled", "judgment": "ruled", "judgement": "ruled", "letter": "wrote to", "letters": "wrote to"}
"""What the author of a document does that the text may say instead of naming it ("Judge Jo Roe ruled …" … "the
ruling said"; "Jo Roe wrote to the council" … "the letter said")."""
_OWNER_ENDS = ("’s", "'s")


def _after_words(text: str, i: int, ends: tuple[str, ...], words: int) -> bool:
    r"""Can ``text[:i]`` end as ``END\s+(?:[\w-]+\s+){0,words}`` does, END one of ``ends``? Read back from ``i``:
    blanks, then an end or a word, up to ``words`` times (a word read as all the characters back to the blanks
    before it: the pattern's words are whole ones, as blanks stand before each)."""
    for _ in range(words + 1):
        j = i
        while j and text[j - 1].isspace():
            j -= 1
        if j == i:
            return False
        if text.endswith(ends, 0, j):
            return True
        i = j
        while i and not text[i - 1].isspace():
            i -= 1
    return False


_NEAREST_PLACES = 16
"""How many of the document word's latest places ``_author_forms`` reads."""


def _author_forms(text: str, word: str) -> tuple[bool, bool, bool]:
    """Which of the three patterns of ``named_author`` can match in ``text`` for the document word ``word``: "a
    report by the Audit Office" needs "by" or "from" and a capital after the word, "the Audit Office published a
    report" one of the verbs at most four words before it, "the Audit Office's report" a possessive at most three
    words before it. False only where the pattern cannot match (it is then not compiled)."""
    by = made = owned = False
    for i in _places(text, word)[-_NEAREST_PLACES:]:  # (the nearest: a text of nothing but the word stays cheap)
        by = by or _BY_NAME.match(text, i + len(word)) is not None
        made = made or _after_words(text, i, _MADE_ENDS, 4)
        owned = owned or _after_words(text, i, _OWNER_ENDS, 3)
    return by, made, owned


class Descriptions:
    """Resolution of descriptions, documents and generic nominals (a part of ``SpeakerMemory``)."""

    body: str
    history: list[Entity]
    gov_mentions: list[str]
    _holder_places: dict  # role word -> its places in the body and what stands around each ("": the folded body)

    def holder(self, np: str, head: str, at: int):
        """(name, role) of the holder of the role in "the minister" (see ``holder_at``), or None."""
        got = self.holder_at(np, head, at)
        return got[:2] if got else None

    def holder_at(self, np: str, head: str, at: int):
        """The named holder of the role in "the minister": a speaker whose role has the word, or a
        name the text gives it ("Mayor Jane Roe", "Jane Roe, the city's mayor"), under the role's own word
        or another word for the same post ("the skipper" -> "England captain Harry Kane"). The description's
        other words must fit too ("the Democratic nominee" is not "Republican nominee Donald Trump")."""
        low_words = [w.lower() for w in _WORD.findall(np)]
        if "s" in low_words[2:-1] and low_words[low_words.index("s", 2) - 1] in NOMINALS:
            # "the company's founder": the firm the text is about; the post's holder is named with the post alone
            low_words = low_words[:1] + low_words[low_words.index("s", 2) + 1:]
        compound, others = same_post(low_words[1:])
        words = frozenset(low_words[1:-1]) - {"new", "same", "top", "first"}
        # "the top doctor": "top doctor" names the post its other words name ("chief medical officer")
        other_words = words - set(compound.split()) if compound else words
        heads = [(head, words)] + [(h, other_words) for h in others]

        def fits(role_text: str, words: frozenset, h: str = head) -> bool:
            have = {w.lower() for w in _WORD.findall(role_text)}
            # "the chancellor" is not the shadow chancellor, "the president" not the vice or former one, "the
            # minister" not the prime or chief minister
            return words <= have and not (have & (_OTHER_POST.get(h) or _OTHER_HOLDER)) - words

        want = GENDERED_WORDS.get(head)  # "the actress" is no man, whatever other word the post has
        back = self.history[-_HOLDER_BACK:]
        posts = {e.name: e for e in back if e.role and e.kind == "person"}
        for e in reversed(back):
            # (a holder quoted since by a pronoun, with no role noted then, is still the holder: "Coach Jo Roe …
            # Coach Al Poe …. Roe did not hesitate. “…,” she said. The coach said": Roe)
            r = e if e.role or e.kind != "person" else posts.get(e.name, e)
            if r.role and r.kind == "person" and any(_has_role_word(r.role, h) and fits(r.role, w, h) for h, w in heads) \
                    and not (want and (r.gender or want)[:1] != want):
                return r.name, r.role, e.pos
        lo = max(0, at - _WINDOW)
        text = self.body[lo: at]
        folded = None
        best = None
        for h, w in heads:
            if h.isascii():
                folded = _folded(text) if folded is None else folded
                if h.split()[0] not in folded or (h != head and not _standing_word(folded, h)):
                    continue  # every pattern below needs the role word: none can match
            best = self._named_holder(text, h, lambda r, w=w, h=h: fits(r, w, h), best, folded if h.isascii() else None,
                                      self._forms_at(h, lo, at) if h.isascii() else None)
        if best is None and head in _COUNSEL and "represented by" in text:
            return self._counsel_named(text, head, lo)
        if best is None:
            return None
        name, role = split_role(best[1])
        if " " not in name and name[:1].isupper() and name not in _NOT_HOLDER and not entity_type(name) \
                and len(self.surname(name.lower())) == 1 and self.surname(name.lower())[0] in self.body[:at]:
            name = self.expand(name)  # "President Obama" -> "Barack Obama", the one full name of that surname
        if entity_kind(name) != "person" or is_fragment(name) or name.split()[0] in _NOT_HOLDER:
            return None
        name = self.expand(name)
        role = " ".join(role_phrase(best[2].split())) or best[2]  # not "Hoon and Prime Minister"
        role = role[:1].upper() + role[1:]
        if want and (person_gender(name, role) or want) != want:
            return None
        self.remember(name, "person", role, None, "", at)
        return name, role, lo + best[0]

    def _counsel_named(self, text: str, head: str, lo: int):
        """(name, role, offset) of the person ``text`` says someone is "represented by" ("Tom Blake, represented by
        Sara Vance, …": the lawyer), the last one before the description; None when no person is named so."""
        got = None
        for m in _REPRESENTED.finditer(text, max(0, len(text) - 1200)):
            got = m
        if got is None:
            return None
        client = _CLIENT.search(text, max(0, got.start() - 80), got.start())
        if client is None or not (client.group("client") in ("He", "She", "he", "she")
                                  or self.known_person(client.group("client"))):
            return None  # (not "Oxford West, represented by Layla Moran": a seat, its MP)
        name, post = split_role(got.group("name"))
        if post is not None and not any(w in _COUNSEL for w in post.lower().split()):
            return None  # (not "represented by Councillor Tom Hale": a ward's councillor)
        name = self.expand(name)
        if entity_kind(name) != "person" or is_fragment(name) or len(name.split()) < 2:
            return None
        role = head[:1].upper() + head[1:]
        self.remember(name, "person", role, None, "", lo + got.start("name"))
        return name, role, lo + got.start("name")

    def _forms_at(self, head: str, lo: int, at: int) -> tuple[bool, bool, bool] | None:
        """``_holder_forms`` of ``body[lo:at]`` for the ASCII role word ``head``, from its places in the body read once
        (a paragraph of many descriptions is read once, not once per window); None when folding the body changes its
        length (each window is then read on its own)."""
        cache = self._holder_places
        if "" not in cache:
            folded = _folded(self.body)
            cache[""] = folded if len(folded) == len(self.body) else None
        if cache[""] is None:
            return None
        low = head.lower()
        if (found := cache.get(low)) is None:
            found = cache[low] = _place_facts(self.body, cache[""], low)
        return _window_forms(self.body, lo, at, low, found)

    @staticmethod
    def _named_holder(text: str, head: str, fits, best, folded: str | None = None, forms=None):
        """The latest of ``best`` and the places in ``text`` that name a holder of the role ``head``: (offset, name,
        role). With ``folded`` (``_folded(text)``, ``head`` in ASCII), a pattern runs only where ``_holder_forms``
        finds the words it needs around the role word (each pattern is built and compiled for its word)."""
        w = re.escape(head)
        if forms is None:
            forms = _holder_forms(text, folded, head) if folded is not None else (True, True, True)
        # "(?:[\w-]+\s+){0,3}" matches the same from where a match can start (a word's first letter, or
        # the role word itself) and no further: re tries far less at every other position
        if forms[0]:
            for m in _rx(r"(?P<r>(?:(?<![\w-])(?:[\w-]++\s++){1,3})?(?i:%s))\s+(?P<n>(?:[A-Z][\w’'-]+\s+|[A-Z]\.?(?:[A-Z]\.)*\s+(?=[A-Z][\w’'-])){0,2}[A-Z][\w’'-]+)"
                             r"(?![’'.]?\w)" % w).finditer(text):
                if (best is None or m.start() > best[0]) and fits(m.group("r")):
                    best = (m.start(), m.group("n"), m.group("r").strip())
        if forms[1]:
            for m in _rx(r"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
                             r"(?P<r>(?:the|a|an|its|his|her|[A-Z][\w.-]*[’']s)\s+"  # "Jo Roe, Canada's finance minister"
                             r"[^,.;:]{0,50}?(?<![\w-])(?i:%s))(?![\w-])" % w).finditer(text):
                if (best is None or m.start() > best[0]) and fits(m.group("r")):
                    best = (m.start(), m.group("n"), m.group("r").strip(" ,"))
        if head in KIN_WORDS:  # "Lee's mother, Ann": Ann Lee
            for at, name, rel in kin_holders(text, head):
                if best is None or at > best[0]:
                    best = (at, name, rel)
        if forms[2]:
            # "the minister, Jo Roe", "Ontario's Minister of Colleges and Universities, Jo Roe"
            for m in _rx(r"(?P<r>(?:\b(?i:the|a|an|its|his|her|their)|\b[A-Z][\w.-]*[’']s)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?i:%s)(?:%s)?),\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})" % (w, _FIELD)).finditer(text):
                if (best is None or m.start() > best[0]) and fits(m.group("r")):
                    best = (m.start(), m.group("n"), m.group("r").strip(" ,"))
        return best

    def author(self, np: str, at: int) -> Entity | None:
        """The author of a document: its owner ("the union's release"), or the latest speaker whose cue
        named that kind of document ("said in a statement")."""
        m = _OWNER.match(np)
        if m:
            owner = m.group("owner")
            low = owner.lower()
            if low.split()[0] in ("the", "this", "that") and low.split()[-1] in NOMINALS:
                name, role = self.resolve(owner)
                name = name or self.org_named(low.split()[-1], at)
                if name:
                    return Entity(name, entity_kind(name), role)
            elif low.split()[0] == "the" and len(low.split()) <= 3 and low.split()[-1] in BODY_WORDS:
                toks = low.split()  # "The federation's Friday release": the federation the text named
                name = self.body_named(toks[-1], toks[1:-1], at)
                if name:
                    return Entity(name, "org", None)
            name, role = split_role(_ARTICLE.sub("", owner) if
                                    owner[:4].lower() == "the " and owner[4:5].isupper() else owner)
            if not is_fragment(name) and not entity_type(name):
                return Entity(self.expand(name), entity_kind(name), role)
            return None
        cited = self.cited_after(at)
        if cited is not None:
            return cited
        word = np.lower().split()[-1].rstrip("s")
        for e in reversed(self.history[-6:]):
            if _rx(r"\b%ss?\b" % re.escape(word)).search(e.context) and not e.etype:
                return e
            if e.pos >= 0 and word in self.body[e.pos: e.pos + 120] and not e.etype and e.kind != "person" \
                    and _rx(r"(?:\b(?:in|sent|issued|released|posted)\s+(?:a|an|its|their|the)\s+|[’']s\s+)(?:[\w-]+\s+){0,2}?%ss?\b"
                            % re.escape(word)).search(self._after(e)):
                return e  # "The district said in a news release that … / “…,” the release said" ("sent an email")
            if e.pos > 0 and not e.etype and word in self.body[max(0, e.pos - 60): e.pos] and _rx(
                    r"(?:^|\n|[.!?”\"]\s+)[\s“\"]*(?:In|Through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?%ss?\b"
                    r"[^.!?\n]*,\s*\Z" % re.escape(word)).search(self.body, max(0, e.pos - 80), e.pos):
                return e  # "In a letter to staff, Dr Tan said … / “…,” the letter said"
        return self.named_author(word, at)

    def cited_after(self, at: int) -> Entity | None:
        """The body a sentence credits at its end ("Preliminary findings suggest C, according to the Office of
        the Fire Marshal"): the author of the document that opens it; None when it credits none."""
        end = self.body.find("\n", at)
        m = _rx(r",\s+according\s+to\s+(?P<n>(?:the\s+)?%s)\s*[.;]" % _ORG_NAME).search(
            self.body, at, end if end >= 0 else len(self.body))
        if m is None or self.body.count(". ", at, m.start()):
            return None  # (only within the sentence)
        name, role = split_role(m.group("n"))
        if is_fragment(name) or entity_type(name) or name.split()[0] in _NOT_HOLDER:
            return None
        name = self.expand(name)
        return Entity(name, entity_kind(name), role)

    def named_author(self, word: str, at: int) -> Entity | None:
        """Who the text says wrote the document ("a report by the Audit Office", "the Audit Office
        published a report", "the Audit Office's report"), latest first; None when it does not say."""
        text = self.body[max(0, at - _WINDOW // 3): at]
        verb = _DOC_VERBS.get(word)
        done = verb is not None and verb in text  # "Judge Jo Roe ruled" before "the ruling"
        if word not in text and not done:
            return None  # every pattern below has the word or its author's verb as written
        w = re.escape(word)
        best = None
        by, made, owned = _author_forms(text, word) if word in text else (False, False, False)
        for rx, may in ((r"\b%ss?\s+(?:by|from)\s+(?:the\s+)?(?P<n>%s)" % (w, _ORG_NAME), by),
                        (r"(?P<n>%s)\s+(?:has\s+|have\s+)?(?:published|released|issued|produced|commissioned|put\s+out|sent|wrote|"
                         r"signed|filed|drafted|delivered|handed\s+down)"
                         r"\s+(?:(?:a|an|its|the|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?%ss?\b" % (_ORG_NAME, w), made),
                        (r"\bIn\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?%ss?\b[^,.;:“”\"]{0,60},\s+"
                         r"(?:the\s+)?(?P<n>%s)\s+[a-z]" % (w, _ORG_NAME), "In " in text and word in text),
                        (r"(?P<n>%s)(?:,\s+[^,.;:“”\"]{1,60},)?\s+(?:has\s+|had\s+)?%s\b"
                         % (_ORG_NAME, verb or ""), done),
                        (r"(?P<n>%s)[’']s\s+(?:[\w-]+\s+){0,3}?%ss?\b" % (_ORG_NAME, w), owned)):
            if not may:
                continue  # (the pattern cannot match: it is not compiled)
            for m in _rx(rx).finditer(text):
                if best is None or m.start() > best[0]:
                    best = (m.start(), m.group("n"))
        if best is None:
            return None
        name, role = split_role(_THE.sub("", best[1].rsplit("\n", 1)[-1].strip()))  # (not a headline's words before it)
        if is_fragment(name) or entity_type(name) or name.split()[0] in _NOT_HOLDER:
            return None
        name = self.expand(name)
        return Entity(name, entity_kind(name), role)

    def _after(self, e: Entity) -> str:
        """The words after the mention of ``e`` that the memory noted, to its sentence's end (at most 100
        characters): what the text says of it ("Harbour Rail said it would …")."""
        if e.pos < 0:
            return ""
        text = self.body[e.pos: e.pos + 100]
        return text[: text.find(". ") + 1 or len(text)]

    def _named_body(self, word: str) -> tuple[str | None, str | None]:
        """A speaker whose name has ``word`` ("the central bank" -> "Bank of Canada"), or for a public body's word
        the organisation heard just before ("Environment Canada said … the agency said")."""
        for e in reversed(self.history):
            if e.kind != "person" and not e.gender and not e.etype and _rx(r"\b%s" % word).search(e.name.lower()):
                return e.name, e.role
        if word in _PUBLIC_BODIES:
            for e in reversed(self.history[-2:]):
                if e.kind == "org" and not e.etype and not is_media(e.name) and any(t[:1].isupper() for t in e.name.split()):
                    return e.name, e.role
                if e.kind in ("unknown", "group") and not e.etype and not e.plural and not e.gender \
                        and sum(t[:1].isupper() for t in e.name.split()) >= 3 and not is_media(e.name):
                    return _ARTICLE.sub("", e.name), e.role  # "the Independent Investigation Unit of Manitoba"
        return None, None

    def resolve(self, mention: str) -> tuple[str | None, str | None]:
        """(speaker name, role) for a generic nominal ("the company") from the latest compatible speaker."""
        m = NOMINAL.fullmatch(mention.strip())
        if not m or m.group("word").lower() not in NOMINALS:
            return None, None
        word = m.group("word").lower()
        want = NOMINALS[word]
        if m.group("adj"):  # "the central bank": a body whose name has the word, or the public body just heard
            return self._named_body(word)
        if word in ("regulator", "ministry", "agency", "department", "watchdog", "commission") and self.gov_mentions:
            for e in reversed(self.history):
                if any(w in e.name.lower() for w in ("ministry", "administration", "agency", "commission",
                                                     "regulator", "department", "authority")):
                    return e.name, e.role
            return self.gov_mentions[-1], None
        for e in reversed(self.history[-6:]):
            if _rx(r"\b%s\b" % word).search(e.context) and (want != "org" or _org_like(e, self._after(e), self.body)):
                return e.name, e.role
        for e in reversed(self.history[-_RECENT:]):  # a speaker whose name has the word: "the union" -> "Unite union"
            if e.kind != "person" and not e.gender and not e.etype and _rx(r"\b%s" % word).search(e.name.lower()):
                return e.name, e.role
        if word in _PUBLIC_BODIES and (got := self._named_body(word))[0]:
            return got
        if want == "org" and word not in _GENERIC_ORG:
            return None, None  # "the campaign" is not whichever organisation spoke last
        banks = 0
        for e in reversed(self.history):
            if e.etype in ("place", "platform"):
                continue
            if want == "org" and (not _org_like(e, self._after(e), self.body) or is_media(e.name)):
                continue
            if word in _BUSINESS and not _NO_BUSINESS.isdisjoint(e.name.lower().split()):
                continue  # "the company" is not the union, the party or the police that spoke last
            if want == "media" and not (is_media(e.name) or (e.cue or "").startswith("report")):
                continue
            if word in ("company", "firm") and "Bank" in e.name.split():
                banks += 1  # "The bank said … The company said": the company is another firm than the bank
                if banks > 3:
                    break  # (the last few speakers only: a text of banks alone is read in linear time)
                continue
            return e.name, e.role
        return None, None

