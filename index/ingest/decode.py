"""Turn raw file bytes into text: UTF-8 (with or without BOM), UTF-16 (with BOM, or detected).

Binary files and text that is not decodable raise :class:`Unusable` with the skip reason.
"""

from __future__ import annotations

import codecs
import re

from .latin import latin_encoding

_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
"""Control characters a text file would not have (below space, except newline, tab, CR, FF, ESC)."""


_CONTROL_BYTES = bytes(c for c in range(0x20) if chr(c) not in "\n\t\r\f\x1b")
"""The bytes of :data:`_CONTROLS` (each its own character in UTF-8)."""


def _control_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


class Unusable(Exception):
    """A file or record that cannot be ingested; ``reason`` is a SkippedFile reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the pattern of NUL bytes (ASCII-heavy text)."""
    sample = data[:4096]
    sample = sample[: len(sample) - (len(sample) % 2)]
    if len(sample) < 16:  # a few bytes with a NUL are no evidence (b"\x00\xe0\xa0\x80" is UTF-8)
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.5 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.5 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode article bytes, or raise :class:`Unusable` ('empty', 'binary', 'not decodable')."""
    if not data.strip():
        raise Unusable("empty", "the file has no text")
    if data.startswith(codecs.BOM_UTF8):
        encoding, payload = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, payload = "utf-16", data
    else:
        guessed = _looks_utf16(data)
        if guessed:
            encoding, payload = guessed, data
        elif b"\x00" in data[:8192]:
            raise Unusable("binary", "NUL bytes: not a text file")
        else:
            encoding, payload = "utf-8", data
    try:
        text = payload.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Unusable("not decodable", f"invalid {encoding} at byte {exc.start}") from None
    if "\x00" in text:
        raise Unusable("binary", "NUL characters in the text")
    sample = text[:8192]
    # the control bytes of the first 32 KiB of UTF-8 bound those of the first 8192 characters: at
    # most 8 of them cannot make the file binary, and counting them is one C pass (the regex: ~40 us)
    if encoding != "utf-8" or _control_bytes(payload[:32768]) > 8:
        controls = len(_CONTROLS.findall(sample))
        if controls > max(8, len(sample) // 10):
            raise Unusable("binary", "mostly control characters: not a text file")
    text = text.lstrip("\ufeff")  # further byte order marks (a file saved twice with one) are not text
    if not text.strip():
        raise Unusable("empty", "the file has no text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|"""
                      rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode a web page: as any article, else in the charset its ``<meta>`` or XML declaration names,
    else in the encoding :func:`guess_encoding` finds (see :func:`decode_page` for which one)."""
    return decode_page(data)[0]


def decode_page(data: bytes) -> tuple[str, str | None]:
    """``(text, guessed)``: a web page decoded as :func:`decode_html` does; ``guessed`` names the encoding
    when the page is not UTF-8 and declares none, or declares UTF-8 and has a few stray bytes that are
    not (each read as U+FFFD): it was guessed, the reader is to be told. Else None.

    Pages saved from older sites are often windows-1252 or ISO-8859-1 and say so in their head; pages
    saved by old browsers often say nothing.
    """
    try:
        return decode_bytes(data), None
    except Unusable as exc:
        if exc.reason != "not decodable":
            raise
        m = _CHARSET.search(data[:65536])  # after a long inline <style> or <script> too
        name = (m[1] or m[2]).decode("ascii") if m else ""
        try:
            codec = codecs.lookup(name).name if name else ""
        except LookupError:
            codec = ""
        guessed = None
        if not codec:  # none declared (or a name no codec has): what browsers do, guess
            codec = guessed = guess_encoding(data)
        elif codec == "utf-8" and (_mostly_utf8(data) or _bad_utf8(data) * 1000 <= len(data)):
            # a stray byte or two in a UTF-8 page (at most one in 1,000): read as browsers do
            text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
            return text.replace("\r\n", "\n").replace("\r", "\n"), "utf-8"
        elif codec.startswith("utf"):
            raise
        if codec in ("iso8859-1", "ascii"):
            codec = WESTERN  # what browsers do with pages labelled latin-1 or ascii
        try:
            text = data.decode(codec, errors="replace" if guessed else "strict")
        except UnicodeDecodeError as bad:
            raise Unusable("not decodable", f"invalid {codec} at byte {bad.start}") from None
        return text.replace("\r\n", "\n").replace("\r", "\n"), guessed


WESTERN = "windows-1252"
"""The encoding browsers in Western locales give a page that declares none and is not UTF-8."""


def _bad_utf8(data: bytes) -> int:
    """How many places in ``data`` are not UTF-8."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())


def _mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 text with a few stray bytes (a windows-1252 character pasted into a comment): far
    more well-formed multi-byte characters than bytes that are not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for c in text if c > "\x7f") - text.count("\ufffd")
    return wide >= 10 * max(bad, 1)


def guess_encoding(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8 and name none: UTF-8 when it is UTF-8 but for a few
    stray bytes (each read as U+FFFD); windows-1252, windows-1250 or ISO-8859-2 when the page's words
    spell one language in it (:func:`.latin.latin_encoding`: English, French, German, Polish, Czech,
    Hungarian pages); windows-1252 when charset-normalizer finds that decoding as good as its best;
    else its best guess (windows-1251, KOI8-R, Shift JIS pages); else windows-1252."""
    if _mostly_utf8(data):
        return "utf-8"
    latin = latin_encoding(data[:200_000])
    if latin:
        return latin
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # (trafilatura requires it; without it, the Western default)
        return WESTERN
    try:
        best = from_bytes(data[:200_000]).best()
    except Exception:  # a detector failure is not a reason to lose the page
        return WESTERN
    if best is None or "cp1252" in best.could_be_from_charset:
        return WESTERN
    try:
        name = codecs.lookup(best.encoding).name
    except LookupError:
        return WESTERN
    return re.sub(r"^cp(125\d)$", r"windows-\1", name)  # the names pages and browsers use
