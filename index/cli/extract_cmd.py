"""``briefing extract FILE...``: quotes of files, without an index."""

from __future__ import annotations

from .common import add_command, print_json_line, stdout_console, warn


def register(sub) -> None:
    p = add_command(sub, "extract", "extract quotes and speakers from article files (no index needed)", run)
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html, .json, .jsonl)")
    p.add_argument("--json", action="store_true", help='one JSON object per file per line: {"path", "quotes"}')


def run(args) -> int:
    from ..errors import BriefingError
    from ..ingest import extractor_error, fallback_notice, load_path
    from ..quotes import extract_quotes
    from .quotes_cmd import print_quotes

    failures = fallbacks = 0
    for path in args.files:
        try:
            articles = load_path(path)
        except BriefingError as exc:
            warn(str(exc))
            failures += 1
            continue
        fallbacks += sum(a.extractor == "fallback" for a in articles)
        for a in articles:
            quotes = extract_quotes(a.body, a.id)
            if args.json:
                print_json_line({"path": path, "id": a.id,
                                 "quotes": [q.model_dump(mode="json", exclude={"article_id"}) for q in quotes]})
            else:
                from rich.text import Text

                from ..sanitize import one_line

                stdout_console().print(Text(one_line(f"{path} — {a.title}", 120), style="bold underline"))
                print_quotes(quotes, {a.id: a.title})
    notice = fallback_notice(fallbacks, extractor_error())  # (the text, and so its quotes, may hold furniture)
    if notice:
        warn(notice)
    return 1 if failures and failures == len(args.files) else 0
