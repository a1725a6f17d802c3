"""The report stage: formatters turn diagnostics into text, JSON, SARIF or GitHub annotations.

Formatters only format: filtering and the exit code are decided before them. Positions are 1-based;
columns count Unicode code points in text and JSON, and UTF-16 code units in SARIF (which says so
in ``columnKind``) because that is what most SARIF viewers assume.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from claimlint import __version__
from claimlint.diagnostics import Diagnostic
from claimlint.rule import Rule
from claimlint.source import Document

JSON_VERSION = 1


def _positions(d: Diagnostic, doc: Document) -> dict[str, int]:
    line, column = doc.lines.position(d.start)
    end_line, end_column = doc.lines.position(d.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def as_dict(d: Diagnostic, doc: Document) -> dict[str, Any]:
    return {
        "path": d.path, **_positions(d, doc), "code": d.code, "slug": d.slug,
        "severity": d.severity.value, "message": d.message, "fact": d.fact, "claim": d.claim,
        "expected": d.expected, "fix": None if d.fix is None else d.fix.replacement,
        "fix_span": None if d.fix is None else {"start": d.fix.start, "end": d.fix.end},
    }


def text(items: Sequence[tuple[Diagnostic, Document]]) -> str:
    lines = []
    for d, doc in items:
        p = _positions(d, doc)
        lines.append(f"{d.path}:{p['line']}:{p['column']}: {d.severity.value} {d.code} {d.slug} {d.message}")
    return "".join(line + "\n" for line in lines)


def json_report(items: Sequence[tuple[Diagnostic, Document]]) -> str:
    body = {"version": JSON_VERSION, "tool": {"name": "claimlint", "version": __version__},
            "diagnostics": [as_dict(d, doc) for d, doc in items]}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def github(items: Sequence[tuple[Diagnostic, Document]]) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    out = []
    for d, doc in items:
        p = _positions(d, doc)
        message = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        out.append(
            f"::{level[d.severity.value]} file={d.path},line={p['line']},col={p['column']},"
            f"endLine={p['end_line']},endColumn={p['end_column']},title={d.code} {d.slug}::{message}\n"
        )
    return "".join(out)


def sarif(items: Sequence[tuple[Diagnostic, Document]], rules: Sequence[type[Rule]] = ()) -> str:
    level = {"error": "error", "warning": "warning", "info": "note"}
    results = []
    for d, doc in items:
        line, _ = doc.lines.position(d.start)
        end_line, _ = doc.lines.position(d.end)
        results.append({
            "ruleId": d.code,
            "level": level[d.severity.value],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": d.path},
                "region": {"startLine": line, "startColumn": doc.lines.utf16_column(d.start),
                           "endLine": end_line, "endColumn": doc.lines.utf16_column(d.end)},
            }}],
            "properties": {"slug": d.slug, "fact": d.fact, "claim": d.claim, "expected": d.expected},
        })
    driver_rules = [{"id": r.code, "name": r.slug, "shortDescription": {"text": r.summary},
                     "fullDescription": {"text": r.documentation()}} for r in rules]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimlint", "version": __version__, "rules": driver_rules}},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[..., str]] = {"text": text, "json": json_report, "github": github, "sarif": sarif}
