"""The segment stage: paragraphs and sentences, and the language of each paragraph.

Cyrillic and Arabic script settle Russian and Arabic on sight. Latin-script paragraphs are identified
by py3langid's model restricted to English, French, Italian and Dutch (docs/language-id.md says why;
claimlint/langid.py scores it).
Short or uncertain paragraphs (headings, "Summary:", "Link") take the document's main language
rather than flip from line to line. Paragraphs are lines in plain text and blank-line separated blocks
in Markdown; offsets are exact code-point offsets into the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from claimlint.compiled import lazy
from claimlint.quantity import set_by_slots
from claimlint.source import reading_of

LATIN_LANGUAGES = ("en", "fr", "it", "nl")
# A Latin-script paragraph stands on its own with this many letters at this confidence (a long one, a
# very short one; docs/language-id.md); else it takes the document's main language...
_SURE = ((24, 0.90), (10, 0.97))
# ...but for a fairly sure one, which keeps its own unless the main language reads its figures otherwise.
_FAIR = ((15, 0.80), (10, 0.90))
_SAMPLE = 300
# The counts of the words met (claimlint.segment._count), up to this many. A word's three counts are
# kept in one int, a field of _FIELD bits each (a sample has fewer letters), so that a paragraph's
# counts are one sum.
_counted: dict[str, int] = {}
_COUNTED_MAX = 1 << 16
_FIELD = 16

_BLOCK = lazy(r"(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n|$))+")
# Runs of letters of a script, counted by their lengths (fewer matches than one per letter): Cyrillic ones in the
# first group, Arabic ones in the second (no character is of both scripts, so one scan counts both).
_CYRILLIC_OR_ARABIC = lazy(r"(\p{Cyrillic}+)|(\p{Arabic}+)")
# The languages a paragraph's script settles (Cyrillic, Arabic letters); the others are written in Latin.
_BY_SCRIPT = frozenset({"ru", "ar"})
_LATIN_WORD = lazy(r"\p{Latin}{3}")  # (a timestamp has none: it takes the main language)
# A sentence ends at . ! ? … ؟ (with closing quotes or brackets) before space and a new sentence; the
# space may hold one line break, as a Markdown paragraph wraps its lines ("rose 7.2%.\nFreight rates").
# (The spaces are group 1: a variable lookbehind for the punctuation costs twice the time.)
_END = lazy(
    r"[.!?…؟][\"'”’»)\]]*([ \t\u00a0]*(?:\r\n|\r|\n)[ \t\u00a0]*|[ \t\u00a0]+)(?=[\"'“‘«(\[]*(?:\p{Lu}|\p{Lo}|\d))"
)
# The word that ends where the search ends, searched backwards (a forward search for "\S+$" tries
# every position of the sentence: it took two thirds of the time of splitting sentences).
_WORD_BEFORE = lazy(r"(\S+)", regex.REVERSE)
_INITIALS = lazy(r"(?:\p{L}\.)+")


@set_by_slots  # (made for every paragraph of every article)
@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    lang: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    lang: str
    paragraph: int


@cache
def languages() -> dict[str, Any]:
    """The supported languages (claimlint/data/languages.yaml)."""
    from claimlint.datafiles import load_data

    return dict(load_data("languages.yaml"))


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.casefold() for spec in languages().values() for a in spec.get("abbreviations") or ())


def paragraphs(
    text: str, lang: str | None = None, markdown: bool = False, masked: Sequence[tuple[int, int]] = (),
    allowed: Sequence[str] | None = None,
) -> list[Paragraph]:
    """The paragraphs of ``text`` (not blank, not wholly masked: code, front matter), with languages."""
    spans = _blocks(text) if markdown else _lines(text)
    if masked:
        spans = [(start, end) for start, end in spans if not any(a <= start and end <= b for a, b in masked)]
    if lang is None and allowed is not None and len(allowed) == 1:
        lang = allowed[0]  # a project that writes one language needs no identification
    if lang is not None:
        return [Paragraph(a, b, lang) for a, b in spans]
    guesses = [_identify(text[a:b], allowed) for a, b in spans]
    main = _main_language(guesses)
    # (a paragraph in Latin letters takes the main language of the Latin paragraphs: "Oil rose 85 cents to
    # $82.79" between Russian and Arabic ones is no Russian)
    latin = _main_language([g for g in guesses if g[0] not in _BY_SCRIPT]) if main in _BY_SCRIPT else main
    out = []
    for (a, b), (lang, sure) in zip(spans, guesses):
        if sure != _SURE_ENOUGH:  # (most paragraphs are: they need no fallback)
            fallback = latin if lang not in _BY_SCRIPT and _LATIN_WORD.search(text, a, b) else main
            # "Fashion week: 1.200 buyer stranieri" in Italian copy is fairly sure, but reads 1,200 as the document does
            if sure == _UNSURE or _reads_otherwise(text[a:b], lang, fallback):
                lang = fallback
        out.append(Paragraph(a, b, lang))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that are not blank, without their breaks ("\\r\\n", "\\r", "\\n")."""
    # (split at "\n" with each "\r" written as one, which keeps every offset and leaves a blank line
    # inside a "\r\n": a pattern of a line tested each character of the text in turn, two thirds of
    # the time of finding the paragraphs)
    spans, start = [], 0
    for line in text.replace("\r", "\n").split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            spans.append((start, end))
        start = end + 1
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """The blocks of lines of ``text`` that are not blank, without the break after their last line."""
    spans = []
    for m in _BLOCK.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def segment(
    text: str, lang: str | None = None, masked: Sequence[tuple[int, int]] = (), markdown: bool = False,
    allowed: Sequence[str] | None = None,
) -> list[Sentence]:
    """Sentences of every paragraph, in order, with their paragraph's language (one of ``allowed``
    when a project's configuration lists its languages). A Markdown text is split as extraction reads it
    (:func:`claimlint.source.reading_of`), the sentences' offsets the text's."""
    reading = reading_of(text, markdown)
    text = reading.text
    out: list[Sentence] = []
    for index, para in enumerate(paragraphs(text, lang, markdown, reading.spans(masked), allowed)):
        start = para.start
        for m in _END.finditer(text, para.start, para.end):
            word = _WORD_BEFORE.search(text, start, m.start(1))
            if word is not None and _is_abbreviation(word.group(1)):
                continue
            out.append(Sentence(start, m.start(1), para.lang, index))
            start = m.end(1)
        out.append(Sentence(start, para.end, para.lang, index))
    if reading.refs:
        return [Sentence(reading.to_article(s.start), reading.to_article(s.end, end=True), s.lang, s.paragraph) for s in out]
    return out


