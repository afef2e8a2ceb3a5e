"""Found quotes that are no speech: a name given with "called", a title in quotation marks, an adverbial
read as a reported clause.

- "a company called Harmony", "the format called RSS", "It's called America First": ``called`` names
  something; nobody is quoted (not "Roe called the plan absurd", "a spokesman called it a disgrace").
- "in his new book, “Doomed to Succeed”", "an album titled “Blue Skies”": the title of a work, not
  words anybody said.
- "Roe told reporters during Tuesday's call", "Doe testified voluntarily in 1998": what follows the cue
  says when or how, not what was said.
- "Imagine the premier said, “…”", "Suppose Roe told them …": words the writer imagines, said by nobody.
- "Keeps saying she opposed the war …" as an item of a list: its first word is a verb, not a speaker.
- "A sticker on the lamppost says “…”", "a T-shirt that said …": words on a sign, a shirt or a banner, which
  nobody is reported to say.
- "You might say the town has been lucky": words anybody might say, said by nobody.
- "Minister says strikes could go on" as a short line with no full stop before the story: a headline (of the
  story or of a list of links), not a statement of the story.
- "“The river is the town's front door” — Sam Ochieng" alone in its paragraph, with the same words quoted in
  the story: a pull-quote, counted once.

Each check runs only for the quotes it can concern (a cue of ``called``, a short span), so the pass costs
next to nothing on the other quotes.
"""

from __future__ import annotations

import re

from .genres import PRESENT_CUES, story_line
from .noun_phrase import role_word

_QUOTE_MARKS = "\"“”‘’'`"

# --- "called" that names -------------------------------------------------------------------------

_NAMING_COPULA = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|so)|[Ii]t[’']s)[\s-]+(?:also\s+|now\s+|often\s+|"
                            r"sometimes\s+|simply\s+)?called\s*$")
_INDEFINITE_NP = re.compile(r"(^|[^\s]\s*)\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome)\s+((?:[\w’'&/-]+\s+){0,4}?[a-z][\w’'&/-]*)"
                            r"\s*(,?)\s+called\s*$")
_OBJECT_NP = re.compile(r"(?:^|\s)([a-z]+)\s+(?:the|its|their|his|her|our|this|that)\s+((?:[\w’'&/-]+\s+){0,3}?"
                        r"[a-z][\w’'&/-]*)\s+called\s*$")
_PREPOSITIONS = frozenset("""in on at during from with for of to into through after before over under about across
    since via within without outside inside near by like""".split())
_CLAUSE_WORDS = frozenset("""who that which whom whose has have had also then later once recently previously
    he she they it we i you and but or been is was were are will would could should""".split())
"""Words inside the phrase before "called" that make "called" a verb of that phrase's subject."""
_SUBJECT_OPENERS = frozenset("""by and but or while as when after because since although though where if that so
    whom who which what whose than""".split())
"""Words before "the <noun> called" that leave the noun phrase the subject of "called" ("... after the
committee called it ...")."""
_PERSON_NOUNS = frozenset("""man men woman women person people friend friends source sources relative relatives
    neighbour neighbours neighbor neighbors witness witnesses fan fans member members colleague colleagues doctor
    doctors expert experts critic critics student students child children boy boys girl girls mother father wife
    husband son daughter brother sister family families voter voters resident residents official officials
    panel committee board government council campaign party court group team club union""".split())
"""Heads of a phrase that can say something, beyond the role words ("a man called it ...")."""


def _speaker_head(head: str) -> bool:
    """Is ``head`` a noun for someone who can speak (a role word or ``_PERSON_NOUNS``)?"""
    low = head.lower().strip(".,’'")
    return low in _PERSON_NOUNS or role_word(head)


_CALLED_EVENT = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|referendum|poll|strike|walkout|"
                           r"by-?election)\b")
