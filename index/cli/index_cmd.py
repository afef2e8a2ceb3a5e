"""``briefing index [CORPUS]``: incremental indexing with a progress bar and a summary."""

from __future__ import annotations

from collections import Counter
from contextlib import nullcontext

from .common import add_command, corpus_arg, print_json_line, progress_reporter, stdout_console, warn_fallbacks


def register(sub) -> None:
    p = add_command(sub, "index", "index a corpus folder (incremental: only new, changed and deleted files)", run)
    p.add_argument("corpus_arg", nargs="?", metavar="CORPUS", help="corpus folder (default: --corpus, "
                   "$BRIEFING_CORPUS, else the bundled seeds)")
    p.add_argument("--rebuild", action="store_true", help="discard the index and build it from scratch")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.add_argument("--max-bytes", type=int, metavar="N", help="skip files larger than N bytes "
                   "(default: $BRIEFING_MAX_BYTES or 5 MiB)")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                   help="wait this long for another process that is updating the index (default: 0)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary table")


def run(args) -> int:
    from ..config import resolve_corpus_and_index
    from ..indexer import update_index

    corpus, index_dir = resolve_corpus_and_index(corpus_arg(args), getattr(args, "index_dir", None))
    with progress_reporter() if not args.json else nullcontext() as progress:
        summary = update_index(corpus, index_dir, rebuild=args.rebuild, progress=progress,
                               max_bytes=args.max_bytes, wait=args.wait)
    if args.json or not args.quiet:
        summary = summary.model_copy(update={"quotes_in_index": quote_total(corpus, index_dir)})
    if args.json:
        print_json_line(summary)
    elif not args.quiet:
        print_summary(summary, summary.quotes_in_index)
    warn_fallbacks(summary)  # on stderr, also with --json and --quiet
    return 0


def quote_total(corpus, index_dir) -> int | None:
    """How many quotes the index holds (None if its quote index cannot be read)."""
    from ..errors import BriefingError
    from ..library import Library

    try:
        with Library(corpus, index_dir) as lib:
            return lib.quote_count()
    except BriefingError:
        return None


def print_summary(summary, quotes_in_index: int | None = None) -> None:
    """A Rich summary table of an index run, then each skipped file with its reason.

    "articles" and "quotes" are what the index holds now; a line below says how many quotes this run extracted.
    An unchanged corpus says so instead of a table of zeros.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import one_line

    console = stdout_console()
    if summary.rebuilt:
        console.print(Text(f"Rebuilt the index: {summary.rebuild_reason}.", style="yellow"))
    if summary.speaker_table_rebuilt:
        console.print(Text(f"Rebuilt the speaker table: {summary.speaker_table_rebuilt}.", style="yellow"))
    total = "?" if quotes_in_index is None else f"{quotes_in_index:,}"
    if not (summary.added or summary.updated or summary.removed or summary.rebuilt):
        console.print(Text(f"Nothing changed in {one_line(summary.corpus)}: {summary.documents:,} articles and "
                           f"{total} quotes in the index ({summary.seconds:.2f} s).", style="bold"))
    else:
        # no vertical rules, so eight columns of six-figure counts fit 80 columns; the index's totals after the run
        table = Table(title=Text(f"Index of {one_line(summary.corpus)}"), show_header=True, header_style="bold",
                      box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
        for col in ("added", "updated", "removed", "unchanged", "skipped", "articles", "quotes", "seconds"):
            table.add_column(col, justify="right", no_wrap=True)
        table.add_row(f"{summary.added:,}", f"{summary.updated:,}", f"{summary.removed:,}", f"{summary.unchanged:,}",
                      f"{len(summary.skipped):,}", f"{summary.documents:,}", total, f"{summary.seconds:.2f}")
        console.print(table)
        if summary.quotes:
            console.print(Text(f"{summary.quotes:,} quotes extracted from the added and updated articles.", style="dim"))
    if summary.skipped:
        reasons = Counter(s.reason for s in summary.skipped)
        console.print(Text("Skipped: " + ", ".join(f"{n} {r}" for r, n in reasons.most_common()), style="yellow"))
        for s in summary.skipped[:200]:
            line = Text("  ")
            line.append(one_line(s.path, 80), style="bold")
            line.append(f"  {s.reason}", style="yellow")
            if s.detail:
                line.append(f" ({one_line(s.detail, 100)})", style="dim")
            console.print(line)
        if len(summary.skipped) > 200:
            console.print(Text(f"  … and {len(summary.skipped) - 200} more (see --json)", style="dim"))
    console.print(Text(f"Index folder: {one_line(summary.index_dir)}", style="dim"))
