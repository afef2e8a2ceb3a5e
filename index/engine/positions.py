"""Body posting values of many documents decoded in one ``pickle.loads`` call, and phrase checks on them.

A body posting value (Whoosh's ``Characters`` format) is ``pack_uint(n)`` followed by a protocol 2
pickle of ``[(position delta, start delta, length), ...]``, with or without its final STOP (Whoosh's
writer drops it, :func:`.analysis.term_values` keeps it). One ``pickle.loads`` per value costs more
in the call than in the decoding (a phrase of two frequent words loads 1,700 of them at 10k
articles). Here the values' pickles are loaded as one: each pickle's opcodes (its PROTO, a list
built on the stack, its memo slots, which the next value overwrites) go between a MARK and a LIST,
so one call gives the list of every value's list, in order. A value that does not fit that shape
makes :func:`load_many` return None and the caller decodes the values one by one.
"""

from __future__ import annotations

from itertools import accumulate, islice
from operator import itemgetter
from pickle import loads

_OPEN = b"\x80\x02("
"""PROTO 2, MARK: the start of the list of lists."""
_CLOSE = b"l."
"""LIST (everything since the MARK), STOP."""
_STOP = 46  # b"."
_FIRST = itemgetter(0)


def load_many(values: "list[bytes]") -> "list[list] | None":
    """The decoded ``[(position delta, start delta, length), ...]`` of each ``Characters`` posting
    value, in order, from one ``pickle.loads``; None if they do not load as one list per value."""
    try:
        out = loads(_OPEN + b"".join([v[4:-1] if v[-1] == _STOP else v[4:] for v in values]) + _CLOSE)
    except Exception:
        return None
    if type(out) is not list or len(out) != len(values):
        return None
    return out


def load_pieces(pieces: "list[bytes] | None") -> "list[list] | None":
    """As :func:`load_many`, from the values' texts as a block's pickle holds them (latin-1 text as
    UTF-8: :func:`.postings.split_values` pieces): each value's pickle without its 4-byte count
    and PROTO (7 bytes of UTF-8 while the count is under 128; a longer count leaves a byte that is no
    opcode, and the load fails) is joined in UTF-8 and turned into bytes in one go."""
    if pieces is None:
        return None
    frm = int.from_bytes
    try:
        bodies = [p[11:3 + n] if p[3 + n] == _STOP else p[11:4 + n] for p in pieces for n in (frm(p[:4], "little"),)]
        out = loads(_OPEN + b"".join(bodies).decode("utf-8").encode("latin-1") + _CLOSE)
    except Exception:
        return None
    if type(out) is not list or len(out) != len(pieces):
        return None
    return out


def adjacent(docs: "list[int]", firsts: "list[list]", seconds: "list[list]") -> "list[int]":
    """The documents (of ``docs``) where the second word follows the first at the next position,
    given both words' decoded values per document (:func:`load_many`)."""
    found = []
    add = found.append
    pos = _FIRST
    for d, a, b in zip(docs, firsts, seconds):
        if len(a) == 1:  # (the commonest case: a word once in the document, no set needed)
            p = a[0][0] + 1
            if len(b) == 1:
                if b[0][0] == p:
                    add(d)
            elif p in accumulate(map(pos, b)):
                add(d)
        elif not set(accumulate(map(pos, a))).isdisjoint(islice(accumulate(map(pos, b), initial=-1), 1, None)):
            add(d)
    return found


def consecutive(deltas: list) -> bool:
    """True if words whose position deltas these are (one iterable per word) occur at consecutive
    positions (p, p+1, p+2...) somewhere.

    Word ``i``'s positions shifted by ``-i`` are intersected (in C: accumulate from ``-i``, drop that start).
    """
    common = set(accumulate(deltas[0]))
    last = len(deltas) - 1
    for i in range(1, last + 1):
        shifted = islice(accumulate(deltas[i], initial=-i), 1, None)
        if i == last:
            return not common.isdisjoint(shifted)
        common.intersection_update(shifted)
        if not common:
            return False
    return bool(common)


def deltas(decoded: list):
    """The position deltas of a decoded value."""
    return map(_FIRST, decoded)


def positions(decoded: list) -> "list[int]":
    """The positions of a word in a document, from its decoded value."""
    return list(accumulate(map(_FIRST, decoded)))
