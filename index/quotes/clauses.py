"""Where reported clauses start and end, and what is not one: patterns for ``reported``."""

from __future__ import annotations

import re

from .lexicon import CLAUSE_ONLY

_ASIDE_SUBJECT = re.compile(r",\s+(?P<adj>[^,;:.!?“”\"]{2,80}),\s+(?=(?:he|she|they|we|I|it|there)(?:(?:’s|'s|’re|'re|’ll|'ll)\b|"
                            r"\s+(?:would|will|could|should|must|might|may|can|is|are|was|were|has|have|had|did|does|do|"
                            r"[a-z]+ed|[a-z]+s)\b))")
"""``says, win or lose in Florida, he is staying``: words between commas, then a pronoun subject and its verb."""
_BARE_CLAUSE = re.compile(r"\s+(?=(?:he|she|they|we)\s+[a-z]{2,}ed\s|(?:he|she|they|we|it|there|(?:the|a|an|its|his|her|their|this|these|those)"
                          r"(?:\s+[a-z][\w’'-]*){1,3}|(?:(?:the|its|his|her|their)\s+)?(?:[a-z][\w’'-]*\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)"
                          r"(?:\s+(?:of\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)){0,3})\s+(?:would|will|could|should|must|might|may|can|cannot|had|has|"
                          r"have|was|were|is|are)\s+(?:not\s+|no\s+longer\s+|been\s+|be\s+)?[a-z\d$£€])")
"""A bare reported clause after a cue that takes one mostly with ``that``: a pronoun or a lower-case noun
phrase, an auxiliary, a verb (``reports the plant will close``, ``notes it has been …``), not an object."""
_NO_BARE = CLAUSE_ONLY | {"thought", "believed", "fear", "hope", "charged", "charges", "estimate", "estimates", "call"}
"""Verbs of thinking, naming and charging: their bare clause is a belief or a price, not something said."""
_SUBJECT_WORDS = frozenset("he she they we i it there the a an his her their its this these those that".split())
"""Words that open a clause's subject (the listener phrase after ``told`` has ended)."""
_LATE_SUBJECT = re.compile(r"(?:(?!(?:about|if|whether|when|why|how|what|where|because|as|since|of)\s)[\w’'-]+\s+){1,6}?"
                           r"(?=(?:he|she|they|we|it|there)\s+(?:would|will|was|were|had|has|is|"
                           r"are|could|should|did|must|may|might|can)\b)")
"""The rest of a listener phrase before a pronoun subject and its auxiliary (``jury on Monday`` | ``he had …``)."""
_ACCORDANCE = re.compile(r"\b(?:plans?|rules?|laws?|schedule|script|tradition|customs?|instructions?|guidelines?|"
                         r"procedures?|protocols?|needs?|size|age|ability|merit|taste|design|type|class|rank)\b(?!\s+(?:firm|office|"
                         r"department|committee|group|professor|expert)s?\b)",
                         re.IGNORECASE)
"""``according to plan`` / ``according to the rules``: in accordance with something, not a source."""
_SUB_LEAD = re.compile(r"(?:[A-Z][\w-]*\s+)(?:[a-z][\w-]*\s+){0,2}?(?:after|before|since|when|while|until|once)\s")
"""``Years after`` / ``A few weeks after`` / ``Shortly before``: a time phrase opening a subordinate clause."""
_SUB_SUBJECT = re.compile(r"(?:^|[\s,])(?:as|because|while|when|although|though|whereas|(?<![^\s])(?:While|When|Although|Though|Whereas|Because))\s+"
                          r"(?P<np>(?![\d])(?:(?!(?:he|she|they|we|it|the|a|an)\s)[\w’'.-]+\s+){0,1}"
                          r"(?:(?:the|a|an|some|many|most|several|other)\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)"
                          r"(?:,\s+[a-z]+ing\b[^,]{1,60},)?\s*$")
"""``… as analysts said`` / ``… while the coach said`` / ``… as Pena Nieto, contradicting Trump, said``: a conjunction,
then the cue's own subject (never a year or a phrase with a pronoun inside, ``as chairman he``)."""
_MAIN_VERB = re.compile(r"(?:also\s+|still\s+|now\s+)?(?:will|would|has|have|had|is|are|was|were|can|could|should|must|may|"
                        r"might|did|does)\s")
