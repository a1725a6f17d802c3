"""Helpers for testing rules, claimlint's own and plugins': lint a text with chosen rules.

    from claimlint.testing import lint_text
    found = lint_text("Qwen3-Max heeft meer dan een triljoen parameters.", lang="nl",
                      facts="seeds/facts.yaml", select=["CL102"])
    assert [d.claim for d in found] == ["meer dan een triljoen"]
"""

from __future__ import annotations

from collections.abc import Sequence

from claimlint.check import CheckContext, run_rules
from claimlint.config import Config
from claimlint.diagnostics import Diagnostic
from claimlint.extract import extract_sentences
from claimlint.facts import FactSheet, load_facts
from claimlint.filter import enabled_rules, keep, severities
from claimlint.link import link
from claimlint.plugins import registered_rules
from claimlint.rule import Rule
from claimlint.segment import segment
from claimlint.source import read_bytes


def lint_text(
    text: str, *, lang: str | None = None, facts: str | FactSheet | None = None,
    select: Sequence[str] = ("CL",), rules: Sequence[type[Rule]] | None = None,
    options: dict[str, dict] | None = None, path: str = "<text>", load_entry_points: bool = False,
) -> list[Diagnostic]:
    """Run the whole pipeline on ``text`` with the selected rules (entry points off by default)."""
    doc = read_bytes(path, text.encode("utf-8"), markdown=path.endswith(".md"))
    sheet = load_facts(facts) if isinstance(facts, str) else facts
    sentences = segment(doc.text, lang=lang, masked=doc.masked, markdown=doc.is_markdown)
    quantities = extract_sentences(doc.text, sentences, doc.masked, markdown=doc.is_markdown)
    links = link(doc.text, sentences, quantities, sheet)
    config = Config(select=list(select), options=options or {})
    available = list(rules) if rules is not None else list(registered_rules(load_entry_points).values())
    chosen = enabled_rules(config, available) if rules is None else available
    ctx = CheckContext(doc, sentences, quantities, links, sheet, config.options, severities(config, available))
    return keep(run_rules(ctx, chosen), doc, config)
