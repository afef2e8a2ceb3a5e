"""``briefing select``, ``briefing annotate`` and ``briefing annotations``: the user's marks, scriptable."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console, warn


def register(sub) -> None:
    s = add_command(sub, "select", "select quotes for export (or --clear / --list the selection)", run_select)
    s.add_argument("quote_ids", nargs="*", metavar="QUOTE_ID", help="quote ids, as briefing quotes prints them (q…)")
    s.add_argument("--clear", action="store_true", help="unselect every quote")
    s.add_argument("--unselect", action="store_true", help="unselect the given quotes")
    s.add_argument("--list", action="store_true", help="print the selected quote ids")
    a = add_command(sub, "annotate", "add a note, tags or a star to a quote", run_annotate)
    a.add_argument("quote_id", metavar="QUOTE_ID", help="a quote id, as briefing quotes prints it (q…)")
    a.add_argument("--note", help="the note (an empty string removes it)")
    a.add_argument("--tag", action="append", default=[], metavar="TAG", help="add a tag (repeatable)")
    a.add_argument("--untag", action="append", default=[], metavar="TAG", help="remove a tag (repeatable)")
    star = a.add_mutually_exclusive_group()
    star.add_argument("--star", action="store_true", help="star the quote")
    star.add_argument("--unstar", action="store_true", help="remove the star")
    n = add_command(sub, "annotations", "list annotations (and orphans whose quote vanished)", run_annotations)
    n.add_argument("--orphans", action="store_true", help="only annotations whose quote is no longer indexed")
    n.add_argument("--json", action="store_true", help="one JSON object per annotation, one per line")


def _store(lib):
    from ..annotations import AnnotationStore

    store = AnnotationStore.open(lib.corpus)
    if store.warning:
        warn(store.warning)
    return store


def run_select(args) -> int:
    from ..errors import BriefingError

    with library_from_args(args) as lib:
        store = _store(lib)
        if args.clear:
            warn(f"cleared the selection ({store.clear_selection()} quotes)")
        if args.quote_ids:
            quotes = [lib.quote(qid) for qid in args.quote_ids]  # NotFoundError for a wrong id
            store.set_selected(quotes, not args.unselect)
            warn(f"{'unselected' if args.unselect else 'selected'} {len(quotes)} quote(s); "
                 f"{len(store.selected_ids())} selected in all")
        elif not (args.clear or args.list):
            raise BriefingError("name the quotes to select (ids from 'briefing quotes --json'), or use --clear/--list")
        if args.list:
            for qid in store.selected_ids():
                print(qid)
    return 0


def run_annotate(args) -> int:
    with library_from_args(args) as lib:
        store = _store(lib)
        q = lib.quote(args.quote_id)
        if args.note is not None:
            store.set_note(q, args.note)
        if args.tag:
            store.add_tags(q, args.tag)
        if args.untag:
            store.remove_tags(q, args.untag)
        if args.star or args.unstar:
            store.set_star(q, args.star)
        ann = store.get(q.id)
    print_json_line(ann.model_dump(mode="json") if ann else {"quote_id": q.id, "annotation": None})
    return 0


def run_annotations(args) -> int:
    from rich.text import Text

    from ..sanitize import one_line
    from .blocks import fitted, id_line

    with library_from_args(args) as lib:
        store = _store(lib)
        current = lib.quotes()
        moved = store.reattach(current)
        if moved:
            warn(f"re-attached {moved} annotation(s) to quotes whose id changed")
        anns = store.orphans(current) if args.orphans else list(store.data.quotes.values())
    if args.json:
        for a in anns:
            print_json_line(a)
        return 0
    console = stdout_console()
    label = "orphaned annotations (their quote is no longer in the index; kept)" if args.orphans else "annotations"
    console.print(Text(f"{len(anns)} {label}", style="bold"))
    for a in anns:
        marks = ("● " if a.selected else "  ") + ("★ " if a.starred else "")
        console.print(fitted(console, marks + one_line(a.text), indent=0))
        id_line(console, Text(f"    {one_line(a.quote_id)} · {one_line(a.article_id)}", style="dim"))
        if a.note:
            console.print(fitted(console, a.note, indent=4, style="italic"))
        if a.tags:
            console.print(fitted(console, "#" + " #".join(one_line(t, 30) for t in a.tags), indent=4, style="cyan"))
    return 0
