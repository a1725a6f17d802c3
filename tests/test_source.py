"""The package's own source: a module that defines one name twice at its top level keeps only the second
definition, silently, wherever the first was meant (a helper added under a name already taken replaced
the exchange-rate check of the same name once, and a pattern the figure after a phrase once)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import claimlint

PACKAGE = Path(claimlint.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def defined_twice(source: str) -> list[str]:
    """The functions, classes and names that ``source`` defines more than once at its top level."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):  # (a pattern or table bound to a name: "_FIGURE_NEXT = ...")
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return sorted(name for name, n in names.items() if n > 1)


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_top_level_name_defined_twice(path):
    assert defined_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_defined_twice_is_found():
    source = "def _rate_base(q):\n    return q > 1\n\n\nclass A:\n    pass\n\n\ndef _rate_base(q, lex):\n    return lex\n"
    assert defined_twice(source) == ["_rate_base"]
    assert defined_twice("def f():\n    def g(): pass\n    def g(): pass\n") == []  # (nested: not the module's)
    assert defined_twice("_NEXT = 1\n_OTHER: int = 2\n_NEXT = 3\n") == ["_NEXT"]
