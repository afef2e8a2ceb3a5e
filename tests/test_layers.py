"""How the core is layered: the engine knows nothing of the domain, and no modules import each other.

The import graph is read from the installed package's sources (every ``import`` and ``from``, at
module level or inside functions, since a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import briefing.index as core

ROOT = Path(core.__file__).parent
ENGINE_MAY_USE = {"briefing.index.models", "briefing.index.errors", "briefing.index.atomic"}
"""Plain records, error classes and atomic file writes: the only core modules the engine may use."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("briefing.index", *parts))


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _resolve(importer: str, is_pkg: bool, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        parts = importer.split(".")
        if not is_pkg:
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    return [f"{base}.{a.name}" for a in node.names] + [base]


def import_graph() -> dict[str, set[str]]:
    """Module -> the ``briefing.index`` modules it imports (packages and modules both count)."""
    files = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                targets = _resolve(name, _is_package(path), node)
            deps.update(t for t in targets if t in files and t != name)
        graph[name] = deps
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _without_package_inits(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package's ``__init__`` re-exporting its own modules is not a cycle between modules."""
    return {m: {d for d in deps if not (m.startswith(d + "."))} for m, deps in graph.items()}


def test_the_engine_imports_nothing_of_the_domain():
    graph = import_graph()
    engine = {m for m in graph if m == "briefing.index.engine" or m.startswith("briefing.index.engine.")}
    assert len(engine) >= 7, sorted(engine)
    bad = {m: sorted(d for d in graph[m] if d not in engine and d not in ENGINE_MAY_USE | {"briefing.index"})
           for m in engine}
    assert not {m: d for m, d in bad.items() if d}, bad


def test_the_core_has_no_import_cycles():
    assert _cycles(_without_package_inits(import_graph())) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_importing_the_engine_loads_no_domain_module():
    code = (
        "import sys, importlib, pkgutil, briefing.index.engine as e\n"
        "for m in pkgutil.iter_modules(e.__path__, 'briefing.index.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        "domain = ('quotes', 'compare', 'cli', 'library', 'annotations', 'export', 'ingest', 'indexer',"
        " 'search', 'bulk', 'documents')\n"
        "bad = sorted(n for n in sys.modules if any(n == 'briefing.index.' + d or"
        " n.startswith('briefing.index.' + d + '.') for d in domain))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
