"""`claimlint check` end to end: the golden test on the seeds, formats, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimlint.diagnostics import Severity
from claimlint.testing import lint_text

ROOT = Path(__file__).resolve().parent.parent
FACTS = str(ROOT / "tests" / "fixtures" / "facts.yaml")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimlint", *args], cwd=cwd, capture_output=True, text=True)


# Every real error of the seeds, at its line and column, and nothing else at warning or above.
GOLDEN = [
    ("seeds/001_dce9f7200921392e.txt", 5, 4, "CL107", "25 septembre 2025"),
    ("seeds/001_dce9f7200921392e.txt", 5, 351, "CL105", "380 milliards de yuans"),
    ("seeds/003_9f4fbb99841e5ec5.txt", 13, 1, "CL109", "Qwen 2.5"),
    ("seeds/003_9f4fbb99841e5ec5.txt", 15, 149, "CL109", "Qwen 2.5"),
    ("seeds/003_9f4fbb99841e5ec5.txt", 17, 23, "CL109", "Qwen 2.5"),
    ("seeds/003_9f4fbb99841e5ec5.txt", 17, 199, "CL109", "Qwen 2.5-Max"),
    ("seeds/004_854a65561ea01f91.txt", 3, 58, "CL102", "meer dan een triljoen"),
    ("seeds/004_854a65561ea01f91.txt", 5, 255, "CL102", "meer dan een triljoen"),
    ("seeds/004_854a65561ea01f91.txt", 6, 330, "CL105", "380 miljard yuan"),
    ("seeds/004_854a65561ea01f91.txt", 8, 73, "CL102", "meer dan 3,4 miljard euro"),
]


def test_golden_seeds_json():
    out = run("check", "--format", "json", "seeds/")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    got = [(d["path"], d["line"], d["column"], d["code"], d["claim"]) for d in report["diagnostics"]]
    assert got == GOLDEN
    first = report["diagnostics"][0]
    assert set(first) >= {"path", "line", "column", "end_line", "end_column", "code", "slug", "severity",
                          "message", "fact", "claim", "expected", "fix"}
    scale = report["diagnostics"][-1]
    assert (scale["fix"], scale["fact"], scale["end_column"]) == ("biljoen", "global_ai_investment", 98)
    hedges = [d["fix"] for d in report["diagnostics"] if d["code"] == "CL105"]
    assert hedges == ["plus de ", "meer dan "]


def test_golden_seeds_text_snapshot():
    out = run("check", "seeds/")
    assert out.stdout == (ROOT / "tests" / "snapshots" / "seeds.txt").read_text(encoding="utf-8")


def test_github_and_sarif_formats():
    gh = run("check", "--format", "github", "seeds/004_854a65561ea01f91.txt").stdout.splitlines()
    assert gh[0].startswith("::error file=seeds/004_854a65561ea01f91.txt,line=3,col=58,endLine=3,endColumn=79,"
                            "title=CL102 scale-word-mismatch::")
    sarif = json.loads(run("check", "--format", "sarif", "seeds/002_0140914d55b4fe1d.txt",
                           "seeds/004_854a65561ea01f91.txt").stdout)
    run_ = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run_["columnKind"] == "utf16CodeUnits"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"CL101", "CL111"}
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 58)


def test_exit_codes_and_fail_on(tmp_path):
    clean = tmp_path / "ok.txt"
    clean.write_text("Alibaba вложит $53 млрд в ИИ.\n", encoding="utf-8")
    assert run("check", "--facts", FACTS, str(clean)).returncode == 0
    assert run("check", "--fail-on", "error", "seeds/003_9f4fbb99841e5ec5.txt").returncode == 0
    assert run("check", "seeds/003_9f4fbb99841e5ec5.txt").returncode == 1
    assert run("check", "--fail-on", "never", "seeds/").returncode == 0


def test_bad_fact_sheet_is_one_line_with_position(tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text("story: x\nas_of: 2025-09-24\nfacts:\n  - id: a\n    value: 5 zorkmids\n", encoding="utf-8")
    out = run("check", "--facts", str(sheet), "seeds/000_0a19c8d6c98d0b44.txt")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines() == [f"{sheet}:5:12: error: value '5 zorkmids' must be one quantity; read '5'"]


def test_missing_article_and_bad_article_still_check_the_rest(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff")
    out = run("check", "--facts", FACTS, str(tmp_path / "nope.txt"), str(bad), "seeds/004_854a65561ea01f91.txt")
    assert out.returncode == 2
    assert f"{bad}:2:1: error: not valid UTF-8" in out.stderr and "nope.txt: error: no such file" in out.stderr
    assert "CL102" in out.stdout


def test_front_matter_names_the_fact_sheet(tmp_path):
    (tmp_path / "sheet.yaml").write_text(Path(FACTS).read_text(encoding="utf-8"), encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text("---\nfacts: sheet.yaml\n---\nQwen3-Max heeft meer dan een triljoen parameters.\n", encoding="utf-8")
    out = run("check", "--format", "json", str(article), cwd=tmp_path)
    assert [d["code"] for d in json.loads(out.stdout)["diagnostics"]] == ["CL102"]
    assert json.loads(out.stdout)["diagnostics"][0]["line"] == 4


def test_fact_severity_overrides_the_rule(tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(Path(FACTS).read_text(encoding="utf-8").replace(
        "  - id: qwen3_max_params\n", "  - id: qwen3_max_params\n    severity: info\n"), encoding="utf-8")
    found = lint_text("Qwen3-Max heeft meer dan een triljoen parameters.", lang="nl", facts=str(sheet))
    assert [(d.code, d.severity) for d in found] == [("CL102", Severity.INFO)]


def test_configured_languages_restrict_identification(tmp_path):
    (tmp_path / ".claimlint.yaml").write_text(f"facts: {FACTS}\nlanguages: [nl]\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Key takeaways\nQwen3-Max heeft meer dan een triljoen parameters.\n", encoding="utf-8")
    out = run("check", "--format", "json", str(article))
    assert [(d["code"], d["line"]) for d in json.loads(out.stdout)["diagnostics"]] == [("CL102", 2)]


def test_inline_suppressions():
    text = ("<!-- claimlint-disable-next-line CL102 -->\nQwen3-Max heeft meer dan een triljoen parameters.\n"
            "Qwen3-Max heeft meer dan een triljoen parameters.\n")
    found = lint_text(text, lang="nl", facts=FACTS, path="a.md")
    assert [(d.code, d.start) for d in found] == [("CL102", text.rindex("meer dan een triljoen"))]
    region = "<!-- claimlint-disable -->\n" + text + "<!-- claimlint-enable -->\n"
    assert lint_text(region, lang="nl", facts=FACTS, path="a.md") == []
    # a misspelt directive suppresses nothing and is reported where it stands (before, "disable-line" read as
    # "disable" turned CL102 off to the end of the file)
    typo = "<!-- claimlint-disable-line CL102 -->\nQwen3-Max heeft meer dan een triljoen parameters.\n"
    assert [(d.code, d.slug, d.start) for d in lint_text(typo, lang="nl", facts=FACTS, path="a.md")] == [
        ("CL000", "unknown-directive", 5), ("CL102", "scale-word-mismatch", typo.index("meer"))]
    # enabling one of the rules a directive disabled leaves the others disabled
    two = ("<!-- claimlint-disable CL102, CL109 -->\nQwen 2.5 heeft meer dan een triljoen parameters.\n<!-- claimlint-enable CL102 -->\n"
           "Qwen 2.5 heeft meer dan een triljoen parameters.\n")
    assert [(d.code, d.start) for d in lint_text(two, lang="nl", facts=FACTS, path="a.md")] == [
        ("CL102", two.rindex("meer dan een triljoen"))]


def test_crashing_rule_becomes_one_diagnostic_and_others_run():
    from claimlint.plugins import registered_rules
    from claimlint.rule import Rule

    class Boom(Rule):
        code, slug, summary = "ZZ001", "always-crashes", "crashes"

        def check(self):
            raise RuntimeError("kaboom")

    rules = [Boom, registered_rules(False)["CL102"]]
    found = lint_text("Qwen3-Max heeft meer dan een triljoen parameters.", lang="nl", facts=FACTS, rules=rules)
    assert [(d.code, d.slug) for d in found] == [("CL000", "rule-crashed"), ("CL102", "scale-word-mismatch")]
    assert "ZZ001" in found[0].message and "kaboom" in found[0].message and found[0].severity is Severity.ERROR


def test_unknown_selector_on_the_command_line():
    out = run("check", "--select", "CL999", "seeds/004_854a65561ea01f91.txt")
    assert out.returncode == 2
    assert out.stderr.strip().endswith("'CL999' names no rule (see 'claimlint rule --all')")


def test_select_on_the_command_line_replaces_the_configured_selection(tmp_path):
    """As in ruff: --select checks only the rules it names, --extend-select adds to the configuration's."""
    sheet = ROOT / "seeds" / "facts.yaml"
    (tmp_path / "c.yaml").write_text(f"facts: {sheet}\nselect: [CL1]\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(f"facts: {sheet}\nselect: [CL102]\nignore: [CL109]\n", encoding="utf-8")

    def codes(*args: str) -> set[str]:
        out = run("check", "--format", "json", *args, "seeds/")
        return {d["code"] for d in json.loads(out.stdout)["diagnostics"]}

    assert codes("--config", str(tmp_path / "c.yaml")) == {"CL102", "CL105", "CL107", "CL109"}
    assert codes("--config", str(tmp_path / "c.yaml"), "--select", "CL102") == {"CL102"}
    assert codes("--config", str(tmp_path / "d.yaml"), "--extend-select", "CL109,CL105") == {"CL102", "CL105", "CL109"}
    assert run("check", "--extend-select", "CL999", "seeds/").returncode == 2
    # a slug selects as its code does, past the configuration's ignore; --ignore wins over --select
    (tmp_path / "e.yaml").write_text(f"facts: {sheet}\nignore: [CL109]\n", encoding="utf-8")
    assert codes("--config", str(tmp_path / "e.yaml"), "--select", "entity-name-outdated") == {"CL109"}
    assert codes("--config", str(tmp_path / "e.yaml"), "--select", "CL102,CL109", "--ignore", "CL109") == {"CL102"}


def test_per_file_ignores_match_from_the_configuration_file(tmp_path):
    """A pattern names paths from the directory of the file that holds it, wherever the check runs, and a
    walk passes over installed packages."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "node_modules" / "x").mkdir(parents=True)
    (tmp_path / ".claimlint.yaml").write_text(f"facts: {FACTS}\nper-file-ignores:\n  \"archive/*.md\": [CL109]\n",
                                              encoding="utf-8")
    for path in ("archive/old.md", "node_modules/x/README.md", "new.md"):
        (tmp_path / path).write_text("Qwen 2.5 heeft meer dan een triljoen parameters.\n", encoding="utf-8")

    def found(*args: str, cwd: Path) -> list[tuple[str, str]]:
        out = run("check", "--format", "json", *args, cwd=cwd)
        return [(Path(d["path"]).name, d["code"]) for d in json.loads(out.stdout)["diagnostics"]]

    assert sorted(found(".", cwd=tmp_path)) == [("new.md", "CL102"), ("new.md", "CL109"), ("old.md", "CL102")]
    assert found(str(tmp_path / "archive" / "old.md"), cwd=ROOT) == [("old.md", "CL102")]
    assert found("old.md", cwd=tmp_path / "archive") == [("old.md", "CL102")]


def test_a_word_written_with_combining_accents_links_as_the_composed_word(tmp_path):
    """Text pasted from some editors writes "ô" as "o" and a combining circumflex: the word still links its fact,
    and the finding's offsets are those of the text as written."""
    import unicodedata

    sheet = tmp_path / "facts.yaml"
    sheet.write_text("version: 1\nstory: s\nas_of: 2025-09-24\nfacts:\n  - id: unemployment\n    value: 7.3%\n"
                     "    words: {fr: [chômage]}\n", encoding="utf-8")
    for text in ("Le taux de chômage atteint 9,1 %.", unicodedata.normalize("NFD", "Le taux de chômage atteint 9,1 %.")):
        found = lint_text(text, lang="fr", facts=str(sheet))
        assert [(d.code, text[d.start : d.end]) for d in found] == [("CL101", "9,1 %")]


def test_rule_command_prints_documentation():
    out = run("rule", "scale-word-mismatch")
    assert out.returncode == 0 and "## What it does" in out.stdout and "CL102" in out.stdout
    listing = run("rule", "--all").stdout.splitlines()
    assert len([line for line in listing if line.startswith("CL1")]) == 11
    assert run("rule", "CL999").returncode == 2


@pytest.mark.parametrize("select,expected", [(["CL102"], ["CL102"] * 3), (["scale-word-mismatch"], ["CL102"] * 3),
                                            (["CL1"], ["CL102", "CL102", "CL105", "CL102"])])
def test_select_by_code_prefix_and_slug(select, expected):
    text = (ROOT / "seeds" / "004_854a65561ea01f91.txt").read_text(encoding="utf-8")
    found = lint_text(text, facts=str(ROOT / "seeds" / "facts.yaml"), select=select)
    assert [d.code for d in found] == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Alibaba's cloud revenue growth rose from 20% to 29%."),
    ("ru", "Рост облачной выручки Alibaba ускорился с 20% до 29%."),
    ("nl", "De groei van de cloudomzet steeg van 20 naar 29 procent."),
])
def test_a_change_from_one_level_to_another_is_checked_at_both_levels(lang, text):
    """ "rose from 20% to 29%" states two levels; read as a range it would contain the fact (26%)."""
    from claimlint.facts import load_facts

    sheet = load_facts(str(Path(__file__).parent / "fixtures" / "facts.yaml"))
    found = lint_text(text, lang=lang, facts=sheet, select=["CL101"])
    assert any(d.claim.endswith(("29%", "29 procent")) for d in found), found


