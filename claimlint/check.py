"""The check stage: run every enabled rule on one document, each on its own.

pluggy does not isolate plugins, so rules are not called through one hook loop: each rule is
instantiated and run here, and an exception becomes one CL000 diagnostic naming the rule, while
the other rules still run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimlint.compare import Comparison, compare
from claimlint.diagnostics import Diagnostic, Severity
from claimlint.facts import FactSheet
from claimlint.link import Link
from claimlint.quantity import Quantity
from claimlint.rule import Rule
from claimlint.segment import Sentence
from claimlint.source import Document


@dataclass
class CheckContext:
    """Everything a rule may read about one document. Rules get this one object, so it can grow
    without breaking them."""

    document: Document
    sentences: Sequence[Sentence]
    quantities: Sequence[Quantity]
    links: Sequence[Link]
    facts: FactSheet | None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    severities: dict[str, Severity] = field(default_factory=dict)
    _comparisons: list[tuple[Link, Comparison]] | None = field(default=None, repr=False)

    def severity(self, rule: Rule) -> Severity:
        return self.severities.get(rule.code, rule.default_severity)

    def links_of(self, via: str = "value") -> list[Link]:
        return [link for link in self.links if link.via == via]

    def comparisons(self) -> list[tuple[Link, Comparison]]:
        """Each value link with its comparison to the fact, computed once for every value rule."""
        if self._comparisons is None:
            self._comparisons = []
            if self.facts is not None:
                for link in self.links_of("value"):
                    result = compare(link.quantity, link.fact, self.facts)
                    if result is not None:
                        self._comparisons.append((link, result))
        return self._comparisons

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (its end included), for rules that read around a claim."""
        return next((s for s in self.sentences if s.start <= offset <= s.end), None)


def run_rules(ctx: CheckContext, rules: Iterable[type[Rule]]) -> list[Diagnostic]:
    """Diagnostics of every rule, a crashing rule reported as CL000 rule-crashed."""
    out: list[Diagnostic] = []
    for rule_class in rules:
        if rule_class.needs_facts and ctx.facts is None:
            continue
        try:
            out.extend(rule_class(ctx).check())
        except Exception as exc:  # a rule's bug must not stop the others or print a traceback
            out.append(
                Diagnostic(
                    path=ctx.document.path, start=0, end=0, code="CL000", slug="rule-crashed",
                    severity=Severity.ERROR,
                    message=f"rule {rule_class.code} {rule_class.slug} crashed: {type(exc).__name__}: {exc}",
                    claim="", data={"rule": rule_class.code, "exception": type(exc).__name__},
                )
            )
    return out
