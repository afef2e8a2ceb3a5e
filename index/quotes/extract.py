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
from bisect import bisect_left
from dataclasses import dataclass

from . import cue_stats
from .cue_stats import LEARNED_CUES
from .cues import CUE_SET as _CUE_SET
from .cues import BodyCues as _BodyCues
from .lexicon import CLAUSE_ONLY, NOMINALS, PRONOUNS
from .forms import ROUNDUP_LABEL, label_name, not_prose, transcript_lines
from .marks import QuoteSpan, find_quote_spans, paragraphs
from .patterns import ACCORDING_LEAD, ADJUNCT_SUBJECT, NP_CUT, TAIL_TRIM, THAT, TIME_LEAD, TOLD_OBJ
from .sentences import SentenceIndex, split_sentences
from .subjects import relative_head, subject_span, trailing_np
from .speakers import GOV_MENTION, GOV_WORD, SpeakerMemory, clean_np, entity_kind, person_names, split_role

MIN_WORDS_FLOATING = 6
SCARE_MAX_WORDS = 3
_RISKY = {"alleged", "alleges", "allege", "state", "report", "note", "claim", "call", "post", "comment", "estimate", "fear", "hope", "promise",
          "thought", "expected", "described", "called", "add", "write", "tell", "suggest", "warn", "argue",
          "calls", "posted", "believed", "estimates", "states", "notes", "reports", "claims", "posts", "comments",
          "hopes", "fears", "promises", "suggests", "warns", "argues", "tells", "writes", "adds", "charges",
          "charged", "acknowledge", "contend", "concede", "claimed"}
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|to|not|never|\w+n[’']t|when|if|after|before|who|which|"
                      r"that)\s*$",
                      re.IGNORECASE)
_INVERTIBLE = {"said", "says", "argued", "argues", "added", "adds", "noted", "notes", "wrote", "writes", "told",
               "announced", "warned", "explained", "insisted", "claimed", "reported", "stated", "recalled",
               "acknowledged", "conceded", "predicted", "suggested", "observed", "continued", "asserted"}
_PARTICIPLES = {"saying", "adding", "arguing", "noting", "warning", "claiming", "insisting", "stating", "explaining",
                "suggesting", "telling", "asserting", "contending", "writing"}
_PARTICIPLES |= {w for w in LEARNED_CUES if w.endswith("ing")}
_RISKY |= {w for w in LEARNED_CUES if not w.endswith("ing")}  # learned verbs report a clause only with "that"


def after_that(body: str, s: int) -> bool:
    """Does the clause at ``s`` follow a complementiser ``that`` (``indicated that …``)?"""
    return body[max(0, s - 6): s].rstrip().lower().endswith(" that")
_FINITE = re.compile(r"\s(?:[a-z]+ed|is|was|has|had|have|are|were|will|would|says|said|told|wrote|made|took|"
                     r"gave|went|came|got|led|won|lost|ran|began|spoke|wrote|published|released|issued|reiterated)\b")
_ADV_TAIL = re.compile(r"(?:\s+(?:also|later|previously|recently|separately|earlier|then|again|further|repeatedly|"
                       r"publicly|privately|once|often|has|have|had|would|will|did|does|do|can|could|may|might|"
                       r"reportedly|initially|just|already|"
                       r"still|even|now|never|always|had\s+previously|continues\s+to|continued\s+to|went\s+on\s+to|"
                       r"goes\s+on\s+to|began\s+by|started\s+off\s+by|long|since|first|(?-i:[a-z]+ly)))+\s*$", re.IGNORECASE)
_TIMEWORDS = (r"on|in|at|during|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|"
              r"sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|month|year|a|an|the|"
              r"statement|interview|speech|tweet|email|release|news|conference|briefing|recently|previously|also|"
              r"again|then|there|here|privately|publicly|separately")
_TAIL_OK = re.compile(r"^(?:\s+(?:" + _TIMEWORDS + r")\b){0,6}\s*(?:[,;]\s*\S.*)?[.!?\"”]*\s*$", re.IGNORECASE | re.DOTALL)
_TOLD_TAIL = re.compile(r"^\s+(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|and)){0,5}|him|her|them|me|us|"
                        r"reporters|journalists|(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+){0,2})"
                        r"(?:\s+(?:on|in|at|last|this)\b(?:(?!\bthat\b)[^,.;]){0,40})?\s*(?:[,;]\s*\S.*)?[.!?\"”]*\s*$",
                        re.DOTALL)
