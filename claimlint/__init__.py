"""claimlint: a rule-based claim-consistency linter for multilingual news articles."""

from __future__ import annotations

from claimlint.quantity import Bound, Kind, Quantity

__version__ = "0.1.0"
__all__ = ["Bound", "Kind", "Quantity", "__version__", "extract"]


def extract(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity stated in ``text``; ``lang`` fixes the language, else it is detected per paragraph."""
    from claimlint.extract import extract_text

    return extract_text(text, lang=lang)
