"""The read stage: bytes to a :class:`Document` with exact offsets.

The text is never altered (no newline normalisation, no masking by replacement); what is not prose
(front matter, code, link targets, URLs) is listed as ``masked`` spans that later stages skip.
A file that cannot be read raises :class:`~claimlint.errors.InputError` naming the place.
"""

from __future__ import annotations

import html.entities
import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from claimlint.compiled import lazy
from claimlint.discover import ARTICLE_SUFFIXES
from claimlint.errors import InputError
from claimlint.positions import LineIndex, merge_spans

MARKDOWN_SUFFIXES = (".md", ".markdown")
_FRONT_MATTER = lazy(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", regex.DOTALL)
_URL = lazy(r"(?:https?://|ftp://|www\.)[^\s<>\"'“”«»()]+[^\s<>\"'“”«»().,;:!?]|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Markdown inline spans (blocks come from markdown-it-py): inline code, link and image targets,
# autolinks, reference definitions, HTML comments and tags.
_MD_INLINE_CODE = lazy(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.DOTALL)
_MD_LINK_TARGET = lazy(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_DEF = lazy(r"^[ ]{0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+.*$", regex.MULTILINE)
# A footnote's mark where its note is written: "[^1]: The figure assumes 3.5% growth." is read after the mark.
_MD_FOOTNOTE_MARK = lazy(r"^[ ]{0,3}\[\^[^\]\s]+\]:", regex.MULTILINE)
# Struck-through text ("~~1.4%~~ 1.5%"): deleted, no claim of the article.
_MD_STRUCK = lazy(r"(?<!~)~~(?!~)(?=\S).*?(?<=\S)(?<!~)~~(?!~)")
# A heading's section number ("## 1. What is the triple lock?", "### 2) Les taux"), no quantity.
_MD_HEADING_NUMBER = lazy(r"^[ ]{0,3}#{1,6}[ \t]+\K\d{1,2}(?:\.\d{1,2})*[.)](?=[ \t])", regex.MULTILINE)
# A superscript's content: a footnote's or reference's mark ("<sup>2</sup>").
_MD_SUPERSCRIPT = lazy(r"<sup>.*?</sup>", regex.IGNORECASE | regex.DOTALL)
_MD_AUTOLINK = lazy(r"<(?:[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)>")
# A quotation's marks at the start of a line: "> 6 people said so" quotes, it states no "more than".
_MD_QUOTE = lazy(r"^[ \t]{0,3}(?:>[ \t]?)+", regex.MULTILINE)
_MD_HTML = lazy(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>", regex.DOTALL)


# Markdown's marks of emphasis, "**", "*", "__", "_" (and "***"): opening before a character that is no space, closing
# after one, and not inside a word ("snake_case", "2*3").
_EMPHASIS = lazy(r"(?<![\w*_\\])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_\\])[*_]{1,3}(?![\w*_])")


# A character reference, which Markdown reads as its character ("3&nbsp;228 milliards", "&euro;45", "4,5&#8239;%"); the
# names are HTML's (the standard library's table, :func:`_character`), and one without its ";" is text, as CommonMark
# has it.
_CHAR_REF = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"


# Arabic's marks of short vowels, doubling and silence written over or under a letter (harakat, tanween, shadda, sukun):
# most news copy leaves them out, and the language files are written without them (tests/test_language_files.py), so
# they are read as absent, as a reference is read as its character: "خمسةَ ملايينِ دولارٍ" as "خمسة ملايين دولار", each
# span still taking its word's marks.
_MARKS = "[\u064b-\u0652]+"
ARABIC_MARKS = lazy(_MARKS)
_REF_OR_MARKS = lazy(f"{_CHAR_REF}|{_MARKS}")


def without_emphasis(text: str) -> str:
    """A Markdown text with its marks of emphasis written as spaces, so that a quantity reads across them as in plain
    text ("almost **£40 billion**", "**12,74 трлн** рублей", "ruim *9 miljard* euro"); the same length, so that every
    offset into it is one into the text."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text) if ("*" in text or "_" in text) else text


@dataclass(frozen=True)
class Reading:
    """The text that extraction and segmentation read of an article, and the way back to the article's offsets.

    A plain text is read as it is, but for Arabic's marks of vowels (``ARABIC_MARKS``), read as absent. A Markdown
    text is read as its reader sees it: the marks of emphasis written as spaces (:func:`without_emphasis`, same length)
    and each character reference as its character. Both shorten the text; ``refs`` lists what is read otherwise as
    (article start, article end, reading start, reading end), in order.
    """

    text: str
    refs: tuple[tuple[int, int, int, int], ...] = ()

    def to_article(self, offset: int, end: bool = False) -> int:
        """The article's offset of a reading offset; one inside the characters of a reference that names several maps
        to the reference's start, or its end where ``offset`` ends a span."""
        if not self.refs:
            return offset
        k = bisect_right(self.refs, offset, key=lambda r: r[3])  # references ended by the offset
        if k < len(self.refs) and self.refs[k][2] < offset:
            return self.refs[k][1] if end else self.refs[k][0]
        return offset if k == 0 else offset + self.refs[k - 1][1] - self.refs[k - 1][3]

    def from_article(self, offset: int) -> int:
        """The reading offset of an article's offset (one inside a reference maps to the end of its character)."""
        if not self.refs:
            return offset
        k = bisect_right(self.refs, offset, key=lambda r: r[1])  # references ended by the offset
        if k < len(self.refs) and self.refs[k][0] < offset:
            return self.refs[k][3]
        return offset if k == 0 else offset - self.refs[k - 1][1] + self.refs[k - 1][3]

    def spans(self, spans: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
        """The article's spans (masked ones, say) as spans of the reading."""
        return [(self.from_article(a), self.from_article(b)) for a, b in spans] if self.refs else spans


def _character(reference: str) -> str | None:
    """What a character reference names, as CommonMark reads it: a name HTML5 lists with its ";" (not the legacy names
    without one, so "&pounds;" is text, not "£s;"), or a code point (one that is none, or zero, is U+FFFD)."""
    if reference[1] != "#":
        return html.entities.html5.get(reference[1:])
    code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def reading_of(text: str, markdown: bool) -> Reading:
    """What extraction reads of an article's ``text`` (see :class:`Reading`)."""
    if markdown:
        text = without_emphasis(text)
    pattern = _REF_OR_MARKS if markdown and "&" in text else ARABIC_MARKS
    if pattern is ARABIC_MARKS and ARABIC_MARKS.search(text) is None:
        return Reading(text)  # (most articles: nothing to read otherwise)
    parts: list[str] = []
    refs: list[tuple[int, int, int, int]] = []
    last = shift = 0
    for m in pattern.finditer(text):
        char = "" if m.group()[0] != "&" else _character(m.group())
        if char is None:
            continue  # no reference HTML knows: text ("&bogus;", "&pounds;")
        parts.append(text[last : m.start()])
        refs.append((m.start(), m.end(), m.start() - shift, m.start() - shift + len(char)))
        parts.append(char)
        shift += m.end() - m.start() - len(char)
        last = m.end()
    if not refs:
        return Reading(text)
    parts.append(text[last:])
    return Reading("".join(parts), tuple(refs))


@dataclass(frozen=True)
class Document:
    """A decoded article: its text exactly as in the file, a line index, and the spans to skip."""

    path: str
    text: str
    lines: LineIndex
    masked: tuple[tuple[int, int], ...] = ()
    front_matter: dict[str, Any] = field(default_factory=dict)
    is_markdown: bool = False


def read_document(path: str, markdown: bool | None = None) -> Document:
    """Read and decode one article file."""
    if not os.path.exists(path):
        raise InputError(path, "no such file or directory")
    if os.path.isdir(path):
        raise InputError(path, f"is a directory with no articles ({', '.join(ARTICLE_SUFFIXES)} files) in it")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    return read_bytes(path, data, markdown=markdown)


def read_bytes(path: str, data: bytes, markdown: bool | None = None) -> Document:
    """Decode an article's bytes (UTF-8, an optional BOM dropped) into a Document."""
    text = _decode(path, data)
    is_markdown = path.lower().endswith(MARKDOWN_SUFFIXES) if markdown is None else markdown
    lines = LineIndex(text)
    masked: list[tuple[int, int]] = []
    front: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        front = _front_matter(path, match.group(1), lines.position(match.start(1))[0])
        masked.append(match.span())
    if is_markdown:
        masked.extend(_markdown_spans(text))
    masked.extend(m.span() for m in _URL.finditer(text))
    return Document(path, text, lines, tuple(merge_spans(masked)), front, is_markdown)


def _decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not an article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8")
        line = good.count("\n") - good.count("\r\n") + good.count("\r") + 1 if good else 1
        last_break = max(good.rfind("\n"), good.rfind("\r"))
        column = len(good) - last_break
        raise InputError(
            path, f"not valid UTF-8: byte 0x{data[exc.start]:02x} ({exc.reason})", line, column
        ) from None


def _front_matter(path: str, body: str, first_line: int) -> dict[str, Any]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        loaded = YAML(typ="safe", pure=True).load(body)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        column = (mark.column + 1) if mark else 1
        raise InputError(path, f"front matter is not valid YAML: {exc.problem or exc}", line, column) from None
    except YAMLError as exc:
        raise InputError(path, f"front matter is not valid YAML: {exc}", first_line, 1) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", first_line, 1)
    return dict(loaded)


# Block tokens of markdown-it-py whose lines are not prose.
_CODE_BLOCKS = frozenset({"fence", "code_block", "html_block"})


def _markdown_spans(text: str) -> list[tuple[int, int]]:
    """Code, link targets, autolinks, reference definitions, footnote marks, struck-through text, headings' section
    numbers, superscripts and HTML: not prose, not claims.

    Code and HTML blocks come from a CommonMark parser (markdown-it-py), which knows fences inside
    list items and indented code; its line map gives the lines they cover.
    """
    from markdown_it import MarkdownIt

    lines = LineIndex(text)
    spans: list[tuple[int, int]] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in _CODE_BLOCKS and token.map:
            first, last = token.map
            end = lines.starts[last] if last < lines.line_count else len(text)
            spans.append((lines.starts[first], end))
    for pattern in (_MD_INLINE_CODE, _MD_REF_DEF, _MD_FOOTNOTE_MARK, _MD_STRUCK, _MD_HEADING_NUMBER, _MD_SUPERSCRIPT,
                    _MD_AUTOLINK, _MD_HTML, _MD_QUOTE):
        spans.extend(m.span() for m in pattern.finditer(text))
    # A link's target, not its text: "[45 miljard](https://x/53)" keeps "45 miljard".
    spans.extend((m.start() + 1, m.end()) for m in _MD_LINK_TARGET.finditer(text))
    return spans