@pytest.mark.parametrize("lang,text,flagged", [
    ("en", "The company was founded in the 1990s and grew fast.", []),
    ("en", "The company was founded in the 1980s and grew fast.", ["1980s"]),
    ("ru", "Компания основана в 1980-е годы.", ["1980-е"]),
    ("fr", "L'entreprise a été fondée dans les années 90.", []),
])
def test_a_decade_agrees_with_a_year_inside_it(tmp_path, lang, text, flagged):
    """A decade is the range of its years: a year fact inside it agrees; the message writes the year
    with no group sign."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(
        "version: 1\nstory: x\nas_of: 2025-09-24\nfacts:\n  - id: founded\n    value: '1994'\n"
        "    words:\n      en: [founded]\n      ru: [основан]\n      fr: [fondée]\n", encoding="utf-8")
    found = [d for d in lint_text(text, lang=lang, facts=str(sheet)) if d.code == "CL101"]
    assert [d.claim for d in found] == flagged
    assert all(d.expected == "1994" for d in found)


def test_the_pre_commit_hooks_name_every_article_and_run(tmp_path):
    """Each hook's files pattern takes every suffix an article may have; the hook for the whole repository takes
    fact sheets too and no file names; each entry runs as pre-commit runs it."""
    import re

    from ruamel.yaml import YAML

    from claimlint.discover import ARTICLE_SUFFIXES

    hooks = {h["id"]: h for h in YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"claimlint", "claimlint-extract", "claimlint-all"}
    for hook in hooks.values():
        assert all(re.search(hook["files"], f"drafts/a{suffix}") for suffix in ARTICLE_SUFFIXES), hook["id"]
    assert re.search(hooks["claimlint-all"]["files"], "facts.yaml") and hooks["claimlint-all"]["pass_filenames"] is False
    assert not re.search(hooks["claimlint"]["files"], "facts.yaml")
    (tmp_path / ".claimlint.yaml").write_text(f"facts: {FACTS}\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("Qwen3-Max heeft meer dan een triljoen parameters.\n", encoding="utf-8")
    for hook in hooks.values():
        command = hook["entry"].split()[1:] + ([] if hook.get("pass_filenames") is False else ["draft.md"])
        out = run(*command, cwd=tmp_path)
        assert out.returncode == (0 if hook["id"] == "claimlint-extract" else 1), (hook["id"], out.stderr)



def test_a_figure_links_to_the_fact_of_what_it_counts_and_a_measure_only_to_one_that_names_it(tmp_path):
    """"140 turbines, 90 kilometres off the coast": the count links to the turbines' fact, though the distance's words
    are in the sentence too; a figure of a unit of measure links to no fact that does not name the unit (it flagged
    "some 90" against the turbines)."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(
        "version: 1\nstory: s\nas_of: 2025-10-14\nfacts:\n"
        "  - id: turbines\n    value: 140\n    words: {en: [turbines], fr: [éoliennes], ru: [турбин], nl: [turbines]}\n"
        "  - id: distance\n    value: 85\n    words: {en: [kilometres, coast], fr: [kilomètres, côte], ru: [километр, берег], nl: [kust]}\n",
        encoding="utf-8")
    right = {
        "en": "The 140 turbines, to be installed some 90 kilometres off the coast, are ready.",
        "fr": "Les 140 éoliennes, installées à environ 90 kilomètres de la côte, sont prêtes.",
        "ru": "140 турбин установят примерно в 90 километрах от берега.",
        "nl": "De 140 turbines komen zo'n 90 kilometer uit de kust.",
    }
    for lang, text in right.items():
        assert [(d.code, text[d.start : d.end]) for d in lint_text(text, lang=lang, facts=str(sheet))] == [], lang
        wrong = text.replace("140", "120")
        assert [(d.code, d.fact) for d in lint_text(wrong, lang=lang, facts=str(sheet))] == [("CL101", "turbines")], lang


