"""The ``briefing`` command line: a thin front end over the core (``briefing.index``).

Each command lives in its own module with ``register(subparsers)``; heavy imports happen inside
the command's ``run`` so ``briefing --help`` and app start-up stay fast.
Exit codes: 0 ok, 1 runtime/user error (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import BriefingError
from .common import add_common_options, error

COMMAND_MODULES = [
    "open_cmd",
    "index_cmd",
    "fetch_cmd",
    "search_cmd",
    "show_cmd",
    "related_cmd",
    "quotes_cmd",
    "extract_cmd",
    "compare_cmd",
    "export_cmd",
    "annotate_cmd",
    "stories_cmd",
    "saved_cmd",
]


def version() -> str:
    """The installed package version."""
    try:
        from importlib.metadata import version as _v

        return _v("briefing")
    except Exception:  # pragma: no cover - not installed as a distribution
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with one subparser per command module."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Briefing: search a folder of news articles, compare outlets, see who said what, "
        "and export the quotes that matter. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {version()}")
    add_common_options(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from . import open_cmd

        func = open_cmd.run
    try:
        return int(func(args) or 0)
    except BriefingError as exc:
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = None  # type: ignore[assignment]
        except Exception:
            pass
        return 0
