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
    from ..documents import quote_failure_notice
    from ..quotes import QuoteExtractionError, extract_quotes
    from .quotes_cmd import print_quotes

    failures = fallbacks = 0
    failed: dict[str, str] = {}
    for path in args.files:
        try:
            articles = load_path(path)
        except BriefingError as exc:
            warn(str(exc))
            failures += 1
            continue
        fallbacks += sum(a.extractor == "fallback" for a in articles)
        for a in articles:
            try:
                quotes = extract_quotes(a.body, a.id, strict=True)
            except QuoteExtractionError as exc:  # listed as having none, and said below
                failed[a.id] = str(exc)
                quotes = []
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
    if failed:
        warn(quote_failure_notice(failed, indexed=False))
    return 1 if failures and failures == len(args.files) else 0
