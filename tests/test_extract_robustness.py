"""Any text in, no exception out: the extractor on random mixes of figures, signs and words."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
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
@example(pieces=["0", "0", "1", "0"], joiner="-", lang=None)  # a range before a score's dash: "0-0-1-0"
def test_any_text_extracts_without_error_and_spans_are_exact(pieces, joiner, lang):
    text = joiner.join(pieces)
    for q in extract_text(text, lang=lang):
        assert text[q.start : q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)


def _through_lark(text, tokens, lang):
    """What Lark's parse of ``tokens`` themselves reads as, the builder's methods called along its tree."""
    from lark import Tree
    from lark.exceptions import UnexpectedInput

    from claimlint.lalr import TokenStream, parser
    from claimlint.parse import _METHODS, NotAQuantity, QuantityBuilder, Token

    try:
        tree = parser().parse(TokenStream(text, tokens))
    except UnexpectedInput as err:
        position = getattr(getattr(err, "token", None), "start_pos", None)
        return "no parse", len(text) if position is None else position
    builder = QuantityBuilder(lexicon(lang), text)

    def walk(node):
        args = [walk(c) if isinstance(c, Tree) else Token(c.type, str(c), c.start_pos, c.end_pos) for c in node.children]
        return _METHODS[str(node.data)](builder, *args)

    try:
        return walk(tree)
    except (NotAQuantity, ValueError, ArithmeticError):
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
def test_kept_parses_read_as_each_runs_own_parse(pieces, joiner, lang):
    """parse_tokens reads every run along the parse kept for its shape (from another run, another
    process): every run, and every start of one, reads as Lark's parse of that run itself."""
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


def test_kept_parses_read_the_table_sentences_as_their_own_parse():
    from claimlint.candidates import find_runs

    checked = 0
    for lang, text in _table_sentences():
        for run in find_runs(text, lang):
            for end in range(1, len(run.tokens) + 1):
                tokens = run.tokens[:end]
                assert _through_plans(text, tokens, lang) == _through_lark(text, tokens, lang), text
                checked += 1
    assert checked > 1000


class _StatesCounted(frozenset):
    """``candidates._STATES`` that counts the runs its quick exit passes over, and then lets ``_emit``
    read them all the same (``isdisjoint`` answers False)."""

    passed_over = 0

    def isdisjoint(self, other):
        if frozenset.isdisjoint(self, other):
            type(self).passed_over += 1
        return False


def _runs_without_the_quick_exit(texts):
    from claimlint import candidates

    with_exit = [[run.tokens for run in candidates.find_runs(text, lang)] for lang, text in texts]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(candidates, "_STATES", _StatesCounted(candidates._STATES))
        _StatesCounted.passed_over = 0
        without = [[run.tokens for run in candidates.find_runs(text, lang)] for lang, text in texts]
    return with_exit, without


def test_runs_with_no_category_of_states_yield_nothing_on_the_tables():
    """``_emit`` returns at once for a run none of whose tokens is of ``_STATES`` (two runs in three),
    which mirrors what ``_flush`` and ``_states_one`` can yield from: read in full, every such run of
    the table sentences yields no run either."""
    texts = list(_table_sentences())
    with_exit, without = _runs_without_the_quick_exit(texts)
    assert _StatesCounted.passed_over > 1000
    assert with_exit == without


@settings(max_examples=200, deadline=None)
@given(pieces=_PIECES, joiner=_JOINERS, lang=st.sampled_from(LANGUAGES))
def test_runs_with_no_category_of_states_yield_nothing(pieces, joiner, lang):
    with_exit, without = _runs_without_the_quick_exit([(lang, joiner.join(pieces))])
    assert with_exit == without


def test_every_tree_the_grammar_builds_has_a_builder_method():
    """The replay calls a method for every node: a rule or alias the grammar keeps as a node (not a
    "?rule" alternative of one child, nor a rule Lark makes for "+" and "*") needs one."""
    from claimlint.lalr import parser
    from claimlint.parse import _METHODS

    for rule in parser().rules:
        name = str(rule.alias or rule.origin.name)
        kept = bool(rule.alias) or not (name.startswith("_") or (rule.options.expand1 and len(rule.expansion) == 1))
        assert not kept or name in _METHODS, f"no QuantityBuilder method for {name} ({rule})"


