"""Attributions with a verb of manner after a quotation: ``“Get out!” the officer yelled.``

After a quotation that ends in a comma, "!" or "?" inside its marks, the words up to the sentence's end
are its attribution when they are a short noun phrase and one past-tense verb (with at most a short
adverbial): ``“Stop the war,” protesters chanted.``, ``“Never,” she snapped at the chair.`` The verb need
not be a speech verb (snapped, laughed, chanted, sighed): the shape says who spoke. A full stop inside
the marks ends the quotation's sentence, so what follows it is read as a sentence of its own.
"""

from __future__ import annotations

import re

_NP_VERB = re.compile(
    r"[\s,]*(?P<np>(?:he|she|they|we|I|(?:the|a|an|one|two|three|some|several|many|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[a-z]{3,}s|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}))\s+(?P<cue>[a-z]{2,}ed|(?:shot|fired|hit|spat)(?=\s+back\b))"
    r"(?:\s+(?:at|to|from|on|in|as|back|out|again|outside|inside|into|over|across|through|after|before|during|near|"
    r"behind|with|[a-z]+ly)\b[^.!?;:“”\"]{0,50})?\s*[.!?]?\s*$")


def manner_attribution(body: str, after: str, offset: int):
    """``(noun phrase, its offset, verb)`` when ``after`` (the words after a quotation's closing mark at
    ``offset``) is such an attribution, else None."""
    if body[offset - 2: offset - 1] not in (",", "!", "?") or len(after) > 90:
        return None
    m = _NP_VERB.match(after)
    if m is None:
        return None
    return m.group("np"), offset + m.start("np"), m.group("cue")


