"""``claimlint check``: the whole pipeline on each article, then one report and an exit code.

read -> segment -> extract -> link -> check -> filter -> report. The fact sheet comes from
``--facts``, else the configuration's ``facts:``, else the article's front matter ``facts:``.
The configuration is ``--config``, else the nearest .claimlint.yaml above the article.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import cache, lru_cache
from pathlib import Path

from claimlint.check import CheckContext, run_rules
from claimlint.config import Config, find_config, load_config
from claimlint.diagnostics import Diagnostic
from claimlint.discover import iter_articles
from claimlint.errors import ClaimlintError, ConfigError
from claimlint.extract import extract_sentences
from claimlint.facts import FactSheet, load_facts
from claimlint.filter import check_command_line, check_selectors, enabled_rules, exit_code, keep, severities
from claimlint.link import link
from claimlint.plugins import registered_rules
from claimlint.report import FORMATTERS
from claimlint.segment import segment
from claimlint.source import Document, read_bytes, read_document

EXIT_ERROR = 2


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for item in values or () for v in item.split(",") if v.strip()]


@cache
def _config(path: str | None) -> Config:
    return load_config(path)


def _sheet(path: str) -> FactSheet:
    """The fact sheet at ``path``, read again once it changes on disk (the language server lives long)."""
    try:
        stat = os.stat(path)
    except OSError:
        return load_facts(path)  # (which says what is wrong with the path)
    return _sheet_as_of(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _sheet_as_of(path: str, mtime_ns: int, size: int) -> FactSheet:
    return load_facts(path)


def facts_for(doc: Document, config: Config, explicit: str | None) -> FactSheet | None:
    if explicit:
        return _sheet(explicit)
    if config.facts:
        if not os.path.exists(config.facts) and "facts" in config.origins:
            where = config.origins["facts"]  # (named where the configuration names it)
            raise ConfigError(where[0], f"fact sheet {config.facts} not found", where[1] or None, where[2] or None)
        return _sheet(config.facts)
    front = doc.front_matter.get("facts")
    if front:
        base = Path(doc.path).parent if doc.path != "-" else Path.cwd()
        return _sheet(str(base / str(front)))
    return None


def lint(doc: Document, config: Config, sheet: FactSheet | None, args: argparse.Namespace) -> list[Diagnostic]:
    lang = None if getattr(args, "lang", "auto") in (None, "auto") else args.lang
    sentences = segment(doc.text, lang=lang, masked=doc.masked, markdown=doc.is_markdown, allowed=config.languages)
    quantities = extract_sentences(doc.text, sentences, doc.masked, markdown=doc.is_markdown)
    links = link(doc.text, sentences, quantities, sheet)
    rules = list(registered_rules(not args.no_plugins).values())
    check_selectors(config, rules)
    chosen = enabled_rules(config, rules, _split(getattr(args, "extend_select", None)), _split(args.ignore), _split(args.select))
    ctx = CheckContext(doc, sentences, quantities, links, sheet, config.options, severities(config, rules))
    return keep(run_rules(ctx, chosen), doc, config)


def run(args: argparse.Namespace) -> int:
    # Checked once, before any file: a typo in --select would silently select nothing.
    check_command_line([*_split(args.select), *_split(args.extend_select), *_split(args.ignore)],
                       list(registered_rules(not args.no_plugins).values()))
    status = 0
    found: list[tuple[Diagnostic, Document]] = []
    fail_on = None
    for path in iter_articles(args.paths, args.respect_gitignore):
        try:
            doc = read_bytes("-", sys.stdin.buffer.read()) if path == "-" else read_document(path)
            config = _config(args.config or find_config(path if path != "-" else "."))
            fail_on = args.fail_on or config.fail_on
            sheet = facts_for(doc, config, args.facts)
            if sheet is None:
                print(f"{path}: warning: no fact sheet (--facts, 'facts:' in .claimlint.yaml or front matter);"
                      " only rules that need none ran", file=sys.stderr)
            found.extend((d, doc) for d in lint(doc, config, sheet, args))
        except ClaimlintError as err:
            print(str(err), file=sys.stderr)
            status = EXIT_ERROR
    formatter = FORMATTERS[args.format]
    items = sorted(found, key=lambda item: item[0].sort_key())
    if args.format == "sarif":
        sys.stdout.write(formatter(items, list(registered_rules(not args.no_plugins).values())))
    else:
        sys.stdout.write(formatter(items))
    if status:
        return status
    return exit_code([d for d, _ in items], fail_on or "warning")