"""``…, a spokesman told The Wall Street Journal.`` / ``…, the president told her.``: the listener after the cue."""
_PART_THAT = re.compile(r"(?:\s+(?:" + _TIMEWORDS + r"|month|week|year))*\s+that\s+(?=\S)", re.IGNORECASE)
_GOV_HEADS = {"regulator", "watchdog", "ministry", "agency", "department", "commission", "regulators"}
_PREP_NP = re.compile(r"\b(?:to|of|by|from|with|about)\s+(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*$")
_OBJECT_CUES = {"complained about", "spoke about", "talked about", "joked about", "commented on", "comments on",
                "warned about", "warned of", "calling for", "calling on", "called", "calls", "called for", "calls for", "called on", "calls on", "urged", "urges", "vowed", "vows", "pledged",
                "pledges", "promised", "promises", "proposed", "proposes"}
_ADDED_OBJECT = re.compile(r"^\s+(?:[\d$€£¥+−-]|(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"more|some|further|several|points?|goals?|runs?|shares?|to)\b)", re.IGNORECASE)
_PASSIVE_REPORT = re.compile(r"(?:It|This)\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+)?"
                             r"(?P<cue>stated|said|noted|added|claimed|argued|stressed|emphasi[sz]ed|explained)\s+"
                             r"that\s+(?=\S)")
_HOW_CUES = {"described", "describes", "explained", "explains", "detailed", "details", "outlined", "outlines",
             "recounted", "recalled", "told"}
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+)?[a-z]+ing(?:\s+[a-z]+)?$")
"""``Clinton is calling for``, ``Trump was telling``: an active cue after 'is', not a passive one."""
_WHO_BEFORE = re.compile(r"[\s,]who\s+(?:also\s+|has\s+|have\s+|had\s+|later\s+|previously\s+|once\s+|then\s+)*$")
"""``Barkley, who said …`` / ``voters who say …``: a cue in a relative clause (its agent is the noun before)."""
_QUANTITY = re.compile(r"\s*(?:at\s+least|at\s+most|about|more\s+than|less\s+than|fewer\s+than|nearly|almost|"
                       r"around|over|up\s+to)\s+(?:\d|half|a\s+third|a\s+quarter|a\s+fifth|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million)", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\([^()]{1,30}\))?\s*[—–-]+\s*")
_HEAD_CUT = re.compile(r"(?<=\w)\s+(?:in|at|on|from|with|across|during|going|living|working|interviewed|polled|"
                       r"surveyed|questioned|familiar|close|involved)\b")
"""Where a long subject's modifiers begin: ``voters in five states``, ``people familiar with the talks``."""
_SUBORDINATE = re.compile(r"(?:While|Although|Though|Whereas|Even though|Because|If|When|Since|As|After|Before|"
                          r"Once|Until|Unless|Having|[A-Z][a-z]+ing)\s")
_BAD_START = {"to", "by", "of", "in", "on", "at", "for", "with", "from", "about", "as", "and", "or", "but",
              "nothing", "so", "in-"}
_QUOTE_CHARS = "“”\"‘’'"
_CLAUSE_TOKENS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "did",
                  "does", "do", "not", "he", "she", "they", "it", "we", "i", "that", "which", "who"}


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


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) to exclude whitespace, enclosing marks and edge punctuation (kept valid)."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        e -= 1
    return s, e


def _words(text: str) -> int:
    return len(text.split())


