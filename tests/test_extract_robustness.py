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


def _through_lark(text, tokens, lang):
    """What Lark and the Transformer's own tree walk read in ``tokens``."""
    from lark.exceptions import UnexpectedInput, VisitError

    from claimlint.parse import NotAQuantity, QuantityBuilder, TokenStream, parser

    try:
        tree = parser().parse(TokenStream(text, tokens))
    except UnexpectedInput as err:
        position = getattr(getattr(err, "token", None), "start_pos", None)
        return "no parse", len(text) if position is None else position
    try:
        return QuantityBuilder(lexicon(lang), text).transform(tree)
    except VisitError as exc:
        assert isinstance(exc.orig_exc, (NotAQuantity, ValueError, ArithmeticError)), exc
        return "not a quantity"


def _through_plans(text, tokens, lang):
    from claimlint.parse import NoParse, NotAQuantity, parse_tokens

    try:
        return parse_tokens(text, tokens, lang)
    except NoParse as err:
        return "no parse", err.position  # (where _parse_run splits the run)
    except NotAQuantity:
        return "not a quantity"


@settings(max_examples=200, deadline=None)
@given(pieces=_PIECES, joiner=_JOINERS, lang=st.sampled_from(LANGUAGES))
def test_kept_parses_read_as_the_transformer_does(pieces, joiner, lang):
    """parse_tokens replays the Transformer along one tree per shape of run: every run, and every
    start of one, reads as Lark's parse and ``QuantityBuilder.transform`` read it."""
    from claimlint.candidates import find_runs

    text = joiner.join(pieces)
    for run in find_runs(text, lang):
        for end in range(1, len(run.tokens) + 1):
            tokens = run.tokens[:end]
            assert _through_plans(text, tokens, lang) == _through_lark(text, tokens, lang)


def _table_sentences():
    import importlib

    yield from ((case[0], case[1]) for case in importlib.import_module("test_extract_forms").CASES)
    for lang in LANGUAGES:
        yield from ((lang, case[0]) for case in importlib.import_module(f"test_extract_{lang}").CASES)


def test_kept_parses_read_the_table_sentences_as_the_transformer_does():
    from claimlint.candidates import find_runs

    checked = 0
    for lang, text in _table_sentences():
        for run in find_runs(text, lang):
            for end in range(1, len(run.tokens) + 1):
                tokens = run.tokens[:end]
                assert _through_plans(text, tokens, lang) == _through_lark(text, tokens, lang), text
                checked += 1
    assert checked > 1000


def test_every_tree_the_grammar_builds_has_a_transformer_method():
    """The replay calls a method for every node: a rule or alias the grammar keeps as a node (not a
    "?rule" alternative of one child, nor a rule Lark makes for "+" and "*") needs one."""
    from claimlint.parse import _METHODS, parser

    for rule in parser().rules:
        name = str(rule.alias or rule.origin.name)
        kept = bool(rule.alias) or not (name.startswith("_") or (rule.options.expand1 and len(rule.expansion) == 1))
        assert not kept or name in _METHODS, f"no QuantityBuilder method for {name} ({rule})"


def test_a_long_run_is_read_in_pieces():
    """A run of hundreds of tokens ("و5 و5 و5 ...") would make parsing grow much faster than the text;
    no run is longer than any quantity can be, and every figure is still read."""
    from claimlint.candidates import _MAX_RUN, find_runs

    text = "و5 " * 300 + "ونصف " * 300
    runs = list(find_runs(text, "ar"))
    assert runs and max(len(r.tokens) for r in runs) <= _MAX_RUN
    assert sum(q.text == "5" for q in extract_text(text, lang="ar")) == 300
