"""Entry points: ``make_app`` (CLI, tests, screenshots) and ``run_app`` (the ``briefing`` command)."""

from __future__ import annotations

from pathlib import Path

from .config import AppConfig


def make_app(corpus: "str | Path | None" = None, index_dir: "str | Path | None" = None,
             config: AppConfig | None = None, *, restore: bool = True):
    """A ready-to-run Briefing app; ``restore=False`` ignores the remembered state (tests, screenshots)."""
    from .app import BriefingApp

    return BriefingApp(corpus=corpus, index_dir=index_dir, config=config, restore=restore)


def run_app(corpus: "str | Path | None" = None, index_dir: "str | Path | None" = None) -> int:
    """Run the app in the terminal; returns the exit code."""
    from briefing.index.config import resolve_corpus
    from briefing.index.errors import BriefingError

    if corpus is not None:
        try:
            resolve_corpus(corpus)  # a bad folder is a clear CLI error, not an app screen
        except BriefingError as exc:
            import sys

            print(f"briefing: {exc}", file=sys.stderr)
            return 1
    app = make_app(corpus=corpus, index_dir=index_dir)
    app.run()
    return app.return_code or 0
