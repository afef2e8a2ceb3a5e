"""``python -m briefing.tui [args]``: the ``briefing`` command (with no command, it opens the app)."""

import sys

from briefing.index.cli import main

sys.exit(main())
