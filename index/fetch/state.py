"""What ``briefing fetch`` remembers between runs, in ``CORPUS/.briefing-fetch.json`` (written atomically):
HTTP validators per URL, the saved page of each canonical URL, and the entries each feed listed."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Optional

from pydantic import Field, ValidationError

from ..atomic import atomic_write_text
from ..models import SCHEMA_VERSION, Record

STATE_NAME = ".briefing-fetch.json"


class Validators(Record):
    """An answer's ``ETag`` and ``Last-Modified``, sent back as ``If-None-Match``/``If-Modified-Since``."""

    etag: Optional[str] = None
    last_modified: Optional[str] = None


class EntryRef(Record):
    """What a feed said about one of its entries (kept so a 304 feed still has its pages re-checked)."""

    link: str
    title: Optional[str] = None
    date: Optional[str] = None
    author: Optional[str] = None


class FeedState(Record):
    title: Optional[str] = None
    entries: list[EntryRef] = Field(default_factory=list)


class FetchState(Record):
    """The fetch state of one corpus."""

    schema_version: int = SCHEMA_VERSION
    validators: dict[str, Validators] = Field(default_factory=dict)
    pages: dict[str, str] = Field(default_factory=dict, description="canonical URL -> page path in the corpus")
    feeds: dict[str, FeedState] = Field(default_factory=dict)


class StateFile:
    """The state of a corpus, shared by the download threads (every change under one lock)."""

    def __init__(self, corpus: Path) -> None:
        self.path = corpus / STATE_NAME
        self.lock = threading.Lock()
        self.warning: str | None = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.state = FetchState()
            return
        except OSError as exc:
            raw, self.warning = "", f"cannot read {self.path.name} ({exc.strerror or exc}): fetching everything again"
        try:
            self.state = FetchState.model_validate(json.loads(raw)) if raw else FetchState()
        except (ValueError, ValidationError) as exc:
            self.state = FetchState()
            self.warning = f"{self.path.name} is damaged ({str(exc).splitlines()[0][:80]}): fetching everything again"

    def validators(self, url: str) -> dict[str, str]:
        with self.lock:
            v = self.state.validators.get(url)
            return {k: x for k, x in (v.model_dump() if v else {}).items() if x}

    def remember(self, url: str, headers: dict[str, str]) -> None:
        """Keep the validators of a 200 answer (or forget them when it has none)."""
        v = Validators(etag=headers.get("etag"), last_modified=headers.get("last-modified"))
        with self.lock:
            if v.etag or v.last_modified:
                self.state.validators[url] = v
            else:
                self.state.validators.pop(url, None)

    def save(self) -> None:
        with self.lock:
            text = self.state.model_dump_json(indent=1)
        atomic_write_text(self.path, text + "\n")
