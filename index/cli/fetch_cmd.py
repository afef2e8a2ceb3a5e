"""``briefing fetch [CORPUS]`` and ``briefing add URL...``: download feeds and pages, then index them."""

from __future__ import annotations

from contextlib import nullcontext

from .common import add_command, corpus_arg, print_json_line, progress_reporter, stdout_console, warn, warn_fallbacks


def _options(p) -> None:
    p.add_argument("--json", action="store_true", help="print the summary (every URL's outcome) as one JSON object")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="give up on a connection or a read after this long (default: 10)")
    p.add_argument("--delay", type=float, default=0.5, metavar="SECONDS",
                   help="pause between two requests to the same host (default: 0.5)")
    p.add_argument("--per-host", type=int, default=2, metavar="N",
                   help="at most N requests at a time to one host (default: 2)")
    p.add_argument("--max-bytes", type=int, metavar="N", help="skip answers larger than N bytes "
                   "(default: $BRIEFING_MAX_BYTES or 5 MiB)")
    p.add_argument("--max-entries", type=int, default=100, metavar="N",
                   help="read at most the first N entries of each feed (default: 100)")
    p.add_argument("--no-index", action="store_true", help="download only; index later with 'briefing index'")
    p.add_argument("--quiet", "-q", action="store_true", help="no report")


def register(sub) -> None:
    p = add_command(sub, "fetch", "download the feeds of CORPUS/feeds.opml and the pages they link to, "
                    "then index them", run_fetch)
    p.add_argument("corpus_arg", nargs="?", metavar="CORPUS", help="corpus folder (default: --corpus, "
                   "$BRIEFING_CORPUS, else the bundled seeds)")
    _options(p)
    p = add_command(sub, "add", "add a feed (appended to feeds.opml, its pages fetched) or a single web page",
                    run_add)
    p.add_argument("urls", nargs="+", metavar="URL", help="http(s) URL of a feed or a page")
    _options(p)


def _limits(args):
    from ..config import max_bytes
    from ..fetch import Limits

    return Limits(timeout=max(0.1, args.timeout), max_bytes=max_bytes(args.max_bytes), delay=max(0.0, args.delay),
                  per_host=max(1, args.per_host))


def _go(args, do) -> int:
    from ..config import index_dir_for, resolve_corpus, seeds_dir
    from ..errors import CorpusError
    from ..indexer import update_index

    corpus = resolve_corpus(corpus_arg(args))
    if corpus == seeds_dir().resolve():
        raise CorpusError("fetching writes into the corpus: name your corpus folder (CORPUS, --corpus or "
                          "$BRIEFING_CORPUS); the bundled seeds are never written to")
    with progress_reporter() if not args.json else nullcontext() as progress:
        summary = do(corpus, _limits(args), progress)
        if not args.no_index and (summary.new or summary.updated):
            summary.index = update_index(corpus, index_dir_for(corpus, getattr(args, "index_dir", None)),
                                         progress=progress, max_bytes=args.max_bytes)
    for message in summary.warnings:
        warn(message)
    if summary.index is not None:
        warn_fallbacks(summary.index)  # pages the HTML extractor could not read, as 'briefing index' tells them
    if args.json:
        print_json_line(summary)
    elif not args.quiet:
        print_report(summary)
    ok = summary.feeds or summary.new or summary.updated or summary.unchanged or summary.duplicate
    return 0 if ok or not summary.failed else 1


def run_fetch(args) -> int:
    from ..fetch import fetch_corpus

    return _go(args, lambda corpus, limits, progress: fetch_corpus(
        corpus, limits, progress=progress, max_entries=args.max_entries))


def run_add(args) -> int:
    from ..fetch import add_urls

    return _go(args, lambda corpus, limits, progress: add_urls(
        corpus, args.urls, limits, progress=progress, max_entries=args.max_entries))


def print_report(summary) -> None:
    """Counts, then each URL that failed or was skipped with its reason, then the index update."""
    from rich.text import Text

    from ..sanitize import one_line

    console = stdout_console()
    console.print(Text(f"{summary.feeds} feed{'s' if summary.feeds != 1 else ''} read; pages: {summary.new} new, "
                       f"{summary.updated} updated, {summary.unchanged} unchanged, {summary.duplicate} duplicate, "
                       f"{summary.failed} failed ({summary.seconds:.1f} s)"))
    for r in summary.results:
        if r.status != "failed":
            continue
        line = Text("  ")
        line.append(one_line(r.url, 90), style="bold")
        line.append(f"  {r.kind}: {r.reason}", style="yellow")
        if r.detail:
            line.append(f" ({one_line(r.detail, 100)})", style="dim")
        console.print(line)
    if summary.index is not None:
        ix = summary.index
        console.print(Text(f"Indexed: {ix.added} added, {ix.updated} updated, {ix.removed} removed; "
                           f"{ix.documents} articles, {len(ix.skipped)} files skipped "
                           f"(see 'briefing index')", style="dim"))
