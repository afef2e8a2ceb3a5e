"""Find quotations and reported statements in an article and attribute them to speakers.

Rules, in reading order: quotation marks are paired per paragraph (runs over paragraphs are
followed); a quote's cue is looked for after its closing mark (``,” she said``), then before its
opening mark (``Smith said: “``); a quoted fragment inside a reported clause makes a mixed quote;
a quote with no cue continues the previous speaker (floating) and short uncued ones are scare quotes.
Sentences without quotes are searched for reported speech (``X said (that) …``, ``…, X said``,
``according to X``). Pronouns and generic nominals resolve to the latest compatible speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from dataclasses import dataclass

from . import cue_stats
from .cues import CUE_SET as _CUE_SET
from .cues import BodyCues as _BodyCues
from .cues import near_cue
from .coordinated import that_fragments
from .gender import GENDERED_WORDS, first_name_gender
from .lexicon import TITLE_WORDS
from .interview import answer_lines, interview_answers
from .lead_description import name_lead_posts
from .introduced import introduced_before, introduced_speaker
from .judged_object import bare_judgement, judged_object, literal_label
from .listed_name import listed_name_start
from .describe import PERSON_ROLES
from .noun_phrase import role_word
from .inverted_appositive import inverted_appositive
from .manner import colon_subject, introduced_by, manner_attribution, manner_colon
from .owned_claims import OWNED_NOUN, owned_claim
from .genres import agent_for, role_name_of, ruling_quotes, signature, whole_utterance
from .forms import CAPS_RUN, MIN_HEADLINE_WORDS, ROUNDUP_LABEL, caps_name, first_line_headline, label_name, label_of, link_title, not_prose, title_case_line, transcript_lines
from .marks import QuoteSpan, find_quote_spans, paragraphs, plain_marks, quoted_within, restore_spans
from .np_repair import group_of, repair_mention
from .patterns import NP_CUT, WHO_SAID
from .reported import _AUX_TAIL, TO_CUES, TO_SAY, ReportedSpeech
from .rules import (
    MIN_WORDS_FLOATING, MIN_WORDS_UNCUED, SCARE_MAX_WORDS, _ADV_TAIL, _DATELINE, _HAS_VERB, _HEAD_CUT,
    _INVERTIBLE, _PARTICIPLES, _PASSIVE, _PROGRESSIVE, _QUOTE_CHARS, _RISKY, after_that,
    _trim, _words, gerund_modifier, not_speaking,
)
from .sentences import SentenceIndex, split_sentences
from .resolve import SpeakerMemory
from .subjects import lead_phrase, relative_head, subject_span, trailing_np
from .speakers import GOV_MENTION, GOV_WORD, GOV_WORDS, clean_np, entity_kind, split_role

_RISKY_REST = re.compile(r"^\s*(?:[.,;:!?]|$|that\b|to\b|in\b|on\b|at\b|from\b|during\b|after\b|outside\b)")
_DASH_APPOSITIVE = re.compile(r"(?<=[\w.’'])\s+[-–—]\s+(?:who|which|whose|an?|the|now|then|himself|herself|after|before|during|with|without|like|[a-z]+ing)\b(?:[^-–—]|(?<=\w)-(?=\w)){2,150}?"
                              r"\s+[-–—]\s*$")
"""An aside between dashes right before the cue: ``X - who was jailed in 1975 - said``, ``X — after a pause — told me``."""
_PART_QUOTE = re.compile(r"[a-z]+\s*[:,]?\s*[“\"]")
"""``…, adding: “…”``: the participle introduces a quotation, read on its own as a direct quote."""
_PART_TAIL = re.compile(r",\s+(?:also\s+)?(?:%s)(?:\s+(?:[\w.’'-]+\s+){1,5}?that)?\s*[:,]?\s*$" % "|".join(sorted(_PARTICIPLES)))
"""A participle and its object before a quotation: "C, saying “", "C, telling reporters that “"."""
_CLOSING = ("”", '"', "’", "'")
_FINITE = re.compile(r"\s(?:could|would|will|was|were|is|are|has|had|have|should|can|may|might|must)\s")
_AUX_OPENERS = ("Will ", "Would ", "Can ", "Could ", "May ", "Should ", "Must ", "Did ", "Does ", "Do ")
_AUX_QUESTION = re.compile(r"(?:Will|Would|Can|Could|May|Should|Must|Did|Does|Do)\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+\b")
"""A question opened by an auxiliary before a named subject ("Will Roe say …?", "Did Ann Roe know …?")."""
"""An auxiliary after a noun: the words after a cue are a clause, not its speaker ("said the team could win")."""
_LEADING_CUE_NP = re.compile(r"\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][^,:;“”\"]{1,60}?|(?:(?!(?:which|what|who|whom|whether|if|how|when|why|where|in|on|at|"
                             r"a|an|the|to|for|with|about|by)\b)[a-z][\w-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*){0,3})"
                             r"\s*(?:,[^:“”\"]*)?[:,]\s*$")
"""The speaker after a leading cue: ``Said Jo Roe, who …: “``, ``Said goaltender Jo Roe: “``, ``Said Émilie Roy: “``."""


_LEADING_STOPS = (":", "“", "”", '"')
"""What the words after a leading cue never hold before the colon or comma that ends them (``_LEADING_CUE_NP``)."""
_SEVEN_WORDS = re.compile(r"\s*(?:\S+\s+){6}\S")
"""Seven words or more: the words after a cue too many for the quotation after them to be its speech."""
_MIXED_MARKS_BACK = 4
"""How many quotation marks back from a quotation the cue of a mixed quote holding it is looked for."""


def _marks_back(text: str, n: int) -> int:
    """Where ``text`` goes on after its ``n``-th last closing or straight double quotation mark (0 if fewer)."""
    at = len(text)
    for _ in range(n):
        at = max(text.rfind("”", 0, at), text.rfind('"', 0, at))
        if at < 0:
            return 0
    return at + 1


_COLON_QUOTE = re.compile(r":\s+[“‘\"']")
"""``said: “``: a cue with a quotation of its own."""
_NOT_SPACE = re.compile(r"\S")
_SHORT_SENTENCE = re.compile(r"[A-Z][^.!?]*[.!?]+(?:\s+[A-Z][^.!?]*[.!?]+)*\s*$")
"""A quoted part that is sentences of its own, however short: capitalised, ending at its full stop (``A year? Two?``)."""
_TITLE_SMALL = frozenset("a an the of in on at to for and or but with from by vs nor as into".split())


def _quoted_title(text: str, before: str) -> bool:
    """Is ``text``, quoted inside a sentence after other words, the title of a show, book or song: two to six words,
    each capitalised but the small ones, no sentence end but the full stop American style puts inside the marks
    (``“Sunday Morning Futures”``, ``on NBC's “Meet the Press.”``)?"""
    if text.rstrip()[-1:] in "!?…" or not before.strip() or before.rstrip()[-1:] in ":,(":
        return False
    text = text.rstrip()
    return not any(ch in text[:-1] for ch in ".!?") and _title_words(text[:-1] if text.endswith(".") else text)


def _title_words(text: str) -> bool:
    """Two to six words, each capitalised but the small ones (``Meet the Press``, ``State of the Union``)."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL]
    return len(big) >= 2 and words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in big)


_NAME_AND = re.compile(r"(?<![\w’'-])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+and\s+$")
_WHO_END = re.compile(r",\s+who\s+(?:also\s+)?$")
_COORD_NAME = re.compile(r"[,”\"’]\s+(?:and|but)\s+(?P<np>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)\s*$")
"""A name after "and"/"but" right before a cue: the subject of the second of two clauses."""
_NAME_OF_ORG = re.compile(r"\s*(?P<name>(?!(?:A|An|The|This|That)\s)(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?"
                          r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.&-]*)*\s*$")
"""A name and the organisation it belongs to, before a cue: ``Insp. Jo Roe of the Regional Police Service``."""



_NAME_AFTER_DESCRIPTION = re.compile(r",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?"
                                     r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})"
                                     r"(?=\s+of\s+(?:the\s+)?[A-Z]|\s*[,.;]|\s*$)")
"""A person's name in an aside after a description (``…, Dr. Jo Roe of the University of Geneva``)."""

_INITIALS_TAIL = re.compile(r"\s+\([A-Z]{2,8}\)$")
"""The initials a body is known by, in brackets after its name."""

_QUOTED_AS = re.compile(r"[\s,]*(?P<np>[^,.;:“”\"]{1,60}?)\s+(?:was|were|is|has\s+been)\s+quoted\s+(?:by\s+[^,.;:“”\"]{1,60}?"
                        r"\s+)?as\s+(?:saying|telling)\b")
"""``“…,” Mr Kim was quoted as saying``: the person the quotation is given to, however passive the cue."""

_SOURCE_RELATIVE = re.compile(r"\s+(?:who|whom|that|which)\s")
"""The relative clause that ends a long source phrase after ``according to``."""

_COURT_LABELS = frozenset({"The Court", "The Judge"})
"""The labels a court transcript gives the judge's lines (``THE COURT: Overruled.``)."""
_JUDGE = re.compile(r"\b(?P<post>(?:Circuit\s+|District\s+|Superior\s+Court\s+|County\s+)?(?:Judge|Justice))\s+"
                    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})")
