"""``python -m briefing.tui [args]``: the ``briefing`` command (with no command, it opens the app)."""

import sys

from briefing.index.cli import main

if __name__ == "__main__":  # importing the module (a documentation tool, a test) opens nothing
    sys.exit(main())
