"""``briefing saved``: saved searches with live counts (total, new since last opened); add, rename, remove."""

from __future__ import annotations

import argparse

from .common import add_command, library_from_args, print_json_line, stdout_console, warn


def register(sub) -> None:
    p = add_command(sub, "saved", "saved searches with their counts: total and new since you last opened them",
                    run_list, description="List saved searches with live counts (total, and new since you last "
                    "opened each); `saved list` (the same), `saved add NAME QUERY`, `saved rename OLD NEW`, `saved remove NAME`, "
                    "`saved open NAME`.")
    p.add_argument("--json", action="store_true", help="one JSON object per saved search, one per line")
    actions = p.add_subparsers(dest="saved_action", metavar="ACTION")
    ls = add_command(actions, "list", "the saved searches with their counts (the same as plain `saved`)", run_list)
    ls.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                    help="one JSON object per saved search, one per line")
    a = add_command(actions, "add", "save a query under a name", run_add)
    a.add_argument("name", metavar="NAME")
    a.add_argument("query", metavar="QUERY", help="any search query, is: filters included; quote it in the shell")
    r = add_command(actions, "rename", "rename a saved search", run_rename)
    r.add_argument("old", metavar="OLD")
    r.add_argument("new", metavar="NEW")
    d = add_command(actions, "remove", "forget a saved search", run_remove)
    d.add_argument("name", metavar="NAME")
    o = add_command(actions, "open", "run a saved search, its new articles first; records the visit", run_open)
    o.add_argument("name", metavar="NAME")
    o.add_argument("--json", action="store_true", help="one JSON object per new article, one per line")


def _store(lib):
    from ..annotations.saved import SavedSearchStore

    store = SavedSearchStore.open(lib.corpus)
    if store.warning:
        warn(store.warning)
    return store


def run_list(args) -> int:
    from ..saved import saved_counts

    with library_from_args(args) as lib:
        counts = saved_counts(lib, _store(lib))
    if args.json:
        for c in counts:
            print_json_line(c)
        return 0
    print_counts(counts)
    return 0


def print_counts(counts) -> None:
    """A table of saved searches: name, query, total, new."""
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import one_line

    console = stdout_console()
    if not counts:
        console.print(Text("No saved searches yet: briefing saved add NAME QUERY (or Ctrl+S in the app).",
                           style="dim"))
        return
    table = Table(show_header=True, header_style="bold")
    for col, just in (("name", "left"), ("query", "left"), ("total", "right"), ("new", "right"),
                      ("last opened", "left")):
        table.add_column(col, justify=just)
    for c in counts:
        new = Text(f"{c.new}", style="bold" if c.new else "dim")
        when = c.opened_at.strftime("%Y-%m-%d %H:%M") if c.opened_at else "never"
        total = Text(f"{c.total}") if c.error is None else Text(f"⚠ {one_line(c.error, 60)}", style="yellow")
        table.add_row(Text(one_line(c.name, 40), style="bold"), Text(one_line(c.query, 60)), total, new, when)
    console.print(table)


def run_add(args) -> int:
    from ..saved import save_search

    with library_from_args(args) as lib:
        s = save_search(lib, _store(lib), args.name, args.query)
        total = len(s.seen)
    warn(f"saved {s.name!r}: {s.query or '(every article)'} · {total} article{'s' if total != 1 else ''} now")
    return 0


def run_rename(args) -> int:
    with library_from_args(args, auto_index=False) as lib:
        s = _store(lib).rename(args.old, args.new)
    warn(f"renamed {args.old!r} to {s.name!r}")
    return 0


def run_remove(args) -> int:
    with library_from_args(args, auto_index=False) as lib:
        s = _store(lib).remove(args.name)
    warn(f"removed {s.name!r} ({s.query})")
    return 0


def run_open(args) -> int:
    from rich.text import Text

    from ..saved import new_hits, open_saved
    from .search_cmd import print_result

    with library_from_args(args) as lib:
        store = _store(lib)
        before = set(store.get(args.name).seen)
        search = open_saved(lib, store, args.name)
        fresh = new_hits(lib, [i for i in search.seen if i not in before], limit=10_000)
        result = None if args.json else lib.search(search.query, limit=20)
    if args.json:
        for hit in fresh:
            print_json_line(hit)
        return 0
    console = stdout_console()
    head = Text(f"{len(fresh)} new since your last visit", style="bold")
    for hit in fresh[:20]:
        head.append(f"\n  ● {hit.title}", style="bold")
        head.append(f"  {hit.source or ''} {hit.date or ''}", style="dim")
    console.print(head)
    print_result(result)
    return 0
