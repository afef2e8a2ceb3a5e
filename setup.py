"""Map the repository folders onto the ``briefing`` namespace: index/ -> briefing.index, tui/ ->
briefing.tui, seeds/ -> briefing.seeds, with every sub-package found automatically."""

from pathlib import Path

from setuptools import setup

ROOTS = {"briefing.index": "index", "briefing.tui": "tui", "briefing.seeds": "seeds"}


def packages() -> list[str]:
    found = []
    for name, folder in ROOTS.items():
        for init in sorted(Path(folder).rglob("__init__.py")):
            rel = init.parent.relative_to(folder).parts
            if "__pycache__" not in rel:
                found.append(".".join((name, *rel)))
    return found


setup(packages=packages(), package_dir=ROOTS)
