"""``briefing show ID [ID ...]``: articles with their metadata (and their quotes), or JSON lines."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console


def register(sub) -> None:
    p = add_command(sub, "show", "show articles by id", run)
    p.add_argument("article_ids", metavar="ID", nargs="+",
                   help="article id (path relative to the corpus, no extension); several may be given")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per article, one per line: its metadata, body and quotes, and "
                        "quote_extractor, the version of the quote rules that found them")


def run(args) -> int:
    from ..engine.store import read_meta
    from ..errors import NotFoundError

    ids = list(dict.fromkeys(args.article_ids))
    found, missing = [], []
    with library_from_args(args) as lib:
        for aid in ids:
            try:
                article = lib.article(aid)
            except NotFoundError:
                missing.append(aid)
                continue
            found.append((article, lib.quotes(article_id=article.id)))
        corpus = lib.corpus
        meta = read_meta(lib.index_dir)
    if missing:  # every id checked first: nothing printed for a list with a wrong id in it
        listed = ", ".join(repr(m) for m in missing)
        raise NotFoundError(f"no article with id {listed} in the index of {corpus}"
                            if len(missing) == 1 else f"no articles with ids {listed} in the index of {corpus}")
    if args.json:
        for article, quotes in found:
            # ``extractor`` (the HTML reader of a page) stays, as scripts read it: known only while a file is
            # read, not kept in the index, so null here (``index`` names the pages the fallback reader took)
            data = article.model_dump(mode="json")
            data["quote_extractor"] = meta.extractor_version if meta is not None and meta.extractor_version else None
            data["quotes"] = [q.model_dump(mode="json") for q in quotes]
            print_json_line(data)
        return 0
    console = stdout_console()
    for i, (article, quotes) in enumerate(found):
        if i:
            console.print()
        _print_article(console, article, quotes)
    return 0


def _print_article(console, article, quotes) -> None:
    from rich.text import Text

    from ..sanitize import display_text, one_line
    from .blocks import id_line

    id_line(console, Text(one_line(article.id), style="dim"))
    console.print(Text(one_line(article.title), style="bold"))
    meta = [one_line(x) for x in (article.source, article.date.isoformat() if article.date else None,
                                  article.author) if x]
    if meta:
        console.print(Text(" · ".join(meta), style="cyan"))
    if article.partial == "paywall":  # the text is a subscriber's teaser: the page's paywall cut it
        console.print(Text("partial: behind a paywall", style="italic"))
    for where in (article.path, article.url):  # paths and links are pasted too: whole, like the id
        if where:
            id_line(console, Text(one_line(where), style="cyan"))
    console.rule()
    console.print(Text(display_text(article.body)), soft_wrap=False)
    if quotes:
        console.rule(Text(f"{len(quotes)} quotes"))
        for q in quotes:
            line = Text()
            line.append(f"{q.id} ", style="dim")  # first, so it is never cut (select and annotate take it)
            line.append(one_line(q.speaker or "unknown", 30), style="bold magenta")
            line.append(f" [{q.kind}] ", style="dim")
            line.append(one_line(q.text, 200))
            console.print(line)
