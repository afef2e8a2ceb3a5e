"""A story's claims and quotes as Markdown for the briefing: claim, outlets, quotes (article text escaped)."""

from __future__ import annotations

from ..export.render import md_escape
from ..sanitize import counted
from .models import Claim, StoryClaims


def _one_line(text: str) -> str:
    return md_escape(" ".join(text.split()))


def _claim(c: Claim) -> list[str]:
    lines = [f"- {_one_line(c.sentences[0].text)}", f"  - Outlets: {md_escape(', '.join(c.outlets))}"]
    if c.differing_terms:
        lines.append(f"  - Wording differs: {md_escape(', '.join(c.differing_terms))}")
    for s in c.sentences[1:]:
        if " ".join(s.text.split()) != " ".join(c.sentences[0].text.split()):
            lines.append(f"  - {md_escape(s.source or s.article_id)}: {_one_line(s.text)}")
    return lines


def story_markdown(view: StoryClaims) -> str:
    """The story as Markdown: heading, outlets and dates, claims, single-outlet claims, contradictions, quotes."""
    st = view.story
    span = "" if not st.first else f"{st.first}" if st.first == st.last else f"{st.first} to {st.last}"
    out = [f"## {_one_line(st.title)}", ""]
    out.append(f"{counted(len(st.articles), 'article')} · {md_escape(', '.join(st.outlets) or 'no outlet named')}"
               + (f" · {span}" if span else ""))
    out.append("")
    if view.claims:
        out += ["### Claims carried by several outlets", ""]
        for c in view.claims:
            out += _claim(c)
        out.append("")
    if view.only:
        out += ["### Claims only one outlet has", ""]
        for c in view.only:
            out += _claim(c)
        out.append("")
    if view.contradictions:
        out += ["### Possible contradictions", ""]
        for x in view.contradictions:
            out.append(f"- {md_escape(x.a.source or x.a.article_id)}: {_one_line(x.a.text)}")
            out.append(f"  - {md_escape(x.b.source or x.b.article_id)}: {_one_line(x.b.text)}")
            out.append(f"  - Why: {md_escape('; '.join(x.reasons))}")
        out.append("")
    if view.quotes:
        out += ["### Quotes", ""]
        speaker = None
        for q in view.quotes:
            if q.speaker != speaker:
                speaker = q.speaker
                out.append(f"- **{_one_line(speaker)}**")
            out.append(f"  - “{_one_line(q.text)}” ({md_escape(q.source or q.article_id)})")
        out.append("")
    return "\n".join(out)