def test_a_hedged_figure_in_the_wrong_currency_is_reported_though_its_hedge_reaches_the_right_form(tmp_path):
    """"plus de 9,5 milliards de dollars" of a fact "more than 9.5 billion EUR" (about 11 billion USD): "more than"
    reaches 11 billion, but the figure is the euro figure with the currency changed (CL103 let it pass)."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(
        "version: 1\nstory: s\nas_of: 2025-10-14\nrates: {base: EUR, date: 2025-10-14, USD: 1.17, NOK: 11.7}\nfacts:\n"
        "  - id: investment\n    value: more than 9.5 billion EUR\n    equivalents: [about 11 billion USD]\n"
        "    words: {en: [invest], fr: [invest], ru: [инвест], nl: [investe]}\n", encoding="utf-8")
    cases = {
        "fr": ("Les partenaires investiront plus de 9,5 milliards de dollars.", "plus de 9,5 milliards de dollars"),
        "en": ("The partners will invest more than $9.5 billion.", "more than $9.5 billion"),
        "ru": ("Партнёры инвестируют более 9,5 млрд долларов.", "более 9,5 млрд долларов"),
        "nl": ("De partners investeren ruim 9,5 miljard dollar.", "ruim 9,5 miljard dollar"),
    }
    for lang, (text, claim) in cases.items():
        found = [(d.code, text[d.start : d.end]) for d in lint_text(text, lang=lang, facts=str(sheet)) if d.code == "CL103"]
        assert found == [("CL103", claim)], lang
        right = text.replace("9,5", "11").replace("9.5", "11")
        assert [d.code for d in lint_text(right, lang=lang, facts=str(sheet)) if d.code == "CL103"] == [], lang