"""``Judge Harold Nkemelu``: the judge a text names, who speaks the lines labelled ``THE COURT``."""

class _ParaQuotes:
    """(open, close) of the quotation ``groups[k]`` and of those after it in its paragraph, read only when
    iterated (few speakers ask; a list built for each quotation would cost the square of a paragraph's
    quotations)."""

    __slots__ = ("groups", "k", "para_end")

    def __init__(self, groups: list[list[QuoteSpan]], k: int, para_end: int) -> None:
        self.groups, self.k, self.para_end = groups, k, para_end

    def __iter__(self):
        groups, para_end = self.groups, self.para_end
        for i in range(self.k, len(groups)):
            g = groups[i]
            if g[0].open >= para_end:
                return
            yield g[0].open, g[-1].close


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: str | None
    mention: str | None
    m_start: int | None
    m_end: int | None
    role: str | None
    floating: bool = False
    fragments: list | None = None  # [(start, end)] of the quoted parts when a quote is split by its cue



class _Extractor(ReportedSpeech):
    def __init__(self, body: str) -> None:
        self.body = body
        self.mem = SpeakerMemory(body)
        self.out: list[Found] = []
        self.last: tuple[Found, int] | None = None  # last attributed quote and its paragraph index
        self.pending: list[tuple[int, int, tuple | None]] = []  # "…, and he noted that …": clauses to read on their own
        self.handed: set[int] = set()  # the starts of the clauses handed on that were read (each is read once)
        self.paras = paragraphs(body)
        self.cues = _BodyCues(body)
        self.object_np: str | None = None  # the noun phrase a cue last reported as its object ("denied the charges")
        self.object_read = False  # whether the cue last read reports an object ("called for an inquiry")

    # ------------------------------------------------------------------ speakers
    def speaker(self, raw: str, offset: int, cue: str | None, strict: bool = True, context: str = ""):
        """Resolve the phrase ``raw`` (at ``offset`` in the body): (name, mention, start, end, role)."""
        np = clean_np(raw, strict)
        if not np:
            return None
        i = raw.rfind(np)
        start = offset + (i if i >= 0 else 0)
        end = start + len(np)
        if self.body[start:end] != np:
            return None
        if (listed := listed_name_start(self.body, np, start)) < start:  # "Immigration, Refugees and Citizenship Canada"
            np, start = self.body[listed:end], listed
        caps = CAPS_RUN.search(np) is not None  # "organiser KAREN DOYLE" is read as "organiser Karen Doyle"
        fixed = repair_mention(self.body, caps_name(np) if caps else np, start, cue)  # a noun phrase, never a cut
        # clause or a bare possessive
        if fixed is None:
            return None, np, start, end, None  # the subject names no one: the quote stands without a speaker
        owned = fixed[1] > start or len(fixed[0]) < len(np) and np.endswith(("’s", "'s"))
        np, start = fixed
        end = start + len(np)
        if caps and self.body[start:end].lower() == np.lower():
            np = self.body[start:end]  # (the mention as written)
        subject = self.mem.subject_before(start) if owned else None
        got = self.mem.attribute(caps_name(np) if caps else np, start, cue, context)
        if got is None:
            return None
        if got[0] == np and np[:1] in "AaTt" and self.body.startswith(",", end) and cue != "according to" \
                and (role_word(np.split()[-1]) or np.split()[-1].lower() in PERSON_ROLES) \
                and (named := _NAME_AFTER_DESCRIPTION.match(self.body, end)) is not None \
                and first_name_gender(named.group("name").split()[0]) and entity_kind(named.group("name")) == "person":
            # "said the study's lead author, Dr. Jo Roe of the University of Geneva": the person the aside names
            got = named.group("name"), np
            self.mem.remember(got[0], "person", np, cue, context, named.start("name"))
        if subject and got[0]:
            self.mem.subject_again(subject, got[0], end)  # "Christie rejected Trump's claim that …": Christie stays the subject
        if group_of(np) or (got[0] and np[:1] in "AaTt" and not got[0].startswith(np[:6]) and agent_for(np)):
            got = (np, None)  # "Friends of Mr. Roe say": the friends, not Mr. Roe; "A spokesperson for Minister Jo Roe"
        role = got[1]
        if role is None and got[0] and np[:1].isupper() and got[0].endswith(np.split()[-1]):
            role = self.mem.appositive_role(got[0], end)  # "Jane Roe, a city councillor, said"
        return got[0], np, start, end, role

    def source_speaker(self, np: str, offset: int):
        """The source after 'according to', cut to its head when long: ``a poll released by X`` -> ``a poll``."""
        if np.endswith(")") and (tag := _INITIALS_TAIL.search(np)) is not None:
            np = np[: tag.start()]  # "figures from the Irish Nurses and Midwives Organisation (INMO)": the body's name
        got = self.speaker(np, offset, "according to", strict=False)
        if got or len(np.split()) <= 8:
            return got
        if (rel := _SOURCE_RELATIVE.search(np, 1)) is not None and (
                got := self.speaker(np[: rel.start()], offset, "according to", strict=False)):
            return got  # "two people familiar with the decision who were not authorized …": the source before its clause
        cut = NP_CUT.search(np, 1)
        return self.speaker(np[: cut.start()], offset, "according to", strict=False) if cut else None

    def subject_speaker(self, pre: str, offset: int, cue: str | None, **kw):
        """``speaker`` of the words before a cue, past appositives: ``Marley Anderson, 21, a junior, said``."""
        if ("-" in pre or "–" in pre or "—" in pre) and (dash := _DASH_APPOSITIVE.search(pre)) is not None:  # "Gerry Conlon - who was jailed in 1975 - said"
            got = self.subject_speaker(pre[: dash.start()], offset, cue, **kw)
            if got:
                return got
        lead = lead_phrase(pre)
        if lead:  # "Significantly, the judge said" / "Earlier Tuesday, his manager, Jeff Weaver, said"
            got = self.subject_speaker(pre[lead:], offset + lead, cue, **kw)
            if got:
                return got
        sub = subject_span(pre)
        if sub is not None:
            got = self.speaker(pre[sub[0]: sub[1]], offset + sub[0], cue, **kw)
            if got:
                return got
        got = self.speaker(pre, offset, cue, **kw)
        if got is None and (rel := relative_head(pre)) is not None:
            got = self.speaker(pre[rel[0]: rel[1]], offset + rel[0], cue, **kw)
        if got is None and (cut := _HEAD_CUT.search(pre, 0, comma if (comma := pre.find(",")) >= 0 else len(pre))):
            # (a cut before any comma: its match never runs over one, so the search stops at the first)
            # "Majorities of Democrats in five states going to the polls say": the head before its modifiers
            got = self.speaker(pre[: cut.start()], offset, cue, **kw)
        if got is None and (tail := trailing_np(pre.rstrip())) is not None and pre[tail[0]].isupper():
            got = self.speaker(pre[tail[0]: tail[1]], offset + tail[0], cue, **kw)  # "reporter Jackie Nespral"
        if got is None and " of " in pre and (of := _NAME_OF_ORG.match(pre)) is not None:
            # "Staff Sgt. Frank Jang of the Integrated Homicide Investigation Team": too long as a whole, the
            # name before its organisation
            got = self.speaker(pre[: of.end("name")], offset, cue, **kw)
        if got and lead and got[2] < offset + lead:
            return None  # the lead phrase is never the subject ("Already, about 28% of the bosses … say")
        if got and got[0] and " " not in got[0] and " of " in pre and (of := role_name_of(pre)) is not None:
            # "Political scientist Jo Roe of the University of Calgary": the name before its institution
            better = self.speaker(pre[:of], offset, cue, **kw)
            if better and better[0] and " " in better[0]:
                return better
        return got

    def add(self, s: int, e: int, kind: str, cue: str | None, who, floating: bool = False,
            para: int | None = None, anaphor: bool = False, whole: bool = False) -> Found | None:
        """Add a quote of ``body[s:e]``; one word only as a whole utterance (``whole``: a transcript's line) or an
        ``anaphor`` that stands for what was said ("That's according to a new poll")."""
        if kind != "direct" and cue:
            low = cue_stats.LOW_PRECISION_THAT if after_that(self.body, s) else cue_stats.LOW_PRECISION
            if cue.lower() in low:
                return None  # a cue whose reported speech is rarely speech in annotated news ("proposed")
        utterance = kind == "direct" and (cue or whole) and self.body[s:e].rstrip()[-1:] in ("!", "?", ".")
        s0, e0 = s, e
        dateline = _DATELINE.match(self.body, s, e)
        if dateline:  # "WASHINGTON (AP) — Donald Trump has invested …, according to …"
            s = dateline.end()
        s, e = _trim(self.body, s, e)
        if e - s < (2 if anaphor else 3) or (len(self.body[s:e].split(None, 1)) < 2 and not utterance and not anaphor
                                             and not (kind == "direct" and cue and who is not None
                                                      and whole_utterance(self.body, s0, e0, who[2]))):  # (one word)
            return None  # one word is a quote only as a whole utterance with its cue: 'Priebus said, "Probably."'
        name, mention, ms, me, role = who if who else (None, None, None, None, None)
        f = Found(s, e, kind, cue, name, mention, ms, me, role, floating)
        self.out.append(f)
        if (name or mention) and para is not None:
            self.last = (f, para)
        return f

    # ------------------------------------------------------------------ quotation marks
    def direct(self, group: list[QuoteSpan], sents: SentenceIndex, para: int) -> bool:
        """Attribute one quotation (possibly over several paragraphs); True if it was kept."""
        body, first, last = self.body, group[0], group[-1]
        who, cue = None, None
        sent = sents.at(first.open) or (first.para_start, first.para_end)
        before = body[sent[0]: first.open]
        if len(group) == 1 and first.closed and _quoted_title(body[first.start: first.end], before):
            return False  # "on Fox News's “Sunday Morning Futures,” Issa said": a title, not words said
        # a quoted fragment inside reported speech -> mixed
        if len(group) == 1 and first.closed:
            mixed = self.mixed(sent, first)
            if mixed or self.mixed_before_speaker(sent, first, para) or self.judgement(sent, first, para):
                return True
        extra, after = None, ""
        if last.closed:
            end_sent = sents.at(last.close) or (last.para_start, last.para_end)
            # (a long sentence is read near the quotation's end)
            after = body[last.after: max(last.after, near_cue(body, *end_sent, last.after, last.after)[1])]
            if not after.strip() and body[last.close - 1: last.close] in ("!", "?", "…", "."):
                # “We will never give up!” Nunes said. -- the splitter ends a sentence at "!”"
                nxt = len(body[last.after: last.para_end]) - len(body[last.after: last.para_end].lstrip())
                next_sent = sents.at(last.after + nxt) if last.after + nxt < last.para_end else None
                if next_sent and (body[last.close - 1] != "." or _words(body[next_sent[0]: next_sent[1]]) <= 8) \
                        and not ((body[next_sent[0]] in _QUOTE_CHARS or _COLON_QUOTE.search(body, *next_sent)
                                  or before.rstrip().endswith((",", ":")))
                                 and self.cues.any_in(sent[0], first.open)):
                    # (not, after 'Ms Lee said: “A.”', into a quotation of its own, '“B,” the minister said.', nor to
                    # the cue of another, 'Jo Roe asked: “B?”', nor after a cue of its own, 'A reporter asked, “B?” Roe
                    # said …')
                    after = body[last.after: next_sent[1]]
            if not after.strip() and body[last.close - 1: last.close] == "," and not body[last.after: last.para_end].strip() \
                    and para + 1 < len(self.paras) and body[self.paras[para + 1][0]].islower() \
                    and body.count("\n", last.after, self.paras[para + 1][0]) == 1 \
                    and (next_sent := sents.at(self.paras[para + 1][0])) is not None:
                # “The vote is final,”\nsaid the Speaker.: a line break inside the sentence, before its attribution (not
                # a blank line: a new paragraph)
                after = body[last.after: next_sent[1]]
            got = self.after_cue(after, last.after)
            if got:
                who, cue = got
                p = self._AND_PARTICIPLE.search(after) or self._AND_SAID.search(after) \
                    or (WHO_SAID.search(after) if "who" in after else None)
                if p and _words(after[p.end():]) >= 3:
                    extra = (last.after + p.end(), self.clause_end(last.after + p.end(), end_sent[1]), p.group("cue"))
        if who is None:
            near = near_cue(body, sent[0], sent[1], first.open, first.open)[0]  # (a long sentence: near the quotation)
            got = self.before_cue(body[near: first.open], near)
            if (cs := self._colon_subject(sent[0], first.open, got)) is not None:
                who, cue = cs, got[1] if got else None  # "As she was led away, Ms Chan called out: “…”"
            elif got:
                who, cue = got
            elif (mc := manner_colon(body[near: first.open])) is not None:  # "Coach Jo Roe was blunt: “…”"
                who = self.speaker(mc[0], near + mc[1], None, strict=False)
            elif (ib := introduced_by(body[near: first.open], PERSON_ROLES)) is not None \
                    and (not ib[2] or self.mem.known_person(ib[0])):  # "Then came Jo Roe: “…”", not "Then came Brexit:"
                who = self.speaker(ib[0], near + ib[1], None, strict=False)
        if who is None and (lab := ROUNDUP_LABEL.match(body, self.paras[para][0], first.open)) \
                and lab.group("name").split()[0].lower() not in _CUE_SET | _INVERTIBLE:
            # "Jane Doe, The Daily Courier: '…'": the label names the speaker
            got = self.speaker(lab.group("name"), lab.start("name"), None)
            if got:
                who = got
        if who is None and para > 0 and first.open == self.paras[para][0]:
            prev_s, prev_e = self.paras[para - 1]
            prev = body[prev_s:prev_e].rstrip()
            if prev.endswith(":"):
                last_sent = sents.at(prev_s + len(prev) - 1) or (prev_s, prev_e)
                got = self.before_cue(body[last_sent[0]: prev_s + len(prev)], last_sent[0])
                if (cs := self._colon_subject(last_sent[0], prev_s + len(prev), got)) is not None:
                    who, cue = cs, got[1] if got else None  # "She tells it so:" above the quotation
                elif got:
                    who, cue = got
                elif (lab := ROUNDUP_LABEL.match(body, prev_s, prev_e)) \
                        and lab.group("name").split()[0].lower() not in _CUE_SET | _INVERTIBLE:
                    who = self.speaker(lab.group("name"), lab.start("name"), None)  # "Jane Doe, The Courier:" above
        if who is None and last.closed and first.open == self.paras[para][0] and para + 1 < len(self.paras) \
                and not body[last.after: last.para_end].strip() and (sig := signature(body, *self.paras[para + 1])):
            who = self.speaker(sig[0], sig[1], None, strict=False)  # “…” / "— Coach Jo Roe, after the win"
        if who is None and last.closed and first.open == self.paras[para][0] and last.para_end - last.after < 160:
            rest = body[last.after: last.para_end]
            lead = len(rest) - len(rest.lstrip())
            if rest[lead: lead + 1] in ("—", "–") and (sig := signature(body, last.after + lead, last.para_end)):
                who = self.speaker(sig[0], sig[1], None, strict=False)  # a pull-quote signed on its line: “…” — Jo Roe
        text = body[first.start:first.end] if len(group) == 1 else " ".join(body[g.start:g.end] for g in group)
        floating = False
        if self.last is not None and self.last[1] == para and self.out and self.last[0] is self.out[-1] \
                and self.last[0].kind == "direct" and (cue2 := self.second_cue(self.last[0].end, first.open)):
            prev = self.last[0]  # "“A,” Cruz said, adding: “B.”": B is said by A's speaker, with its own cue
            if who is None or who[2] == prev.m_start:
                who, cue = (prev.speaker, prev.mention, prev.m_start, prev.m_end, prev.role), cue2
        if self.joins_previous(first, who, para, text):
            # “A,” she said. “B.” -> one quote with two fragments; the attribution is not part of it
            prev = self.last[0]
            pieces = [p for p in (_trim(body, g.start, g.end) for g in group) if p[1] > p[0]]
            if pieces:
                prev.fragments = (prev.fragments or [(prev.start, prev.end)]) + pieces
                prev.end = pieces[-1][1]
                return True
        if who is None and self.after_reported_sentence(first.open, para, text):
            prev = self.last[0]  # "The plan is late, Roe said. “We warned them.”": the sentence goes on from hers
            who, floating = (prev.speaker, prev.mention, None, None, prev.role), True
        if who is None:
            own_para = first.open == self.paras[para][0] and last.closed and not body[last.after: last.para_end].strip()
            if _words(text) <= SCARE_MAX_WORDS:
                # “Not a chance.” in a paragraph of its own after a quoted one: the same speaker's sentence
                if not (own_para and _SHORT_SENTENCE.match(text) and not _title_words(text)
                        and self.last is not None and para - self.last[1] == 1 and self.continues_previous(group, para)):
                    return False
                return True
            # “…” alone after "Jane Roe runs the shelter.": the person that paragraph introduces
            intro = introduced_speaker(self, para, text) if own_para else None
            if intro is None and not own_para and last.closed and not body[last.after: last.para_end].strip() \
                    and sent[0] == first.open and first.open > self.paras[para][0]:
                # "Roe shrugged. “The puck just found me.”": the narration before it in its paragraph
                intro = introduced_before(self, self.paras[para][0], first.open, text, last_only=True)
            if intro is None and (self.last is None or _words(text) < MIN_WORDS_FLOATING or para - self.last[1] > (
                    2 if own_para and _words(text) >= MIN_WORDS_UNCUED and self.last[0].speaker
                    and not self.cues.any_in(*self.paras[para - 1])
                    and not self.mem.someone_else_named(self.last[0].speaker, *self.paras[para - 1]) else 1)):
                # (a whole paragraph in quotation marks goes on past a paragraph of narration that names no one
                # else); a short sentence of its own right after a quoted paragraph goes on with it, however short
                # in the same marks (a subheading quoting someone is often set in single ones: 'So much anger.')
                mark = body[first.open: first.start]
                return bool(intro is None and own_para and self.last is not None and para - self.last[1] == 1
                            and _words(text) < MIN_WORDS_FLOATING and _SHORT_SENTENCE.match(text)
                            and not _title_words(text) and self.last[0].start >= len(mark)
                            and body.startswith(mark, self.last[0].start - len(mark))
                            and ((k := self.last[0].start - len(mark) - 1) < 0 or body[k] not in _QUOTE_CHARS)
                            and self.continues_previous(group, para))
            end = (sents.at(last.close) or (last.para_start, last.para_end))[1]
            who = intro or self.mem.subject_in(sent[0], first.open, last.after if last.closed else last.end, end)
            floating = intro is not None
            if who is None:
                prev = self.last[0]  # nobody named in its own sentence: the previous speaker goes on
                if before.rstrip().endswith(":") or (
                        _words(text) < MIN_WORDS_UNCUED and not self.cues.any_in(last.after, last.after + len(after))):
                    # text cited after a colon ("the sign read: “…”") or a short title, not speech; but a sentence of
                    # its own in the paragraph after a quote goes on with it (“A,” she said. / “Some days we run out.”)
                    if not (own_para and _SHORT_SENTENCE.match(text) and not _title_words(text)
                            and para - self.last[1] == 1 and self.after_reported_paragraph(para)):
                        return bool(own_para and _SHORT_SENTENCE.match(text) and not _title_words(text)
                                    and para - self.last[1] == 1 and self.continues_previous(group, para))
                who = (prev.speaker, prev.mention, None, None, prev.role)
                floating = True
                if self.continues_previous(group, para):
                    return True
        if len(group) == 1:
            self.add(first.start, first.end, "direct", cue, who, floating, para)
        else:  # one quotation over several paragraphs: one quote, a fragment per paragraph
            pieces = [_trim(body, g.start, g.end) for g in group]
            pieces = [(a, b) for a, b in pieces if b > a]
            f = self.add(pieces[0][0], pieces[-1][1], "direct", cue, who, floating, para) if pieces else None
            if f is not None:
                f.fragments = pieces
        if extra:
            self.add(extra[0], extra[1], "indirect", extra[2], who, para=para)
        if who and who[0] is None and self.out:
            pass
        return True

    def after_reported_sentence(self, q_open: int, para: int, text: str) -> bool:
        """Does the quotation opening at ``q_open`` follow, in the same paragraph, a statement reported in the
        writer's words with its attribution after it (``The plan is late, Roe said. “We warned them.”`` / ``…, he
        added in English. “They know.”``), itself sentences of its own?"""
        if self.last is None or self.last[1] != para or not self.out or self.last[0] is not self.out[-1]:
            return False
        prev = self.last[0]
        if prev.kind == "direct" or not prev.cue or not prev.speaker or not _SHORT_SENTENCE.match(text) \
                or _title_words(text) or not prev.end <= q_open <= prev.end + 80:
            return False
        gap = self.body[prev.end: q_open]
        return gap.rstrip()[-1:] in (".", "!", "?") and not any(c in _QUOTE_CHARS for c in gap) and "\n" not in gap \
            and self.cues.any_in(prev.end, q_open)  # (the attribution after the statement: "…, she added.")

    def after_reported_paragraph(self, para: int) -> bool:
        """Does the paragraph before ``para`` end with a statement reported in the writer's words (an indirect or
        mixed quote, not a direct one), with a cue and a speaker: ``Jo Roe, an information officer, said the blaze had grown.`` / ``“We are
        expecting another difficult day.”`` -- the quotation alone in the next paragraph is hers; or with a quotation
        that went on from the speaker named before it?"""
        prev = self.last[0]
        if not prev.speaker or not self.out or prev is not self.out[-1]:
            return False
        surname = prev.speaker.split()[-1]
        if len(surname) > 2 and re.search(r"(?<![\w’'-])%s(?![\w-])" % re.escape(surname),
                                          self.body[slice(*self.paras[para])]):
            return False  # the quotation speaks of the speaker by name: another's reply ("Roe does not speak for us.")
        if prev.kind == "direct" and prev.floating and self.last[1] == para - 1:
            return True  # “…” going on from the speaker named before it, then “Next time we might not be so lucky.”
        if prev.kind == "direct" or not prev.cue:
            return False
        tail = self.body[prev.end: self.paras[para - 1][1]]
        return len(tail) <= 3 and not tail.strip(" .!?\"”’'")

    def continues_previous(self, group: list[QuoteSpan], para: int) -> bool:
        """Join a quotation that opens the paragraph after a quoted one, with no cue or name of its own, to that
        quote as more fragments: ``“A,” she said.`` / ``“B.”`` is one quote in two paragraphs. A question put to
        the speaker (``asks_speaker``) is passed over: no part of the quote, nor a quote of its own."""
        prev = self.last[0]
        if prev.kind != "direct" or not prev.cue or self.last[1] != para - 1 or not self.out or prev is not self.out[-1]:
            return False
        if group[0].open != self.paras[para][0]:
            return False
        if self.asks_speaker(group, para):
            self.last = (prev, para)  # an interviewer's question: no one's quote, and the answer after it goes on
            return True
        pieces = [p for p in (_trim(self.body, g.start, g.end) for g in group) if p[1] > p[0]]
        if not pieces:
            return False
        prev.fragments = (prev.fragments or [(prev.start, prev.end)]) + pieces
        prev.end = pieces[-1][1]
        self.last = (prev, para)
        return True

    _YOU = re.compile(r"\b(?:you|your|You|Your)\b")

    def asks_speaker(self, group: list[QuoteSpan], para: int) -> bool:
        """Is the quotation ``group`` a whole paragraph that asks the person quoted before it a question (it ends
        in "?" and speaks to "you": ``“Why did you wait so long?”``), answered by a quotation in the paragraph after it?
        An interviewer's words, not that person's."""
        last = group[-1]
        words = self.body[group[0].start: last.end].rstrip(" \"”’'")
        if not (words.endswith("?") and len(words) < 400 and not self.body[last.after: last.para_end].strip()
                and self._YOU.search(words) is not None):
            return False
        return para + 1 < len(self.paras) and self.body[self.paras[para + 1][0]: self.paras[para + 1][0] + 1] in \
            ("“", '"', "‘", "'")  # answered by a quotation after it, not the speaker's own last words ("Can you?")

    _SENT_BREAK = re.compile(r"[.!?]%s(?<!\b[A-Z].)[\"”’']?\s+\S" % "".join(r"(?<!\b%s.)" % t for t in TITLE_WORDS))
    """A sentence break, not the full stop of a title or an initial ("Gov. Kasich", "George W. Bush"). (The titles are
    looked for behind the mark, so the pattern starts with a character set, which ``re`` skips to.)"""

    def _colon_subject(self, start: int, end: int, got) -> tuple | None:
        """The speaker of a quotation after a colon that ends ``body[start:end]``, when a person (a pronoun or a
        name shown a person's) opens that sentence with a verb and the cue read before it (``got``) found no one or
        someone written before that person ("As she was led away, Ms Chan called out:"); else None."""
        if not self.body[start:end].rstrip().endswith(":"):
            return None
        cs = colon_subject(self.body[start:end])
        if cs is None or not (cs[0].lower() in ("he", "she") or self.mem.known_person(cs[0])):
            return None
        if got and got[0][0] is not None and (got[0][2] is None or got[0][2] >= start + cs[1]):
            return None
        return self.speaker(cs[0], start + cs[1], None, strict=False)

    def joins_previous(self, span: QuoteSpan, who, para: int, text: str) -> bool:
        """Is ``span`` the second part of the previous quote, split by its attribution in one paragraph?

        ``“A,” she said. “B.”`` / ``“A,” Smith said on Friday at a rally in Ohio, “B.”``: the words between
        the two parts hold the previous quote's cue and speaker and nothing else (no other quotation, no
        second sentence), and ``span`` has no speaker of its own or the same one.
        """
        if self.last is None or self.last[1] != para or not self.out or self.last[0] is not self.out[-1]:
            return False
        prev = self.last[0]
        if prev.kind != "direct" or not prev.cue or prev.m_start is None or (
                _words(text) <= SCARE_MAX_WORDS and (not _SHORT_SENTENCE.match(text) or _title_words(text))):
            return False  # (a short second part counts when it is a sentence: “A,” she said. “We heard them.”)
        if who is not None and who[2] != prev.m_start:
            return False
        between = self.body[prev.end: span.open]
        core = between.strip().lstrip(_QUOTE_CHARS + ",.!?:; ").rstrip()
        if not (prev.end <= prev.m_start < span.open) or len(between) > 320 or _words(core) > 45:
            return False
        if any(ch in core for ch in _QUOTE_CHARS[:3]) or self._SENT_BREAK.search(core):
            return False
        if prev.cue.lower() not in core.lower() or self.second_cue(prev.end, span.open):
            return False
        # "“B,” another said": the second part has an attribution of its own, even one not resolved
        tail = self.body[span.after: min(span.para_end, span.after + 80)]
        if self.body[span.start: span.end].rstrip().endswith(".") and tail.strip()[:1].isupper():
            return True  # “B.” The SEC said …: a full stop ends B; the next sentence is not B's attribution
        for cm in self.cues.finditer(tail, span.after):
            lead = tail[: cm.start()]
            return not (_words(lead) <= 5 and not self._SENT_BREAK.search(lead))
        return True

    _GOES_ON = frozenset({"added", "adds", "continued", "continues"}) | _PARTICIPLES

    def second_cue(self, start: int, end: int) -> str | None:
        """The cue of a second statement between two quotations: ``“A,” Cruz said, adding: “B.”`` (two cues, the
        last ``adding``/``added``/``continued``) makes B a quote of its own, said by the same speaker."""
        if not self.cues.any_in(start, end) or end - start > 200:
            return None
        cues = self.cues  # (their ends ascend as their starts do: the cues wholly in [start, end) are one slice)
        found = cues.cues[bisect_left(cues.starts, start): bisect_right(cues.ends, end)][:3]
        if len(found) < 2 or found[-1][2].lower() not in self._GOES_ON or self.body[found[-1][1]: end].strip(" ,:") \
                or self._SENT_BREAK.search(self.body, start, found[-1][0]):
            return None  # the cue must lead straight into the quotation, in the same sentence
        return found[-1][2]

    # the name ends at punctuation, before an adjunct or before a party tag ("said Sen. Jo Roe (D-Nev.)."), not at the
    # full stop of a ranking ("said the world No. 1.")
    _INVERTED = re.compile(r"^[\s,]*(?P<cue>said|says|added|adds|wrote|writes|asked|asks|continued|continues|explained|"
                           r"explains|noted|notes|recalled|recalls|warned|warns|insisted|insists|declared|declares|"
                           r"argued|argues|replied|replies|answered|answers|admitted|admits|conceded|concedes|"
                           r"stressed|stresses|cautioned|cautions|suggested|suggests|observed|observes|remarked|"
                           r"quipped|joked|jokes|predicted|predicts|responded|responds|countered|counters|"
                           r"acknowledged|acknowledges|agreed|agrees|exclaimed|shouted|yelled|screamed|cried|whispered|"
                           r"muttered|pleaded|tweeted|posted|fumed|snapped|sighed|laughed|scoffed|boasted|gushed|"
                           r"lamented|marvelled|marveled|vowed|promised|demanded|urged|confirmed|claimed|stated|"
                           r"reflected|mused|protested|retorted|according to)\s+"
                           r"(?P<np>(?:(?:the|a|an|[a-z0-9]+(?:-[a-z]+)*(?:’s|'s)?)\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^,;:!?“”\".]|"
                           r"(?<=\b[A-Z])\.|(?<=\bNo)\.(?=\s?\d)|%s){0,80}?)"
                           r"\s*(?=[,;:!?]|\.(?<!\b[A-Z]\.)%s(?!(?<=\bNo\.)\s?\d)\s|\.?$|\((?:[DRI]|[A-Z][a-z]*)\s*[-–][A-Z][\w. ]{0,12}\)|"
                           r"\s+(?:on|in|at|during|last|this|when|who|which|after|before|as|while|because)\b)"
                           % ("|".join(r"(?<=\b%s)\." % t for t in TITLE_WORDS),
                              "".join(r"(?<!\b%s\.)" % t for t in TITLE_WORDS)))

    _INVERTED_NOMINAL = re.compile(r"^[\s,]*(?P<cue>said|says|added|asked|asks|wrote|writes|explained|noted|"
                                   r"warned|replied|answered|shouted|yelled|cried|screamed|pleaded|insisted|tweeted|posted|fumed|"
                                   r"confirmed|vowed|stated|admitted|conceded|recalled|argued)\s+(?P<np>(?:the|a|an|one|another|"
                                   r"his|her|their)\s+[a-z0-9][^,;:!?“”\".]"
                                   r"{0,60}?)\s*(?=[,;:!?.“\"]|$|\s+who\s+(?:was|were|is|are|had|has|did|does|spoke|[a-z]+ed)\b)")

    def after_cue(self, after: str, offset: int):
        """Speaker and cue right after a closing mark: ``,” he added`` / ``,” said Smith``."""
        if (ap := inverted_appositive(after)) is not None:  # “…,” said his daughter, Meredith Lightwood.
            got = self.speaker(ap.group("np"), offset + ap.start("np"), ap.group("cue"), strict=False)
            if got and got[0]:
                return (got if got[4] else (*got[:4], ap.group("desc"))), ap.group("cue")
        if "quoted" in after and (qa := _QUOTED_AS.match(after)) is not None:  # “…,” Mr Kim was quoted as saying.
            got = self.speaker(qa.group("np"), offset + qa.start("np"), "saying", strict=False)
            if got and got[0]:
                return got, "saying"
        m = self._INVERTED.match(after) or self._INVERTED_NOMINAL.match(after)
        if m and m.re is self._INVERTED_NOMINAL and _FINITE.search(m.group("np")):
            m = None  # '…,” said the team could win': a clause, the quotation an aside of the sentence's subject
        if m:
            got = self.speaker(m.group("np"), offset + m.start("np"), m.group("cue"), strict=False)
            if got:
                return got, m.group("cue")
        for cm in self.cues.iter_in(after, offset):
            pre, rest = after[: cm.start()], after[cm.end():]
            if _words(pre) > 12 or (", but " in pre and _words(pre[: pre.index(", but ")]) >= 2):
                return None  # (“A,” the banner read, but Jo Roe said: “B.”: the cue of another clause)
            cue = cm.group().lower()
            if cue in _RISKY and cue not in ("tells", "tell") \
                    and not _RISKY_REST.match(rest):
                continue
            if _PASSIVE.found(pre) or not pre.strip(" ,"):
                continue
            got = self.subject_speaker(_ADV_TAIL.sub("", pre), offset, cm.group(), context=rest[:80])
            if got:
                return got, cm.group()
            return None
        if (mv := manner_attribution(self.body, after, offset)) is not None:  # “Get out!” the officer yelled.
            got = self.speaker(mv[0], mv[1], mv[2])
            return (got, mv[2]) if got else None
        return None

    def before_cue(self, before: str, offset: int):
        """Speaker and cue right before an opening mark: ``Smith said: “`` / ``He added, “``."""
        ends = before.rstrip().endswith((":", ","))
        # a speaker after a leading cue holds no colon or quotation mark before the final one: a cue before the last
        # such mark with seven words or more after it can be read neither way, nor can any cue before it
        last = len(before.rstrip()) - 1
        marks = max(before.rfind(c, 0, last) for c in _LEADING_STOPS) if ends else len(before)
        for cm in self.cues.reversed_in(before, offset):
            cue_l = cm.group().lower()
            k = cm.start()  # (each cue reads only near itself: a long sentence of many cues stays linear)
            while k and before[k - 1].isspace():
                k -= 1
            if ends and (not k or before.endswith(_CLOSING, 0, k)) and (inv := _LEADING_CUE_NP.match(before, cm.end())):
                # (also '“A!” shouted Carl Moss, “B”': a cue right after a quotation is followed by its speaker)
                # "Said Dorothy Poynter, who grew up with him, “…”": the speaker after a leading cue
                got = self.speaker(inv.group("np"), offset + inv.start("np"), cm.group(), strict=False)
                return (got, cm.group()) if got else None
            if _SEVEN_WORDS.match(before, cm.end()):
                if cm.end() <= marks:
                    break
                continue
            tail = before[cm.end():]
            if tail.strip(" :,") and not ends:
                continue
            if cue_l in _RISKY and not ends:
                continue
            pre = before[: cm.start()]
            if cue_l in TO_CUES and pre.endswith("to ") and (to_say := TO_SAY.search(pre, max(0, len(pre) - 120))):
                pre = pre[: to_say.start()].rstrip() + " "  # "Jo Roe interjected to say: “…”": the subject, then the cue
            progressive = ends and _PROGRESSIVE.found(pre + cue_l)  # "Mr Blair is saying: “…”"
            if _PASSIVE.found(pre) and not progressive and not (ends and pre.endswith((", who ", ", who also "))):
                continue  # (but "… was denied by a spokesman, who said: “…”": the relative clause's own subject)
            got = None
            if cue_l in _PARTICIPLES and pre.rstrip().endswith(",") and not any(ch in pre for ch in _QUOTE_CHARS[:3]) \
                    and (subj := self.subject(pre)) and (first := self.cues.finditer(pre, offset)) \
                    and len(subj) <= first[0].start() <= len(subj) + 12:
                # "Sen. Jo Roe, R-Utah, said C, adding: “…”": the participle goes on from the subject of the cue that
                # opens the sentence's main clause
                got = self.subject_speaker(subj, offset + max(pre.find(subj), 0), cm.group())
            if got is None and (" and " in pre or " but " in pre) and (co := _COORD_NAME.search(pre)) is not None \
                    and (any(ch in pre[: co.start()] for ch in _QUOTE_CHARS[:3]) or self.cues.any_in(offset, offset + co.start())):
                # "Critics called it “a tax,” and Lena Berg said: “…”": the subject of the clause holding the cue
                got = self.speaker(co.group("np"), offset + co.start("np"), cm.group())
            if got is None and ends and (w := _WHO_END.search(pre)) is not None \
                    and (noun := trailing_np(pre[: w.start()])) is not None:
                # "… was denied by a UKIP spokesman, who said: “…”": the noun the relative clause follows (both
                # names of "Jo Roe and Al Poe, who said")
                a = pair.start() if (pair := _NAME_AND.search(pre, 0, noun[0])) is not None \
                    and not pre[: pair.start()].endswith(", ") else noun[0]  # (not the last two of a list)
                got = self.speaker(pre[a: noun[1]], offset + a, cm.group())
            got = got or self.subject_speaker(_ADV_TAIL.sub("", pre), offset, cm.group())
            if got is None and progressive:  # the subject before "is"
                got = self.subject_speaker(_ADV_TAIL.sub("", _AUX_TAIL.sub(" ", pre)), offset, cm.group())
            if got is None and self._AND_THEN.search(pre) and (subj := self.subject(pre)):
                # "Okafor said C but added, “…”": the subject of the sentence's first verb
                got = self.subject_speaker(subj, offset + max(pre.find(subj), 0), cm.group())
            if got is None and cue_l in _PARTICIPLES and pre.rstrip().rstrip("”\"’").endswith(",") \
                    and (subj := self.subject(pre)):
                # "He said X had spoken with “warmth”, adding: “…”": the sentence's subject goes on
                got = self.subject_speaker(subj, offset + max(pre.find(subj), 0), cm.group())
            return (got, cm.group()) if got else None
        return None

    _AND_THEN = re.compile(r"\s(?:and|but)(?:\s+(?:then|later|also))?\s*$")
    _COORD_NEXT = re.compile(r",?\s+(?:and|but)\s")

    def mixed(self, sent: tuple[int, int], span: QuoteSpan) -> bool:
        """A reported clause with a quoted fragment in it: ``X said Nvidia must produce “proofs” to …``."""
        body = self.body
        k = span.open
        while k > sent[0] and body[k - 1].isspace():
            k -= 1
        if body[k - 1: k] in (":", ","):
            return False  # (every cue's words up to the quotation end with the colon or comma before it: none reports it)
        start, stop = near_cue(body, sent[0], sent[1], span.open, span.open)  # (a long sentence: near the quotation)
        sent = (start, stop)
        before = body[sent[0]: span.open]
        first = None  # a statement before the one holding the quotation, joined to it by "but"/"and"
        # the cues after the last few quotations before this one (a clause may hold some: 'X said “a” and “b”', but a
        # sentence of many quotations and cues is read near each, in linear time)
        after = _marks_back(before, _MIXED_MARKS_BACK)
        for m in self.cues.finditer(before, sent[0]):
            if m.start() < after:
                continue
            post = before[m.end():]
            if not post.strip() or post.rstrip().endswith((":", ",")):
                continue
            pre = before[: m.start()]
            if _PASSIVE.found(pre) or not_speaking(pre, m.group().lower()) or gerund_modifier(m.group(), pre, post):
                continue
            pre = _ADV_TAIL.sub("", pre)
            clause = self.clause_after(m.group().lower(), body[sent[0] + m.end(): sent[1]])
            if clause is None or sent[0] + m.end() + clause > span.open:
                continue
            got = None
            if m.group().lower() in _PARTICIPLES and pre.rstrip().endswith(","):
                # "Trump went after Bush, calling him “a total stiff”": the main clause's subject
                st = body[sent[0]: sent[1]]
                subj = self.subject(st)
                got = self.subject_speaker(subj, sent[0] + max(st.find(subj), 0), m.group()) if subj else None
            got = got or self.subject_speaker(pre, sent[0], m.group())
            if not got:
                continue
            cs = sent[0] + m.end() + clause
            ce = self.clause_end(cs, sent[1])
            if ce <= span.open:
                if first is None and _words(body[cs:ce]) >= 3 and self._COORD_NEXT.match(body, ce) \
                        and self.cues.any_in(ce, span.open):
                    first = (cs, ce, m.group(), got)  # "X conceded that C but said Y was “…”": C, if Y's quote holds
                continue
            if first is not None:
                self.add(first[0], first[1], "indirect", first[2], first[3], para=self.para_of(first[0]))
            self.add(cs, ce, "mixed", m.group(), got, para=self.para_of(cs))
            return True
        return False

    _BE_END = re.compile(r"\b(?:is|are|was|were|be|been|being|who|which|that)\s*$")

    def judgement(self, sent: tuple[int, int], span: QuoteSpan, para: int) -> bool:
        """A quoted judgement after its verb's object: ``X accused the government of “losing control” of the budget``
        -> a mixed quote from the object to the clause's end, said by the subject."""
        near = self.body[max(sent[0], span.open - 24): span.open]
        if " of " not in near and " as " not in near and "label" not in self.body[max(sent[0], span.open - 60): span.open] \
                and "brand" not in self.body[max(sent[0], span.open - 60): span.open]:
            return False  # (a cheap first test: the quotation follows "of" or "as", or "labelled"/"branded" and an object)
        m = judged_object(self.body[sent[0]: span.start])
        if m is None:
            return False
        pre = self.body[sent[0]: sent[0] + m.start("cue")]
        if any(ch in pre for ch in _QUOTE_CHARS[:3]) or not pre.strip() or self._BE_END.search(pre) \
                or m.group("obj").startswith("by ") or any(ch in self.body[span.after: sent[1]] for ch in _QUOTE_CHARS[:3]):
            return False  # (not "was described by Jobs as “…”", nor a sentence with another quotation)
        got = self.subject_speaker(_ADV_TAIL.sub("", pre), sent[0], m.group("cue"))
        if not got or not got[0]:
            return False
        cs = sent[0] + m.start("obj")
        bare = bare_judgement(m)
        if bare and literal_label(m, self.body[span.start: span.end]):
            return False  # (a tag or a name on a thing: "labelled the blood bags “urgent”", "branded it “the Nova”")
        ce = span.after if bare else self.clause_end(cs, sent[1])
        if ce < span.end or (ce == span.end and not bare) or self.cues.any_in(ce, sent[1]):
            return False  # (a statement of its own after it, "… as “harsh” and called on X to …", is read as before)
        self.add(cs, ce, "mixed", m.group("cue"), got, para=para)
        return True

    def mixed_before_speaker(self, sent: tuple[int, int], span: QuoteSpan, para: int) -> bool:
        """A short quoted fragment inside a statement whose speaker follows it: ``But Clinton would do well to
        begin “building bridges” to Sanders, said David Axelrod.`` -> one mixed quote of the whole statement."""
        body = self.body
        k = span.open  # (read in place: a sentence can be long and hold many quotations)
        while k > sent[0] and body[k - 1].isspace():
            k -= 1
        if k == sent[0] or body[k - 1] in ":," or _words(body[span.start:span.end]) > 8 \
                or any(body.find(ch, sent[0], span.open) >= 0 for ch in "“”\"") or (body.find(", ", span.after, sent[1]) < 0 and not (
                    body[span.start: span.end].rstrip().endswith(",") and _NOT_SPACE.search(body, span.after, sent[1]))):
            return False  # (the comma before the speaker may stand inside the marks: The Leafs "looked tired," X said)
        n = len(self.out)
        self.indirect(sent[0], sent[1], para)
        for f in self.out[n:]:
            if f.start < span.open - 2 and f.end >= span.end - 2:
                return True
        del self.out[n:]
        return False

    def transcript(self) -> set[int]:
        """``MR. O'NEILL: We will not …``: each line of a transcript is a quote of its labelled speaker."""
        done, judge = set(), False
        for i, m in transcript_lines(self.body, self.paras):
            mention = label_of(m)
            name, role = split_role(label_name(mention))
            role = m.groupdict().get("post") or role  # "The Minister of State (Jo Roe):"
            if name in _COURT_LABELS:
                if judge is False:  # (searched once)
                    judge = _JUDGE.search(self.body)
                if judge is not None:
                    name, role = judge.group("name"), judge.group("post")  # "THE COURT: Overruled." -> the judge
            hon = GENDERED_WORDS.get(name.split()[0].lower().strip(".")) if " " in name else None
            name = self.mem.expand(name, hon)  # "Mr. Holt" -> "Lester Holt", the fullest name the article gives
            self.mem.remember(name, "person", role, "said", gender=hon)
            ms = m.start(next(g for g in ("name", "member", "chair") if m.groupdict().get(g)))
            if self.add(m.end(), self.paras[i][1], "direct", None, (name, mention, ms, ms + len(mention), role),
                        para=i, whole=True) is not None:
                done.add(i)
        if (qa := answer_lines(self.body, self.paras)) is not None:
            done |= interview_answers(self, *qa)
        return done

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Found]:
        body = self.body
        spans = self.spans = find_quote_spans(body, self.paras)
        sent_list: list[tuple[int, int]] = []
        sent_para: list[int] = []  # the paragraph of each sentence
        for i, (ps, pe) in enumerate(self.paras):
            got = split_sentences(body, ps, pe)
            sent_list.extend(got)
            sent_para.extend([i] * len(got))
        sents = SentenceIndex(sent_list)
        # group multi-paragraph quotes
        groups: list[list[QuoteSpan]] = []
        i = 0
        while i < len(spans):
            g = [spans[i]]
            while g[-1].continues and i + 1 < len(spans):
                i += 1
                g.append(spans[i])
                if g[-1].closed:
                    break
            groups.append(g)
            i += 1
        by_sentence: dict[tuple[int, int], list[list[QuoteSpan]]] = {}
        for g in groups:
            key = sents.at(g[0].open) or (g[0].open, g[0].open)
            by_sentence.setdefault(key, []).append(g)
        # quotations in order of their opening mark, with the furthest closing mark so far (prefix max),
        # to ask "is this sentence inside a quotation?" by bisection instead of a scan of all of them
        cov_open = [g[0].open for g in groups]
        cov_reach, reach = [], -1
        for g in groups:
            reach = max(reach, g[-1].close + 1)
            cov_reach.append(reach)
        last_para = len(self.paras) - 1
        skip = {i for i, (ps, pe) in enumerate(self.paras)
                if not_prose(p := body[ps:pe]) or (i < last_para and link_title(p)) or (i and title_case_line(p))}
        headline = first_line_headline(body, self.paras)
        if headline:
            skip.add(0)
        # (names in a headline need a known first name; a title-cased one may end in a full stop and quote)
        self.mem._headline = self.paras[0][1] if headline or (last_para and title_case_line(
            body[self.paras[0][0]: self.paras[0][1]], MIN_HEADLINE_WORDS)) else 0
        skip |= self.transcript()
        live: list[Found] = []  # quotes found so far that end after the current sentence starts, and start before its end
        ahead: list[tuple[int, int, Found]] = []  # those found so far that start after it ends, by their start (a heap)
        n_seen = 0
        # GOV_WORD's words never overlap: a sentence holds one when the first starting in it ends in it
        gov = [m.span() for m in GOV_WORD.finditer(body)] if any(w in body for w in GOV_WORDS) else []
        gov_starts = [a for a, _ in gov]
        for se, pi in zip(sent_list, sent_para):
            if pi in skip:  # a headline, a link line or a transcript line already read
                continue
            s, e = se
            # sentences come in order, so a quote ending before this one can never overlap a later one
            if n_seen != len(self.out):
                for f in self.out[n_seen:]:
                    if f.end > s:
                        if f.start >= e:  # a quote found ahead (an interview's answers): no sentence before it
                            heappush(ahead, (f.start, id(f), f))  # overlaps any of this one's words
                        else:
                            live.append(f)
                n_seen = len(self.out)
            while ahead and ahead[0][0] < e:
                live.append(heappop(ahead)[2])
            if live:
                live = [f for f in live if f.end > s]
            gs = by_sentence.get(se, ())
            kept, n_sent = False, len(self.out)
            # the sentence's quotes so far that may hold a later quotation's opening mark: one that ends before a mark
            # ends before every later one (only the last quote found grows, by the quotation after it)
            cover, k_seen = [], n_seen
            for g in gs:
                o = g[0].open
                cover = [f for f in cover if f.end > o or f is self.out[-1]] + self.out[k_seen:]
                k_seen = len(self.out)
                if any(f.start <= o < f.end for f in live) or any(f.start <= o < f.end for f in cover):
                    continue  # already inside a mixed quote
                self.mem.quoted = _ParaQuotes(groups, bisect_left(cov_open, g[0].open), g[0].para_end)
                kept |= self.direct(g, sents, pi)
                self.mem.quoted = None
            if gov and (k := bisect_left(gov_starts, s)) < len(gov) and gov[k][1] <= e:
                for gm in GOV_MENTION.finditer(body, s, e):
                    if len(gm.group().split()) >= 2:
                        self.mem.gov_mentions.append(gm.group())
            if kept:
                if self.pending:  # "X said C “…”, but warned that …": the clause after a mixed quote
                    self.handed_on(n_sent, pi)
                if all(f.cue is None for f in self.out[n_sent:]) and self.cues.any_in(gs[-1][-1].close, e) \
                        and "<tweet" not in body[s:e]:
                    self.beside_quotation(s, e, pi, [(g[0].open, g[-1].close) for g in gs])
                self.before_quotation(s, gs[0][0].open, pi, live + self.out[n_seen:])
                continue
            k = bisect_right(cov_open, s)  # a quotation opening the sentence covers it too
            if (k and cov_reach[k - 1] >= e) or (live and any(f.start < e and s < f.end for f in live)) \
                    or (n_seen < len(self.out) and any(f.start < e and s < f.end for f in self.out[n_seen:])):
                continue  # a sentence inside a quotation, or holding one already found
            if body.startswith(_AUX_OPENERS, s) and body[s:e].rstrip()[-1:] == "?" \
                    and _AUX_QUESTION.match(body, s) is not None:
                continue  # "Will Roe say that he lost?": a question, no statement
            n_out = len(self.out)
            self.reported(s, e, pi)
            if len(self.out) == n_out and OWNED_NOUN.search(body, s, e) is not None and owned_claim(self, s, e, pi):
                continue  # "from her suggestion that …": the possessive's owner said it
            if len(self.out) == n_out and body.find(" that ", s, e) >= 0:
                ruling = ruling_quotes(self, s, e)  # "Justice Jo Roe ruled that …"
                if ruling is not None:
                    f = Found(ruling[0], ruling[1], "indirect", ruling[2], *ruling[3])
                    self.out.append(f)
                    self.last = (f, pi)
        return self.out

    def reported(self, s: int, e: int, para: int) -> None:
        """Reported speech in ``body[s:e]``, and in the clauses it hands on (``…, adding that …``)."""
        if not self.pending and self.cue_free(s, e):
            return  # most sentences: nothing to read, and no clause handed on waits
        n = len(self.out)
        self.indirect(s, e, para)
        self.handed_on(n, para)

    def handed_on(self, n: int, para: int) -> None:
        """Read the clauses a sentence handed on (``…, but warned that …``); ``self.out[n:]`` are its quotes."""
        while self.pending:
            ps_, pe_, same = self.pending.pop()
            if ps_ in self.handed:
                continue  # (a sentence of many cues with no full stop hands the same clause on from each quote)
            self.handed.add(ps_)
            if same is None:
                self.indirect(ps_, pe_, para)
            elif (same[1] is not None or (len(self.out) > n and self.out[n].end <= ps_)) \
                    and not _PART_QUOTE.match(self.body, ps_, pe_):
                # the clause's own speaker: the quote this sentence gave (the one noted when its end was cut
                # may be an earlier sentence's, or none, the cut being made before its quote was added)
                prev = self.out[n] if len(self.out) > n and self.out[n].end <= ps_ else same[1]
                if self.body.startswith(same[0], ps_):  # "…, calling it “…”": the clause is after the participle
                    ps_ += len(same[0])
                clause = self.clause_after(same[0].lower(), self.body[ps_:pe_])
                if clause is not None:
                    cs = ps_ + clause
                    self.add(cs, self.clause_end(cs, pe_), "indirect", same[0],
                             (prev.speaker, prev.mention, None, None, prev.role), para=para)

    def beside_quotation(self, s: int, e: int, para: int, marks: list[tuple[int, int]]) -> None:
        """Reported speech after the last quotation of a sentence (``marks``: each quotation's opening and closing
        mark) whose quotations have no cue of their own: 'Jo Roe, citing “the rules,” said the vote would go
        ahead' -> the clause after 'said', said by someone the sentence names outside its quotations, never
        right after one: in '“Really,” she added when …' the words after the quotation are its attribution."""
        n, last = len(self.out), self.last
        self.reported(s, e, para)
        close = marks[-1][1]
        self.out[n:] = [g for g in self.out[n:] if g.start > close and g.m_start is not None and s <= g.m_start < e
                        and not (close < g.m_start and not _words(self.body[close + 1: g.m_start]))
                        and not any(a <= g.m_start <= b for a, b in marks)]
        if self.last is not None and self.last[0] not in self.out[n:]:
            self.last = last

    def before_quotation(self, s: int, q_open: int, para: int, found: list[Found]) -> None:
        """Reported speech before a sentence's first quotation: ``Pence said C but added, “…”`` /
        ``C, Nefzi said, adding, “…”``: the words before the opening mark are read as a sentence of their own."""
        body = self.body
        if q_open - s < 24 or _words(body[s:q_open]) < 5 or any(ch in body[s:q_open] for ch in "“”\""):
            return
        held = [f for f in found if f.start < q_open and s < f.end]
        if held:  # a mixed quote already holds these words: read only those before its speaker
            f = min(held, key=lambda f: f.start)
            # (its speaker opening the sentence, "X admitted C, calling it “…”": the words up to the participle)
            cut = f.m_start if f.m_start is not None and s + 2 < f.m_start < f.start else f.start
            comma = body.rfind(", ", s, cut)
            if cut != f.start and (comma - s < 24 or _words(body[s:comma]) < 5):
                comma = body.rfind(", ", s, f.start)  # "On his taxes, he says C, calling them “…”": the speaker
                # is the subject after a lead phrase, and C runs up to the participle
            if comma - s < 24 or _words(body[s:comma]) < 5 or not self.cues.any_in(s, comma):
                return
            n = len(self.out)
            self.reported(s, comma, para)
            self.out[n:] = [g for g in self.out[n:] if g.end <= comma and g.start >= s
                            and _HAS_VERB.search(body, g.start, g.end)]  # a statement, not "Later in the show"
            return
        if not self.cues.any_in(s, q_open):
            return
        n, last = len(self.out), self.last
        tail = _PART_TAIL.search(body, s, q_open)  # "C, saying “…”": C ends before the participle
        self.reported(s, tail.start() if tail and _words(body[s: tail.start()]) >= 4 else q_open, para)
        for f in self.out[n:]:
            # kept only when the quotation has a cue of its own after the clause ("but added, “" / "C, Nefzi
            # said, adding, “"); else the clause runs on into the quotation (a mixed quote the rules did not
            # read) or the words before it are the quotation's own attribution ("In his tribute, Elliott said “")
            own_cue_before = self.cues.any_in(s, f.start)
            after = sum(1 for _ in self.cues.finditer(body[f.end:q_open], f.end)) if f.end < q_open else 0
            if after < (1 if own_cue_before else 2):
                self.out.remove(f)
                if self.last is not None and self.last[0] is f:
                    self.last = last


