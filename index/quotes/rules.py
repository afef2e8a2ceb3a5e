"""Word lists, patterns and small helpers of the quote rules (shared by ``extract`` and ``reported``)."""

from __future__ import annotations

import re
import string

from .cue_stats import LEARNED_CUES
from .gender import first_name_gender
from .lexicon import DOCUMENT_WORDS, LY_NOUNS, NOMINALS, ORG_WORDS, ROLE_WORDS

MIN_WORDS_FLOATING = 6
MIN_WORDS_UNCUED = 9  # a shorter quotation with no cue and nobody named is a title or phrase, not a continuation
SCARE_MAX_WORDS = 3
_RISKY = {"alleged", "alleges", "allege", "state", "report", "note", "claim", "call", "post", "comment", "estimate", "fear", "hope", "promise",
          "thought", "expected", "described", "called", "add", "write", "tell", "suggest", "warn", "argue",
          "calls", "posted", "believed", "estimates", "states", "notes", "reports", "claims", "posts", "comments",
          "hopes", "fears", "promises", "suggests", "warns", "argues", "tells", "writes", "adds", "charges",
          "charged", "acknowledge", "contend", "concede", "claimed", "denies", "deny"}


class _AtEnd:
    r"""A pattern that matches only at the end of a string (``…\s*$``), searched from where its match can
    start: after the last character outside ``chars`` (or, with no ``chars``, at the last word). The same
    matches and substitutions as the pattern's own, without trying every earlier position.

    With ``words``, every match lies in the last ``words`` blank-separated words and the blanks before them
    (or, with ``longer``, ends in a match that does, which may be part of a longer one): the pattern is
    tried there first, and from ``chars`` only when a match there may be part of a longer one. Such a
    pattern never looks behind the first blank of those words (it starts with a blank, or with a letter after
    ``\b``), so whether it matches depends on those words alone: ``found`` remembers the answer per words.

    ``last``, when given, is a test that the last blank-separated word of every text with a match passes when
    that word is ASCII (each match ends with that whole word): ``found`` asks it first."""

    __slots__ = ("rx", "chars", "words", "longer", "last", "_seen")

    def __init__(self, rx: re.Pattern, chars: str = "", words: int = 0, longer: bool = False, last=None) -> None:
        self.rx, self.chars, self.words, self.longer, self.last = rx, chars, words, longer, last
        self._seen: dict[tuple[bool, str], bool] = {}

    def _tail(self, text: str):
        """The match in the last ``words`` words, or None."""
        parts = text.rsplit(None, self.words)
        return self.rx.search(text, len(parts[0]) if len(parts) > self.words else 0)

    def found(self, text: str) -> bool:
        """``search(text) is not None``, remembered per last ``words`` words (and whether they are all of it)."""
        if not self.words:
            return self.search(text) is not None
        parts = text.rsplit(None, self.words)
        if self.last is not None and (not parts or (parts[-1].isascii() and not self.last(parts[-1]))):
            return False
        i = len(parts[0]) if len(parts) > self.words else 0
        key = (i == 0, text[i:])
        got = self._seen.get(key)
        if got is None:
            if len(self._seen) > 65536:
                self._seen.clear()
            got = self._seen[key] = self.rx.search(text, i) is not None
        return got

    def _start(self, text: str) -> int:
        if self.chars:
            return len(text.rstrip(self.chars))
        i = len(text.rstrip())  # the last word: letters, digits, "_" (re's \w) and apostrophes
        while i and (text[i - 1].isalnum() or text[i - 1] in "_’'"):
            i -= 1
        return i

    def search(self, text: str):
        if self.words:
            m = self._tail(text)
            if m is None or not self.longer:
                return m
        return self.rx.search(text, self._start(text))

    def sub(self, repl: str, text: str) -> str:
        if self.words and not self.found(text):
            return text
        i = self._start(text)
        return text[:i] + self.rx.sub(repl, text[i:])

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


class _Holding:
    """A ``re.IGNORECASE`` pattern whose every match holds one of ``words`` (lower-case ASCII): tried only on
    text that has one of them in some case (or one of the three non-ASCII letters re also takes for i or s).
    The same matches as the pattern's own, without running it over text where it cannot match."""

    __slots__ = ("rx", "words")

    def __init__(self, rx: re.Pattern, words: tuple[str, ...]) -> None:
        self.rx, self.words = rx, words

    def _may(self, text: str) -> bool:
        low = text.lower()
        for w in self.words:
            if w in low:
                return True
        return "ı" in text or "ſ" in text or "İ" in text

    def match(self, text: str):
        return self.rx.match(text) if self._may(text) else None

    def search(self, text: str):
        return self.rx.search(text) if self._may(text) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self._may(text) else iter(())

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


_WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
               "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
r"""Every character re's ``\s`` matches (``str.isspace``)."""
_PASSIVE_ENDS = ("was", "were", "been", "being", "be", "is", "are", "to", "not", "never", "n't", "when", "if", "after",
                 "before", "who", "which", "that")
_WHO = r"(?-i:(?<![DM][rs]\s)(?<![DM][rs]\.\s)(?<!Mrs\s)(?<!Mrs\.\s)[Ww]ho)"
_PASSIVE = _AtEnd(re.compile(r"\b(?:%s)\s*$" % "|".join(r"\w+n[’']t" if w == "n't" else _WHO if w == "who"
                                                      else w for w in _PASSIVE_ENDS),
                             re.IGNORECASE), words=2, last=lambda w: w.lower().endswith(_PASSIVE_ENDS))
"""(``who`` in capitals is the World Health Organization: "the WHO said"; after an honorific, a surname: "Dr Who";
the last two words are read, as the honorific before "Who" decides)"""
_INVERTIBLE = {"said", "says", "argued", "argues", "added", "adds", "noted", "notes", "wrote", "writes", "told",
               "announced", "warned", "explained", "insisted", "claimed", "reported", "stated", "recalled",
               "acknowledged", "conceded", "predicted", "suggested", "observed", "continued", "asserted"}
_INVERTIBLE |= {"warns", "explains", "insists", "acknowledges", "concedes", "predicts", "suggests", "observes",
                "continues", "asserts", "announces"}  # the present as the past (not "claims", "reports": also nouns)
_PARTICIPLES = {"saying", "adding", "arguing", "noting", "warning", "claiming", "insisting", "stating", "explaining",
                "suggesting", "telling", "asserting", "contending", "writing"}
_PARTICIPLES |= {w for w in LEARNED_CUES if w.endswith("ing")}
_RISKY |= {w for w in LEARNED_CUES if not w.endswith("ing")}  # learned verbs report a clause only with "that"


_NAMING = re.compile(r"\b[a-z][a-z’'-]*\s+(?:a|an|one)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*,?\s*$")
_SO_CALLED = re.compile(r"\bso\s*$", re.IGNORECASE)
"""``the so called “Initiative”``: a name, not a call."""
_NAMED_THING = re.compile(r"^\s*(?:A|An|The|a|an|the)\s+(?:(?![\w’'-]*ed\s)[\w’'-]+\s+){0,2}?"
                          r"(?P<head>(?!(?:he|she|it|they|we|who|then|also|now|still|later|once|often)\b)[a-z][\w’'-]*(?<!s))\s*$")
"""A sentence that opens with a noun phrase right before ``called``: a thing named, unless a person speaks."""
_PERSON_HEADS = frozenset(ROLE_WORDS) | frozenset(ORG_WORDS) | frozenset(NOMINALS) | frozenset(DOCUMENT_WORDS) | {
    "official", "officials", "leader", "leaders", "lawmaker", "lawmakers", "critic", "critics", "candidate", "member",
    "members", "source", "sources", "man", "woman", "analyst", "analysts", "aide", "adviser", "advisor", "officer",
    "prosecutor", "prosecutors", "coach", "player", "doctor", "nurse", "activist", "activists", "resident",
    "residents", "voter", "voters", "friend", "father", "mother", "son", "daughter", "wife", "husband", "family",
    "group", "groups", "company", "firm", "party", "union", "campaign", "government", "court", "police", "media",
    "press", "public", "crowd", "audience", "jury", "panel", "board"}
"""Heads of a subject that speaks when it "called" something ("A spokesman called the decision reckless")."""
_NOBODY = _AtEnd(re.compile(r"(?:^|[\s,])(?:no\s+one|nobody|none\s+of\s+them|no\s+[a-z]+)\s*$", re.IGNORECASE),
                 words=3)


_NOUN_WORDS = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "same", "such", "other", "in", "of", "on",
               "for", "with", "from", "into", "about", "like", "than", "by", "at")
_NOUN_SET = frozenset(_NOUN_WORDS)
_NOUN_BEFORE = _AtEnd(re.compile(r"(?:^|\s)(?:%s)\s*$" % "|".join(_NOUN_WORDS), re.IGNORECASE), words=1,
                      last=lambda w: w.lower() in _NOUN_SET)
_DETERMINER_BEFORE = _AtEnd(re.compile(r"(?:^|\s)(?:the|a|an|his|her|their|its|our|my|most|more|less)\s*$", re.IGNORECASE),
                            words=1)

