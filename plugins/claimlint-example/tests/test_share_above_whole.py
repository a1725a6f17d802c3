"""The example plugin's rule, run through the real plugin manager and entry point."""

from __future__ import annotations

import pytest

pytest.importorskip("claimlint_example", reason="the example plugin is not installed (pip install -e plugins/claimlint-example)")

from claimlint.plugins import registered_rules  # noqa: E402
from claimlint.testing import lint_text  # noqa: E402


def test_entry_point_registers_the_rule():
    assert "EX001" in registered_rules(True)
    assert "EX001" not in registered_rules(False)


@pytest.mark.parametrize(
    "lang,text,claims",
    [
        ("it", "Alibaba controlla il 120% del mercato cloud cinese.", ["120%"]),
        ("ru", "Alibaba контролирует 150% рынка.", ["150%"]),
        ("en", "Cloud revenue grew 120% in the quarter.", []),
        ("nl", "Alibaba heeft 35% van de markt in handen.", []),
    ],
)
def test_share_above_whole(lang, text, claims):
    found = lint_text(text, lang=lang, select=["EX001"], load_entry_points=True)
    assert [d.claim for d in found] == claims
    assert all(d.code == "EX001" and d.slug == "share-above-whole" for d in found)


def test_option_limit():
    found = lint_text("Alibaba controlla il 120% del mercato.", lang="it", select=["EX001"],
                      options={"EX001": {"limit": 150}}, load_entry_points=True)
    assert found == []
