"""``briefing open [CORPUS]`` (and ``briefing`` with no command): the app."""

from __future__ import annotations

from .common import add_command


def register(sub) -> None:
    p = add_command(sub, "open", "open the Briefing app on a corpus", run)
    p.add_argument("corpus_arg", nargs="?", metavar="CORPUS", help="corpus folder (default: the bundled seeds)")


def run(args) -> int:
    corpus = getattr(args, "corpus_arg", None) or getattr(args, "corpus", None)
    try:
        from briefing.tui.main import run_app
    except ImportError:
        from .common import warn

        warn("the app is not built yet; try 'briefing search QUERY' or 'briefing --help'")
        return 1
    return run_app(corpus=corpus, index_dir=getattr(args, "index_dir", None))