"""What "called" may call that is an event of voting or striking, not words: "called the election", "called a
snap poll", "called a strike"."""
_EVENT_TAIL = re.compile(r"\s*(?:$|[,.;]|(?:for|on|in|at|after|before|within|over|until|next|last|this|to)\b)")
"""What follows an event called (a time, a place, the end), not what it was called ("called the vote a sham")."""
_PREDICATE = re.compile(r"\s(?:an?|the|so|too|very|its|their)\s+(?:[\w-]+\s+)?(?:mistake|sham|farce|disgrace|success|"
                        r"failure|victory|travesty|betrayal|outrage|joke)\b|\s(?:unfair|illegal|rigged|premature|"
                        r"necessary|historic|unnecessary|reckless|cynical)\b")
"""What the event was called after all ("called the vote in March a sham", "called the strike illegal")."""


def _naming_called(body: str, start: int) -> bool:
    """``called`` right before ``start`` gives a name ("a company called Harmony"), not someone's words."""
    before = body[max(0, start - 90):start].rstrip(_QUOTE_MARKS + " ")
    if not before.endswith("called"):
        return False
    if _NAMING_COPULA.search(before):
        return True
    m = _INDEFINITE_NP.search(before)
    if m:
        if m.group(3) and m.group(1).rstrip().endswith(","):
            return False  # "Roe, a Scott ally, called it ...": an apposition closes before the verb
        return _names_thing(m.group(2).split())
    m = _OBJECT_NP.search(before)
    if m:  # "designed the format called RSS"; not "Roe in his speech called it ...", "after the panel called"
        first = m.group(1)
        return first not in _SUBJECT_OPENERS and first not in _PREPOSITIONS and _names_thing(m.group(2).split())
    return False


def _names_thing(words: list[str]) -> bool:
    """The phrase before "called" is a thing given a name, not someone who speaks: no clause inside it
    ("one of the docs who signed"), its head no role or person ("a reporter for AFP", "a man")."""
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    head = next((w for w, nxt in zip(words, words[1:]) if nxt.lower() in _PREPOSITIONS), words[-1])
    return not _speaker_head(head)


# --- a title in quotation marks -------------------------------------------------------------------

_WORK_BEFORE = re.compile(r"\b(?:(?:book|books|memoir|memoirs|novel|autobiography|biography|film|movie|documentary|"
                          r"show|series|sitcom|programme|program|song|single|album|play|musical|opera|poem|essay|"
                          r"column|op-ed|episode|podcast|painting)\s*,?\s*(?:titled|entitled|called)?|titled|"
                          r"entitled)\s*$", re.I)
_SMALL_WORDS = frozenset("a an the of to in on at for and or but nor by with from as is be vs into".split())


