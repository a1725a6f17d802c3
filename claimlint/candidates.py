"""Find the runs of tokens that may state a quantity, fast, with the language's tokenizer.

A token is a figure, a spelled number, a vocabulary word (scale, currency, qualifier, range word,
month...) or a sign. A *run* is a sequence of tokens separated only by spaces, a dash or a comma
before a figure, holding at least one core token (a figure, a number word, or a scale word that counts
on its own). The Lark grammar then decides what the run states. Figures that belong to names
(Qwen3-Max, GPT-4, COVID-19), times (4:21), phone numbers and references ("Article 5") are cut out
before that.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from claimlint.compiled import compile_cached, lazy
from claimlint.datafiles import cached_json
from claimlint.lexicon import (
    CALENDAR_YEARS,
    DIGITS,
    QUALIFIER_BOUNDS,
    TENS,
    VULGAR,
    YEAR_FIGURES,
    Lexicon,
    fold_case,
    lexicon,
    normalize,
    spelled_value,
    to_ascii_digits,
    trie,
    well_formed,
)
from claimlint.measures import units
from claimlint.positions import merge_spans
from claimlint.quantity import set_by_slots

# What is built from this module's code and kept (:func:`_reference_regex`) depends on the code too.
_SOURCE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

# What may stand between two tokens of one run, and the characters it is made of.
_GAP = lazy(r"[ \t\u00a0\u202f\u2009]*(?:[\-–—‐‑][ \t\u00a0\u202f]*|,[ \t\u00a0\u202f]*)?")
_GAP_CHARACTERS = " \t\u00a0\u202f\u2009-–—‐‑,"
# "a trillion", "a dollar": an indefinite article counts as one before these.
_ONE_OF = frozenset({"SCALE", "CUR_WORD", "DENOM", "MULT", "APPROX", "PP"})
_LEADS = frozenset({"INDEF", "DENOM"})
# "more than half": a qualifier makes a bare fraction a quantity.
_QUALIFIERS = frozenset(QUALIFIER_BOUNDS)
_CORE_CATEGORIES = frozenset({
    "NUM", "DAY", "NUMWORD", "DATE_NUM", "SCALE_BARE", "APPROX_BARE", "SCALE_DUAL", "SCALE_HALF", "DUR_DUAL", "DUR_HALF", "PCT_HALF", "CUR_DUAL",
    "RACE_TIME",
})
_OPENING = _CORE_CATEGORIES | _LEADS  # (Token.opens: a core token, or one that counts as "one")

# Spans that look numeric but are not quantities, in every language. (The alternatives that begin with a
# digit begin after it, which lets the engine skip to the next digit, and look behind it for what stood
# before; each group of them first looks for what all its alternatives need, which few figures have.)
_NOT_QUANTITIES = lazy(
    r"""
    \d(?:
      (?<=\b\d)(?=\d?[:.\saApP])(?:
        (?:(?:(?<=\b[01٠١۰۱])\d|(?<=\b[2٢۲])[0-3٠-٣۰-۳])?:\d{2}|\d:[0-5٠-٥۰-۵]\d)(?::\d{2}){0,2}(?!:?\d)(?:\s*(?i:[ap]\.?\s?m\.?)(?!\w)|(?<!\b\d:[0-5]\d:[0-5]\d)|(?=[.,]\d{4}))  # 4:21 a.m., 14:15
        # (not a race time, "2:01:09", one-digit hours and no a.m.: the tokenizer reads it; nor hours past 23 with minutes
        # past 59, a score: "со счётом 89:76")
      | (?:(?<=1)[0-2]|(?<=0)\d|)(?:\.[0-5]\d)?\s?(?i:[ap]\.?\s?m\.?)(?!\w)      # 9.30 am, 7 p.m., 11PM
      )
    | \d{3}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?            # ISO timestamps
    # a phone number with its area code in brackets: "8 (800) 555-35-35", "(212) 555-1234" (not "(2024) 15-20%")
    | (?:(?<=(?<![\w\-.,+])[78])[\ \u00a0]?\(\d{3}|(?<=(?<![\w\-.,])\(\d)\d{2})\)[\ \u00a0]?\d{3}(?:-\d{4}|[\-\ ]\d{2}[\-\ ]\d{2})(?![\w\-]|[.,]\d)
    # ...and a Russian area code of four or five figures before a local number in pairs: "8 (3532) 44-55-01"
    | (?<=(?<![\w\-.,+])[78])[\ \u00a0]?\(\d{4,5}\)[\ \u00a0]?\d{1,3}(?:-\d{2}){2}(?![\w\-]|[.,]\d)
    | (?<=(?<![\w\-.,])\d)(?:(?<=0)|(?=\d{0,3}[\-–:pi]))(?:
        (?!\d{3}-\d\d-\d\d(?![\d\-])|\d?-\d\d?-\d{4}(?![\d\-]))\d{0,3}(?:-\d{2,4}){2,4}(?![\w\-])  # 1-800-273-8255 (not 2025-09-25, 14-02-2022)
      | (?<=0)\d{2,3}-\d{3,4}(?![\w\-]|[\ \u00a0]\d)             # freephone 0800-1351
      # a team's formation: 4-4-2, 4-2-3-1, 3-5-2 (three or four single figures joined by dashes, ten in all:
      # excluded_spans adds them; not a vote, "5-3-1", nor days, "les 4-5-6 juin")
      | (?<=(?<![:/])[1-6١-٦])(?:[\-–][1-6١-٦]){2,3}(?P<formation>)(?![\w\-–:/]|[.,]\d)
      # video resolutions: 720p, 1080p, 2160p (no pence, but before a share's price: "an offer of 480p a share")
      | (?:(?<=3)60|(?<=4)80|(?<=5)76|(?<=7)20|(?<=1)080|(?<=1)440|(?<=2)160|(?<=4)320)[pi](?!\w)(?!\ (?:a|per)\ share)
      # the sets of a tennis match: 6-4, 3-6, 7-6(5), 7-6 (7-5), Russian 6:3, 7:6 (two or more, or one with
      # its tie-break; "aged 5-7, 8-10" are ranges, and so are "5-6 (2023), 6-7 (2024)")
      # (French writes the tie-break with a slash, "7-6 (7/3)"; Arabic joins sets with "و" written onto the next, "6-3 و7-5")
      | (?<!:\d)(?:(?&first_set)(?&tie)(?:(?&then)(?&set)(?&tie)?){0,4}|(?&first_set)(?:(?&then)(?&set)(?&tie)?){1,4})(?![\w\-:])
        (?(DEFINE)(?P<set>6[\-:][0-4]|7[\-:][56]|[0-4][\-:]6|[56][\-:]7)(?P<tie>\ ?\(\d{1,2}(?:[\-:/]\d{1,2})?\))
                  (?P<then>,?\ |\ و\ ?)
                  (?P<first_set>(?<=6)[\-:][0-4]|(?<=7)[\-:][56]|(?<=[0-4])[\-:]6|(?<=[56])[\-:]7))
      # national numbers, a leading zero and groups: 01 45 67 89 10, 06 1234 5678, 06.12.34.56.78, 01633 456 789,
      # 020-1234567, 088 - 123 45 67, 088-570 70 70 (not a date: 01.02.2024); a French free or shared number, 0 800 12 34 56
      # (not the groups of a figure: "1 073 767 777 рублей")
      | (?<=(?<!\d[\ \u00a0\u202f])0)\d{1,4}(?:(?:[\ \u00a0]\d{2,4}){2,5}|(?:[.\-/]\d{2,4}){3,5}|[\-/\ ]\d{6,8}|\ \d{5}
                              |[\ \u00a0][\-–][\ \u00a0]\d{2,4}(?:[\ \u00a0]\d{2,4}){1,4}|[\-/]\d{3,4}(?:[\ \u00a0]\d{2,4}){1,4})(?![\w\-]|[.,]\d)
      | (?<=(?<!\d[\ \u00a0\u202f])0)[\ \u00a0][89]\d\d(?:[\ \u00a0]\d\d){3}(?![\w\-]|[.,]\d)
      # a number of five figures or more written with two leading zeros (a postcode, "00184 Roma") or a national phone
      # number with one, unspaced ("0501234567"; "0033" and "0000" are left to be read as numbers); a Dutch free or paid
      # number, "0800 1351"
      | (?<=(?<![\w.,\-/:])0)(?:0\d{3,}|[1-9]\d{7,10}|[89]00[\ \u00a0]\d{4}(?![\ \u00a0]\d))(?![\w\-]|[.,]\d)
      )
    # the title of the United States Code before "U.S.C." and the section after it ("18 U.S.C. § 1030", "18 U.S.C. 1343");
    # a Dutch public prosecutor's case number, "13/751234-22"; a Dutch postcode on an address's line, before its town:
    # "Keizersgracht 123, 1015 CJ Amsterdam"
    | (?<=(?<![\w.,\-/:])\d)\d?\ U\.S\.C\.(?:\ ?§{0,2}\ ?\d+(?![\d.,]\d))?
    | (?<=(?<![\w.,\-/:])\d)\d/\d{6}-\d{2}(?![\w\-/])
    # the number of a European act, its year and its number and the Community's letters: "directive 91/676/EEC", "91/676/CEE"
    | (?<=(?<![\w.,\-/:])\d)\d{0,3}/\d{1,4}/(?:EEC|CEE|EEG|EWG|EC|CE|EG|EU|UE|ЕЭС|ЕС)(?!\w)
    | (?<=(?:^|[,\n])\ ?[1-9])\d{3}\ ?(?-i:[A-Z]{2})\ (?-i:\p{Lu}[\p{Ll}\-']+)(?=[\ ,.;)\n]|$)
    )
    # a list item's number at the start of a line, "1. Revenue rose 5%", "  3) Costs fell" (not "1.5", "3.)"),
    # and a footnote's, written onto what it annotates, "12,400 patients[1]", or with a caret, "[^2]" ("lost [12] seats"
    # is an editor's figure)
    | \d{1,3}(?:[.)](?=[\ \t])(?<=(?<![^\n])[\ \t]{0,3}\d{1,3}[.)])|\](?<=\S\[\d{1,3}\]|\[\^\d{1,3}\]))
    | (?<![\w+])\+\d{1,3}[\s\-.]?\(?\d{1,4}\)?(?:[\s\-.]?\d{2,4}){2,5}(?!\d)  # phone numbers
    | (?:https?://|www\.)\S+                                        # URLs (the reader masks them too)
    | ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+                        # European case law identifiers
    """,
    regex.VERBOSE,
)
# A chunk of non-space characters holding a figure is a name when a letter touches a figure
# (_figure_chunks): from its first figure, to which the standard engine skips, to its end.
_FIGURE_ON = re.compile(rf"[{DIGITS}]\S*")
# (Arabic letters only with a dash: "كوفيد-19"; "و200", "ب5" are a conjunction written onto a figure)
# (an Arabic letter, not an Arabic-Indic digit: "إف-16" is a name, "٢٠-٣٠٪" a range)
_LETTER_FIGURE = lazy(rf"[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}][\-.]?[{DIGITS}]|(?![{DIGITS}])\p{{Arabic}}-[{DIGITS}]")
_FIGURE_LETTERS = lazy(rf"[{DIGITS}][\-.]?(\p{{L}}+\.?)")
_HAS_LETTER = lazy(r"\p{L}")
_FIGURE_BEFORE_LETTER = lazy(rf"[{DIGITS}][{DIGITS}.,]*(?=\p{{L}})")
_YEAR_AFTER_DASH = lazy(r"(?:1[89]|2[01])\d\d(?!\d)")
# Arabic letters written onto a figure, no tatweel between ("كوب28"; "بـ1500" is a preposition, drawn out): the letters
# only (the script's class holds its digits and signs too).
_ARABIC_ONTO_FIGURE = lazy(rf"(?<![\u0621-\u063a\u0641-\u064a])([\u0621-\u063a\u0641-\u064a]+)[{DIGITS}]")
_LETTERS_BEFORE = lazy(r"(?:^|(?<=[^\p{L}$]))[\p{L}$]+$")
# Scientific notation is a figure, not a name: "1.3e6", "6.23x10^-4".
_SCIENTIFIC = lazy(rf"[+\-−]?[{DIGITS}]+(?:[.,][{DIGITS}]+)?(?:[eE][+\-]?|[x×]10\^[+\-]?)[{DIGITS}]{{1,2}}")
_DASHES = frozenset("-–—‐‑")
_RATE_OF_TIME = lazy(r"\p{L}{1,3}-\p{L}+\W*")  # "a-week" of "£300,000-a-week", "per-year"
_EDGE_PUNCT = "()[]{}«»\"'“”‘’„,;:!?…."


@set_by_slots  # (tens of thousands a megabyte)
@dataclass(frozen=True, slots=True)
class Token:
    """One token: its offsets in the text, the categories it may belong to, and whether it is core."""

    start: int
    end: int
    categories: tuple[str, ...]

    @property
    def core(self) -> bool:
        return not _CORE_CATEGORIES.isdisjoint(self.categories)

    @property
    def opens(self) -> bool:
        """A core token, or one that counts as "one" before a scale ("a trillion", "een vijfde")."""
        return not _OPENING.isdisjoint(self.categories)


@set_by_slots  # (a run is made for each stretch of tokens read, one or more a quantity)
@dataclass(frozen=True, slots=True)
class Run:
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@cache
def _reference_regex(lang: str) -> re.Pattern[str] | None:
    """:func:`_reference_source`, compiled. (Building the source took 5-10 ms a language at every start: it is kept in
    the user cache under the lexicon's digest and this module's.)"""
    key = f"{lexicon(lang).digest}\0{_SOURCE_DIGEST}"
    source = cached_json(f"references-{lang}", key, lambda: _reference_source(lang))
    return None if source is None else compile_cached(source, re.IGNORECASE)


def _reference_source(lang: str) -> str | None:
    """Figures after a reference word ("Article 5"), phrases whose number words name something
    ("نصف النهائي", the semi-final; "all'una", one o'clock) or whose unit of time names a point in time
    ("10,5 млрд годом ранее", "3.2 مليار العام الماضي": no spell of years), clock times, house numbers ("au
    14, rue de la Gare"), decades ("gli anni '90") and the base of a rate ("per 100,000 people"; _is_rate_base says when it is one). (The standard engine, with the program kept in the user cache: compiling it with
    ``regex`` cost 8 ms of every start.)"""
    lex = lexicon(lang)
    if not (lex.references or lex.reference_lists or lex.named_references or lex.place_words or lex.phone_calls or lex.fixed_phrases or lex.time_references or lex.phone_words or lex.clock_before
            or lex.clock_marks or lex.service_articles or lex.decade_words or lex.rate_words or lex.rate_after_count
            or lex.street_before_name
            or lex.street_after_name or lex.street_before_house or lex.named_phrases):
        return None
    tens = [form for form, value in lex.values["NUMWORD"].items() if value in TENS]
    spelled_hours = [form for form, value in lex.values["NUMWORD"].items() if value in range(1, 25) and " " not in form]
    thousands = [form for form, power in lex.values["SCALE"].items() if power >= 3 and form[-1:].isalpha()]
    one, zero = "[1١۱]", "[0٠۰]"

    def one_of(forms: Sequence[str]) -> str:
        firsts = {f[:1] for f in forms}
        if not forms or firsts & {"", " ", "'"}:  # (a space stands for any, and callers widen the apostrophe)
            return f"(?:{trie(sorted(forms))})"  # (never matches when there are none)
        # The letters the forms start with, looked for first: the engine compares letters without their
        # case one branch of a trie after another, at every word of a window.
        return f"(?=[{''.join(map(re.escape, sorted(firsts)))}])(?:{trie(sorted(forms))})"

    # Every alternative starts with a figure or with a word of the lists given to ``opens``: the pattern
    # looks for one of those words first, which four word starts in five of a window fail.
    opening: list[str] = []
    # (An alternative whose words are common ones, "il", "e", "tre", has them looked for with what must
    # follow, a named phrase or a part of the day: most are followed by neither, and the alternatives
    # are then not tried after them.)
    guarded: list[str] = []

    def opens(forms: Sequence[str], apostrophes: bool = False, then: str = "") -> str:
        words = one_of(forms).replace("'", "['’]") if apostrophes else one_of(forms)
        if then:
            guarded.append(words + then)
            return words + then
        opening.extend(forms)
        return words

    small_words = one_of(sorted({*lex.prepositions, *lex.conjunctions, *lex.values["ARTICLE"]}))
    hour = r"(?:[01]?\d|2[0-3])"
    # (not before a noun they count: "dalle 3 alle 5 persone"; before the words of a clock time, "dalle 8 alle 20 di
    # domenica", the pair takes them)
    opening.extend(a for a, _ in lex.clock_pairs)
    day_words = rf"\s+{one_of(lex.clock_after)}(?!\w)|" if lex.clock_after else ""
    hour_pairs = "".join(
        rf"|{re.escape(a)}\s+{hour}\s+{re.escape(b)}\s+{hour}(?:{day_words}(?!\d|[.,:]\d|\s+(?!{small_words}(?!\w))[^\W\d_]))"
        for a, b in lex.clock_pairs
    )
    late = r"(?:1[3-9]|2[0-3])"  # an hour that is no spell of time after "à" ("réduit à 2 heures")
    hours, before = one_of(lex.clock_hours), one_of(lex.clock_before)
    # (the hours of a twelve-hour clock in words, where no noun follows the part of the day, which the phrase would
    # describe: "at three in the morning", "by five o'clock"; not "won by eight in the afternoon kick-off")
    twelve_hours = [form for form, value in lex.values["NUMWORD"].items() if value in range(1, 13) and " " not in form]
    joiner = one_of([*lex.and_words, *lex.values["TO"]])
    glued = one_of(lex.prefixes)  # ("و10": the letters written onto a figure)
    # (the words of a span of hours: "de 8 heures à 20 heures", "entre 8 h et 20 h", "van 6.30 uur tot middernacht")
    span_opens, span_closes = [*lex.values["FROM"], *lex.values["BETWEEN"]], f"(?:{before}|{joiner})"
    distance = one_of(lex.clock_distance).replace("'", "['’]")  # "d'attente", "d’attente"
    articles = one_of(sorted(lex.values["ARTICLE"]))
    # (the phone words that are no verb of calling too: "hotline", not "phone", "Volunteers will phone 1500 households")
    nouns_of_phones = [w for w in lex.phone_words if w not in lex.phone_calls]
    # (the words of an amount or a unit after a figure, ending their word: "с 2.50 до 4 кг", "الرقم 12000 نقطة"; not "m'a")
    amount_words = one_of(sorted({*lex.values["PCT"], *lex.values["CUR_WORD"], *lex.measure_words, *lex.measure_symbols,
                                  *lex.points_words})) + "(?![\\w'’])"
    # ("of" and a noun with no article after an hour: the spell of that noun, "4 h 30 de retard", "2 h de route"; not a
    # weekday, "à 8 h 30 de lundi à vendredi")
    of_words, elided_articles = (forms.replace("'", "['’]") for forms in (one_of(sorted(lex.values["OF"])), articles))
    spell_of_a_noun = (rf"(?![ \u00a0]+{of_words}(?:(?<=['’])|[ \u00a0]+)"
                       rf"(?!(?:{elided_articles}(?:(?<=['’])|(?!\w))|{one_of(sorted(lex.values['WEEKDAY']))}(?!\w)))"
                       rf"(?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]))")
    # (the words of hours: "heures", "h", "uur", "часа": those of clock times, and the first of the clock's words after an hour)
    hour_words_after = (a.split()[0] for a in lex.clock_after if a.split()[0] in lex.values["DUR"])
    hour_marks = one_of(sorted({*lex.clock_hours, *lex.clock_hours_short, *hour_words_after}))
    # "Article 5", "artikel 7:271", "parketnummer 13/123456-23", "Rule 10b-5" (a letter inside, before a hyphen or a figure),
    # "Section 13(3)", "Article 5(1)(a)" (its subsections in brackets)
    figure = rf"[{DIGITS}](?:[{DIGITS}.\-]|[:/](?=[{DIGITS}])|[a-z](?=[\-{DIGITS}])|\((?:[{DIGITS}]{{1,3}}|[a-z]{{1,3}})\))*"
    after = one_of(lex.clock_after)
    hour_words = [a for a in lex.clock_after if a in lex.values["DUR"]]
    day_parts = [a for a in lex.clock_after if " " in a and a.split()[0] in lex.values["DUR"] and a.split()[1] not in lex.values["AND"]]
    hour_units = one_of(hour_words)
    # (what a span of figures after a word of opening measures where it is no span of hours: "open from 2 to 5 days")
    unit_words = one_of(sorted({*lex.values["DUR"], *lex.values["PCT"], *lex.values["CUR_WORD"]})) if lex.clock_open_words else ""
    day_part = rf"\s+{one_of(day_parts)}(?!\w)"
    # (fixed-width look-behinds, one for each word: "au 14, rue", not "Ils étaient 300, rue de Rivoli")
    house_before = "|".join(rf"(?<=\b{re.escape(w)} )" for w in lex.house_before) or "(?!)"
    # (words between a verb of calling and the number: "appelez le 15", "звоните по номеру 103", "اتصل على الرقم 997")
    call_words = one_of(sorted({*lex.prepositions, *lex.conjunctions, *lex.values["ARTICLE"], *lex.phone_words, *lex.references}))
    short_numbers = rf"(?:{one_of(lex.short_phone_numbers)})"
    called = rf"(?:{short_numbers}|[0-9]{{2}}[ \u00a0][0-9]{{2}}(?![ \u00a0]?[0-9])|0[1-9](?:[ \u00a0.][0-9]{{2}}){{4}}(?![0-9])|0[1-9][0-9]{{7,10}}(?![0-9]))"
    percent = one_of(sorted(lex.values["PCT"]))  # ("chiama i suoi al 110 per cento di impegno")
    capital = "(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])"  # (the standard engine has no \\p{Lu})
    # (small words, or up to three words of any kind and the word that links a number to the call: "call police on 101")
    call_reach = rf"(?:(?:{call_words}\s+){{0,2}}" + (
        rf"|(?:[^\W\d_][\w\-]*\s+){{1,3}}{one_of(lex.phone_call_links)}\s+" if lex.phone_call_links else "") + ")"
    # (An alternative that needs a word of a list the language leaves empty is left out: it would match
    # nothing, and the engine would still try what comes before that word at every word of a window.)
    four_figures = r"(?:[01]\d|2[0-3])[0-5]\d|" if lex.clock_four_figures else ""
    named_phrase = rf"(?:\s+|(?<=['’]))(?-i:{one_of(lex.named_phrases)})(?!\w)"
    alternatives = (
        # a free number of three figures and three pairs a few words after a phone word (first: a phone word may be a
        # reference word too, "بالرقم"): "il numero verde di Trenitalia è 800 89 20 21" (not a table's figures, "Voti
        # validi per sezione: 800 89 20 21")
        rf"{opens(lex.phone_words)}(?:\s+[^\W\d_][\w'’]*){{0,4}}[\s:]+80[03](?:(?:[ \u00a0][0-9]{{2}}){{3}}|(?:[ \u00a0][0-9]{{3}}){{2}})(?![0-9]|[.,][0-9])|"
        # a reference word and its figure, or the figures it lists, ending in "and" (kept by
        # excluded_spans after a plural label only: "Articles 5, 6 and 7"; "المواد 41 و42 و43", where
        # "and" is written onto each figure)
        # (a code's letter may stand before the figure: "l'article L. 441-4 du Code de commerce")
        rf"(?P<label>{opens([*lex.references, *lex.reference_lists, *lex.place_words])}|(?-i:{opens(lex.named_references)}))"
        rf"\s*(?-i:[A-Z]\.?\s?)?{figure}(?![{DIGITS}]|,[{DIGITS}])(?!\s*{percent})"  # (not a grouped figure: "Across the Channel 12,000 people"; nor a percent: "il top 10 per cento")
        # (and the year of the text it numbers: "القانون رقم 151 لسنة 2020", the law of 2020)
        + (rf"(?:\s+{one_of(lex.reference_year_words)}\s*[{DIGITS}]{{4}}(?![{DIGITS}]))?" if lex.reference_year_words else "") +
        rf"(?P<list>(?:\s*[,،]\s*{figure}|\s+{one_of(sorted(lex.and_words))}{figure}(?=\s+{one_of(sorted(lex.and_words))}))*"
        rf"\s+{one_of(sorted(lex.and_words))}\s*{figure}"
        # (or the figures' range: "paragraphs 4–6", "sections 2 to 4", "les articles 3 à 5")
        rf"|\s*[–—]\s*{figure}|\s+{one_of(sorted(lex.values['TO']))}\s+{figure})?"
        rf"|{opens([*lex.fixed_phrases, *lex.time_references])}(?!\w)"
        # (after an article or a preposition: "nel Seicento", "dell'Ottocento"; not "Novecento persone hanno")
        + (rf"|(?<!\w){opens(lex.named_after, apostrophes=True, then=named_phrase)}" if lex.named_phrases else "")
        # a house number: "au 14, rue de la Gare", "5 bis rue Victor-Hugo"; "200 Main Street," where the clause
        # ends after it, the street's word capitalised as its name is (not "5 Wall Street banks", "3 Main Street
        # protesters", "a 2 TB drive.")
        # (three digits at most, or four that are no year: "David Lynch's 2001 Mulholland Drive."; not a figure's
        # last group, "40 000, rue de Rivoli", nor a score's, "3-1, rue")
        + (rf"|(?<![\w.,\-–/])(?<![0-9][ \u00a0\u202f])[0-9]{{1,3}}(?![0-9])(?:\s+{one_of(lex.house_suffixes)})?\s+{one_of(lex.street_before_name)}(?!\w)"
           rf"|(?:{house_before})[0-9]{{1,3}}(?![0-9])(?:\s+{one_of(lex.house_suffixes)})?,\s+{one_of(lex.street_before_name)}(?!\w)"
           if lex.street_before_name else "")
        # a street word, a name (capitalised words, "dei" and such between) and a house number after a comma or a
        # word of house, the clause ending after it where there is none: "на улице Ленина, 12, потушили", "ул. Ленина, д. 12",
        # "in via dei Mille, 12." (not "Улица Ленина, 12 домов", "In via Roma, 5 feriti", "in piazza Duomo, 4; in")
        + (rf"|(?<!\w){opens(lex.street_before_house)}(?:\s+|(?<=\.))(?:[^\W\d_]{{1,5}}\s+)?{capital}[\w'’.\-]*(?:\s+(?:[^\W\d_]{{1,5}}\s+)?{capital}[\w'’.\-]*){{0,2}}"
           rf"(?:,?\s*(?P<houseword>{one_of(lex.house_words)})\s*|,\s*(?=[0-9]{{1,3}}[ \t]*(?:[,)]|\.(?![0-9])|$)))"
           rf"[0-9]{{1,3}}(?![0-9]|[.,][0-9])(?P<house>)"
           if lex.street_before_house else "")
        + (rf"|(?<![\w.,$€£\-–/])(?!(?:1[89]|20)[0-9][0-9](?![0-9]))[0-9]{{1,4}}(?!\s+(?-i:[A-Z][a-z]+s)\s)\s+(?:(?-i:[A-Z])[\w'’\-]*\.?\s+){{1,3}}(?=(?-i:[A-Z])){one_of(lex.street_after_name)}(?=[ \t]*(?:[,;:)]|\.(?!\w)|$))"
           # (and anywhere a letter marks the number, or after "at": "Tenants at 221B Baker Street were told", "at 27-29
           # King Street closed")
           rf"|(?:(?<![\w.,$€£\-–/])[0-9]{{1,4}}(?-i:[A-JLN-Z])|(?<=\bat )[0-9]{{1,4}}(?:[\-–][0-9]{{1,4}})?)\s+(?:(?-i:[A-Z])[\w'’\-]*\.?\s+){{1,3}}"
           # (not "cut at 5 Wall Street banks", "at 3 Wall Street's biggest banks", "a 10M Wall Street payout")
           rf"{one_of(lex.street_after_name)}(?!\w|['’]s\b)(?![ \t]+(?-i:[a-z]{{3,}}s)\b)"
           if lex.street_after_name else "")
        # a phone number after a phone word: "numero verde 800 123 456", "على الرقم 920000890", and a hotline's five
        # figures, or a short phone number, where the clause ends or a preposition or conjunction follows, "الخط الساخن
        # 16528.", "الخط الساخن 937.", "برقم الطوارئ 997 عند" (not "تلقى الخط الساخن 15335 مكالمة", calls counted)
        # (and those joined to it by a conjunction: "على الرقم 19995 أو 8001249999")
        + rf"|{opens(lex.phone_words)}[\s:.]*\+?[{DIGITS}](?:[{DIGITS}]|[ \-.](?=[{DIGITS}])){{5,}}"
        rf"|{opens(lex.phone_words)}[\s:.]*(?:[{DIGITS}]{{5}}|{short_numbers})(?:\s+{one_of(sorted(lex.conjunctions))}\s*\+?[{DIGITS}]{{3,}}(?![.,][{DIGITS}]))+"
        # (or after a short word, a verb of being, in three groups or more: "il numero verde è 800 123 456"; not "نطاق
        # الرقم هو 1000-5000")
        rf"|{opens(lex.phone_words)}\s+[^\W\d_]{{1,3}}\s+\+?[{DIGITS}]{{2,4}}(?:[ \u00a0][{DIGITS}]{{2,4}}){{2,}}(?![{DIGITS}])"
        rf"|{opens(lex.phone_words)}[\s:.]*(?:[{DIGITS}]{{5}}|{short_numbers})(?![{DIGITS}]|[.,][{DIGITS}])(?=\s*(?:[,.;:!?)،؛؟]|$)"
        rf"|\s+{one_of(sorted({*lex.prepositions, *lex.conjunctions}))}(?!\w))"
        # (a short number of three or four figures, or a hotline's five, right after a phone word, whatever follows but a
        # noun it counts, which the language's endings of counted nouns tell, or a percent, money or a unit: "le numéro
        # d'urgence européen 112 a reçu", "الخط الساخن 19468 لتلقي شكاوى", "The NHS helpline 111 received"; not "الخط الساخن
        # 115 موظفا", "الرقم 12000 نقطة"; a phone word that is a verb of calling too opens none: "phone 1500 households")
        + (rf"|{opens(nouns_of_phones)}[ \u00a0]+(?:[0-9]{{5}}|(?=[0-9]{{3,4}}(?![0-9])){short_numbers})(?![0-9]|[.,][0-9])"
           rf"(?!\s*(?:%|{amount_words}))"
           + (rf"(?![ \u00a0]+[^\W\d_]*{one_of(sorted(lex.count_noun_endings))}(?!\w))" if lex.count_noun_endings else "")
           if nouns_of_phones else "")
        # short phone numbers after a verb of calling (and small words, or a few words and ``phone_call_links``), one or
        # several, where the clause ends or a preposition or a conjunction before no figure follows: "Call 111 or 999 in an
        # emergency", "appelez le 15 ou le 112", "chiamare il 118 o recarsi al pronto soccorso", "bel 112", "call police
        # on 101", "Call 999 in an emergency or 111 for advice" (not "Emergency calls that night reached 117", "phone masts rose to 110", "appelle à manifester le 18"; not
        # "contacter 15 ou 20 fournisseurs", "call 10 or 15 times", "chiama 80 al giorno": no such numbers, or
        # not where the clause goes on)
        # (and a number of four figures written in two pairs, as no amount is, or a whole one in pairs: "appelez le 36 35
        # ou le 01 53 25 60 00")
        + rf"|(?<!\w){opens(lex.phone_calls)}\s+{call_reach}{called}(?!\s*{percent})"
        rf"(?:(?:\s+[^\W\d_][\w\-]*){{0,3}},?\s+{one_of(sorted(lex.conjunctions))}\s+{call_reach}{called})*"
        rf"(?![{DIGITS}]|[.,][{DIGITS}])(?=\s*(?:[,.;:!?)]|$)|\s+{one_of(sorted(lex.prepositions))}(?!\w)"
        rf"|\s+{one_of(sorted(lex.conjunctions))}\s+(?!(?:{call_words}\s+){{0,2}}[{DIGITS}]))"
        # (and after a verb of calling and a phone word, whatever follows: "الاتصال على الرقم 911 متاح على مدار الساعة")
        + (rf"|(?<!\w){opens(lex.phone_calls)}\s+(?:{call_words}\s+)?"
           rf"{one_of(sorted(lex.phone_words))}[\s:]*{called}(?![{DIGITS}]|[.,][{DIGITS}])" if lex.phone_words else "")
        # (and a short phone number of three figures or more alone a few words after the verb opening its sentence, where
        # the sentence ends: "Bel bij nood altijd 112."; not a day, "il appelle à manifester le 18.", nor "Emergency calls
        # that night reached 117.")
        + rf"|(?:(?<=^)|(?<=[.!?:\n])|(?<=[.!?:]\s)){opens(lex.phone_calls)}(?:\s+[^\W\d_][\w\-]*){{1,3}}\s+(?=[0-9]{{3}}){short_numbers}(?![{DIGITS}]|[.,][{DIGITS}])(?=\s*(?:[.!?;]|$))"
        # a service named by its number of three figures, which no day and no count after a singular article is: "Il 118
        # è arrivato", "le 115 est saturé" (not "il 118%"; "le 15", "le 18" may be days, and are left; a round number,
        # "le 100 m", "il 110 e lode", names a race or a mark)
        + (rf"|(?<!\w){opens(lex.service_articles)}\s+(?=[0-9]{{2}}[1-9](?![0-9])){short_numbers}(?![0-9]|[.,][0-9])"
           rf"(?!\s*(?:%|{percent}(?!\w)))" if lex.service_articles else "")
        # a shop's hours after a word of opening and up to three words (``clock_times: open_words``): opening from six to
        # eleven, closing from four in the afternoon or, on a clock of twelve hours, by nine, or any two hours each with a
        # word of the clock after it: "The shop is open from 10 to 6 every day", "ouvert de 10 à 19 tous les jours", "aperto
        # dalle 10 alle 20 anche la domenica", "открыт ежедневно с 10 до 22", "يفتح المتجر أبوابه من 10 صباحا إلى 10 مساء";
        # not before a unit, a percent or money ("open from 2 to 5 days a week"), nor ages or counts ("open to children
        # from 8 to 12", "Open cases rose from 12 to 20")
        + (rf"|{opens(lex.clock_open_words)}(?:\s+[^\W\d_]+){{0,3}}\s+(?:{one_of([*lex.values['FROM'], *(a for a, _ in lex.clock_pairs)])})"
           rf"\s+(?:(?:0?[6-9]|1[01])(?:[.:h][0-5]\d)?|{hour}(?:[.:h][0-5]\d)?\s+{after}(?!\w))"
           rf"\s+(?:{one_of([*lex.values['TO'], *lex.and_words, *(b for _, b in lex.clock_pairs)])})"
           rf"\s+(?:(?:1[6-9]|2[0-4]|0?[1-9])(?:[.:h][0-5]\d)?|{hour}(?:[.:h][0-5]\d)?(?=\s+{after}(?!\w)))"
           rf"(?:\s+{after}(?!\w)|(?![\d.,:]\d|\s*[%٪]|\s*(?:{unit_words})(?!\w)))"
           # (where the clause ends or a small word, a weekday or a word of ``open_then`` follows: not "работает от 2 до 3 смен")
           rf"(?=[ \u00a0]*(?:[.,;:!?)»]|$)|\s+(?:{small_words}|{one_of([*lex.values['WEEKDAY'], *lex.clock_open_then])})(?!\w))"
           if lex.clock_open_words else "")
        # an hour of twelve after a verb of an event and "at", before a word of the day (``clock_times: event_words``):
        # "Police were called at 9 this morning" (not "The toll stood at 14 this evening", a level)
        # (not before the partitive after it, a gap: "arrivé à 3 heures du vainqueur", "survenue à 2 heures d'intervalle",
        # but for the clock's own words: "survenu vers 3 heures du matin"; "inauguré à 11 heures par le ministre" is one)
        + (rf"|{opens(lex.clock_event_words)}\s+{one_of(lex.clock_event_at)}\s+(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?"
           rf"(?=\s+{after}(?!\w)|\s+{one_of(lex.clock_event_then)}(?!\w)(?![ \u00a0]+{one_of(sorted(lex.partitive))}(?:(?<=['’])|(?!\w)))"
           # (nor a word of distance before a noun with no article: "commencera à 3 heures par semaine"; "inauguré à 11
           # heures par le ministre" is a clock's)
           rf"(?![ \u00a0]+{distance}[ \u00a0]+(?!{articles}(?!\w))[^\W\d_]))"
           if lex.clock_event_words else "")
        # an hour with minutes and a later one without: "dalle 8.30 alle 20", "van 8.30 tot 17 uur" (before the
        # hour alone, which would take the first and leave the second)
        + rf"|{opens(lex.clock_before)}\s+{hour}[.:][0-5]\d\s+(?:{one_of(lex.clock_before)}|{joiner})\s+{hour}"
        rf"(?!\d|[.,:]\d|\s*[%٪]|\s+(?!{small_words}(?!\w))[^\W\d_])"  # (not "alle 8.30 e 20 persone", "0.25 до 16%")
        # (whatever word follows where two words of clock times open and join them, not the same: "dalle 12.30 alle 16
        # resterà in vigore"; not "Alle 9.30 alle 20 squadre")
        rf"|(?P<clock_open>{opens(lex.clock_before)})\s+{hour}[.:][0-5]\d\s+(?!(?P=clock_open)\s){one_of(lex.clock_before)}\s+{hour}"
        rf"(?!\d|[.,:]\d|\s*[%٪])"
        rf"(?!\s*{amount_words})"  # (not before a percent, money or a unit: "с 8.30 до 16 процентов", "с 2.50 до 4 кг")
        + (rf"|{opens(list(lex.values['FROM']))}\s+{hour}[.:][0-5]\d\s+{joiner}\s+{hour}\s+{after}(?!\w)" if lex.clock_after else "")
        # clock times: "om 14.30 uur", "om 18 uur", "alle 20.45", "à 14 h 30"; "alle ore 10" (not before "of" and a
        # noun with no article, the spell of that noun: "jusqu'à 4 h 30 de retard", "à 2 h de route"; "à 14 h 30 de
        # l'après-midi" is a clock's)
        + rf"|{opens(lex.clock_before)}\s+{hour}(?:[.:][0-5]\d(?!\d|[.:]\d)(?:\s+{after}(?!\w))?"
        rf"|\s+{after}(?!\w)(?:\s*[0-5]\d(?!\d))?+{spell_of_a_noun})"
        # (a late hour with the short mark written onto it, which after such a word is no spell: "le premier jour, à 14h";
        # "réduit à 2h" may be one)
        # (not before a word of distance: "passera à 13h par jour", "à 14h de route" are spells)
        + (rf"|{opens(lex.clock_before)}\s+{late}{one_of(lex.clock_hours_short)}(?:[0-5]\d)?(?!\w)"
           rf"(?![ \u00a0]+{distance}(?:(?<=['’])|(?!\w)))"
           if lex.clock_hours_short else "")
        # ...and an hour alone that ends the clause after a word that names hours only (``clock_times: alone``):
        # "Il concerto inizierà alle 21." (not after a figure, the range's other end: "da 15 alle 21.")
        # (or before "and" and a word: "partenza prima delle 21 e arrivo entro le 22"; not "alle 21 e 30"; or before a
        # preposition, "inizierà alle 21 in piazza", "alle 18 al Quirinale", not "per cento"; a closing quote may stand
        # before the clause's end: "«...aprono alle 18», ha precisato")
        # (a word of two, "dopo le", "entro le", opens no range: "costa 90 euro, 110 dopo le 19.")
        + (rf"|(?:(?<!\d )(?<!\d\u00a0){opens([w for w in lex.clock_alone if ' ' not in w])}"
           + (rf"|{opens(spaced)}" if (spaced := [w for w in lex.clock_alone if ' ' in w]) else "")
           + rf")\s+{hour}(?=[ \u00a0]*[»”\"]?[ \u00a0]*(?:[.,;:!?)](?!\d)|$)"
           rf"|\s+{one_of(sorted(lex.values['AND']))}\s+[^\W\d_]{{2}}"
           + (rf"|\s+(?!{percent}(?!\w)){one_of(sorted(lex.clock_alone_places))}(?!\w)" if lex.clock_alone_places else "")
           # (or before the clause's verb or an elided article: "Alle 12 aveva votato il 19,2%", "Alle 19 l'affluenza era")
           + (rf"|\s+{one_of(sorted(lex.clock_alone_verbs))}(?:(?!\w)|(?<=['’]))" if lex.clock_alone_verbs else "")
           + ")" if lex.clock_alone else "")
        # (not before money or a scale word, which _reference_span looks for: "أجر الساعة 15 دولارا" is an
        # hour's wage, "سعر الساعة 20 ألف دولار" a watch's price)
        # (and, where copy writes them so, ``clock_times: four_figures``, the hour and minutes of a wire's time in four
        # figures: "بحلول الساعة 1045 بتوقيت جرينتش")
        + rf"|(?P<mark>{opens(lex.clock_marks)}\s+(?:{four_figures}{hour}(?:[.:][0-5]\d)?)(?!\d|[.,:٫]\d))"
        # an hour and a later one with minutes: "dalle 9 alle 12.30", "van 9 tot 12.30 uur"; two hours
        # between the words that only name hours ("dalle 14 alle 17", ``clock_times: pairs``)
        rf"|{opens(lex.clock_before)}\s+{hour}\s+(?:{one_of(lex.clock_before)}|{joiner})\s+{hour}[.:][0-5]\d(?!\d)"
        + (rf"|{opens(list(lex.values['FROM']))}\s+{hour}\s+{joiner}\s+{hour}[.:][0-5]\d\s+{after}(?!\w)" if lex.clock_after else "")
        + hour_pairs
        # an hour spelled out, with the word that makes it one: "около пяти часов утра", "الساعة الخامسة صباحا"
        + rf"|{opens(lex.clock_before)}\s+{one_of(spelled_hours)}\s+{after}(?!\w)"
        # an hour before a clock word that names the part of the day, whatever stands before it: "rond twee uur
        # 's nachts", "vanaf 8 uur 's ochtends", "5 часов утра" (not "2 heures et demie", a spell)
        # (and the first of two joined so: "tussen 2 en 3 uur 's nachts")
        # (a part of the day in one word after a whole hour, or one with its minutes after a colon: "إلى 6 صباحا"; not the
        # part of a weekday, "ارتفعت حصيلة القتلى إلى 12 مساء الأحد", by Sunday evening)
        # (the conjunction or preposition written onto the hour, and the hour a span of them begins with: "بين الساعة 6 و10
        # صباحا", "من 8 إلى 10 صباحا")
        + (rf"|(?:{opens(lex.prefixes, then=rf'(?=[{DIGITS}])')})?(?<![\d.,]){hour}(?::[0-5]\d)?"
           rf"(?:\s+(?:{joiner}\s+|{glued}){hour}(?::[0-5]\d)?)?\s+{one_of(lex.clock_day_parts)}(?!\w)"
           rf"(?![ \u00a0]+{one_of(sorted(lex.values['WEEKDAY']))}(?!\w))" if lex.clock_day_parts else "")
        + (rf"|(?<![\d.,]){hour}(?:[.:][0-5]\d)?(?:\s+{joiner}\s+{hour}(?:[.:][0-5]\d)?)?\s+{one_of(day_parts)}(?!\w)"
           rf"|(?<!\w){opens(spelled_hours, then=day_part)}" if day_parts else "")
        # two hours with minutes, the clock word after the last or after each: "tussen 8.00 en 17.00 uur",
        # "van 22.00 uur vrijdag tot 6.00 uur maandag" (one alone may be a spell: "duurt 2.15 uur")
        + (rf"|(?<![\d.,]){hour}[.:][0-5]\d(?:\s+{after}(?:\s+[^\W\d_]+)?)?\s+{joiner}\s+{hour}[.:][0-5]\d\s+{after}(?!\w)"
           if lex.clock_after else "")
        # a late hour with minutes before a clock word that is a unit of time is no spell of time: "rond
        # 17.30 uur" (but "duurt 2.15 uur" may be one; "الدولار 18.50 مساء" is a price in the evening)
        + (rf"|(?<![\d.,]){late}[.:][0-5]\d\s+{hour_units}(?!\w)"
        # ...and so is an hour written with a leading zero, or on the hour: "Update 08.12 uur", "vanaf 9.00
        # uur" (a spell is "8,2 uur", and none is written with ".00")
           rf"|(?<![\d.,])(?:0\d[.:][0-5]\d|{hour}[.:]00)\s+{hour_units}(?!\w)" if hour_words else "")
        # "à 20 heures (30)", "dès 7 heures", but not "à 3 heures de Paris" (a distance in time), "réduit à 2
        # heures" (after "à" an hour before 13 is as often a spell), "10 heures par jour"; "de 8 heures à
        # 20 heures", "entre 8 h et 20 h", "de 22 heures vendredi à 6 heures lundi" (not "a duré de 2 heures à 4
        # heures", "dure entre 8 h et 10 h"); not
        # after a verb of change either ("Le délai passe à 18 heures": excluded_spans)
        # (the group stays, matching nothing, where the language has no such words: _reference_span asks for it)
        # (two hours of a span with the short mark, written onto them or not, minutes on either, from six in the morning:
        # "de 9h à 12h", "entre 8h et 11h", "de 8h30 à 12h", "de 14h à 17h30", "de 9 h à 12 h"; not "de 1h30 à 2h", "entre
        # 2 h et 3 h", which may be spells, nor before a word of distance but a day's: "de 7h30 à 9h de travail par jour";
        # "de 9 h à 19 h du lundi au samedi" is a span)
        + (rf"|{opens(span_opens)}\s+(?:0?[6-9]|1\d|2[0-3])\s?{one_of(lex.clock_hours_short)}(?:\s?[0-5]\d)?\s+{span_closes}\s+{hour}"
           rf"\s?{one_of(lex.clock_hours_short)}(?:\s?[0-5]\d)?(?!\w)"
           rf"(?![ \u00a0]+{distance}(?:(?<=['’])|(?!\w))(?![ \u00a0]*{one_of(sorted(lex.values['WEEKDAY']))}(?!\w)))"
           if lex.clock_hours_short else "")
        # twelve before the name of its hour: "published at 12 noon", "until 12 midnight"
        + (rf"|(?<![\w.,:])12(?:[.:]00)?\s+{one_of(lex.clock_named_hours)}(?!\w)" if lex.clock_named_hours else "")
        # an hour that a span joins to an hour with a name: "entre minuit et 6 heures", "entre 21 h et minuit", "tra
        # mezzanotte e le 6", "between midnight and 6" (not "entre midi et 2 000 personnes": a word after the figure)
        + (rf"|{opens(span_opens)}\s+{one_of(lex.clock_named_hours)}\s+{span_closes}\s+(?:{articles}\s+)?{hour}"
           rf"(?:[.:h][0-5]\d)?(?:\s?{hour_marks}(?!\w)|(?!\w|[.,]\d|\s*[%٪]|[ \u00a0\u202f]\d)(?!\s+(?!{small_words}(?!\w))[^\W\d_]))"
           rf"|{opens(span_opens)}\s+(?:{articles}\s+)?{hour}(?:[.:h][0-5]\d)?(?:\s?{hour_marks})?\s+{span_closes}\s+"
           rf"{one_of(lex.clock_named_hours)}(?!\w)" if lex.clock_named_hours else "")
        # a text message's short code, four to six figures after a word of texting (``text_code_words``), a keyword in capitals
        # and its figure, and small words between or not: "Text GIVE to 70085", "Text ACTION 10 to 70070", "texting 61016",
        # also written in pairs of figures, "par SMS au 92 92" (not "texted 2,000 people", "SMS 4,5 milioni": a group sign or a
        # decimal; nor before a word but a small one, which the figure counts: "sent texts to 3500 parents", "sms naar 2500
        # klanten")
        + (rf"|{opens(lex.text_code_words)}(?:\s+(?-i:[A-Z]{{2,}})(?:\s+\d{{1,3}})?)?(?:\s+(?:{small_words}|{joiner})(?!\w))*"
           rf"\s+(?:\d{{4,6}}|\d\d[ \u00a0]\d\d(?:[ \u00a0]\d\d)?)(?!\d|[.,]\d|\s*[%٪])(?!\s+(?!(?:{small_words}|{joiner})(?!\w))[^\W\d_])"
           if lex.text_code_words else "")
        # a screen's resolution in thousands of pixels across, one figure and a capital K (``screen_resolutions``): "watched
        # in 4K", "a 5K display", "un téléviseur 8K" (not money, "paid 5K", "$5K")
        + (rf"|{opens(lex.resolutions_before)}[ \u00a0](?-i:[2458]K)(?![\w\-])" if lex.resolutions_before else "")
        + (rf"|(?<![\w.,$€£¥₽])(?-i:[2458]K)(?=(?:[ \u00a0]+|-){one_of(lex.resolutions_after)}(?!\w))" if lex.resolutions_after else "")
        + r"|(?P<hours>"
        + (rf"(?:{opens(span_opens)}\s+{late}\s+{hours}(?:\s+[^\W\d_]+)?\s+{span_closes}\s+{hour}"
           rf"|{opens(span_opens)}\s+{hour}\s+{hours}(?:\s+[^\W\d_]+)?\s+{span_closes}\s+{late}"
           rf"|{opens(lex.clock_hours_any)}\s+(?:{hour}(?:[.:][0-5]\d)?"
           rf"|{one_of(twelve_hours)}(?!\w)(?!\s+{hours}\s+(?!{small_words}(?!\w))[^\W\d_]))"
           rf"|(?<!['’]){opens(lex.clock_hours_late)}\s+{late}"
           # (any hour after a weekday and one of those words: "ouvrira samedi à 10 heures")
           rf"|{opens(sorted(lex.values['WEEKDAY']))}\s+{before}\s+{hour}"
           # (and a late hour right after "from" and a weekday: "à partir de mercredi 16 heures"; not "a attendu lundi 14
           # heures", a spell)
           rf"|{opens(span_opens)}\s+{one_of(sorted(lex.values['WEEKDAY']))}\s+{late}"
           # (at the start of the text, a line or a sentence: "À 8 heures, la police"; not after a comma or a colon,
           # where a spell is as often said: "Le vol Paris-Tokyo, à 12 heures, reste", "Attente : à 6 heures en moyenne")
           + (rf"|(?:(?<=^)|(?<=[.!?\n«])|(?<=[.!?«]\s)|(?<=[.!?]\s\s)){opens(lex.clock_hours_at_clause_start)}\s+{hour}"
              if lex.clock_hours_at_clause_start else "")
           + rf")\s+{hours}(?!\w)(?:\s+[0-5]\d(?!\d))?"
           rf"(?![ \u00a0]+{distance}(?:(?<=['’])|(?!\w)))" if lex.clock_hours else "(?!)")
        + ")"
        # wire copy's times with a zone: "by 1030 GMT", "0800 UTC", "14h30 CEST" (in capitals only)
        + rf"|(?<![\d.,:]){hour}[.:h]?[0-5]\d[ \u00a0]?(?-i:{one_of(lex.time_zones)})(?!\w)"
        # decades: "gli anni '90", "les années 1990" (a count of years is written "90 anni"), "anni Novanta"
        rf"|{opens(lex.decade_words)}\s+(?:['’]?(?:1[89]|20)?[1-9]0(?!\d|[.,]\d|\s*%)|{one_of(tens)}(?!\w))"
        # the base of a rate: "per 100,000 people", "ogni 100mila abitanti", "لكل ١٠٠ ألف نسمة" (a round
        # hundred, thousand..., with a scale word; _is_rate_base decides)
        # (or the scale word alone: "لكل ألف نسمة", "2,5 per mille nati vivi")
        rf"|(?P<rate>(?P<rate_word>{opens([*lex.rate_words, *lex.rate_after_count])})\s+(?:{one}(?:{zero}|{zero}{zero})?"
        rf"(?:[,.\u00a0\u202f ]?{zero}{zero}{zero})*(?![{DIGITS}]|[.,\u00a0\u202f ][{DIGITS}]|[\-–][{DIGITS}])"
        rf"(?:\s*{one_of(thousands)}(?!\w))?|{one_of(thousands)}(?!\w)))"
    )
    first_words = one_of(sorted(set(opening))).replace("'", "['’]")  # (either apostrophe, as "named_after" takes)
    # (a letter after one of those words, where no alternative takes it: "alibaba" after "a", "вложит" after
    # "в"; only after an apostrophe, "dell'Ottocento", and a code's capital, "Article L. 441-4", does one follow)
    ended = r"(?:(?![^\W\d_])|(?<=['’])|(?-i:(?=[A-Z])))"
    start = "|".join([r"\d", f"{first_words}{ended}", *guarded])
    return rf"{_REFERENCE_START}(?={start})(?:{alternatives})"


_REFERENCE_START = r"(?<!\w)"


@cache
def _reference_scan(lang: str) -> re.Pattern[str] | None:
    """The reference pattern matched from the character before it, which is no word character: the engine
    then skips from one such character to the next instead of trying the pattern at every letter of a
    window (see :func:`_references`)."""
    ref = _reference_regex(lang)
    if ref is None:
        return None
    return compile_cached(rf"\W(?={ref.pattern.removeprefix(_REFERENCE_START)})", re.IGNORECASE)


def _references(text: str, lang: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_reference_regex(lang).finditer(text, start, end)``: one at ``start``, then those
    after a character that is no word character, where ``_reference_scan`` finds them (the matches it
    finds inside one found before are passed over, as ``finditer`` goes on from a match's end)."""
    ref, scan = _reference_regex(lang), _reference_scan(lang)
    if ref is None or scan is None:
        return
    reached = start
    if (m := ref.match(text, start, end)) is not None:
        yield m
        reached = m.end()
    for before in scan.finditer(text, start, end):
        if before.end() >= reached and (m := ref.match(text, before.end(), end)) is not None:
            yield m
            reached = m.end()


@cache
def _other_calendar_regex(lang: str) -> re.Pattern[str] | None:
    """Dates and years of another reckoning, which claimlint does not convert: a date of the Islamic
    calendar, a day before its month, and the year after it; a year before its era ("27 رمضان", "10 Dhul
    Hijjah 1446", "1 шавваля 1446 года по хиджре", "1446 هـ", "1446 de l'hégire"); a year before Christ,
    or two of them joined as a range ("1200 BC", "10,000 BC", "tra il 2200 e il 1900 a.C.", "بين 3200
    و3000 قبل الميلاد"). An era written in capitals is matched as written ("1446 AH", not "3200 Ah",
    ampere-hours, nor "AH-winkels"). Scanned apart from the reference pattern, whose matches may start
    right before one ("на 1 шавваля")."""
    lex = lexicon(lang)
    if not lex.hijri_months and not lex.bc_eras:
        return None

    def one_of(forms: Iterable[str]) -> str:
        return f"(?:{trie(sorted(forms))})".replace("'", "['’]")

    bc_capitals, bc_others = _capitals(lex.bc_eras)
    hijri_capitals, hijri_others = _capitals(lex.hijri_eras)
    figure = rf"(?<![{DIGITS}.,])[{DIGITS}]"
    year = rf"(?<![{DIGITS}.,])(?:[{DIGITS}]{{1,3}}(?:[.,\u00a0\u202f][{DIGITS}]{{3}})+|[{DIGITS}]{{1,5}})(?![{DIGITS}])"
    joiners = one_of([*lex.and_words, *lex.values["TO"], *lex.values["AND"], "-", "–"])
    year_word = rf"(?:{one_of(lex.values['YEAR_AFTER'])}\s+)?"
    return compile_cached(
        rf"{figure}{{1,2}}\s+{one_of(lex.hijri_months)}(?!\w)(?:\s+[{DIGITS}]{{3,4}}(?![{DIGITS}]))?"
        rf"|{figure}{{3,4}}\s*{year_word}(?:(?-i:{one_of(hijri_capitals)})(?![\w\-])|{one_of(hijri_others)}(?!\w))"
        # (not a recent year, nor, where the era is a short form in capitals, which may name British
        # Columbia, before a capitalised word or a plural: "in 2024 BC Ferries", "Some 500 BC residents";
        # "In 1871 BC joined" is taken for an era, "about 450 BC by priests" is one)
        rf"|(?:{year}\s*{joiners}\s*(?:{one_of(lex.values['ARTICLE'])}\s+)?)?(?!(?:199|20[0-3])[{DIGITS}](?![{DIGITS}])){year}"
        rf"\s*{year_word}"
        rf"(?:(?-i:{one_of(bc_capitals)})(?!\w|\.\w)(?![ \t]+(?-i:[A-Z])|[ \t]+[^\W\d_]{{3,}}s\b)|{one_of(bc_others)}(?!\w))",
        re.IGNORECASE,
    )


def _capitals(forms: Sequence[str]) -> tuple[list[str], list[str]]:
    """The forms written in capitals ("BC", "B.C.", "AH"), matched as written, and the others."""
    capitals = [f for f in forms if f.upper() == f and f.replace(".", "").isalpha()]
    return capitals, [f for f in forms if f not in capitals]


@cache
def _other_calendar_hints(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """What a window must hold for ``_other_calendar_regex`` to match, which is not scanned otherwise (the
    pattern tries each figure; these finds cost far less): a month or era in full, found in the window
    case-folded (one trie of them, any spaces between their words, either apostrophe), and the forms in
    capitals as written."""
    lex = lexicon(lang)
    capitals = _capitals(lex.bc_eras)[0] + _capitals(lex.hijri_eras)[0]
    folded = {" ".join(f.replace("’", "'").casefold().split())
              for f in (*lex.hijri_months, *lex.hijri_eras, *lex.bc_eras) if f not in capitals}
    # (a space of a form stands for any run of spaces, as str.split took them: written in the trie as a
    # character no form holds, which re.escape leaves as it is)
    words = trie(sorted(f.replace(" ", "\x01") for f in folded)).replace("\x01", r"\s+").replace("'", "['’]")
    return compile_cached(words), tuple(sorted(capitals))


_MINUTES_SECONDS = re.compile(r"\d{1,2}:[0-5]\d")


def _race_minutes(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a clock time is the minutes and seconds of a race time, hundredths or thousandths after the
    language's decimal sign, thousandths after a dot in every language: "3:49.04", "3:49,04", "1:10.412" (Russian and
    Dutch write "1:19.30" for 1 h 19 min 30 s: no hundredths there, as their decimal sign is a comma)."""
    sign = text[m.end() : m.end() + 1]
    if _MINUTES_SECONDS.fullmatch(m.group()) is None or (sign not in lex.decimal and sign != "."):
        return False
    fraction = text[m.end() + 1 : m.end() + 5]
    digits = len(fraction) - len(fraction.lstrip("0123456789"))
    # (thousandths only after a dot: "1:10.412"; not a map's scale, "1:25.000")
    return (digits == 3 and fraction[:3] != "000") or (digits == 2 and sign in lex.decimal)


def excluded_spans(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans in ``text[start:end]`` whose figures are not quantities: names, times, phones, references."""
    end = len(text) if end is None else end
    lex = lexicon(lang)
    spans = [m.span() for m in _NOT_QUANTITIES.finditer(text, start, end)
             if (m.group("formation") is None or sum(map(int, to_ascii_digits(m.group())[::2])) == 10)
             and not _race_minutes(text, m, lex)]
    for m in _references(text, lang, start, end):
        spans.extend(_reference_span(lex, m))
    hijri = _other_calendar_regex(lang)
    if hijri is not None:
        folded_hints, capitals = _other_calendar_hints(lang)
        window = text[start:end]
        if folded_hints.search(window.casefold()) or any(form in window for form in capitals):
            spans.extend(m.span() for m in hijri.finditer(text, start, end))
    for first, last in _figure_chunks(text, start, end):
        chunk = text[first:last]
        lead = len(chunk) - len(chunk.lstrip(_EDGE_PUNCT))
        core = chunk.strip(_EDGE_PUNCT)
        if "/" in core and (per := _per_unit(core, lex)) is not None:
            spans.append((first + lead + per, first + lead + len(core)))  # (the unit of a price: "/100g", "/m3")
        elif "/" in core and (unit := _glued_rate_unit(core, lex)) is not None:
            # (and a rate's unit written onto its figure: "from 135µg/m3 to 70µg/m3" holds no "3 to 70")
            spans.append((first + lead + unit, first + lead + len(core)))
        elif core and _is_name(core, lex) and not (
                _unit_before_its_noun(text, first + lead + len(core), core, lex)
                or _scaled_range_before_its_noun(text, first + lead + len(core), core, lex)):
            spans.append((first + lead, first + lead + len(core)))
    return sorted(spans)


def _glued_rate_unit(chunk: str, lex: Lexicon) -> int | None:
    """Where the unit of a rate written onto a figure begins in ``chunk``: "42µg/m3", "113g/km", "6.8l/100km"."""
    if "/" in chunk and (figure := _FIGURE_BEFORE_LETTER.match(chunk)) is not None and (
            chunk[figure.end() :].rstrip(_EDGE_PUNCT).casefold() in _rate_units(lex.lang)):
        return figure.end()
    return None


_SCALE_LETTER_RANGE = lazy(rf"[{DIGITS}]+(?:\.[{DIGITS}]+)?(\p{{Ll}})-[{DIGITS}]+(?:\.[{DIGITS}]+)?(\p{{Ll}})")


def _scaled_range_before_its_noun(text: str, end: int, core: str, lex: Lexicon) -> bool:
    """Whether ``core`` is a range of two figures with a scale's letter that is also a unit's ("1.1m-1.3m") before a
    unit or a noun of what millions count, one of the unit's ``not_before`` ("1.1m-1.3m tonnes", "2m-3m people"; "2m-3m
    waves" are metres)."""
    pair = _SCALE_LETTER_RANGE.fullmatch(core)
    if pair is None or pair.group(1) != pair.group(2) or pair.group(1) not in lex.suffixes:
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = lex.fold(after.group(1).casefold())
    context = lex.measure_in_context.get(pair.group(1))
    return word in lex.measure_words or (context is not None and word in context.not_before)


def _unit_before_its_noun(text: str, end: int, core: str, lex: Lexicon) -> bool:
    """Whether a digit and a unit of ``measure_units_cased`` written onto it are a measure before the link word of
    what it measures ("4g of paracetamol", "5g de sel"; "4g coverage" is a network's generation)."""
    if not (len(core) == 2 and core[0].isdigit() and core[1:] in lex.measure_units_cased):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and not {"OF", "CUR_LINK"}.isdisjoint(lex.classify("word", lex.fold(after.group(1))))


def _figure_chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where the chunks of non-space characters that hold a figure and begin in ``text[start:end]`` (after a
    space or at the text's start) lie, as ``(?<!\\S)\\S*?[0-9]\\S*`` finds them; found from their first
    figure (the pattern started a match at every character), back to the space before it."""
    reached = start
    for m in _FIGURE_ON.finditer(text, start, end):
        before = text[reached : m.start()]  # (the space after the chunk before, if any, and what follows it)
        reached = m.end()
        first = m.start() - (0 if not before or before[-1].isspace() else len(before.rsplit(None, 1)[-1]))
        if first > start or not start or text[start - 1].isspace():  # (not a chunk that begins before the span)
            yield first, m.end()


def _is_rate_base(lex: Lexicon, m: re.Match[str]) -> bool:
    """Whether a rate word and a round figure are the base of a rate ("8,5 décès pour 100 000 habitants"):
    not before money or a month ("pour 1 milliard de dollars", "per 1 juli"), nor a ratio word after a
    number ("1 ogni 1000"), and where the word also means "for" (``rate_words_after_count``: "pour",
    Italian "per") only after a count ("vendu pour 100 millions", "per 10 anni" are no rates)."""
    text, word = m.string, normalize(m.group("rate_word"))
    after = _WORD_AFTER.match(text, m.end() + (text[m.end() : m.end() + 1] == "."))  # ("на 100 тыс. населения")
    if after is not None and "CUR_LINK" in lex.classify("word", lex.fold(after.group(1))):
        after = _WORD_AFTER.match(text, after.end())  # "pour 1 milliard de dollars"
    if after is not None and not _NO_RATE_AFTER.isdisjoint(lex.classify("word", lex.fold(after.group(1)))):
        return False
    if lex.fold(normalize(m.group("rate"))) in lex.values["PCT"] and (
            after is None or lex.fold(after.group(1)) in lex.prepositions or lex.classify("word", lex.fold(after.group(1)))):
        return False  # per mille before no noun: "un taux de 3 pour mille", "lo 0,5 per mille" ("pour mille habitants" is a base)
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if word in lex.values["OVER"] and before is not None and not _ONE_OR_NUMBER.isdisjoint(
        lex.classify("num" if before.group(1)[:1].isdigit() else "word", lex.fold(before.group(1)))
    ) and not _a_population_base(lex, text, before, m):
        return False
    if word not in lex.rate_after_count:
        return True
    digits = "".join(ch for ch in to_ascii_digits(m.group("rate")) if ch.isdigit())
    small = digits != "" and int(digits) < 100 and m.group("rate").rstrip()[-1:].isdigit()  # (no thousand's word after it)
    if after is not None and (verb := _WORD_AFTER.match(text, after.end())) is not None and (
            lex.fold(normalize(verb.group(1))) in lex.rate_base_verbs) and not (small and lex.fold(after.group(1)) not in lex.rate_base_nouns):
        # before a verb of "there are so many per", whatever a base of a hundred or more counts: "На 100 тысяч населения
        # приходится 46,5 случая", "в Германии на 1000 жителей приходится 4 соискателя", "на 100 вакансий приходится 52
        # безработных" ("На 1000 человек больше" is by so many; "На 10 регионов приходится половина инвестиций" counts 10)
        return True
    if lex.rate_base_nouns and (after is None or (lex.fold(after.group(1)) not in lex.rate_base_nouns and (
            (hyphened := _HYPHENED_WORD_AFTER.match(text, after.start())) is None
            or lex.fold(hyphened.group(1)) not in lex.rate_base_nouns))):
        return False  # "3 школы на 1000 мест": a capacity, not the base of a rate ("на 1000 пациенто-лет" is one)
    if after is not None and m.group("rate_word")[:1].isupper() and not lex.rate_base_nouns:
        # the base opening its sentence where its word means no "by": "Pour 1 000 habitants, on compte 3,2 médecins"
        return True
    count = _COUNT_BEFORE.search(text, max(0, m.start() - 48), m.start())
    if count is None and after is not None and _of_content(lex, after.group(1)):
        # (a base of mass or volume after a measure of mass or volume and what it measures: "1,4 g de sel pour 100 g de
        # farine", "5 grammi di zucchero per 100 ml"; not "5 ans de chantier pour 10 km", "20 metri per 10 metri")
        count = _MEASURE_BEFORE.search(text, max(0, m.start() - 64), m.start())
        if count is not None and not _of_content(lex, count.group(2).split()[0]):
            count = None
    # (not after a year or a verb of change, "в 2024 году выросло на 100 тысяч человек", nor after an amount with a
    # scale word, a total rather than a rate: "2 млн долларов за 1000 тонн зерна")
    return count is not None and not (len(count.group(1)) == 4 and int(to_ascii_digits(count.group(1))) in YEAR_FIGURES) and not any(
        normalize(w).startswith(lex.change_stems) or not _SCALED.isdisjoint(lex.classify("word", lex.fold(normalize(w))))
        for w in count.group(2).split()
    )


_SCALED = frozenset({"SCALE", "SCALE_BARE"})
_CONTENT = frozenset({"mass", "volume"})


def _of_content(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` is a unit of mass or volume, as written or in words ("g", "ml", "grammi", "litres")."""
    symbol = lex.measure_symbols.get(word) or lex.measure_words.get(normalize(word))
    unit = units().get(symbol) if symbol is not None else None
    return unit is not None and unit.dimension in _CONTENT


def _a_population_base(lex: Lexicon, text: str, before: re.Match[str], m: re.Match[str]) -> bool:
    """Whether a ratio word after a number is a rate's all the same: a base of a thousand or more after a figure other
    than one ("6,7 ogni 100.000 abitanti", "6 ogni 100mila abitanti", "3,1 ogni mille abitanti"), which no share of a whole
    is written with ("uno ogni 1.000 abitanti" and "3 ogni 10 italiani" are shares)."""
    figure = before.group(1)
    if not figure[:1].isdigit() or (to_ascii_digits(figure) == "1" and text[before.start(1) - 1 : before.start(1)] not in ",."):
        return False  # (one, not the decimals of "3,1")
    base = text[m.end("rate_word") : m.end()]
    return sum(map(str.isdigit, base)) >= 4 or any(
        not _SCALED.isdisjoint(categories := lex.classify("word", key := lex.fold(normalize(w))))
        or ("NUMWORD" in categories and int(lex.values["NUMWORD"].get(key) or 0) >= 1000) for w in _LETTERS.findall(base))


_LETTERS = lazy(r"\p{L}+")
_YEAR_AT_END = lazy(r"(?<![0-9])(?:19|20)[0-9]{2}$")
# A capitalised word that does not open its sentence, right before a label: "Christmas Day", "Fashion Week".
_NAME_THEN_LABEL = lazy(r"(?<![.!?:;]\s*|^\s*)(?<=\p{L}[ \u00a0]+)\p{Lu}\p{L}*[ \u00a0]+$")


# a figure and at most two words before a point, a hyphen inside either or not: "8,5 décès pour", "45 casi ogni"
_COUNT_BEFORE = lazy(rf"([{DIGITS}]+)((?:[ \u00a0]+\p{{L}}+(?:-\p{{L}}+)?){{0,2}})[ \u00a0]+$")  # ("172 SIM-карт на")
# ...and a figure, its unit and up to three words before a base of mass or volume ("6 g de sucre pour 100 ml")
_MEASURE_BEFORE = lazy(rf"(?<!\p{{L}})([{DIGITS}]+)((?:[ \u00a0]*\p{{L}}+)(?:[ \u00a0]+\p{{L}}+['’]?){{0,3}})[ \u00a0]+$")


def _in_a_listed_sentence(m: re.Match[str]) -> bool:
    """Whether the house number ``m`` found stands in a list a colon opens, of figures after commas: "I residenti
    sfollati: in via Verdi, 120, in via Puccini, 80." (not "Milano: incendio in via Verdi, 12.", "Alle 10:30 in via
    Roma, 12, al secondo piano"). The sentence is looked for at most ``_SENTENCE_REACH`` characters around."""
    text = m.string
    left = max(0, m.start() - _SENTENCE_REACH)
    opening = max(text.rfind(mark, left, m.start()) for mark in ".!?\n")
    colon = _LIST_COLON.search(text, max(left, opening + 1), m.start())
    if colon is None:
        return False
    closing = min((i for i in (text.find(mark, m.end(), m.end() + _SENTENCE_REACH) for mark in ".!?\n") if i >= 0), default=len(text))
    return len(_LISTED_FIGURE.findall(text, colon.end(), closing)) >= 2


_SENTENCE_REACH = 200
_LIST_COLON = re.compile(r"(?<![0-9]):(?![0-9])")
_LISTED_FIGURE = re.compile(r",\s*[0-9]{1,3}(?![0-9])")


def _reference_span(lex: Lexicon, m: re.Match[str]) -> list[tuple[int, int]]:
    """What a match of the reference pattern hides. A plural label hides the figures it lists, ending
    in "and" ("Articles 5, 6 and 7"), and no single figure ("its pages 40 years later", "населённые
    пункты 12 районов"); a reference word hides its figure and no more ("Nato invoked Article 5 and 300
    troops")."""
    label = m.group("label")
    if label == "#" and not m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].strip("#") and (
        m.string[m.start() + 1 : m.start() + 2] == " "
    ):
        return []  # "## 5 things to know": a Markdown heading's marker, no number sign ("#5 seed" is one)
    if m.group("rate") is not None:
        return [m.span()] if _is_rate_base(lex, m) else []
    if m.groupdict().get("house") is not None:
        return [] if m.group("houseword") is None and _in_a_listed_sentence(m) else [m.span()]
    if m.group("mark") is not None:
        # "أجر الساعة 15 دولارا": an hour's wage; "طوال الساعة 7 أيام": round the clock, 7 days
        return [] if _word_after_is(lex, m.string, m.end(), _MEASURED_AFTER_MARK) else [m.span()]
    if m.group("hours") is not None:
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        changed = before is not None and normalize(before.group(1)).startswith(lex.change_stems)
        return [] if changed else [m.span()]  # "Le délai passe à 18 heures": a spell of time, changed
    if label is None:
        if lex.fold(normalize(m.group())) in lex.values["DAY"] and _word_after_is(lex, m.string, m.end(), frozenset({"OF"})):
            return []  # "الحادي عشر من نوفمبر": an ordinal of the fixed phrases that is a day before its month
        return [m.span()]
    label = normalize(label)
    if label in lex.reference_lists and (m.group("list") is not None or _FIGURES_RANGE.search(m.string, m.end("label"), m.end())):
        # ("Articles 5, 6 and 7", "pages 10-12"; not before what an amount measures: "articles 3 à 5 euros moins chers",
        # "статьи 3-5 тысяч слов", "articles 3 to 5 times a week", "статьи 3-5 лет назад", "cut pages 10-15%")
        if _word_after_is(lex, m.string, m.end(), _MEASURED_AFTER_MARK) or _percent_or_times_after(lex, m.string, m.end()):
            return []
        return [m.span()]
    end = m.start("list") if m.group("list") is not None else m.end()
    if label not in lex.references and m.group("label") not in lex.named_references and label not in lex.place_words:
        return []
    before = [normalize(w) for w in m.string[max(0, m.start("label") - 24) : m.start("label")].split()[-2:]]
    if before and (before[-1] in lex.values["INDEF"] or (
            len(before) == 2 and before[0] in lex.values["INDEF"] and before[1] in lex.only_words)) and (
            _plural_after(lex, m.string, m.end())):
        return []  # one of the things the label names, counted, and a figure of its own that counts the plural after it:
        # "dans un seul tome 800 lettres" (not "a typical band 5 nurse", "a tier 1 capital ratio")
    if m.group("label") in lex.named_before_years and _YEAR_AT_END.search(m.string, m.start(), end):
        return []  # a year after such a label is the year: "Fashion Week 2024", "Season 2024" (not "Resolution 2334")
    if m.group("label") in lex.named_before_years and _NAME_THEN_LABEL.search(m.string, max(0, m.start() - 40), m.start()):
        return []  # the last word of a name, no label: "On Christmas Day 300 volunteers", "During Fashion Week 500 models"
    if label in lex.place_words and not _place_named(lex, m.string, m.start("label"), end):
        # "mis en ligne 3 000 archives", "Белый дом 12 марта"; but a place whose name is a fixed phrase, which the
        # label's alternative matched first: "شارع 26 يوليو" (a street named after a day)
        phrase = next((p for p in lex.fixed_phrases if m.string.startswith(p, m.start("label"))), None)
        return [] if phrase is None else [(m.start("label"), m.start("label") + len(phrase))]
    if _word_after_is(lex, m.string, end, _MEASURED_AFTER_MARK) or _percent_or_times_after(lex, m.string, end) or (
            _unit_after(lex, m.string, end)):
        # an amount, not a place in the text: "برقم 300 ألف دولار" (with a figure of $300,000), "a flight
        # 3 hours long", "una risoluzione 4 volte superiore", "الجسيمات الدقيقة 150 ميكروغرام" (fine particles)
        return []
    if _word_after_is(lex, m.string, end, frozenset({"MONTH"})):
        return []  # a day: "la legge 8 marzo 2001, n. 53" (the law of that day)
    if m.string[end - 1 : end] in _DASHES and m.string[end : end + 1].isalpha():
        return []  # a figure written onto a word: "the reference 10-year yield"
    return [(m.start(), end)]


_FIGURES_RANGE = lazy(r"\d-\d")


def _plural_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether the word after ``end`` is in lower case, of five letters or more, ends as the language's plural nouns do
    (``noun_plural_endings``; "-s" where it lists none) and may be a noun (no vocabulary word, preposition or
    conjunction)."""
    after = _WORD_AFTER.match(text, end)
    word = normalize(after.group(1)) if after is not None else ""
    return (after is not None and after.group(1).islower() and len(word) > 4 and word.endswith(lex.noun_plural_endings or ("s",))
            and lex.may_count(word))  # (not "très", "plus", "dans", "dei")


def _place_named(lex: Lexicon, text: str, label_start: int, end: int) -> bool:
    """Whether the figure ending at ``end`` after a word of ``place_words`` names the place ("la ligne 14 compte",
    "binario 3;", "Lijn 2 vervoert", "Дом 5 признали"): not with its thousands grouped, not in an idiom of ``place_idioms`` ("mis en ligne 3 000
    archives", "in prima linea 3.000 medici"), nor before a month, a unit or a scale word ("Белый дом 12 марта")."""
    while end and text[end - 1] in ".-":
        end -= 1  # (the reference pattern's figure takes a full stop after it: "дом 24.")
    if _GROUPED_AT.search(text, max(0, end - 5), end) or _GROUP_AFTER.match(text, end):
        return False  # a figure with thousands grouped counts: "Sur cette voie 12 000 véhicules", "binario 3.000"
    words = tuple(lex.fold(text[max(0, label_start - 24) : label_start]).split())
    if any(words[-len(idiom) :] == idiom for idiom in lex.place_idioms):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or _PLACE_BREAKERS.isdisjoint(lex.classify("word", lex.fold(after.group(1))))


_GROUPED_AT = lazy(r"[0-9][.,][0-9]{3}$")
_GROUP_AFTER = lazy(r"[ \u00a0\u202f][0-9]{3}(?![0-9])")
# Words after a figure that make it an amount or a date, whatever stands before it.
_PLACE_BREAKERS = frozenset({"MONTH", "DUR", "SCALE", "CUR_WORD", "CUR_AFTER", "PCT", "PP"})


def _percent_or_times_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether a percent sign or a word of times follows the figure that ends at ``end``: "vol 100 %
    électrique", "una risoluzione 4 volte superiore"."""
    after = _WORD_AFTER.match(text, end)
    return _PERCENT_AFTER.match(text, end) is not None or (after is not None and normalize(after.group(1)) in lex.times_words)


_PERCENT_AFTER = lazy(r"[ \u00a0\u202f]*[%٪]")


def _unit_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether the word after ``end`` starts a unit of measure (:func:`_unit_forms`) of three letters or more, read at
    any figure: "ميكروغرام", "litres" (not "см", also "see": "в разделе 5 см. ниже"; nor "la linea 3 metro")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and normalize(after.group(1)) in _unit_heads(lex.lang)


@cache
def _unit_heads(lang: str) -> frozenset[str]:
    """The first words of the units of measure of :func:`_unit_after`, up to a slash ("ميكروغرام", "litres")."""
    heads = {normalize(form.split()[0].split("/")[0]) for form in _unit_forms(lang) if form[:1].isalpha()}
    return frozenset(head for head in heads if len(head) > 2 and head not in lexicon(lang).measure_word_values)


def _word_after_is(lex: Lexicon, text: str, end: int, categories: frozenset[str]) -> bool:
    """Whether the word after ``end`` is of one of ``categories``."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and not categories.isdisjoint(lex.classify("word", lex.fold(after.group(1))))


# (_WORD_BEFORE and _WORD_AFTER, the word before and after a point, are defined below.)
# Words after a figure that make it an amount.
_AMOUNT_WORDS = frozenset({"SCALE", "SCALE_BARE", "SCALE_DUAL", "SCALE_HALF", "CUR_WORD", "CUR_AFTER", "CUR_SCALED", "PCT", "PP", "BP"})
# ...or, after a clock mark, a spell of time
_MEASURED_AFTER_MARK = _AMOUNT_WORDS | {"DUR"}


_DAY_AFTER_DASH = lazy(r"(?:[0-9]{1,2}|(?:19|20)[0-9]{2})(?![0-9])")  # (a day or a year: "24 July-9 August", "mai-2027")


def _is_name(chunk: str, lex: Lexicon) -> bool:
    """Qwen3-Max, GPT-4, H20, COVID-19, 5G: letters touch a figure. "$53bn", "USD3.14", "25th", a race
    time ("2h07'35\"") do not."""
    if chunk.isascii() and not any(map(str.isalpha, chunk)):
        return False  # no letter ("2025", "4.5%", "$53"), which the patterns below need
    if (share := _SHARE_AS_A_WORD.fullmatch(chunk.rstrip(_EDGE_PUNCT))) is not None and (
            "OVER" in lex.classify("word", share.group(1).casefold())):
        return False  # "a 1-in-3 chance", "1-in-1,000": a share written as one word
    if _MULTIPLE.fullmatch(chunk):
        return False  # "2.1x EBITDA", "2,1x", "10×": a multiple, as "2.1 times" is
    if ((area := _GLUED_AREA.fullmatch(chunk.rstrip(_EDGE_PUNCT))) is not None and area.group(2) in lex.measure_symbols
            and not (area.group(1) and "SCALE" in lex.classify("word", area.group(2)[:-1].casefold()))):
        return False  # "een appartement van 85m2", "80mq", "a 75m2 flat": a figure and a unit of area or volume written onto it
        # (with decimals, not where the unit's letter is also a scale's: "a 2.5m2 panel" would read as 2.5 million and 2)
    if _glued_rate_unit(chunk, lex) is not None:
        return False  # "42µg/m3", "113g/km", "6.8l/100km": a figure and a rate's unit written onto it
    if _SCIENTIFIC.fullmatch(chunk) or (lex.race_time is not None and lex.race_time.fullmatch(chunk.lower())):
        return False
    if lex.prefixes and (glued := _ARABIC_ONTO_FIGURE.search(chunk)) is not None and len(glued.group(1)) > 1 and (
            glued.group(1) not in lex.prefixes and not glued.group(1).startswith(lex.definite_prefixes)
            and (len(glued.group(1)) > 2 or chunk[glued.end() - 1].isascii())):
        # "مؤتمر الأطراف كوب28", "جي42": a name's letters written onto its figure, as names write it, in Western digits or
        # after three letters (not a conjunction, "و200", "وب5", nor a word that lost its space, "صفر هو٠")
        return True
    for m in _LETTER_FIGURE.finditer(chunk):
        letters = _LETTERS_BEFORE.search(chunk, 0, m.start() + 1)
        if letters is None:
            return True
        word = normalize(letters.group())
        if (word in lex.sign_forms and chunk[m.start() + 1] not in _DASHES
                and not (word in lex.code_only and not letters.group().isupper())) or (
                word in lex.values["MONTH"] and chunk[m.start() + 1] in _DASHES and _DAY_AFTER_DASH.match(chunk, m.start() + 2)):
            continue  # "USD3.14" (not "CVE-2024-3400": a code, then a dash; nor "Cop29": a code counts in capitals); "24
            # July-9 August": a month, then the range's dash and a day or year (not "APR-1400", a reactor's model)
        if word in lex.hyphen_qualifiers_before and letters.start() == 0 and chunk[m.start() + 1] in _DASHES:
            continue  # "sub-2%", "near-$1bn": a qualifier, then its figure
        if (word in (lex.bare_years_after or ()) or word in lex.year_prefixes) and chunk[m.start() + 1] in _DASHES and (
                _YEAR_AFTER_DASH.match(chunk, m.start() + 2)):
            continue  # "mid-2024", "à la mi-2024", "pre-2020 levels": a word of years, then the year
        if word in lex.scale_names and chunk[m.start() + 1] in _DASHES and letters.group().islower():
            continue  # "a magnitude-7.0 quake": the name of a scale, then its figure (not a name: "the band Magnitude-9")
        if ((letters.start() == 0 or (lead := _FIGURE_BEFORE_LETTER.match(chunk)) is not None and lead.end() == letters.start())
                and chunk[m.start() + 1] in _DASHES and letters.group().islower() and len(word) > 1
                and (word in lex.measure_units or "SCALE" in lex.classify("word", word))):
            # "1.1 million-1.2 million", "2 km-8 km", "15kg-20kg": a scale word or a unit that ends a range's lower end,
            # then its dash
            continue
        # "5k-20k", "$3m-$4m": a scale letter on a figure, then the range's dash ("2m-3m waves" are
        # metres: a letter that is also a unit of measure needs a currency sign)
        if not (word in lex.suffixes and chunk[m.start() + 1 : m.start() + 2] in _DASHES
                and chunk[letters.start() - 1 : letters.start()].isdigit()
                and (word not in lex.unit_letters or _starts_with_sign(chunk, lex))):
            return True
    return any(
        # "Tencent (0700.HK)", "Toyota (7203.T)": a ticker's exchange in capitals after a dot, whatever its letters say
        (chunk[m.start(1) - 1] == "." and m.group(1).rstrip(".").isupper()) or
        normalize(m.group(1)) not in lex.suffixes and normalize(m.group(1).rstrip(".")) not in lex.suffixes
        and normalize(m.group(1)) not in lex.measure_units  # "90mph", "1.5km"
        # "a 500g pack", "2.5g" (not "5G", nor a network's generation in lower case, one digit: "4g coverage", but before
        # the link word of what it measures: _unit_before_its_noun)
        and not (m.group(1).rstrip(".") in lex.measure_units_cased and len(chunk[: m.start(1)].lstrip("([")) > 1)
        # "104F": a unit read in context (``measure_in_context``), which the extractor reads so or drops ("room 104F";
        # not before an apostrophe, which the extractor's units refuse: "The 3F's engine")
        and not (m.group(1).rstrip(".") in lex.measure_in_context and not chunk[m.end(1) :].strip(_EDGE_PUNCT)
                 and not chunk[m.end(1) :].startswith(("'", "’")))
        and not (chunk[m.start(1) - 1] in _DASHES and normalize(m.group(1)) in lex.values["Q_AFTER"])  # "40-odd countries"
        and not (chunk[m.start(1) - 1] in _DASHES and _RATE_OF_TIME.fullmatch(chunk, m.start(1)) is not None and (
            "DUR" in lex.classify("word", lex.fold(normalize(chunk[m.end(1) + 1 :].rstrip(_EDGE_PUNCT))))
            or (any(chunk.startswith(sign) for sign in lex.values["CUR_SIGN"]) and normalize(m.group(1)) in lex.values["INDEF"])))
        # ("£300,000-a-week", and after money's sign any rate's base, "$1,500-a-night", "$10,000-a-plate": a rate, no name)
        and not _starts_with_sign(chunk[m.start(1) :], lex)
        # "March 30-April 2": the range's dash, then a month
        and not (chunk[m.start(1) - 1] in _DASHES and normalize(m.group(1)) in lex.values["MONTH"])
        # "een 55-inch tv", "по 3-нм техпроцессу": a figure written onto its unit of measure
        and not (chunk[m.start(1) - 1] in _DASHES and (normalize(m.group(1)) in lex.measure_words or (
                     len(m.group(1)) > 1 and m.group(1) in lex.measure_symbols)) and not _HAS_LETTER.search(chunk, 0, m.start()))
        # "a 12-member panel", "a 174-seat majority": a figure written onto the noun it counts
        and not (lex.hyphen_nouns and chunk[m.start(1) - 1] in _DASHES and len(m.group(1)) > 2 and m.group(1).islower()
                 and m.group(1) not in lex.hyphen_vague and not _HAS_LETTER.search(chunk, 0, m.start()))
        for m in _FIGURE_LETTERS.finditer(chunk)
    )


# One and a figure of two digits or more, or over one, joined by a word and hyphens: "1-in-3", "1-in-1,000" (not "a
# 1-in-100-year flood", a return period; nor "a 2-in-1 laptop", "the 6-in-1 vaccine", products).
_SHARE_AS_A_WORD = lazy(r"1[\-‐‑](\p{L}+)[\-‐‑](?:[1-9][0-9]{0,2}(?:[.,][0-9]{3})+|[1-9][0-9]+|[2-9])")
_GLUED_AREA = lazy(r"[0-9]+(?:[.,][0-9]{3})*([.,][0-9]{1,2})?(\p{L}{1,2}[23²³]|mq)")
# A multiple, its sign written on: "2.1x", "10×", a range too ("10-12x earnings"); the Cyrillic letter as Russian copy
# writes it, only after decimals or a range ("1,2х", "1–1,5х"; not "в 90х годах", "2х комнатная", case endings)
_MULTIPLE = lazy(r"[0-9]+(?:[.,][0-9]+)?(?:[-–][0-9]+(?:[.,][0-9]+)?)?[x×]|[0-9]+(?:[.,][0-9]+|[-–][0-9]+(?:[.,][0-9]+)?)х")
# A price, a slash, and a unit with the figure of its quantity, if any: "£1.20/100g", "€/m3".
_PER_UNIT = lazy(rf"(?P<price>[^/]*)/(?:[{DIGITS}]+(?:[.,][{DIGITS}]+)?)?(?P<unit>\p{{L}}[\p{{L}}²³0-9]*)")
_NOT_SIGN = lazy(rf"[{DIGITS}.,\s]+")


def _per_unit(chunk: str, lex: Lexicon) -> int | None:
    """Where the slash is in ``chunk`` when it is money per a quantity of something ("£1.20/100g", "30p/kWh", "4,30
    €/m3", whose chunk is "€/m3", "45 руб./м3"), else None: what follows the slash states no quantity of its own."""
    m = _PER_UNIT.fullmatch(chunk)
    if m is None:
        return None
    sign = normalize(_NOT_SIGN.sub("", m["price"]))
    if sign in lex.sign_forms or sign in lex.values["CUR_WORD"] or sign in lex.values["SUBUNIT"]:
        return m.end("price")
    return None


def _starts_with_sign(tail: str, lex: Lexicon) -> bool:
    """ "3.14US$": the letters after the figure begin a currency sign."""
    tail = normalize(tail)
    return any(tail.startswith(form) for form in lex.sign_forms if not form.isalpha())


def _and_split(text: str, lex: Lexicon, tokens: Iterator[_Piece]) -> Iterator[_Piece]:
    """ "بين يومين وثلاثة أيام", "بين مليون ومليوني شخص", "بين 100 ألف ومليون ريال": "and" written onto the
    number, dual or scale word after the word that ends an amount (or onto a month after a month and "between":
    "بين مارس ويونيو 2024") is the range's "and", a token of its own (within a number it joins its pieces: "خمسة
    وعشرين"). The tokenizer reads a number with the letter, and a scale word after it."""
    previous_end = -1  # (none: no token before)
    previous_categories: tuple[str, ...] = ()
    previous_between = False  # (whether the token before the previous one is a word of "between")
    month_of_between = False  # (whether the token before the previous one is a month after a word of "between")
    for tok in tokens:
        start, end, categories = tok
        ends = not _AMOUNT_ENDS.isdisjoint(previous_categories)
        if ends and (end - start > 2 and not _AMOUNT_STARTS.isdisjoint(categories)
                     and " " not in text[start:end] and _a_conjunction(lex, text, start)
                     and lex.fold(normalize(text[start:end])) not in lex.categories):  # (not "واحد", one)
            yield start, start + 1, ("AND",)
            start += 1
            tok = start, end, categories
        elif previous_end >= 0 and (ends or "NUMWORD" in previous_categories) and (
            previous_end < start - 1 and text[start - 2].isspace() and _a_conjunction(lex, text, start - 1)
            and not _SCALE_STARTS.isdisjoint(categories)
            and (ends or (at := _after_spaces(text, end)) >= len(text) or not _a_conjunction(lex, text, at))
        ):  # (and after a spelled number: "بين خمسمائة وألف دينار", 500 to 1,000; not where the scale word begins a
            # sum, "بين تسعمائة وألف ومئتي دولار", 900 to 1,200)
            yield start - 1, start, ("AND",)
        elif ("MONTH" in previous_categories and "MONTH" in categories and previous_end < start - 1
              and text[start - 2].isspace() and _a_conjunction(lex, text, start - 1) and previous_between):
            yield start - 1, start, ("AND",)  # "بين مارس ويونيو 2024": two months of one year (not "في مارس ويونيو")
        elif ("MONTH" in categories and "NUM" in previous_categories and month_of_between and previous_end < start - 1
              and text[start - 2].isspace() and _a_conjunction(lex, text, start - 1)):
            yield start - 1, start, ("AND",)  # "بين يونيو 2015 ويونيو 2016": a month of one year to one of another
        month_of_between = previous_between and "MONTH" in previous_categories
        previous_between = "BETWEEN" in previous_categories
        previous_end, previous_categories = end, categories
        yield tok


def _after_spaces(text: str, at: int) -> int:
    """Where the spaces after ``at`` end."""
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def _a_conjunction(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the letter at ``at`` is "and" written onto a word ("و")."""
    return "AND" in lex.classify("word", text[at]) and lex.fold(text[at]) in lex.prefixes


# The words that end an amount, and those after which "و" opens the next: "يومين وثلاثة أيام".
_AMOUNT_ENDS = frozenset({"DUR", "DUR_DUAL", "CUR_DUAL", "SCALE", "SCALE_BARE", "SCALE_DUAL"})
_AMOUNT_STARTS = frozenset({"NUMWORD", "DUR_DUAL", "CUR_DUAL", "SCALE_DUAL"})
# ...and the scale words that open one alone: "ومليون ريال", "وألفي شخص".
_SCALE_STARTS = frozenset({"SCALE_BARE", "SCALE_DUAL"})


def _window_tokens(
    text: str, lex: Lexicon, folded: str, base: int, w_start: int, w_end: int, plain: bool = False
) -> Iterator[_Piece]:
    """The tokens of ``folded[w_start:w_end]`` as plain tuples (see ``_Piece``), offsets in ``text``."""
    tokenizer = lex.plain_tokenizer if plain else lex.tokenizer
    pos = w_start
    while (m := tokenizer.search(folded, pos, w_end)) is not None:
        start, end = m.span()
        pos = end
        word = m.group()
        if word in lex.code_only and not text[base + start : base + end].isupper():
            continue  # ISO codes that are words count in capitals only: "RUB", not "rub"
        if word in lex.lowercase_forms and not text[base + start : base + end].islower():
            continue  # and some abbreviations in lower case only: "20 ms", not "20 MS patients" (multiple sclerosis)
        if word in lex.hyphen_only_qualifiers and folded[end : end + 1] not in _HYPHENS:
            continue  # and a qualifier written onto its figure only so: "sub-2%", not "the sub 40 miles off the coast"
        kind = m.lastgroup or "word"
        if kind == "num":
            if lex.elided_numbers and (elided := _elided_end(lex, folded, m)) is not None:
                # "5 cent al litro", "quarantacinque cent": a piece that ends a word only before an
                # apostrophe ("vent'anni") is a word here; what stands before it is read alone.
                left = folded[start:elided].rstrip(_SPACES)
                if left:
                    yield (start + base, start + len(left) + base, lex.classify("num", left))
                if categories := lex.classify("word", folded[elided:end]):
                    yield (elided + base, end + base, _as_cased(categories, text[base + elided : base + end]))
                continue
            if (ordinal := _numerator_and_ordinal(lex, folded, m, w_end)) is not None:
                # "three twenty firsts": three over 21; "twenty firsts" is one denominator.
                left = folded[start : ordinal[0]].rstrip(_SPACES)
                yield (start + base, start + len(left) + base, lex.classify("num", left))
                yield (ordinal[0] + base, ordinal[1] + base, ("DENOM",))
                pos = ordinal[1]
                continue
            cut = _number_cut(lex, folded, m, w_end, plain)
            if cut is not None:
                # "one twenty-fifth" (one over 25), "3 hundred and one": the number ends early and the
                # tokens after the cut are read anew.
                left = folded[start:cut].rstrip(" \t\u00a0-‐")
                if left:
                    yield (start + base, start + len(left) + base, lex.classify("num", left))
                pos = cut
                continue
            split = lex.bad_connector(word)
            if split is None and start and (prev := _WORD_BEFORE.search(folded, max(0, start - 24), start)) and (
                prev.group(1) in lex.values["BETWEEN"]
            ):
                split = lex.range_connector(word)
            if split is not None:
                # "between nine and ten": two numbers and the range's "and", not nineteen.
                a, b = start + split[0], start + split[1]
                # (a hyphen before the connector is the left number's shared end, "tussen drie- en vijfduizend",
                # and joins the two as a range does: "kost twee- en driehonderd euro")
                left, right = folded[start:a].rstrip(" \t\u00a0-‐"), folded[b:end].lstrip()
                yield (start + base, start + len(left) + base, lex.classify("num", left))
                between = folded[a:b]
                joins = lex.classify("word", between) or (("DASH",) if between in _DASHES else ("AND",))
                if folded[start + len(left) : a].strip() in _DASHES and "DASH" not in joins:
                    joins = ("DASH", *joins)  # (first: where both may stand, the range)
                yield (a + base, b + base, joins)
                yield (end - len(right) + base, end + base, lex.classify("num", right))
                continue
        elif kind == "sign":
            if start and word[0] in _HYPHENS and lex.hyphen_qualifiers_before and (
                (before := _LETTERS_ONTO.search(folded, max(0, start - 12), start)) is not None
                and before.group(1) in lex.hyphen_qualifiers_before
                and (folded[end : end + 1].isdigit() or folded[end : end + 1] in lex.values["CUR_SIGN"])
            ):
                continue  # "a sub-2% rate", "a near-$1bn loss": a qualifier written onto the figure with a hyphen
            if start and word[0] in _HYPHENS and (
                _INSIDE_WORD.match(folded, start - 1)  # "demi-million", "e-commerce": a hyphen inside a word is no range dash
                # "tussen drie- en vijfduizend", "two- and three-year": the hyphen of a word's shared end
                or _SUSPENDED.match(folded, start - 1)
            ):
                continue
            if word[0] in _HYPHENS and (share := _HYPHENED_SHARE.match(folded, start)) is not None and (
                "OVER" in lex.classify("word", share.group("a") or share.group("b"))
            ):
                continue  # "a 1-in-3 chance": the hyphens of a share written as one word, no range
            if word in _DASHES and _hyphenated_measure(lex, folded, m, w_end):
                continue  # "a $5-billion deal", "a 10-percent rise": the hyphen joins a figure to what it measures
            if word[0] == ">" and start and folded[start - 1] in "-=":
                continue  # an arrow ("-> 5 billion"), not "more than"
            if word == "+" and not _PLUS_TOUCHING.match(folded, start - 1 if start else 0):
                continue  # "100+ dead" bounds the figure; "£50+VAT", "£120 + VAT", "bac+5" add to it
        elif kind == "att":
            if not _scale_letter_counts(lex, text[base + start : base + end], folded, m, w_end):
                continue
        elif kind == "fig" and "/" in word and (season := _season(word)) is not None:
            # "the 2023/24 season": a year to the next, read as the range "2023-24" is
            slash = start + season + base
            yield (start + base, slash, ("NUM",))
            yield (slash, slash + 1, ("DASH",))
            yield (slash + 1, end + base, ("NUM",))
            continue
        # (the lexicon's memo looked up here: a call of lex.classify for each word read costs more than the lookup)
        categories = lex.classified.get((kind, word)) or lex.classify(kind, word)
        if start and folded[start - 1] == "/" and not _MONEY_NAMES.isdisjoint(categories) and (
            (pair := _PAIR_BEFORE.search(folded, max(0, start - 12), start)) is not None
            and not _MONEY_NAMES.isdisjoint(lex.classify("word", pair.group(1)))
            and (rate := _RATE_AFTER.match(folded, end)) is not None
            and (rate.group(1) is None or "SCALE" not in lex.classify("word", rate.group(1)))
        ):
            # "EUR/USD 1.08", "Euro/dollar 1,10": a currency pair, whose figure is a rate, no amount of either (not
            # "a USD/EUR 1.5 billion loan", "sells for USD/EUR 99 a month")
            continue
        if word[1:2] == " " and word[0].isalpha() and "CUR_SIGN" in categories and not _sign_may_open(text, lex, base + start):
            pos = start + 1  # "a Series C $100 million round", "section C $75": the label's letter ("about c $ 1.34" is C$)
            continue
        if "MONTH" in categories and "NUMWORD" in categories and _DAY_BEFORE.search(folded, max(0, start - 8), start) and (
            (after := _YEAR_OR_STOP_AFTER.match(folded, end)) is not None
        ):
            # "le 25 sept. 2025", "25 sept 2025": September abbreviated after a day, not seven (not "25 sept ans")
            categories = _without(categories, "NUMWORD")
            if after.group(1) and word + "." in lex.values["MONTH"]:
                yield (start + base, end + 1 + base, categories)  # (its full stop is the abbreviation's)
                pos = end + 1
                continue
        if not _CASED.isdisjoint(categories):  # (the case of the text counts for these only)
            if lex.months_capitalized and "MONTH" in categories and text[base + start].islower():
                categories = _without(categories, "MONTH")  # "the 2nd may prove", "a 5th march"
            categories = _as_cased(categories, text[base + start : base + end])
        if "PCT" in categories and " " in word and (not _figure_before_percent(lex, folded, start) or (
                lex.values["PCT"].get(word) == "permille" and _no_per_mille(text, lex, folded, base + start, end))):
            # "vendu pour cent euros", "venduto per mille euro": no number before, so "for a hundred", no percent word;
            # nor after money or before a unit: "$3.50 per mille" (per thousand views), "3 في الألف متر" (the 1,000 metres)
            first = word.partition(" ")[0]
            if categories := lex.classified.get(("word", first)) or lex.classify("word", first):
                yield (start + base, start + len(first) + base, categories)
            pos = start + len(first)
            continue
        if "DENOM" in categories and _compound_word_after(lex, folded, start, end, w_end):
            categories = _without(categories, "DENOM")  # "sixty third-party apps"
            if not categories:
                continue  # nor its pieces: "three twenty-first-century wars"
        if categories:
            yield (start + base, end + base, categories)
        elif kind == "ord":  # not an ordinal after all ("two-thirds"): read it as the other words
            yield from _window_tokens(text, lex, folded, base, start, end, plain=True)


def _figure_before_percent(lex: Lexicon, folded: str, start: int, qualified: bool = False) -> bool:
    """Whether a number, or a word of a fraction or a round number of it, stands before a percent word at ``start``
    ("5 pour cent", "cinq pour cent", "half a per cent", "une dizaine de pour cent"), or before a qualifier that
    stands there (``qualified``: "70-odd per cent")."""
    before = (_WORD_BEFORE_QUALIFIER if qualified else _WORD_BEFORE).search(folded, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    categories = lex.classify("word", word)
    if not qualified and (
        "Q_AFTER" in categories or ((two := _TWO_WORDS_BEFORE.search(folded, max(0, start - 40), start))
                                    and "Q_AFTER" in lex.classify("word", f"{two.group(1)} {two.group(2)}"))
    ):  # "70-odd per cent", "5 or more per cent": a qualifier between the number and its percent word
        return _figure_before_percent(lex, folded, before.start(1) if "Q_AFTER" in categories else two.start(1), True)
    return word[-1].isnumeric() or lex.pieces.fullmatch(word) is not None or not _BEFORE_PERCENT.isdisjoint(categories)


def _no_per_mille(text: str, lex: Lexicon, folded: str, at: int, end: int) -> bool:
    """Whether a word of per mille at ``at`` in ``text`` (ending at ``end`` in ``folded``) follows money ("$3.50 per
    mille") or comes before a unit of measure ("3 في الألف متر"), and names a thousand of something, no share."""
    if _MONEY_BEFORE_RATE.search(text, max(0, at - 24), at):
        return True
    after = _WORD_AFTER.match(folded, end)
    return after is not None and normalize(after.group(1)) in _unit_heads(lex.lang)


# A currency's sign or code before the figure that ends where the search ends: "$3.50 ", "€ 2 ", "USD 4 ".
_MONEY_BEFORE_RATE = lazy(r"(?:[$€£¥₽]|\b[A-Z]{3})[ \u00a0]?[\d.,]+[ \u00a0]*$")
_BEFORE_PERCENT = frozenset({"NUM", "NUMWORD", "INDEF", "DENOM", "APPROX", "OF", "SCALE", "SCALE_BARE", "MULT", "CUR_LINK"})


# A day's figure before a word, and after it a year or a full stop (the day before a month's abbreviation).
_DAY_BEFORE = lazy(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])[ \u00a0]+$")
_YEAR_OR_STOP_AFTER = lazy(r"(\.)?(?:[ \u00a0]+[12]\d{3}(?!\d)|(?<=\.)(?=[ \u00a0]*(?:$|[,;)\n])))")


def _sign_may_open(text: str, lex: Lexicon, at: int) -> bool:
    """Whether a sign whose one-letter head is written apart ("C $") may start at ``at``: at the start of
    a clause, or after an article, a preposition or a qualifier ("the c $ 300 million charge", "between
    c $ 16.4 million", "about C $ 1.34"); after any other word the letter is that word's label ("Series
    C", "section C", "vitamin C", "A, B and C")."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return not text[max(0, at - 40) : at].strip() or text[:at].rstrip()[-1:] in ".!?;:(\n"
    word = lex.fold(normalize(before.group(1)))
    return word in lex.prepositions or not _OPENERS.isdisjoint(lex.categories.get(word, ()))


_OPENERS = _QUALIFIERS | {"ARTICLE", "INDEF", "BETWEEN", "FROM", "OF"}
_SPACES = " \t\u00a0\u202f"
_HYPHENS = "-‐‑"
# The categories a token keeps or loses by the case it is written in (_as_cased, months_capitalized).
_CASED = frozenset({"MONTH", "SUBUNIT_CUR"})


def _without(categories: tuple[str, ...], category: str) -> tuple[str, ...]:
    return tuple(c for c in categories if c != category)


def _as_cased(categories: tuple[str, ...], written: str) -> tuple[str, ...]:
    """A subunit word written with a capital names no currency: "il concerto di 50 Cent" (a name); the word of the
    subunit is the last of several ("18 HK cents")."""
    return _without(categories, "SUBUNIT_CUR") if written.rpartition(" ")[2][:1].isupper() else categories


_APOSTROPHES = ("'", "’")


def _elided_end(lex: Lexicon, folded: str, m: re.Match[str]) -> int | None:
    """Where the last piece of a spelled number starts when it is an elided form (``elided_numbers``:
    "vent", "cent") and no apostrophe follows it; else None."""
    if folded[m.end() : m.end() + 1] in _APOSTROPHES:
        return None
    match = lex.pieces.fullmatch(m.group())
    if match is None or normalize(match.captures("p")[-1]) not in lex.elided_numbers:
        return None
    return m.start() + match.spans("p")[-1][0]


def _elided_join(text: str, lex: Lexicon, before: _Piece, tok: _Piece) -> bool:
    """An apostrophe between a number ending in an elided form and the word after it: "vent'anni"."""
    (before_start, before_end, _), (start, _, _) = before, tok
    if start != before_end + 1 or text[before_end] not in _APOSTROPHES:
        return False
    written = lex.fold(text[before_start:before_end])
    return any(written.endswith(form) for form in lex.elided_numbers)
# What a figure written onto a hyphen may measure: "$5-billion", "10-percent", "a 2.5-percentage-point rise".
_HYPHENED = frozenset({"SCALE", "PCT", "PP", "BP", "CUR_WORD", "CUR_AFTER"})


def _hyphenated_measure(lex: Lexicon, folded: str, m: re.Match[str], w_end: int) -> bool:
    """Whether the hyphen ``m`` joins the figure before it to a scale, percent or currency word after it."""
    if not (m.start() and folded[m.start() - 1].isdigit() and folded[m.end() : m.end() + 1].isalpha()):
        return False
    after = lex.tokenizer.match(folded, m.end(), w_end)
    return after is not None and not _HYPHENED.isdisjoint(lex.classify(after.lastgroup or "word", after.group()))


def _season(written: str) -> int | None:
    """Where the slash is in a year written with the next ("2023/24", "2023/2024"), or None."""
    first, slash, second = written.partition("/")
    if not (slash and len(first) == 4 and first.isdigit() and len(second) in (2, 4) and second.isdigit()):
        return None
    return len(first) if next_year(int(first), second) else None


def next_year(year: int, written: str) -> bool:
    """Whether ``written`` (two or four digits) is the year after ``year``: "24" or "2024" after 2023."""
    return year + 1 in CALENDAR_YEARS and written.isdigit() and int(written) == ((year + 1) % 100 if len(written) == 2 else year + 1)


def _scale_letter_counts(lex: Lexicon, written: str, folded: str, m: re.Match[str], w_end: int) -> bool:
    """A scale letter on a figure counts as the language file writes it ("$5MM", not "150mm"), or
    beside a currency in any case ("€3m"); after a space, only as written and beside a currency or before the
    link word and a counted noun ("$1.5 M", "12,5 M d'euros", "2,3 M d'utilisateurs"; not "cooled to 4 K", "0.5 M
    NaCl", "size 12 M", "24 K gold", "2 M de haut"); with no
    currency, not before a word of ``scales_attached_not_before`` ("the 100m final": metres) nor as the first letter
    of a rate's unit ("30m/s", "9.1t/ha"), and not at all if it is one of ``scales_attached_money_only`` ("a 44t
    lorry": tonnes)."""
    if folded[m.start() - 1] in _SPACES:
        return written in lex.spaced_forms.get(m.group(), ()) and (
            _beside_money(lex, folded, m.start(), m.end(), w_end) or _counted_after_link(lex, folded, m.end(), w_end))
    if _beside_money(lex, folded, m.start(), m.end(), w_end):
        return True
    if written in lex.attached_money_only:
        return False  # "a 44t lorry": tonnes ("$3t" is money)
    if folded.startswith("/", m.end()) and any(
            folded.startswith(rate, m.start()) and not folded[m.start() + len(rate) : m.start() + len(rate) + 1].isalnum()
            for rate in _rate_units(lex.lang)):
        return False  # "winds of 30m/s", "9.1t/ha": the letter starts a rate's unit, no millions ("5m/season" is)
    if _race_distance(lex, folded, m, w_end):
        return False  # "the 100m final", "400m hurdles", "a 10k race": a race's distance, no millions
    if (written in lex.measure_in_context or written in lex.measure_symbols) and _FOUR_PLAIN_DIGITS.search(
            folded, max(0, m.start() - 8), m.start()):
        return False  # "won over 1000m", "ran 1500m": four plain figures or more before a scale letter that is a unit's
        # too, with no money, are no thousands of millions (copy writes "1.5bn"): a distance
    if _year_and_its_word(lex.lang).match(folded, m.end(), w_end):
        return False  # "за 9М 2024 года": a period of that year, no millions (not "It sold 1.2m 2024 tickets")
    if lex.label_nouns and (figure := _FIGURE_BEFORE.search(folded, max(0, m.start() - 40), m.start())) is not None and (
        (word := _WORD_ENDING.search(folded, max(0, figure.start() - 24), figure.start())) is not None
        and word.group(1) in lex.label_nouns
    ):
        return False  # "in courtroom 23B", "apartment 5B", "zaal 3M": a room's or a flat's label, no billions
    return written in lex.attached_forms[m.group()]


@cache
def _rate_units(lang: str) -> tuple[str, ...]:
    """The forms of units of measure that are rates (``measure_symbols`` and ``measure_words`` with a slash: "m/s",
    "t/ha", Italian "µg/mc"), case-folded."""
    return tuple(sorted({f.casefold() for f in _unit_forms(lang) if "/" in f}))


def _unit_forms(lang: str) -> tuple[str, ...]:
    """The forms of the units of measure a figure may stand before (``measure_symbols``, ``measure_words``)."""
    lex = lexicon(lang)
    return (*lex.measure_symbols, *lex.measure_words)


def _counted_after_link(lex: Lexicon, folded: str, end: int, w_end: int) -> bool:
    """Whether the link word of a currency ("de", "d'", "di") and a noun that ends as counted nouns do
    (``count_noun_endings``) follow ``end``: "2,3 M d'utilisateurs", "2,3 M di utenti" (not "2 M de haut")."""
    link = _LINK_AND_WORD.match(folded, end, w_end)
    return (link is not None and link.group(1).replace("’", "'") in lex.values["CUR_LINK"] and len(link.group(2)) > 3
            and link.group(2).endswith(lex.count_noun_endings) and lex.may_count(link.group(2)))


_LINK_AND_WORD = lazy(r"[ \u00a0]+(\p{L}+['’]?)[ \u00a0]*(\p{L}+)")


def _race_distance(lex: Lexicon, folded: str, m: re.Match[str], w_end: int) -> bool:
    """Whether the scale letter ``m`` is a race's distance: a whole figure of at least ``_RACE_SHORTEST``
    before it and a word of ``attached_not_before`` after ("the 100m final"; not "1.2m final demands",
    "3m heat pumps"), or an article before it and a race's distance (``race_distances``: "She won the 1500m.", "in the
    200m at Paris"; not "raised 800m in new funding", "Creditors took the 300m") or a race time after a word of
    ``race_time_words`` ("won the 1,500m in 3:51.29"; not "burnt through the 300m in 2.5 years", "sold the 500m at 4.25
    per cent")."""
    words = lex.attached_not_before.get(m.group())
    if words is None:
        return False
    figure = _FIGURE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
    if figure is None or any(sign in figure.group() for sign in lex.decimal):
        return False
    value = _whole_figure(figure.group())
    if value < _RACE_SHORTEST:
        return False
    if race_word_after(lex, folded, figure.start(), m.end(), m.group(), w_end, value):
        return True
    after = _HYPHENED_WORD_AFTER.match(folded, m.end(), w_end)
    article = _WORD_ENDING.search(folded, max(0, figure.start() - 12), figure.start())
    if article is None or article.group(1) not in lex.values["ARTICLE"]:
        return False
    timed = _RACE_TIME_AFTER.match(folded, m.end(), w_end)
    if timed is not None and timed.group(1) in lex.race_time_words:
        return True
    # (a race's distance before the clause's end or a preposition: "won the 1500m.", "in the 200m at Paris"; not before a
    # noun it counts or "of", "crossed the 200m subscribers mark", "the 750m of notes")
    return value in lex.race_distances and (after is None or _RACE_ENDS.match(folded, m.end(), w_end) is not None or (
        after.group(1) in lex.prepositions and after.group(1) not in lex.values["OF"]))


_FOUR_PLAIN_DIGITS = lazy(rf"(?<![{DIGITS}.,])[{DIGITS}]{{4,}}$")
_FIGURE_BEFORE = lazy(rf"[{DIGITS}.,\u066b\u066c]+[{_SPACES}]*$")
# The shortest race whose distance is written so, with a whole figure ("60m", "5k"): a figure below it with a
# scale letter before a word of a race is a count still ("3m heat pumps").
_RACE_SHORTEST = 5
_HYPHENED_WORD_AFTER = lazy(r"[ \u00a0]+(\p{L}[\p{L}\-]*)")
_FIGURE_AND_LETTER = lazy(rf"[ \u00a0]+([{DIGITS}][{DIGITS}.,]*)(\p{{L}}+)(?![\p{{L}}{DIGITS}])")
_FIGURE_AND_LETTER_BEFORE = lazy(rf"(?<![{DIGITS}.,])([{DIGITS}][{DIGITS}.,]*)(\p{{L}}+)[ \u00a0]+(\p{{L}}+)[ \u00a0]+$")


def _whole_figure(written: str) -> int:
    """The whole number a figure's digits make, its group signs left out ("5,000" is 5000), or 0."""
    return int(to_ascii_digits("".join(ch for ch in written if ch.isdigit())) or 0)


def race_word_after(lex: Lexicon, text: str, begin: int, end: int, letter: str, stop: int, value: int) -> bool:
    """Whether a word of a race (``attached_not_before`` of the scale letter ``letter``) follows that letter, ending
    at ``end`` after the figure ``value`` (from ``begin``), or follows a second figure with it after a word of
    ``and_words`` ("the 100m final", "400m hurdles", "the 1,500m and 5,000m titles"); a word of ``race_distance_words``
    only where the figures, and one with the letter joined by such a word before, are races' distances ("the 5,000m and
    10,000m double", not "Revenue hit 90m double", "raised 150m and 200m double what they had targeted")."""
    words = lex.attached_not_before.get(letter)
    if words is None:
        return False
    values = [value]
    after = _HYPHENED_WORD_AFTER.match(text, end, stop)
    if after is not None and after.group(1).lower() in lex.and_words and (
            other := _FIGURE_AND_LETTER.match(text, after.end(), stop)) is not None and other.group(2) == letter:
        values.append(_whole_figure(other.group(1)))
        after = _HYPHENED_WORD_AFTER.match(text, other.end(), stop)
    if after is None:
        return False
    word = after.group(1).lower()
    if word in words:
        return True
    if word not in lex.race_distance_words:
        return False
    # (the figure joined to this one before, asked only here: most letters are followed by no such word)
    if (pair := _FIGURE_AND_LETTER_BEFORE.search(text, max(0, begin - 32), begin)) is not None and (
            pair.group(2) == letter and pair.group(3).lower() in lex.and_words):
        values.append(_whole_figure(pair.group(1)))
    return all(v in lex.race_distances for v in values)


@cache
def _year_and_its_word(lang: str) -> regex.Pattern[str]:
    """A year and a word of years after it (``year_words_after``): " 2024 года", " 2024 г."."""
    lex = lexicon(lang)
    words = "|".join(regex.escape(w) for w in sorted(lex.values["YEAR_AFTER"], key=len, reverse=True)) or "(?!)"
    return lazy(rf"[ \u00a0]+(?:19|20)[0-9]{{2}}[ \u00a0]+(?:{words})(?!\w)")


_WORD_ENDING = lazy(r"(\p{L}+)[ \u00a0]+$")
# "the 1,500m in 3:51.29", "the 100m in 9.58" (not "in 2.5 years")
_RACE_TIME_AFTER = lazy(rf"[ \u00a0]+(\p{{L}}+)[ \u00a0]+[{DIGITS}]{{1,2}}(?::[{DIGITS}]|[.][{DIGITS}]+(?![{DIGITS}])(?![ \u00a0]*(?:\p{{L}}{{2,}}|[%٪])))")
_RACE_ENDS = lazy(r"[ \u00a0]*(?:[.,;:!?)]|$)")
_MONEY = frozenset({"CUR_SIGN", "CUR_WORD", "CUR_AFTER"})
# "pour 100 000 euros", "per 1 juli" (as of), "2 contrats pour 10 ans": no rate
_NO_RATE_AFTER = frozenset({*_MONEY, "MONTH", "DUR"})


def _beside_money(lex: Lexicon, folded: str, start: int, end: int, w_end: int) -> bool:
    """ "€3m", "$150mm", "3m euro", "5m di euro": beside a currency a letter on a figure is a scale
    whatever its case (alone, "10m" and "150mm" are lengths)."""
    figure = _FIGURE_BEFORE.search(folded, max(0, start - 40), start)
    lead = figure.start() if figure else start
    head = folded[max(0, lead - 4) : lead].rstrip()
    if any(head.endswith(form) for form in lex.sign_forms if not form.isalpha()):
        return True
    pos = end
    for _ in range(2):  # the currency, or a link word and the currency ("5m di euro")
        after = _token_after(lex, folded, pos, w_end)
        if after is None:
            return False
        categories = lex.classify(after.lastgroup or "word", after.group())
        if not _MONEY.isdisjoint(categories):
            return True
        if "CUR_LINK" not in categories:
            return False
        pos = after.end()
    return False


_HYPHEN_LETTER = lazy(r"[\-‐‑]\p{L}")
_LAST_PIECE = lazy(r"[ \t\u00a0\-‐]+(?=\S+$)")
_SMALL_FIGURE_SPACE = lazy(rf"(?<![{DIGITS}.,\u066b\u066c])[{DIGITS}]{{1,3}}[ \t\u00a0]+$")


def _number_cut(lex: Lexicon, folded: str, m: re.Match[str], w_end: int, plain: bool) -> int | None:
    """Where a spelled number ends before the tokenizer's match does, or None.

    - Its last piece is a tens word that begins a compound ordinal with a hyphen: "one twenty-fifth"
      is one over 25, "one hundred thirty-fifths" a hundred over 35 (the hyphen binds tighter than
      the space).
    - Its first piece is a scale word right after a figure: "3 hundred and one" is 3 hundred, and one.
    - Its pieces make no one number: "one twenty two" is one, then twenty-two; "two nought nine"
      (see :meth:`Lexicon.number_break`).
    """
    word = m.group()
    cut = lex.number_break(word, after_point=_after_point(lex, folded, m.start()),
                           before_fraction=lex.mixed_fractions and _fraction_after(lex, folded, m.end(), w_end))
    if cut is not None:
        return m.start() + cut
    first = word.split()[0]
    if (
        m.start() and len(first) < len(word) and lex.values["SCALE"].get(normalize(first)) is not None
        and _SMALL_FIGURE_SPACE.search(folded, max(0, m.start() - 24), m.start())
    ):
        return m.start() + len(first)  # (not after a year: "Nel 2019 cento mila persone")
    if plain or not _HYPHEN_LETTER.match(folded, m.end()):
        return None
    last = _LAST_PIECE.search(word)
    if last is None or lex.values["NUMWORD"].get(normalize(word[last.end() :])) not in TENS:
        return None  # ("ninety - five hundred-fifths" is 9500 fifths)
    cut = m.start() + last.end()
    tail = lex.tokenizer.match(folded, cut, w_end)
    if tail is None or tail.lastgroup != "ord" or "DENOM" not in lex.classify("ord", tail.group()):
        return None
    return cut


_WORD_AFTER = lazy(rf"[{_SPACES}]+(\w+)")


def _numerator_and_ordinal(lex: Lexicon, folded: str, m: re.Match[str], w_end: int) -> tuple[int, int] | None:
    """Where a spelled number cannot be one number ("three twenty", "twenty twenty", "one one
    hundred") and its last pieces and the word after it make a compound ordinal: the first pieces are
    the numerator of that ordinal written with spaces, "three twenty firsts" (3/21), "twenty twenty
    fifths" (20/25), "one one hundred and fifth" (1/105). Returns where the ordinal starts and ends.
    A number that is one gives the ordinal only its last word, a tens word right before a plural one
    ("one hundred thirty fifths" is 100/35, as "one hundred thirty-fifths" is, see _number_cut: a fraction
    over a compound ordinal is written, 130 fifths is not); "one hundred and thirty fifths" (the
    connector binds) and "one hundred thirty two fifths" keep their pieces."""
    after = _WORD_AFTER.match(folded, m.end(), w_end)
    if after is not None and after.group(1) in lex.connectors:  # "one hundred and fifth"
        after = _WORD_AFTER.match(folded, after.end(), w_end)
    if after is None or not any(after.group(1).endswith(ending) for ending, _ in lex.ordinals):
        return None
    match = lex.pieces.fullmatch(m.group())
    if match is None:
        return None
    ordinal, captured = after.group(1), match.captures("p")
    whole = well_formed(pieces := lex.number_pieces(m.group()))
    if whole and not (
        lex.plural_endings and ordinal.endswith(lex.plural_endings) and after.start() == m.end()
        and pieces[-1][1] in _TENS and len(captured) > 1
    ):
        return None
    if _compound_word_after(lex, folded, after.start(1), after.end(1), w_end):
        return None  # "one twenty first-century war", "one twenty third-party app"
    last = len(captured) - 1 if whole else None
    for i, (cut, _) in enumerate(match.spans("p")):
        head = m.group()[:cut].rstrip(_SPACES)
        if i == 0 or captured[i] in lex.connectors or captured[i - 1] in lex.connectors or head[-1:] in "-‐":
            continue  # (a connector or a hyphen joins what is on both sides of it: "three-twenty firsts")
        if last is not None and i != last:
            continue
        numerator = lex.number_pieces(head)
        if not well_formed(numerator) or lex.ordinal_value(m.group()[cut:] + folded[m.end() : after.end()]) is None:
            continue
        if spelled_value(numerator) == 1 or not lex.plural_endings or ordinal.endswith(lex.plural_endings):
            return m.start() + cut, after.end()
        return None  # (a numerator over one wants a plural: "nineteen eighty fourth" is no fraction)
    return None


# (a vulgar fraction is no word character of regex's: "4¾ per cent")
_WORD_BEFORE = lazy(rf"([\w{VULGAR}]+)[ \t\u00a0]+$")
_WORD_BEFORE_QUALIFIER = lazy(r"(\w+)(?:[ \t\u00a0]+|[-‐‑–])$")  # "70 odd", "70-odd"
_TWO_WORDS_BEFORE = lazy(r"(\w+)[ \t\u00a0]+(\w+)[ \t\u00a0]+$")
_TENS = frozenset(range(20, 100, 10))


def _fraction_after(lex: Lexicon, folded: str, end: int, w_end: int) -> bool:
    """Whether a fraction word follows ``end``: "drie een | vijfde"."""
    after = _token_after(lex, folded, end, w_end)
    return after is not None and "DENOM" in lex.classify(after.lastgroup or "word", after.group())


def _token_after(lex: Lexicon, folded: str, pos: int, w_end: int) -> re.Match[str] | None:
    """The tokenizer's match after the spaces that follow ``pos``, in the window ending at ``w_end``."""
    rest = folded[pos:w_end]
    return lex.tokenizer.match(folded, pos + len(rest) - len(rest.lstrip(_SPACES)), w_end)


def _after_point(lex: Lexicon, folded: str, start: int) -> bool:
    """Whether the word before ``start`` is a decimal word: "point | nought four"."""
    before = _WORD_BEFORE.search(folded, max(0, start - 24), start)
    return before is not None and before.group(1) in lex.values["POINT"]


def _compound_word_after(lex: Lexicon, folded: str, start: int, end: int, w_end: int) -> bool:
    """An ordinal that starts a compound word ("third-party", "fifth-graders", "a third-year student")
    is no fraction, unless a percent, point, scale or currency word follows ("a tenth-percentage-point",
    "een tiende-procentpunt"). Words that are only fractions keep their reading ("a half-million", "a
    quarter-hour"; also "half-time"), and so do fractions written with their numerator ("a
    two-thirds-majority")."""
    if (
        normalize(folded[start:end]) in lex.fraction_only or not _HYPHEN_LETTER.match(folded, end)
        or _LETTER_HYPHEN.match(folded, max(0, start - 2), start)
    ):
        return False
    after = lex.tokenizer.match(folded, end + 1, w_end)
    return after is None or _MEASURES.isdisjoint(lex.classify(after.lastgroup or "word", after.group()))


# What a fraction may measure in a compound word; not time ("a third-year student" is a rank).
_MEASURES = frozenset({"SCALE", "SCALE_BARE", "PCT", "PP", "BP", "CUR_WORD", "POINT", "MULT"})


_LETTER_HYPHEN = lazy(r"\w[\-‐]")


# The letters of a word that end just before a point: "sub" in "a sub-2% rate".
_LETTERS_ONTO = lazy(r"(?<!\w)(\p{L}+)$")
_INSIDE_WORD = lazy(r"\p{L}[\-‐‑]\p{L}")
# A hyphen between one and the word of a share that a hyphen and a figure follow, or between that word and the
# figure: "1-in-3" (the word is asked for after).
_HYPHENED_SHARE = lazy(r"(?<=(?<![\d.,])1)[\-‐‑](?P<a>\p{L}+)[\-‐‑][1-9]|(?<=(?<![\d.,])1[\-‐‑](?P<b>\p{L}+))[\-‐‑][1-9]")
_PLUS_TOUCHING = lazy(r"[\w%٪]\+(?![\w+])")
_SUSPENDED = lazy(r"\p{L}[\-‐‑][ \u00a0]+\p{L}")


# How far a quantity's words reach from its figure: qualifiers, articles and signs before it
# ("ما يزيد على", "aux alentours de"), scale, link and currency words after it ("milliards de yuans").
_BEFORE, _AFTER = 40, 56
_SPACE_BEFORE = lazy(r"\s", regex.REVERSE)
_SPACE_AFTER = lazy(r"\s")


def _windows(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Stretches of text around anchors (figures, number words, scale words), merged, cut at spaces.

    The full tokenizer is slow next to the anchor pattern; reading only near anchors keeps the stage
    at several megabytes a second on news text.
    """
    current: tuple[int, int] | None = None
    reached = 0
    # The anchors lex.anchors.finditer finds, with lex.anchor_scan: a figure's digits (one anchor a digit
    # there, which gives the same window), or the character before a word and the word (a space put
    # before the text, so offsets one past the text's).
    for m in lex.anchor_scan.finditer(" " + text):
        start, end = m.span() if m["word"] is None else m.span("word")
        if start < reached:
            continue  # a word inside the anchor before it, which lex.anchors passes over
        reached = end
        start, end = start - 1, end - 1
        if current is not None and end + _AFTER <= current[1]:
            continue  # inside the current window (which ends at a space): nothing to search for
        left = _SPACE_BEFORE.search(text, 0, max(0, start - _BEFORE))
        right = _SPACE_AFTER.search(text, min(len(text), end + _AFTER))
        span = (left.end() if left else 0, right.start() if right else len(text))
        if current is not None and span[0] <= current[1]:
            current = (current[0], max(current[1], span[1]))
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current


def _figure_before_blocked(text: str, tok_start: int, blocked_start: int, categories: tuple[str, ...]) -> int | None:
    """Where a figure's token that runs into a blocked span ends, cut at the space before it, where what stands
    before is a whole figure of its own: "27 737 MAX" is 27 and a model; None elsewhere."""
    if "NUM" not in categories or blocked_start <= tok_start or text[blocked_start - 1 : blocked_start] not in _SPACES:
        return None
    head = text[tok_start:blocked_start].rstrip(_SPACES)
    return tok_start + len(head) if head.isdigit() and len(head) <= 3 else None


def find_runs(
    text: str, lang: str, start: int = 0, end: int | None = None, masked: Sequence[tuple[int, int]] = ()
) -> Iterator[Run]:
    """Candidate runs in ``text[start:end]``, avoiding masked spans and figures that are not quantities."""
    lex = lexicon(lang)
    end = len(text) if end is None else end
    folded = fold_case(text[start:end], lex.folding)
    masked_here = [s for s in masked if s[1] > start and s[0] < end]
    for w_start, w_end in _windows(folded, lex):
        a, b = w_start + start, w_end + start
        blocked = merge_spans([*(s for s in masked_here if s[1] > a and s[0] < b), *excluded_spans(text, lang, a, b)])
        current: list[_Piece] = []  # (made Tokens only for _emit: two stretches in three state nothing)
        # (False while no token of the stretch is of _STATES: _emit would yield nothing, and is not called;
        # two stretches in three)
        states = False
        cursor = 0
        reach = 0  # where the run's text ends (past a month's second name)
        tokens = _window_tokens(text, lex, folded, start, w_start, w_end)
        for tok in _and_split(text, lex, tokens) if lex.prefixes else tokens:
            tok_start, tok_end, categories = tok
            while cursor < len(blocked) and blocked[cursor][1] <= tok_start:
                cursor += 1
            if cursor < len(blocked) and blocked[cursor][0] < tok_end:
                cut = _figure_before_blocked(text, tok_start, blocked[cursor][0], categories)
                if cut is None:
                    if states:
                        yield from _emit(text, lex, _as_tokens(current))
                    current, states = [], False
                    continue
                # "delivered 27 737 MAX jets": the figure before a model's, which the tokenizer grouped with it
                tok_end, categories = cut, lex.classify("fig", folded[tok_start - start : cut - start])
                tok = (tok_start, tok_end, categories)
            if current and not _joined(text, max(reach, current[-1][1]), tok_start) and not _adjective_between(
                text, lex, current[-1], tok
            ) and not (lex.elided_numbers and _elided_join(text, lex, current[-1], tok)) or (
                # "3 million five-year bonds", "4.2 million twenty-foot units": a number written onto a
                # word with a hyphen describes it and adds to no amount before it
                "NUMWORD" in categories and _hyphened_after_amount(text, current, tok)
            ) or (
                # "more than 2 million 155mm rounds": a figure with a unit written onto it opens a measure of its own
                "NUM" in categories and current and "SCALE" in current[-1][2] and text[tok_end : tok_end + 1].isalpha()
            ) or (
                # "300,000 half-price seats", "two half-day sessions": a word of a half written onto a word with a
                # hyphen describes what is counted, no half of the figure before it
                "DENOM" in categories and current and not _NUMBER.isdisjoint(current[-1][2])
                and text[current[-1][1] : tok_start].isspace() and _half_of_a_compound(text, lex, tok_end)
            ):
                if states:
                    yield from _emit(text, lex, _as_tokens(current))
                current, states = [], False
            elif "NUM" in categories and _glued_sign_starts(text, lex, current, tok):
                # "3 USD50 cards": a sign written onto the figure after it belongs to that figure
                if not all(_STATES.isdisjoint(t[2]) for t in current[:-1]):
                    yield from _emit(text, lex, _as_tokens(current[:-1]))
                current = current[-1:]
            if "MONTH" in categories and _second_month_name(text, lex, current, tok):
                current.pop()  # "٣٠ يونيو/حزيران ٢٠٣٠": the month's two names, read as one
                reach = tok_end
                continue
            current.append(tok)
            states = states or not _STATES.isdisjoint(categories)
        if states:
            yield from _emit(text, lex, _as_tokens(current))


# A token before find_runs knows it reaches _emit: (start, end, categories), as a Token holds them. A plain
# tuple costs a tenth of a Token to make, and two stretches of tokens in three state nothing.
_Piece = tuple[int, int, tuple[str, ...]]


def _as_tokens(pieces: list[_Piece]) -> list[Token]:
    return [Token(*piece) for piece in pieces]


# What a range's lower end may hold between "from" and "to": "de 3 millions a 5 millions d'euros".
_END_PARTS = frozenset({"NUM", "NUMWORD", "SCALE", "CUR_SIGN", "CUR_WORD", "PCT"})


def _after_from(tokens: list[Token], i: int) -> bool:
    """Whether "from" and a lower end (a number, its scale, sign or unit) stand before ``tokens[i]``."""
    j = i - 1
    while j >= 0 and not _END_PARTS.isdisjoint(tokens[j].categories):
        j -= 1
    return j < i - 1 and j >= 0 and "FROM" in tokens[j].categories


def _half_of_a_compound(text: str, lex: Lexicon, end: int) -> bool:
    """Whether a word of a half ending at ``end`` is written onto a word with a hyphen that is no unit of time ("half-price",
    "half-time"; "deux demi-journées" is a day)."""
    word = _HYPHEN_WORD.match(text, end)
    return word is not None and "DUR" not in lex.classify("word", lex.fold(word.group(1)))


_HYPHEN_WORD = lazy(r"[\-‐‑](\p{L}+)")


def _hyphened_after_amount(text: str, current: list[_Piece], tok: _Piece) -> bool:
    """Whether ``tok``, a spelled number, comes after a scale word and is written onto the word after it
    with a hyphen: "3 million five-year bonds"."""
    return bool(current) and "SCALE" in current[-1][2] and _HYPHEN_LETTER.match(text, tok[1]) is not None


def _adjective_between(text: str, lex: Lexicon, before: _Piece, tok: _Piece) -> bool:
    """Whether an adjective of ``duration_adjectives`` alone stands between a number and its unit of time:
    "two consecutive years", "les 12 derniers mois", "два полных года" (the run goes on past it)."""
    (before_start, before_end, before_categories), (start, _, categories) = before, tok
    if not lex.duration_adjectives or "DUR" not in categories or _NUMBER.isdisjoint(before_categories):
        return False
    if _is_year_at(text, before_start, before_end, before_categories):
        return False  # "In 2023 whole months passed": a year, then the months
    gap = text[before_end:start]
    return gap[:1].isspace() and gap[-1:].isspace() and lex.fold(gap.strip()) in lex.duration_adjectives


def _second_month_name(text: str, lex: Lexicon, current: list[_Piece], tok: _Piece) -> bool:
    """Whether ``tok`` names again, after a slash, the month before it: Arabic copy gives both names,
    "يونيو/حزيران", "مارس/آذار"."""
    if len(current) < 2 or "MONTH" not in tok[2] or "SLASH" not in current[-1][2]:
        return False
    (month_start, month_end, month_categories), (start, end, _) = current[-2], tok
    if "MONTH" not in month_categories:
        return False
    value = lex.values["MONTH"].get
    return value(lex.fold(text[month_start:month_end])) == value(lex.fold(text[start:end])) is not None


def _glued_sign_starts(text: str, lex: Lexicon, current: list[_Piece], tok: _Piece) -> bool:
    """A currency sign touching the figure after it but not the one before: "3 USD50", "In 2022
    $1.2 billion", "In 2022 $30", or between a year and a figure after a year word or written with a
    decimal sign: "in 2022 € 7,5 mln", "boekjaar 2022 € 3,1 mln" (not "coûte 1999 € 5 fois plus": a
    price). Not a symbol before two digits after an amount: "3 €50" is 3.50 euros."""
    if len(current) < 2 or "NUM" not in tok[2]:
        return False
    (before_start, before_end, before_categories), (sign_start, sign_end, sign_categories) = current[-2], current[-1]
    if not ("CUR_SIGN" in sign_categories and before_end < sign_start and not _NUMBER.isdisjoint(before_categories)):
        return False
    start, end, _ = tok
    year_before = _is_year_at(text, before_start, before_end, before_categories)
    if sign_end < start:  # "in 2022 € 7,5 mln": a sign between a year and a figure is the figure's
        if not (year_before and text[sign_end:start].isspace()):
            return False
        word = _WORD_BEFORE.search(text, max(0, before_start - 24), before_start)
        after_year_word = word is not None and normalize(word.group(1)) in (lex.bare_years_after or ())
        return after_year_word or not text[start:end].isdigit()  # "boekjaar 2022 € 3,1 mln"
    if sign_end != start:
        return False
    after = text[start:end]
    # (two digits with a scale letter or word written on are no cents: "Kung Fu Panda 4 $30m")
    cents = len(after) == 2 and after.isdigit() and not year_before and not text[end : end + 1].isalpha()
    return text[sign_start:sign_end].isalpha() or not cents


def _joined(text: str, left: int, right: int) -> bool:
    gap = text[left:right]
    # (no gap or a space, most of the gaps within a run, and a gap with a letter, most of the others, need
    # no call of the pattern)
    return gap in ("", " ") or (not gap.strip(_GAP_CHARACTERS) and _GAP.fullmatch(gap) is not None) or ((
        # a line wrapped inside a paragraph, "the fine was $1.5\nmillion", "more than\n30,000" (not before a
        # list item, a heading, a quotation or a table's next row: "- 5%\n- 6%")
        "\n" in gap or "\r" in gap) and _LINE_GAP.fullmatch(gap) is not None and _LINE_MARK.match(text, right) is None
    )


_MONEY_NAMES = frozenset({"CUR_SIGN", "CUR_WORD"})
# A figure, a scale letter or word at most, and a dash: the end of an aside between dashes ("–$5–", "– $5m –").
_CLOSING_DASH = lazy(r"[ \u00a0]*[\d.,]+[ \u00a0]*\p{L}*[ \u00a0]*[–—]")
_AMOUNT_PARTS = frozenset({"NUM", "NUMWORD", "SCALE", "CUR_SIGN", "CUR_WORD", "PCT", "DUR"})
_PAIR_BEFORE = lazy(r"(\w+)/$")
# A rate after a currency pair: a figure with one, two or four decimals ("1.08", "1,10", "92,5", "1.0845"; not
# "10,000"), and the word after it, which must be no scale ("1.5 billion").
_RATE_AFTER = lazy(r"[ \u00a0]*\d{1,4}[.,](?:\d{1,2}|\d{4})(?![\d\p{L}])(?:[ \u00a0]+(\p{L}+))?")
_LINE_GAP = lazy(r"[ \t\u00a0]*(?:\r\n|\r|\n)[ \t\u00a0]*")
_LINE_MARK = lazy(r"[-*+>#|•]|\d{1,3}[.)](?:\s|$)")


_CLAUSE_END = lazy(r"[ \t\u00a0]*(?:[.!?;:,)\]\n]|$)")
_NUMBER = frozenset({"NUM", "NUMWORD"})
_NUMBER_OR_HALF = _NUMBER | {"DENOM"}
# Scale words and round numbers whose plural is one unit after a qualifier (``scales_bare_after_qualifier``).
_PLURAL_ONES = frozenset({"SCALE", "APPROX"})
# What a qualifier between a number and it makes the qualifier a hedge of the number ("сто с лишним тысяч").
_HEDGED = frozenset({"SCALE", "DUR", "PCT", "CUR_WORD"})
_ONE_OR_NUMBER = frozenset({"NUM", "NUMWORD", "INDEF"})


_MONEY_WORDS = frozenset({"CUR_WORD", "CUR_AFTER"})


def _counts_the_word_after(text: str, lex: Lexicon, end: int) -> bool:
    """Whether a figure ending at ``end`` has a word right after it that it may count: a word of the
    text that is none of the vocabulary, conjunctions or prepositions."""
    word = _WORD_AFTER.match(text, end)
    if word is None or word.group(1)[:1].isdigit():
        return False
    return lex.may_count(lex.fold(normalize(word.group(1))))


def _drop(tokens: list[Token], i: int, category: str, breaks: set[int]) -> None:
    """Take ``category`` from ``tokens[i]``; a token left with none starts a new run (``breaks``)."""
    tok = tokens[i]
    kept = _without(tok.categories, category)
    tokens[i] = Token(tok.start, tok.end, kept)
    if not kept:
        breaks.add(i)


def _emit(text: str, lex: Lexicon, tokens_: list[Token]) -> Iterator[Run]:
    """The runs of a stretch of joined tokens that holds a token of ``_STATES`` (find_runs passes the others
    over), once neighbours have said what some tokens are:

    - "a quarter of a million", "un quart de million", "half of a million", "a quarter of a century":
      "of" joins a fraction (with its article or numerator, or a word that is only a fraction) to a
      scale word or a unit of time, and an ordinal day to its month ("the 5th of September"), and
      nothing else ("came third of a thousand entrants" is a rank; "three of five judges" ends the run);
    - "In 2020 thousands of people", "In 1999 hundreds died": a year is not multiplied by a scale word
      before "of", nor by a plural scale word that is a noun (``scale_nouns``);
    - "one over three.": a share word such as "over" makes a share only between one and a bare
      number, spelled out or at most 20, that ends the clause; between a larger and a smaller bare
      number ending a clause it is neither ("140 over 90.", "carried 7 over 5."); "23 over 65."
      keeps "more than", and "one over three years" is a duration with "over";
    - "five - eighths": a dash between a unit word and a denominator joins them, as in
      "five-eighths", rather than opening a range ("the ninety - third minute" is a rank, "grades
      two - fifth" a range);
    - "4.7 trillion won": a currency name that is also a word (``currency_words_after``) is one only
      after a scale word and before no object ("12 won and 30 lost", "2 million won anything");
    - "cinq a 65 ans": a range word that is also a common word (``range_to_after_from``) is one only
      after "from" and a number ("de 5 a 10 ans");
    - "120 mezzi di soccorso": a denominator that is also a noun (``nouns_after_figures``) is the noun after a
      figure in digits ("tre mezzi" stays one and a half);
    - "Airbus livre 735 avions": a currency word that is also a verb names a currency only after a
      figure (``currency_words_after_figure``); after an article that gives it another meaning, none
      (``currency_homographs``: "un livre" is a book, "une livre" a pound);
    - "свыше тысячи деревьев": a plural scale word that is one of the scale after a qualifier
      (``scales_bare_after_qualifier``); "بلغ مليونا و600 ألف": a dual that is one of the scale before "and"
      and a figure (``scales_dual_one_before_and``);
    - "$5 million plus $2 million", "5 млн долларов и более 300 подписей": a qualifier written after a
      figure is none when another amount follows it and it can be nothing else, or it begins with
      "and"; the run ends there, and the word opens the next run as the qualifier before a figure it
      may also be ("more than 300"). "7 or above 3 times" keeps its "or above".
    """
    out = list(tokens_)
    breaks: set[int] = set()  # a new run starts at these tokens (a token left with no category is dropped)
    for i, tok in enumerate(out):
        before = out[i - 1] if i else _NONE
        if _EMIT_ASKS.isdisjoint(tok.categories) and _NUMBER.isdisjoint(before.categories) and not (
                "DUR" in tok.categories and lex.durations_after_digits):
            continue  # (none of the cases below is about such a token, most of a stretch's; but "a second term")
        after = out[i + 1] if i + 1 < len(out) else _NONE
        then = out[i + 2] if i + 2 < len(out) else _NONE
        if "OF" in tok.categories:
            ahead = out[i - 2] if i > 1 else _NONE  # "a quarter of", "two thirds of"; not "came third of"
            stated = "INDEF" in ahead.categories or not _NUMBER.isdisjoint(ahead.categories) or (
                normalize(text[before.start : before.end]) in lex.fraction_only
            )
            joins = ("DENOM" in before.categories and stated and (
                not _MEASURED.isdisjoint(after.categories)
                or ("INDEF" in after.categories and not _MEASURED_AFTER_ONE.isdisjoint(then.categories))
            ) and not ("SUBUNIT" in before.categories and _ago_after(text, lex, (then if "INDEF" in after.categories else after).end))
            ) or ("DAY" in before.categories and "MONTH" in after.categories  # "the 5th of September"
            ) or ("MULT" in before.categories and "SCALE" in after.categories  # "une douzaine de millions"
            ) or ("APPROX" in before.categories and not _ROUNDED.isdisjoint(after.categories)
                  )  # "une vingtaine de millions", "une dizaine d'années", "a couple of percentage points"
            # (before a currency word it may stay the link a scale takes: "tre migliaia di euro")
            kept = (tok.categories if "CUR_WORD" in after.categories else ("OF",)) if joins else _without(tok.categories, "OF")
            out[i] = Token(tok.start, tok.end, kept)
            if not kept:
                breaks.add(i)
        elif not _PLURAL_ONES.isdisjoint(tok.categories) and not _QUALIFIERS.isdisjoint(before.categories) and (
            lex.fold(text[tok.start : tok.end]) in lex.scales_bare_after_qualifier
            and ("SCALE" in tok.categories or "SCALE" not in after.categories)
        ):  # "свыше тысячи деревьев", "около сотни человек": one of the scale or round number ("более сотни тысяч" are
            # hundreds of thousands)
            bare = "SCALE_BARE" if "SCALE" in tok.categories else "APPROX_BARE"
            out[i] = Token(tok.start, tok.end, (bare, *tok.categories))
        elif "CUR_WORD" in tok.categories and _NUMBER.isdisjoint(before.categories) and not _NUMBER.isdisjoint(after.categories) and (
            lex.fold(text[tok.start : tok.end]) in lex.currency_words_after_figure
        ):  # "Airbus livre 735 avions": the verb, before a figure
            _drop(out, i, "CUR_WORD", breaks)
        elif "TO" in tok.categories and lex.fold(text[tok.start : tok.end]) in lex.range_to_after_from and not (
            _after_from(out, i)
        ):  # "Un habitant sur cinq a 65 ans": "has", not "to" ("de 5 a 10 ans", typed without its accent, is a range)
            _drop(out, i, "TO", breaks)
        elif "CUR_WORD" in tok.categories and "INDEF" in before.categories and (
            " ".join(lex.fold(text[before.start : tok.end]).split()) in lex.currency_homographs
        ):  # "il a écrit un livre": a book (the pound is "une livre")
            _drop(out, i, "CUR_WORD", breaks)
        elif "SCALE_DUAL" in tok.categories and "AND" in after.categories and not _NUMBER_OR_HALF.isdisjoint(then.categories) and (
            _NUMBER.isdisjoint(before.categories) and lex.fold(text[tok.start : tok.end]) in lex.scales_dual_one_before_and
        ):  # "بلغ مليونا و600 ألف طن": one million, then 600 thousand (not "20 مليونا و300 ألف"); "مليونا ونصف المليون"
            out[i] = Token(tok.start, tok.end, ("SCALE_BARE", *_without(tok.categories, "SCALE_DUAL")))
        elif "AND" in tok.categories and not _MONEY_WORDS.isdisjoint(before.categories) and not _NUMBER.isdisjoint(after.categories) and (
            _counts_the_word_after(text, lex, after.end)
        ) and not any({"BETWEEN", "FROM"} & set(t.categories) for t in out[max(0, i - 3) : i]):
            # "13 dollars and 45 people came", "800 درهم و4 نقاط": a figure that counts a noun, no cents (not "between 80
            # dollars and 90 this week", a range)
            _drop(out, i, "AND", breaks)
        elif "DENOM" in tok.categories and lex.denominator_plural_endings and "NUM" in before.categories and (
            (value := _bare_value(lex, text, before)) is not None and value > 1
            and not lex.fold(text[tok.start : tok.end]).endswith(lex.denominator_plural_endings)
            and (word := _WORD_AFTER.match(text, tok.end)) is not None and word.group(1)[:1].islower()
            and "OF" not in lex.classify("word", lex.fold(word.group(1)))
        ):
            # "son 10 millionième visiteur", "il 10 milionesimo visitatore": a fraction's word in the singular after a
            # number above one, before a noun, is a rank ("trois millièmes de seconde", "tre quarti" are fractions)
            # (the figure is part of a rank of a round hundred or more, "10 millionth"; before a smaller one it counts what
            # follows, "40 fifth graders", or is a year, "in the 1988 third quarter")
            out[i] = _DROPPED
            breaks.add(i)
            if not _is_year(text, before) and (lex.values["DENOM"].get(lex.fold(text[tok.start : tok.end])) or 0) >= 100:
                out[i - 1] = _DROPPED
                breaks.add(i - 1)
        elif "PP" in tok.categories and i > 1 and "CUR_SIGN" in out[i - 2].categories:
            _drop(out, i, "PP", breaks)  # "from £1,299pp": per person after money, no percentage points
        elif "Q_AFTER" in tok.categories and lex.fold(text[tok.start : tok.end]) in lex.hyphen_qualifiers and not (
            text[tok.start - 1 : tok.start] in _DASHES and text[tok.start - 2 : tok.start - 1].isalnum()
        ):
            _drop(out, i, "Q_AFTER", breaks)  # "30 odd jobs", "3 odd numbers": only "30-odd" is more than 30
        elif "Q_AFTER" in tok.categories and (tok.categories == ("Q_AFTER",) or "SCALE" not in after.categories) and _hedges(
            text, out[i - 2] if before is _DROPPED and i > 1 else before, after, then
        ) and not ("CUR_WORD" in after.categories and _noun_after(lex, text, after.end)):
            # ("40 или более рублей": a qualifier that might open a comparison, before a word that is no number; not before a
            # currency's word that describes a noun, "40-odd dollar stores")
            # "сто с лишним тысяч", "twenty-odd years": a qualifier written only after a number, and before its scale
            # or unit, bounds the number inside the amount
            out[i] = Token(tok.start, tok.end, ("HEDGE",))
        elif "Q_AFTER" in tok.categories and (form := lex.fold(text[tok.start : tok.end]).rpartition(" "))[0] and (
            form[2] in lex.conjunctions and not _CLAUSE_END.match(text, tok.end)
        ):
            # "a fine of $5,000 or more than twice the sum": "or more than" opens a comparison; only where its clause
            # ends, "a score of 200 or greater than.", is it the floor of the figure before it
            _drop(out, i, "Q_AFTER", breaks)
        elif "Q_AFTER" in tok.categories and (after.opens or "CUR_SIGN" in after.categories) and (
            tok.categories == ("Q_AFTER",) or _starts_with_and(lex, text, tok)
        ) and not ("INDEF" in after.categories and "DUR" in then.categories):  # ("£240 or more a month")
            # "и более 300 подписей": after "and", what may qualify the figure before opens the next one
            # ("7 or above 3 times", "5 ساعات تقريبا 3 منها" keep their bound)
            out[i] = Token(tok.start, tok.end, _without(tok.categories, "Q_AFTER"))
            breaks.add(i)
        elif "CUR_AFTER" in tok.categories and ("SCALE" not in before.categories or _verb_object_after(lex, text, tok)):
            # "4.7 trillion won"; not "12 won and 30 lost", "only 2 million won anything" (``currency_words_after``)
            _drop(out, i, "CUR_AFTER", breaks)
        elif tok.categories == ("DASH",) and "CUR_SIGN" in after.categories and after.start == tok.end and (
            (text[tok.start] in "-−" or (text[tok.start] == "–" and not _CLOSING_DASH.match(text, after.end)))
            and _AMOUNT_PARTS.isdisjoint(before.categories) and tok.start
            and text[tok.start - 1] in " \t\u00a0(:" and text[tok.start - 2 : tok.start - 1] not in ("\n", "")
        ):
            # "a balance of -$8,400", "swung to –$340 million": a minus written before the sign (not a dash around an
            # aside, "The fee –$5– is waived", nor a bullet, "-$5m for buses" at the start of a line, nor a range,
            # "$5m -$8m")
            out[i] = Token(tok.start, tok.end, ("NEG",))
        elif "SCALE" in tok.categories and not _COUNTING.isdisjoint(before.categories) and (
            text[tok.end : tok.end + 1] in _HYPHENS and text[tok.end + 1 : tok.end + 2].isalpha()
        ):
            # "a dozen million-dollar advisers", "a couple thousand-seat arenas": the scale word describes the word
            # it is written onto, and the dozen counts the advisers
            breaks.add(i)
        elif _is_year(text, before) and (
            ("SCALE" in tok.categories and after.categories == ("OF",))
            or lex.fold(text[tok.start : tok.end]) in lex.scale_nouns
        ):
            breaks.add(i)
        elif "YEAR_AFTER" in tok.categories and text[tok.end : tok.end + 1].isdigit():
            _drop(out, i, "YEAR_AFTER", breaks)  # "150 م3/ثا": a unit's letter before its power, no word of the year
        elif "DUR" in tok.categories and "NUM" in before.categories and i > 1 and "CUR_SIGN" in out[i - 2].categories and (
            out[i - 2].end == before.start and text[before.end : tok.start].isspace()
        ):  # "a $5 day pass", "£10 day seats": a price before the noun it describes, no spell of days ("$5 a day" is a rate)
            _drop(out, i, "DUR", breaks)
        elif "DUR" in tok.categories and lex.durations_after_digits and lex.fold(text[tok.start : tok.end]) in (
            lex.durations_after_digits
        ) and not (_below_two_before(lex, text, before, tok) or _of_a_fraction(out, i)):
            # "une seconde chance", "a second term", "secondo l'Istat": an ordinal or a preposition, not the
            # singular a figure below two takes ("1,2 seconde", "won by 1 second") or a fraction ("a tenth of a second")
            _drop(out, i, "DUR", breaks)
        elif "DENOM" in tok.categories and "NUM" in before.categories and (
            lex.fold(text[tok.start : tok.end]) in lex.nouns_after_figures
        ):  # "120 mezzi di soccorso": vehicles, not halves ("tre mezzi" is one and a half)
            _drop(out, i, "DENOM", breaks)
        elif _NUMBER.isdisjoint(before.categories):
            continue
        elif (
            lex.ratio_final and not _NUMBER.isdisjoint(after.categories) and text[before.end : tok.start].isspace()
            and normalize(text[tok.start : tok.end]) in lex.ratio_final and _CLAUSE_END.match(text, after.end)
        ):
            first, second = _bare_value(lex, text, before), _bare_value(lex, text, after)
            if first == 1 and (not text[after.start : after.end].isdigit() or (second or 0) <= 20):
                out[i] = Token(tok.start, tok.end, ("OVER", *tok.categories))
            elif first is not None and second is not None and first > second:
                out[i] = _DROPPED  # "140 over 90." (blood pressure), "7 over 5." (votes)
                breaks.add(i)
        elif (
            tok.categories == ("DASH",) and "Q_AFTER" in after.categories and not _NUMBER.isdisjoint(before.categories)
            and before.end == tok.start and tok.end == after.start
        ):
            out[i] = _DROPPED  # "30-odd years": the qualifier is written onto the figure with a hyphen
        elif (
            tok.categories == ("DASH",) and "DENOM" in after.categories and "NUMWORD" in before.categories
            and _numerator_fits(lex, _bare_value(lex, text, before), text[after.start : after.end])
        ):
            out[i] = _DROPPED  # the run goes on
    pieces: list[list[Token]] = [[]]
    for i, tok in enumerate(out):
        if i in breaks:
            pieces.append([])
        if tok.categories:
            pieces[-1].append(tok)
    for run in pieces:
        yield from _flush(run)


_DROPPED = Token(0, 0, ())
# The categories _emit asks a token about; of a token of none of them, it asks only whether the token before
# is a figure ("In 2020 thousands of people", "140 over 90."), which it checks first.
_EMIT_ASKS = frozenset({
    "OF", *_PLURAL_ONES, "CUR_WORD", "TO", "SCALE_DUAL", "AND", "Q_AFTER", "CUR_AFTER", "DASH", "SCALE", "DENOM",
})
# A run states something (_flush) only where a token is of one of these: core, "a" or "one" before a scale,
# a qualifier, "minus", a unit of time, a fraction. _emit takes categories away and gives none of these but
# the bare scale, to a scale word or a dual: a run with none of them yields nothing (most runs: an article,
# a comma, "and" alone), and find_runs does not hand it to _emit.
_STATES = _CORE_CATEGORIES | _LEADS | _QUALIFIERS | {"NEG", "DUR", "SCALE"}
# What "of" may join a fraction to: "a quarter of a million", "a quarter of a century", "a quarter of a
# percentage point".
# (and a bare point, "un quarto di punto", "a quarter of a point": extract keeps it a percentage point where rates are)
_MEASURED = frozenset({"SCALE_BARE", "DUR", "PP", "BP", "POINT"})
_MEASURED_AFTER_ONE = frozenset({"SCALE", "DUR", "PCT", "PP", "BP", "POINT"})
# what "of" joins a round number to: "une dizaine d'euros", "une quinzaine de centimes" (no bare point)
_ROUNDED = (_MEASURED_AFTER_ONE - {"POINT"}) | {"CUR_WORD", "MULT", "APPROX", "SUBUNIT_CUR"}
_COUNTING = frozenset({"MULT", "APPROX", "APPROX_BARE", "OF"})  # what counts a scale word after it: "a dozen million"


def _ago_after(text: str, lex: Lexicon, end: int) -> bool:
    """Whether a word of ``ago_words`` follows ``end``: "48 centesimi di un anno fa" are 48 cents a year
    ago, no hundredths of a year (a word of a fraction that also names cents; "a quarter of a century
    ago" is 25 years)."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and normalize(after.group(1)) in lex.ago_words


def _verb_object_after(lex: Lexicon, text: str, tok: Token) -> bool:
    """Whether a lower-case word that is no preposition or conjunction follows ``tok``: the object of a
    verb ("2 million won anything", "won the right"), where a currency is followed by "in", "and", a
    sign, a word of time or nothing ("4.7 trillion won in the quarter", "5 million won last year", "won ($1.1
    billion)")."""
    after = _WORD_AFTER.match(text, tok.end)
    if after is None or not after.group(1)[:1].islower():
        return False
    word = normalize(after.group(1))
    return word not in lex.prepositions and word not in lex.conjunctions and word not in lex.categories and (
        word not in lex.time_words_after and word not in lex.time_adverbs)


def _starts_with_and(lex: Lexicon, text: str, tok: Token) -> bool:
    return normalize(text[tok.start : tok.end].split()[0]) in lex.and_words


def _of_a_fraction(tokens: list[Token], i: int) -> bool:
    """Whether the word of "of" after a fraction's word, and an article or not, stands before ``tokens[i]``: "a
    tenth of a second", "un dixième de seconde" (not "l'objet d'une seconde enquête")."""
    at = i - 1 - ("INDEF" in tokens[i - 1].categories) if i else -1
    return at > 0 and "OF" in tokens[at].categories and "DENOM" in tokens[at - 1].categories


def _below_two_before(lex: Lexicon, text: str, before: Token, tok: Token) -> bool:
    """A figure in digits below two (its whole part by the language's decimal sign: Italian "1.500" is 1,500), a space
    before ``tok`` and no hyphen after it, nor an article or a capital after it ("1,2 seconde", "1 secondo di vantaggio";
    not "2024 second-quarter", "0,7 secondo l'Istat", "1 secondo Eurostat")."""
    if "NUM" not in before.categories or not text[before.end : tok.start].isspace() or text[tok.end : tok.end + 1] in _HYPHENS:
        return False
    whole = text[before.start : before.end]
    for sign in lex.decimal:
        whole = whole.split(sign, 1)[0]
    if whole not in ("0", "1"):
        return False
    after = _WORD_AFTER_SPACE.match(text, tok.end)
    return after is None or not (after.group(1)[:1].isupper() or lex.fold(after.group(1)) in lex.values["ARTICLE"]
                                 or after.group(2) is not None)


# The word after a space, and an elided article's apostrophe ("l'Istat").
_WORD_AFTER_SPACE = re.compile(r"[ \u00a0]+(\w+)(['’])?")


def _bare_value(lex: Lexicon, text: str, tok: Token) -> int | None:
    """The value of a figure ("1,500") or a one-piece spelled number ("ninety"), else None."""
    written = normalize(text[tok.start : tok.end]).replace(",", "")
    value = int(written) if written.isdigit() else lex.values["NUMWORD"].get(written)
    return value if isinstance(value, int) else None


def _numerator_fits(lex: Lexicon, numerator: int | None, denominator: str) -> bool:
    """ "five - eighths", "one - fourth": a unit word, and a plural denominator where the language
    wants one after a number over one (not "grades two - fifth", "five - seventh of June")."""
    value = 20 if numerator is None else numerator
    plural_ok = value == 1 or not lex.plural_endings or normalize(denominator).endswith(lex.plural_endings)
    return value < 20 and plural_ok


def _noun_after(lex: Lexicon, text: str, end: int) -> bool:
    """Whether a lower-case word that is none of the vocabulary's follows ``end`` ("dollar stores")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1).islower() and not lex.classify("word", lex.fold(word.group(1))) and (
        lex.fold(word.group(1)) not in lex.prepositions and lex.fold(word.group(1)) not in lex.conjunctions)


def _hedges(text: str, number: Token, after: Token, then: Token) -> bool:
    """Whether a qualifier after ``number`` bounds it inside the amount: a scale word or unit of time after
    it, not a word of years before a year ("واحدة على الأقل عام ٢٠٢٣"), and the number no year or hour
    ("The recession of 2008 plus years of austerity")."""
    return (not _NUMBER.isdisjoint(number.categories) and not _HEDGED.isdisjoint(after.categories)
            and not ("YEAR_BEFORE" in after.categories and not _NUMBER.isdisjoint(then.categories))
            and not _is_year(text, number) and ":" not in text[number.start : number.end])


def _is_year(text: str, tok: Token) -> bool:
    return _is_year_at(text, tok.start, tok.end, tok.categories)


def _is_year_at(text: str, start: int, end: int, categories: tuple[str, ...]) -> bool:
    written = text[start:end]
    return "NUM" in categories and len(written) == 4 and written.isdigit() and 1000 <= int(written) <= 2100


# No quantity takes more tokens; a longer run ("ونصف ونصف ونصف...", "و5 و5 و5...") is read in pieces,
# which keeps the time and memory of parsing it in line with its length.
_MAX_RUN = 40


def _flush(tokens_: list[Token]) -> Iterator[Run]:
    if len(tokens_) > _MAX_RUN:
        for at in range(0, len(tokens_), _MAX_RUN):
            yield from _flush(tokens_[at : at + _MAX_RUN])
        return
    if any(not _CORE_CATEGORIES.isdisjoint(t.categories) for t in tokens_) or any(
        _states_one(a, b, c) for a, b, c in zip(tokens_, tokens_[1:], [*tokens_[2:], _NONE])
    ):
        yield Run(tuple(tokens_))
        return
    # a fraction word with no number: read from it on, alone ("la moitié des élèves", "Против, треть
    # бюджета"); the grammar and extract._is_share decide whether it states a share
    first = next((i for i, t in enumerate(tokens_) if "DENOM" in t.categories), None)
    if first is not None:
        yield Run(tuple(tokens_[first:]))


_NONE = Token(0, 0, ())


def _states_one(a: Token, b: Token, c: Token) -> bool:
    """A run with no figure or number word still states a quantity when an article counts as one
    ("a trillion", "uno e mezzo") or a qualifier bounds a fraction ("more than half", "meer dan de
    helft"), one unit of time ("more than a year", "более года") or an article ending the run ("au
    moins un mort")."""
    if not _LEADS.isdisjoint(a.categories):
        joins = "AND" in b.categories or "DASH" in b.categories  # "uno e mezzo", "een - vierde"
        return not _ONE_OF.isdisjoint(b.categories) or (joins and "DENOM" in c.categories)
    if "NEG" in a.categories and "INDEF" in b.categories:  # "min een", "moins un"
        return True
    if "DUR" in a.categories and "AND" in b.categories and "DENOM" in c.categories:  # "عام ونصف"
        return True
    if not _QUALIFIERS.isdisjoint(a.categories) and "DUR" in (b.categories if "INDEF" not in b.categories else c.categories):
        return True  # "more than a year", "более года"
    if not _QUALIFIERS.isdisjoint(a.categories) and "INDEF" in b.categories and not c.categories:
        return True  # "au moins un mort" (the grammar reads it where the language says: one_after_qualifier)
    return not _QUALIFIERS.isdisjoint(a.categories) and "DENOM" in (b.categories + c.categories)
