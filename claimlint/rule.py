"""The base class of every rule, built-in or third-party.

A rule's docstring is its documentation, in fixed sections (## What it does, ## Why it matters,
## Example, ## How to fix, ## Options); ``claimlint rule CODE`` prints it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from claimlint.diagnostics import Diagnostic, Fix, Severity

if TYPE_CHECKING:
    from claimlint.check import CheckContext
    from claimlint.quantity import Quantity

SECTIONS = ("What it does", "Why it matters", "Example", "How to fix", "Options")


class Rule:
    code: ClassVar[str]
    slug: ClassVar[str]
    summary: ClassVar[str]
    default_severity: ClassVar[Severity] = Severity.ERROR
    enabled_by_default: ClassVar[bool] = True
    # Option name -> default value; a project's configuration may override them.
    default_options: ClassVar[dict[str, Any]] = {}
    # The rule needs a fact sheet; without one it is skipped rather than failing.
    needs_facts: ClassVar[bool] = True

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def check(self) -> Iterator[Diagnostic]:
        raise NotImplementedError

    @property
    def options(self) -> dict[str, Any]:
        return {**self.default_options, **self.ctx.options.get(self.code, {})}

    def report(
        self, q: Quantity | None, message: str, *, start: int | None = None, end: int | None = None,
        claim: str | None = None, fact: str | None = None, expected: str | None = None,
        fix: Fix | None = None, severity: Severity | None = None, **data: Any,
    ) -> Diagnostic:
        """A diagnostic of this rule on a quantity (or an explicit span)."""
        s = q.start if q is not None and start is None else start
        e = q.end if q is not None and end is None else end
        assert s is not None and e is not None
        return Diagnostic(
            path=self.ctx.document.path, start=s, end=e, code=self.code, slug=self.slug,
            severity=severity or self._fact_severity(fact) or self.ctx.severity(self), message=message,
            claim=claim if claim is not None else self.ctx.document.text[s:e],
            fact=fact, expected=expected, fix=fix, data=data,
        )

    def _fact_severity(self, fact_id: str | None) -> Severity | None:
        """A fact or entity of the sheet may set the severity of every finding about it."""
        sheet = self.ctx.facts
        if fact_id is None or sheet is None:
            return None
        for fact in sheet.facts:
            if fact.id == fact_id and fact.severity:
                return Severity(fact.severity)
        for entity in sheet.entities:
            if entity.id == fact_id and entity.severity:
                return Severity(entity.severity)
        return None

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def sections(cls) -> dict[str, str]:
        """The docstring's sections by heading."""
        out: dict[str, str] = {}
        current = None
        for line in cls.documentation().splitlines():
            if line.startswith("## "):
                current = line[3:].strip()
                out[current] = ""
            elif current is not None:
                out[current] += line + "\n"
        return {k: v.strip() for k, v in out.items()}
