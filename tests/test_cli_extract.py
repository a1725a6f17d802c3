"""`claimlint extract` end to end: records, exit codes, bad input beside good input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimlint", *args], cwd=ROOT, input=stdin.decode() if stdin else None,
        capture_output=True, text=True,
    )


def test_jsonl_record_fields_and_positions():
    out = run("extract", "--format", "jsonl", "seeds/004_854a65561ea01f91.txt")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    first = records[0]
    assert first == {
        "path": "seeds/004_854a65561ea01f91.txt", "line": 3, "column": 58, "end_line": 3, "end_column": 79,
        "start": 132, "end": 153, "text": "meer dan een triljoen", "lang": "nl", "kind": "count",
        "value": 10**18, "unit": None, "bound": "more_than", "range_to": None, "scale": "triljoen",
    }
    text = (ROOT / "seeds/004_854a65561ea01f91.txt").read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert {"text": "meer dan 3,4 miljard euro", "value": 3_400_000_000, "unit": "EUR"}.items() <= next(
        r for r in records if r["unit"] == "EUR" and r["bound"] == "more_than").items()


def test_bad_paths_are_reported_and_the_rest_still_read(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Prix: 5 EUR\nCoût: 7 \xe9".encode("cp1252"))
    out = run("extract", str(tmp_path / "missing.txt"), str(bad), "seeds/000_0a19c8d6c98d0b44.txt")
    assert out.returncode == 2
    errors = out.stderr.strip().splitlines()
    assert errors == [
        f"{tmp_path / 'missing.txt'}: error: no such file or directory",
        f"{bad}:2:3: error: not valid UTF-8: byte 0xfb (invalid start byte)",
    ]
    assert "Traceback" not in out.stderr
    assert '"$53 млрд"' in out.stdout


def test_stdin_and_lang_override():
    out = run("extract", "--lang", "it", "-", stdin="Oltre 380 miliardi di yuan.".encode())
    assert out.returncode == 0
    assert out.stdout == '-:1:1: currency 380000000000 CNY (more_than) [it] "Oltre 380 miliardi di yuan"\n'


def test_a_range_of_days_in_both_formats():
    text = "Саммит пройдёт с 3 по 5 сентября 2025 года.".encode()
    out = run("extract", "--format", "jsonl", "-", stdin=text)
    record = json.loads(out.stdout)
    assert (record["kind"], record["value"], record["range_to"], record["column"], record["end_column"]) == (
        "date", "2025-09-03", "2025-09-05", 16, 43)
    out = run("extract", "-", stdin=text)
    assert out.stdout == '-:1:16: date 2025-09-03..2025-09-05 [ru] "с 3 по 5 сентября 2025 года"\n'


def test_directory_without_articles_is_an_error(tmp_path):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    out = run("extract", str(tmp_path), "seeds/004_854a65561ea01f91.txt")
    assert out.returncode == 2
    assert out.stderr == f"{tmp_path}: error: is a directory with no articles (.txt, .md, .markdown, .text files) in it\n"
    assert "triljoen" in out.stdout


def test_usage_error_exit_code():
    assert run("extract", "--lang", "de", "x").returncode == 2


def test_the_python_api_answers_every_call():
    """``claimlint.extract(text, lang)`` on a second call, and after ``import claimlint.extract``, which
    rebinds the package's name to the module (a new interpreter: here the module is loaded already)."""
    code = (
        "import claimlint; a = claimlint.extract('Il a payé 5 euros.', lang='fr'); "
        "import claimlint.extract; b = claimlint.extract('Il a payé 5 euros.', lang='fr'); "
        "print(a == b, [(q.text, str(q.value), q.unit) for q in b])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "True [('5 euros', '5', 'EUR')]", out.stderr


def test_markdown_drafts_wrapped_lines_lists_notes_headings(tmp_path):
    """A figure reads across a wrapped line of a Markdown paragraph (the span keeps the break, with exact
    positions), but not into a list item; list numbers, footnote marks, heading and quotation marks are
    no figures, in every language."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "## 5 things to know\n\n"
        "The fine was $1.5\nmillion, paid by more than\r\n30,000 firms[1].\n\n"
        "1. Revenue rose 5%.\n2. Costs fell 3%.\n\n"
        "- 5%\n- 6%\n\n"
        "> 6 people said so.\n\n"
        "Расходы вырастут до 6,3\nмлрд рублей [^2].\n\n"
        "Il a payé 3,6\nMd€ ; sono morte almeno\n8 persone.\n",
        encoding="utf-8", newline="",
    )
    out = run("extract", "--format", "jsonl", "--lang", "en", str(draft))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    text = draft.read_bytes().decode("utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    found = [(r["text"], r["value"], r["unit"], r["bound"]) for r in records]
    assert found[:7] == [
        ("5", 5, None, "exact"), ("$1.5\nmillion", 1_500_000, "USD", "exact"),
        ("more than\r\n30,000", 30000, None, "more_than"), ("5%", 5, "percent", "exact"), ("3%", 3, "percent", "exact"),
        ("5%", 5, "percent", "exact"), ("6%", 6, "percent", "exact"),
    ]
    wrapped = records[1]
    assert (wrapped["line"], wrapped["column"], wrapped["end_line"], wrapped["end_column"]) == (3, 14, 4, 8)
    ru = run("extract", "--format", "jsonl", "--lang", "ru", str(draft))
    assert ("до 6,3\nмлрд рублей", 6_300_000_000, "RUB") in [
        (r["text"], r["value"], r["unit"]) for r in map(json.loads, ru.stdout.splitlines())]
    fr = run("extract", "--format", "jsonl", "--lang", "fr", str(draft))
    assert ("3,6\nMd€", 3_600_000_000, "EUR") in [(r["text"], r["value"], r["unit"]) for r in map(json.loads, fr.stdout.splitlines())]
    it = run("extract", "--format", "jsonl", "--lang", "it", str(draft))
    assert ("almeno\n8", 8, "at_least") in [(r["text"], r["value"], r["bound"]) for r in map(json.loads, it.stdout.splitlines())]


def test_markdown_emphasis_footnotes_strikethrough_and_section_numbers(tmp_path):
    """A quantity reads across Markdown's marks of emphasis as across spaces (its span's text keeps them); a footnote's
    note is read after its mark; struck-through text, a heading's section number and a superscript are none."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "## 1. What is the triple lock?\n\n"
        "Spending reached almost **£40 billion**, ~~1.4%~~ 1.5% of it, up from 1.2%<sup>2</sup>.[^ifs]\n\n"
        "Le déficit atteint près de **57 millions** d'euros.\n\n"
        "Долг составил **12,74 трлн** рублей.\n\n"
        "بلغت الإيرادات نحو **26.6 مليون** دولار.\n\n"
        "Il debito è di circa *4,5 milioni* di euro, snake_case_name.\n\n"
        "De overheid geeft ruim __9 miljard__ euro uit.\n\n"
        "[^ifs]: The estimate assumes earnings grow 3.5% a year.\n",
        encoding="utf-8",
    )
    out = run("extract", "--format", "jsonl", str(draft))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    text = draft.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert [(r["text"], r["value"], r["unit"], r["bound"]) for r in records] == [
        ("almost **£40 billion", 40_000_000_000, "GBP", "about"), ("1.5%", 1.5, "percent", "exact"),
        ("1.2%", 1.2, "percent", "exact"),
        ("près de **57 millions** d'euros", 57_000_000, "EUR", "about"),
        ("12,74 трлн** рублей", 12_740_000_000_000, "RUB", "exact"),
        ("نحو **26.6 مليون** دولار", 26_600_000, "USD", "about"),
        ("circa *4,5 milioni* di euro", 4_500_000, "EUR", "about"),
        ("ruim __9 miljard__ euro", 9_000_000_000, "EUR", "more_than"),
        ("3.5%", 3.5, "percent", "exact"),
    ]
    # the check command reads the draft as extract does
    from claimlint.testing import lint_text

    sheet = tmp_path / "facts.yaml"
    sheet.write_text("version: 1\nstory: s\nas_of: 2025-09-24\nfacts:\n  - id: debt\n    value: 12.74 trillion RUB\n"
                     "    words: {ru: [долг]}\n", encoding="utf-8")
    assert lint_text(text, facts=str(sheet), path="draft.md") == []
    wrong = text.replace("12,74 трлн", "12,74 млрд")
    assert [(d.code, wrong[d.start : d.end]) for d in lint_text(wrong, facts=str(sheet), path="draft.md")] == [
        ("CL102", "12,74 млрд** рублей")]


