"""Every hook a claimlint plugin may implement. Built-in rules use the same hooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from claimlint.rule import Rule

PROJECT = "claimlint"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def claimlint_rules() -> list[type[Rule]]:  # type: ignore[empty-body]
    """Return the rule classes this plugin provides (collected from every plugin).

    Each rule has a unique code (``CLnnn`` for built-ins; plugins use their own prefix such as
    ``EX001``), a slug named after the problem, and documentation in its docstring.
    """
