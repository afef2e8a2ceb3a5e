"""Score main-text extraction of HTML pages the way trafilatura's own evaluation does.

A folder holds pages (``NAME.html``) and their expectations (``NAME.expect.json``:
``{"with": [...], "without": [...], "meta": {"title": ..., "source": ..., "date": ..., ...}}``),
or ``--expect FILE`` gives them all in one JSON file: ``{"NAME.html": {"with": …, "without": …}}``,
trafilatura's layout ``{"URL": {"file": "NAME.html", "with": …, "without": …}}``, or a list of
``{"file": …, "with": …, "without": …}``.
For every page, each ``with`` string found in the main text is a true positive (else a false
negative) and each ``without`` string found is a false positive (else a true negative). Printed:
precision, recall, F1, pages with an empty body, for Briefing's ingest and for ``trafilatura.extract``
with its defaults and a few option sets; for Briefing also how many metadata fields are right.

    python tests/html_pages.py /tmp/pages && python benchmarks/eval_html.py /tmp/pages [--show]
    python tests/html_pages_saved.py /tmp/saved && python benchmarks/eval_html.py /tmp/saved  # saved pages
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def _norm(s: str) -> str:
    return " ".join(s.split())


def score(text: str | None, expect: dict, counts: dict) -> None:
    """Add one page's true/false positives and negatives to ``counts``."""
    body = _norm(text or "")
    if not body:
        counts["empty"] += 1
    for s in expect.get("with", []):
        counts["tp" if body and _norm(s) in body else "fn"] += 1
    for s in expect.get("without", []):
        counts["fp" if body and _norm(s) in body else "tn"] += 1


def prf(c: dict) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _briefing(path: Path):
    from briefing.index.ingest import load_path

    try:
        a = load_path(path)[0]
    except Exception as exc:  # a page Briefing skips scores as empty
        return None, {"error": str(exc)}
    return a.body, {"title": a.title, "source": a.source, "date": a.date and a.date.isoformat(),
                    "author": a.author, "url": a.url, "extractor": a.extractor}


def _briefing_without_trafilatura(path: Path):
    """Briefing as it reads pages when trafilatura cannot be loaded (the plain fallback parser)."""
    from briefing.index.ingest import html

    saved = dict(html._state)
    html._state.update(module=None, error="disabled for the benchmark")
    try:
        return _briefing(path)
    finally:
        html._state.clear()
        html._state.update(saved)


def _trafilatura(**options):
    def run(path: Path):
        import trafilatura

        data = path.read_bytes()  # as saved: it reads the charset
        if path.suffix.lower() in (".mhtml", ".mht"):  # an archive: its page, as Briefing reads it
            from briefing.index.ingest.mhtml import html_of_mhtml

            data = html_of_mhtml(data)[0]
        return trafilatura.extract(data, **options), {}
    return run


SYSTEMS = {
    "briefing": _briefing,
    "briefing without trafilatura": _briefing_without_trafilatura,
    "trafilatura default": _trafilatura(),
    "trafilatura favor_precision": _trafilatura(favor_precision=True),
    "trafilatura favor_recall": _trafilatura(favor_recall=True),
    "trafilatura no tables": _trafilatura(include_tables=False),
    "trafilatura no fallback": _trafilatura(no_fallback=True),
}


PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".rss", ".atom"}
"""Saved pages: HTML, MHTML archives ('Webpage, Single File') and feeds (their first entry is scored)."""


def load_expectations(path: Path) -> dict[str, dict]:
    """Expectations by page file name, from any of the layouts described above."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data if isinstance(data, list) else [
        {**v, "file": v.get("file", k)} for k, v in data.items() if isinstance(v, dict)]
    return {Path(item["file"]).name: item for item in items if item.get("file")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--expect", type=Path, help="one JSON file with every page's expectations")
    ap.add_argument("--only", action="append", help="systems to run (default: all)")
    ap.add_argument("--show", action="store_true", help="list each page's misses for Briefing")
    args = ap.parse_args(argv)
    shared = load_expectations(args.expect) if args.expect else None
    pages = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in PAGE_SUFFIXES)
    if shared is not None:
        pages = [p for p in pages if p.name in shared]
    if not pages:
        print(f"no saved pages (.html, .mhtml, …) in {args.folder}", file=sys.stderr)
        return 1
    print(f"{len(pages)} pages in {args.folder}")
    print(f"{'system':<30} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6} {'ms/page':>8}")
    for name, run in SYSTEMS.items():
        if args.only and name not in args.only:
            continue
        counts = dict(tp=0, fp=0, fn=0, tn=0, empty=0)
        meta_right, meta_total, t0 = {}, {}, time.perf_counter()
        for page in pages:
            expect_file = page.with_name(page.stem + ".expect.json")
            if shared is not None:
                expect = shared[page.name]
            else:
                expect = json.loads(expect_file.read_text(encoding="utf-8")) if expect_file.exists() else {}
            text, meta = run(page)
            before = dict(counts)
            score(text, expect, counts)
            for key, want in expect.get("meta", {}).items():
                if name.startswith("briefing"):
                    meta_total[key] = meta_total.get(key, 0) + 1
                    meta_right[key] = meta_right.get(key, 0) + (meta.get(key) == want)
                    if args.show and meta.get(key) != want:
                        print(f"  {page.name}: {key} {meta.get(key)!r} != {want!r}")
            if args.show and name.startswith("briefing") and (counts["fp"] > before["fp"] or counts["fn"] > before["fn"]):
                body = _norm(text or "")
                print(f"  {page.name}: missing {[s for s in expect.get('with', []) if _norm(s) not in body]} "
                      f"unwanted {[s for s in expect.get('without', []) if body and _norm(s) in body]}")
        ms = (time.perf_counter() - t0) * 1000 / len(pages)
        p, r, f = prf(counts)
        print(f"{name:<30} {p:6.3f} {r:6.3f} {f:6.3f} {counts['empty']:6d} {ms:8.1f}")
        if meta_total:
            print("  metadata right: " + ", ".join(f"{k} {meta_right[k]}/{meta_total[k]}" for k in meta_total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