def run_extraction(body: str) -> list[Found]:
    """All quotes of ``body`` in reading order (see module docs); guillemets, „low-high“ marks and corner
    brackets read as quotation marks (``plain_marks``: offsets unchanged, a mixed quote's ends back on its marks)."""
    text, body = body, plain_marks(body)
    ex = _Extractor(body)
    found = ex.run()
    out, seen = [], set()
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if (f.start, f.end) in seen:
            continue
        seen.add((f.start, f.end))
        if f.kind == "indirect" and ("“" in (seg := body[f.start:f.end]) or "”" in seg or '"' in seg or "''" in seg):
            f.kind = "mixed"
        elif f.kind == "indirect" and ("‘" in seg or "'" in seg) and quoted_within(ex.spans, f.start, f.end):
            f.kind = "mixed"  # "which she called 'a disgrace'": words in single marks, not apostrophes
        elif f.kind == "indirect" and not f.fragments:
            f.fragments = that_fragments(body, f.start, f.end)  # "said C1 and that C2": the two clauses
        if f.kind == "mixed" and not f.fragments and f.cue:
            f.fragments = that_fragments(body, f.start, f.end)  # "said C1 “…” and that C2" too
        out.append(f)
    name_lead_posts(body, out, ex.paras)
    if body is not text:
        restore_spans(text, body, out)
    mixed = [(f.start, f.end) for f in out if f.kind == "mixed"]
    if mixed:  # a quoted fragment already inside a mixed quote is not a quote of its own
        out = [f for f in out if f.kind != "direct" or not any(a <= f.start and f.end <= b for a, b in mixed)]
    return out
