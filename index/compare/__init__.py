"""Compare two articles: aligned sentences, what each adds, and possible contradictions."""

from __future__ import annotations

from ..models import Article, Comparison, CompareSummary, Quote
from .align import align, build_rows
from .sentences import split_sentences

__all__ = ["compare_articles", "split_sentences"]


def _speakers(quotes: list[Quote] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for q in quotes or []:
        if q.speaker:
            out.setdefault(" ".join(q.speaker.lower().split()), q.speaker)
    return out


def compare_articles(a: Article, b: Article, quotes_a: list[Quote] | None = None,
                     quotes_b: list[Quote] | None = None) -> Comparison:
    """Align ``a`` and ``b`` sentence by sentence and say where they agree, differ and contradict.

    Quotes (if not given, extracted here) give the speakers quoted in both, only in A, only in B.
    """
    if quotes_a is None or quotes_b is None:
        from ..quotes import extract_quotes

        quotes_a = extract_quotes(a.body, a.id) if quotes_a is None else quotes_a
        quotes_b = extract_quotes(b.body, b.id) if quotes_b is None else quotes_b
    sa, sb = split_sentences(a.body), split_sentences(b.body)
    pairs, contradictions = align(sa, sb, (a.id, b.id))
    aligned_a, aligned_b = {p.a for p in pairs}, {p.b for p in pairs}
    spk_a, spk_b = _speakers(quotes_a), _speakers(quotes_b)
    unique_a = [s.index for s in sa if s.index not in aligned_a and not s.boilerplate]
    unique_b = [s.index for s in sb if s.index not in aligned_b and not s.boilerplate]
    summary = CompareSummary(
        shared=sum(p.status == "shared" for p in pairs), similar=sum(p.status == "similar" for p in pairs),
        unique_a=len(unique_a), unique_b=len(unique_b), contradictions=len(contradictions))
    return Comparison(
        a_id=a.id, b_id=b.id, a_title=a.title, b_title=b.title, a_source=a.source, b_source=b.source,
        sentences_a=sa, sentences_b=sb, pairs=pairs, unique_a=unique_a, unique_b=unique_b,
        contradictions=contradictions,
        speakers_both=sorted(spk_a[k] for k in spk_a.keys() & spk_b.keys()),
        speakers_only_a=sorted(spk_a[k] for k in spk_a.keys() - spk_b.keys()),
        speakers_only_b=sorted(spk_b[k] for k in spk_b.keys() - spk_a.keys()),
        summary=summary, rows=build_rows(len(sa), len(sb), pairs, contradictions,
                                                frozenset(s.index for s in sa if s.boilerplate),
                                                frozenset(s.index for s in sb if s.boilerplate)))
