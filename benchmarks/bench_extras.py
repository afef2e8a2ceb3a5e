"""Quote extraction throughput and article comparison time (None + a note when not built yet)."""

from __future__ import annotations

import inspect
import statistics
import time
from pathlib import Path

from bench_corpus import Original, split_text


def _articles(originals: list[Original]):
    """The originals as core ``Article`` models (parsed by the real ingestion code)."""
    from briefing.index.ingest.plaintext import parse_text
    from briefing.index.models import Article

    out = []
    for o in originals:
        meta = parse_text(o.text)
        out.append(Article(id=o.rel.rsplit(".", 1)[0], path=o.rel, title=meta.get("title") or "",
                           source=meta.get("source"), date=meta.get("date"), body=meta["body"],
                           hash="", format="txt"))
    return out


def extraction(originals: list[Original]) -> tuple[float | None, str | None, dict]:
    """(articles per second, note, extra figures) of ``extract_quotes`` over the originals, one cold pass (as a
    build's workers run it); the thread's CPU time is reported too, which another process's load does not slow."""
    try:
        from briefing.index.quotes import extract_quotes
    except ImportError as exc:
        return None, f"briefing.index.quotes.extract_quotes not available ({exc})", {}
    bodies = [(o.rel.rsplit(".", 1)[0], split_text(o.text)[1]) for o in originals]
    extract_quotes(bodies[0][1], bodies[0][0])  # imports, caches
    t0, c0 = time.perf_counter(), time.thread_time()
    n_quotes = 0
    for aid, body in bodies:
        n_quotes += len(list(extract_quotes(body, aid)))
    secs, cpu = time.perf_counter() - t0, time.thread_time() - c0
    return len(bodies) / secs, None, {"extract_quotes_total": n_quotes, "extract_s": secs, "extract_cpu_s": cpu,
                                      "extract_cpu_articles_per_s": len(bodies) / cpu}


def pick_long_pair(originals: list[Original], words: int = 2000) -> tuple[str, str, int, int]:
    """Two long articles of about ``words`` words from the same topic folder.

    BBC articles are short (median ~330 words), so each side is built by joining consecutive
    articles of one category until it reaches ``words`` words; side B uses a different run of
    articles of the same category, as two outlets' long reports on one story would.
    """
    by_cat: dict[str, list[str]] = {}
    for o in originals:
        by_cat.setdefault(o.rel.split("/", 1)[0], []).append(o.text)
    texts = by_cat.get("politics") or next(iter(by_cat.values()))

    def take(start: int) -> tuple[str, int]:
        parts, count, i = [], 0, start
        while count < words and i < len(texts):
            title, body = split_text(texts[i])
            parts.append(body.strip())
            count += len(body.split())
            i += 1
        return "\n\n".join(parts), i

    a, nxt = take(0)
    b, _ = take(nxt)
    return a, b, len(a.split()), len(b.split())


def _pair(originals: list[Original], corpus: Path | None):
    """Two long same-topic articles: bench_compare.pick's real ~2,000-word pair, else a joined pair."""
    from briefing.index.models import Article

    if corpus is not None:
        try:
            from bench_compare import pick
            from briefing.index.ingest import load_path

            pa, pb = pick(corpus)
            a, b = load_path(pa)[0], load_path(pb)[0]
            return a, b, f"{pa.parent.name}/{pa.name} vs {pb.parent.name}/{pb.name}"
        except Exception:  # bench_compare missing or changed: fall back to joined articles
            pass
    a_text, b_text, _, _ = pick_long_pair(originals)
    a = Article(id="bench/a", path="bench/a.txt", title="Long report A", source="Reuters", body=a_text,
                hash="a", format="txt")
    b = Article(id="bench/b", path="bench/b.txt", title="Long report B", source="BBC News", body=b_text,
                hash="b", format="txt")
    return a, b, "joined politics articles"


def _median_ms(fn, rounds: int) -> tuple[float, float]:
    """(first call ms, median ms of ``rounds`` further calls)."""
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return first, statistics.median(times)


def comparison(originals: list[Original], corpus: Path | None = None, rounds: int = 7
               ) -> tuple[float | None, str | None, dict]:
    """(median ms, note, extra) of ``compare_articles`` on two ~2,000-word articles.

    ``compare_ms`` passes the two articles' quotes, extracted beforehand, as the app does with the
    quotes it has from the index (same convention as ``bench_compare.py``);
    ``compare_with_extraction_ms`` lets ``compare_articles`` extract them itself.
    """
    try:
        from briefing.index.compare import compare_articles
        from briefing.index.quotes import extract_quotes
    except ImportError as exc:
        return None, f"briefing.index.compare.compare_articles not available ({exc})", {}
    a, b, label = _pair(originals, corpus)
    params = list(inspect.signature(compare_articles).parameters)
    extra: dict = {"compare_pair": label, "compare_words_a": len(a.body.split()),
                   "compare_words_b": len(b.body.split())}
    if "quotes_a" in params and "quotes_b" in params:
        qa, qb = list(extract_quotes(a.body, a.id)), list(extract_quotes(b.body, b.id))
        extra["compare_first_ms"], ms = _median_ms(lambda: compare_articles(a, b, quotes_a=qa, quotes_b=qb), rounds)
        extra["compare_with_extraction_ms"] = _median_ms(lambda: compare_articles(a, b), rounds)[1]
    else:
        extra["compare_first_ms"], ms = _median_ms(lambda: compare_articles(a, b), rounds)
    return ms, None, extra