_MANNER_COLON = re.compile(
    r"(?P<np>(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|the|a|an|his|her|their)\s+){0,5}(?:[a-z][\w’'-]*\s+){0,3}"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|(?:[Tt]he|an?|An?|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}(?!%s)[a-z][\w’'-]*|he|she|they|He|She|They)\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:(?:more|less|equally|typically|characteristically|even|just|as|far|rather|very|quite|also)\s+)?"
    r"(?P<how>blunt|blunter|clear|clearer|direct|emphatic|defiant|candid|frank|adamant|succinct|unequivocal|"
    r"unapologetic|forthright|scathing|dismissive|philosophical|upbeat|downbeat|optimistic|cautious|"
    r"matter-of-fact|terse|brief|withering|unrepentant|defensive|diplomatic|undiplomatic|to\s+the\s+point)|"
    r"(?:had|has)\s+this\s+to\s+say|(?:put|puts)\s+it\s+(?:(?:more|most|even\s+more)\s+)?(?:bluntly|simply|plainly|"
    r"succinctly|starkly|best|colou?rfully|this\s+way|another\s+way|differently|in\s+perspective)|"
    r"(?:summed|sums)\s+(?:it\s+)?up(?:\s+(?:the|his|her|their)\s+[a-z]+)?|(?:had|has|offered|gave|issued|sent|delivered)\s+(?:a|one|this)\s+(?:[a-z]+\s+)?"
    r"(?:message|warning|reminder|plea|appeal)(?:\s+(?:for|to)\s+[^:“”\"]{1,50})?)"
    r"(?:\s+(?:about|on|in|when\s+asked(?:\s+about)?|after|at|during|for)\s+[^:“”\"]{1,60})?\s*:\s*$"
    % r"(?:message|mood|answer|response|verdict|point|rule|sign|note|lesson|conclusion|result|reason|warning|"
      r"question|goal|plan|idea|aim|motto|slogan|text|title|headline|statement|letter|report|tone|view)s?\b")
"""``Coach Mike Babcock was blunt: “…”``, ``The mayor had a message for residents: “…”``, ``The chief offered a
warning: “…”``: a subject and the manner of what it said (or its message), then the quotation."""


def manner_colon(before: str) -> tuple[str, int] | None:
    """``(noun phrase, its offset in before)`` when ``before`` (the sentence up to a quotation's opening mark) is
    ``SUBJECT was blunt:`` and the like, else None."""
    if not before.rstrip().endswith(":"):
        return None
    m = _MANNER_COLON.search(before)
    if m is None or (m.start() and before[: m.start()].strip(" ,") and not before[: m.start()].rstrip().endswith(",")):
        return None  # (the subject opens the sentence, or follows an introductory phrase and its comma)
    return m.group("np"), m.start("np")



_NAME = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
_INTRODUCED = re.compile(
    r"(?:(?:And\s+)?[Tt]hen\s+came\s+(?P<came>%s|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w’'-]*))\s*:"
    r"|(?P<in>[Ii]n\s+)?(?P<own>%s|[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<ohead>[a-z][\w-]*))[’']s\s+(?:own\s+)?"
    r"(?P<noun>words|reply|response|answer|retort|verdict|riposte|rejoinder|explanation|message|advice|assessment|"
    r"prediction|comment)\s*(?P<mark>[:,]))\s*$" % (_NAME, _NAME))
"""``Then came Jo Roe: “…”``, ``Jo Roe's reply: “…”``, ``In Jo Roe's words, “…”``: the words that follow are what the
person named (or described by a post: ``the minister's reply:``) said."""


def introduced_by(before: str, person_heads: frozenset[str] | set[str]) -> tuple[str, int, bool] | None:
    """``(noun phrase, its offset in before, whether a name must be shown a person's)`` when ``before`` (the sentence up to a quotation's opening mark) ends
    in ``Then came Jo Roe:``, ``Jo Roe's reply:`` or ``In Jo Roe's words,``, else None. A description must have one
    of ``person_heads`` for its head ("the minister", never "the storm"); a name after "came" may be an event's
("Then came Brexit:"), so the caller asks that it be a person's. Only the last 160 characters are read."""
    tail = before.rstrip()
    if tail[-1:] not in (":", ",") or not ("came" in tail or "’s " in tail or "'s " in tail):
        return None
    cut = max(0, len(before) - 160)
    m = _INTRODUCED.search(before, cut)
    if m is None:
        return None
    start = m.start()
    if before[:start].strip(" ,") and not before[:start].rstrip().endswith(",") and start > cut:
        return None  # (the phrase opens the sentence, or follows an introductory phrase and its comma)
    head = m.group("head") or m.group("ohead")
    if head is not None and head.lower() not in person_heads:
        return None
    if m.group("came"):
        return m.group("came"), m.start("came"), head is None
    words = m.group("noun") == "words"
    if words != bool(m.group("in")) or (m.group("mark") == ",") != words:
        return None  # "In Jo Roe's words," with a comma; "Jo Roe's reply:" with a colon
    return m.group("own"), m.start("own"), False


_COLON_SUBJECT = re.compile(
    r"(?:[A-Z][^,:;“”\"]{0,80},\s+)?(?P<np>[Ss]he|[Hh]e|(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?(?!was\b|is\b|has\b)[a-z]{2,}(?:s|ed)\b[^:;“”\"]{0,200}:\s*\Z")
"""``Ms Chan turned to the gallery and called out:``, ``She describes the night in an account she has told many
times:``: a person (a pronoun or a name) opening the sentence with a verb, and the sentence ending in a colon."""


_CITING = frozenset("""quotes quoted quoting cites cited citing read reads reading retweeted reposted shared forwarded
    printed played passage passages excerpt inscription plaque epitaph verse verses lyrics clause""".split())
"""Words of a sentence that hand on someone else's words ("Frank quotes adviser Alfred Kahn:", "She retweeted a
message that read:", "She pointed to a passage in the ruling:"): the quotation after its colon is not the
subject's."""


def colon_subject(before: str) -> tuple[str, int] | None:
    """``(noun phrase, its offset in before)`` when ``before`` (a sentence up to a quotation, or a paragraph's last
    sentence before a paragraph that is one) opens with a person doing something and ends in a colon, else None:
    whatever the verb, the quotation after the colon is that person's words."""
    if not before.rstrip().endswith(":"):
        return None
    m = _COLON_SUBJECT.match(before)
    if m is None or not _CITING.isdisjoint(before[m.end("np"):].lower().split()):
        return None
    return m.group("np"), m.start("np")
