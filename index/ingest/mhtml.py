"""MHTML archives ('Save as Webpage, Single File'): the page's HTML part, with the address it was saved from."""

from __future__ import annotations

import email
import email.policy

from .decode import Unusable, decode_page


def html_of_mhtml(data: bytes) -> tuple[str, str | None]:
    """The first ``text/html`` part of an MHTML archive, decoded, marked with the address it was saved from
    (as browsers mark a saved page: ``<!-- saved from url=(N)URL -->``), and the encoding guessed for it
    when the part names none and is not UTF-8 (see :func:`.decode.decode_page`), else None."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    url = msg.get("Snapshot-Content-Location") or ""
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            guessed = None
            try:
                html = payload.decode(charset) if charset else None
            except (LookupError, UnicodeDecodeError):
                html = None
            if html is None:
                html, guessed = decode_page(payload)
            url = url or part.get("Content-Location") or ""
            mark = f"<!-- saved from url=({len(url):04d}){url} -->\n" if url.startswith(("http://", "https://")) else ""
            return mark + html, guessed
    raise Unusable("not decodable", "an MHTML archive with no HTML page in it")