_TITLED_NAME_BEFORE = re.compile(r"(?:^|\s)(?:Mrs?|Ms|Miss|Dr|Mx)\.?\s+[A-Z][a-z]{1,3}\s*$")
"""A courtesy title and a short name that is also a word ("Mr An said", "Mrs Do said"): a person, no determiner."""


def not_speaking(pre: str, cue: str) -> bool:
    """Is the cue after ``pre`` no speech act: naming (``found a sedative called clonazepam``, ``a band called
    The Hollows``), nobody speaking (``No one said a word``), or the cue word used as an adjective or a noun
    (``her lead in pledged delegates``, ``the estimated 11 million``, ``most promising paths``)?"""
    if cue in ("called", "calls") and (_NAMING.search(pre) or _SO_CALLED.search(pre)):
        return True
    if cue == "called" and (m := _NAMED_THING.match(pre)) is not None and m.group("head").lower() not in _PERSON_HEADS:
        return True  # "A warm-up band called Sophistafunk got …", "The tax loophole called an inversion"
    if " " not in cue and (_DETERMINER_BEFORE if cue.endswith("ing") else _NOUN_BEFORE).found(pre) \
            and not _TITLED_NAME_BEFORE.search(pre[-24:]):
        return True
    if cue.endswith("ed") and " " not in cue and pre.rstrip(" ")[-1:].isdigit() and pre[-1:] == " ":
        return True  # "1,280 pledged delegates": a participle after a count modifies the noun
    return _NOBODY.found(pre)


def after_that(body: str, s: int) -> bool:
    """Does the clause at ``s`` follow a complementiser ``that`` (``indicated that …``)?"""
    return body[max(0, s - 6): s].rstrip().lower().endswith(" that")
_FINITE = re.compile(r"\s(?:[a-z]+ed|is|was|has|had|have|are|were|will|would|says|said|told|wrote|made|took|"
                     r"gave|went|came|got|led|won|lost|ran|began|spoke|wrote|published|released|issued|reiterated|"
                     r"drew|held|kept|sent|spent|left|met|paid|struck|thought|brought|fought|sought|felt|found|heard|"
                     r"saw|knew|grew|threw|rose|fell|chose|took|broke|became|stood|runs|holds|keeps|sees|knows|"
                     r"wants|needs|plans|hopes|seems|remains|sold|bought|built|fled|shot|drove|rode|swore|tore|"
                     r"withdrew|upheld|oversaw|sank|hung|fed|lent|meant|dealt|stuck|forgave|forgot|overtook|"
                     r"undertook|wore|flew|froze|stole|shook)\b|\s(?:cut|set|put|hit)(?=\s+(?:his|her|its|their|the|a|"
                     r"an|our|back|off|out)\b)")
_ADV_WORDS = ("also later previously recently separately earlier then again further repeatedly publicly privately once "
              "often has have had would will did does do can could may might reportedly initially just already still "
              "even now never always had_previously continues_to continued_to went_on_to goes_on_to began_by "
              "started_off_by long since first").split()
"""Adverbs and auxiliaries between a subject and its cue ("_" between the words of a phrase)."""
_ADV_LAST = frozenset(w.rsplit("_", 1)[-1] for w in _ADV_WORDS)


def _adverb_last(word: str) -> bool:
    """Can an ASCII ``word`` end an ``_ADV_TAIL`` match: an adverb's last word in any case, or ``[a-z]+ly``?"""
    return word.lower() in _ADV_LAST or (len(word) > 2 and word.endswith("ly") and word.isalpha() and word.islower()
                                         and word not in LY_NOUNS)


_ADV_TAIL = re.compile(r"(?:(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bdr\.)"
                       r"\s+(?:%s|(?-i:[a-z]+ly)))+\s*$" % "|".join(w.replace("_", r"\s+") for w in _ADV_WORDS),
                       re.IGNORECASE)  # (never the surname after a courtesy title: "Mrs May", "Mr Do", "Ms Long")
_SURNAME_WORDS = frozenset({"Will", "May", "Can", "Long", "Still"})
"""Words of ``_ADV_WORDS`` that are also surnames ("George Will", "Theresa May", "Ali Can", "Ben Still")."""


