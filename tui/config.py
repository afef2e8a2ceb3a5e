"""The app's settings (user-edited) and state (remembered between runs), as pydantic models.

Both live under ``briefing.index.config.data_dir() / "app"``: ``config.json`` holds keymap overrides
by binding id (``{"keymap": {"briefing.quit": "q,ctrl+q"}}``) and the theme; ``state.json`` is
written by the app (last corpus, query, article, theme, pane size).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefing.index.config import data_dir
from briefing.index.sanitize import one_line

CONFIG_VERSION = 1


class AppConfig(BaseModel):
    """User settings: key remaps (binding id -> comma-separated keys) and the default theme."""

    model_config = ConfigDict(extra="ignore", defer_build=True)
    schema_version: int = CONFIG_VERSION
    keymap: dict[str, str] = Field(default_factory=dict)
    theme: Optional[str] = None
    debounce_ms: int = Field(default=0, ge=0, le=2000)
    show_timing: bool = Field(default=True, description="search time in the status line (off for snapshots)")
    fetch_timeout: float = Field(default=10.0, gt=0, le=120, description="seconds per connect/read when fetching")
    fetch_delay: float = Field(default=0.5, ge=0, le=60, description="seconds between requests to one host")
    mark_read_on_open: bool = Field(default=True, description="an article opened in the reader is marked read")


class AppState(BaseModel):
    """Where the user was: restored on the next start."""

    model_config = ConfigDict(extra="ignore", defer_build=True)
    schema_version: int = CONFIG_VERSION
    corpus: Optional[str] = None
    query: str = ""
    article_id: Optional[str] = None
    speaker: Optional[str] = Field(default=None, description="the quote pane's speaker filter")
    theme: Optional[str] = None
    sidebar_width: Optional[int] = Field(default=None, ge=24, le=160, description="None: the stylesheet's default")

    @field_validator("speaker", mode="before")
    @classmethod
    def _one_speaker_name(cls, value):
        """A name on one line; blank (which would filter nothing) is no filter."""
        return (one_line(value) or None) if isinstance(value, str) else value


def app_dir() -> Path:
    """Folder of the app's settings and state."""
    return data_dir() / "app"


def _load(path: Path, model):
    """The file's model; a damaged file never stops the app (it is rewritten on save).

    A value of the wrong type or out of range (a hand edit, a file of another version) falls back
    to its default alone: the other settings stay.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return model()
    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        bad = {err["loc"][0] for err in exc.errors() if err.get("loc")}
    except ValueError:
        return model()
    try:
        data = json.loads(text)
    except ValueError:
        return model()
    if not isinstance(data, dict):
        return model()
    try:
        return model.model_validate({k: v for k, v in data.items() if k not in bad})
    except (ValidationError, ValueError):
        return model()


def load_config(path: Path | None = None) -> AppConfig:
    """The user's settings (defaults when the file is missing or invalid)."""
    return _load(path or app_dir() / "config.json", AppConfig)


def load_state(path: Path | None = None) -> AppState:
    """The remembered state (defaults when missing or invalid)."""
    return _load(path or app_dir() / "state.json", AppState)


def save_state(state: AppState, path: Path | None = None) -> None:
    """Write the state atomically; failures (read-only home) are ignored."""
    path = path or app_dir() / "state.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state.model_dump(mode="json"), indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
