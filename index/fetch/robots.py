"""robots.txt, read once per host and run (RFC 9309): rules for 'Briefing' or '*' are obeyed."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .http import FetchError, HostGate, Limits, http_get

ROBOTS_MAX_BYTES = 512 * 1024
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt."""


class Robots:
    """``check(url)`` raises :class:`FetchError` ('robots.txt') for a URL the site's robots.txt disallows.

    A missing robots.txt (any 4xx) allows everything; one that cannot be read (5xx, timeout,
    network error) disallows the host for this run, as RFC 9309 asks.
    """

    def __init__(self, limits: Limits, gate: HostGate) -> None:
        self.limits, self.gate = limits, gate
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Lock, list]] = {}

    def _rules(self, origin: str) -> RobotFileParser | FetchError | None:
        with self._lock:
            lock, slot = self._hosts.setdefault(origin, (threading.Lock(), []))
        with lock:
            if not slot:
                slot.append(self._load(origin))
            return slot[0]

    def _load(self, origin: str) -> RobotFileParser | FetchError | None:
        limits = Limits(timeout=self.limits.timeout, max_bytes=ROBOTS_MAX_BYTES, max_redirects=self.limits.max_redirects,
                        per_host=self.limits.per_host, delay=self.limits.delay, user_agent=self.limits.user_agent)
        try:
            resp = http_get(origin + "/robots.txt", limits, self.gate)
        except FetchError as exc:
            if exc.http_status is not None and 400 <= exc.http_status < 500:
                return None
            return FetchError("robots.txt unreachable", f"{exc.reason}: {exc.detail}" if exc.detail else exc.reason)
        parser = RobotFileParser()
        parser.parse(resp.body.decode("utf-8", "replace").splitlines())
        return parser

    def check(self, url: str) -> None:
        """Pass, or raise :class:`FetchError` if robots.txt disallows ``url`` (or could not be read)."""
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return
        rules = self._rules(f"{parts.scheme.lower()}://{parts.netloc.lower()}")
        if isinstance(rules, FetchError):
            raise rules
        if rules is not None and not rules.can_fetch(self.limits.user_agent, url):
            raise FetchError("robots.txt", f"{parts.netloc} disallows {parts.path or '/'} for Briefing")