_READ_IN_A_NEW_PROCESS = """
import json, sys
import claimlint
texts = json.loads(sys.argv[1])
print(json.dumps([[repr(q) for q in claimlint.extract(text, lang=lang)] for lang, text in texts]))
print(json.dumps("lark" in sys.modules))
"""


def test_kept_parses_serve_the_next_process_which_then_does_not_load_lark(tmp_path):
    """The parses kept by shape of run are written to the user cache at exit; a process that meets only
    shapes kept there reads the same quantities without importing Lark (its start-up is shorter)."""
    import json
    import os
    import subprocess
    import sys

    texts = [
        ("ru", "Выручка выросла на 12,5% до 3,2 млрд рублей за 9 месяцев 2025 года."),
        ("ar", "بلغت الصادرات نحو ٣٨٠ مليار يوان في 25 سبتمبر 2025."),
        ("nl", "Ruim 45 miljard euro, tussen 9 en 10 procent."),
    ]
    env = dict(os.environ, CLAIMLINT_CACHE_DIR=str(tmp_path))
    runs = [
        subprocess.run([sys.executable, "-c", _READ_IN_A_NEW_PROCESS, json.dumps(texts)], env=env,
                       capture_output=True, text=True, check=True).stdout.splitlines()
        for _ in range(2)
    ]
    assert [json.loads(line) for line in runs[0]][1] is True  # nothing kept yet: Lark parses each shape
    assert list(tmp_path.glob("plans-*.marshal"))
    assert json.loads(runs[1][0]) == json.loads(runs[0][0]) and len(json.loads(runs[1][0])[0]) == 4
    assert json.loads(runs[1][1]) is False


def test_a_damaged_store_of_kept_parses_is_ignored(tmp_path, monkeypatch):
    from claimlint import parse

    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(parse, "_PLANS", None)
    monkeypatch.setattr(parse, "_FRESH", {})
    parse._plans_file().write_bytes(b"\x00 not marshal")
    assert [str(q.value) for q in extract_text("Ruim 45 miljard euro.", lang="nl")] == ["4.5E+10"]
    parse._save_plans()  # what a process leaves at exit replaces the damaged file
    assert parse._read_plans(parse._plans_file())


def test_a_long_run_is_read_in_pieces():
    """A run of hundreds of tokens ("و5 و5 و5 ...") would make parsing grow much faster than the text;
    no run is longer than any quantity can be, and every figure is still read."""
    from claimlint.candidates import _MAX_RUN, find_runs

    text = "و5 " * 300 + "ونصف " * 300
    runs = list(find_runs(text, "ar"))
    assert runs and max(len(r.tokens) for r in runs) <= _MAX_RUN
    assert sum(q.text == "5" for q in extract_text(text, lang="ar")) == 300


def test_case_blind_folding_keeps_every_match_of_a_case_blind_pattern():
    """The passes that scan a paragraph with a case-blind pattern first look for one of its words in the
    paragraph folded by ``_case_blind``; so every character a case-blind letter of those words matches
    ("K" and the Kelvin sign for "k", "İ" for "i", "ſ" for "s") must fold as the letter does. (What this
    checks is the folding of each letter, and that each word is found in capitals; that the word lists
    are the words the patterns need is said where they are made.)"""
    import re

    from claimlint.extract import _case_blind, _decade_words, _every_words, _glued_words

    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    letters = {ch for lang in LANGUAGES for lex in [lexicon(lang)]
               for w in (*lex.every_words, *lex.decade_words, *lex.decade_suffixes, *lex.decade_nouns,
                         *lex.glued_words, *lex.glued_whole) for ch in w}
    assert len(letters) > 40  # (Latin, Cyrillic and Arabic letters)
    wrong = [(c, x) for c in sorted(letters) for x in re.findall(re.escape(c), every_character, re.IGNORECASE)
             if _case_blind(x) != _case_blind(c)]
    assert wrong == []
    for lang in LANGUAGES:
        for word in _every_words(lang) | _decade_words(lang) | _glued_words(lang):
            assert word in _case_blind(f"Xx {word.upper()} xX") and word in _case_blind(word.title())


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" \t\n\u00a0\u3000\x1cab1٣-.", max_size=16), data=st.data())
def test_the_chunks_found_from_their_figure_are_those_of_the_chunk_pattern(text, data):
    """excluded_spans finds the chunks that hold a figure from the figure, back to the space before it:
    the chunks ``(?<!\\S)\\S*?[0-9]\\S*`` finds in a span, which may begin inside one (then not found)."""
    import re

    from claimlint.candidates import _figure_chunks
    from claimlint.lexicon import DIGITS

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    chunks = re.compile(rf"(?<!\S)\S*?[{DIGITS}]\S*")
    assert list(_figure_chunks(text, start, end)) == [m.span() for m in chunks.finditer(text, start, end)]


