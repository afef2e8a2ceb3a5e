"""A reporter's role written as its own line under (or instead of) a byline in German, French, Spanish, Italian
or Portuguese: 'Von unserer Korrespondentin', 'Von unserem Korrespondenten Hans Meier, Brüssel', 'De notre
envoyé spécial à Kiev', 'Par Marc Dubois, envoyé spécial à Kiev', 'De nuestro corresponsal en Bruselas', 'Dal
nostro inviato a Kiev', 'Do nosso correspondente em Lisboa'. Neither the story's text nor an author: the name it
holds, when it holds one, is."""

from __future__ import annotations

import re

from ..quotes.gender import known_first_name

_ROLE = (r"(?:Korrespondent(?:in|en)?|Auslandskorrespondent(?:in|en)?|Redakteur(?:in|s)?|Redaktionsmitglied(?:es)?|"
         r"Mitarbeiter(?:in|s)?|Reporter(?:in|s)?|Sonderberichterstatter(?:in|s)?|Berichterstatter(?:in|s)?|"
         r"Büro|Team|Redaktion|"
         r"envoy(?:é|e)e?s? sp(?:é|e)ciale?s?|envoy(?:é|e)s sp(?:é|e)ciaux|correspondante?s?|"
         r"corresponsal(?:es)?|enviad[oa]s? especial(?:es)?|redacci(?:ó|o)n|"
         r"inviat[oaie]|corrispondente|corrispondenti|redazione|"
         r"correspondentes?|enviad[oa]s? especia(?:l|is)|reda(?:ç|c)(?:ã|a)o)")
_OPEN = (r"(?:Von|VON|Vom)\s+(?:unser(?:em|er|en)\s+)?|(?:De|DE)\s+(?:notre|nos|nuestr[oa]s?)\s+|"
         r"(?:Dal|Dalla|Dai|Dalle|Dagli)\s+(?:nostr[oaie]\s+)?|(?:Do|Da|Dos|Das)\s+(?:noss[oa]s?\s+)?")
_PLACE = r"[A-ZÀ-Þ][\w'’.-]+(?:[ -](?:[A-ZÀ-Þ][\w'’.-]+|de|du|la|del|di|do))*"
_AT = r"(?:in|aus|à|a|au|aux|en|em|no|na|nel|nella|at)"
_NAME = r"([A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|von|van|de|du|da|di|del|der|le|la)){1,3})"
_ROLE_LINE = re.compile(
    rf"(?:{_OPEN}){_ROLE}(?:\s+{_NAME}(?=\s*(?:,|$|\s{_AT}\s)))?(?:\s*,?\s+{_AT}\s+{_PLACE}(?:\s+(?:et|und|y|e|and)\s+"
    rf"(?:{_AT}\s+)?{_PLACE})?)?(?:\s*,\s*(?:{_NAME}|{_PLACE}))?\.?$")
_NAMED_ROLE = re.compile(rf"(?:Par|PAR|Von|VON|Por|POR|Di|DI|De|Door)\s+{_NAME}\s*,\s*(?:(?:notre|unser(?:e|er)|nuestr[oa]|"
                         rf"nostr[oa]|noss[oa])\s+)?{_ROLE}(?:\s+{_AT}\s+{_PLACE}(?:\s+(?:et|und|y|e)\s+{_PLACE})?)?\.?$")
MAX_CHARS = 120
"""A longer line is a sentence, not a role line."""


def role_line(line: str) -> tuple[bool, str | None]:
    """``(True, name or None)`` for a role line (see the module), else ``(False, None)``."""
    s = line.strip().strip("*_").strip()
    if len(s) > MAX_CHARS or not s[:1].isupper():
        return False, None
    m = _ROLE_LINE.match(s) or _NAMED_ROLE.match(s)
    if not m:
        return False, None
    name = next((n for n in m.groups() if n), None)
    return True, (name if name and known_first_name(name.split()[0].split("-")[0]) else None)  # (not 'Porto Alegre')


WITHIN = 4
"""A role line stands among the text's first this many lines."""


def without_role_line(body: str) -> tuple[str, str | None]:
    """``body`` without a role line among its first :data:`WITHIN` paragraphs, and the name it holds (or None)."""
    paras = body.split("\n\n", WITHIN)
    for i, p in enumerate(paras[:WITHIN]):
        if len(p) > MAX_CHARS:
            continue
        is_role, name = role_line(p)
        if is_role:
            rest = paras[:i] + paras[i + 1:]
            return ("\n\n".join(rest), name) if any(x.strip() for x in rest) else (body, None)
    return body, None
