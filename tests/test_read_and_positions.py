"""The read stage and positions: exact 1-based lines and code-point columns, clear errors."""

from __future__ import annotations

import pytest

from claimlint.errors import InputError
from claimlint.extract import extract_text
from claimlint.positions import LineIndex
from claimlint.source import read_bytes, read_document


def _where(doc, needle):
    start = doc.text.index(needle)
    return doc.lines.position(start), doc.lines.position(start + len(needle))


def test_crlf_is_one_line_break_and_columns_count_code_points():
    doc = read_bytes("a.txt", "first line\r\nвторая строка: 53 млрд\r\nthird".encode())
    assert _where(doc, "53 млрд") == ((2, 16), (2, 23))
    assert doc.lines.line_text(2) == "вторая строка: 53 млрд"


def test_lone_cr_and_emoji_columns():
    doc = read_bytes("a.txt", "a\rb 🙂 ok 5%".encode())
    (line, col), _ = _where(doc, "5%")
    assert (line, col) == (2, 8)  # the emoji is one code point
    assert doc.lines.utf16_column(doc.text.index("5%")) == 9  # and two UTF-16 units


def test_arabic_positions_of_an_extracted_quantity():
    text = "تعهدت الشركة\nباستثمار أكثر من ٣٨٠ مليار يوان (53 مليار دولار)"
    doc = read_bytes("ar.txt", text.encode())
    quantities = extract_text(doc.text, lang="ar")
    spans = [(q.text, doc.lines.position(q.start), doc.lines.position(q.end)) for q in quantities]
    assert spans == [
        ("أكثر من ٣٨٠ مليار يوان", (2, 10), (2, 32)),
        ("53 مليار دولار", (2, 34), (2, 48)),
    ]


def test_bom_is_dropped_and_offsets_match_the_text():
    doc = read_bytes("b.txt", b"\xef\xbb\xbf45 miljard euro")
    assert doc.text.startswith("45") and doc.lines.position(0) == (1, 1)


def test_invalid_utf8_names_line_and_column():
    with pytest.raises(InputError) as err:
        read_bytes("bad.txt", "ok\nдва\nab\xff".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    assert str(err.value) == "bad.txt:3:3: error: not valid UTF-8: byte 0xff (invalid start byte)"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory with no articles"):
        read_document(str(tmp_path))


def test_front_matter_yaml_error_points_into_the_file():
    with pytest.raises(InputError) as err:
        read_bytes("fm.md", b"---\ntitle: ok\nfacts: [a\n---\nbody")
    assert str(err.value).startswith("fm.md:3:10: error: front matter is not valid YAML")


def test_markdown_masks_code_and_link_targets_not_link_text():
    text = "Cost [45 miljard euro](https://x.example/53) and `7 tn`.\n\n```\n9 bn\n```\n"
    doc = read_bytes("m.md", text.encode())
    masked = [doc.text[a:b] for a, b in doc.masked]
    assert "(https://x.example/53)" in masked and "`7 tn`" in masked and "```\n9 bn\n```\n" in masked
    found = [q.text for q in extract_text(doc.text, lang="nl", masked=doc.masked)]
    assert found == ["45 miljard euro"]


def test_line_index_round_trip():
    index = LineIndex("a\r\nbc\nd")
    for offset in range(len(index.text) + 1):
        line, col = index.position(offset)
        assert index.offset(line, col) == offset
