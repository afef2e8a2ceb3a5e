"""The header block a mail client writes above an e-mail saved as HTML (Thunderbird's 'Subject:', 'From:',
'Date:', 'To:' table; Outlook's 'From: … Sent: … To: … Subject: …' lines; in English, German, French, Spanish,
Italian or Portuguese): not the newsletter's text, and its 'Date:' the day the issue was sent."""

from __future__ import annotations

import re

from .fields import parse_date

_KEYS = (r"(From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Von|An|Betreff|Datum|Gesendet|De|À|Objet|Envoyé|Para|Asunto|"
         r"Fecha|Enviado|Da|A|Oggetto|Data|Inviato|Assunto)\s*:")
_HEADER = re.compile(_KEYS + r"\s*(\S.{0,300})$")
_DATE_KEYS = {"date", "sent", "datum", "gesendet", "envoyé", "fecha", "enviado", "data", "inviato"}
_SURE_KEYS = {"from", "subject", "von", "betreff", "de", "objet", "asunto", "da", "oggetto", "assunto"}
"""A block of header lines names its sender or its subject (two lines 'A: …', 'Data: …' alone are no header)."""
WITHIN = 4
"""The block starts among the text's first this many lines."""
MAX_LINES = 8


def mail_header(text: str) -> tuple[int, int, str | None]:
    """``(first, end, date text)``: the lines (``text.split("\\n")`` with the empty ones dropped, by index) of the
    mail client's header block at the top of ``text``, and its 'Date:' value; ``(0, 0, None)`` without one."""
    return _block(text)[:3]


def _block(text: str) -> tuple[int, int, str | None, str | None]:
    """:func:`mail_header`'s answer and the block's 'Subject:' value (or None)."""
    lines = _joined([ln.strip() for ln in text.split("\n", 64)[:64] if ln.strip()])
    for first in range(min(WITHIN, len(lines))):
        keys, date, subject, end = set(), None, None, first
        while end < len(lines) and end - first < MAX_LINES:
            m = _HEADER.match(lines[end]) if len(lines[end]) < 320 else None
            if not m:
                break
            key = m[1].lower()
            keys.add(key)
            date = m[2] if key in _DATE_KEYS and date is None else date
            subject = m[2] if key in _SUBJECT_KEYS and subject is None else subject
            end += 1
        if end - first >= 2 and keys & _SURE_KEYS:
            return first, end, date, subject
    return 0, 0, None, None


_SUBJECT_KEYS = {"subject", "betreff", "objet", "asunto", "oggetto", "assunto"}


def saved_mail(text: str, title: str | None = None) -> bool:
    """True when a page's whole ``text`` is an e-mail a mail client saved: its header block is the page's first
    lines, or its subject is the page's ``title`` (the client writes the subject as ``<title>``). An e-mail a story
    quotes stands under the site's name and the story's headline, its subject another's: it is the story's text."""
    first, end, _, subject = _block(text)
    if end == 0:
        return False
    return first == 0 or bool(title and subject and _key(subject) == _key(title))


def _key(s: str) -> str:
    return re.sub(r"[\W_]", "", s.lower())


_KEY_ALONE = re.compile(_KEYS + "$")


def _joined(lines: list[str]) -> list[str]:
    """``lines`` with a header's name standing alone ('Subject:', its value on the next line, as a page's text
    writes a table's cells) joined to its value."""
    out: list[str] = []
    for line in lines:
        if out and _KEY_ALONE.match(out[-1]) and not _KEY_ALONE.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def without_mail_header(body: str) -> str:
    """``body`` (a paragraph a line) without the mail client's header block at its top."""
    first, end, _ = mail_header(body)
    if end == 0:
        return body
    paras = [p for p in body.split("\n\n") if p.strip()]
    kept = paras[:first] + paras[end:] if len(paras) > end else paras
    return "\n\n".join(kept)


def mail_date(text: str):
    """The day of the 'Date:' line of a mail client's header block at the top of ``text``, or None."""
    return parse_date(mail_header(text)[2])
