"""Each module-level name of claimlint is bound once: a second definition of a pattern or a helper silently
replaces the first for every caller (two such in extract.py were caught only by their readings)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import claimlint

_SOURCES = sorted(Path(claimlint.__file__).parent.rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", _SOURCES, ids=lambda p: p.name)
def test_module_level_names_are_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_bound_names(tree)).items() if n > 1)
    assert not twice, f"{path.name} binds these names more than once: {', '.join(twice)}"


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("_A = 1\ndef f(): pass\n_A = 2\n")
    assert Counter(_bound_names(tree))["_A"] == 2
