"""claimlint/data/cldr.json is generated from Babel's CLDR tables; it must not drift from them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_cldr_json_matches_babel():
    spec = importlib.util.spec_from_file_location("cldr_data", ROOT / "scripts" / "cldr_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (ROOT / "claimlint" / "data" / "cldr.json").read_text(encoding="utf-8")
    assert written == module.render(), "regenerate with: python scripts/cldr_data.py"
