"""Posting-block and stored-field compression: zlib-ng's deflate when it is installed, stdlib zlib otherwise.

Whoosh's W3 format stores a posting block as a zlib stream (the block's info says whether it is
compressed). zlib-ng (PyPI ``zlib-ng``) writes and reads the same streams, faster: on the article
index's blocks at 10k BBC articles (``benchmarks/bench_block_codecs.py``), its level 1 compresses a
block in ~24 µs where stdlib zlib's level 3 takes ~88 µs, and decompresses one of its own in ~9 µs
(a stdlib level-3 block in ~12 µs, where stdlib zlib takes ~19 µs); its streams are ~24% larger.
Any zlib stream reads right whatever wrote it, so indexes written by stdlib zlib or plain Whoosh
read right here, and plain Whoosh reads the blocks written here.

A document's stored fields (Whoosh's ``_stored`` column: the pickled dictionary, one zlib stream per
document) take the same codec and level in the bulk writers (:func:`stored_compressor`). On a 2,000
BBC article build, zlib-ng's level 1 compresses an article's record (~2.7 KB pickled) in ~21 µs
where stdlib zlib's level 3 takes ~73 µs, and a quote's (~0.6 KB) in ~10 µs instead of ~27 µs:
~0.7 s less CPU per 5,000 articles with their quotes. The records come out ~27% larger (~9.5 MiB
more at 10k articles); zlib-ng's levels 2 to 6 keep stdlib's size but save no time.

When zlib-ng cannot be imported, stdlib zlib at Whoosh's own level 3 takes over and
:func:`fallback_notice` says why, for the commands and the app to tell the user.
"""

from __future__ import annotations

import zlib

try:
    from zlib_ng import zlib_ng as _fast
except ImportError as exc:  # a broken or partial install
    _fast = None
    _ERROR: str | None = f"{type(exc).__name__}: {exc}"
else:
    _ERROR = None

if _fast is not None:
    NAME = f"zlib-ng {_fast.ZLIBNG_VERSION}"
    LEVEL = 1
    """The deflate level blocks are written with (recorded in each block's info, where Whoosh's reader
    only asks whether it is 0)."""
    decompress = _fast.decompress
    decompressobj = _fast.decompressobj
    error = _fast.error
    _compress = _fast.compress
else:
    NAME = f"zlib {zlib.ZLIB_RUNTIME_VERSION} (stdlib)"
    LEVEL = 3
    decompress = zlib.decompress
    decompressobj = zlib.decompressobj
    error = zlib.error
    _compress = zlib.compress


def compress(data: bytes) -> bytes:
    """One posting block's pickle as a zlib stream at :data:`LEVEL`."""
    return _compress(data, LEVEL)


STORED_RAW_MAX = 1024
"""A document's stored-fields record (its pickled dictionary) shorter than this is written uncompressed.

A quote's record (~640 bytes pickled) takes ~10 µs to deflate at zlib-ng's level 1, most of it setting
up the deflate state (~7 µs at level 0, which compresses nothing), for ~20% fewer bytes: ~0.12 s of
CPU per 2,000 BBC articles with their ~11,000 quotes, for ~1.5 MB more. An article's record (~2.4 KB)
stays compressed. Readers tell the two apart by the first byte (:func:`decompress_stored`); 0 writes
every record compressed, as Whoosh does.
"""


def decompress_stored(data: bytes) -> bytes:
    """A stored-fields record as pickled: a zlib stream inflated, an uncompressed record as it is.

    An uncompressed record is a pickle (protocol 2 or more), whose first byte is PROTO (0x80); a zlib
    stream's first byte has 8 (deflate) in its low four bits, so it never starts so.
    """
    return data if data[:1] == b"\x80" else decompress(data)


def stored_compressor():
    """``(compress, level)`` for Whoosh's ``CompressedBytesColumn`` writer of the stored fields.

    The stdlib branch is Whoosh's own (stdlib zlib at level 3), so its files are byte-identical.
    """
    return _compress, LEVEL


def fast() -> bool:
    """True when zlib-ng compresses and decompresses the posting blocks."""
    return _fast is not None


def import_error() -> str | None:
    """Why zlib-ng could not be imported (None when it is in use)."""
    return _ERROR


def fallback_notice() -> str | None:
    """The one line a command or the app gives when posting blocks take stdlib zlib, else None."""
    if _ERROR is None:
        return None
    return (f"zlib-ng could not be loaded ({_ERROR}): posting blocks are compressed and read with stdlib "
            "zlib, so indexing and phrase searches are slower. Reinstall Briefing with its dependencies.")
