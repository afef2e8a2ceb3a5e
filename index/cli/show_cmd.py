"""``briefing show ID``: one article with its metadata (and its quotes), or JSON."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console


def register(sub) -> None:
    p = add_command(sub, "show", "show one article by id", run)
    p.add_argument("article_id", metavar="ID", help="article id (path relative to the corpus, no extension)")
    p.add_argument("--json", action="store_true", help="print the article (and its quotes) as one JSON object")


def run(args) -> int:
    from rich.text import Text

    from ..sanitize import display_text, one_line

    with library_from_args(args) as lib:
        article = lib.article(args.article_id)
        quotes = lib.quotes(article_id=article.id)
    if args.json:
        data = article.model_dump(mode="json")
        data["quotes"] = [q.model_dump(mode="json") for q in quotes]
        print_json_line(data)
        return 0
    console = stdout_console()
    console.print(Text(one_line(article.title), style="bold"))
    meta = [one_line(x) for x in (article.source, article.date.isoformat() if article.date else None,
                                  article.author, article.path, article.url) if x]
    console.print(Text(" · ".join(meta), style="cyan"))
    console.rule()
    console.print(Text(display_text(article.body)), soft_wrap=False)
    if quotes:
        console.rule(Text(f"{len(quotes)} quotes"))
        for q in quotes:
            line = Text()
            line.append(one_line(q.speaker or "unknown", 30), style="bold magenta")
            line.append(f" [{q.kind}] ", style="dim")
            line.append(one_line(q.text, 200))
            console.print(line)
    return 0
