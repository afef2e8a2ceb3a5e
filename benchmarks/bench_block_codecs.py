"""Compressors for posting blocks, measured on the blocks of a real index.

    python benchmarks/bench_block_codecs.py --index /tmp/fp/index2000 [--name MAIN]

Reads every posting block of every term of the index (the ``MAIN`` articles index by default),
decompressed, and keeps those the fast writer compresses (at least ``fastwrite.COMPRESS_MIN``
bytes). For stdlib zlib, zlib-ng and ISA-L at a few levels it prints the CPU time per block to
compress, the compressed size against the pickles' (ratio) and the CPU time per block to
decompress the stream whole and to decompress only a block's head (its ids and weights, as a word
query does). Every stream is checked to decompress with stdlib zlib to the same bytes.
"""

from __future__ import annotations

import argparse
import importlib
import io
import pickle
import sys
import time
import zlib
from pathlib import Path

CODECS = (("zlib", "zlib", (3, 1)), ("zlib-ng", "zlib_ng.zlib_ng", (1, 2, 3)), ("isal", "isal.isal_zlib", (0, 1, 2)))


def real_blocks(index_dir: Path, name: str) -> list[bytes]:
    """Every posting block of the index, decompressed."""
    from whoosh import index as windex

    ix = windex.open_dir(str(index_dir), indexname=name)
    out: list[bytes] = []
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            r = sub.reader()
            terms = r._terms
            for field in sorted(r.schema.names()):
                if not r.schema[field].indexed:
                    continue
                for btext in r.lexicon(field):
                    ti = terms.term_info(field, btext)
                    if ti._inlined is not None:
                        continue
                    length = ti._length[0] if isinstance(ti._length, tuple) else ti._length
                    data = terms._postfile.get(ti._offset, length)
                    stream, pos = io.BytesIO(data), 4
                    while True:
                        (n,) = __import__("struct").unpack_from("!i", data, pos)
                        end = pos + 4 + abs(n)
                        stream.seek(pos + 4)
                        info = pickle.load(stream)
                        raw = data[stream.tell():end]
                        out.append(zlib.decompress(raw) if info[3] else raw)
                        if n < 0 or end >= len(data):
                            break
                        pos = end
    ix.close()
    return out


def cpu_per_call(fn, items, repeat: int = 3) -> float:
    """Best-of-``repeat`` CPU microseconds per item of ``fn`` over ``items``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for x in items:
            fn(x)
        best = min(best, time.process_time() - t0)
    return best / len(items) * 1e6


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="posting-block compressors on a real index's blocks")
    p.add_argument("--index", required=True, type=Path, help="an index folder (e.g. build_fingerprint's)")
    p.add_argument("--name", default="MAIN", help="the Whoosh index name in the folder (MAIN or QUOTES)")
    args = p.parse_args(argv)
    from briefing.index.engine import fastwrite

    fastwrite.tune_malloc()  # as the build workers run
    blocks = [b for b in real_blocks(args.index, args.name) if len(b) >= fastwrite.COMPRESS_MIN]
    size = sum(map(len, blocks))
    print(f"{len(blocks):,} blocks of >= {fastwrite.COMPRESS_MIN} bytes, {size / len(blocks):,.0f} bytes on average")
    mods = {}
    for label, module, _ in CODECS:
        try:
            mods[label] = importlib.import_module(module)
        except ImportError as exc:
            print(f"{label}: not installed ({exc})")
    print("compress: CPU µs per block, and the pickles' size over the streams' (ratio)")
    print(f"{'codec':10} {'level':>5} {'compress µs':>12} {'ratio':>6}")
    streams: dict[str, list[bytes]] = {}
    for label, _, levels in CODECS:
        m = mods.get(label)
        for level in levels if m else ():
            made = [m.compress(b, level) for b in blocks]
            if any(zlib.decompress(s) != b for s, b in zip(made, blocks)):
                print(f"{label:10} {level:>5} a stream stdlib zlib reads differently")
                continue
            streams[f"{label} {level}"] = made
            comp = cpu_per_call(lambda b: m.compress(b, level), blocks)
            print(f"{label:10} {level:>5} {comp:12.1f} {size / sum(map(len, made)):6.2f}")
    print("decompress: CPU µs per block, whole / head only (2,048 bytes: ids and weights), by decompressor")
    print(f"{'streams of':14}" + "".join(f"{label:>16}" for label in mods))
    for name, made in streams.items():
        cells = []
        for m in mods.values():
            whole = cpu_per_call(m.decompress, made)
            head = cpu_per_call(lambda s: m.decompressobj().decompress(s, 2048), made)
            cells.append(f"{whole:9.1f} /{head:5.1f}")
        print(f"{name:14}" + "".join(f"{c:>16}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