class _AdverbTail(_AtEnd):
    """``_ADV_TAIL``, whose ``sub`` keeps a surname that is an adverb's or an auxiliary's word after a first name
    ("George Will writes", "Theresa May said", "Dr Jo Can said": in capitals after a first name, a name's word)."""

    __slots__ = ()

    def sub(self, repl: str, text: str) -> str:
        if not self.found(text):
            return text
        i = self._start(text)
        cut = text[:i] + self.rx.sub(repl, text[i:])
        if len(cut) == len(text) or not text[len(cut):].lstrip()[:1].isupper() \
                or text[len(cut):].split(None, 1)[0] not in _SURNAME_WORDS:
            return cut  # (not a headline's capitals: "Rick Perry Just Announced")
        before = cut.rsplit(None, 1)[-1:]  # the word before the cut words: a first name?
        if not before or not before[0][:1].isupper() or first_name_gender(before[0]) is None:
            return cut
        rest = text[len(cut):]
        keep = len(cut) + len(rest) - len(rest.lstrip()) + len(rest.split(None, 1)[0])
        return text[:keep] + super().sub(repl, text[keep:])


_ADV_TAIL = _AdverbTail(_ADV_TAIL, _WHITESPACE + string.ascii_letters + "İıſ\u212a", words=3, longer=True,
                        last=_adverb_last)
"""A match is blanks and letters (and the four other characters ``re.IGNORECASE`` takes for ASCII letters)."""
_TIMEWORDS = (r"on|in|at|during|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|"
              r"sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|month|year|a|an|the|"
              r"statement|interview|speech|tweet|email|release|news|conference|briefing|recently|previously|also|"
              r"again|then|there|here|privately|publicly|separately|time|past|recent|hearing|call|letter|report|joint|"
              r"separate|emailed|press")
_TAIL_OK = re.compile(r"^(?:\s+(?:" + _TIMEWORDS + r")\b){0,6}(?:\s+(?:on|in)\s+(?:[\w.&-]+\s+){0,2}[\w.&-]+[’']s\s+[“\"][^”\"]{1,40}[”\"]"
                      r"[.!?]?\s*$|\s*(?:(?:[,;]|\s(?:--|—|–)\s)\s*\S.*)?[.!?\"”]*\s*$)",
                      re.IGNORECASE | re.DOTALL)
_TOLD_TAIL = re.compile(r"^\s+(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|and)){0,5}|him|her|them|me|us|"
                        r"reporters|journalists|(?:the|a|an|his|her|their)\s+[A-Za-z]+(?:\s+[a-z]+){0,2})"
                        r"(?:\s+(?:on|in|at|last|this)\b(?:(?!\bthat\b)[^,.;]){0,40}|\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|yesterday|today|tonight))?\s*(?:[,;]\s*\S.*)?[.!?\"”]*\s*$",
                        re.DOTALL)
"""``…, a spokesman told The Wall Street Journal.`` / ``…, the president told her.`` / ``…, the minister told a Senate
panel Wednesday.``: the listener after the cue."""
_PART_THAT = re.compile(r"(?:\s+(?:" + _TIMEWORDS + r"|month|week|year))*\s+that\s+(?=\S)", re.IGNORECASE)
_GOV_HEADS = {"regulator", "watchdog", "ministry", "agency", "department", "commission", "regulators"}
_PREP_NP = re.compile(r"\b(?:to|of|by|from|with|about)\s+(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*$")
_OBJECT_CUES = {"complained about", "spoke about", "talked about", "joked about", "commented on", "comments on",
                "warned about", "warned of", "calling for", "calling on", "called", "calls", "called for", "calls for", "called on", "calls on", "urged", "urges", "vowed", "vows", "pledged",
                "pledges", "promised", "promises", "proposed", "proposes"}
_ADDED_OBJECT = re.compile(r"^\s+(?:[\d$€£¥+−-]|(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"more|some|further|several|points?|goals?|runs?|shares?|to)\b|"
                           r"(?:his|her|their|its)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                           r"eighth|ninth|tenth|[a-z]+teenth|[a-z]+tieth)\b)", re.IGNORECASE)
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|could|should|can|cannot|may|"
                       r"might|must|shall|did|does|do|[a-z]+ed|[a-z]+n[’']t|said|says|went|goes|got|gets|made|makes|"
                       r"took|takes|gave|gives|came|comes|saw|knew|knows|thought|thinks|felt|feels|left|kept|keeps|"
                       r"told|tells|found|finds|ran|runs|won|wins|lost|put|puts|set|let|cut|fell|falls|rose|rises|"
                       r"grew|grows|led|leads|met|meets|paid|pays|sold|sells|brought|brings|built|held|holds|stood|"
                       r"became|becomes|began|begins|wants?|needs?|looks?|seems?|remains?|means?|hopes?|plans?|"
                       r"expects?|believes?|likes?|owes?|lacks?)\b|\b(?:he|she|it|that|there|what|who|here|where)[’']s\b|"
                       r"[’'](?:re|ll|ve|d)\b|"
                       r"\b(?:he|she|it|they|we|i|you|there|this|that)\s+[a-z]+s\b", re.IGNORECASE)
