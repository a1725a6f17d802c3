"""``claimlint rule CODE|SLUG`` prints a rule's documentation; ``--all`` lists every rule."""

from __future__ import annotations

import argparse
import sys

from claimlint.plugins import registered_rules


def run(args: argparse.Namespace) -> int:
    rules = registered_rules(not args.no_plugins)
    if args.all or not args.name:
        for rule in rules.values():
            state = "" if rule.enabled_by_default else " (off by default)"
            sys.stdout.write(f"{rule.code}  {rule.slug:<24} {rule.default_severity.value:<8} {rule.summary}{state}\n")
        return 0
    rule = rules.get(args.name.upper()) or next((r for r in rules.values() if r.slug == args.name), None)
    if rule is None:
        print(f"claimlint: error: no rule {args.name!r} (see 'claimlint rule --all')", file=sys.stderr)
        return 2
    sys.stdout.write(f"# {rule.code} {rule.slug}\n\nDefault severity: {rule.default_severity.value}"
                     f"{'' if rule.enabled_by_default else ' (off by default)'}\n\n{rule.documentation()}\n")
    return 0