def _title_case(text: str) -> bool:
    """At most eight words, each capitalised or a number, short function words aside ("Rivers of Salt")."""
    words = [w.strip(".,!?:;()’'\"") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _work_title(body: str, start: int, end: int) -> bool:
    """A short title-case quotation right after "book", "film", "titled" ...: the name of a work."""
    text = body[start:end]
    if not (text[:1].isupper() or text[:1].isdigit()) or text.count(" ") > 7 or not _title_case(text):
        return False
    before = body[max(0, start - 40):start].rstrip(_QUOTE_MARKS + " ")
    return bool(_WORK_BEFORE.search(before))


# --- an adverbial read as a reported clause --------------------------------------------------------

_ADVERBIAL_OPENERS = frozenset("""during in at on before after by from over under without via
    through earlier later last this next then yesterday today tonight""".split())
"""Prepositions and time words that open an adverbial ("during Tuesday's call", "later that day")."""
_LEAD_CONJUNCTIONS = frozenset(("but", "and", "or", "yet", "so"))
_VERBISH = re.compile(r"\b(?:is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|"
                      r"does|did)\b|\w(?:ed|es)\b", re.I)


def _adverbial_only(text: str) -> bool:
    """A span of at most eight words that opens with a preposition or a time word, or with an adverb of manner
    (a lower-case word in -ly, alone or before such a word), and holds no verb: "during Tuesday's call", "Then,
    last week", "voluntarily in 1998", "angrily"."""
    words = text.replace(",", " ").split()
    if not words or len(words) > 8 or "that" in words:
        return False
    if words[0].lower() in _LEAD_CONJUNCTIONS and len(words) > 1:
        words = words[1:]
    first = words[0].lower()
    manner = words[0].islower() and len(first) > 4 and first.endswith("ly") and (
        len(words) == 1 or words[1].lower() in _ADVERBIAL_OPENERS or words[1] in _PREPOSITIONS)  # (not "family members")
    return (first in _ADVERBIAL_OPENERS or manner) and not _VERBISH.search(text)


# --- an attribution at the end of a reported clause -------------------------------------------------

_ATTRIBUTION_VERBS = ("said", "says", "added", "adds", "wrote", "writes", "reported", "reports", "stated",
                      "explained", "noted")
_ATTRIBUTION_ENDS = _ATTRIBUTION_VERBS + ("day", "today")
_TAIL = re.compile(r",[“”\"’']?\s+((?:[\w.’'&()-]+\s+){0,6}?[\w.’'&()-]+)\s+(?:%s)(?:\s+(?:on\s+)?(?:Monday|Tuesday|"
                   r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?[\s.)]*$" % "|".join(_ATTRIBUTION_VERBS))
"""``, MPs said``, ``, a lawyer for the firm said on Friday``: up to seven words and a verb of attribution ending the text."""
_NOT_IN_TAIL = frozenset("""that which who whom whose because if when while as since although though but so than
    not never also is was are were has have had would will could should""".split())


def trailing_attribution(text: str) -> int | None:
    """Where an attribution that closes a reported clause starts ("... were likely to fail, MPs said"): the
    offset of its comma in ``text``, or None."""
    if not text.rstrip(" .)").endswith(_ATTRIBUTION_ENDS):
        return None
    m = _TAIL.search(text)
    if not m or any(w.lower() in _NOT_IN_TAIL for w in m.group(1).split()):
        return None
    return m.start() if m.start() > 0 else None


def _trim(f, body: str) -> None:
    """End the found quote ``f`` before an attribution closing it (``trailing_attribution``), in place; a mixed
    quote left with no quotation mark is indirect."""
    cut = trailing_attribution(body[f.start:f.end])
    if cut is None:
        return
    end = f.start + cut
    f.end = end
    if f.kind == "mixed" and not any(c in body[f.start:end] for c in "“”\""):
        f.kind = "indirect"
    if f.fragments:
        frags = [(a, min(b, end)) for a, b in f.fragments if a < end]
        f.fragments = frags if len(frags) > 1 else None


# --- a name read as the reported clause -------------------------------------------------------------

_NAME_SPAN = re.compile(r"(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Sir|Lord|Lady|the)\.?\s+)?[A-Z][\w’'.-]*"
                        r"(?:\s+(?:[A-Z][\w’'.-]*|of|de|van|von|al|bin|la|le)){0,5}(?:\s*\([^)]*\))?")
_QUOTE_THEN_CUE = re.compile(r"[,!?][”\"’']{1,3}\s+(?:said|says|added|adds|asked|asks)\s+$")
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")


def _name_as_clause(body: str, start: int, end: int) -> bool:
    """The words after the cue are only a name: the speaker after a quotation ("...," said Senator Jo Roe of
    Ohio) or whom someone spoke to ("told the Tech World Forum"), not what was said."""
    if end - start > 60 or not _NAME_SPAN.fullmatch(body[start:end].strip()):
        return False
    before = body[max(0, start - 30):start]
    return bool(_QUOTE_THEN_CUE.search(before) or _TOLD.search(before))


# --- a cue word inside a name ----------------------------------------------------------------------

_SPEECH_IN = re.compile(r"\b(?:said|says|say|told|tells|reckons|believes|claims|argues|insists|added|adds)\b")
"""A span with a verb of saying of its own holds a statement, only its start is wrong ("No, said the campaign's
chief ...", "... and Roe reckons it will ...")."""


def _cue_in_name(body: str, start: int, end: int, cue: str) -> bool:
    """The cue next to a reported clause is a word of a name in running text ("the Global Reporting
    Initiative", "films such as Minority Report", "the Death in Custody Reporting Act"), not a verb."""
    n = len(cue)
    before = body[max(0, start - n - 12):start]
    at = before.lower().rfind(cue)
    if at >= 0 and not before[at + n:].strip(" ,:“\"'‘").removeprefix("that").strip():
        text, pos = before, at
    else:
        after = body[end:end + n + 60]
        at = after.lower().find(cue)
        if at < 0 or "." in after[:at] or not after[:at].strip(" ,”\"'’").replace(" and ", " ").strip():
            return False
        text, pos = after, at
    return text[pos:pos + 1].isupper() and _after_name_words(body, start - len(before) + pos if text is before
                                                             else end + pos)


def _after_name_words(body: str, at: int) -> bool:
    """Does the word at ``at`` follow a capitalised word that goes on a name in running text (two words before it,
    one of them in lower case; no sentence end between): "the Global Reporting", "films such as Minority Report"?"""
    ctx = body[max(0, at - 40):at].split()[-3:]
    return (len(ctx) == 3 and ctx[-1][:1].isupper() and ctx[-1][-1:] not in ".:;!?\"”"
            and any(w[:1].islower() for w in ctx[:-1]))


def _cue_in_name_between(body: str, fragments: list, cue: str) -> bool:
    """The cue that splits a quote into fragments is a word of a name ("films such as Silent Report, ...")."""
    for (_, a_end), (b_start, _) in zip(fragments, fragments[1:]):
        gap = body[a_end:b_start]
        at = gap.lower().find(cue)
        if at < 0:
            continue
        return gap[at:at + 1].isupper() and _after_name_words(body, a_end + at)
    return False


def _capital_cue_near(body: str, f, cue: str) -> bool:
    """A cheap first test for a cue inside a name: the cue written with a capital next to the quote."""
    cap = cue[:1].upper() + cue[1:]
    return cap in body[max(0, f.start - len(cue) - 12):f.start] or cap in body[f.end:f.end + len(cue) + 60] \
        or bool(f.fragments and cap in body[f.fragments[0][1]:f.fragments[-1][0]])


# --- words the writer imagines -------------------------------------------------------------------
_IMAGINED = re.compile(r"(?:^|[.!?…:]\s+|\n)[\s“\"‘']*(?:Imagine|Suppose|Supposing|What\s+if|If\s+only)(?:\s+if|\s+that)?\s+\Z")
_IMAGINE_WORDS = ("Imagine", "Suppose", "Supposing")


def _imagined(body: str, f) -> bool:
    """Does the sentence open by imagining its speaker's words ("Imagine (if) the premier said …")?"""
    mention, at = f.mention, f.m_start
    if not mention or at is None or at < 0:
        return False
    if mention.startswith(_IMAGINE_WORDS):
        words = mention.split()  # "Imagine" read as the speaker; not "Imagine Dragons"
        return words[0] in _IMAGINE_WORDS and (len(words) == 1 or words[1][:1].islower() or words[0] != "Imagine")
    before = body[max(0, at - 24): at]
    return ("Imagine" in before or "Suppos" in before or "What" in before or "If" in before) \
        and _IMAGINED.search(before) is not None  # (the pattern only where one of its words is)


# --- a verb opening a list item, read as its speaker ---------------------------------------------
_VERB_OPENER = re.compile(r"[A-Z][a-z]+s[ \u00a0]+(?:saying|calling|claiming|telling|insisting|suggesting|"
                          r"on[ \u00a0]+(?:our|their|his|her|its|the|a|an)[ \u00a0])")
"""``Keeps saying she opposed …`` / ``Preys on our worst fears …, and calls people …``: a paragraph of a list that
opens with its verb (the subject is the list's), not with a name."""


def _verb_opens_item(body: str, f) -> bool:
    """Is the one-word speaker of ``f`` the verb that opens its paragraph ("Keeps saying …")?"""
    at, mention = f.m_start, f.mention
    if at is None or not mention or " " in mention or (at and body[at - 1] != "\n"):
        return False
    m = _VERB_OPENER.match(body, at)
    if m is None or m.end() <= at + len(mention):
        return False
    near = body[max(0, at - 2000): at] + body[at + len(mention): at + 2000]  # (bounded: linear in the text)
    return re.search(r"\b%s\b" % re.escape(mention), near) is None  # a name comes back; "Keeps" does not


# --- words on a sign --------------------------------------------------------------------------------
_SIGN_NOUNS = frozenset("""sign signs signpost placard placards banner banners poster posters sticker stickers
    t-shirt t-shirts shirt shirts tee jersey graffiti plaque plaques billboard billboards inscription slogan
    slogans motto mottos mottoes mural murals noticeboard""".split())
"""Things that bear words nobody is reported to say ("a placard read", "a sticker says")."""
_DETERMINERS = frozenset("a an the one another some many his her their its this that these those".split())


def _sign_speaker(mention: str) -> bool:
    """Is the speaker a phrase whose head is a sign, a shirt, a banner ... ("A sticker on the lamppost"), not a
    person holding one ("Lori Bernstein held up a sign saying …")?"""
    raw = mention.split()
    if len(raw) == 1:  # "Signs say the path is closed" (not "Sticker, the design firm, says")
        word = raw[0].lower()
        return word in _SIGN_NOUNS and word.endswith("s")
    if len(raw) > 8 or raw[0].lower() not in _DETERMINERS:
        return False  # (most speakers: a name)
    words = [w.lower() for w in raw]
    at = next((i for i, nxt in enumerate(words[1:]) if nxt in _PREPOSITIONS or nxt in ("that", "which")),
              len(words) - 1)
    return raw[at][:1].islower() and words[at].strip(".,’'\"") in _SIGN_NOUNS  # (not "The Banner", a paper)


# --- words anybody might say -----------------------------------------------------------------------
_GENERIC_SAY = re.compile(r"(?:^|[.!?…]\s+|\n)[\s“\"‘']*(?:You|One)\s+(?:might|could|may|would|can)\s+"
                          r"(?:well\s+|even\s+|almost\s+|also\s+)?\Z")


def _generic_speech(body: str, f) -> bool:
    """"You might say …", "One could argue …": the sentence's subject is anybody, its verb a mere possibility."""
    if f.mention not in ("You", "One") or f.m_start is None or not f.cue:
        return False
    at = f.m_start
    upto_cue = body[at: at + 40].split(f.cue, 1)[0]  # "You might "
    return _GENERIC_SAY.search(body[max(0, at - 4): at] + upto_cue) is not None


# --- a headline line --------------------------------------------------------------------------------
_LINE_ENDS = ".!?…:;"
_CLOSERS = "\"”’')] "
_HEADLINE_WORDS = 14
_INNER_STOP = re.compile(r"[a-z0-9][.!?][”\"’')]*\s")
"""A sentence's end inside the line ("Roe explains why it is “weird.” [538]"): a sentence and its source."""


def _line_of(body: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) around ``start`` .. ``end``: its start and end offsets."""
    lo = max(0, start - 400)
    s = body.rfind("\n", lo, start)
    e = body.find("\n", end, end + 400)
    return (s + 1 if s >= 0 else lo), (e if e >= 0 else min(len(body), end + 400))


_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[•*·▪►-])\s+")
"""The mark opening an item of a list ("1. ", "• ")."""


def _headline_text(line: str) -> bool:
    """Is ``line`` short, with no end punctuation and no sentence inside (a list's mark aside)?"""
    if m := _LIST_MARK.match(line):
        line = line[m.end():]
    line = line.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(line) and line[-1] not in _LINE_ENDS and len(line.split()) <= _HEADLINE_WORDS \
        and _INNER_STOP.search(line) is None


_PAST_CUES = frozenset("said told wrote spoke thought felt".split())


def _headline_cue(cue: str) -> bool:
    """Can ``cue`` be a headline's verb? Headlines report speech in the present ("Minister says …"); a line of
    "The minister said schools would reopen" (an item of a speaker's points) is the story's own report."""
    return cue not in _PAST_CUES and not cue.endswith("ed")


_PRONOUNS = frozenset("He She They We I".split())
"""A line opening with a pronoun ("She says exams will go ahead") goes on from the text before it: no headline."""


def _introduced_list(body: str, s: int) -> bool:
    """Is the line at ``s`` (after any items of a list before it) introduced by a line ending in a colon ("The
    minister set out her plan:\n1. The minister says …"): points of the text, not headlines?"""
    for line in reversed(body[max(0, s - 1200): s].split("\n")[-12:]):
        line = line.strip()
        if line and not _LIST_MARK.match(line):
            return line.endswith(":")
    return False


def _headline_line(body: str, start: int, end: int) -> bool:
    """Does the reported clause stand in a headline: a short line with no end punctuation that a further line of
    text follows ("Minister says strikes could go on\n\nRail firms …"), or that ends a list of such lines
    ("Related stories\nCouncil says bins …\nResidents say parking plan is unfair")? A line opening in lower case
    ("2. she said the scheme …") or a pronoun, or an item of a list a colon introduces, is no headline."""
    s, e = _line_of(body, start, end)
    if (s and body[s - 1] != "\n") or not _headline_text(body[s:e]):
        return False
    m = _LIST_MARK.match(body, s, e)
    first = body[m.end() if m else s: e].lstrip(" \t“\"‘'")[:12].split(" ", 1)[0]
    if first[:1].islower() or first in _PRONOUNS or _introduced_list(body, s):
        return False
    if e < len(body) and body[e] == "\n" and body[e:e + 400].strip():
        return True
    if e < len(body) and body[e:e + 400].strip() or s < 2:
        return False
    prev = body[max(0, s - 400): s].rstrip().rsplit("\n", 1)
    return len(prev) == 2 and _headline_text(prev[1])


# --- a pull-quote -----------------------------------------------------------------------------------
_PULL_TAIL = re.compile(r"[\s”\"’'.,!?]*(?:[—–-]+\s*[\w .,’'-]{0,100})?\Z")
"""What may follow a pull-quote on its line: closing marks, a dash and a name ("— Sam Roe, chair of the trust")."""
_PULL_CHECKS = 20
"""Pull-quotes looked up per text at most (a page has a few; bounded work on hostile text)."""


def _pull_quote(body: str, f, texts: list) -> bool:
    """A quotation alone in its paragraph (a dash and a name may follow), with no cue, whose words are also
    quoted elsewhere in the text (with a cue, or before it): a pull-quote repeating the story's quote."""
    s, e = _line_of(body, f.start, f.end)
    if body[s:f.start].strip(" \t“\"‘'") or _PULL_TAIL.match(body, f.end, e) is None:
        return False
    key = _plain(body[f.start:f.end])
    # (another copy with a cue, or an earlier one: of two bare copies the first stays)
    return any(key in other and (cued or at < f.start) for other, at, cued in texts if at != f.start)


def _plain(text: str) -> str:
    """Words of a text, lower case, without punctuation: for comparing quotations."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


_ASKED_ASIDE = re.compile(r"\s*,\s+asked\s+(?:(?:by|about|whether|if|how|why|what|when)\s+)?\Z")
_ASIDE_CLOSE = re.compile(r",\s+([a-z]+)\b(?:\s+that\b)?\s*")
_ASIDE_SPEECH = frozenset("said says added adds told tells replied replies answered answers insisted insists explained "
                          "explains argued argues conceded concedes admitted admits stressed stresses maintained "
                          "maintains".split())
_ASIDE_SAYS_WHAT = _ASIDE_SPEECH - {"told", "tells"}
"""Verbs closing the aside whose clause after them is what was said ("…, insisted the team had played well")."""


def _asked_aside(body: str, f) -> bool:
    """"Wendtland, asked by AFP whether the EU would raise its offer, smiled": the question put to the person, in an
    aside closed by a verb that says nothing. Closed by a verb of speech ("…, insisted the team had played well"),
    the quote is moved, in place, to the clause after that verb, which becomes its cue; a quote closed by "told"
    stays as it was."""
    if f.m_end is None or f.m_end > f.start or not _ASKED_ASIDE.match(body[f.m_end:f.start]):
        return False
    close = None
    for close in _ASIDE_CLOSE.finditer(body, f.start, f.end):
        pass
    if close is None:
        return False
    verb = close.group(1)
    if verb in _ASIDE_SAYS_WHAT and f.end - close.end() >= 8 and not f.fragments:
        f.start, f.cue = close.end(), verb  # "Roe, asked about the defeat, insisted the team had played well"
        return False
    return verb not in _ASIDE_SPEECH


def drop_not_speech(body: str, found: list) -> list:
    """``found`` without the quotes that are no speech (see the module docs)."""
    out = []
    texts, checks = None, 0
    for f in found:
        cue = f.cue.lower() if f.cue else ""
        start, end, kind = f.start, f.end, f.kind
        if f.mention and (_imagined(body, f) or _verb_opens_item(body, f) or _sign_speaker(f.mention)
                          or _generic_speech(body, f)):
            continue
        if kind != "direct" and end - start <= 200 and _headline_cue(cue) and _headline_line(body, start, end):
            continue
        if kind == "direct" and not cue and not f.fragments and end - start >= 20 and checks < _PULL_CHECKS:
            checks += 1
            if texts is None:
                texts = [(_plain(" ".join(body[a:b] for a, b in g.fragments) if g.fragments
                                 else body[g.start:g.end]), g.start, bool(g.cue)) for g in found]
            if _pull_quote(body, f, texts):
                continue
        if kind == "direct":
            if end - start <= 80 and _work_title(body, start, end):
                continue
            if cue in PRESENT_CUES and story_line(body, start):
                continue  # "In one scene, the detective tells his partner, “…”": a line of the story reviewed
            if cue == "called" and _naming_called(body, start):
                continue
            out.append(f)
            continue
        if cue == "called" and _naming_called(body, start):
            continue
        if cue == "asked" and _asked_aside(body, f):
            continue
        if cue == "called" and (ev := _CALLED_EVENT.match(body, start, end)) is not None \
                and _EVENT_TAIL.match(body, ev.end(), end) and not _PREDICATE.search(body, ev.end(), end):
            continue  # "called the election for October", "called a strike": an event called, no words
        if kind == "indirect":
            if end - start <= 80 and _adverbial_only(body[start:end]) \
                    and not body.startswith(", according to", end):  # "At the heart of it, according to Roe, was ..."
                continue
            if end - start <= 60 and body[start:start + 1].isupper() and _name_as_clause(body, start, end):
                continue
        if cue and " " not in cue and not cue.endswith("ed") and _capital_cue_near(body, f, cue) \
                and (_cue_in_name_between(body, f.fragments, cue) if f.fragments else _cue_in_name(body, start, end, cue)) \
                and not _SPEECH_IN.search(body, start, end):
            continue
        _trim(f, body)
        out.append(f)
    return out
