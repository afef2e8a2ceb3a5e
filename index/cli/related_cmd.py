"""``briefing related ID``: the articles most like one article (more-like-this)."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console


def register(sub) -> None:
    p = add_command(sub, "related", "list the articles most like one article", run)
    p.add_argument("article_id", metavar="ID", help="article id")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="number of articles (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON object per article, one per line")


def run(args) -> int:
    from rich.text import Text

    from .blocks import fitted, id_line, ranked_id

    with library_from_args(args) as lib:
        lib.article(args.article_id)
        hits = lib.related(args.article_id, limit=max(1, args.limit))
    if args.json:
        for h in hits:
            print_json_line(h)
        return 0
    console = stdout_console()
    if not hits:
        console.print(Text("No related articles.", style="yellow"))
    for h in hits:
        id_line(console, ranked_id(h.rank, h.id, h.score))
        console.print(fitted(console, h.title))
    return 0
