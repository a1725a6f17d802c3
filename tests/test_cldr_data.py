"""claimlint/data/cldr.json is generated from Babel's CLDR tables; it must not drift from them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import babel
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_cldr_json_matches_babel():
    spec = importlib.util.spec_from_file_location("cldr_data", ROOT / "scripts" / "cldr_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (ROOT / "claimlint" / "data" / "cldr.json").read_text(encoding="utf-8")
    made_with = json.loads(written)["_babel"]
    if made_with != babel.__version__:
        pytest.skip(f"cldr.json was made with Babel {made_with}; this is {babel.__version__}")
    assert written == module.render(), "regenerate with: python scripts/cldr_data.py"
