"""Any text in, no exception out: the extractor on random mixes of figures, signs and words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.extract import extract_text
from claimlint.lexicon import LANGUAGES, lexicon

# Pieces that make the grammar work hardest: figures with every separator, signs, and the
# vocabulary of every language, joined by spaces, dashes, commas and line breaks.
_FIGURES = st.from_regex(r"[+\-−]?[0-9٠-٩]{1,4}([.,٫٬ \u00a0\u202f/][0-9٠-٩]{1,3}){0,3}", fullmatch=True)
_WORDS = st.sampled_from(sorted({w for lang in LANGUAGES for w in list(lexicon(lang).categories)[:400]}))
_SIGNS = st.sampled_from(["$", "€", "%", "٪", "(", ")", "-", "–", ",", ".", ":", "\n", "\r\n", "🙂", "و"])
_PIECES = st.lists(st.one_of(_FIGURES, _WORDS, _SIGNS), min_size=1, max_size=14)
_JOINERS = st.sampled_from([" ", "", "  ", "-", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(pieces=_PIECES, joiner=_JOINERS, lang=st.sampled_from([None, *LANGUAGES]))
def test_any_text_extracts_without_error_and_spans_are_exact(pieces, joiner, lang):
    text = joiner.join(pieces)
    for q in extract_text(text, lang=lang):
        assert text[q.start : q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
