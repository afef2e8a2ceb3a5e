"""Where things live: the corpus, its index and the user's data, with environment overrides.

``BRIEFING_CORPUS`` picks the corpus, ``BRIEFING_INDEX_DIR`` the index folder and
``BRIEFING_DATA_DIR`` the user's data root (annotations, app state). Without them the bundled
seeds are the corpus and data lives in the platform's user data dir.
"""

from __future__ import annotations

import hashlib
import os
import re
from importlib import resources
from pathlib import Path

from .errors import CorpusError

APP_NAME = "briefing"
ENV_CORPUS = "BRIEFING_CORPUS"
ENV_INDEX_DIR = "BRIEFING_INDEX_DIR"
ENV_DATA_DIR = "BRIEFING_DATA_DIR"
ENV_MAX_BYTES = "BRIEFING_MAX_BYTES"

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are skipped as 'too large' (override: ``--max-bytes`` or env)."""


def seeds_dir() -> Path:
    """The bundled seed corpus inside the installed package."""
    return Path(str(resources.files("briefing.seeds")))


def resolve_corpus(corpus: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: the argument, else ``$BRIEFING_CORPUS``, else the bundled seeds."""
    raw = corpus if corpus not in (None, "") else os.environ.get(ENV_CORPUS) or None
    path = Path(raw).expanduser() if raw is not None else seeds_dir()
    try:
        path = path.resolve()
    except (OSError, RuntimeError) as exc:
        raise CorpusError(f"cannot resolve corpus path {str(raw)!r}: {exc}") from None
    if not path.exists():
        raise CorpusError(f"corpus folder not found: {path}")
    if not path.is_dir():
        raise CorpusError(f"corpus is not a folder: {path}")
    if not os.access(path, os.R_OK | os.X_OK):
        raise CorpusError(f"corpus folder is not readable: {path}")
    return path


def recorded_corpus(index_dir: str | os.PathLike[str]) -> str | None:
    """The corpus folder the index in ``index_dir`` was built from (as its metadata records), or None."""
    from .engine.store import read_meta

    meta = read_meta(Path(index_dir).expanduser())
    return meta.corpus if meta is not None and meta.corpus else None


def held_corpus(index_dir: str | os.PathLike[str] | None = None) -> str | None:
    """The corpus the index folder named (argument or ``$BRIEFING_INDEX_DIR``) was built from, unless
    ``$BRIEFING_CORPUS`` names one; None without an index there."""
    raw = index_dir or os.environ.get(ENV_INDEX_DIR)
    return recorded_corpus(raw) if raw and not os.environ.get(ENV_CORPUS) else None


def resolve_corpus_and_index(corpus: str | os.PathLike[str] | None = None,
                             index_dir: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """``(corpus folder, index folder)``. With no corpus named (argument or ``$BRIEFING_CORPUS``), an index
    folder named (argument or ``$BRIEFING_INDEX_DIR``) that holds an index opens the corpus it was built
    from: the default seeds are never indexed into it over another corpus's index."""
    if corpus in (None, ""):
        recorded = held_corpus(index_dir)
        if recorded is not None:
            raw_index = index_dir or os.environ.get(ENV_INDEX_DIR)
            try:
                root = resolve_corpus(recorded)
            except CorpusError as exc:
                raise CorpusError(f"the index folder {raw_index} holds the index of {recorded}, which cannot be "
                                  f"opened ({exc}): name the corpus (--corpus DIR)") from None
            return root, index_dir_for(root, index_dir)
    root = resolve_corpus(corpus)
    return root, index_dir_for(root, index_dir)


def data_dir() -> Path:
    """The user's data root: ``$BRIEFING_DATA_DIR`` or the platform user data dir."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def corpus_key(corpus: Path) -> str:
    """A readable, collision-free folder name for a corpus: ``<name>-<hash of its path>``."""
    digest = hashlib.sha1(str(corpus).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", corpus.name)[:40] or "corpus"
    return f"{name}-{digest}"


def index_dir_for(corpus: Path, index_dir: str | os.PathLike[str] | None = None) -> Path:
    """The index folder: the argument, else ``$BRIEFING_INDEX_DIR``, else one per corpus under the data dir."""
    raw = index_dir or os.environ.get(ENV_INDEX_DIR)
    if raw:
        return Path(raw).expanduser().resolve()
    return data_dir() / "indexes" / corpus_key(corpus)


def corpus_data_dir(corpus: Path) -> Path:
    """Per-corpus user data (annotations): ``<data dir>/corpora/<corpus key>``."""
    return data_dir() / "corpora" / corpus_key(corpus)


def max_bytes(value: int | None = None) -> int:
    """The size limit for one file: the argument, else ``$BRIEFING_MAX_BYTES``, else 5 MiB."""
    if value:
        return value
    env = os.environ.get(ENV_MAX_BYTES, "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    return DEFAULT_MAX_BYTES