"""The main clause's verb after a relative clause's comma (``X, who says C, will meet …``)."""
PAST_MAIN_VERB = re.compile(r"(?:also\s+|later\s+|then\s+|still\s+)?(?:[a-z]{2,}ed|lost|won|took|made|left|went|became|met|"
                            r"led|ran|gave|got|saw|kept|held|brought|began|fell|rose|sold|paid|spent|quit|stood|"
                            r"drew|broke|chose|came|did|hit|set|cut|put)\s+(?:the|a|an|his|her|their|its|to|on|in|at|"
                            r"for|with|after|up|out|down|off|back|\d)")
"""A past-tense main verb after a relative clause's comma when the clause's noun opens the sentence
(``Mayor Tom Hill, who said C, lost the vote``)."""
_APPOS_START = frozenset("the a an his her their its our who".split())
"""First words of a description beside a name (``the city engineer``, ``a spokesman``)."""
_CALLED_ASIDE = re.compile(r"\s+(?:[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*,|[“\"‘][^“”\"‘’\n]{1,60}(?:,[”\"’]|[”\"’]\s*,))")
"""``, called fracking,``: a short name closed by a comma after ``called`` (an aside naming the noun before it), also
in quotation marks (``, called “Fresh Start”,``)."""
_NAME_ASIDE = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&.-]*){0,4}\s*(?:,|\)|\s[—–]\s)")
"""``called Zentrol,``: a capitalised name closed by a comma, bracket or dash after ``called``."""

_PP = re.compile(r"(?:\s*,?\s+(?:on|in|at|during|after|before|with|from|for|outside|inside|near|following|ahead\s+of|"
                 r"via|through|by|of|about|over|across|under|among|amid|last|this|late|early|earlier|later|yesterday|"
                 r"today|tonight|again|also|then|[A-Z][a-z]+day)\b[^,;:.!?“”\"]{0,60}?)+\s*[.!?\"”’]*\s*$")


def adjunct_tail(content: str, post: str) -> bool:
    """Is ``post``, the words after a cue that ends its sentence's attribution (``…, the minister said``), only
    adjuncts: ``in a statement``, ``at a news conference in Ottawa on Monday``, ``during a visit to Halifax``
    (prepositional phrases and times, no verb and no ``that``), after ``content`` that is a clause of its own
    (``In May 2001, Jo Roe said in …`` opens with an adjunct, not a statement)?"""
    return len(post) <= 140 and " that " not in post and _PP.match(post) is not None \
        and not _FINITE_IN_TAIL.search(post) and len(content.split()) >= 4 and _FINITE_IN_TAIL.search(content) \
        is not None and not _ADJUNCT_START.match(content)


_ADJUNCT_START = re.compile(r"\s*(?:(?:In|On|At|During|After|Before|Since|Until|Though|Although|While|When|If|As|"
                            r"For|From|With|Without|Despite|Early|Late|Earlier|Later|Last|This)\b|[A-Z][a-z]+ing\b)")


_FINITE_IN_TAIL = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does|"
                             r"[a-z]{2,}ed|said|says|told)\b(?!\s+(?:by|to|with)\b)")
"""A finite verb in words after a cue (``after the meeting ended``): a clause, not an adjunct. (A participle before
'by', 'to' or 'with' modifies a noun: ``a visit organised by the union``.)"""

ASIDE_THAT = re.compile(r",\s+(?!that\b|and\b|but\b|who\b|which\b)(?![^,]*\b(?:said|says|told)\b)[^,;:.!?“”\"]{2,70},\s+that\s+(?=\S)")
"""``said, however, that …`` / ``said, in a statement released on Friday, that …``: an aside between the cue and
its ``that`` clause."""

TRAILING_ATTRIBUTION = re.compile(r",\s+(?:said|says|added|adds|noted|notes|wrote|writes|argued|argues|warned|warns|"
                                  r"explained|insisted|insists)\s+(?:[a-z][\w’'-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}"
                                  r"(?:,[^,]{1,80})?[.!?]?\s*$")
"""``…, said analyst Jo Bean.`` ending a clause: the sentence names its own speaker after the content (so an
``According to the report, …`` opening it is the speaker's source, not the speaker)."""
