"""The core never imports Textual; the package data (seeds) is installed."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import sysconfig


def test_core_imports_without_textual():
    code = (
        "import sys, pkgutil, importlib, briefing.index as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'briefing.index.'):\n"
        "    m.name.endswith('__main__') or importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n == 'textual' or n.startswith('textual.'))\n"
        "print(len(bad)); sys.exit(1 if bad else 0)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_no_generic_top_level_modules():
    import briefing.index
    import briefing.tui

    assert briefing.index.__name__ == "briefing.index"
    # what the install put in site-packages ('index'/'tui' are repo folders, importable from the repo
    # root when it is on sys.path, as under `python -m pytest`: never installed under those names)
    paths = sysconfig.get_paths()
    installed = {m.name for m in pkgutil.iter_modules(sorted({paths["purelib"], paths["platlib"]}))}
    assert not installed & {"index", "tui", "seeds"}


def test_seeds_ship_as_package_data(seeds_dir):
    files = sorted(p.name for p in seeds_dir.iterdir() if p.suffix in (".txt", ".json"))
    assert files == ["000_921a5942b13cbaba.meta.json", "000_921a5942b13cbaba.txt",
                     "001_2f5ca3a043d0fe3e.meta.json", "001_2f5ca3a043d0fe3e.txt"]
