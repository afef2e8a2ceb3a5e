"""Word-level differences of two aligned sentences, and the signs of a possible contradiction."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..models import DiffToken, Sentence
from .similarity import NEGATIONS, analyzer

_TOKEN = re.compile(r"[$£€]?\d[\d,.]*%?|\w+(?:[’'-]\w+)*%?")
_NUMBER = re.compile(r"^[$£€]?\d[\d,.]*%?$")

def _forms(*verbs: str) -> set[str]:
    """Every written form of these verbs: ``"stop stopped stopping stops"`` (forms listed in full)."""
    return {w for v in verbs for w in v.split()}


# actions that say the same thing in other words, as written (whole words, never a word's beginning:
# 'endorse' is not 'end', 'director' not 'direct'): a difference in negation between them is a conflict
ACTION_CLASSES = [
    _forms("order ordered ordering orders", "instruct instructed instructing instructs",
           "direct directed directing directs", "tell tells telling told", "demand demanded demanding demands",
           "require required requires requiring", "ask asked asking asks", "urge urged urges urging",
           "command commanded commanding commands"),
    _forms("suspend suspended suspending suspends", "halt halted halting halts", "stop stopped stopping stops",
           "pause paused pauses pausing", "freeze freezes freezing froze frozen", "ban banned banning bans",
           "prohibit prohibited prohibiting prohibits", "block blocked blocking blocks", "end ended ending ends",
           "cancel canceled cancelled canceling cancelling cancels", "cease ceased ceases ceasing"),
    _forms("allow allowed allowing allows", "permit permits permitted permitting", "approve approved approves approving",
           "authorize authorized authorizes authorizing authorise authorised authorises authorising",
           "license licensed licenses licensing licence licensed"),
    _forms("rise rises rising rose risen", "increase increased increases increasing", "gain gained gaining gains",
           "climb climbed climbing climbs", "jump jumped jumping jumps"),
    _forms("fall falls falling fell fallen", "decline declined declines declining", "drop dropped dropping drops",
           "decrease decreased decreases decreasing", "slump slumped slumping slumps"),
    _forms("confirm confirmed confirming confirms", "acknowledge acknowledged acknowledges acknowledging",
           "admit admits admitted admitting"),
]
_ACTION_OF = {w: c for c, forms in enumerate(ACTION_CLASSES) for w in forms}
_NOUN_AFTER = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "in"}
"""Words after which an action word is a noun: 'the end', 'an order', 'in order to'."""
_ONLY_BEFORE_TO = _forms("ask asked asking asks", "tell tells telling told")
"""Verbs of speech that give an order only with a 'to' close after ('told the firms to halt'), not
when they report or ask ('told reporters that …', 'Asked at a briefing about …')."""


@lru_cache(maxsize=16384)
def _relative_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def tokens(s: Sentence) -> list[tuple[str, int, int]]:
    """(word, start, end) of a sentence, offsets into the body (the split of a text is cached: a story
    compares each sentence with many)."""
    return [(w, s.start + a, s.start + b) for w, a, b in _relative_tokens(s.text)]


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    toks = [t.text for t in analyzer()(word)]
    return toks[0] if toks else word.lower()


def is_negated(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    return any(w in NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in low)


def numbers(words: list[str]) -> set[str]:
    return {w.rstrip(".,") for w in words if _NUMBER.match(w)}


def diff_ops(a: Sentence, b: Sentence) -> tuple[list[list], list[list], list[str]]:
    """Both sentences' words as ``[word, start, end, op, flagged]`` (op: same/added/removed/changed) and
    the flagged differing terms (figures, names, negations): the work of :func:`word_diff` without models."""
    ta, tb = tokens(a), tokens(b)
    na, nb = [_norm(w) for w, _, _ in ta], [_norm(w) for w, _, _ in tb]
    sm = SequenceMatcher(a=na, b=nb, autojunk=False)
    out_a = [[w, s, e, "same", False] for w, s, e in ta]
    out_b = [[w, s, e, "same", False] for w, s, e in tb]
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        for i in range(i1, i2):
            out_a[i][3] = "changed" if op == "replace" else "removed"
        for j in range(j1, j2):
            out_b[j][3] = "changed" if op == "replace" else "added"
    flagged: list[str] = []
    only_a = {t[0] for t in out_a if t[3] != "same"}
    only_b = {t[0] for t in out_b if t[3] != "same"}
    both = {x.lower() for x in (only_a & only_b)}
    nums_a, nums_b = numbers([w for w, _, _ in ta]), numbers([w for w, _, _ in tb])
    for toks, other_nums in ((out_a, nums_b), (out_b, nums_a)):
        for t in toks:
            if t[3] == "same":
                continue
            w = t[0]
            if (_NUMBER.match(w) and other_nums and w.rstrip(".,") not in other_nums) \
                    or w.lower() in NEGATIONS or w.lower().endswith(("n't", "n’t")) \
                    or (w[:1].isupper() and t[1] > 0 and w.lower() not in both):
                t[4] = True
                flagged.append(w)
    return out_a, out_b, list(dict.fromkeys(flagged))


def as_tokens(ops: list[list], changed_only: bool = False) -> list[DiffToken]:
    """:class:`DiffToken` records of :func:`diff_ops` words (all, or only those that differ)."""
    return [DiffToken.model_construct(text=w, start=s, end=e, op=op, flagged=f)
            for w, s, e, op, f in ops if not changed_only or op != "same"]


def word_diff(a: Sentence, b: Sentence) -> tuple[list[DiffToken], list[DiffToken], list[str]]:
    """Tokens of both sentences marked same/added/removed/changed, and the flagged differing terms."""
    ops_a, ops_b, flagged = diff_ops(a, b)
    return as_tokens(ops_a), as_tokens(ops_b), flagged


CONTEXT = 5
"""Words on each side of an action word that tell what the action is about ('suspend *their purchases*')."""


class Features:
    """What a sentence asserts, for contradiction checks: terms, figures, actions, their negation and
    what each action is about (the content words around it), the names it gives and the people it
    quotes, and whether it asks rather than asserts."""

    __slots__ = ("stems", "actions", "pct_units", "action_stems", "contexts", "names", "subject", "speakers",
                 "question")

    def __init__(self, s: Sentence) -> None:
        from .evidence import sentence_info
        from .similarity import stemmed_stops

        info = sentence_info(s.text)
        self.names, self.speakers = info.names, info.speakers
        self.question = s.text.rstrip().rstrip("\"”’')").endswith("?")
        words = [w for w, _, _ in tokens(s)]
        norms = [_norm(w) for w in words]
        stops = stemmed_stops()
        content = [n if len(n) > 2 and not n.isdigit() and n not in stops else "" for n in norms]
        self.stems = {n for n in content if n}
        # what the sentence is about: its first capitalised content word ('Acme', 'Lopez', 'Prices')
        self.subject = next((n for w, n in zip(words, content) if n and w[:1].isupper()), "")
        self.actions: dict[int, bool] = {}  # action class -> negated
        self.action_stems: set[str] = set()
        self.contexts: dict[int, set[str]] = {}  # action class -> content words around its action words
        for k, n in enumerate(norms):
            low = words[k].lower()
            c = _ACTION_OF.get(low)
            if c is not None and not (k and words[k - 1].lower() in _NOUN_AFTER) \
                    and (low not in _ONLY_BEFORE_TO or "to" in (x.lower() for x in words[k + 1:k + 5])):
                neg = is_negated(words[max(0, k - 3): k])
                self.actions[c] = self.actions.get(c, True) and neg
                self.action_stems.add(n)
                self.contexts.setdefault(c, set()).update(x for x in content[max(0, k - CONTEXT): k + CONTEXT + 1] if x)
        for c in self.contexts:
            self.contexts[c] -= self.action_stems
        self.pct_units: dict[str, set[str]] = {}
        for k, w in enumerate(words):
            if w.endswith("%"):
                self.pct_units[w.rstrip(".,")] = {n for n in content[k + 1: k + 6] if len(n) > 3}


def contradiction_reasons(fa: Features, fb: Features, frequent: set[str] = frozenset()) -> list[str]:
    """Why two sentences may contradict each other (empty: no sign of it).

    Both signs need the two sentences to be about the same thing: two content words in common or more,
    one of them not ``frequent`` (too common in the sentences compared), and not two different people's
    words ('Smith said …' / '… Jones said'). A negation must also concern the same object: the words
    around the two action words share one that is neither frequent nor a name ('ordered … to suspend
    *their purchases*' / 'not instructed to halt *purchases*'), and a question denies nothing
    ('Why doesn't the press ask …?'). Figures must be about the same subject (:func:`same_subject`).
    """
    shared = (fa.stems & fb.stems) - fa.action_stems - fb.action_stems
    if len(shared) < 2 or not shared - frequent or (fa.speakers and fb.speakers and not fa.speakers & fb.speakers):
        return []
    reasons = []
    for pa, ua in fa.pct_units.items() if same_subject(fa, fb) else ():
        for pb, ub in fb.pct_units.items():
            if pa != pb and ua & ub and pa not in fb.pct_units and pb not in fa.pct_units \
                    and shared - ua - ub - frequent:
                reasons.append(f"different figures for {sorted(ua & ub)[0]}: {pa} vs {pb}")
    names = fa.names | fb.names
    for c in sorted(fa.actions.keys() & fb.actions.keys()) if not (fa.question or fb.question) else ():
        if fa.actions[c] != fb.actions[c] and (fa.contexts.get(c, set()) & fb.contexts.get(c, set())) - frequent - names:
            side = "second" if fb.actions[c] else "first"
            reasons.append(f"negation: the {side} denies the same action")
            break
    return list(dict.fromkeys(reasons))


def same_subject(fa: Features, fb: Features) -> bool:
    """False when the subject of each sentence (its first capitalised content word) is not in the other
    ('Acme recalled …' / 'Globex recalled …', 'Lopez needs …' / 'Berg needs …'): their figures count
    different things."""
    return not (fa.subject and fb.subject) or fa.subject in fb.stems or fb.subject in fa.stems
