"""What an article says of a name that shows it is a firm's although it opens with a first name ("Merrill Lynch",
"Morgan Stanley", "Marks & Spencer"): an ampersand, shares or offices of it, "the bank" or "which" set beside it.
Read in one pass over the text; then each name is a set look-up."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z][\w’'-]*){0,3}"
_OWNED = re.compile(r"(?P<n>%s)[’']s?\s+(?:(?:share|stock)\s+price|shares(?!\s+in\b)|profits?|revenues?|"
                    r"shareholders|headquarters|takeover|subsidiary|branches|stores)\b" % _NAME)
"""What only a firm owns: "Morgan Stanley's shares", "Merrill's profits"."""
_OF_FIRM = re.compile(r"\b(?i:shares|stake|shareholders|investors)\s+in\s+(?P<a>%s)|\b(?i:offices|employees|"
                      r"shareholders|subsidiary|chief\s+executive|headquarters|takeover|branches)\s+(?:of|at)\s+"
                      r"(?P<b>%s)" % (_NAME, _NAME))
"""A firm's offices, staff or shares named by the firm: "the London offices of Merrill Lynch", "shares in Chase"."""
_FIRM_HEADS = (r"(?:investment\s+|merchant\s+|high[\s-]street\s+|retail\s+|US\s+|UK\s+|Wall\s+Street\s+|rival\s+)?"
               r"(?:bank|firm|company|broker|brokerage|retailer|lender|insurer|carmaker|airline|chain|"
               r"conglomerate|group|bank)")
_BESIDE = re.compile(r"(?P<n>%s),\s+(?:the|a|an)\s+%s\s*(?=[,.;]|\s+(?:which|that|based)\b)" % (_NAME, _FIRM_HEADS))
"""A firm set beside what it is: "Morgan Stanley, the investment bank,"."""
_WHICH = re.compile(r"(?P<n>%s),\s+which\s" % _NAME)
"""A name a relative clause calls a thing: "Morgan Stanley, which advised on the deal,"."""


_AMPERSAND = re.compile(r"[A-Z][\w’'-]*\s+&\s+[A-Z][\w’'-]*")


_HONOURED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?=([A-Z][\w’'-]*)(?:\s+([A-Z][\w’'-]*))?)")
"""An honorific and the one or two capitalised words after it ("Mr Murdoch", "Ms Ann Roe"). (Its word boundary is
tested on each match: a pattern that opens with ``\b`` is tried at every position, three times slower.)"""
_WORD_CHAR = re.compile(r"\w")


def _honoured(body: str) -> set[str]:
    """The words the text writes after an honorific, directly or after one more capitalised word (read in one pass;
    a lookahead, so that "Mr Sir Ann Roe" also yields the words after "Sir")."""
    return {w for m in _HONOURED.finditer(body) if not (m.start() and _WORD_CHAR.match(body, m.start() - 1))
            for w in m.groups() if w}


_OWNED_AT = re.compile(r"[’']s?\s+(?:(?:share|stock)\s+price|shares|profits?|revenues?|shareholders|headquarters|"
                       r"takeover|subsidiary|branches|stores)\b")
_OF_FIRM_AT = re.compile(r"\b(?:shares|stake|shareholders|investors)\s+in\s|\b(?:offices|employees|shareholders|"
                         r"subsidiary|chief\s+executive|headquarters|takeover|branches)\s+(?:of|at)\s")
"""(Searched in the lower-cased text: a case-blind search of these words is three times slower.)"""
_OF_FIRM_FIRST = ("shares", "stake", "shareholders", "investors", "offices", "employees", "subsidiary", "chief",
                  "headquarters", "takeover", "branches")
"""The words a match of ``_OF_FIRM_AT`` opens with."""


def _of_firm_at(lower: str):
    """``_OF_FIRM_AT.finditer(lower)``, tried only where one of its first words is (a look for each word is quicker
    than the search; two matches never overlap, as none of the words begins inside another's match)."""
    starts = set()
    for w in _OF_FIRM_FIRST:
        i = lower.find(w)
        while i >= 0:
            starts.add(i)
            i = lower.find(w, i + 1)
    for i in sorted(starts):
        if (m := _OF_FIRM_AT.match(lower, i)) is not None:
            yield m


_BESIDE_AT = re.compile(r",\s+(?:the|a|an)\s+%s" % _FIRM_HEADS)
_WHICH_AT = re.compile(r",\s+which\s")
_RULES = ((_OWNED, _OWNED_AT, 120, 40), (_OF_FIRM, _OF_FIRM_AT, 0, 120), (_BESIDE, _BESIDE_AT, 120, 40),
          (_WHICH, _WHICH_AT, 120, 40))
"""Each rule with the words it needs and how far before and after them its match can reach: a rule is read only
near its words (a capital word is no start to try everywhere)."""


def org_names(body: str) -> frozenset[str]:
    """Every name (and each shorter tail of it) the article shows to be a firm's by how it writes of it."""
    got: set[str] = set()
    lower = body.lower()
    if len(lower) != len(body):  # (a letter whose lower case is longer: the words are found where they are)
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    for rx, at, back, ahead in _RULES:
        for t in _of_firm_at(lower) if at is _OF_FIRM_AT else at.finditer(body):
            for m in rx.finditer(body, max(0, t.start() - back), min(len(body), t.end() + ahead)):
                name = next(g for g in m.groups() if g)
                toks = name.split()
                got.update(" ".join(toks[i:]) for i in range(len(toks)))
    if "&" in body:
        got.update(m.group() for m in _AMPERSAND.finditer(body))
    if got:  # (a surname after "Mr" or "Ms" is a person's: "Mr Murdoch's shares" were his)
        honoured = _honoured(body)
        called = {last for last in {n.split()[-1] for n in got} if last in honoured}
        got = {n for n in got if n.split()[-1] not in called}
    return frozenset(got)


def named_as_org(names: frozenset[str], name: str) -> bool:
    """Is ``name`` (a person's shape: "Merrill Lynch") a firm's by ``names`` (``org_names``): itself, or its first
    word as the text shortens a firm's name ("Merrill's profits")?"""
    toks = name.split()
    return len(toks) >= 2 and ("&" in toks or name in names or toks[0] in names)
