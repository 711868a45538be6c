"""The allowed imports between Resonanz's packages (the picture in docs/architecture.md), read
from the source with `ast`, lazy imports inside functions included (imports for type
annotations only, under `TYPE_CHECKING`, do not count). A package may import only
the packages its row names; the graph has no cycles. Contract modules (`<package>/base.py`) are
units of their own, so that `plugins` may know every plugin kind's contract without depending on
the package that runs it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# unit → the units it may import. Read bottom-up: the domain never imports web or cli.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "model": {"errors"},
    "settings": {"errors"},
    "access": {"errors", "model"},
    "plugin_settings": {"errors"},
    "hookspecs": set(),
    "query": {"errors", "model"},
    "nlp": {"errors", "model"},
    "sources.base": {"errors", "model", "plugin_settings"},
    "sources": {"errors", "model", "plugin_settings", "hookspecs", "sources.base"},
    "detect.base": {"errors", "model"},
    "channels.base": {"errors", "model", "plugin_settings"},
    "reports.base": {"errors", "model"},
    "detect": {"errors", "model", "detect.base"},
    "channels": {"errors", "model", "plugin_settings", "channels.base"},
    "reports": {"errors", "model", "reports.base"},
    "store": {"errors", "model", "access"},
    "jobs.base": {"errors", "model", "store"},
    "plugins": {
        "errors",
        "hookspecs",
        "sources.base",
        "jobs.base",
        "detect.base",
        "channels.base",
        "reports.base",
    },
    "pipeline": {"errors", "model", "nlp", "plugins", "query", "sources.base", "store"},
    "jobs": {
        "errors",
        "model",
        "settings",
        "hookspecs",
        "plugins",
        "pipeline",
        "sources.base",
        "store",
        "jobs.base",
    },
    "backfill": {"errors", "model", "hookspecs", "jobs", "jobs.base", "pipeline", "query", "store"},
    "actions": {
        "errors",
        "model",
        "access",
        "backfill",
        "jobs",
        "jobs.base",
        "pipeline",
        "query",
        "store",
    },
    "analytics": {"errors", "model", "store"},
    "charts": {"analytics", "model"},
}
FACES = {"web", "cli", "__main__"}  # may import the whole domain; web never imports cli


def unit(module: str) -> str:
    parts = module.split(".")[1:]
    if not parts:
        return "resonanz"
    if len(parts) > 1 and parts[1] == "base":
        return f"{parts[0]}.base"
    return parts[0]


def imports() -> Iterator[tuple[str, str, str]]:
    """(importing unit, imported unit, file) for every `resonanz.…` import."""
    for path in sorted((SRC / "resonanz").rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        module = ".".join(p for p in rel.parts if p != "__init__")
        source = unit(module)
        tree = ast.parse(path.read_text())
        type_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in type_only:  # annotations only: no import at run time
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
                if node.module == "resonanz":
                    names = [f"resonanz.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("resonanz.") and name != "resonanz.__version__":
                    target = unit(name)
                    if target not in (source, "__version__"):
                        yield source, target, str(rel)


def test_every_package_has_a_row_and_imports_only_what_it_may() -> None:
    wrong = []
    for source, target, file in imports():
        if source in FACES or source == "resonanz":
            if source == "web" and target == "cli":
                wrong.append(f"{file}: web must not import cli")
            continue
        assert source in ALLOWED, f"{source} ({file}) has no row in ALLOWED: add one"
        if target in FACES:
            wrong.append(f"{file}: the domain must not import {target}")
        elif target not in ALLOWED[source]:
            wrong.append(f"{file}: {source} may not import {target}")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_allowed_imports_have_no_cycle() -> None:
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, "cycle: " + " → ".join((*path, node))
        if node in done:
            return
        for nxt in ALLOWED.get(node, set()):
            visit(nxt, (*path, node))
        done.add(node)

    for name in ALLOWED:
        visit(name, ())
