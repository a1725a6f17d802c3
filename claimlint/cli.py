"""Command-line entry point: parses arguments and hands each subcommand to its module.

Exit codes (docs/cli.md): 0 nothing at or above the fail threshold, 1 findings, 2 usage,
configuration or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimlint import __version__
from claimlint.errors import ClaimlintError

EXIT_OK, EXIT_ERROR = 0, 2
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
    ex.add_argument("--lang", choices=LANG_CHOICES, default="auto", help="the articles' language (auto: each paragraph's is detected)")
    ex.add_argument("--format", choices=("text", "jsonl"), default="text", help="text for people, jsonl a record per quantity (docs/extract.md)")
    ex.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false",
                    help="in a directory walked, read the files that .gitignore and .git/info/exclude ignore too")
    ex.set_defaults(run="claimlint.commands.extract:run")

    ck = sub.add_parser("check", help="check articles against their fact sheet")
    ck.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    ck.add_argument("--facts", metavar="FILE", help="the fact sheet (else from the config or front matter)")
    ck.add_argument("--config", metavar="FILE", help="configuration (else the nearest .claimlint.yaml)")
    ck.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text",
                    help="text for people, json for editors and scripts, sarif for code scanning, github for Actions annotations")
    ck.add_argument("--select", action="append", metavar="CODES",
                    help="check only these rules, in place of the configuration's select and ignore (comma-separated codes, prefixes or slugs)")
    ck.add_argument("--extend-select", action="append", metavar="CODES", help="check these rules as well as the configured ones")
    ck.add_argument("--ignore", action="append", metavar="CODES", help="do not check these rules (added to the configuration's ignore)")
    ck.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                    help="the lowest severity that makes the exit code 1 (else the configuration's fail-on)")
    ck.add_argument("--lang", choices=LANG_CHOICES, default="auto", help="the articles' language (auto: each paragraph's is detected)")
    ck.add_argument("--no-plugins", action="store_true", help="do not load third-party rule plugins")
    ck.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false",
                    help="in a directory walked, read the files that .gitignore and .git/info/exclude ignore too")
    ck.set_defaults(run="claimlint.commands.check:run")

    ru = sub.add_parser("rule", help="show a rule's documentation, or list every rule")
    ru.add_argument("name", nargs="?", metavar="CODE|SLUG", help="the rule whose documentation to show")
    ru.add_argument("--all", action="store_true", help="list every rule, with its code, slug and summary")
    ru.add_argument("--no-plugins", action="store_true", help="leave out third-party rule plugins")
    ru.set_defaults(run="claimlint.commands.rule:run")

    lsp = sub.add_parser("lsp", help="run the language server over stdio (pip install 'claimlint[lsp]')")
    lsp.set_defaults(run="claimlint.commands.lsp:run")

    ca = sub.add_parser("cache", help="where claimlint keeps its cache, and emptying it")
    ca_sub = ca.add_subparsers(dest="cache_command", required=True, parser_class=_Parser, metavar="dir|clean")
    ca_sub.add_parser("dir", help="print the cache's directory")
    ca_sub.add_parser("clean", help="remove claimlint's files from the cache (the next run builds them again)")
    ca.set_defaults(run="claimlint.commands.cache:run")

    fa = sub.add_parser("facts", help="work with fact sheets")
    fa_sub = fa.add_subparsers(dest="facts_command", required=True, parser_class=_Parser, metavar="validate")
    va = fa_sub.add_parser("validate", help="check fact sheets against the schema and the grammar")
    va.add_argument("files", nargs="+", metavar="FILE", help="fact sheets (YAML, docs/facts.md)")
    va.set_defaults(run="claimlint.commands.facts:run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, _, func_name = args.run.partition(":")
    import importlib

    run = getattr(importlib.import_module(module_name), func_name)
    try:
        return int(run(args))
    except ClaimlintError as err:
        print(str(err), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
