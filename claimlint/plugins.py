"""The plugin manager, built in one place: specs, then entry points, then the built-in rules."""

from __future__ import annotations

import importlib
from functools import cache

import pluggy

from claimlint import hookspecs
from claimlint.errors import ConfigError
from claimlint.rule import Rule

# The built-in rules are plugins like any other, imported by module name.
BUILTIN_PLUGINS = (
    "claimlint.rules.value_mismatch",
    "claimlint.rules.scale_word_mismatch",
    "claimlint.rules.currency_mismatch",
    "claimlint.rules.conversion_mismatch",
    "claimlint.rules.bound_changed",
    "claimlint.rules.period_mismatch",
    "claimlint.rules.date_mismatch",
    "claimlint.rules.weekday_mismatch",
    "claimlint.rules.entity_name_outdated",
    "claimlint.rules.inconsistent_values",
    "claimlint.rules.unsourced_figure",
)


def build_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    """Specs, then third-party entry points in the group ``claimlint``, then the builtins."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if load_entry_points:
        pm.load_setuptools_entrypoints(hookspecs.PROJECT)
    for name in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.check_pending()
    return pm


@cache
def registered_rules(load_entry_points: bool = True) -> dict[str, type[Rule]]:
    """Every rule class by code; two rules with one code or slug is a configuration error."""
    rules: dict[str, type[Rule]] = {}
    slugs: dict[str, str] = {}
    for batch in build_manager(load_entry_points).hook.claimlint_rules():
        for rule in batch:
            if rule.code in rules or rule.slug in slugs:
                raise ConfigError("<plugins>", f"two rules claim {rule.code} / {rule.slug}")
            rules[rule.code] = rule
            slugs[rule.slug] = rule.code
    return dict(sorted(rules.items()))