def _is_abbreviation(word: str) -> bool:
    word = word.casefold().lstrip("(\"'“«")
    if word in _abbreviations():
        return True
    # Initials and one-letter abbreviations: "J.", "U.S.", "т."
    return len(word) <= 6 and _INITIALS.fullmatch(word) is not None


# How sure _identify is of a paragraph's language: enough to stand on its own; fairly, to stand unless the
# document's language reads its figures otherwise; not at all.
_SURE_ENOUGH, _FAIR_SURE, _UNSURE = 2, 1, 0


def _identify(text: str, allowed: Sequence[str] | None = None) -> tuple[str, int]:
    """The language of one paragraph, and how sure it is (``_SURE_ENOUGH``, ``_FAIR_SURE``, ``_UNSURE``).

    The first few hundred characters decide as well as the whole paragraph, at a fraction of the cost.
    """
    text = text[:_SAMPLE]
    # (the paragraph's counts are its words' sums, and words recur: each word is counted once, and its
    # three counts looked up at once: three scans of each paragraph took 6% of the extraction)
    words = text.split()
    try:
        counts = sum(map(_counted.__getitem__, words))
    except KeyError:  # a word not met yet
        counts = sum([_counted[w] if w in _counted else _count(w) for w in words])
    mask = (1 << _FIELD) - 1
    letters, cyrillic, arabic = counts & mask, counts >> _FIELD & mask, counts >> 2 * _FIELD
    if letters < 3:
        return "en", _UNSURE  # "2025-09-25T14:15:37+05:00": nothing to identify
    # English, French, Italian and Dutch are never written in Cyrillic or Arabic letters, so a
    # quarter of them settles it even beside Latin brand names ("Freedom Broker О редакции").
    if cyrillic * 4 >= letters and cyrillic >= arabic:
        return "ru", _SURE_ENOUGH if cyrillic >= 4 else _UNSURE
    if arabic * 4 >= letters:
        return "ar", _SURE_ENOUGH if arabic >= 4 else _UNSURE
    ranked = identifier().rank(text)
    if allowed is not None:
        ranked = [(lang, score) for lang, score in ranked if lang in allowed]
    if not ranked:
        return (allowed[0] if allowed else "en"), _UNSURE
    lang, confidence = ranked[0]
    if any(letters >= n and confidence >= c for n, c in _SURE):
        return lang, _SURE_ENOUGH
    return lang, _FAIR_SURE if any(letters >= n and confidence >= c for n, c in _FAIR) else _UNSURE


