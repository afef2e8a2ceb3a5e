"""Rich output of ``briefing story ID``: claims with their outlets, single-outlet claims, contradictions, speakers."""

from __future__ import annotations

from .common import stdout_console


def _styled(sentence):
    """A claim sentence with its differing words coloured (never markup: built as a Text)."""
    from rich.text import Text

    from ..sanitize import display_char_map

    text = Text(display_char_map(sentence.text).replace("\n", " "))
    styles = {"added": "bold green", "changed": "bold yellow"}
    for t in sentence.tokens:
        if t.op in styles:
            text.stylize("bold magenta underline" if t.flagged else styles[t.op],
                         t.start - sentence.start, t.end - sentence.start)
    return text


def print_story(view) -> None:
    """Print a story claim by claim."""
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import counted, one_line
    from ..textlayout import parts_line

    console = stdout_console()
    st = view.story
    console.print(Text(one_line(st.title, 300), style="bold"))
    span = "" if not st.first else str(st.first) if st.first == st.last else f"{st.first} … {st.last}"
    console.print(Text(f"{st.id} · {counted(len(st.articles), 'article')} · {', '.join(st.outlets) or '—'} · {span}",
                       style="dim"))
    for title, claims in (("Claims carried by several outlets", view.claims), ("Claims only one outlet has", view.only)):
        if not claims:
            continue
        table = Table(title=title, expand=True, header_style="bold", title_justify="left")
        table.add_column("outlet", ratio=1)
        table.add_column("sentence", ratio=4)
        for c in claims:
            for k, s in enumerate(c.sentences):
                table.add_row(Text(one_line(s.source or s.article_id, 40), style="cyan" if k == 0 else ""), _styled(s),
                              end_section=k == len(c.sentences) - 1)
        console.print(table)
    if view.contradictions:
        table = Table(title="Possible contradictions", expand=True, show_lines=True, title_justify="left")
        table.add_column("first", ratio=1)
        table.add_column("second", ratio=1)
        table.add_column("why", ratio=1)
        for x in view.contradictions:
            table.add_row(Text(f"{one_line(x.a.source or x.a.article_id, 40)}: {one_line(x.a.text, 300)}"),
                          Text(f"{one_line(x.b.source or x.b.article_id, 40)}: {one_line(x.b.text, 300)}"),
                          Text("; ".join(x.reasons), style="bold red"))
        console.print(table)
    for o in view.speakers:
        names = ", ".join(f"{n} ({k})" for n, k in o.speakers.items()) or "no one"
        console.print(Text(f"{one_line(o.source, 40)} quotes: {one_line(names, 400)}"))
    console.print(parts_line([Text(x, style="dim") for x in (
        counted(len(view.claims), "shared claim"), f"{len(view.only)} only one outlet",
        counted(len(view.contradictions), "possible contradiction"), f"aligned in {view.seconds * 1000:.0f} ms")],
        console.width))
