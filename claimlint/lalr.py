"""The LALR parser of the grammar (``grammar/quantity.lark``), run only for a shape of run not seen before.

The grammar is one LALR grammar for all six languages: its terminals are word categories.
:class:`ContextualLexer` feeds the parser the tokens that :mod:`claimlint.candidates` found, giving
each the first of its categories that the parser accepts in its current state, so "до" is
``Q_ATMOST`` in "до 10%" and ``TO`` in "от 9 до 10%". The parse of a run depends only on its tokens'
categories, so :mod:`claimlint.parse` keeps one parse per shape of run (in the user cache too) and
imports this module, and Lark with it, only for a shape it has not kept: a short-lived process
over text of known shapes never loads Lark.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer, LexerState
from lark.parsers.lalr_analysis import Shift

from claimlint.candidates import Token as RunToken
from claimlint.datafiles import mark_used
from claimlint.parse import Plan


@dataclass(frozen=True, slots=True)
class TokenStream:
    """What the parser reads: the run's tokens and the text they point into."""

    text: str
    tokens: Sequence[RunToken]


class ContextualLexer(Lexer):
    """Give each token the first of its categories that the LALR parser accepts where it stands."""

    __future_interface__ = 2

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        stream: TokenStream = lexer_state.text  # type: ignore[assignment]
        if hasattr(stream, "text") and not isinstance(stream, TokenStream):
            stream = stream.text  # lark wraps custom input in a TextSlice
        states = parser_state.parse_conf.states
        for tok in stream.tokens:
            accepted = states[parser_state.position]
            text = stream.text[tok.start : tok.end]
            fits = [c for c in tok.categories if c in accepted]
            if len(fits) > 1:
                # LALR merges lookaheads: a category may look acceptable and fail after the reductions
                # ("due centesimo": SUBUNIT follows a number only in "3 euro 50 centesimi"). Try each.
                fits = [c for c in fits if _feeds(parser_state, c)] or fits
            category = fits[0] if fits else tok.categories[0]
            yield Token(category, text, tok.start, end_pos=tok.end)


def _feeds(parser_state: Any, terminal: str) -> bool:
    """Whether the parser can shift ``terminal`` after the reductions it calls for: the LALR automaton
    run on a copy of the state stack alone (no values, so no side effects)."""
    states = parser_state.parse_conf.states
    stack = list(parser_state.state_stack)
    while True:
        action = states[stack[-1]].get(terminal)
        if action is None:
            return False
        kind, arg = action
        if kind is Shift:
            return True
        size = len(arg.expansion)
        if size:
            del stack[-size:]
        stack.append(states[stack[-1]][arg.origin.name][1])


@cache
def parser(strict: bool = False) -> Lark:
    """The LALR parser, loaded from the user cache when the grammar is unchanged.

    ``strict`` (used by the tests) builds it afresh and fails on any shift/reduce conflict.
    """
    from claimlint.parse import grammar_text, parser_cache_file

    text = grammar_text()
    options: dict[str, Any] = {"parser": "lalr", "lexer": ContextualLexer, "maybe_placeholders": False}
    if strict:
        return Lark(text, strict=True, **options)
    try:
        path = parser_cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        parser = Lark(text, cache=str(path), **options)
        mark_used(path)
        return parser
    except OSError:
        return Lark(text, **options)


def plan(text: str, tokens: Sequence[RunToken]) -> Plan:
    """How the grammar reads ``tokens`` (offsets into ``text``), kept as :data:`claimlint.parse.Plan`
    says: a node's children are its sub-nodes and (token index, terminal); a run the grammar rejects is
    the index of the token Lark names (the run's length when it names none)."""
    try:
        tree = parser().parse(TokenStream(text, tokens))  # type: ignore[arg-type]
    except UnexpectedInput as err:
        position = getattr(getattr(err, "token", None), "start_pos", None)
        return next((i for i, t in enumerate(tokens) if t.start == position), len(tokens))
    return _node(tree, {t.start: i for i, t in enumerate(tokens)})


def _node(tree: Tree[Token], index: dict[int, int]) -> tuple[str, tuple[Any, ...]]:
    return str(tree.data), tuple(
        _node(child, index) if isinstance(child, Tree) else (index[child.start_pos], child.type)  # type: ignore[index]
        for child in tree.children
    )
