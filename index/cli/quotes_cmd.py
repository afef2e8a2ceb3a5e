"""``briefing quotes`` and ``briefing speakers``: who said what, across the indexed corpus."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console, warn

KINDS = ("direct", "mixed", "indirect")


def register(sub) -> None:
    p = add_command(sub, "quotes", "list quotes and reported statements with their speakers", run_quotes)
    p.add_argument("--speaker", metavar="NAME", help="only this speaker (any of its names, whole words)")
    p.add_argument("--kind", choices=KINDS, help="only direct, mixed or indirect quotes")
    p.add_argument("--article", metavar="ID", help="only the quotes of one article")
    p.add_argument("--query", metavar="Q", help="only quotes matching a query (same language as search; is:starred for starred quotes)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N quotes")
    p.add_argument("--json", action="store_true", help="one JSON object per quote, one per line")
    s = add_command(sub, "speakers", "list speakers with their quote counts and aliases", run_speakers)
    s.add_argument("--json", action="store_true", help="one JSON object per speaker, one per line")
    s.add_argument("--limit", type=int, metavar="N", help="at most N speakers")
    s.add_argument("--merge", nargs="+", metavar="NAME", help="treat these speakers as one (with --into)")
    s.add_argument("--into", metavar="NAME", help="the name the merged speakers go by")
    s.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="rename a speaker")
    s.add_argument("--forget", metavar="NAME", help="undo a merge or rename of this name")


def run_quotes(args) -> int:
    from ..errors import BriefingError

    if args.limit is not None and args.limit < 1:
        raise BriefingError("--limit must be at least 1")
    with library_from_args(args) as lib:
        if args.article:
            lib.article(args.article)  # a clear error for an unknown id
        if args.speaker:
            speaker_hint(lib, args.speaker)
        quotes = lib.quotes(article_id=args.article, speaker=args.speaker, kind=args.kind, query=args.query,
                            limit=args.limit)
        for problem in lib.quote_query_warnings(args.query):  # a malformed query: what was searched instead
            warn(f"warning: {problem}")
        titles = {}
        if not args.json:
            for q in quotes:
                if q.article_id not in titles:
                    try:
                        titles[q.article_id] = lib.article(q.article_id).title
                    except Exception:
                        titles[q.article_id] = q.article_id
    if args.json:
        for q in quotes:
            print_json_line(q)
        return 0
    print_quotes(quotes, titles)
    return 0


def speaker_hint(lib, name: str) -> None:
    """Tell on stderr when ``name`` is no speaker, or means several, or others share its words."""
    from ..quotes.name_forms import fold

    table = lib.speaker_table()
    found = table.find(name)
    if not found:
        warn(f"no speaker is called {name!r} (see 'briefing speakers')")
        return
    listed = ", ".join(f"{s.name} ({s.count})" for s in found[:6]) + (" …" if len(found) > 6 else "")
    if len(found) > 1:
        warn(f"{name!r} names {len(found)} speakers, listed together: {listed}")
        return
    words = fold(name).split()
    others = [s for s in lib.speakers() if len(words) == 1 and s is not found[0] and words[0] in fold(s.name).split()]
    if others:
        more = ", ".join(f"{s.name} ({s.count})" for s in others[:6])
        warn(f"quotes of {found[0].name} ({found[0].count}); other speakers with that name: {more}")


def speaker_tag(name: str | None, width: int = 28):
    """A Rich Text tag for a speaker in its stable colour."""
    from rich.text import Text

    from ..palette import speaker_color
    from ..sanitize import one_line

    return Text(one_line(name or "(unattributed)", width), style=f"bold {speaker_color(name)}")


def print_quotes(quotes, titles) -> None:
    """Print quotes: the quote wrapped, then speaker, role and kind, the article's title, and the whole
    quote id (for ``select`` and ``annotate``) with the article's id."""
    from rich.text import Text

    from ..sanitize import one_line
    from .blocks import fitted, id_line, wrapped

    console = stdout_console()
    console.print(Text(f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}", style="bold"))
    for i, q in enumerate(quotes, start=1):
        console.print()
        text = Text(f"{i:>3}. ")
        quoted = Text(one_line(q.text, 600))
        text.append_text(Text("“") + quoted + Text("”") if q.kind != "indirect" else quoted)
        wrapped(console, text, indent=0)
        who = Text("     ")
        who.append_text(speaker_tag(q.speaker))
        if q.speaker_role:
            who.append(" · " + one_line(q.speaker_role, 40), style="dim")
        who.append(f" · {q.kind}", style="dim")
        console.print(who)
        title = titles.get(q.article_id)
        if title and title != q.article_id:
            console.print(fitted(console, title))
        line = Text("     ")
        line.append(q.id, style="bold")
        line.append(" · " + one_line(q.article_id), style="dim")
        id_line(console, line)


def run_speakers(args) -> int:
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import one_line

    from ..annotations import AnnotationStore
    from ..errors import BriefingError

    if args.merge and not args.into:
        raise BriefingError("--merge needs --into NAME")
    with library_from_args(args) as lib:
        store = AnnotationStore.open(lib.corpus)
        if store.warning:
            warn(store.warning)
        if args.merge:
            store.merge_speakers(args.merge, args.into)
            warn(f"merged {', '.join(args.merge)} into {args.into} (kept across re-indexing)")
        if args.rename:
            store.rename_speaker(*args.rename)
            warn(f"renamed {args.rename[0]} to {args.rename[1]}")
        if args.forget:
            store.change(lambda data: [data.speakers.pop(k) for k in list(data.speakers)
                                       if k == args.forget or data.speakers[k] == args.forget])
        speakers = lib.speakers(store.speaker_overrides() or None)
    from ..quotes.name_merge import nickname_table_error

    if (why := nickname_table_error()) is not None:
        warn(f"the nicknames package cannot be used ({why}): 'Joe' and 'Joseph' are not taken for one name")
    if args.limit:
        speakers = speakers[: args.limit]
    if args.json:
        for s in speakers:
            print_json_line(s)
        return 0
    console = stdout_console()
    console.print(Text(f"{len(speakers)} speaker{'s' if len(speakers) != 1 else ''}", style="bold"))
    if not speakers:
        return 0
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("speaker", ratio=3)
    table.add_column("quotes", justify="right", width=7)
    table.add_column("articles", justify="right", width=8)
    table.add_column("also called", ratio=4)
    table.add_column("role", ratio=3)
    notes = {"group": "a description", "other": "not a person or organisation"}
    for s in speakers:
        who = speaker_tag(s.name, 40)
        if s.kind in notes:
            who.append(f"\n{notes[s.kind]}", style="dim italic")
        table.add_row(who, str(s.count), str(len(s.articles)),
                      Text(one_line(", ".join(a for a in s.aliases if a != s.name), 120), style="dim"),
                      Text(one_line(", ".join(s.roles), 80)))
    console.print(table)
    return 0
