"""Shared CLI helpers: common options, safe printing of untrusted text, JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..sanitize import display_text


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--corpus`` and ``--index-dir``, accepted before or after the command."""
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        default=default,
        help="corpus folder (default: $BRIEFING_CORPUS, else the bundled seeds)",
    )
    parser.add_argument(
        "--index-dir",
        metavar="DIR",
        default=default,
        help="index folder (default: $BRIEFING_INDEX_DIR, else one per corpus in the user data dir)",
    )


def add_command(sub: Any, name: str, help: str, run: Any, description: str | None = None) -> argparse.ArgumentParser:
    """Add a subcommand with the common options and its ``run`` function."""
    p = sub.add_parser(name, help=help, description=description or help)
    add_common_options(p)
    p.set_defaults(func=run)
    return p


def error(message: str) -> None:
    """Print an error message (sanitised) on stderr."""
    sys.stderr.write(f"briefing: error: {display_text(message, multiline=False)}\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    """Print a warning (sanitised) on stderr."""
    sys.stderr.write(f"briefing: {display_text(message, multiline=False)}\n")
    sys.stderr.flush()


def print_json_line(obj: Any) -> None:
    """Print one JSON object on its own line (pydantic models are dumped in JSON mode)."""
    if hasattr(obj, "model_dump"):
        obj = obj.model_dump(mode="json")
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def stdout_console():
    """A Rich console for stdout (imported lazily: Rich costs start-up time)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def stderr_console():
    """A Rich console for stderr (progress bars, summaries of problems)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def corpus_arg(args) -> str | None:
    """The corpus named on the command line (positional CORPUS wins over --corpus)."""
    return getattr(args, "corpus_arg", None) or getattr(args, "corpus", None)


def library_from_args(args, *, auto_index: bool = True):
    """Open the library for the command's corpus, indexing it first (with progress) if needed."""
    from ..library import open_library

    lib = open_library(corpus_arg(args), getattr(args, "index_dir", None), auto_index=False)
    stale = lib.stale_reason() if lib.is_indexed() else None
    if auto_index and (not lib.is_indexed() or stale):
        warn(f"rebuilding the index of {lib.corpus}: {stale} …" if stale else f"indexing {lib.corpus} (first use) …")
        with progress_reporter() as progress:
            summary = lib.update(progress=progress)
        skipped = sum(not s.kept for s in summary.skipped)
        if skipped:
            warn(f"{skipped} file(s) skipped; run 'briefing index' for details")
        if len(summary.skipped) > skipped:
            warn(f"{len(summary.skipped) - skipped} file(s) read in part; run 'briefing index' for details")
        warn_fallbacks(summary)
    else:
        warn_fallbacks(None)  # (reading an index: the posting blocks' codec still matters)
    return lib


def warn_fallbacks(summary) -> None:
    """On stderr: the HTML reader's fallback during the indexing ``summary`` (if any), and stdlib zlib
    standing in for zlib-ng (phrase searches and indexing are slower), once per command."""
    from ..documents import quote_failure_notice
    from ..engine.compression import fallback_notice as codec_notice
    from ..ingest import charset_notice, fallback_notice

    notice = fallback_notice(summary.html_fallback, summary.html_extractor_error) if summary is not None else None
    charsets = charset_notice(summary.charset_guessed) if summary is not None else None
    failed = quote_failure_notice(summary.quote_failed) if summary is not None else None
    for line in (notice, charsets, failed, codec_notice()):
        if line:
            warn(line)


def progress_reporter():
    """A context manager yielding a ``progress(phase, done, total)`` callback (a Rich bar on a tty)."""
    from contextlib import contextmanager, nullcontext

    if not sys.stderr.isatty():
        return nullcontext()

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    @contextmanager
    def bar():
        with Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=stderr_console(), transient=True) as p:
            tasks: dict[str, int] = {}

            def progress(phase: str, done: int, total: int) -> None:
                if phase not in tasks:
                    tasks[phase] = p.add_task(phase, total=total)
                p.update(tasks[phase], completed=done, total=total)

            yield progress

    return bar()
