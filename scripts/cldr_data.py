"""Write claimlint/data/cldr.json from Babel's CLDR tables.

The extractor needs month and weekday names and number symbols for each language. Babel ships CLDR, so
we take them from there instead of typing them, and keep the result as a small data file so that a
cold ``claimlint`` run does not pay for loading Babel. tests/test_cldr_data.py fails when this file and
Babel disagree; run ``python scripts/cldr_data.py`` to regenerate it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global
from babel.dates import get_day_names, get_month_names
from babel.numbers import get_territory_currencies

LANGS = ("en", "fr", "ru", "ar", "it", "nl")
TARGET = Path(__file__).resolve().parent.parent / "claimlint" / "data" / "cldr.json"


def _names(getter, lang: str, count: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for key, name in getter(width, context=context, locale=lang).items():
                forms = out.setdefault(str(key if count == 12 else key + 1), [])
                for form in (name, name.rstrip(".")):
                    if form and form not in forms:
                        forms.append(form)
    return out


def current_currencies() -> list[str]:
    """ISO 4217 codes that are legal tender somewhere today (CLDR's territory currencies)."""
    territories = get_global("territory_currencies").keys()
    return sorted({code for t in territories for code in get_territory_currencies(t)})


def currency_names(locale: Locale, codes: list[str]) -> dict[str, list[str]]:
    """Display names (singular and plural forms) and local symbols of each current currency."""
    plurals = locale._data["currency_names_plural"]
    out: dict[str, list[str]] = {}
    for code in codes:
        forms = [locale.currencies.get(code), *dict(plurals.get(code) or {}).values()]
        symbol = locale.currency_symbols.get(code)
        if symbol and symbol != code:
            forms.append(symbol.replace("\u200f", "").replace("\u200e", ""))
        forms = [f for f in dict.fromkeys(forms) if f and f != code]
        if forms:
            out[code] = forms
    return out


def build() -> dict[str, object]:
    codes = current_currencies()
    data: dict[str, object] = {
        "_source": "CLDR via Babel; regenerate with python scripts/cldr_data.py",
        "_babel": babel.__version__,
        "currency_codes": codes,
    }
    for lang in LANGS:
        locale = Locale.parse(lang)
        latn = locale.number_symbols.get("latn", locale.number_symbols)
        arab = locale.number_symbols.get("arab", {}) if lang == "ar" else {}
        data[lang] = {
            "months": _names(get_month_names, lang, 12),
            "weekdays": _names(get_day_names, lang, 7),
            "decimal": sorted({latn["decimal"], *([arab["decimal"]] if arab else [])}),
            "group": sorted({latn["group"], *([arab["group"]] if arab else [])}),
            "currencies": currency_names(locale, codes),
        }
    return data


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
