"""MHTML archives ('Save as Webpage, Single File'): the page's HTML part, with the address it was saved from."""

from __future__ import annotations

import email
import email.policy

from .decode import Unusable, decode_html


def html_of_mhtml(data: bytes) -> str:
    """The first ``text/html`` part of an MHTML archive, decoded, marked with the address it was saved from
    (as browsers mark a saved page: ``<!-- saved from url=(N)URL -->``)."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    url = msg.get("Snapshot-Content-Location") or ""
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            try:
                html = payload.decode(charset) if charset else decode_html(payload)
            except (LookupError, UnicodeDecodeError):
                html = decode_html(payload)
            url = url or part.get("Content-Location") or ""
            mark = f"<!-- saved from url=({len(url):04d}){url} -->\n" if url.startswith(("http://", "https://")) else ""
            return mark + html
    raise Unusable("not decodable", "an MHTML archive with no HTML page in it")
