"""Offsets to positions: spans in, positions out.

Every stage works with 0-based code-point offsets into the decoded text; only the report stage turns
them into 1-based lines and columns. A line ends at "\\n", "\\r\\n" (one break) or a lone "\\r".
Columns count code points; :meth:`LineIndex.utf16_column` gives the UTF-16 column that SARIF and the
Language Server Protocol ask for (an emoji is two units there).
"""

from __future__ import annotations

from bisect import bisect_right

import regex

_BREAK = regex.compile(r"\r\n|\r|\n")


class LineIndex:
    """Start offsets of every line of a text, built once, searched by bisection."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of ``offset`` (``len(text)`` is allowed: the end)."""
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def utf16_column(self, offset: int) -> int:
        """1-based column of ``offset`` in UTF-16 code units."""
        line = bisect_right(self.starts, offset) - 1
        prefix = self.text[self.starts[line] : offset]
        return len(prefix) + sum(1 for ch in prefix if ord(ch) > 0xFFFF) + 1

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and code-point column."""
        return self.starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @property
    def line_count(self) -> int:
        return len(self.starts)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans (overlapping or touching ones joined), for one cursor to walk."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
