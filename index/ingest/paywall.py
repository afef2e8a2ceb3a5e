"""Pages behind a paywall: whether the text read is only a subscriber's teaser.

A page saved without a subscription shows the story's first paragraphs and then a prompt ('Subscribe to
continue reading', 'This article is for subscribers', 'You've reached your limit of free articles'). The
prompt's lines are furniture (:mod:`.lines` and :mod:`.pagescan` leave them out of the text); this module
tells that the text stops where the prompt starts, so the article is marked partial. A page that declares
a paywall (``"isAccessibleForFree": false``, a ``paywall``/``meteredContent`` class) but whose story is whole
(a subscriber's save, or the text its data holds) is not partial; nor is an article that quotes a prompt.
"""

from __future__ import annotations

import re

from .pagescan import ends_sentence

PAYWALL = "paywall"
"""The ``partial`` value of an article whose page showed a subscriber's teaser."""

_GENERIC = (
    r"\b(?:subscribe|sign in|log in|register|join|become a (?:member|subscriber))\b[^.!?]{0,30}\b(?:to|and) "
    r"(?:continue|keep|finish) reading\b"
    r"|\bto (?:continue|keep) reading\b[^.!?]{0,30}\b(?:subscri|sign in|log in|register|become a|join)"
    r"|\b(?:continue|keep) reading with (?:a |an |your )?(?:\w+ )?(?:subscription|account|membership)\b"
    # French, German, Spanish, Italian, Portuguese
    r"|\bpour (?:lire|continuer) la suite\b|\bum weiterzulesen\b|\bpara (?:seguir|continuar) leyendo\b"
    r"|\bper continuare a leggere\b|\bpara continuar lendo\b")
"""A prompt that may be a subscription's advertisement below a whole story ('Subscribe to keep reading')."""
_STRONG = (
    r"\byou(?:'ve|\u2019ve| have) (?:reached|used|read) (?:your|the|all)\b[^.!?]{0,40}\b(?:free (?:articles?|stories|reads)"
    r"|(?:article|story|reading) limit|limit of (?:free )?(?:articles|stories))"
    r"|\bthis (?:article|story|content|piece|post) is (?:only )?(?:for|available (?:only )?to|reserved for|exclusive(?:ly)? "
    r"(?:to|for)) (?:\w+ )?(?:subscribers|members)\b"
    r"|\b(?:subscribe|sign in|log in|become a (?:member|subscriber))\b[^.!?]{0,30}\bto (?:read|access|unlock|continue "
    r"reading) (?:the full|the rest of (?:the|this)|this|the whole) (?:article|story|piece)\b"
    r"|\bunlock (?:this|the full) (?:article|story)\b"
    r"|\bmade this (?:article|story|post) available to (?:\w+ )?members only\b"
    r"|\bthe rest of (?:this|the) (?:article|story) is (?:only )?(?:for|available to) (?:subscribers|members)\b"
    r"|\bcet article est r\u00e9serv\u00e9 aux abonn\u00e9s\b|\bla suite est r\u00e9serv\u00e9e aux abonn\u00e9s\b"
    r"|\bil vous reste \d{1,2} ?% de cet article|\bdieser artikel ist (?:nur )?f\u00fcr abonnenten\b"
    r"|\beste (?:art\u00edculo|contenido) es (?:exclusivo )?para suscriptores\b"
    r"|\bquesto articolo \u00e8 riservato agli abbonati\b|\bconte\u00fado exclusivo para assinantes\b")
"""A prompt that says this story is cut ('This article is for subscribers', 'You've reached your limit of free
articles')."""
_PROMPT = re.compile(f"(?P<strong>{_STRONG})|{_GENERIC}", re.IGNORECASE)
"""A paywall's prompt, in the page's visible text."""
_GATE = re.compile(r"subscri|reading|limit|members|abonn|leyendo|leggere|lendo|assinantes|unlock|weiter|suite|reste",
                   re.IGNORECASE)
"""A word every prompt holds: a page without one is not searched further."""

_PAYWALL_NAMES = ("paywall", "regwall", "metered", "subscriber-only", "premium-content")
_NOT_FREE = re.compile(r"isaccessibleforfree[\"']?\s*:\s*[\"']?false")
_LABEL_NAMES = ("premium-content",)
"""Names that label a story as a paid one (the element that holds it, which a subscriber sees whole): a lock
only on a part of the page that stands for the lock ('premium-content-gate')."""
_LOCK_PART = r"[\w-]{0,20}?(?:gate|wall|lock|cta|prompt|overlay|message|teaser|promo)"
_PAYWALL_ATTR = re.compile(r"""\b(?:class|id)\s*=\s*["']?[^"'<>]{0,200}?(?:%s)""" % "|".join(
    [*(re.escape(n) for n in _PAYWALL_NAMES if n not in _LABEL_NAMES),
     *(re.escape(n) + _LOCK_PART for n in _LABEL_NAMES)]),
    re.IGNORECASE)
