"""``briefing search QUERY``: a Rich table with highlighted snippets, or JSON lines."""

from __future__ import annotations

import datetime as dt

from .common import add_command, library_from_args, print_json_line, stdout_console, warn


def _date(s: str) -> dt.date:
    from ..ingest.fields import parse_date

    d = parse_date(s)
    if d is None:
        import argparse

        raise argparse.ArgumentTypeError(f"not a date: {s!r} (use YYYY-MM-DD)")
    return d


def register(sub) -> None:
    p = add_command(sub, "search", "search the corpus (Whoosh query language)", run,
                    description="Search the corpus. Words are ANDed; use OR, NOT, \"phrases\", field:value "
                    "(title, source, author, speaker, date), wildcards (chip*), fuzzy (nvidia~), "
                    "dates to the day (date:2025-08, date:[2025-08-01 to 2025-08-15], date:>2025-08-12), "
                    "reading state (is:unread, is:read, is:bookmarked, is:starred).")
    p.add_argument("query", metavar="QUERY", help="the query; quote it in the shell")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="number of hits (default 10)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N hits")
    p.add_argument("--source", metavar="NAME", help="only articles from this source")
    p.add_argument("--speaker", metavar="NAME", help="only articles quoting this speaker")
    p.add_argument("--since", type=_date, metavar="DATE", help="only articles on or after DATE")
    p.add_argument("--until", type=_date, metavar="DATE", help="only articles on or before DATE")
    p.add_argument("--json", action="store_true", help="one JSON object per hit, one per line")


def run(args) -> int:
    from ..errors import BriefingError

    if args.limit < 1:
        raise BriefingError("--limit must be at least 1")
    with library_from_args(args) as lib:
        result = lib.search(args.query, limit=args.limit, offset=max(0, args.offset), source=args.source,
                            speaker=args.speaker, date_from=args.since, date_to=args.until)
        if args.since or args.until:  # a date filter also leaves out every undated article: say how many it left
            wider = lib.search(args.query, limit=1, source=args.source, speaker=args.speaker).total
            if wider > result.total:
                n = wider - result.total
                warn(f"{n} more {'article matches' if n == 1 else 'articles match'} without --since/--until (outside the dates, "
                     "or undated: a date filter leaves out articles with no date)")
    for problem in result.warnings:  # a malformed query: say what was searched instead, never silently
        warn(f"warning: {problem}")
    if args.json:
        for hit in result.hits:
            print_json_line(hit)
        if result.corrected:
            warn(f"did you mean: {result.corrected}")
        if result.note:
            warn(result.note)
        return 0
    print_result(result)
    return 0


def snippet_text(snippet, *, style: str = "bold black on yellow"):
    """A Rich Text of a snippet with its highlights styled (untrusted text stays literal)."""
    from rich.text import Text

    from ..sanitize import display_char_map

    text = Text(display_char_map(snippet.text).replace("\n", " "))
    for span in snippet.highlights:
        text.stylize(style, span.start - snippet.start, span.end - snippet.start)
    return text


def print_result(result) -> None:
    """Print a search result: per hit its rank, whole id and score, then title, source and date, snippets."""
    from rich.text import Text

    from ..sanitize import one_line
    from .blocks import fitted, id_line, ranked_id, wrapped

    console = stdout_console()
    head = Text()
    head.append(f"{result.total} result{'s' if result.total != 1 else ''}", style="bold")
    head.append(f" for {one_line(result.query, 80)!r} in {result.took_ms:.1f} ms")
    console.print(head)
    if result.corrected:
        console.print(Text(f"Did you mean: {one_line(result.corrected, 80)}", style="italic yellow"))
    if result.note:
        console.print(Text(result.note.capitalize(), style="italic yellow"))
    for hit in result.hits:
        console.print()
        id_line(console, ranked_id(hit.rank, hit.id, hit.score or None))
        console.print(fitted(console, hit.title, style="bold"))
        meta = " · ".join(x for x in (one_line(hit.source) if hit.source else "",
                                      hit.date.isoformat() if hit.date else "") if x)
        if meta:
            console.print(fitted(console, meta, style="cyan"))
        if hit.snippets:
            wrapped(console, Text(" … ").join(snippet_text(s) for s in hit.snippets))
