"""Fact sheets and configuration: loading, conversion, and one-line errors with positions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claimlint.config import load_config, preset_path
from claimlint.errors import ConfigError
from claimlint.facts import load_facts
from claimlint.quantity import Bound, Kind

ROOT = Path(__file__).resolve().parent.parent


def test_seed_sheet_loads_with_parsed_values():
    sheet = load_facts(str(ROOT / "seeds" / "facts.yaml"))
    fact = sheet.fact("ai_investment")
    assert (fact.value.kind, fact.value.value, fact.value.unit, fact.value.bound) == (
        Kind.CURRENCY, Decimal("380e9"), "CNY", Bound.MORE_THAN)
    assert fact.period is not None and (fact.period.value, fact.period.unit) == (3, "year")
    assert [e.unit for e in fact.equivalents] == ["USD"]
    assert sheet.entities[0].name == "Qwen3-Max"
    assert sheet.convert(Decimal("380e9"), "CNY", "EUR").quantize(Decimal("1e8")) == Decimal("4.54E+10")


@pytest.mark.parametrize(
    "body,where,message",
    [
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    value: [5\n", (6, 1), "not valid YAML"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    valeur: 5\n", (5, 5), "facts/a: unknown key 'valeur' (expected one of"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n", (4, 5), "facts/a: 'value' is missing"),
        ("story: x\nas_of: 2025-09-24\nfatcs:\n  - id: a\n    value: 5\n", (3, 1), "top level: unknown key 'fatcs'"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    value:\n", (5, 5), "facts/a/value: is empty"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    value: 5%\n    tolerance: lots\n", (6, 16),
         "facts/a/tolerance: 'lots' must be a percentage"),
        ("story: x\nas_of: 2025-09-24\nsources: [{id: wire}]\nfacts:\n  - {id: a, value: 5%, sources: [wire, nope]}\n", (5, 40),
         "facts/a/sources: 'nope' is no id of the sheet's sources (wire)"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    value: 5 zorkmids\n", (5, 12), "must be one quantity"),
        ("story: x\nas_of: 2025-09-24\nfacts:\n  - {id: a, value: '5%'}\n  - {id: a, value: '6%'}\n", (5, 5), "duplicate id"),
        ("story: x\nas_of: 2025-09-24\nrates: {base: USD, XYZ: 2}\nfacts:\n  - {id: a, value: '5%'}\n", (3, 25), "XYZ"),
        ("story: x\nas_of: 2025-09-24\nrates: {base: USD, EUR: 0.9}\nfacts:\n  - {id: a, value: 5 billion CNY}\n", (5, 20), "no exchange rate for CNY"),
        ("story: x\nas_of: 24.09.2025\nfacts:\n  - {id: a, value: '5%'}\n", (2, 8), "as_of: '24.09.2025' must be a date written YYYY-MM-DD"),
    ],
)
def test_sheet_errors_name_file_line_column(tmp_path, body, where, message):
    path = tmp_path / "facts.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_facts(str(path))
    assert (err.value.line, err.value.column) == where, str(err.value)
    assert message in err.value.message and str(err.value).startswith(f"{path}:{where[0]}:{where[1]}: error:")


def test_config_extends_a_preset_and_overrides(tmp_path):
    path = tmp_path / ".claimlint.yaml"
    path.write_text("extends: strict\nfacts: sheet.yaml\nseverity: {CL105: info}\nfail-on: error\n", encoding="utf-8")
    config = load_config(str(path))
    assert config.facts == str(tmp_path / "sheet.yaml")
    assert config.severity["CL105"] == "info" and config.severity["CL109"] == "error"
    assert config.fail_on == "error"


@pytest.mark.parametrize(
    "body,where,message",
    [
        ("extends: default\nselct: [CL1]\n", (2, 1), "unknown key 'selct'"),
        ("severity:\n  CL105: loud\n", (2, 3), "severity of CL105"),
        ("fail-on: sometimes\n", (1, 1), "fail-on must be"),
        ("select: CL1\n", (1, 1), "select must be a list"),
        ("languages: [nl, de]\n", (1, 1), "languages: de not among"),
        ("facts: f.yaml\nextends: strictt\n", (2, 1), "unknown preset 'strictt' (the presets: default, lenient, strict;"),
    ],
)
def test_config_errors(tmp_path, body, where, message):
    path = tmp_path / ".claimlint.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(str(path))
    assert (err.value.line, err.value.column) == where and message in err.value.message


def test_unknown_rule_in_config_is_reported_by_check(tmp_path):
    import subprocess
    import sys

    (tmp_path / ".claimlint.yaml").write_text("facts: ../x.yaml\nseverity:\n  CL999: error\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("5%\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "claimlint", "check", "--facts", str(ROOT / "seeds/facts.yaml"),
                          str(article)], capture_output=True, text=True)
    assert out.returncode == 2 and f"{tmp_path / '.claimlint.yaml'}:3:3: error: 'CL999' names no rule" in out.stderr


def test_packaged_presets_match_rules_directory():
    for preset in sorted((ROOT / "rules").glob("*.yaml")):
        packaged = ROOT / "claimlint" / "presets" / preset.name
        assert packaged.read_text(encoding="utf-8") == preset.read_text(encoding="utf-8")
    assert preset_path("default").name == "default.yaml"


@pytest.mark.parametrize("given,message", [
    ("max_gap: lots", "option 'max_gap' of CL104 must be a whole number, not 'lots'"),
    ("max_gapp: 6", "CL104 has no option 'max_gapp' (its options: max_gap)"),
    ("max_gap: -5", "option 'max_gap' of CL104 must not be negative, not -5"),
    ("max_gap: true", "option 'max_gap' of CL104 must be a whole number, not True"),
])
def test_a_rule_option_of_another_name_or_type_is_a_config_error(tmp_path, given, message):
    """Checked before any article, where the option is written: a typo would be ignored, a string would crash the rule."""
    from claimlint.config import load_config
    from claimlint.filter import check_selectors
    from claimlint.plugins import registered_rules

    path = tmp_path / ".claimlint.yaml"
    path.write_text(f"options:\n  CL104:\n    {given}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        check_selectors(load_config(str(path)), list(registered_rules(False).values()))
    assert (err.value.line, err.value.column, err.value.message) == (3, 5, message)


def test_the_strict_preset_lists_unsourced_figures(tmp_path):
    """CL111 is off by default and on only where named by its code: the strict preset names it."""
    from claimlint.filter import enabled_rules
    from claimlint.plugins import registered_rules
    from claimlint.testing import lint_text

    (tmp_path / ".claimlint.yaml").write_text("extends: strict\n", encoding="utf-8")
    rules = list(registered_rules(False).values())
    strict = {r.code for r in enabled_rules(load_config(str(tmp_path / ".claimlint.yaml")), rules)}
    default = {r.code for r in enabled_rules(load_config(str(preset_path("default"))), rules)}
    assert "CL111" in strict and "CL111" not in default and default <= strict
    found = lint_text("Китай выплавил 470 миллионов тонн стали.", lang="ru", facts=str(ROOT / "seeds/facts.yaml"), select=["CL111"])
    assert [d.code for d in found] == ["CL111"] and "470 миллионов" in found[0].message


@pytest.mark.parametrize("equivalent,error", [("about 2.8 billion USD", None), ("about 9 billion USD", (9, 19))])
def test_a_fact_whose_forms_disagree_at_the_sheets_rates_is_an_error(tmp_path, equivalent, error):
    """"2.4 billion EUR" and "about 9 billion USD" cannot both hold: every figure of the story would be reported."""
    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\nstory: A port budget\nas_of: 2025-09-24\nrates: {base: USD, EUR: 0.851, tolerance: 3%}\n"
                    "facts:\n  - id: budget\n    value: 2.4 billion EUR\n    words: {en: [budget]}\n"
                    f"    equivalents: [{equivalent}]\n", encoding="utf-8")
    if error is None:
        assert load_facts(str(path)).facts[0].equivalents[0].unit == "USD"
        return
    with pytest.raises(ConfigError) as err:
        load_facts(str(path))
    assert (err.value.line, err.value.column) == error
    assert err.value.message == ("facts/budget: about 9 billion USD (7.66 billion EUR at the sheet's rates) does not meet"
                                 " 2.4 billion EUR within the rates' and the fact's tolerances")


def test_a_bare_yaml_number_is_a_value(tmp_path):
    """ "value: 15000" is read as the number it is, whatever the fact's language writes as separators (the whole
    loading, the schema's check included)."""
    path = tmp_path / "facts.yaml"
    path.write_text("story: x\nas_of: 2025-09-24\nfacts:\n  - {id: a, value: 15000, lang: fr}\n  - {id: b, value: 1.5, lang: it}\n",
                    encoding="utf-8")
    assert [f.value.value for f in load_facts(str(path)).facts] == [Decimal(15000), Decimal("1.5")]


