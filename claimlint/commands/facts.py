"""``claimlint facts validate FILE...``: check fact sheets against the schema and the grammar."""

from __future__ import annotations

import argparse
import sys

from claimlint.errors import ClaimlintError
from claimlint.facts import load_facts


def run(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            sheet = load_facts(path)
        except ClaimlintError as err:
            print(str(err), file=sys.stderr)
            status = 2
            continue
        rates = len(sheet.rates.per_base) if sheet.rates else 0
        print(f"{path}: ok ({len(sheet.facts)} facts, {len(sheet.entities)} entities, {rates} rates)")
    return status
