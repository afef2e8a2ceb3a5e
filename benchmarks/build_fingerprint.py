"""Fingerprint a fresh build, to check that a change to the build path leaves the index the same.

    python benchmarks/build_fingerprint.py --corpus ../shared/corpus/bbc --docs 2000 --work /tmp/fp --out before.json
    (change the code)
    python benchmarks/build_fingerprint.py --corpus ../shared/corpus/bbc --docs 2000 --work /tmp/fp --out after.json
    python benchmarks/build_fingerprint.py --compare before.json after.json

The replicated corpus is made once in ``<work>/corpus`` and reused, so file times (which the manifest
holds) are the same for both builds. The fingerprint holds, for a fresh build of that corpus:

* every stored field of every article and quote document, in document-number order (so the quote
  records and the order of the documents), and every term of every field with its postings
  (document numbers, weights and value bytes) of both indexes, as SHA-256 digests per field;
* ``manifest.json`` and ``speakers.json`` (digests of their parsed content);
* the ids and scores of the top 20 of 50 article searches (the benchmark's queries and more) and of
  10 quote searches, the totals, and the canonical speakers with their counts, in clear.

``--compare`` prints what differs and exits 1 when anything does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import make_corpus, read_originals  # noqa: E402
from bench_queries import QUERIES  # noqa: E402

MORE_QUERIES = (
    "blair", "brown said", "minister", "shares fell", "profits", "court", "police", "music",
    "chelsea", "speaker:blair", '"said he"', "tax*", "title:election", "source:bbc", "apple", "games",
    "europe", "china", "euro", "labour conservatives",
)
QUOTE_QUERIES = ("economy", "election", "minister", "speaker:blair", "we", "game", "market", "kind:direct",
                 "said", "government plans")


def _digest(items) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(repr(item).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _index_digests(index_dir: Path, name: str) -> dict[str, str]:
    """Stored fields (in document order) and each field's postings of one Whoosh index."""
    from whoosh import index as windex

    ix = windex.open_dir(str(index_dir), indexname=name)
    out: dict[str, str] = {}
    with ix.reader() as r:
        out["doc_count"] = str(r.doc_count_all())
        out["stored"] = _digest((d, sorted(f.items())) for d, f in r.iter_docs())
        for field in sorted(r.schema.names()):
            if not r.schema[field].indexed:
                continue

            def postings(field=field):
                for term in r.lexicon(field):
                    m = r.postings(field, term)
                    rows = []
                    while m.is_active():
                        rows.append((m.id(), m.weight(), m.value()))
                        m.next()
                    yield term, rows

            out[f"postings.{field}"] = _digest(postings())
            if r.schema[field].scorable:
                out[f"lengths.{field}"] = _digest(r.doc_field_length(d, field) for d in range(r.doc_count_all()))
    ix.close()
    return out


def fingerprint(corpus: Path, index_dir: Path) -> dict:
    """Build ``corpus`` afresh into ``index_dir`` and fingerprint the result."""
    from briefing.index.library import open_library

    shutil.rmtree(index_dir, ignore_errors=True)
    lib = open_library(corpus, index_dir, auto_index=False)
    t0 = time.perf_counter()
    summary = lib.update()
    seconds = time.perf_counter() - t0
    fp: dict = {"summary": {"documents": summary.documents, "quotes": summary.quotes, "added": summary.added,
                            "skipped": len(summary.skipped)}}
    for name in ("MAIN", "QUOTES"):
        fp[name] = _index_digests(index_dir, name)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    fp["manifest"] = _digest([json.dumps(manifest, sort_keys=True)])
    fp["manifest_files"] = len(manifest.get("files", {}))
    fp["speakers_json"] = _digest([json.dumps(json.loads((index_dir / "speakers.json").read_text("utf-8")),
                                              sort_keys=True)])
    searches = {}
    for q in [bq.briefing for bq in QUERIES] + list(MORE_QUERIES):
        res = lib.search(q, limit=20)
        searches[q] = {"total": res.total, "hits": [[h.id, h.score] for h in res.hits]}
    fp["searches"] = searches
    fp["quote_searches"] = {q: [x.model_dump(mode="json") for x in lib.quotes(query=q, limit=20)]
                            for q in QUOTE_QUERIES}
    fp["speakers"] = [[s.name, s.count, len(s.articles), s.kind] for s in lib.speakers()[:200]]
    lib.close()
    return {"fingerprint": fp, "build_seconds": round(seconds, 2)}


def compare(a: dict, b: dict, path: str = "") -> list[str]:
    """Where two fingerprints differ (paths of the differing entries)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{path}/{k}: only in {'second' if k not in a else 'first'}")
            else:
                out.extend(compare(a[k], b[k], f"{path}/{k}"))
        return out
    return [] if a == b else [f"{path}: {str(a)[:120]} != {str(b)[:120]}"]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="fingerprint a fresh Briefing build (or compare two fingerprints)")
    p.add_argument("--corpus", type=Path, help="folder of BBC .txt articles (../shared/corpus/bbc)")
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--work", type=Path, help="folder for the replicated corpus (reused) and the index")
    p.add_argument("--out", type=Path, help="write the fingerprint here")
    p.add_argument("--compare", nargs=2, type=Path, metavar=("FIRST", "SECOND"))
    args = p.parse_args(argv)
    if args.compare:
        first, second = (json.loads(f.read_text())["fingerprint"] for f in args.compare)
        diffs = compare(first, second)
        for d in diffs:
            print(d)
        print("identical" if not diffs else f"{len(diffs)} difference(s)")
        return 1 if diffs else 0
    if not (args.corpus and args.work and args.out):
        p.error("--corpus, --work and --out are needed to fingerprint a build")
    corpus = args.work / f"corpus{args.docs}"
    if not corpus.exists():
        make_corpus(read_originals(args.corpus.resolve()), args.docs, corpus)
    os.environ["BRIEFING_DATA_DIR"] = str(args.work / "data")
    result = fingerprint(corpus, args.work / f"index{args.docs}")
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True))
    fp = result["fingerprint"]
    print(f"{fp['summary']['documents']} articles, {fp['summary']['quotes']} quotes; "
          f"build {result['build_seconds']} s; fingerprint in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
