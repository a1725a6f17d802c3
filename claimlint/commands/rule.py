"""``claimlint rule CODE|SLUG`` prints a rule's documentation; ``--all`` lists every rule."""

from __future__ import annotations

import argparse
import sys

from claimlint.plugins import registered_rules
from claimlint.rule import Rule


def run(args: argparse.Namespace) -> int:
    rules = registered_rules(not args.no_plugins)
    if args.all or not args.name:
        for each in rules.values():
            state = "" if each.enabled_by_default else " (off by default)"
            sys.stdout.write(f"{each.code}  {each.slug:<24} {each.default_severity.value:<8} {each.summary}{state}\n")
        return 0
    rule: type[Rule] | None = rules.get(args.name.upper()) or next(
        (r for r in rules.values() if r.slug == args.name), None)
    if rule is None:
        print(f"claimlint: error: no rule {args.name!r} (see 'claimlint rule --all')", file=sys.stderr)
        return 2
    sys.stdout.write(f"# {rule.code} {rule.slug}\n\nDefault severity: {rule.default_severity.value}"
                     f"{'' if rule.enabled_by_default else ' (off by default)'}\n\n{rule.documentation()}\n")
    return 0