"""A paywall's name in an element's class or id (a script's mention does not say the story is cut)."""
_FREE = re.compile(r"isaccessibleforfree[\"']?\s*:\s*[\"']?true")

TEASER_WORDS = 800
"""A text longer than this is the story whole, though a prompt follows it (a prompt over a page that holds
the whole story, which script would hide)."""
SHORT_TEASER_WORDS = 350
"""A text this short, on a page that declares a paywall, is a teaser wherever its prompt stands."""
WORD_COUNT_SHARE = 0.6
"""A text with fewer words than this share of the ``wordCount`` a paywalled page declares is a teaser."""


def declares_paywall(html: str) -> bool:
    """True when a page says its article is for subscribers (a paywall's name in its markup or code, or
    ``"isAccessibleForFree": false``)."""
    low = html.lower()
    return any(name in low for name in _PAYWALL_NAMES) or _not_free(low)


def _not_free(low: str) -> bool:
    """Does the lower-cased page say ``"isAccessibleForFree": false`` anywhere?"""
    at = low.find("isaccessibleforfree")
    while at >= 0:
        if _NOT_FREE.match(low, at):
            return True
        at = low.find("isaccessibleforfree", at + 1)
    return False


def marks_paywall(html: str) -> bool:
    """True when a page's markup says its article is for subscribers: a paywall's name in an element's class
    or id, or ``"isAccessibleForFree": false``. A paywall's name only in a script (a paywall library loaded on
    every page, free stories too), a name that labels a paid story on a page that shows it ('premium-content'),
    or any name on a page that says ``"isAccessibleForFree": true`` is not enough to mark a text a teaser."""
    low = html.lower()
    if not any(name in low for name in _PAYWALL_NAMES) and "isaccessibleforfree" not in low:
        return False
    if _not_free(low):
        return True
    return _PAYWALL_ATTR.search(low) is not None and not _FREE.search(low)  # (a page that says it is free: not)


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _end_of_text(body: str, shown: str) -> int:
    """Where the text's last paragraph stands in the page's visible text (lower case), or -1 when none of
    its last paragraphs is found there as it is."""
    for para in reversed(body.split("\n\n")[-3:]):
        tail = " ".join(para.split()[-8:]).lower()
        at = shown.find(tail) if len(tail) >= 20 else -1
        if at >= 0:
            return at
    return -1


def _prompts(shown: str, body: str, html: str = "") -> list[tuple[int, bool]]:
    """Where the page shows a paywall's prompt that is not part of the text (an article about paywalls
    quotes one) nor a label of another story's card (see :func:`labels_cards`), and whether it says the
    story is cut."""
    if not _GATE.search(shown):
        return []
    text = _flat(body)
    found = [m for m in _PROMPT.finditer(shown) if m[0].lower() not in text]
    low = html.lower() if found and html else ""
    labels: dict[str, bool] = {}
    for m in found:
        if m[0] not in labels:
            labels[m[0]] = bool(low) and labels_cards(low, m[0])
    return [(m.start(), bool(m["strong"])) for m in found if not labels[m[0]]]


_CARD_LINK = re.compile(r"<(?:h[2-6]|li)\b[^<>]{0,300}>\s*(?:<[^<>]{0,300}>\s*){0,3}"
                        r"<a\b[^<>]{0,500}>([^<]{12,300})</a\s*>")
"""A link to another story as a card or a list shows it: the link is a heading's or a list item's."""
CARD_GAP = 600
"""A card's label stands this close after the card's link (in the page's HTML)."""
LABEL_GAP_WORDS = 6
"""At most this many words stand between a card's link and its label (its date, its section)."""
MAX_LABELS = 50
MIN_CARD_LABELS = 2
"""Cards come in lists: a prompt the page shows once, though after a link in a list item or a heading (the
story's 'Read more' link above its paywall), is the story's own."""
_TAGS = re.compile(r"<[^<>]{0,500}>")
_OFFER = re.compile(r"subscri|sign|log|member|access|account|trial|offer|join|register|abonn|read", re.IGNORECASE)


def labels_cards(low: str, prompt: str) -> bool:
    """True when the page's HTML (``low``, lower case) shows ``prompt`` twice or more and each time it labels a
    card of another story: it follows a link in a heading or a list item, with at most a few words between (a
    related list's 'This article is for subscribers' under a headline), not the story's text."""
    at, seen = low.find(prompt), 0
    while at >= 0 and seen < MAX_LABELS:
        window = low[max(0, at - CARD_GAP):at]
        last = None
        for last in _CARD_LINK.finditer(window):
            pass
        if last is None or _OFFER.search(last[1]) or len(_TAGS.sub(" ", window[last.end():]).split()) > LABEL_GAP_WORDS:
            return False  # (a link to the offer is the paywall's own)
        at, seen = low.find(prompt, at + len(prompt)), seen + 1
    return seen >= MIN_CARD_LABELS


