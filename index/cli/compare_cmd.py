"""``briefing compare A [B]``: two articles side by side — shared, similar, unique, contradictions."""

from __future__ import annotations

from pathlib import Path

from .common import add_command, library_from_args, print_json_line, stdout_console


def register(sub) -> None:
    p = add_command(sub, "compare", "compare two articles sentence by sentence", run,
                    description="Align two articles (ids of the indexed corpus, or file paths) and show what they "
                    "share, what each adds and where they may contradict each other. With one article, compare it "
                    "with the most similar article of the corpus.")
    p.add_argument("a", metavar="A", help="article id or file path")
    p.add_argument("b", metavar="B", nargs="?", help="article id or file path (default: the most similar article)")
    p.add_argument("--json", action="store_true", help="print the comparison as one JSON object")


def _load(lib, ref: str):
    from ..errors import NotFoundError
    from ..ingest import load_path

    try:
        return lib.article(ref), lib.quotes(article_id=ref)
    except NotFoundError:
        if Path(ref).expanduser().is_file():
            return load_path(ref)[0], None
        raise


def run(args) -> int:
    from ..compare import compare_articles
    from ..errors import BriefingError

    with library_from_args(args) as lib:
        a, qa = _load(lib, args.a)
        if args.b:
            b, qb = _load(lib, args.b)
            if b.id == a.id:
                raise BriefingError(f"{args.a!r} and {args.b!r} are the same article: name two different ones")
        else:
            related = lib.related(a.id, limit=1) if qa is not None else []
            if not related:
                raise BriefingError(f"no article similar to {args.a!r} to compare with; name a second article")
            b, qb = _load(lib, related[0].id)
    comparison = compare_articles(a, b, qa, qb)
    if args.json:
        print_json_line(comparison)
        return 0
    print_comparison(comparison)
    return 0


STYLES = {"same": "", "removed": "bold red", "added": "bold green", "changed": "bold yellow"}


def _sentence_text(comparison, side: str, index: int | None, pair=None, dim: bool = False):
    from rich.text import Text

    from ..sanitize import display_char_map

    if index is None:
        return Text("")
    sents = comparison.sentences_a if side == "a" else comparison.sentences_b
    s = sents[index]
    text = Text(display_char_map(s.text).replace("\n", " "), style="dim" if dim else "")
    if pair is not None:
        for t in (pair.a_tokens if side == "a" else pair.b_tokens):
            if t.op != "same":
                text.stylize("bold magenta underline" if t.flagged else STYLES[t.op], t.start - s.start, t.end - s.start)
    return text


def print_comparison(c) -> None:
    """A Rich two-column view of a comparison."""
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import counted, one_line
    from ..textlayout import parts_line
    from .blocks import id_line

    console = stdout_console()
    contra_a = {x.a: x for x in c.contradictions}
    contra_b = {x.b: x for x in c.contradictions}
    for side, ident in (("A", c.a_id), ("B", c.b_id)):  # whole ids, above the table (never cut)
        id_line(console, Text(f"{side}  {one_line(ident)}", style="dim"))
    table = Table(expand=True, show_lines=True, header_style="bold")
    table.add_column("", width=2)
    table.add_column(Text(one_line(f"A  {c.a_title}  ({c.a_source or 'no source'})", 70)), ratio=1)
    table.add_column(Text(one_line(f"B  {c.b_title}  ({c.b_source or 'no source'})", 70)), ratio=1)
    for row in c.rows:
        pair = c.pairs[row.pair] if row.pair is not None else None
        mark = Text("≈" if pair and pair.status == "similar" else "=" if pair else "A" if row.kind == "only_a" else "B",
                    style="cyan" if pair else "dim")
        if row.contradiction:
            mark = Text("!", style="bold white on red")
        left = _sentence_text(c, "a", row.a, pair, dim=row.kind == "only_a")
        right = _sentence_text(c, "b", row.b, pair, dim=row.kind == "only_b")
        for side_text, idx, contra in ((left, row.a, contra_a), (right, row.b, contra_b)):
            if idx is not None and idx in contra:
                side_text.append("\n⚠ " + "; ".join(contra[idx].reasons), style="bold red")
        table.add_row(mark, left, right)
    console.print(table)
    s = c.summary
    console.print(parts_line([
        Text(counted(s.shared_claims, "shared claim"), style="bold cyan") + Text(f" ({s.shared} in the same words)"),
        Text(f"{s.unique_a} only in A"), Text(f"{s.unique_b} only in B"),
        Text(counted(s.contradictions, "possible contradiction"), style="bold red" if s.contradictions else "")],
        console.width))
    for label, names in (("quoted in both", c.speakers_both), ("only in A", c.speakers_only_a),
                         ("only in B", c.speakers_only_b)):
        if names:
            console.print(Text(f"Speakers {label}: " + one_line(", ".join(names), 300), style="dim"))
    legend = ("Legend: = shared claim, same words", "≈ shared claim, reworded", "A/B only one side",
              "! possible contradiction", "red removed, green added, yellow changed",
              "magenta differing figure/name/negation")
    console.print(parts_line([Text(x, style="dim") for x in legend], console.width, sep="  "))
