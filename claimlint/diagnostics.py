"""What rules report: a :class:`Diagnostic` with a span, a code, a message and its arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Diagnostic:
    """One finding. ``start``/``end`` are code-point offsets into the document's text; the report
    stage turns them into lines and columns. ``data`` holds the message's arguments, so tests and
    tools compare fields rather than wording."""

    path: str
    start: int
    end: int
    code: str
    slug: str
    severity: Severity
    message: str
    claim: str
    fact: str | None = None
    expected: str | None = None
    fix: Fix | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)
