"""Render an export document as Markdown, JSON, CSV or plain text."""

from __future__ import annotations

import csv
import io
import re
from collections import OrderedDict

from ..models import ExportDocument, ExportItem

FORMATS = ("md", "json", "csv", "txt")
GROUPINGS = ("speaker", "article", "reading")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CSV_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # CR stays: a cell's line break


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: no headings, links, HTML, emphasis or tables from it."""
    text = _CONTROL.sub("", text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([-+=]|\d+[.)])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)


def _attribution(it: ExportItem) -> str:
    q, a = it.quote, it.article
    who = q.speaker or "Unattributed"
    if q.speaker_role:
        who += f", {q.speaker_role}"
    parts = [who]
    if q.cue:
        parts.append(q.cue)
    where = " · ".join(x for x in (a.source, a.date.isoformat() if a.date else None) if x)
    if where:
        parts.append(where)
    if a.title:
        parts.append(f"“{a.title}”")
    return " — ".join(parts)


def _marks(it: ExportItem, escape=lambda t: t) -> str:
    """"★ Starred · Note: … · Tags: a, b" for an annotated quote (each part set apart); "" for none."""
    n = it.annotation
    if not n:
        return ""
    parts = ["★ Starred"] if n.starred else []
    if n.note and n.note.strip():
        parts.append("Note: " + escape(" ".join(n.note.split())))
    if n.tags:
        parts.append("Tags: " + ", ".join(escape(t) for t in n.tags))
    return " · ".join(parts)


def _groups(items: list[ExportItem], group: str) -> "OrderedDict[str, list[ExportItem]]":
    out: OrderedDict[str, list[ExportItem]] = OrderedDict()
    if group == "reading":
        out[""] = list(items)
        return out
    key = (lambda it: it.quote.speaker or "Unattributed") if group == "speaker" else \
        (lambda it: it.article.title or it.article.id)
    for it in sorted(items, key=lambda it: (key(it).lower(), it.article.id, it.quote.start)) if group == "speaker" \
            else items:
        out.setdefault(key(it), []).append(it)
    return out


def to_markdown(doc: ExportDocument, group: str = "speaker") -> str:
    title = " ".join(doc.title.split()) or "Quotes"
    lines = [f"# Briefing: {md_escape(title[:1].lower() + title[1:])}", "",
             f"_{len(doc.items)} quote{'s' if len(doc.items) != 1 else ''}, exported {doc.generated_at:%Y-%m-%d %H:%M} UTC_", ""]
    for heading, items in _groups(doc.items, group).items():
        if heading:
            lines += [f"## {md_escape(' '.join(heading.split()))}", ""]
        for it in items:
            body = " ".join(it.quote.text.split())
            mark = "“{}”".format(md_escape(body)) if it.quote.kind == "direct" else md_escape(body)
            lines.append(f"> {mark}")
            lines.append(">")
            lines.append(f"> — {md_escape(_attribution(it))}")
            extra = _marks(it, md_escape)
            if extra:
                lines += ["", extra]
            lines.append("")
    sources = OrderedDict((it.article.id, it.article) for it in doc.items)
    if sources:
        lines += ["## Sources", ""]
        for n, a in enumerate(sources.values(), start=1):
            meta = ", ".join(x for x in (a.source, a.date.isoformat() if a.date else None) if x)
            where = a.url or a.path or a.id
            title = md_escape(a.title or a.id)
            lines.append(f"{n}. {title}{' (' + md_escape(meta) + ')' if meta else ''} — {md_escape(where)}")
        lines.append("")
    return "\n".join(lines)


def csv_safe(value: object) -> str:
    """A CSV cell that no spreadsheet runs as a formula (OWASP: prefix = + - @ tab CR with ') and that
    drives no terminal (control characters, e.g. escapes in a pasted note, are dropped)."""
    s = _CSV_CONTROL.sub("", "" if value is None else str(value))
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


CSV_COLUMNS = ["quote_id", "speaker", "role", "kind", "cue", "quote", "article_id", "title", "source", "date",
               "url", "start", "end", "selected", "starred", "tags", "note"]


def to_csv(doc: ExportDocument) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for it in doc.items:
        q, a, n = it.quote, it.article, it.annotation
        w.writerow([csv_safe(x) for x in (
            q.id, q.speaker, q.speaker_role, q.kind, q.cue, q.text, a.id, a.title, a.source,
            a.date.isoformat() if a.date else "", a.url, q.start, q.end, bool(n and n.selected),
            bool(n and n.starred), ";".join(n.tags) if n else "", n.note if n else "")])
    return buf.getvalue()


def to_text(doc: ExportDocument) -> str:
    out = []
    for it in doc.items:
        body = " ".join(it.quote.text.split())
        marks = _marks(it)  # the writer's note on why the quote matters travels with it
        out.append(_CONTROL.sub("", ("“" + body + "”" if it.quote.kind == "direct" else body) + "\n— " + _attribution(it)
                                + (f"\n{marks}" if marks else "")))
    return "\n\n".join(out) + ("\n" if out else "")


def render(doc: ExportDocument, fmt: str, group: str = "speaker") -> str:
    """The document in one of :data:`FORMATS`."""
    if fmt == "md":
        return to_markdown(doc, group)
    if fmt == "json":
        return doc.model_dump_json(indent=2) + "\n"
    if fmt == "csv":
        return to_csv(doc)
    if fmt == "txt":
        return to_text(doc)
    raise ValueError(f"unknown export format {fmt!r}")
