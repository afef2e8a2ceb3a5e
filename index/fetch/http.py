"""A bounded, polite HTTP GET: http(s) only, timeouts, a size limit, redirects up to a limit,
conditional requests, at most N requests at a time per host with a delay between them.

Built on ``http.client`` so every request goes straight to the host the user named (no proxy
guessing, no other scheme, no automatic redirect to ``file:`` or ``ftp:``).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

REDIRECTS = (301, 302, 303, 307, 308)


def user_agent() -> str:
    """The User-Agent sent with every request (the token 'Briefing' is what robots.txt rules match)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("briefing")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        ver = "0"
    return f"Briefing/{ver} (news briefing reader; fetches the feeds and pages its user follows)"


class FetchError(Exception):
    """A URL that could not be fetched: ``reason`` is short ('timeout', 'http 404'), ``detail`` says more."""

    def __init__(self, reason: str, detail: str = "", http_status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail, self.http_status = reason, detail, http_status


@dataclass
class Response:
    """A final (non-redirect) answer: 2xx with a body, or 304 Not Modified (``body`` empty)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"').lower()
        return None


@dataclass
class Limits:
    """How far the downloader goes: seconds per connect/read, bytes per body, redirects, per-host pace."""

    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 2
    delay: float = 0.5
    user_agent: str = field(default_factory=user_agent)


class HostGate:
    """At most ``per_host`` requests in flight to one host, and ``delay`` seconds between their starts."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.per_host, self.delay = max(1, per_host), max(0.0, delay)
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Semaphore, list[float]]] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            sem, last = self._hosts.setdefault(host, (threading.Semaphore(self.per_host), [0.0]))
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, last[0] + self.delay)
                last[0] = start
            if start > now:
                time.sleep(start - now)
            yield


def check_url(url: str) -> tuple[str, str, int, str]:
    """``(scheme, host, port, path?query)`` of an http(s) URL, else :class:`FetchError` ('not http(s)')."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError("bad URL", str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("not http(s)", f"scheme {scheme or 'missing'!r}: only http and https are fetched")
    if not parts.hostname:
        raise FetchError("bad URL", "no host")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), path


def _read_body(resp: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    """The body, decompressed (gzip/deflate), at most ``limit`` bytes before and after decompression."""
    length = resp.getheader("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchError("too large", f"{int(length):,} bytes > limit {limit:,}")
    encoding = (resp.getheader("content-encoding") or "").strip().lower()
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS) \
        if encoding in ("gzip", "x-gzip", "deflate") else None
    raw, out = 0, bytearray()
    while True:
        if time.monotonic() > deadline:
            raise FetchError("timeout", "the body took too long to arrive")
        chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        if not chunk:
            break
        raw += len(chunk)
        if raw > limit:
            raise FetchError("too large", f"more than {limit:,} bytes")
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, limit + 1 - len(out))
            except zlib.error as exc:
                raise FetchError("bad response", f"broken {encoding} body: {exc}") from None
        out += chunk
        if len(out) > limit:
            raise FetchError("too large", f"more than {limit:,} bytes (decompressed)")
    return bytes(out)


def _once(url: str, headers: dict[str, str], limits: Limits) -> tuple[int, dict[str, str], bytes]:
    scheme, host, port, path = check_url(url)
    cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    kwargs = {"context": ssl.create_default_context()} if scheme == "https" else {}
    conn = cls(host, port, timeout=limits.timeout, **kwargs)
    deadline = time.monotonic() + limits.timeout * 3
    try:
        conn.request("GET", path, headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate",
                                           "Connection": "close", **headers})
        resp = conn.getresponse()
        head = {k.lower(): v for k, v in resp.getheaders()}
        body = b"" if resp.status in REDIRECTS or resp.status == 304 or resp.status >= 400 \
            else _read_body(resp, limits.max_bytes, deadline)
        return resp.status, head, body
    except (socket.timeout, TimeoutError):
        raise FetchError("timeout", f"no answer within {limits.timeout:g} s") from None
    except ssl.SSLError as exc:
        raise FetchError("TLS error", str(exc)[:160]) from None
    except socket.gaierror as exc:
        raise FetchError("host not found", str(exc.strerror or exc)) from None
    except ConnectionRefusedError:
        raise FetchError("connection refused", f"{host}:{port}") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise FetchError("bad response", f"{type(exc).__name__}: {exc}"[:160]) from None
    except OSError as exc:
        raise FetchError("network error", str(exc.strerror or exc)[:160]) from None
    finally:
        conn.close()


def http_get(url: str, limits: Limits, gate: HostGate, *, validators: dict[str, str] | None = None,
             allowed: Callable[[str], None] | None = None) -> Response:
    """GET ``url`` following redirects (each hop checked: http(s), ``allowed`` e.g. robots.txt).

    ``validators`` (``etag``, ``last_modified``) make the request conditional. Raises
    :class:`FetchError` for any failure: HTTP errors, timeouts, too large, redirect loops.
    """
    seen: list[str] = []
    for _ in range(limits.max_redirects + 1):
        check_url(url)
        if allowed is not None:
            allowed(url)
        headers = {}
        if validators and not seen:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        with gate.slot(urlsplit(url).netloc.lower()):
            status, head, body = _once(url, headers, limits)
        if status in REDIRECTS:
            location = head.get("location", "").strip()
            if not location:
                raise FetchError("bad redirect", f"http {status} without a Location", status)
            seen.append(url)
            url = urljoin(url, location)
            if url in seen:
                raise FetchError("redirect loop", f"{seen[0]} leads back to {url}", status)
            continue
        if status >= 400 or (status >= 300 and status != 304) or status < 200:
            raise FetchError(f"http {status}", http.client.responses.get(status, ""), status)
        return Response(url, status, head, body)
    raise FetchError("too many redirects", f"more than {limits.max_redirects} from {seen[0] if seen else url}")
