"""Safari web archives ('Save As… Web Archive', ``.webarchive``): the page's HTML, with the address it was
saved from.

A web archive is a property list (binary, or XML): ``WebMainResource`` holds the page (``WebResourceData``, its
bytes; ``WebResourceURL``; ``WebResourceTextEncodingName``), ``WebSubresources`` its images and scripts, and
``WebSubframeArchives`` its frames (ads, embeds), which are not read.
"""

from __future__ import annotations

import plistlib

from .decode import Unusable, decode_page


def html_of_webarchive(data: bytes) -> tuple[str, str | None]:
    """The main page of a Safari web archive, decoded and marked with the address it was saved from (as
    browsers mark a saved page: ``<!-- saved from url=(N)URL -->``), and the encoding guessed for it when it
    names none and is not UTF-8 (see :func:`.decode.decode_page`), else None."""
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # (plistlib raises InvalidFileException, ValueError, struct errors, …)
        raise Unusable("not decodable", f"not a readable Safari web archive ({type(exc).__name__})") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    payload = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(payload, bytes):
        raise Unusable("not decodable", "a Safari web archive with no main page in it")
    mime = main.get("WebResourceMIMEType")
    if isinstance(mime, str) and mime and "html" not in mime.lower():
        raise Unusable("not decodable", f"a Safari web archive of a {mime[:60]} file, not a web page")
    charset, guessed, html = main.get("WebResourceTextEncodingName"), None, None
    if isinstance(charset, str) and charset:
        try:
            html = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            html = None
    if html is None:
        html, guessed = decode_page(payload)
    url = main.get("WebResourceURL")
    url = url if isinstance(url, str) and url.startswith(("http://", "https://")) and "\n" not in url else ""
    mark = f"<!-- saved from url=({len(url):04d}){url} -->\n" if url and " " not in url and ">" not in url else ""
    return mark + html, guessed
