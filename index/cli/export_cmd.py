"""``briefing export``: the chosen quotes as Markdown, JSON, CSV or plain text."""

from __future__ import annotations

import sys

from .common import add_command, library_from_args, warn


FORMATS = ("md", "json", "csv", "txt")
SUFFIX_FORMAT = {".md": "md", ".markdown": "md", ".json": "json", ".csv": "csv", ".txt": "txt"}


def export_format(fmt: str | None, output: str) -> str:
    """The format to write: ``fmt`` (with a warning when the file's extension names another one), else the
    format the extension names, else Markdown."""
    from pathlib import Path

    named = SUFFIX_FORMAT.get(Path(output).suffix.lower()) if output != "-" else None
    if fmt is None:
        return named or "md"
    suffix = Path(output).suffix
    if output != "-" and suffix and named != fmt:
        warn(f"warning: {output} has the extension {suffix} but the export is {fmt.upper()} (--format {fmt}); "
             f"written as asked (name the file .{fmt}, or leave --format out to follow the extension)")
    return fmt


def register(sub) -> None:
    p = add_command(sub, "export", "export quotes (the selection, or a filter) for a briefing", run)
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: the -o file's extension, .md .json .csv .txt, else md)")
    p.add_argument("--group", choices=("speaker", "article", "reading"), default="speaker",
                   help="Markdown grouping (default: by speaker)")
    p.add_argument("--speaker", metavar="NAME", help="quotes of this speaker (any of its names, whole words)")
    p.add_argument("--query", metavar="Q", help="quotes matching a query")
    p.add_argument("--article", metavar="ID", help="quotes of one article")
    p.add_argument("--kind", choices=("direct", "mixed", "indirect"), help="only this kind")
    p.add_argument("--starred", action="store_true", help="only starred quotes")
    p.add_argument("--tag", metavar="TAG", help="only quotes with this tag")
    p.add_argument("--selected", action="store_true", help="only selected quotes (the default with no filter)")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write, or - for stdout (default)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--schema", action="store_true", help="print the JSON Schema of the JSON export and exit")


def run(args) -> int:
    import json

    from ..models import ExportDocument

    if args.schema:
        sys.stdout.write(json.dumps(ExportDocument.model_json_schema(), indent=2) + "\n")
        return 0
    from ..annotations import AnnotationStore
    from ..errors import BriefingError
    from ..export import ExportFilters, build_export_items, make_document, render, write_export

    filters = ExportFilters(selected=args.selected, speaker=args.speaker, query=args.query, article=args.article,
                            kind=args.kind, starred=args.starred, tag=args.tag)
    with library_from_args(args) as lib:
        store = AnnotationStore.open(lib.corpus)
        if store.warning:
            warn(store.warning)
        if args.speaker:  # as 'quotes --speaker' does: which speaker the name means, and who else shares it
            from .quotes_cmd import speaker_hint

            speaker_hint(lib, args.speaker)
        items = build_export_items(lib, store, filters)
        corpus = str(lib.corpus)
    if not items:
        raise BriefingError("nothing to export: no quote is selected (briefing select QUOTE_ID) and no filter was "
                            "given" if not filters.any_filter() else "no quote matches these filters")
    fmt = export_format(args.format, args.output)
    text = render(make_document(corpus, items, filters.title(items)), fmt, args.group)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        path = write_export(args.output, text, force=args.force)
        warn(f"wrote {len(items)} quote{'s' if len(items) != 1 else ''} to {path}")
    return 0