def test_replace_makes_what_dataclasses_replace_makes():
    """``quantity.replace``, written out per class for speed, changes what it is given and keeps the rest,
    keyword-only fields and fields named as its own arguments too."""
    import dataclasses
    from decimal import Decimal

    from claimlint.quantity import Kind, Quantity, replace

    [q] = extract_text("plus de 380 milliards de yuans", lang="fr")
    for changes in ({}, {"start": 1, "end": 9}, {"value": Decimal(7), "unit": None}, {"kind": Kind.COUNT}):
        assert replace(q, **changes) == dataclasses.replace(q, **changes)
    assert isinstance(replace(q, start=0), Quantity)

    @dataclasses.dataclass(frozen=True)
    class Part:
        obj: int
        note: str = dataclasses.field(default="", kw_only=True)
        cls: int = 0
        made: int = dataclasses.field(init=False, default=5)

    part = Part(1, 2, note="kept")
    assert replace(part, obj=3) == dataclasses.replace(part, obj=3) == Part(3, 2, note="kept")
    assert replace(part, note="new", cls=4) == Part(1, 4, note="new")


@pytest.mark.parametrize("lang, text, read", [
    ("ru", "ВДВОЕ больше, чем год назад", ("ВДВОЕ", 2, None)),
    ("en", "PRICES DOUBLED IN THE 1990S", ("1990S", 1990, 1999)),
    ("it", "I PREZZI RADDOPPIARONO NEGLI ANNI 90", ("90", 1990, 1999)),
    ("fr", "LES ANNÉES 1990 ONT VU LA CRISE", ("1990", 1990, 1999)),
])
def test_copy_in_capitals_is_read_as_in_lower_case(lang, text, read):
    """Headlines and wire flashes in capitals: the passes over a paragraph look for their words in any case,
    as their patterns do."""
    [q] = extract_text(text, lang=lang)
    assert (q.text, q.value, q.range_to) == read


def _forms_read_by_case_blind_patterns(lang):
    """The words of a language that passes find with case-blind patterns: multiples in one word, numbers
    written onto a word of time or percent, and phrases of one unit of time."""
    lex = lexicon(lang)
    forms = [*lex.glued_whole, *(f"{stem}{word}" for stem in list(lex.glued_stems)[:3] for word in lex.glued_words)]
    for phrases in (lex.one_unit_spells.get("units") or {}).values():
        forms += [f"{before} {phrase}" for before in lex.one_unit_spells["before"][:2] for phrase in phrases]
    return forms


@pytest.mark.parametrize("lang", LANGUAGES)
def test_letters_that_fold_otherwise_than_normalize_raise_nothing(lang):
    # A case-blind pattern takes "ı" and "İ" for "i" (Python's re and regex fold case so), where the
    # vocabulary's keys are normalised otherwise: "twıce" once raised KeyError, "un gıorno" StopIteration.
    for form in _forms_read_by_case_blind_patterns(lang):
        for written in (form.replace("i", "ı"), form.replace("i", "İ"), form.upper(), form.title()):
            text = f"Il 2024: {written} 3, then {written}."
            for q in extract_text(text, lang=lang):
                assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("lang,text", [
    # a hyphen of a shared end before the range's "and", in capitals or not
    ("en", "OFFICIALS ESTIMATE BETWEEN NINETY- AND ONE HUNDRED AND TEN DEATHS."),
    # a dotless i, which a case-blind pattern takes for an i: no word of the vocabulary
    ("nl", "In de jaren tachtıg verkocht de band meer dan 10 mıljoen platen."),
])
def test_text_that_once_raised_is_read(lang, text):
    """Found by mutating hunt sentences (a hyphen, a Turkish letter): each raised before it was mended."""
    for q in extract_text(text, lang=lang):
        assert text[q.start : q.end] == q.text
