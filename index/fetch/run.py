"""One fetch run: the feeds of ``feeds.opml`` (or the URLs given to ``briefing add``), then the pages
their entries link to, each canonical URL once, every outcome reported URL by URL."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol
from urllib.parse import urljoin, urlsplit

from ..errors import BriefingError
from ..ingest.decode import Unusable
from ..ingest.feeds import entry_meta, feed_problem, lenient_note, parse_feed_bytes
from ..models import FetchResult, FetchSummary
from .http import FetchError, HostGate, Limits, Response, http_get
from .opml import OPML_NAME, add_to_opml, read_opml
from .pages import HTML_TYPES, canonical_url, decode_page, page_canonical, page_rel, save_page
from .robots import Robots
from .state import EntryRef, FeedState, StateFile

Progress = Callable[[str, int, int], None]


class Cancel(Protocol):
    """Anything with ``is_set()`` (a ``threading.Event``; the app passes its worker's cancellation)."""

    def is_set(self) -> bool: ...

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")


@dataclass
class Job:
    """A page to fetch: its URL as the feed gave it, what the feed said, and which feed."""

    url: str
    canonical: str
    entry: EntryRef
    feed: str | None = None
    feed_title: str | None = None
    response: Response | None = None  # already fetched (``briefing add`` of a page)


@dataclass
class Run:
    corpus: Path
    limits: Limits
    max_entries: int = 100
    workers: int = 8
    progress: Progress | None = None
    cancel: Cancel | None = None
    results: list[FetchResult] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.gate = HostGate(self.limits.per_host, self.limits.delay)
        self.robots = Robots(self.limits, self.gate)
        self.state = StateFile(self.corpus)
        self.claimed: dict[str, str] = {}
        self.lock = threading.Lock()

    def get(self, url: str, validators: dict[str, str] | None = None) -> Response:
        if self.cancel is not None and self.cancel.is_set():
            raise FetchError("cancelled", "the run was stopped")
        return http_get(url, self.limits, self.gate, validators=validators, allowed=self.robots.check)

    def _map(self, phase: str, func, items: list) -> list:
        out, done = [None] * len(items), 0
        if self.progress:
            self.progress(phase, 0, len(items))
        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            futures = {pool.submit(func, item): i for i, item in enumerate(items)}
            for fut in as_completed(futures):
                out[futures[fut]] = fut.result()
                done += 1
                if self.progress:
                    self.progress(phase, done, len(items))
        return out

    # ------------------------------------------------------------------ feeds
    def feed(self, url: str, response: Response | None = None) -> tuple[FetchResult, list[Job]]:
        """Fetch (or take) one feed and list its entries as page jobs."""
        try:
            resp = response or self.get(url, self.state.validators(url))
        except FetchError as exc:
            return FetchResult(url=url, kind="feed", status="failed", reason=exc.reason, detail=exc.detail,
                               http_status=exc.http_status), []
        with self.state.lock:
            known = self.state.state.feeds.get(url)
        if resp.not_modified and known is None:  # validators without the entries (an old state): ask again
            try:
                resp = self.get(url)
            except FetchError as exc:
                return FetchResult(url=url, kind="feed", status="failed", reason=exc.reason, detail=exc.detail,
                                   http_status=exc.http_status), []
        if resp.not_modified and known is not None:
            result = FetchResult(url=url, kind="feed", status="unchanged", http_status=304, entries=len(known.entries))
            return result, [self._job(e, url, known.title) for e in known.entries]
        parsed = parse_feed_bytes(resp.body, resp.headers)
        problem = feed_problem(parsed, resp.body) if not resp.not_modified \
            else Unusable("bad response", "304 to an unconditional request")
        note = lenient_note(parsed) if problem is None else None
        if note and not any(e.get("link") for e in parsed.entries):
            problem = Unusable("malformed feed", note)
        if problem is not None:
            return FetchResult(url=url, kind="feed", status="failed", reason=problem.reason, detail=problem.detail,
                               http_status=resp.status), []
        title = " ".join((parsed.feed.get("title") or "").split()) or None
        entries = []
        for entry in parsed.entries[: self.max_entries]:
            meta = entry_meta(entry, title)
            if meta["url"]:
                entries.append(EntryRef(link=urljoin(resp.url, meta["url"]), title=meta["title"] or None, author=meta["author"],
                                        date=meta["date"].isoformat() if meta["date"] else None))
        with self.state.lock:
            self.state.state.feeds[url] = FeedState(title=title, entries=entries)
        self.state.remember(url, resp.headers)
        result = FetchResult(url=url, kind="feed", status="feed", http_status=resp.status, entries=len(entries))
        missing = len(parsed.entries[: self.max_entries]) - len(entries)
        result.detail = "; ".join(x for x in (note, f"{missing} entries without a link" if missing else "") if x)
        return result, [self._job(e, url, title) for e in entries]

    @staticmethod
    def _job(entry: EntryRef, feed: str | None, feed_title: str | None) -> Job:
        return Job(entry.link, canonical_url(entry.link), entry, feed, feed_title)

    # ------------------------------------------------------------------ pages
    def page(self, job: Job) -> FetchResult:
        """Fetch one page (conditionally when it is stored) and save it, unless it is a duplicate."""
        with self.state.lock:
            rel = self.state.state.pages.get(job.canonical) or page_rel(job.canonical)
        stored = (self.corpus / rel).is_file()
        base = dict(url=job.url, kind="page", feed=job.feed)
        try:
            resp = job.response or self.get(job.url, self.state.validators(job.url) if stored else None)
        except FetchError as exc:
            return FetchResult(**base, status="failed", reason=exc.reason, detail=exc.detail,
                               http_status=exc.http_status)
        if resp.not_modified:
            return FetchResult(**base, status="unchanged", http_status=304, path=rel)
        kind = resp.content_type
        head = resp.body[:1024].lstrip().lower()
        if kind not in HTML_TYPES and not (not kind and head.startswith((b"<!doctype html", b"<html"))):
            return FetchResult(**base, status="failed", reason="not HTML", http_status=resp.status,
                               detail=f"content type {kind or 'missing'!r}")
        if b"\x00" in resp.body[:8192]:
            return FetchResult(**base, status="failed", reason="binary", http_status=resp.status,
                               detail="NUL bytes in an HTML answer")
        html = decode_page(resp.body, resp.charset)
        names = {job.canonical, canonical_url(resp.url)}
        declared = page_canonical(html, resp.url)
        if declared:
            names.add(declared)
        with self.lock, self.state.lock:
            owners = [self.claimed.get(n) or self.state.state.pages.get(n) for n in sorted(names)]
            other = next((o for o in owners if o not in (None, rel)), None)
            if other is None:
                for n in names:
                    self.claimed[n] = rel
        if other is not None:
            return FetchResult(**base, status="duplicate", http_status=resp.status, path=other,
                               detail="the same article is stored from another URL")
        meta = {"url": declared or job.canonical, "feed": job.feed, "fetched": dt.datetime.now(dt.timezone.utc)
                .isoformat(timespec="seconds"), "title": job.entry.title, "date": job.entry.date,
                "author": job.entry.author, "feed_title": job.feed_title}
        meta = {k: v for k, v in meta.items() if v is not None}
        try:
            status = save_page(self.corpus, rel, html, meta)
        except OSError as exc:
            return FetchResult(**base, status="failed", reason="cannot save", detail=str(exc.strerror or exc))
        with self.state.lock:
            for n in names:
                self.state.state.pages[n] = rel
        self.state.remember(job.url, resp.headers)
        return FetchResult(**base, status=status, http_status=resp.status, path=rel)

    def pages(self, jobs: list[Job]) -> None:
        unique: dict[str, Job] = {}
        for job in jobs:
            first = unique.get(job.canonical)
            if first is None:
                unique[job.canonical] = job
            else:
                self.results.append(FetchResult(url=job.url, kind="page", status="duplicate", feed=job.feed,
                                                detail=f"also listed in {first.feed or 'the URLs given'}"))
        self.results.extend(self._map("pages", self.page, interleave(list(unique.values()))))

    def summary(self, started: float) -> FetchSummary:
        try:
            self.state.save()
        except OSError as exc:
            raise BriefingError(f"cannot save the fetch state {self.state.path}: {exc.strerror or exc}") from None
        out = FetchSummary(corpus=str(self.corpus), results=self.results, seconds=round(time.perf_counter() - started, 3),
                           warnings=[self.state.warning] if self.state.warning else [])
        for r in self.results:
            if r.status == "failed":
                out.failed += 1
            elif r.kind == "feed":
                out.feeds += 1
            else:
                setattr(out, r.status, getattr(out, r.status) + 1)
        return out


def interleave(jobs: list[Job]) -> list[Job]:
    """Jobs taken round-robin by host, so the workers are not all queued on one host's limit."""
    by_host: dict[str, list[Job]] = {}
    for job in jobs:
        by_host.setdefault(urlsplit(job.canonical).netloc, []).append(job)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


def fetch_corpus(corpus: Path, limits: Limits | None = None, *, progress: Progress | None = None,
                 max_entries: int = 100, workers: int = 8, cancel: Cancel | None = None) -> FetchSummary:
    """Download the feeds of ``CORPUS/feeds.opml`` and the pages they link to into ``CORPUS/web/``."""
    started = time.perf_counter()
    opml = corpus / OPML_NAME
    if not opml.is_file():
        raise BriefingError(f"no {OPML_NAME} in {corpus}: add a feed with 'briefing add URL'")
    run = Run(corpus, limits or Limits(), max_entries, workers, progress, cancel)
    feeds = read_opml(opml)
    jobs: list[Job] = []
    for result, found in run._map("feeds", run.feed, [f.url for f in feeds]):
        run.results.append(result)
        jobs.extend(found)
    run.pages(jobs)
    return run.summary(started)


def _looks_like_feed(resp: Response) -> bool:
    """A feed by its type or root element; an HTML answer only if it parses as a feed with entries."""
    head = resp.body[:2048].lstrip().lower()
    if resp.content_type in HTML_TYPES:
        parsed = parse_feed_bytes(resp.body, resp.headers)
        return bool(parsed.get("version")) and bool(parsed.entries)
    return resp.content_type in FEED_TYPES or head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def add_urls(corpus: Path, urls: list[str], limits: Limits | None = None, *, progress: Progress | None = None,
             max_entries: int = 100, workers: int = 8, cancel: Cancel | None = None) -> FetchSummary:
    """Add each URL: a feed is appended to ``feeds.opml`` and its pages fetched; a web page is saved."""
    started = time.perf_counter()
    run = Run(corpus, limits or Limits(), max_entries, workers, progress, cancel)
    jobs: list[Job] = []

    def first(url: str) -> tuple[str, Response | FetchError]:
        try:
            return url, run.get(url)
        except FetchError as exc:
            return url, exc

    for url, resp in run._map("feeds", first, list(dict.fromkeys(u.strip() for u in urls if u.strip()))):
        if isinstance(resp, FetchError):
            run.results.append(FetchResult(url=url, kind="page", status="failed", reason=resp.reason,
                                           detail=resp.detail, http_status=resp.http_status))
        elif _looks_like_feed(resp):
            result, found = run.feed(url, resp)
            run.results.append(result)
            if result.status != "failed":
                with run.state.lock:
                    title = run.state.state.feeds[url].title or ""
                add_to_opml(corpus / OPML_NAME, url, title)
                jobs.extend(found)
        else:
            jobs.append(Job(url, canonical_url(url), EntryRef(link=url), response=resp))
    run.pages(jobs)
    return run.summary(started)
