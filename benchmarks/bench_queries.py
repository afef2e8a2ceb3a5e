"""The fixed query set (Briefing syntax and its SQLite FTS5 equivalent) and latency statistics."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class BenchQuery:
    """One benchmark query: its kind, Briefing's query string and the FTS5 MATCH expression."""

    kind: str
    briefing: str
    fts5: str


def _q(kind: str, briefing: str, fts5: str | None = None) -> BenchQuery:
    return BenchQuery(kind, briefing, fts5 if fts5 is not None else briefing)


QUERIES: tuple[BenchQuery, ...] = (
    # single terms (frequent to rare)
    _q("term", "economy"), _q("term", "election"), _q("term", "football"), _q("term", "film"),
    _q("term", "mobile"), _q("term", "oil"), _q("term", "government"), _q("term", "broadband"),
    # two-term AND (Briefing's default operator; FTS5's implicit AND)
    _q("and", "blair election"), _q("and", "oil prices"), _q("and", "chelsea arsenal"),
    _q("and", "tax budget"), _q("and", "music download"), _q("and", "games console"),
    _q("and", "bank interest"), _q("and", "film award"),
    # phrases
    _q("phrase", '"prime minister"'), _q("phrase", '"chief executive"'), _q("phrase", '"world cup"'),
    _q("phrase", '"interest rates"'), _q("phrase", '"mobile phone"'), _q("phrase", '"general election"'),
    # prefixes
    _q("prefix", "econ*"), _q("prefix", "elect*"), _q("prefix", "champion*"), _q("prefix", "technolog*"),
    _q("prefix", "invest*"), _q("prefix", "broad*"),
    # field filters
    _q("field", "title:oil"), _q("field", "source:reuters economy", "source:reuters AND economy"),
    _q("field", 'title:"world cup"', 'title:"world cup"'),
    # speakers (Briefing indexes the speakers the quote extractor attributes; FTS5 has no such data)
    _q("speaker", "speaker:blair", "speakers:blair"),
)


def print_cpu_table(queries, times: dict, variants: list, names: list[str], width: int = 18) -> None:
    """Each query's median CPU ms per variant (``times[(variant, query text)]``: the samples), the
    median per kind of query, and each variant's p50/p95 over all its samples."""
    print(f"{'kind':8} {'query':26}" + "".join(f"{n:>{width}}" for n in names))
    kinds: dict[str, list[list[float]]] = {}
    for q in queries:
        meds = [statistics.median(times[(v, q.briefing)]) for v in variants]
        kinds.setdefault(q.kind, []).append(meds)
        print(f"{q.kind:8} {q.briefing:26}" + "".join(f"{m:{width}.2f}" for m in meds))
    for kind, rows in kinds.items():
        print(f"{kind:8} {'median per query':26}" + "".join(
            f"{statistics.median(r[j] for r in rows):{width}.2f}" for j in range(len(variants))))
    for name, v in zip(names, variants):
        every = [t for q in queries for t in times[(v, q.briefing)]]
        print(f"{name:24} p50 {percentile(every, 50):6.2f} ms, p95 {percentile(every, 95):6.2f} ms (all samples)")


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (nearest-rank on sorted values)."""
    if not values:
        return float("nan")
    s = sorted(values)
    rank = max(1, min(len(s), int(round(pct / 100 * len(s) + 0.5))))
    return s[rank - 1]


@dataclass
class Latency:
    """Latencies of a run of the query set: all samples, and the median per query."""

    samples_ms: list[float]
    per_query_ms: dict[str, float]
    hits: dict[str, int]
    cpu_ms: list[float]
    """The same samples in CPU time of this process: on a machine shared with other work the wall
    times include waiting for a core, the CPU times do not."""

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        return percentile(self.samples_ms, 95)

    @property
    def cpu_p95(self) -> float:
        return percentile(self.cpu_ms, 95)

    def slowest(self, n: int = 5) -> list[tuple[str, float]]:
        return sorted(self.per_query_ms.items(), key=lambda kv: -kv[1])[:n]


def measure(run: Callable[[BenchQuery], int], queries=QUERIES, rounds: int = 5, warmup: int = 1) -> Latency:
    """Run every query ``warmup`` times untimed, then ``rounds`` times timed (samples pooled).

    ``run(query)`` executes one query completely (results materialised) and returns its hit count.
    """
    hits: dict[str, int] = {}
    for _ in range(warmup):
        for q in queries:
            hits[q.briefing] = run(q)
    samples: list[float] = []
    cpu: list[float] = []
    per: dict[str, list[float]] = {q.briefing: [] for q in queries}
    for _ in range(rounds):
        for q in queries:
            c0, t0 = time.process_time(), time.perf_counter()
            run(q)
            ms = (time.perf_counter() - t0) * 1000
            cpu.append((time.process_time() - c0) * 1000)
            samples.append(ms)
            per[q.briefing].append(ms)
    return Latency(samples, {k: statistics.median(v) for k, v in per.items()}, hits, cpu)
