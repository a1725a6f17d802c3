"""Command-line entry point: parses arguments and hands each subcommand to its module.

Exit codes (docs/cli.md): 0 nothing at or above the fail threshold, 1 findings, 2 usage,
configuration or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimlint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
LANG_CHOICES = ("auto", "en", "fr", "ru", "ar", "it", "nl")


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors already; keep its one-line message, drop the usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"claimlint: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimlint", description="Check the figures of multilingual articles.")
    parser.add_argument("--version", action="version", version=f"claimlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("extract", help="print every quantity found in the articles")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    ex.add_argument("--lang", choices=LANG_CHOICES, default="auto")
    ex.add_argument("--format", choices=("text", "jsonl"), default="text")
    ex.set_defaults(run="claimlint.commands.extract:run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, _, func_name = args.run.partition(":")
    import importlib

    run = getattr(importlib.import_module(module_name), func_name)
    try:
        return int(run(args))
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