PROMPT_WORDS = 25
"""A paragraph of a paywall's prompt has at most this many words."""
OFFER_WORDS = 16
"""Each of the offers after a prompt ('Subscribe now', 'Already a subscriber? Log in') has at most this many
words: a story's paragraphs after a line that reads like a prompt are not cut."""
LEAD_WORDS = 2
"""A prompt opens its sentence ('Subscribe to continue reading', 'Please log in to keep reading'): one that
stands further in is the story's own words ('The app lets readers unlock the full story of the hall')."""
_SENTENCE_END = re.compile(r"[.!?:;]\s")
TAIL_PARAGRAPHS = 6
"""A prompt left in the text is looked for among its last paragraphs."""
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")


def without_prompt(body: str) -> str:
    """``body`` without a paywall's prompt among its last paragraphs ('Il vous reste 78% de cet article à lire.
    La suite est réservée aux abonnés.') and the short offers after it ('S'abonner'); a paragraph that quotes
    a prompt (an article about paywalls) stays, as does any prompt a longer paragraph follows."""
    paras = body.split("\n\n")
    if len(paras) < 2 or not _GATE.search(body, max(0, len(body) - 4000)):
        return body
    first = max(1, len(paras) - TAIL_PARAGRAPHS)
    for n in range(len(paras) - 1, first - 1, -1):
        p = paras[n]
        words = len(p.split())
        if not _QUOTE_MARKS.search(p) and words <= PROMPT_WORDS and _opens_with_prompt(p):
            return "\n\n".join(paras[:n])
        if words > OFFER_WORDS:
            break  # (a prompt must be followed by short lines only)
    return body


def _opens_with_prompt(para: str) -> bool:
    """True when a sentence of ``para`` opens with a paywall's prompt."""
    for m in _PROMPT.finditer(para):
        ends = [e.end() for e in _SENTENCE_END.finditer(para, 0, m.start())]
        if len(para[ends[-1] if ends else 0:m.start()].split()) <= LEAD_WORDS:
            return True
    return False


def _declared_words(nodes: list[dict]) -> int:
    for node in nodes:
        n = node.get("wordCount") if isinstance(node, dict) else None
        if isinstance(n, int) and not isinstance(n, bool):
            return n
        if isinstance(n, str) and n.strip().isdigit():
            return int(n)
    return 0


CUT_WORDS = 8
"""A last paragraph cut mid-sentence by a paywall has at least this many words: a shorter one without a full
stop is a caption, a heading or a list's item ('Opening day, in pictures')."""
_NOTE_LEAD = re.compile(r"(?:this (?:article|story|piece|report) (?:was|has been)|additional reporting|reporting by"
                        r"|editing by|writing by|correction|clarification|updated?\b)", re.IGNORECASE)
"""A note or a credit line that ends a whole story without a full stop ('This article was amended on …',
'Additional reporting by …')."""


def _cut_mid_sentence(body: str) -> bool:
    """True when the text's last paragraph stops mid-sentence: on a word in lower case or a comma ('… with
    the'), not on closing punctuation (a quote's mark, a bracket, an ellipsis, a dash), a name, an address,
    a list's item, a caption or a credit line."""
    last = body.rsplit("\n\n", 1)[-1].strip()
    words = last.split()
    if len(words) < CUT_WORDS or ends_sentence(last) or last.startswith(("- ", "* ")) or _NOTE_LEAD.match(last):
        return False
    end = words[-1].rstrip(",;")
    return bool(end) and end[0].islower() and end[-1].isalpha() and "/" not in end and "." not in end


def teaser_only(body: str, words: int, shown: str, declared: bool, nodes, html: str = "") -> bool:
    """True when ``body`` (of ``words`` words) is a paywall's teaser: the page shows a prompt after the
    text's last paragraph (or anywhere, for a short text on a page that declares a paywall), or declares a
    paywall and a ``wordCount`` well above the text's. ``shown`` is the page's visible text, ``declared``
    whether it declares a paywall, ``nodes()`` its JSON-LD objects, ``html`` the page (see :func:`labels_cards`)."""
    if words > TEASER_WORDS:
        return False
    shown = shown.lower()
    prompts = _prompts(shown, body, html)
    if prompts:
        end = _end_of_text(body, shown)
        after = [strong for at, strong in prompts if end < 0 or at > end]
        if declared and (after or words <= SHORT_TEASER_WORDS):
            return True
        if any(after) or (after and _cut_mid_sentence(body)):  # (below a whole story, 'Subscribe to keep
            return True  # reading' may be an advertisement)
    counted = _declared_words(nodes()) if declared else 0
    return counted > 0 and words < WORD_COUNT_SHARE * counted