def test_a_missing_fact_sheet_is_named_where_the_configuration_names_it(tmp_path):
    import subprocess
    import sys

    (tmp_path / ".claimlint.yaml").write_text("select: [CL1]\nfacts: nofacts.yaml\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("5%\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "claimlint", "check", str(tmp_path / "a.txt")], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 2
    assert out.stderr.strip() == f"{tmp_path / '.claimlint.yaml'}:2:1: error: fact sheet {tmp_path / 'nofacts.yaml'} not found"


def test_options_are_given_by_rule_code(tmp_path):
    from claimlint.filter import check_selectors
    from claimlint.plugins import registered_rules

    path = tmp_path / ".claimlint.yaml"
    path.write_text("options:\n  conversion-mismatch: {max_gap: 6}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        check_selectors(load_config(str(path)), list(registered_rules(False).values()))
    assert err.value.message == "options are given by rule code: 'conversion-mismatch' is not one (it names CL104)"


def test_an_equivalent_off_by_less_than_its_rounding_is_written_in_full(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\nstory: s\nas_of: 2025-09-24\nrates: {base: USD, CNY: 7.12, tolerance: 0}\nfacts:\n"
                    "  - id: inv\n    value: 380 billion CNY\n    equivalents: [53.4 billion USD]\n    tolerance: 0\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_facts(str(path))
    assert "53.4 billion USD (380,208,000,000 CNY at the sheet's rates) does not meet 380 billion CNY" in err.value.message



def test_a_fact_in_percentage_points_is_described_in_words():
    """A message says "4 percentage points", not the unit's key ("4 percentage_point")."""
    from decimal import Decimal

    from claimlint.compare import describe
    from claimlint.quantity import Bound, Kind, Quantity

    def points(value: str, bound: Bound = Bound.EXACT) -> str:
        return describe(Quantity(Kind.PERCENT, Decimal(value), 0, 1, "x", "en", unit="percentage_point", bound=bound))

    assert points("4") == "4 percentage points"
    assert points("1", Bound.MORE_THAN) == "more than 1 percentage point"