def _reads_otherwise(text: str, lang: str, other: str) -> bool:
    """Whether ``other`` would read the figures of ``text`` otherwise than ``lang``: a figure grouped in thousands
    by a sign that is one language's decimal sign and not the other's ("1.200", "1,200"), or a word that is a scale,
    currency or percent word of ``other`` alone ("3,5 milioni" read as English loses its scale). (Not "billion",
    a scale in both: "Revenue hit $3.2 billion" in a French document stays English.)"""
    if lang == other:
        return False
    from claimlint.lexicon import lexicon

    mine, theirs = lexicon(lang), lexicon(other)
    if any((m.group(1) in mine.decimal) != (m.group(1) in theirs.decimal) for m in _GROUPED.finditer(text)):
        return True
    return any(
        not _MEASURE_WORDS.isdisjoint(theirs.classify("word", theirs.fold(w)))
        and _MEASURE_WORDS.isdisjoint(mine.classify("word", mine.fold(w)))
        for w in _LATIN_WORDS.findall(text.lower())
    )


_GROUPED = lazy(r"(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d.,])")
_LATIN_WORDS = lazy(r"\p{Latin}+")
_MEASURE_WORDS = frozenset({"SCALE", "SCALE_BARE", "CUR_WORD", "PCT", "PP"})


def _count(word: str) -> int:
    """The letters of one word, and how many of them are Cyrillic and how many Arabic, in the fields
    of one int (see _counted); kept."""
    # (told at once where the word is all letters: counted a character at a time, each letter outside
    # Latin-1 is a string made for it, and Russian and Arabic words are all such)
    letters = len(word) if word.isalpha() else sum(map(str.isalpha, word))
    # (a call of the regex engine costs more than the rest of the count: an ASCII word, which holds no Cyrillic or
    # Arabic letter, asks none, and another one scan)
    cyrillic = arabic = 0
    if not word.isascii():
        for cyrillic_run, arabic_run in _CYRILLIC_OR_ARABIC.findall(word):
            cyrillic += len(cyrillic_run)
            arabic += len(arabic_run)
    counts = letters + (cyrillic << _FIELD) + (arabic << 2 * _FIELD)
    if len(_counted) >= _COUNTED_MAX:
        _counted.clear()
    _counted[word] = counts
    return counts


def _main_language(guesses: list[tuple[str, int]]) -> str:
    sure = Counter(lang for lang, how in guesses if how == _SURE_ENOUGH)
    if sure:
        return sure.most_common(1)[0][0]
    every = Counter(lang for lang, _ in guesses)
    return every.most_common(1)[0][0] if every else "en"


@cache
def identifier() -> Any:
    """The identifier of the Latin-script languages (claimlint/langid.py: py3langid's model); kept, as
    each Latin-script paragraph asks for it."""
    from claimlint.langid import identifier as load

    return load(LATIN_LANGUAGES)