def test_markdown_character_references_read_as_their_characters(tmp_path):
    """Markdown reads "&nbsp;", "&euro;" and "&#8239;" as the characters they name: "3&nbsp;228 milliards" is one
    figure, not 3 and 228 billion; each span and its (line, column) are the draft's, references and all."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Le budget atteint 3&nbsp;228 milliards d'euros, soit 4,5&#8239;% du PIB.\r\n\r\n"
        "The fund holds &euro;45 billion &amp; &pound;3&thinsp;bn, &#x1F4C8; up 2%.\r\n\r\n"
        "Бюджет составил 1&nbsp;234,5 млрд&nbsp;рублей.\r\n\r\n"
        "بلغت الإيرادات&nbsp;٣٨٠&nbsp;مليار دولار.\r\n\r\n"
        "Il costo è di 1.500&nbsp;euro, &laquo;circa&raquo; il 3&nbsp;%.\r\n\r\n"
        "Het kost &euro;&nbsp;45 miljard, &unknown; 7 procent.\r\n",
        encoding="utf-8", newline="",
    )
    out = run("extract", "--format", "jsonl", str(draft))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    text = draft.read_bytes().decode("utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert [(r["text"], r["value"], r["unit"], r["lang"]) for r in records] == [
        ("3&nbsp;228 milliards d'euros", 3_228_000_000_000, "EUR", "fr"), ("4,5&#8239;%", 4.5, "percent", "fr"),
        ("&euro;45 billion", 45_000_000_000, "EUR", "en"), ("&pound;3&thinsp;bn", 3_000_000_000, "GBP", "en"),
        ("2%", 2, "percent", "en"),
        ("1&nbsp;234,5 млрд&nbsp;рублей", 1_234_500_000_000, "RUB", "ru"),
        ("٣٨٠&nbsp;مليار دولار", 380_000_000_000, "USD", "ar"),
        ("1.500&nbsp;euro", 1500, "EUR", "it"), ("3&nbsp;%", 3, "percent", "it"),
        ("&euro;&nbsp;45 miljard", 45_000_000_000, "EUR", "nl"), ("7 procent", 7, "percent", "nl"),
    ]
    lines = text.split("\r\n")
    for r in records:  # 1-based columns in code points, end exclusive, on the draft's own lines
        assert lines[r["line"] - 1][r["column"] - 1 : r["end_column"] - 1] == r["text"]
    # the check command splits and reads the draft as extract does; a fix replaces the draft's own span
    from claimlint.testing import lint_text

    sheet = tmp_path / "facts.yaml"
    sheet.write_text("version: 1\nstory: s\nas_of: 2025-09-24\nfacts:\n  - id: budget\n    value: 1234.5 billion RUB\n"
                     "    words: {ru: [бюджет]}\n", encoding="utf-8")
    assert [d.code for d in lint_text(text, facts=str(sheet), path="draft.md") if d.code.startswith("CL10")] == []
    wrong = text.replace("1&nbsp;234,5 млрд", "1&nbsp;234,5 трлн")
    assert [(d.code, wrong[d.start : d.end]) for d in lint_text(wrong, facts=str(sheet), path="draft.md")
            if d.code.startswith("CL10")] == [("CL102", "1&nbsp;234,5 трлн&nbsp;рублей")]


def test_reading_maps_offsets_both_ways():
    from claimlint.source import reading_of

    text = "a **b** &nbsp;c &#x1F4C8;d &bogus; e"
    reading = reading_of(text, markdown=True)
    assert reading.text == "a   b   \u00a0c \U0001F4C8d &bogus; e"
    for i, char in enumerate(reading.text):
        start = reading.to_article(i)
        assert reading.from_article(start) == i
        if char not in " \u00a0\U0001F4C8":  # (emphasis marks are read as spaces)
            assert text[start] == char
    assert reading.to_article(len(reading.text)) == len(text)
    assert reading.from_article(text.index("nbsp")) == reading.text.index("\u00a0") + 1  # inside: past its character
    assert reading_of(text, markdown=False).text is text
    # CommonMark's references only: a legacy name without its ";" is text ("&pounds;" is no "£s;"), a code point that is
    # none is U+FFFD; an offset inside the characters of a reference that names two maps to its start, or to its end
    assert reading_of("&pounds;45 &#0;", markdown=True).text == "&pounds;45 \ufffd"
    two = reading_of("x &NotEqualTilde; y", markdown=True)
    assert two.text == "x \u2242\u0338 y"
    assert (two.to_article(3), two.to_article(3, end=True), two.to_article(4)) == (2, 17, 17)


def test_measures_in_jsonl_with_exact_positions_across_scripts(tmp_path):
    """A measure's span takes its unit in; columns count code points on CRLF lines, after emoji, in Cyrillic and
    Arabic."""
    path = tmp_path / "weather.txt"
    path.write_bytes("🔥🔥 Жара до 40 градусов, ветер 15 м/с.\r\n\r\nيبلغ طول الطريق 90 كم 🚗.\r\n\r\n"
                     "The 1.2 GW plant 🌍 sits 56 miles away.\r\n".encode())
    out = run("extract", "--format", "jsonl", str(path))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    got = [(r["text"], r["kind"], r["value"], r["unit"], r["line"], r["column"], r["end_line"], r["end_column"]) for r in records]
    assert got == [
        ("до 40 градусов", "measure", 40, "°C", 1, 9, 1, 23),
        ("15 м/с", "measure", 15, "m/s", 1, 31, 1, 37),
        ("90 كم", "measure", 90, "km", 3, 17, 3, 22),
        ("1.2 GW", "measure", 1.2, "GW", 5, 5, 5, 11),
        ("56 miles", "measure", 56, "mi", 5, 25, 5, 33),
    ]
    text = path.read_bytes().decode("utf-8")  # (offsets count "\r\n" as two code points)
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
