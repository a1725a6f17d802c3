"""``claimlint extract``: print every quantity found in the articles (docs/extract.md)."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from claimlint.discover import iter_articles
from claimlint.errors import ClaimlintError
from claimlint.extract import extract_text
from claimlint.quantity import Quantity
from claimlint.source import Document, read_bytes, read_document


def _read(path: str) -> Document:
    if path == "-":
        return read_bytes("-", sys.stdin.buffer.read())
    return read_document(path)


def record(doc: Document, q: Quantity) -> dict[str, object]:
    """The stable jsonl record of one quantity (fields documented in docs/extract.md)."""
    line, column = doc.lines.position(q.start)
    end_line, end_column = doc.lines.position(q.end)
    body = q.to_json()
    return {
        "path": doc.path,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": q.start,
        "end": q.end,
        **body,
    }


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def _text_line(rec: dict[str, object], q: Quantity) -> str:
    value = _plain(q.value)
    if q.range_to is not None:
        value += f"..{_plain(q.range_to)}"
    unit = f" {q.unit}" if q.unit else ""
    bound = "" if q.bound.value == "exact" else f" ({q.bound.value})"
    return (
        f"{rec['path']}:{rec['line']}:{rec['column']}: {q.kind.value} {value}{unit}{bound} "
        f"[{q.lang}] {json.dumps(q.text, ensure_ascii=False)}"
    )


def run(args: argparse.Namespace) -> int:
    lang = None if args.lang == "auto" else args.lang
    status = 0
    out = sys.stdout
    for path in iter_articles(args.paths, args.respect_gitignore):
        try:
            doc = _read(path)
        except ClaimlintError as err:
            print(str(err), file=sys.stderr)
            status = 2
            continue
        for q in extract_text(doc.text, lang=lang, masked=doc.masked, markdown=doc.is_markdown):
            rec = record(doc, q)
            if args.format == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                out.write(_text_line(rec, q) + "\n")
    return status
