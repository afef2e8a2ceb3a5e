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
from dataclasses import dataclass

from .lexicon import CLAUSE_ONLY, CUE_VERBS, NOMINALS, PRONOUNS
from .marks import QuoteSpan, find_quote_spans, paragraphs
from .patterns import (ACCORDING_LEAD, AFTER_ACCORDING, AFTER_CUE_NP, AFTER_NP_CUE, TAIL_TRIM, THAT, TIME_LEAD,
                       TOLD_OBJ)
from .sentences import SentenceIndex, split_sentences
from .speakers import GOV_MENTION, SpeakerMemory, clean_np, entity_kind, person_names, split_role

MIN_WORDS_FLOATING = 4
SCARE_MAX_WORDS = 3
_CUE_WORD = re.compile(r"\b(?:according to|" + "|".join(sorted(set(CUE_VERBS), key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
_RISKY = {"state", "report", "note", "claim", "call", "post", "comment", "estimate", "fear", "hope", "promise",
          "thought", "expected", "described", "called", "add", "write", "tell", "suggest", "warn", "argue",
          "calls", "posted", "believed", "estimates", "states", "notes", "reports", "claims", "posts", "comments",
          "hopes", "fears", "promises", "suggests", "warns", "argues", "tells", "writes", "adds"}
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|to|not|when|if|after|before|who|which|that)\s*$",
                      re.IGNORECASE)
_PARTICIPLES = {"saying", "adding", "arguing", "noting", "warning", "claiming", "insisting", "stating", "explaining",
                "suggesting", "telling", "asserting", "contending", "writing"}
_FINITE = re.compile(r"\s(?:[a-z]+ed|is|was|has|had|have|are|were|will|would|says|said|told|wrote|made|took|"
                     r"gave|published|released|issued|reiterated)\b")
_ADV_TAIL = re.compile(r"(?:\s+(?:also|later|previously|recently|separately|earlier|then|again|further|repeatedly|"
                       r"publicly|privately|once|often|has|have|had|would|will|reportedly|initially|just|already|"
                       r"still|even|now|never|always|had\s+previously))+\s*$", re.IGNORECASE)
_BAD_START = {"to", "by", "of", "in", "on", "at", "for", "with", "from", "about", "as", "and", "or", "but",
              "nothing", "so", "in-", "yes", "no"}
_QUOTE_CHARS = "“”\"‘’'"


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
        self.paras = paragraphs(body)
        self.mem.full_names.update(person_names(body))

    # ------------------------------------------------------------------ speakers
    def speaker(self, raw: str, offset: int, cue: str | None, strict: bool = True):
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
                self.mem.remember(name, entity_kind(name) if name != np else "org", role, cue)
            return name, np, start, end, role
        name, role = split_role(np)
        name = self.mem.expand(name)
        self.mem.remember(name, entity_kind(name), role, cue)
        return name, np, start, end, role

    def add(self, s: int, e: int, kind: str, cue: str | None, who, floating: bool = False,
            para: int | None = None) -> Found | None:
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
        if last.closed:
            end_sent = sents.at(last.close) or (last.para_start, last.para_end)
            after = body[last.close + 1: end_sent[1]]
            for rx in (AFTER_ACCORDING, AFTER_CUE_NP, AFTER_NP_CUE):
                m = rx.match(after)
                if m:
                    got = self.speaker(m.group("np"), last.close + 1 + m.start("np"), m.group("cue"))
                    if got:
                        who, cue = got, m.group("cue")
                        break
        if who is None:
            for cm in reversed(list(_CUE_WORD.finditer(before))):
                tail = before[cm.end():]
                cue_l = cm.group().lower()
                if _words(tail) > 6 or (tail.strip() and not before.rstrip().endswith((":", ","))):
                    continue
                if cue_l in _RISKY and not before.rstrip().endswith((":", ",")):
                    continue
                pre = before[: cm.start()]
                if _PASSIVE.search(pre):
                    continue
                got = self.speaker(_ADV_TAIL.sub("", pre), sent[0], cm.group())
                if got:
                    who, cue = got, cm.group()
                break
        if who is None and para > 0 and first.open == self.paras[para][0]:
            prev_s, prev_e = self.paras[para - 1]
            prev = body[prev_s:prev_e].rstrip()
            if prev.endswith(":"):
                m = re.search(r"(?P<np>[^.!?;“”\"]{1,90}?)\s+(?P<cue>" + "|".join(CUE_VERBS) + r")\b[^.!?]*:$", prev,
                              re.IGNORECASE)
                if m:
                    got = self.speaker(m.group("np"), prev_s + m.start("np"), m.group("cue"))
                    if got:
                        who, cue = got, m.group("cue")
        text = " ".join(body[g.start:g.end] for g in group)
        floating = False
        if who is None:
            if _words(text) <= SCARE_MAX_WORDS:
                return False
            if self.last is None or para - self.last[1] > 1 or _words(text) < MIN_WORDS_FLOATING:
                return False
            prev = self.last[0]
            who = (prev.speaker, prev.mention, None, None, prev.role)
            floating = True
        for g in group:
            self.add(g.start, g.end, "direct", cue, who, floating, para)
        if who and who[0] is None and self.out:
            pass
        return True

    def mixed(self, sent: tuple[int, int], span: QuoteSpan) -> bool:
        """A reported clause with a quoted fragment in it: ``X said Nvidia must produce “proofs” to …``."""
        body = self.body
        before = body[sent[0]: span.open]
        for m in _CUE_WORD.finditer(before):
            post = before[m.end():]
            if not post.strip() or post.rstrip().endswith((":", ",")) or _words(post) < 1:
                continue
            pre = before[: m.start()]
            if _PASSIVE.search(pre):
                continue
            pre = _ADV_TAIL.sub("", pre)
            clause = self.clause_after(m.group().lower(), post)
            if clause is None:
                continue
            got = self.speaker(pre, sent[0], m.group())
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
        if cue in _RISKY:
            m = re.match(r"\s+that\s+", post)
            return m.end() if m else None
        m = THAT.match(post)
        if m:
            return m.end()
        if cue in CLAUSE_ONLY:
            return None
        m = TIME_LEAD.match(post)
        off = m.end() if m else 0
        rest = post[off:]
        ws = rest.strip().split()
        if len(ws) < 3 or ws[0].lower().strip(",") in _BAD_START or rest.lstrip()[:1] in (",", ".", ";"):
            return None
        return off + (len(rest) - len(rest.lstrip()))

    @staticmethod
    def subject(sentence: str) -> str | None:
        """The subject of a sentence's main clause: the words before its first finite verb."""
        text = sentence
        m = re.match(r"^(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|Meanwhile|However|But|Also)\b[^,]{0,60},\s*)",
                     text)
        if m:
            text = text[m.end():]
        app = re.match(r"^([^,]{2,60}),\s*(?:an?|the|which|who)\b[^,]*,", text)
        if app:
            return app.group(1)
        v = _FINITE.search(text)
        if not v or v.start() > 80:
            return None
        return text[: v.start()]

    def clause_end(self, s: int, e: int) -> int:
        text = self.body[s:e]
        m = TAIL_TRIM.search(text)
        if m and m.start() > 10:
            e = s + m.start()
        return e

    def para_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.paras):
            if s <= pos <= e:
                return i
        return 0

    def indirect(self, s: int, e: int, para: int) -> bool:
        body = self.body
        st = body[s:e]
        m = ACCORDING_LEAD.match(st)
        if m:
            got = self.speaker(m.group("np"), s + m.start("np"), "according to", strict=False)
            if got:
                return self.add(s + m.start("clause"), self.clause_end(s + m.start("clause"), e), "indirect",
                                "according to", got, para=para) is not None
        for cm in _CUE_WORD.finditer(st):
            cue = cm.group().lower()
            pre, post = st[: cm.start()], st[cm.end():]
            if cue == "according to":
                comma = pre.rstrip().endswith(",")
                npm = re.match(r"\s*(?P<np>[^,.!?;:“”\"]{1,80}?)\s*(?:[,.!?]|$)", post)
                if comma and npm:
                    got = self.speaker(npm.group("np"), s + cm.end() + npm.start("np"), cue, strict=False)
                    if got:
                        return self.add(s, s + len(pre.rstrip().rstrip(",")), "indirect", cue, got, para=para) \
                            is not None
                continue
            if _PASSIVE.search(pre) or not pre.strip():
                continue
            if cue in _PARTICIPLES and pre.rstrip().endswith(","):
                clause = self.clause_after("said", post)
                subj = self.subject(st)
                if clause is not None and subj:
                    got = self.speaker(subj, s, cue)
                    if got:
                        cs = s + cm.end() + clause
                        return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
                continue
            pre_np = _ADV_TAIL.sub("", pre)
            comma = pre_np.rfind(",")
            got = None
            clause = self.clause_after(cue, post)
            tail_only = not post.strip(" .!?") or re.match(r"^\s*(?:,\s*(?:citing|adding|according|who|which|in|"
                                                           r"on|at)\b.*|\s+(?:on|in|at|late|last|this|earlier)\b"
                                                           r"[^,]{0,40})?[.!?]?$", post) is not None
            if comma > 10 and tail_only:
                got = self.speaker(pre_np[comma + 1:], s + comma + 1, cue)
                if got:
                    cs = s
                    if re.match(r"that\s", st):
                        cs += 5
                    return self.add(cs, s + comma, "indirect", cue, got, para=para) is not None
            if clause is None:
                continue
            got = self.speaker(pre_np, s, cue)
            if not got:
                continue
            cs = s + cm.end() + clause
            return self.add(cs, self.clause_end(cs, e), "indirect", cue, got, para=para) is not None
        return False

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
        covered = [(g[0].open, g[-1].close) for g in groups]
        pi = 0
        for s, e in sent_list:
            while pi + 1 < len(self.paras) and self.paras[pi][1] < s:
                pi += 1
            gs = by_sentence.get((s, e), [])
            kept = False
            for g in gs:
                if any(f.start <= g[0].open < f.end for f in self.out):
                    continue  # already inside a mixed quote
                kept |= self.direct(g, sents, pi)
            for gm in GOV_MENTION.finditer(body, s, e):
                if len(gm.group().split()) >= 2:
                    self.mem.gov_mentions.append(gm.group())
            if kept:
                continue
            if any(a < s and e <= b + 1 for a, b in covered) or any(f.start < e and s < f.end for f in self.out):
                continue  # a sentence inside a quotation, or holding one already found
            self.indirect(s, e, pi)
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
