"""Every rule: fixtures in several languages (expectations next to the text), a snapshot of the
rendered output, and documentation in the fixed sections. A rule without fixtures fails here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimlint.facts import load_facts
from claimlint.plugins import registered_rules
from claimlint.report import text as render_text
from claimlint.rule import SECTIONS
from claimlint.source import read_bytes
from claimlint.testing import lint_text

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "rules"
SNAPSHOTS = HERE / "snapshots"
SHEET = load_facts(str(HERE / "fixtures" / "facts.yaml"))
RULES = registered_rules(False)


def _fixture(code: str) -> dict:
    return YAML(typ="safe", pure=True).load((FIXTURES / f"{code}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_fixtures_in_three_languages(code):
    assert (FIXTURES / f"{code}.yaml").is_file(), f"{code} has no fixture file"
    cases = _fixture(code)["cases"]
    assert len({c["lang"] for c in cases}) >= 3
    assert any(c["expect"] for c in cases) and any(not c["expect"] for c in cases)


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_documentation_sections(code):
    sections = RULES[code].sections()
    assert list(sections) == list(SECTIONS), f"{code}: sections {list(sections)}"
    assert all(sections[s] for s in SECTIONS)


CASES = [(code, i, case) for code in sorted(RULES) if (FIXTURES / f"{code}.yaml").is_file()
         for i, case in enumerate(_fixture(code)["cases"])]


@pytest.mark.parametrize("code,index,case", CASES, ids=[f"{c}-{i}-{k['lang']}" for c, i, k in CASES])
def test_rule_fixture(code, index, case):
    found = lint_text(case["text"], lang=case["lang"], facts=SHEET, select=[code])
    assert [d.claim for d in found if d.code == code] == case["expect"]
    assert all(d.code == code for d in found)


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_snapshot(code):
    rendered = []
    for i, case in enumerate(_fixture(code)["cases"]):
        path = f"{code}-{i}-{case['lang']}.txt"
        doc = read_bytes(path, case["text"].encode("utf-8"))
        found = lint_text(case["text"], lang=case["lang"], facts=SHEET, select=[code], path=path)
        rendered.append(render_text([(d, doc) for d in found]))
    snapshot = SNAPSHOTS / f"{code}.txt"
    got = "".join(rendered)
    if os.environ.get("CLAIMLINT_UPDATE_SNAPSHOTS"):
        snapshot.write_text(got, encoding="utf-8")
    assert got == snapshot.read_text(encoding="utf-8")


def _applied(text: str, fix) -> str | None:
    """The text with a diagnostic's fix made, as an editor's quick fix makes it."""
    return None if fix is None else text[: fix.start] + fix.replacement + text[fix.end :]


@pytest.mark.parametrize("lang,text,fixed", [
    ("ru", "Alibaba вложит 53 миллиона долларов в ИИ.", "Alibaba вложит 53 миллиарда долларов в ИИ."),
    ("ru", "Alibaba вложит 53 тыс. долларов в ИИ.", "Alibaba вложит 53 млрд. долларов в ИИ."),
    ("fr", "Alibaba investira 53 millions de dollars.", "Alibaba investira 53 milliards de dollars."),
    ("it", "Alibaba investirà 53 bilioni di dollari.", "Alibaba investirà 53 miliardi di dollari."),
    ("en", "Alibaba will invest $53m in AI.", "Alibaba will invest $53 billion in AI."),
    ("nl", "Qwen3-Max heeft meer dan een triljoen parameters.", "Qwen3-Max heeft meer dan een biljoen parameters."),
    ("en", "Alibaba will invest $53 MILLION in AI.", "Alibaba will invest $53 BILLION in AI."),
    ("ar", "ستستثمر علي بابا 53 ألف دولار.", "ستستثمر علي بابا 53 مليار دولار."),
])
def test_a_scale_word_is_fixed_in_the_form_written(lang, text, fixed):
    """The fix keeps the case and number of the word it replaces, and sets a word apart from the figure."""
    [found] = lint_text(text, lang=lang, facts=SHEET, select=["CL102"])
    assert found.fix is not None
    assert _applied(text, found.fix) == fixed


@pytest.mark.parametrize("lang,text,fixed", [
    ("fr", "Le mardi 24 septembre 2025, Alibaba a annoncé.", "Le mercredi 24 septembre 2025, Alibaba a annoncé."),
    ("en", "ON TUESDAY, 24 SEPTEMBER 2025.", "ON WEDNESDAY, 24 SEPTEMBER 2025."),
    ("it", "Martedì 24 settembre 2025 Alibaba ha annunciato.", "Mercoledì 24 settembre 2025 Alibaba ha annunciato."),
    ("nl", "Op dinsdag 24 september 2025 kondigde Alibaba aan.", "Op woensdag 24 september 2025 kondigde Alibaba aan."),
    ("ru", "Во вторник 24 сентября 2025 года Alibaba объявила.", None),  # ("в среду": a name in its case, no fix)
])
def test_a_weekday_is_fixed_where_its_names_take_no_case(lang, text, fixed):
    [found] = lint_text(text, lang=lang, facts=SHEET, select=["CL108"])
    if fixed is None:
        assert found.fix is None
    else:
        assert _applied(text, found.fix) == fixed