class _Extractor:
    def __init__(self, body: str) -> None:
        self.body = body
        self.mem = SpeakerMemory()
        self.out: list[Found] = []
        self.last: tuple[Found, int] | None = None  # last attributed quote and its paragraph index
        self.pending: list[tuple[int, int, tuple | None]] = []  # "…, and he noted that …": clauses to read on their own
        self.paras = paragraphs(body)
        self.cues = _BodyCues(body)
        self.mem.full_names.update(person_names(body))

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
        low = np.lower()
        nominal = re.fullmatch(r"(?:the|this|that)\s+([a-z]+)", low)
        if low in PRONOUNS or (nominal and nominal.group(1) in NOMINALS):
            name, role = self.mem.resolve(np)
            if name is None and nominal:
                name, role = np, None
            if name:
                self.mem.remember(name, entity_kind(name) if name != np else "org", role, cue, context)
            return name, np, start, end, role
        toks = np.split()
        gov = self.mem.gov_mentions[-1] if self.mem.gov_mentions and 2 <= len(toks) <= 5 \
            and toks[-1] in _GOV_HEADS else None
        if gov and {t for t in toks[:-1] if t.islower()} & set(gov.lower().split()):
            # "China’s cyberspace watchdog" after "the Cyberspace Administration of China": the body named
            # earlier, with the description kept as its role
            name = gov
            self.mem.remember(name, "org", np, cue, context)
            return name, np, start, end, np
        name, role = split_role(np)
        name = self.mem.expand(name)
        self.mem.remember(name, entity_kind(name), role, cue, context)
        return name, np, start, end, role

    def source_speaker(self, np: str, offset: int):
        """The source after 'according to', cut to its head when long: ``a poll released by X`` -> ``a poll``."""
        got = self.speaker(np, offset, "according to", strict=False)
        if got or len(np.split()) <= 8:
            return got
        cut = NP_CUT.search(np, 1)
        return self.speaker(np[: cut.start()], offset, "according to", strict=False) if cut else None

    def subject_speaker(self, pre: str, offset: int, cue: str | None, **kw):
        """``speaker`` of the words before a cue, past appositives: ``Marley Anderson, 21, a junior, said``."""
        sub = subject_span(pre)
        if sub is not None:
            got = self.speaker(pre[sub[0]: sub[1]], offset + sub[0], cue, **kw)
            if got:
                return got
        got = self.speaker(pre, offset, cue, **kw)
        if got is None and (rel := relative_head(pre)) is not None:
            got = self.speaker(pre[rel[0]: rel[1]], offset + rel[0], cue, **kw)
        if got is None and (cut := _HEAD_CUT.search(pre)) is not None and "," not in pre[: cut.start()]:
            # "Majorities of Democrats in five states going to the polls say": the head before its modifiers
            got = self.speaker(pre[: cut.start()], offset, cue, **kw)
        if got is None and (tail := trailing_np(pre.rstrip())) is not None and pre[tail[0]].isupper():
            got = self.speaker(pre[tail[0]: tail[1]], offset + tail[0], cue, **kw)  # "reporter Jackie Nespral"
        return got

    def add(self, s: int, e: int, kind: str, cue: str | None, who, floating: bool = False,
            para: int | None = None) -> Found | None:
        if kind != "direct" and cue:
            low = cue_stats.LOW_PRECISION_THAT if after_that(self.body, s) else cue_stats.LOW_PRECISION
            if cue.lower() in low:
                return None  # a cue whose reported speech is rarely speech in annotated news ("proposed")
        dateline = _DATELINE.match(self.body, s, e)
        if dateline:  # "WASHINGTON (AP) — Donald Trump has invested …, according to …"
            s = dateline.end()
        s, e = _trim(self.body, s, e)
        if e - s < 3 or _words(self.body[s:e]) < 2:
            return None
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
        # a quoted fragment inside reported speech -> mixed
        if len(group) == 1 and first.closed:
            mixed = self.mixed(sent, first)
            if mixed:
                return True
        extra = None
        if last.closed:
            end_sent = sents.at(last.close) or (last.para_start, last.para_end)
            after = body[last.after: max(last.after, end_sent[1])]
            if not after.strip() and body[last.close - 1: last.close] in ("!", "?", "…", "."):
                # “We will never give up!” Nunes said. -- the splitter ends a sentence at "!”"
                nxt = len(body[last.after: last.para_end]) - len(body[last.after: last.para_end].lstrip())
                next_sent = sents.at(last.after + nxt) if last.after + nxt < last.para_end else None
                if next_sent and (body[last.close - 1] != "." or _words(body[next_sent[0]: next_sent[1]]) <= 8):
                    after = body[last.after: next_sent[1]]
            got = self.after_cue(after, last.after)
            if got:
                who, cue = got
                p = self._AND_PARTICIPLE.search(after) or self._AND_SAID.search(after)
                if p and _words(after[p.end():]) >= 3:
                    extra = (last.after + p.end(), self.clause_end(last.after + p.end(), end_sent[1]), p.group("cue"))
        if who is None:
            got = self.before_cue(before, sent[0])
            if got:
                who, cue = got
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
                if got:
                    who, cue = got
        text = " ".join(body[g.start:g.end] for g in group)
        floating = False
        if len(group) == 1 and self.joins_previous(first, who, para, text):
            # “A,” she said. “B.” -> one quote with two fragments; the attribution is not part of it
            prev = self.last[0]
            s0, e0 = _trim(body, first.start, first.end)
            if e0 > s0:
                prev.fragments = (prev.fragments or [(prev.start, prev.end)]) + [(s0, e0)]
                prev.end = e0
                return True
        if who is None:
            if _words(text) <= SCARE_MAX_WORDS:
                return False
            if self.last is None or para - self.last[1] > 1 or _words(text) < MIN_WORDS_FLOATING:
                return False
            prev = self.last[0]
            who = (prev.speaker, prev.mention, None, None, prev.role)
            floating = True
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

    _SENT_BREAK = re.compile(r"[.!?][\"”’']?\s+\S")

    def joins_previous(self, span: QuoteSpan, who, para: int, text: str) -> bool:
        """Is ``span`` the second part of the previous quote, split by its attribution in one paragraph?

        ``“A,” she said. “B.”`` / ``“A,” Smith said on Friday at a rally in Ohio, “B.”``: the words between
        the two parts hold the previous quote's cue and speaker and nothing else (no other quotation, no
        second sentence), and ``span`` has no speaker of its own or the same one.
        """
        if self.last is None or self.last[1] != para or not self.out or self.last[0] is not self.out[-1]:
            return False
        prev = self.last[0]
        if prev.kind != "direct" or not prev.cue or prev.m_start is None or _words(text) <= SCARE_MAX_WORDS:
            return False
        if who is not None and who[2] != prev.m_start:
            return False
        between = self.body[prev.end: span.open]
        core = between.strip().lstrip(_QUOTE_CHARS + ",.!?:; ").rstrip()
        if not (prev.end <= prev.m_start < span.open) or len(between) > 320 or _words(core) > 45:
            return False
        if any(ch in _QUOTE_CHARS[:3] for ch in core) or self._SENT_BREAK.search(core):
            return False
        if prev.cue.lower() not in core.lower():
            return False
        # "“B,” another said": the second part has an attribution of its own, even one not resolved
        tail = self.body[span.after: min(span.para_end, span.after + 80)]
        for cm in self.cues.finditer(tail, span.after):
            lead = tail[: cm.start()]
            return not (_words(lead) <= 5 and not self._SENT_BREAK.search(lead))
        return True

    _INVERTED = re.compile(r"^[\s,]*(?P<cue>said|says|added|adds|wrote|writes|asked|asks|continued|explained|noted|"
                           r"recalled|warned|insisted|declared|argued|replied|answered|asked|asks|according to)\s+"
                           r"(?P<np>(?:(?:the|a|an|[a-z]+(?:’s|'s)?)\s+){0,4}[A-Z](?:[^,;:!?“”\".]|"
                           r"(?<=\b[A-Z])\.|(?<=\bRep)\.|(?<=\bSen)\.|(?<=\bGov)\.|(?<=\bGen)\.|(?<=\bCol)\.|"
                           r"(?<=\bMrs)\.|(?<=\bSt)\.|(?<=\bJr)\.|(?<=\bLt)\.|(?<=\bMr)\.|(?<=\bMs)\.|"
                           r"(?<=\bDr)\.){0,80}?)"
                           r"\s*(?=[,;:!?]|(?<!\b[A-Z])(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bMr)(?<!\bMs)(?<!\bDr)"
                           r"(?<!\bMrs)(?<!\bSt)(?<!\bJr)(?<!\bGen)\.\s|\.?$|"
                           r"\s+(?:on|in|at|during|last|this|when|who|which|after|before)\b)")

    _INVERTED_NOMINAL = re.compile(r"^[\s,]*(?P<cue>said|says|added|asked|asks|wrote|writes|explained|noted|"
                                   r"warned|replied|answered)\s+(?P<np>(?:the|a|an|one|another)\s+[a-z][^,;:!?“”\".]"
                                   r"{0,60}?)\s*(?=[,;:!?.“\"]|$)")

    def after_cue(self, after: str, offset: int):
        """Speaker and cue right after a closing mark: ``,” he added`` / ``,” said Smith``."""
        m = self._INVERTED.match(after) or self._INVERTED_NOMINAL.match(after)
        if m:
            got = self.speaker(m.group("np"), offset + m.start("np"), m.group("cue"), strict=False)
            if got:
                return got, m.group("cue")
        for cm in self.cues.finditer(after, offset):
            pre, rest = after[: cm.start()], after[cm.end():]
            if _words(pre) > 12:
                return None
            cue = cm.group().lower()
            if cue in _RISKY and cue not in ("tells", "tell") \
                    and not re.match(r"^\s*(?:[.,;:!?]|$|that\b|to\b|in\b|on\b)", rest):
                continue
            if _PASSIVE.search(pre) or not pre.strip(" ,"):
                continue
            got = self.subject_speaker(_ADV_TAIL.sub("", pre), offset, cm.group(), context=rest[:80])
            if got:
                return got, cm.group()
            return None
        return None

    def before_cue(self, before: str, offset: int):
        """Speaker and cue right before an opening mark: ``Smith said: “`` / ``He added, “``."""
        for cm in reversed(list(self.cues.finditer(before, offset))):
            tail = before[cm.end():]
            cue_l = cm.group().lower()
            ends = before.rstrip().endswith((":", ","))
            if not before[: cm.start()].strip() and ends and (inv := re.match(
                    r"\s*(?P<np>[A-Z][^,:;“”\"]{1,60}?)\s*(?:,[^:“”\"]*)?[:,]\s*$", tail)):
                # "Said Dorothy Poynter, who grew up with him, “…”": the speaker after a leading cue
                got = self.speaker(inv.group("np"), offset + cm.end() + inv.start("np"), cm.group(), strict=False)
                return (got, cm.group()) if got else None
            if _words(tail) > 6 or (tail.strip(" :,") and not ends):
                continue
            if cue_l in _RISKY and not ends:
                continue
            pre = before[: cm.start()]
            if _PASSIVE.search(pre):
                continue
            got = self.subject_speaker(_ADV_TAIL.sub("", pre), offset, cm.group())
            return (got, cm.group()) if got else None
        return None

    def mixed(self, sent: tuple[int, int], span: QuoteSpan) -> bool:
        """A reported clause with a quoted fragment in it: ``X said Nvidia must produce “proofs” to …``."""
        body = self.body
        before = body[sent[0]: span.open]
        for m in self.cues.finditer(before, sent[0]):
            post = before[m.end():]
            if not post.strip() or post.rstrip().endswith((":", ",")) or _words(post) < 1:
                continue
            pre = before[: m.start()]
            if _PASSIVE.search(pre):
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
                continue
            self.add(cs, ce, "mixed", m.group(), got, para=self.para_of(cs))
            return True
        return False

    # ------------------------------------------------------------------ reported speech
    def clause_after(self, cue: str, post: str) -> int | None:
        """Offset in ``post`` where the reported clause starts, or None."""
        off = 0
        if cue in _HOW_CUES and (how := re.match(r"\s+how\s+(?=\S)", post)) and _words(post[how.end():]) >= 3:
            return how.end()  # "reports described how officials were urging …"
        if cue in ("added", "adds", "add", "adding") and _ADDED_OBJECT.match(post):
            return None  # "each added a goal", "the DAX added 0.1 per cent": adding, not speaking
        if cue in _OBJECT_CUES:
            rest = post.lstrip()
            if cue in ("called", "calls") and (not rest or rest.split()[0].lower() in (
                    "to", "in", "up", "back", "off", "for", "on", "out", "it", "the", "a", "an", "and", "by")):
                if not re.match(r"(?:it|the|a|an)\s+\S+\s+\S", rest) or rest.split()[0].lower() in (
                        "to", "in", "up", "back", "off", "for", "on", "out", "and", "by"):
                    return None
            if re.match(r"that\s+\S", rest, re.IGNORECASE):  # "proposed that the centre be closed"
                rest = rest[4:].lstrip()
            return len(post) - len(rest) if _words(rest) >= 2 else None
        if cue in ("told", "tell", "tells", "telling", "informed"):
            m = re.match(r"^((?:\s+\S+){1,12}?)\s+(that|how|why|whether|what|when)\s+", post)
            if m and not re.search(r"[.;:!?]", m.group(1)):
                off = m.end() if m.group(2).lower() == "that" else m.start(2)
                return off if _words(post[off:]) >= 3 else None
        if cue in ("told", "tell", "tells", "telling", "asked", "urged", "warned", "informed"):
            m = TOLD_OBJ.match(post)
            if not m:
                return None
            off = m.end()
            rest = post[off:]
            m2 = re.match(r"\s*that\s+", rest)
            if m2:
                off += m2.end()
            return off if _words(post[off:]) >= 3 else None
        if cue in _RISKY and cue not in cue_stats.BARE_CLAUSE:
            m = THAT.match(post)  # "claimed in an interview with the News that …", not "claims by X that"
            return m.end() if m and not re.match(r"\s+(?:by|of|from|about)\b", post) else None
        m = THAT.match(post)
        if m:
            return m.end()
        if cue in CLAUSE_ONLY:
            return None
        m = ADJUNCT_SUBJECT.match(post)
        if m and _words(post[m.end():]) >= 3:
            return m.end()
        m = TIME_LEAD.match(post)
        off = m.end() if m else 0
        rest = post[off:]
        ws = rest.strip().split()
        quantity = _QUANTITY.match(rest) is not None  # "reported at least six boats …", "said about half …"
        if len(ws) < 3 or (ws[0].lower().strip(",") in _BAD_START and not quantity) or rest.lstrip()[:1] in (",", ".", ";"):
            return None
        return off + (len(rest) - len(rest.lstrip()))

    @staticmethod
    def subject(sentence: str) -> str | None:
        """The subject of a sentence's main clause: the words before its first finite verb."""
        text = sentence
        m = re.match(r"^(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|Meanwhile|However|But|Also|Then|"
                     r"[A-Z][a-z]+ing)\b[^,]{0,60},\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*)?)+", text)
        if m:
            text = text[m.end():]
        app = re.match(r"^([^,]{2,60}),\s*(?:an?|the|which|who)\b[^,]*,", text)
        if app:
            return app.group(1)
        v = _FINITE.search(text)
        if not v or v.start() > 80:
            return None
        return text[: v.start()]

    _COORD = re.compile(r"(?:\s+[—–]\s+|,?\s+)(?:and|but|though|although|while)\s+(?P<subj>(?:he|she|they|it|"
                        r"[A-Z][\w’'-]+)\s+)?(?:also\s+)?"
                        r"(?:said|says|noted|notes|added|adds|argued|argues|warned|warns|insisted|explained|"
                        r"called|calls|urged|urges|predicted|predicts|accused|accuses|promised|promises|vowed|"
                        r"vows|pledged|announced|announces|demanded|demands|told|tells|asked|asks|claimed|claims)\b")

    _NEW_CLAUSE = re.compile(r",\s+(?:(?:and|but|although|though|whereas)\s+(?!that\b|also\b)(?=[A-Z]|the\b|a\b|"
                             r"an\b|his\b|her\b|their\b|its\b|human\b|many\b|some\b|other\b)|(?:even\s+|also\s+)?"
                             r"(?P<part>saying|adding|suggesting|noting|arguing|claiming|insisting|warning|telling|calling|vowing|"
                             r"promising|urging|predicting|accusing|explaining|declaring|asking)\b)")

    _DASH_ASIDE = re.compile(r"\s+(?:—|--|–)\s+(?:an?|the|which|who|including|something|one|part)\b")
    _ASIDE_TAIL = re.compile(r",\s+(?:pointing\s+to|referring\s+to|citing|even\s+as|whose)\b")
    """``…, pointing to his record`` / ``…, whose son was killed``: an aside of the writer's, not the speaker's."""

    def clause_end(self, s: int, e: int) -> int:
        text = self.body[s:e]
        m = TAIL_TRIM.search(text)
        if m and m.start() > 10:
            e = s + m.start()
        aside = self._ASIDE_TAIL.search(self.body, s, e) if ", " in text else None
        if aside and aside.start() - s > 20:
            e = aside.start()
        dash = self._DASH_ASIDE.search(self.body, s, e) if ("—" in text or "-" in text or "–" in text) else None
        if dash and _words(self.body[s: dash.start()]) >= 4:
            e = dash.start()  # "… on his watch — a controversial proposal he has raised": the writer's aside
        cut = self._NEW_CLAUSE.search(self.body, s, e)
        if cut and cut.start() - s > 20 and _words(self.body[cut.end():e]) >= 3:
            if cut.group("part"):
                self.pending.append((cut.start("part"), e, (cut.group("part"), self.out[-1] if self.out else None)))
            e = cut.start()
        c = self._COORD.search(self.body, s, e)
        if c and c.start() - s > 10:
            if c.group("subj"):
                self.pending.append((c.start("subj"), e, None))
            else:  # "…, and said …": the same speaker goes on
                verb = re.search(r"\w+$", c.group()).group()
                self.pending.append((c.end(), e, (verb, self.out[-1] if self.out else None)))
            e = c.start()
        return e

    def para_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.paras):
            if s <= pos <= e:
                return i
        return 0

    _NOUN_CUE = re.compile(r"\b(?:claims?|reports?|statements?|warnings?|suggestions?|assertions?|allegations?|"
                           r"comments?)\s+(?:by|from)\s+(?P<np>[^,.;:“”\"]{2,60}?)\s+that\s+", re.IGNORECASE)
    _AND_SAID = re.compile(r",?\s+(?:and|but|though|although|while)\s+(?:he|she|they|it)\s+(?:also\s+)?"
                           r"(?P<cue>added|said|noted|argued|insisted|warned|explained|stressed)\s+that\s+")
    """``“…,” said Priebus, though he added that …``: a reported clause after the quotation's attribution."""
    _AND_PARTICIPLE = re.compile(r",\s+(?P<cue>adding|saying|arguing|noting|warning|insisting|claiming)\s+(?:that\s+)?",
                                 re.IGNORECASE)

    def noun_cue(self, s: int, e: int, para: int) -> bool:
        """``… claims by X that CLAUSE, adding that CLAUSE2``: one quote per clause, both X's."""
        st = self.body[s:e]
        m = self._NOUN_CUE.search(st)
        if not m or m.group("np").split()[-1].lower() in _CUE_SET:
            return False
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

    _INV_NP = re.compile(r"^\s+(?P<np>(?:(?:the|a|an|[a-z]+(?:’s|'s)?)\s+){0,4}?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|"
                         r"Lt|Prof|St)\.\s+)?[A-Z][^,.;:!?“”\"]{1,70}?|"
                         r"(?:the|a|an)\s+[a-z][^,.;:!?“”\"]{1,50}?)\s*(?=,|\.|$|\s+(?:on|in|at|last|this)\b)")
    _INV_REST = re.compile(r"(?:,\s+(?:an?|the|who|which|whose|his|her|their|its|[a-z]+ing|[a-z]+ed|\d|"
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
        if k == len(toks):  # all lower case: "the company's spokesman", a short nominal
            return toks[0] in ("the", "a", "an") and len(toks) <= 5 and not any(
                t in _CLAUSE_TOKENS for t in toks)
        return k <= 4 and all(t[:1].isupper() or t.lower() in self._NP_LOWER for t in toks[k:])

    def relative_quote(self, s: int, e: int, cm, rel, cue: str, para: int) -> int | None:
        """``X, who said CLAUSE, …``: add CLAUSE as X's and return where it ends, or None."""
        st = self.body[s:e]
        post = st[cm.end():]
        clause = self.clause_after(cue, post)
        if clause is None:
            return None
        head = st[: rel.start()].rstrip().rstrip(",")
        if not head:
            return None
        tail = trailing_np(head)  # "… thanked Ines Varga, who said": the noun right before 'who'
        got = self.speaker(head[tail[0]: tail[1]], s + tail[0], cue) if tail and head[tail[0]].isupper() else None
        got = got or self.subject_speaker(head, s, cue)
        if tail and (got is None or len(got[1].split()) > 5):
            got = self.speaker(head[tail[0]: tail[1]], s + tail[0], cue) or got
        if not got:
            return None
        cs = s + cm.end() + clause
        ce = self.clause_end(cs, e)
        for m in re.finditer(r",\s+", self.body[cs:ce]):  # "…, who said C, said …": C ends at the main verb
            nxt = cs + m.end()
            lead = next((c for c in self.cues.finditer(self.body[nxt: min(ce, nxt + 40)], nxt)), None)
            if lead is not None and _words(self.body[nxt: nxt + lead.start()]) <= 3:
                ce = cs + m.start()
                break
        return ce if self.add(cs, ce, "indirect", cue, got, para=para) is not None else None

    def indirect(self, s: int, e: int, para: int) -> bool:
        body = self.body
        st = body[s:e]
        if " that " in st and (" by " in st or " from " in st) and self.noun_cue(s, e, para):
            return True
        m = _PASSIVE_REPORT.match(st)
        if m and self.last is not None and para - self.last[1] <= 1:
            # "It was also stated that …": no agent, the speaker quoted just before goes on
            prev = self.last[0]
            cs = s + m.end()
            return self.add(cs, self.clause_end(cs, e), "indirect", m.group("cue"),
                            (prev.speaker, prev.mention, None, None, prev.role), floating=True) is not None
        m = ACCORDING_LEAD.match(st) if "ccording to" in st else None
        if m:
            got = self.source_speaker(m.group("np"), s + m.start("np"))
            if got:
                return self.add(s + m.start("clause"), self.clause_end(s + m.start("clause"), e), "indirect",
                                "according to", got, para=para) is not None
        done_to, found_any = 0, False
        for cm in self.cues.finditer(st, s):
            if cm.start() < done_to:
                continue
            cue = cm.group().lower()
            pre, post = st[: cm.start()], st[cm.end():]
            rel = _WHO_BEFORE.search(pre) if cue != "according to" else None
            if rel and (end := self.relative_quote(s, e, cm, rel, cue, para)):
                # "Barkley, who said he votes Democratic, said …": the relative clause is a quote of
                # the noun before 'who'; the main clause may hold another
                done_to, found_any = end - s, True
                continue
            if cue == "according to":
                comma = pre.rstrip().endswith(",")
                npm = re.match(r"\s*(?P<np>[^,.!?;:“”\"]{1,160}?)\s*(?:[,.!?]|$)", post)
                if comma and npm:
                    got = self.source_speaker(npm.group("np"), s + cm.end() + npm.start("np"))
                    if got:
                        return self.add(s, s + len(pre.rstrip().rstrip(",")), "indirect", cue, got, para=para) \
                            is not None
                continue
            if (_PASSIVE.search(pre) and not _PROGRESSIVE.search(pre + cue)) or not pre.strip():
                continue
            if cue in _PARTICIPLES and pre.rstrip().endswith(","):
                clause = self.clause_after("said", post)
                subj = self.subject(st)
                if clause is not None and subj:
                    got = self.subject_speaker(subj, s + max(st.find(subj), 0), cue)
                    if got:
                        cs = s + cm.end() + clause
                        return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
                continue
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
            if re.search(r"\s(?:and|but|then|and\s+then|but\s+then)\s*$", pre) and (clause := self.clause_after(cue, post)) is not None:
                subj = self.subject(st)
                got = self.subject_speaker(subj, s + max(st.find(subj), 0), cue) if subj else None
                if got:
                    cs = s + cm.end() + clause
                    return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
            if pre.rstrip().endswith(",") and cue in _INVERTIBLE and cue != "told" and _words(pre) >= 4:
                inv = self._INV_NP.match(post)
                if inv and self._name_like(inv.group("np")) and self._INV_REST.match(post, inv.end()) and (
                        inv.group("np")[:1].isupper() or any(c.isupper() for c in inv.group("np"))
                        or re.match(r"\s*(?:[,.]|$)", post[inv.end():])):  # "said the turmoil at …" is a clause
                    got = self.speaker(inv.group("np"), s + cm.end() + inv.start("np"), cue, strict=False)
                    if got:
                        cs = s + (5 if re.match(r"that\s", st) else 0)
                        return self.add(cs, s + len(pre.rstrip()) - 1, "indirect", cue, got, para=para) is not None
            aside = re.match(r"^(?:\s+(?:him|her|them|me|us|reporters))?,\s+(?=\S)", post)
            if aside and "," in pre and _words(post) >= 3 and (cue in _INVERTIBLE or (
                    cue not in _OBJECT_CUES and cue not in _PARTICIPLES and not cue.endswith("ing"))):
                # "The solution, the partner told them, was simple": the attribution is an aside
                comma0 = pre.rfind(",")
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
            if _PROGRESSIVE.search(pre + cue):  # "Clinton is calling for …": the subject without 'is'
                pre_np = _ADV_TAIL.sub("", re.sub(r"\s(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+)?$", " ",
                                                  pre))
            comma = pre_np.rfind(",")
            got = None
            clause = self.clause_after(cue, post)
            tail_only = not post.strip(" .!?\"”") or _TAIL_OK.match(post) is not None or (
                cue in ("told", "tells") and _TOLD_TAIL.match(post) is not None)
            if comma > 10 and tail_only:
                got = self.speaker(pre_np[comma + 1:], s + comma + 1, cue)
                if got:
                    cs = s
                    if re.match(r"that\s", st):
                        cs += 5
                    return self.add(cs, s + comma, "indirect", cue, got, para=para) is not None
            if clause is None:
                continue
            got = self.subject_speaker(pre_np, s, cue)
            if not got:
                continue
            cs = s + cm.end() + clause
            ce = self.clause_end(cs, e)
            if _SUBORDINATE.match(st):  # "While Ramos said that C, he appears …": C ends at the main clause
                comma = body.find(", ", cs, ce)
                if comma > 0 and _words(body[cs:comma]) >= 2 and _words(body[comma:ce]) >= 3:
                    ce = comma
            return self.add(cs, ce, "indirect", cue, got, para=para) is not None or found_any
        return found_any

    def transcript(self) -> set[int]:
        """``MR. O'NEILL: We will not …``: each line of a transcript is a quote of its labelled speaker."""
        done = set()
        for i, m in transcript_lines(self.body, self.paras):
            mention = m.group("name")
            name, role = split_role(label_name(mention))
            self.mem.remember(name, "person", role, "said")
            ms = m.start("name")
            if self.add(m.end(), self.paras[i][1], "direct", None, (name, mention, ms, ms + len(mention), role),
                        para=i) is not None:
                done.add(i)
        return done

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Found]:
        body = self.body
        spans = find_quote_spans(body)
        sent_list: list[tuple[int, int]] = []
        for ps, pe in self.paras:
            sent_list.extend(split_sentences(body, ps, pe))
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
        skip = {i for i, (ps, pe) in enumerate(self.paras) if not_prose(body[ps:pe])}
        skip |= self.transcript()
        live: list[Found] = []  # quotes found so far that end after the current sentence starts
        n_seen = 0
        pi = 0
        gov = GOV_WORD.search(body) is not None
        for s, e in sent_list:
            while pi + 1 < len(self.paras) and self.paras[pi][1] < s:
                pi += 1
            if pi in skip:  # a headline, a link line or a transcript line already read
                continue
            # sentences come in order, so a quote ending before this one can never overlap a later one
            live = [f for f in live if f.end > s] + [f for f in self.out[n_seen:] if f.end > s]
            n_seen = len(self.out)
            gs = by_sentence.get((s, e), [])
            kept = False
            for g in gs:
                if any(f.start <= g[0].open < f.end for f in live) \
                        or any(f.start <= g[0].open < f.end for f in self.out[n_seen:]):
                    continue  # already inside a mixed quote
                kept |= self.direct(g, sents, pi)
            if gov and GOV_WORD.search(body, s, e):
                for gm in GOV_MENTION.finditer(body, s, e):
                    if len(gm.group().split()) >= 2:
                        self.mem.gov_mentions.append(gm.group())
            if kept:
                continue
            k = bisect_left(cov_open, s)
            if (k and cov_reach[k - 1] >= e) or any(f.start < e and s < f.end for f in live) \
                    or any(f.start < e and s < f.end for f in self.out[n_seen:]):
                continue  # a sentence inside a quotation, or holding one already found
            self.indirect(s, e, pi)
            while self.pending:
                ps_, pe_, same = self.pending.pop()
                if same is None:
                    self.indirect(ps_, pe_, pi)
                elif same[1] is not None:
                    prev = same[1]
                    clause = self.clause_after(same[0].lower(), body[ps_:pe_])
                    if clause is not None:
                        cs = ps_ + clause
                        self.add(cs, self.clause_end(cs, pe_), "indirect", same[0],
                                 (prev.speaker, prev.mention, None, None, prev.role), para=pi)
        return self.out


def run_extraction(body: str) -> list[Found]:
    """All quotes of ``body`` in reading order (see module docs)."""
    found = _Extractor(body).run()
    out, seen = [], set()
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if (f.start, f.end) in seen:
            continue
        seen.add((f.start, f.end))
        if f.kind == "indirect" and any(ch in body[f.start:f.end] for ch in "“”\""):
            f.kind = "mixed"
        out.append(f)
    return out