"""A finite verb somewhere in a reported clause: ``added the deal was close`` reports, ``added a defenceman to the
roster`` does not."""
_PASSIVE_REPORT = re.compile(r"(?:It|This)\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+)?"
                             r"(?P<cue>stated|said|noted|added|claimed|argued|stressed|emphasi[sz]ed|explained)\s+"
                             r"that\s+(?=\S)")
_HOW_CUES = {"described", "describes", "explained", "explains", "detailed", "details", "outlined", "outlines",
             "recounted", "recalled", "told"}
_PROGRESSIVE = _AtEnd(re.compile(r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+|(?!(?:current|present|recent|actual|final|usual)ly\b)[a-z]+ly\s+)?[a-z]+ing(?:\s+[a-z]+)?$"),
                      _WHITESPACE + string.ascii_lowercase, words=4)
"""``Clinton is calling for``, ``Trump was telling``, ``some are quietly saying``: an active cue after 'is', not a
passive one (not after "is currently": an activity under way, "is currently writing a book")."""


_GERUND_NP = _AtEnd(re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|this|that)\s+(?:[a-z][a-z-]*\s+){0,2}$",
                               re.IGNORECASE), words=4)
_NOUN_THEN_COMMA = re.compile(r"\s+(?!that\b)[a-z][a-z-]*\s*,")


def gerund_modifier(cue: str, pre: str, post: str) -> bool:
    """Is the cue in "-ing" a word of a noun phrase that ends at the next comma ("Sexton, a creative writing
    professor, said …"), not a speech verb?"""
    return cue.endswith("ing") and _NOUN_THEN_COMMA.match(post) is not None and _GERUND_NP.found(pre)


_WHO_BEFORE = _AtEnd(re.compile(r"[\s,]who\s+(?:also\s+|has\s+|have\s+|had\s+|later\s+|previously\s+|once\s+|then\s+)*$"),
                     _WHITESPACE + "," + string.ascii_lowercase)
"""``Barkley, who said …`` / ``voters who say …``: a cue in a relative clause (its agent is the noun before)."""
_QUANTITY = re.compile(r"\s*(?:at\s+least|at\s+most|about|more\s+than|less\s+than|fewer\s+than|nearly|almost|"
                       r"around|over|up\s+to)\s+(?:\d|half|a\s+third|a\s+quarter|a\s+fifth|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million)", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:(?<=,)\s*[A-Z][a-z]{1,5}\.\s*)?(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*)?"
                       r"(?:\([^()]{1,30}\))?"
                       r"(?:\s*[—–]+|\s+-+|(?<=\))\s+_+|(?<=[A-Z])-+(?!\d)|(?<=[A-Z]):(?=\s))\s*")
"""``WASHINGTON (AP) — `` / ``HARLAN COUNTY, Ky. (WLEX) — `` / ``PARIS, Aug 31 (Reuters) - `` / ``DENVER (AP) _ `` / ``PUNE: ``: the place and agency before a story's first sentence
(never the first word of ``COVID-19 cases``: a hyphen before a number joins a name)."""
_HEAD_CUT = re.compile(r"\s(?<=\w\s)\s*(?:in|at|on|from|with|across|during|going|living|working|interviewed|polled|"
                       r"surveyed|questioned|familiar|close|involved)\b")
r"""Where a long subject's modifiers begin: ``voters in five states``, ``people familiar with the talks``
(``(?<=\w)\s+…`` written to start with a character set, which ``re`` skips to)."""
_SUBORDINATE = re.compile(r"(?:While|Although|Though|Whereas|Even though|Because|If|When|Since|As|After|Before|"
                          r"Once|Until|Unless|Having|[A-Z][a-z]+ing)\s")
_BAD_START = {"to", "by", "of", "in", "on", "at", "for", "with", "from", "about", "as", "and", "or", "but",
              "nothing", "so", "in-", "--", "—", "–", "-"}
_QUOTE_CHARS = "“”\"‘’'"
_CLAUSE_TOKENS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "did",
                  "does", "do", "not", "he", "she", "they", "it", "we", "i", "that", "which", "who"}


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) to exclude whitespace, enclosing marks and edge punctuation (kept valid; an ellipsis stays)."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        if text[e - 1] == "." and text.endswith("...", s, e) and e - 4 >= s and text[e - 4].isalnum():
            break  # "We thought it was over...": an ellipsis typed as three full stops after a word stays, as "…" does
        e -= 1
    return s, e


def _words(text: str) -> int:
    return len(text.split())
