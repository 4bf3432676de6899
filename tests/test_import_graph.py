"""The house's layers, checked on every import in the source (module level and inside functions).

    gui, cli, commands  →  services  →  letters, sync, tabular, store  →  domain  →  resources

Arrows only point down; Qt (PySide6) only in gui/; peewee only in store/, sync/ and services/.
The README's contributor section draws the same house.
"""

from __future__ import annotations

import ast
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1] / "desktop"

TOP = {"gui", "cli", "commands", "__main__", "selftest", "logfile"}  # faces of the program (and their log); may use one another
# what each part of desktop/ may import from desktop/ (besides itself and desktop/__init__'s version)
MAY_IMPORT = {
    **{face: {"services", "letters", "sync", "tabular", "store", "domain", "resources"} | TOP for face in TOP},
    "services": {"letters", "sync", "tabular", "store", "domain", "resources"},
    "sync": {"store", "domain", "resources"},  # the package format and merge read and write records
    "letters": {"domain", "resources"},  # letters take plain data
    "tabular": {"domain", "resources"},
    "store": {"domain", "resources"},
    "domain": {"resources"},
    "resources": set(),
}
# third-party packages that only some parts may import
ONLY_IN = {"PySide6": {"gui"}, "shiboken6": {"gui"}, "peewee": {"store", "sync", "services"},
           "playhouse": {"store", "sync", "services"}}

# Known violations, each named with the work that removes it. The coordinator deletes an entry when
# that work lands; a stale entry fails test_known_violations_are_still_there.
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()  # none: every arrow points down


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module `path` imports: import statements anywhere, and import_module("…") with a literal."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module" \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
    return found


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _edges():
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        for target in _imports(path):
            yield module, target


def _violations():
    found = set()
    for module, target in _edges():
        part = _part(module)
        top = target.split(".")[0]
        if top == "desktop":
            target_part = _part(target)
            # desktop itself (its __version__) or a name imported from it is no layer
            if target_part in ("", part) or target_part not in MAY_IMPORT and target_part not in TOP:
                continue
            if target_part not in MAY_IMPORT[part]:
                found.add((module, f"desktop.{target_part}"))
        elif top in ONLY_IN and part not in ONLY_IN[top]:
            found.add((module, top))
    return found


def test_the_graph_sees_function_level_and_relative_imports():
    imports = _imports(ROOT / "gui" / "help.py")
    assert "desktop.store.db" in imports  # imported inside a function there
    assert _part("desktop.gui.pages.common") == "gui" and _part("desktop.cli") == "cli"
    assert set(MAY_IMPORT) >= {_part(m) for m, _ in _edges()} - {""}  # every part has its rule


def test_arrows_only_point_down():
    wrong = sorted(_violations() - KNOWN_VIOLATIONS)
    assert not wrong, "\n".join(f"{m} imports {t}" for m, t in wrong)


def test_known_violations_are_still_there():
    """An allowed violation that is gone must leave the list too."""
    gone = sorted(KNOWN_VIOLATIONS - _violations())
    assert not gone, f"{gone} no longer happen: delete them from KNOWN_VIOLATIONS"


def test_a_wrong_arrow_is_caught(tmp_path, monkeypatch):
    """The check itself: an upward import hidden in a function, Qt in services, peewee in gui."""
    sources = {
        ROOT / "store" / "_probe_up.py": "def f():\n    from desktop.services import persons\n",
        ROOT / "services" / "_probe_qt.py": "from PySide6.QtCore import QObject\n",
        ROOT / "gui" / "_probe_sql.py": "import peewee\n",
    }
    real = Path.read_text
    monkeypatch.setattr(Path, "rglob", lambda self, pattern: iter(sorted(sources)))
    monkeypatch.setattr(Path, "read_text", lambda self, **kw: sources[self] if self in sources else real(self, **kw))
    assert _violations() == {("desktop.store._probe_up", "desktop.services"),
                             ("desktop.services._probe_qt", "PySide6"), ("desktop.gui._probe_sql", "peewee")}
