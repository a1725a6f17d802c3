"""Parse one candidate run of tokens into a :class:`~claimlint.quantity.Quantity` with the Lark grammar.

The grammar (``grammar/quantity.lark``, parsed in :mod:`claimlint.lalr`) is one LALR grammar for all
six languages: its terminals are word categories, and its parse of a run depends on nothing else.
So each shape of run (its tokens' categories) is parsed once, and the parse is kept, in the process
and in the user cache; the :class:`QuantityBuilder` computes exact values along the kept parse.
Nothing downstream re-parses text.
"""

from __future__ import annotations

import atexit
import hashlib
import itertools
import marshal
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from importlib.util import find_spec
from operator import attrgetter
from pathlib import Path
from typing import Any, Self

from claimlint.candidates import Token as RunToken
from claimlint.candidates import next_year
from claimlint.datafiles import cache_dir, mark_used, read_kept, store
from claimlint.lexicon import (
    CALENDAR_YEARS,
    RECENT_YEARS,
    VULGAR,
    YEAR_FIGURES,
    Lexicon,
    lexicon,
    normalize,
    spelled_value,
    to_ascii_digits,
)
from claimlint.quantity import (
    ABOUT,
    AT_LEAST,
    CEILINGS,
    CURRENCY,
    DATE,
    DURATION,
    EXACT,
    FLOORS,
    NUMBER,
    PERCENT,
    SPELL_UNITS,
    YEAR,
    Bound,
    CalendarDate,
    Kind,
    Quantity,
    replace,
    set_by_slots,
)

_HALF = Decimal("0.5")
TENTH = Decimal("0.1")  # a per mille of a percent
HUNDREDTH = Decimal("0.01")  # a subunit of a currency, a basis point of a percentage point
_EXPONENT = re.compile(r"(?:[eE]|\s?[x×]\s?10\^)([+-]?\d{1,2})$")
_YEAR_FIGURE = re.compile(r"(?:1[89]|20)[0-9]{2}")
_VULGAR = re.compile(f"[{VULGAR}]")
_LEADING_DIGITS = re.compile(r"\d+")
_LOWER_DIGITS = re.compile(r"[1-9]\d{0,2}")
_ROUND_THOUSANDS = re.compile(r"\d[,.\u00a0\u202f ]000(?![\d.,]\d)")
_LAST_WORD = re.compile(r"[\s\-‐]+")  # (the words of a part: "une demi-douzaine", "douzaine")
_DIGIT = re.compile(r"\d")
# A year written after its month: four digits from 1000 to 2199.
_MONTH_YEAR = re.compile(r"(?:1\d|20|21)\d\d")
# The whole part of a figure: no grouping, groups of three, or Indian grouping (2s, then 3).
# (a first group of 0 groups nothing: "0 800 112 112" is a phone number)
_GROUPED = re.compile(r"\d+|[1-9]\d{0,2}(?:\D\d{3})+|[1-9]\d?(?:\D\d{2})*\D\d{3}")
# Units of time counted in another: "three decades" are 30 years, "a fortnight" two weeks, "drie
# kwartier" 45 minutes, "250 milliseconds" 0.25 seconds.
COUNTED_IN = {"decade": ("year", Decimal(10)), "century": ("year", Decimal(100)), "fortnight": ("week", Decimal(2)),
              "quarter_hour": ("minute", Decimal(15)), "millisecond": ("second", Decimal("0.001"))}
# Where "2025 years" is much likelier the year 2025.
_YEARS_AND_NUMBERS = frozenset({YEAR, DATE, NUMBER})


class NotAQuantity(Exception):
    """The tokens parse but state no quantity (an invalid date, a range running backwards)."""


@set_by_slots  # (parts are made and copied over for each run parsed)
@dataclass(frozen=True, slots=True)
class Part:
    """An intermediate value: a number with its precision and what it measures."""

    value: Decimal
    precision: Decimal
    start: int
    end: int
    kind: Kind = NUMBER
    unit: Any = None
    scale: str | None = None
    exponent: int = 0
    scale_span: tuple[int, int] | None = None  # where the scale word stands, for fixes
    digits: bool = False  # written with figures only, no scale, sign or decimals: may be a year
    alone: bool = False  # a fraction word with nothing before it ("half", "نصف")
    approximate: bool = False  # "une trentaine": about thirty
    hedge: Qualifier | None = None  # "сто с лишним тысяч": the bound written inside the amount
    per_unit: Decimal = Decimal(1)  # how many of ``unit`` one unit word stands for ("decades": 10 years)
    over: Decimal | None = None  # a spelled number over a denominator ("three fifths"): its denominator
    share: bool = False  # a part over a whole with a word of ratio ("one in four"), which adds to nothing
    # the hundreds and thousands a spelled number ends in, multiplying what precedes them ("five
    # thousand": 1000, "three hundred thousand": 100,000), which a bare spelled lower end of a range
    # shares ("between three and five thousand")
    multiplier: int = 0


# The most the upper end of a range may be times its lower end, when the lower is a recent year.
_FARTHEST_ENDS = 10_000

# Minutes, a dot, seconds and a decimal comma: "1.11,83" (skating and skiing copy in Dutch and Russian).
_DOTTED_MINUTES = re.compile(r"\d{1,2}\.[0-5]\d,\d{2,3}")
# A figure of a race time and the mark after it ("2 h", "05 min", "30 s", '9"'); the unit after each.
RACE_PARTS = re.compile(r"(\d+(?:[.,]\d+)?)[ \u00a0\u202f]*([^\d\s\u00a0\u202f]*)")
_NEXT_UNIT = {"hour": "minute", "minute": "second"}


def grammar_text() -> str:
    return resources.files("claimlint.grammar").joinpath("quantity.lark").read_text("utf-8")


def number_value(written: str, lex: Lexicon) -> Decimal:
    """The value of a figure ("1,500") or a spelled number ("twenty-two")."""
    if written[:1].isdigit():
        return parse_number(written, lex)[0]
    return spelled_value(lex.number_pieces(written))


def parse_number(text: str, lex: Lexicon) -> tuple[Decimal, Decimal]:
    """A written figure as an exact value and its precision, by the language's separators.

    A separator used more than once, or a group separator followed by exactly three digits that is
    not also the language's decimal sign, is grouping; of two different separators the last is the
    decimal sign. Groups hold three digits (or two before the last three, in Indian grouping:
    "1,00,000"); a lone separator that groups nothing so is a decimal sign ("1,3" in English text),
    and several are no figure ("22,24,26,31").
    """
    if text.isdigit() and text.isascii():
        return Decimal(text), _HALF  # (most figures: digits alone, which the steps below would read so)
    text = to_ascii_digits(text)
    exponent = _EXPONENT.search(text)
    if exponent is not None:
        value, precision = parse_number(text[: exponent.start()], lex)
        power = int(exponent.group(1))
        return value.scaleb(power), precision.scaleb(power)
    if text and _VULGAR.match(text[-1]):
        integer = parse_number(text[:-1], lex)[0] if len(text) > 1 else Decimal(0)
        top, _, bottom = unicodedata.decomposition(text[-1]).partition(" 2044 ")  # the fraction slash
        numerator = "".join(chr(int(c, 16)) for c in top.split()[1:])
        denominator = "".join(chr(int(c, 16)) for c in bottom.split())
        fraction = Decimal(numerator) / Decimal(denominator)
        return integer + fraction, Decimal("1e-9")
    if "/" in text:
        numerator, _, denominator = text.partition("/")
        if (int(denominator) == 0 or int(numerator) in CALENDAR_YEARS or text in lex.slash_names
                or (int(numerator) + int(denominator) == 100 and int(numerator) >= int(denominator))):
            # not a fiscal year ("2024/25", "2024/2025"), nor "24/7", "9/11", nor a split of a hundred, its larger side
            # first ("80/20", "50/50"; "20/80" is a score of sight)
            raise NotAQuantity("not a written fraction")
        value = Decimal(numerator) / Decimal(denominator)
        return value, abs(value) * Decimal("1e-9")
    seps = [(i, ch) for i, ch in enumerate(text) if not ch.isdigit()]
    decimal_at = None
    if seps:
        last_i, last = seps[-1]
        kinds = {ch for _, ch in seps}
        tail = len(text) - last_i - 1
        if len(kinds) > 1:
            decimal_at = last_i
        elif len(seps) == 1 and (last in lex.decimal or last == ".") and not (
            last in lex.group and last not in lex.decimal and tail == 3
        ):
            decimal_at = last_i
    int_part = text if decimal_at is None else text[:decimal_at]
    if not _GROUPED.fullmatch(int_part):
        if len(seps) != 1:
            raise NotAQuantity(f"{text!r} groups its digits in no known way")
        decimal_at = seps[0][0]
    if decimal_at is None:
        digits = "".join(ch for ch in text if ch.isdigit())
        return Decimal(digits), _HALF
    whole = "".join(ch for ch in text[:decimal_at] if ch.isdigit()) or "0"
    frac = text[decimal_at + 1 :]
    return Decimal(f"{whole}.{frac}"), _HALF.scaleb(-len(frac))



class Token(str):
    """A token of a run as the grammar read it: its text, its terminal (``type``) and where it stands
    (``start_pos``, ``end_pos``: None in a token the builder makes up). The shape of Lark's tokens, so
    the builder reads the same whether a run was parsed now or its parse was kept."""

    __slots__ = ("end_pos", "start_pos", "type")
    type: str
    start_pos: int | None
    end_pos: int | None

    def __new__(cls, type_: str, value: str, start_pos: int | None = None, end_pos: int | None = None) -> Self:
        token = super().__new__(cls, value)
        token.type, token.start_pos, token.end_pos = type_, start_pos, end_pos
        return token

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {str(self)!r})"


def share_whole(digits: bool, whole: Decimal, marks: frozenset[int] = frozenset()) -> bool:
    """Whether several parts over ``whole`` may be a share: a share is stated over a small whole, twenty ("Nine out
    of 20 respondents", "14 sur 20"), the whole of the language's marks (``marks``: Italian "28 su 30") or a power of
    ten ("7 sur 10", "3 из 5", "38 su 100"), or one written in words ("cinquanta su duemilacinque"); "было сбито 45 из 57 дронов", "negentien van de
    22 races", "7 élèves sur 12" are two counts, and so are a tally over another round whole ("37 из 40
    беспилотников", "37 van de 40 drones") and a parliament's seats ("met 37 van de 150 zetels", "37 из 150 мест")."""
    return not digits or whole <= _SMALL_SHARE_WHOLE or whole == 20 or whole in marks or whole == 10 ** (len(str(int(whole))) - 1)


_SMALL_SHARE_WHOLE = 10
_GROUPED_FIGURES = re.compile(r"[0-9٠-٩]+(?:[.,\u00a0\u202f ٬][0-9٠-٩]{3})+")


def in_figures(written: str) -> bool:
    """Whether a whole number is written in figures, grouped or not ("1600", "1.600", "1 600"), not in words."""
    return written.isdigit() or _GROUPED_FIGURES.fullmatch(written) is not None


def _no_year_and_a_fraction(part: Part) -> None:
    """A figure that may be a year of the calendar takes no fraction after it: "By 2050 and a third of pensioners",
    "entro il 2050 e un terzo dei pensionati" are a year and a share (not 2050.33); "1500 and a half tonnes" is
    1500.5."""
    if part.digits and part.value == part.value.to_integral() and int(part.value) in CALENDAR_YEARS:
        raise NotAQuantity("a year and a fraction are two")


def _has_digit(written: str) -> bool:
    return any(ch.isdigit() for ch in written)


def _start(token: Token) -> int:
    """Where a token starts (0 in a token the builder makes up)."""
    return int(token.start_pos or 0)


def _end(token: Token) -> int:
    return int(token.end_pos or 0)


def _counted(token: Token, count: Decimal, precision: Decimal) -> Part:
    """The count a unit word holds: "عامين" two, "полгода" a half."""
    return Part(count, precision, _start(token), _end(token))


def _one(token: Token) -> Part:
    """The one that an article or a bare scale word stands for ("a trillion", "uno su tre")."""
    return Part(Decimal(1), _HALF, _start(token), _end(token))


def _as_part(first: Part | Token) -> Part:
    """A number, or the one an article before a fraction, round number or multiplier stands for."""
    return first if isinstance(first, Part) else _one(first)


def _later_year(year: int, written: str) -> bool:
    """Whether the two digits ``written`` right after ``year`` and a dash are a later year of its century, at
    most ten on and past 12 ("2019-22", "2014-16"; "2010-12" may be December 2010, "1990-2010" is written whole)."""
    return len(written) == 2 and written.isdigit() and 12 < int(written) and year % 100 < int(written) <= year % 100 + 10


class QuantityBuilder:
    """Turns a parse into a Quantity: one method for each rule (and alias) of the grammar that makes a
    node, called with the node's children, tokens and what the methods of the sub-nodes returned."""

    def __init__(self, lex: Lexicon, text: str):
        self.lex = lex
        self.text = text

    # ---- numbers ----
    def figure(self, *tokens: Token) -> Part:
        num = tokens[-1]
        written = str(num)
        negative = len(tokens) == 2 or written[0] in "-\u2212–"
        value, precision = parse_number(written.lstrip("+-\u2212–"), self.lex)
        return Part(
            -value if negative else value, precision, _start(tokens[0]), _end(num), digits=written.isdigit()
        )

    def spelled(self, *tokens: Token) -> Part:
        token = tokens[-1]
        written, scale = self.lex.glued_scale(str(token))
        pieces = self.lex.number_pieces(written)
        value = spelled_value(pieces)
        start = _start(tokens[0])
        if len(tokens) == 1 and pieces[0][1] is None:
            # "ومائة": the conjunction written onto the word is not part of the number ("واحد" is).
            start += len(pieces[0][0])
        part = Part(-value if len(tokens) == 2 else value, _HALF, start, _end(token))
        if scale is None:
            multiplier, head = 1, [p for p in pieces if p[1] is not None]
            while len(head) > 1 and head[-1][1] in (100, 1000):
                multiplier *= int(head.pop()[1] or 1)  # "three hundred thousand": 100,000 times three
            if multiplier > 1 and spelled_value(head) * multiplier == value:  # (not "five thousand five hundred")
                part = replace(part, multiplier=multiplier)
            return part
        # "vijfentwintigmiljoen": the scale word written onto the number
        exponent = int(self.lex.value("SCALE", scale))
        scale_start = _end(token) - len(scale)
        return replace(part, value=part.value.scaleb(exponent), precision=part.precision.scaleb(exponent),
                       scale=str(token)[-len(scale):], scale_span=(scale_start, _end(token)), exponent=exponent)

    def minus_one(self, neg: Token, indef: Token) -> Quantity:
        """ "Het antwoord is min een": the article is the number one after a minus sign word, as a
        whole quantity only (see extract._is_unit_after_figure for "plus min een", "min een penalty")."""
        return self.start(Part(Decimal(-1), _HALF, _start(neg), _end(indef)))

    def pointed(self, *tokens: Token) -> Part:
        """ "1 point 1", "two point two": the words after the point are its digits, one by one."""
        negative = tokens[0].type == "NEG"
        whole_tok, _, frac_tok = tokens[-3:]
        whole = number_value(str(whole_tok), self.lex)
        if frac_tok.type == "NUM":
            digits = to_ascii_digits(str(frac_tok))
            if not digits.isdigit():
                raise NotAQuantity("the figure after 'point' must be whole")
        else:
            pieces = self.lex.number_pieces(str(frac_tok))
            if all(v is not None and v <= 9 for _, v in pieces):
                digits = "".join(str(v) for _, v in pieces)  # "point seven seven"
            else:
                digits = str(int(spelled_value(pieces)))  # "point seventy-one"
        value = whole + Decimal(f"0.{digits}")
        return Part(-value if negative else value, _HALF.scaleb(-len(digits)), _start(tokens[0]), _end(frac_tok))

    def money_cents(self, money: Part, *items: Any) -> Part:
        """ "3 dollars 50 cents", "$20 and 43c": the subunit is a hundredth of the unit."""
        cents = next(i for i in items if isinstance(i, Part))
        has_word = isinstance(items[-1], Token) and items[-1].type == "SUBUNIT"
        if any(isinstance(i, Token) and i.type == "AND" and normalize(str(i)) not in self.lex.and_words for i in items):
            raise NotAQuantity("'с' is no 'and' between an amount and its cents ('до 95 рублей с 92')")
        whole_cents = cents.value == cents.value.to_integral()
        if money.scale is not None or not 0 <= cents.value < 100 or (not has_word and not whole_cents):
            raise NotAQuantity("not an amount and its cents")
        if not has_word and self.text[cents.start : cents.end].isdigit() and cents.end - cents.start != 2:
            raise NotAQuantity("cents in figures with no word are written with two ('135 euros et 3 points' is two amounts)")
        end = _end(items[-1]) if has_word else cents.end
        return replace(money, value=money.value + cents.value / 100, precision=Decimal("0.005"), end=end)

    def money_subunit(self, part: Part, word: Token) -> Part:
        """ "145.2p", "30 cent", "50 копеек": a hundredth of the currency the language file names for the
        word (``subunit_currencies``; "cents" names US cents in English, which the passes after parsing put in the
        currency of an amount in its sentence: "92 cents of a euro")."""
        if part.scale is not None:
            raise NotAQuantity("no scaled subunit")
        code = self.lex.value("SUBUNIT_CUR", word)
        return replace(part, kind=CURRENCY, unit=code, value=part.value / 100, precision=part.precision / 100,
                       end=_end(word), digits=False, per_unit=HUNDREDTH)  # (a range's bare lower end too: "20 to 30p")

    def money_subunit_of(self, part: Part, subunit: Token, link: Token, word: Token) -> Part:
        """ "50 centesimi di dollaro", "30 centimes de dollar": a hundredth of the currency named after the subunit's
        word, whatever currency the word names alone."""
        if part.scale is not None:
            raise NotAQuantity("no scaled subunit")
        money = self._currency(part, word, before=False)
        return replace(money, value=part.value / 100, precision=part.precision / 100, per_unit=HUNDREDTH)

    def money_and_a_cent(self, money: Part, *tokens: Token) -> Part:
        """ "3 GBP een penny": the amount and one hundredth."""
        return replace(money, value=money.value + HUNDREDTH, precision=Decimal("0.005"), end=_end(tokens[-1]))

    def money_one_cents(self, indef: Token, word: Token, *items: Any) -> Part:
        """ "un euro e venti centesimi": one unit and its cents."""
        return self.money_cents(self.money_one(indef, word), *items)

    def _scale(self, part: Part, token: Token, multiple: int = 1) -> Part:
        exponent = int(self.lex.value("SCALE", token) if token.type == "SCALE" else self.lex.value(token.type, token))
        return replace(
            part,
            value=part.value.scaleb(exponent) * multiple,
            precision=part.precision.scaleb(exponent),
            end=_end(token),
            scale=str(token),
            scale_span=(_start(token), _end(token)),
            exponent=exponent,
            digits=False,
        )

    def scaled(self, number: Part, scale: Token | None = None) -> Part:
        return number if scale is None else self._scale(number, scale)

    def scaled_twice(self, number: Part, first: Token, second: Token) -> Part:
        """ "three lakh crore" (3×10^5×10^7), "a thousand million": scale words multiply."""
        inner = self._scale(number, first)
        outer = self._scale(inner, second)
        return replace(outer, scale=self.text[_start(first) : _end(second)], scale_span=(_start(first), _end(second)),
                       exponent=inner.exponent + outer.exponent)

    def one_scale(self, indef: Token, scale: Token) -> Part:
        return self._scale(_one(indef), scale)

    def one_scale_fraction(self, indef: Token, scale: Token, denominator: Token) -> Part:
        """ "a hundred trillionths": a hundred over a trillion; only hundredths and finer ("a hundred
        quarters of rising profit" counts quarters; "a hundred fifth anniversary" ranks), and only where
        the language file says how a plural denominator ends (else "un milione duecentesimo visitatore",
        a rank, would be a share)."""
        if not (self.lex.plural_endings and normalize(str(denominator)).endswith(self.lex.plural_endings)):
            raise NotAQuantity("a numerator over one wants a plural denominator")
        if self.lex.value("DENOM", denominator) < 100:
            raise NotAQuantity("a scale word before a coarse fraction word counts what it names")
        return self.fraction(self.one_scale(indef, scale), denominator)

    def bare_scale(self, scale: Token) -> Part:
        return self._scale(_one(scale), scale)

    def dual_scale(self, scale: Token) -> Part:
        return self._scale(Part(Decimal(2), _HALF, _start(scale), _end(scale)), scale, 1)

    def half_scale(self, scale: Token) -> Part:
        """ "полмиллиона": half a million in one word, read as "half a million" is."""
        return self._scale(Part(_HALF, _HALF / 2, _start(scale), _end(scale)), scale)

    def fraction(self, number: Part, *tokens: Token) -> Part:
        """ "three fifths", "deux tiers": the number over the denominator's value; "one hundred and
        three quarters", "two and fifty-four hundredths": a whole number and a proper fraction; "vijf /
        achtste" with a slash."""
        denominator = tokens[-1]
        d = Decimal(self.lex.value("DENOM", denominator))
        value = self._mixed(number, d)
        whole = value is None and len(tokens) == 1 and not self.text[number.start : number.end][:1].isdigit()
        if value is None:
            value = number.value / d
        return replace(number, value=value, precision=number.precision / d, end=_end(denominator), digits=False,
                       over=d if whole else None)

    def _mixed(self, number: Part, d: Decimal) -> Decimal | None:
        """A whole number and a proper fraction ("one hundred and three quarters"), or None."""
        split = self._split_at_connector(number, side_by_side=self.lex.mixed_fractions)
        if split is None or not 0 < split[1] < d:
            return None
        sign = -1 if number.value < 0 else 1
        return sign * (split[0] + split[1] / d)

    def _split_at_connector(self, number: Part, side_by_side: bool = False) -> tuple[Decimal, Decimal] | None:
        """A spelled number split at its last spaced connector (or, ``side_by_side``, its last space)
        into a whole number of at least one and what follows: "one hundred and | three" (quarters),
        "driehonderd en | twee" (dozijn), "drie | een" (vijfde)."""
        words = self.text[number.start : number.end].split()
        cut = max((i for i, w in enumerate(words) if normalize(w) in self.lex.connectors), default=0)
        skip = 1  # the connector
        if not cut and side_by_side:
            cut, skip = len(words) - 1, 0
        if not (0 < cut and cut + skip < len(words)):
            return None
        try:
            whole = spelled_value(self.lex.number_pieces(" ".join(words[:cut])))
            rest = spelled_value(self.lex.number_pieces(" ".join(words[cut + skip :])))
        except ValueError:
            return None
        return (whole, rest) if whole >= 1 else None

    def ratio(self, numerator: Part, over: Token, denominator: Part) -> Part:
        """ "one in twenty", "1 op de 3", "uno su tre", "one over three": a share."""
        if denominator.value == 0 or denominator.scale is not None or numerator.value > denominator.value:
            raise NotAQuantity("a share is a part over a larger, unscaled whole")
        if numerator.value != numerator.value.to_integral_value():
            raise NotAQuantity("a share counts whole parts: '9,8 sur 20' is a mark out of 20")
        # (a whole in figures, grouped or not: "1.200 van de 3.600" are two counts, as "1200 van de 3600" are)
        figures = denominator.digits or in_figures(self.text[denominator.start : denominator.end])
        if abs(numerator.value) > 1 and not share_whole(figures, denominator.value, self.lex.mark_wholes):
            raise NotAQuantity("a share of several over a whole that is neither small nor round: two counts")
        year_like = denominator.digits and denominator.value in CALENDAR_YEARS
        word = normalize(str(over))
        if (word in self.lex.ratio_after_one or word in self.lex.ratio_final) and (
            abs(numerator.value) != 1 or year_like
        ):
            raise NotAQuantity("'in', 'over' make a share only in 'one in five' ('5 in 2025', 'one in 2025')")
        value = numerator.value / denominator.value
        return replace(numerator, value=value, precision=abs(value) * Decimal("1e-9"), end=denominator.end,
                       digits=False, share=True)

    def one_ratio(self, indef: Token, over: Token, denominator: Part) -> Part:
        """ "uno su tre", "een op de twintig": the article is the one."""
        return self.ratio(_one(indef), over, denominator)

    def odds(self, numerator: Part, over: Token, denominator: Part, *scales: Token) -> Part:
        """ "one in 292.2 million", "une sur 2 millions": one over a scaled whole, the odds
        of a draw (a larger part over a scaled whole is two amounts: "3 in 10 million")."""
        if abs(numerator.value) != 1 or normalize(str(over)) in self.lex.partitive:
            # ("один из 5 миллионов автомобилей", "واحد من 3 ملايين لاجئ": one of them)
            raise NotAQuantity("over a scaled whole, only one is a share, and not 'one of'")
        whole = self._scale(denominator, scales[0]) if len(scales) == 1 else self.scaled_twice(denominator, *scales)
        if whole.value == 0:
            raise NotAQuantity("a share is a part over a whole")
        value = numerator.value / whole.value
        return replace(numerator, value=value, precision=abs(value) * Decimal("1e-9"), end=whole.end,
                       digits=False, share=True)

    def one_odds(self, indef: Token, over: Token, denominator: Part, *scales: Token) -> Part:
        return self.odds(_one(indef), over, denominator, *scales)

    def fraction_of_scale(self, *items: Part | Token) -> Part:
        """ "half million", "a quarter million", "three quarters billion": the fraction of the scale."""
        first = items[0]
        number = _as_part(first)
        denominator = next(t for t in items if isinstance(t, Token) and t.type == "DENOM")
        return self._scale(self.fraction(number, denominator), items[-1])  # type: ignore[arg-type]

    def multiplied(self, number: Part, multiplier: Token) -> Part:
        """ "two dozen", "3 dozzine": the number times the multiplier's value; "three hundred and two
        dozen" is 300 and two dozen."""
        m = Decimal(self.lex.value("MULT", multiplier))
        split = self._split_at_connector(number)
        value = number.value * m if split is None else split[0] + split[1] * m
        return replace(number, value=value, precision=number.precision * m, end=_end(multiplier), digits=False)

    def hedged(self, number: Part, hedge: Token) -> Part:
        """ "сто с лишним тысяч", "twenty-odd years": a number, then a qualifier before its scale or unit."""
        bound = Bound(self.lex.value("Q_AFTER", hedge))
        return replace(number, end=_end(hedge), digits=False, hedge=Qualifier(bound, str(hedge), _start(hedge), _end(hedge)))

    def approximated(self, number: Part, word: Token) -> Part:
        """ "deux centaines", "una trentina": a round number, about; the lower end of a range counts in its
        tens or hundreds ("два-три десятка": 20 to 30)."""
        value = Decimal(self.lex.value("APPROX", word))
        return replace(number, value=number.value * value, precision=number.precision * value, end=_end(word),
                       digits=False, approximate=True, multiplier=int(value))

    def bare_approximated(self, word: Token) -> Part:
        """ "около десятка", "десяток компаний": a round number alone, in a language with no article, about."""
        return self.approximated(_one(word), word)

    def one_approximated(self, indef: Token, word: Token) -> Part:
        return self.approximated(_one(indef), word)

    def approximated_scaled(self, number: Part, word: Token, *tokens: Token) -> Part:
        """ "une vingtaine de millions", "una trentina di migliaia", "два десятка миллионов": a round number
        of a scale, about."""
        return self._scale(self.approximated(number, word), tokens[-1])

    def bare_approximated_scaled(self, word: Token, scale: Token) -> Part:
        """ "десяток миллионов рублей", "пару тысяч": a round number alone, of a scale, about."""
        return self._scale(self.approximated(_one(word), word), scale)

    def one_approximated_scaled(self, indef: Token, word: Token, *tokens: Token) -> Part:
        """ "une vingtaine de millions", "a couple of million", "a couple hundred", "a couple of hundred
        million"."""
        part, scales = self.approximated(_one(indef), word), [t for t in tokens if t.type == "SCALE"]
        return self._scale(part, scales[0]) if len(scales) == 1 else self.scaled_twice(part, *scales)

    def one_approximated_multiplied(self, indef: Token, word: Token, *tokens: Token) -> Part:
        """ "a couple dozen", "a couple of dozen": about two dozen."""
        return self.multiplied(self.approximated(_one(indef), word), tokens[-1])

    def one_approximated_twice(self, indef: Token, word: Token, *tokens: Token) -> Part:
        """ "un paio di centinaia di persone": about two hundred."""
        return self.approximated(self.approximated(_one(indef), word), tokens[-1])

    def bare_approximated_twice(self, word: Token, second: Token, scale: Token | None = None) -> Part:
        """ "пару сотен человек": about two hundred; "пару десятков миллионов": of a scale."""
        part = self.approximated(self.approximated(_one(word), word), second)
        return part if scale is None else self._scale(part, scale)

    def approximated_money(self, first: Part | Token, word: Token, of: Token, unit: Token) -> Part:
        """ "a couple of bucks", "une dizaine d'euros": a round number of a currency, about."""
        return self.money_words(self.approximated(_as_part(first), word), unit)

    def approximated_subunit(self, first: Part | Token, word: Token, of: Token, unit: Token) -> Part:
        """ "une quinzaine de centimes", "una decina di centesimi": a round number of a currency's hundredths, about."""
        return self.money_subunit(self.approximated(_as_part(first), word), unit)

    def approximated_subunit_of(self, first: Part | Token, word: Token, of: Token, unit: Token, link: Token, currency: Token) -> Part:
        """ "una decina di centesimi di dollaro": the same, of the currency named after the subunit's word."""
        return self.money_subunit_of(self.approximated(_as_part(first), word), unit, link, currency)

    def approximated_duration(self, number: Part, word: Token, of: Token, unit: Token) -> Part:
        """ "une dizaine d'années", "una quindicina di giorni": a round number of units of time, about."""
        return replace(self._duration(self.approximated(number, word), unit), end=_end(unit))

    def one_approximated_duration(self, indef: Token, word: Token, of: Token, unit: Token) -> Part:
        return self.approximated_duration(_one(indef), word, of, unit)

    def bare_approximated_duration(self, word: Token, of: Token, unit: Token) -> Part:
        """ "una buona decina d'anni": a round number read whole with its article, of units of time."""
        return self.approximated_duration(_one(word), word, of, unit)

    def multiplied_scaled(self, first: Part | Token, multiplier: Token, *tokens: Token) -> Part:
        """ "a dozen million dollars", "une douzaine de millions d'euros": the multiple of a scale."""
        return self._scale(self.multiplied(_as_part(first), multiplier), tokens[-1])

    def one_multiplied(self, indef: Token, multiplier: Token) -> Part:
        return self.multiplied(_one(indef), multiplier)

    def fraction_multiplied(self, *tokens: Token) -> Part:
        """ "half a dozen", "mezza dozzina", "een half dozijn"."""
        denominator = next(t for t in tokens if t.type == "DENOM")
        part = self.fraction(_one(tokens[0]), denominator)
        return self.multiplied(part, tokens[-1])

    def fraction_alone(self, denominator: Token) -> Part:
        """ "more than half", "شربت نصف العصير": a fraction word alone is a quantity after a qualifier,
        or anywhere in a language that writes no article before it (checked in :meth:`start`)."""
        return replace(self.one_fraction(denominator, denominator), alone=True)

    def one_fraction(self, indef: Token, *tokens: Token) -> Part:
        """ "a fifth", "een - vierde" (the dash some write between). Never the end of a spelled numerator
        (:meth:`sum`): "$2bn a quarter" is an amount a quarter, not two billion and one over four."""
        return replace(self.fraction(_one(indef), tokens[-1]), over=None)

    def one_and_a_fraction(self, indef: Token, *tokens: Token) -> Part:
        """ "uno e mezzo", "un et un quart", "een en een vierde": one and a fraction."""
        return self.and_a_fraction(_one(indef), *tokens)

    def and_a_fraction(self, part: Part, *tokens: Token) -> Part:
        """ "one and a half", "3 millions et demi": the fraction of the last unit written. Where a fraction
        over one wants a plural denominator (English), one other than a half or a quarter takes its article
        after "and" ("and a tenth"): "one hundred and tenth anniversary" ranks."""
        _no_year_and_a_fraction(part)
        between = self.text[_end(tokens[0]) : _start(tokens[-1])].split()
        if (self.lex.plural_endings and normalize(str(tokens[-1])) not in self.lex.fraction_only
                and not any(w.casefold() in self.lex.values["INDEF"] for w in between)):
            raise NotAQuantity("'and' and an ordinal with no article: a rank ('the hundred and fifth anniversary')")
        d = Decimal(self.lex.value("DENOM", tokens[-1]))
        unit = Decimal(10) ** part.exponent
        return replace(part, value=part.value + unit / d, precision=part.precision / d, end=_end(tokens[-1]),
                       digits=False)

    def and_a_fraction_scaled(self, part: Part, *tokens: Token) -> Part:
        """ "три с половиной миллиарда": the number and its fraction, then the scale word; after a scaled
        number, the fraction of the same scale: "3 ملايين ونصف مليون", 3.5 million."""
        if part.scale is not None:
            if int(self.lex.value("SCALE", tokens[-1])) != part.exponent:
                raise NotAQuantity("two scale words")
            return replace(self.and_a_fraction(part, *tokens[:-1]), end=_end(tokens[-1]))
        return self._scale(self.and_a_fraction(part, *tokens[:-1]), tokens[-1])

    def sum(self, *items: Part | Token) -> Part:
        last = items[-1]
        if isinstance(last, Part) and last.over is not None and isinstance(items[-2], Part):
            # "one million two thousand two hundred three fifths": all the number before the denominator
            # is its numerator (after "and", a whole number and a fraction: "one million and three fifths")
            d = last.over
            numerator = self.sum(*items[:-1], replace(last, value=last.value * d, precision=last.precision * d, over=None))
            return replace(numerator, value=numerator.value / d, precision=numerator.precision / d, digits=False)
        parts = [p for p in items if isinstance(p, Part)]
        if any(p.share for p in parts):
            raise NotAQuantity("a share adds to no number: 'under 18 and one in four households' are two")
        if any(0 < abs(p.value) < 1 for p in parts[1:]):
            _no_year_and_a_fraction(parts[0])
        if (len(items) == 2 and len(parts) == 2 and parts[0].precision < _HALF and parts[1].start == parts[0].end
                and _VULGAR.fullmatch(self.text, parts[1].start, parts[1].end)):
            # "$6.77½ a bushel", "$5,82½": a fraction written onto decimals is of their last place, as grain and bond
            # prices are quoted (6.775)
            whole, glued = parts
            return replace(whole, value=whole.value + glued.value * 2 * whole.precision, end=glued.end,
                           precision=whole.precision / 2)
        for before, item in itertools.pairwise(items):
            written = self.text[item.start : item.end] if isinstance(item, Part) else ""
            mixed = "/" in written or _VULGAR.search(written)  # "2 1/4", "2 ½"
            if isinstance(item, Part) and 0 < abs(item.value) < 1 and not mixed and (isinstance(before, Part) or _DIGIT.search(written)):
                # (and a figure with decimals adds to nothing after it either: "entre 0,3 et 0,6 point" is no 0.9)
                raise NotAQuantity("a fraction adds to a number only after 'and', and only in words: 'one and a half'")
        if len(parts) == 2 and parts[0].scale is None and 0 < parts[0].value < 1000 and parts[1].scale is not None:
            unit = Decimal(10) ** parts[1].exponent
            if 0 < parts[1].value < unit:
                # "five and a half million", "drie en een half miljard": the scale applies to both.
                return replace(parts[1], value=parts[0].value * unit + parts[1].value, start=parts[0].start)
        joined = next((item for item in items if not isinstance(item, Part)), None)
        for bigger, smaller in itertools.pairwise(parts):
            if smaller.exponent >= bigger.exponent and not 0 < abs(smaller.value) < 1:
                raise NotAQuantity("a sum of amounts must go from larger to smaller scale words")
            if (joined is None and abs(smaller.value) < 1000 and not 0 < abs(smaller.value) < 1
                    and _DIGIT.search(self.text, bigger.start, bigger.end) and not _DIGIT.search(self.text, smaller.start, smaller.end)):
                # "tegen 25 miljoen twee jaar geleden", "25 million two years ago": with no "and" and no scale
                # of its own, no sum goes on from figures to words ("3 hundred and one", "2 millions cinq cent
                # mille euros", "1 миллион двести тысяч рублей" are one)
                raise NotAQuantity("a figure and a spelled number after it are two numbers")
            if (bigger.exponent > 0 and bigger.value.scaleb(-bigger.exponent) % 1
                    and _DIGIT.search(self.text, bigger.start, bigger.end)):
                # "$9.7bn and 20,000 employees": a scaled figure written with decimals is whole, no amount adds to it
                # ("3 مليارات و200 مليون", "1 млн 500 000 рублей" are one)
                raise NotAQuantity("a scaled figure with decimals and an amount after it are two numbers")
            if smaller.value <= 0:  # "4 thousand 3 hundred and 0", "3 hundred and negative one": two numbers
                raise NotAQuantity("a sum adds positive amounts")
            if joined is None and bigger.exponent > 0 and _YEAR_FIGURE.fullmatch(self.text, smaller.start, smaller.end):
                # "the $5m 2024 budget", "за 9М 2024 года": a year's four figures after a scaled one are the next number
                # ("2 тыс. 500 руб.", "1 млн 500 000 рублей" are one)
                raise NotAQuantity("a scaled figure and a year after it are two numbers")
            if (joined is None and bigger.exponent >= 6 and smaller.exponent == 0 and _DIGIT.search(self.text, smaller.start, smaller.end)
                    and abs(smaller.value) < Decimal(10) ** (bigger.exponent - 3) and smaller.start > bigger.end):
                # "превысила $3 трлн 5 июня", "passed $3 trillion 5 June": a small figure after millions and more is the
                # next number, a day's say; the figures a sum goes on with fill the scale's thousands ("1 млн 500 000"; a
                # figure written onto the letter is read by the measures after, "a 75m2 flat")
                raise NotAQuantity("a scaled figure and a much smaller figure after it are two numbers")
        # "one million and a half": a fraction after a scaled part is a fraction of its scale.
        values = [abs(parts[0].value)]
        for before, part in itertools.pairwise(parts):
            fraction = 0 < abs(part.value) < 1 and part.exponent == 0
            values.append(abs(part.value).scaleb(before.exponent) if fraction else abs(part.value))
        # "minus three million two hundred thousand": the sign of the first part is the sum's.
        sign = -1 if parts[0].value < 0 else 1
        return replace(
            parts[0],
            value=sign * sum(values, Decimal(0)),
            precision=parts[-1].precision,
            end=parts[-1].end,
        )

    # ---- measures ----
    def _currency(self, part: Part, token: Token, before: bool) -> Part:
        code = self.lex.value(token.type, token)
        start = _start(token) if before else part.start
        end = part.end if before else _end(token)
        return replace(part, kind=CURRENCY, unit=code, start=start, end=end, digits=False)

    def money_before(self, sign: Token, part: Part) -> Part:
        return self._currency(part, sign, before=True)

    def negative_money_before(self, neg: Token, sign: Token, part: Part) -> Part:
        """ "-$8,400", "negative $14 million", "−€3bn": the sign of the amount written before its currency."""
        money = self._currency(part, sign, before=True)
        return replace(money, value=-money.value, start=_start(neg))

    def money_after(self, part: Part, sign: Token) -> Part:
        return self._currency(part, sign, before=False)

    def money_words(self, part: Part, *tokens: Token) -> Part:
        if part.share:
            return part  # "one in five pounds of public spending", "Een op de vijf euro": a share of the money, no sum
        return self._currency(part, tokens[-1], before=False)

    def money_code_scale(self, part: Part, sign: Token, scale: Token) -> Part:
        """ "75 USD million": the code written between the figure and its scale word."""
        if part.scale is not None:
            raise NotAQuantity("two scale words")
        return replace(self._currency(self._scale(part, scale), sign, before=False), end=_end(scale))

    def money_scaled(self, *items: Part | Token) -> Part:
        """ "30 MUSD", "MEUR 120": millions of the currency named by the code."""
        part = next(i for i in items if isinstance(i, Part))
        token = next(i for i in items if isinstance(i, Token))
        code, power = self.lex.value("CUR_SCALED", token)
        if part.scale is not None:
            raise NotAQuantity("a scaled code after a scale word")
        scaled = replace(part, value=part.value.scaleb(power), precision=part.precision.scaleb(power),
                         scale=str(token)[: len(str(token)) - 3], scale_span=(_start(token), _end(token) - 3),
                         exponent=power, digits=False)
        before = token is items[0]
        return replace(scaled, kind=CURRENCY, unit=code, start=_start(token) if before else part.start,
                       end=part.end if before else _end(token))

    def money_one(self, indef: Token, word: Token) -> Part:
        return self._currency(_one(indef), word, before=False)

    def money_dual(self, token: Token) -> Part:
        """ "دولارين": two dollars in one word."""
        return self._currency(_counted(token, Decimal(2), _HALF), token, before=False)

    def percent(self, part: Part, token: Token) -> Part:
        if self.lex.values["PCT"].get(self.lex.fold(token)) == "permille":  # "0,5 ‰", "3 per mille": tenths of a percent
            part = replace(part, value=part.value * TENTH, precision=part.precision * TENTH, per_unit=TENTH)
        return replace(part, kind=PERCENT, unit="percent", end=_end(token), digits=False)

    def percent_before(self, token: Token, part: Part) -> Part:
        """ "een percentage van 30", "بالمائة 10": the percent word before the figure."""
        return replace(part, kind=PERCENT, unit="percent", start=_start(token), digits=False)

    def percent_half(self, token: Token) -> Part:
        """ "полпроцента": half a percent in one word."""
        return replace(_counted(token, _HALF, _HALF / 2), kind=PERCENT, unit="percent", digits=False)

    def points(self, part: Part, token: Token) -> Part:
        return replace(part, kind=PERCENT, unit="percentage_point", end=_end(token), digits=False)

    def one_point(self, indef: Token, token: Token) -> Part:
        """ "a percentage point", "un point de pourcentage", "un punto percentuale", "een procentpunt"; a bare point
        (``points_words``) too, which extract keeps only as a rate's or a poll's change ("edged up a point to 91%"; not
        "un point de vue", "il a marqué un point")."""
        return self.points(_one(indef), token)

    def _a_bare_point(self, part: Part) -> bool:
        """Whether ``part`` is written as an article and a bare point ("a point", "un punto"), a change by a point at most."""
        words = self.text[part.start : part.end].split()
        return part.unit == "percentage_point" and len(words) == 2 and normalize(words[-1]) in self.lex.points_words

    def basis_points(self, part: Part, token: Token) -> Part:
        """ "cut rates by 25 basis points": hundredths of a percentage point."""
        # (the lower end of a range takes the hundredths too: "a cut of 50-100 basis points")
        return replace(self.points(part, token), value=part.value * HUNDREDTH, precision=part.precision * HUNDREDTH,
                       per_unit=HUNDREDTH)

    def fraction_of_percent(self, denominator: Token, indef: Token, unit: Token) -> Part:
        """ "half a percent"."""
        return self.percent(self.one_fraction(denominator, denominator), unit)

    def fraction_of_a_percent(self, first: Part | Token, denominator: Token, *tokens: Token) -> Part:
        """ "a third of a percent", "two thirds of a percent"."""
        return self.percent(self.fraction(_as_part(first), denominator), tokens[-1])

    def approximated_percent(self, first: Part | Token, word: Token, of: Token, unit: Token) -> Part:
        """ "a couple of percent", "une dizaine de pour cent": a round number of percent, about."""
        return self.percent(self.approximated(_as_part(first), word), unit)

    def approximated_points(self, first: Part | Token, word: Token, of: Token, unit: Token) -> Part:
        """ "a couple of percentage points", "une dizaine de points de pourcentage"."""
        return self._points(self.approximated(_as_part(first), word), unit)

    def fraction_of_points(self, denominator: Token, *tokens: Token) -> Part:
        """ "half a percentage point", "half a basis point", "mezzo punto percentuale"."""
        return self._points(self.one_fraction(denominator, denominator), tokens[-1])

    def fraction_point(self, first: Part | Token, denominator: Token, point: Token) -> Part:
        """ "a quarter-point cut", "a three-quarter-point hike": a fraction of a percentage point, as central-bank copy
        writes it, the fraction joined to the word of a decimal point with a hyphen (not "a third point to consider", "un
        quarto punto", "A half point lead")."""
        if self.text[_end(denominator) : _start(point)] not in ("-", "‐"):
            raise NotAQuantity("a fraction and a point make a percentage point only joined by a hyphen: 'a quarter-point cut'")
        return self.points(self.fraction(_as_part(first), denominator), point)

    def fraction_of_a_bare_point(self, first: Part | Token, denominator: Token, *tokens: Token) -> Part:
        """ "un quarto di punto", "a quarter of a point": a fraction of a percentage point, as rate copy writes it."""
        return self.points(self.fraction(_as_part(first), denominator), tokens[-1])

    def fraction_of_bare_points(self, denominator: Token, *tokens: Token) -> Part:
        """ "mezzo punto", "half a point", "un demi point"."""
        return self.points(self.one_fraction(denominator, denominator), tokens[-1])

    def fraction_of_a_point(self, first: Part | Token, denominator: Token, *tokens: Token) -> Part:
        """ "a quarter of a percentage point", "un quart de point de pourcentage"."""
        return self._points(self.fraction(_as_part(first), denominator), tokens[-1])

    def _points(self, part: Part, unit: Token) -> Part:
        return self.basis_points(part, unit) if unit.type == "BP" else self.points(part, unit)

    def _duration(self, part: Part, unit_token: Token) -> Part:
        unit = self.lex.value(unit_token.type, unit_token)
        value, precision = part.value, part.precision
        if part.digits and normalize(unit_token) in self.lex.century_named_after_figure:
            raise NotAQuantity("a figure before 'century' names the century: 'технологии 21 века'")
        if part.share:
            raise NotAQuantity("one in a number of units of time is a rate: 'uno ogni 110 minuti'")
        if unit in COUNTED_IN:  # "three decades", "a quarter century": in years
            unit, times = COUNTED_IN[unit]
            if part.scale is not None and times > 1:
                # thousands of decades are no spell news speaks of: the word names something counted ("134 ألف عقد زواج",
                # marriage contracts; "عقد" is a decade and a contract)
                raise NotAQuantity("a scaled number of decades or centuries")
            return replace(part, kind=DURATION, unit=unit, value=value * times, precision=precision * times,
                           digits=False, per_unit=times)
        return replace(part, kind=DURATION, unit=unit, value=value, precision=precision, digits=False)

    def duration(self, part: Part, *tokens: Token) -> Part:
        unit = tokens[-1]
        if part.alone or self.lex.value("DUR", unit) == "century":
            last = normalize(self.text[part.start : part.end].split()[-1])
            ordinal = last in self.lex.values["DENOM"] or self.lex.ordinal_value(last) is not None
            if ordinal and not self.lex.fraction_alone and last not in self.lex.fraction_only:
                # "the third year", "the twenty-first century" rank; "четверть века", "a quarter
                # century", "ربع قرن", "een halve eeuw" are spells of time ("a fifth year": _is_rank)
                raise NotAQuantity("an ordinal before a unit of time ranks it")
            if part.alone and last in self.lex.fraction_with_article:
                raise NotAQuantity("a fraction noun before a unit of time names a point: 'A metà settimana'")
            part = replace(part, alone=False)
        if (
            part.digits and self.lex.years_after_from <= int(part.value) < YEAR_FIGURES.stop
            and self.lex.value("DUR", unit) == "year"
            and normalize(str(unit)) in self.lex.values["YEAR_AFTER"]
        ):  # "2021 год", "Документы 1600 года", "the 2020 year-end": a year named with the word for year
            # after it (``year_words_after``); "2000 years", "2000 лет" are spells of time (and "a 1500 year old church": extract._age)
            return replace(part, kind=YEAR, precision=Decimal(0), end=_end(unit), digits=False)
        return replace(self._duration(part, unit), start=part.start, end=_end(unit))

    def duration_linked(self, part: Part, link: Token, unit: Token) -> Part:
        """ "3,2 millions d'années", "150 milioni di anni", "une douzaine d'heures": a scaled or multiplied
        number, the link word and a unit of time (only after a scale or a multiplier: "dix d'années" is no
        French)."""
        multiplied = normalize(_LAST_WORD.split(self.text[part.start : part.end])[-1]) in self.lex.values["MULT"]
        if part.scale is None and not multiplied:
            raise NotAQuantity("a link word before a unit of time only after a scale word or a multiplier")
        return self.duration(part, unit)

    def duration_and_a_half(self, part: Part, unit: Token, *tokens: Token) -> Part:
        """ "deux ans et demi", "due secoli e mezzo": the fraction of one unit of time; after hours, a fraction that is an
        ordinal too, with its article ("due ore e un quarto", "un'ora e un quarto": an hour has its quarters)."""
        of_an_hour = tokens[-2].type == "INDEF" and self.lex.value(unit.type, unit) == "hour"
        if part.alone or not (self.lex.fraction_alone or normalize(str(tokens[-1])) in self.lex.fraction_only or of_an_hour):
            raise NotAQuantity("'and' and an ordinal after a spell of time: 'two years and a third party'")
        if self.lex.article_before_half and tokens[-2].type != "INDEF":
            raise NotAQuantity("'and half' with no article halves what follows: 'a year and half the staff'")
        if (self.lex.fraction_after_with and self.lex.value("AND", tokens[0]) == "fraction_and"
                and normalize(str(tokens[-1])) not in self.lex.fraction_after_with):
            raise NotAQuantity("'с половины мая' is 'from mid-May'")
        return replace(self.duration(self.and_a_fraction(part, tokens[-1]), unit), end=_end(tokens[-1]))

    def points_and_a_half(self, part: Part, unit: Token, *tokens: Token) -> Part:
        """ "un punto percentuale e mezzo", "deux points de pourcentage et demi": 1.5 and 2.5 points."""
        if part.alone or not (self.lex.fraction_alone or normalize(str(tokens[-1])) in self.lex.fraction_only):
            raise NotAQuantity("'and' and an ordinal after points: 'two points and a third party'")
        if self.lex.article_before_half and tokens[-2].type != "INDEF":
            raise NotAQuantity("'and half' with no article halves what follows: 'a point and half the staff'")
        return replace(self._points(self.and_a_fraction(part, tokens[-1]), unit), end=_end(tokens[-1]))

    def one_point_and_a_half(self, indef: Token, unit: Token, *tokens: Token) -> Part:
        """ "un punto e mezzo", "un point et demi"; a bare point kept by extract only as a rate's or a poll's change."""
        return self.points_and_a_half(_one(indef), unit, *tokens)

    def fraction_of_duration(self, denominator: Token, indef: Token, unit: Token) -> Part:
        """ "half a century", "half a year", "een halve eeuw"."""
        return self.duration(self.fraction_alone(denominator), indef, unit)

    def one_duration_and_a_half(self, *tokens: Token) -> Part:
        """ "a year and a half", "un an et demi", "every year and a half", "час с половиной", "عام ونصف"."""
        at = 1 if tokens[0].type == "INDEF" else 0
        if not at and self.lex.definite_prefixes and normalize(str(tokens[0])).startswith(self.lex.definite_prefixes):
            raise NotAQuantity("'the year' is none: 'الأمين العام ونصف الأعضاء' (the secretary-general)")
        return replace(self.duration_and_a_half(_one(tokens[0]), *tokens[at:]), start=_start(tokens[0]))

    def dual_duration_and_a_half(self, dual: Token, *tokens: Token) -> Part:
        """ "عامين ونصف": two years and a half (of the unit the dual names)."""
        return self._duration(self.and_a_fraction(_counted(dual, Decimal(2), _HALF), tokens[-1]), dual)

    def fraction_of_a_duration_alone(self, denominator: Token, *tokens: Token) -> Part:
        """ "over the past quarter of a century", "la moitié d'une année": the fraction with no number before it."""
        return replace(self._duration(self.fraction_alone(denominator), tokens[-1]), end=_end(tokens[-1]), alone=False)

    def fraction_of_a_duration(self, first: Part | Token, denominator: Token, *tokens: Token) -> Part:
        """ "a quarter of a century", "un quart de siècle", "two thirds of a year"."""
        part = self.fraction(_as_part(first), denominator)
        return replace(self._duration(part, tokens[-1]), end=_end(tokens[-1]))

    def duration_after(self, unit: Token, word: Token) -> Part:
        """ "السنوات الثلاث", "عام واحد": a unit, then its number, where the language writes it so
        (``number_after_unit``; not "In the final minutes two goals")."""
        if not self.lex.number_after_unit:
            raise NotAQuantity("a number after a unit of time counts it only where the language writes it so")
        part = self.spelled(word)
        if part.value != 1 and self.lex.fold(normalize(str(unit))) in self.lex.singular_units:
            raise NotAQuantity("after a unit in the singular only one counts it: \"الدين العام ثلاث مرات\" is no spell")
        return replace(self._duration(part, unit), start=_start(unit), end=_end(word))

    def race_time(self, token: Token) -> Part:
        """ "2:01:09", "7:35:29.5": hours, minutes and seconds, a spell of seconds ("3:49.04": minutes,
        seconds and hundredths); so are the forms
        with the language's marks ("2 h 05 min 30 s", "4 h 19", "3 min 28", "4 min 02 s 50", 9"80):
        a figure without a mark is in the unit after the one before it, and figures after the
        seconds' mark are hundredths."""
        text = to_ascii_digits(str(token))
        if _DOTTED_MINUTES.fullmatch(text):
            text = text.replace(".", ":", 1)  # "1.11,83": minutes, a dot, seconds and a decimal comma (skating, skiing)
        if ":" in text:
            # ("3:49.04", minutes, seconds and hundredths: a mile or a 1,500 metres)
            hours, minutes, seconds = (["0"] if text.count(":") == 1 else []) + text.replace(",", ".").split(":")
            exact = Decimal(seconds)
            value = Decimal(hours) * 3600 + Decimal(minutes) * 60 + exact
            precision = _HALF.scaleb(exact.as_tuple().exponent)  # type: ignore[arg-type]
            return Part(value, precision, _start(token), _end(token), kind=DURATION, unit="second", digits=False)
        total, unit, precision, after_seconds = Decimal(0), "", _HALF, False
        parts = RACE_PARTS.findall(text)
        if len(parts) == 1 and parts[0][1].isupper():
            raise NotAQuantity("a capital after a figure is a name's letter: \"Carrera 3.8 S\"")
        for figure, mark in parts:
            if after_seconds:
                total += Decimal(f"0.{figure}")
                precision = _HALF.scaleb(-len(figure))
                continue
            mark = normalize(mark)
            alone = mark in self.lex.race_seconds_alone or mark in self.lex.race_seconds_final
            unit = ((self.lex.race_marks.get(mark) or ("second" if alone else None)) if mark else None) or _NEXT_UNIT.get(unit, "")
            if not unit:
                raise NotAQuantity(f"no unit for {figure!r} in the race time {text!r}")
            size = SPELL_UNITS[unit][0]
            exact = Decimal(figure.replace(",", "."))  # (seconds may have decimals: "1 min 10,270", "9.58 s")
            total += exact * size
            precision = _HALF.scaleb(exact.as_tuple().exponent) * size  # type: ignore[arg-type]
            after_seconds = unit == "second" and bool(mark)
        # in its smallest unit, as "2 heures 5 minutes" is 125 minutes
        size = SPELL_UNITS[unit][0]
        return Part(total / size, precision / size, _start(token), _end(token), kind=DURATION, unit=unit, digits=False)

    def duration_dual(self, token: Token) -> Part:
        """ "عامين": two years in one word."""
        return self._duration(_counted(token, Decimal(2), _HALF), token)

    def duration_half(self, *tokens: Token) -> Part:
        """ "полгода", "(een) halfuur", "(una) mezz'ora": half a unit of time in one word."""
        return replace(self._duration(_counted(tokens[-1], _HALF, _HALF / 2), tokens[-1]), start=_start(tokens[0]))

    def plain(self, part: Part) -> Part:
        if part.digits and int(part.value) in YEAR_FIGURES and part.value == part.value.to_integral():
            return replace(part, kind=YEAR, unit=None, precision=Decimal(0))
        return part

    def _year(self, num: Token, start: int, end: int, word: Token) -> Part:
        value, _ = parse_number(str(num), self.lex)
        # a year of three figures only with a word that names nothing else ("в 988 году", "عام 622"); any year
        # with an era after Christ, as written ("79 AD", "nell'80 d.C."; not "79 ad spots")
        early = (len(str(num)) == 3 and normalize(str(word)) in self.lex.year_words_early) or (
            " ".join(str(word).split()) in self.lex.ad_eras and int(value) > 0)
        if not str(num).isdigit() or (int(value) not in YEAR_FIGURES and not early):
            raise NotAQuantity("not a year")
        return Part(value, Decimal(0), start, end, kind=YEAR)

    def year_before(self, word: Token, num: Token) -> Part:
        return self._year(num, _start(word), _end(num), word)

    def year_after(self, num: Token, word: Token) -> Part:
        return self._year(num, _start(num), _end(word), word)

    # ---- dates ----
    def _date(self, day: Token, month: int, year: Token | None, start: int, end: int) -> Part:
        digits = _LEADING_DIGITS.match(to_ascii_digits(str(day))) if day.type == "DAY" else None
        if day.type == "DAY" and digits is None:
            day = Token("NUM", str(self.lex.value("DAY", day)))  # "dal primo gennaio"
        written = digits.group() if digits else str(day)  # "1er", "25th", "25-го": the figure
        if not written.isdigit() or (year is not None and not str(year).isdigit()):
            raise NotAQuantity("a date's day and year are whole numbers")
        d = int(to_ascii_digits(written))
        y = int(to_ascii_digits(str(year))) if year is not None else None
        try:
            date = CalendarDate(y, month, d)
        except ValueError as exc:
            raise NotAQuantity(str(exc)) from exc
        return Part(Decimal(0), Decimal(0), start, end, kind=DATE, unit=date)  # type: ignore[arg-type]

    def date_dmy(self, day: Token, month: Token, *rest: Token) -> Part:
        year = next((t for t in rest if t.type == "NUM"), None)
        if year is not None and len(str(year)) < 4 and not any(t.type == "YEAR_AFTER" for t in rest):
            # "won 1 March 3 at", "1 March 25", "On 12 May 300 workers walked out", "op 7 april 420 bekeuringen": a figure of
            # one to three digits is a year only with its word ("25 December 800" is read as a day and a number)
            raise NotAQuantity("a year of one to three digits after a month needs its year word")
        end = _end(rest[-1]) if rest else _end(month)
        return self._date(day, int(self.lex.value("MONTH", month)), year, _start(day), end)

    def date_dmy_spelled(self, tens: Token, day: Token, month: Token, *rest: Token) -> Part:
        """ "тридцать первого декабря", "двадцать пятое октября 2025 года": a tens word and the day's unit."""
        value, unit = self.lex.value("NUMWORD", tens), self.lex.value("DAY", day)
        if value not in (20, 30) or not 0 < unit < 10:
            raise NotAQuantity("a spelled day is a tens word and a unit")
        part = self.date_dmy(Token("NUM", str(value + unit)), month, *rest)
        return replace(part, start=_start(tens))

    def date_day_of_month(self, day: Token, of: Token, month: Token, *rest: Token) -> Part:
        """ "the 5th of September (2025)", "the 6th of March, 2026" (after a comma, a year has four digits:
        not "On the 6th of March, 300 people")."""
        if rest and rest[0].type == "COMMA" and (len(rest) == 1 or len(str(rest[1])) != 4):
            raise NotAQuantity("after a comma, a year has four digits")
        return self.date_dmy(day, month, *(t for t in rest if t.type != "COMMA"))

    def date_mdy(self, month: Token, day: Token, *rest: Token) -> Part:
        if not any(t.type == "NUM" for t in rest) and day.type == "NUM" and _MONTH_YEAR.fullmatch(to_ascii_digits(str(day))):
            # "in March 2024", "en mars 2024", "в марте 2024 года", "في مارس 2024": a month of a year (no
            # day of a month has four digits)
            word = next((t for t in rest if t.type == "YEAR_AFTER"), None)  # ("марте 2024 года"; not a comma after)
            return Part(Decimal(0), Decimal(0), _start(month), _end(word) if word is not None else _end(day), kind=DATE,
                        unit=self._month_of_year(month, day))  # type: ignore[arg-type]
        if not self.lex.month_first:
            raise NotAQuantity("the language writes the day before its month ('в мае 5 человек' is no date)")
        year = next((t for t in rest if t.type == "NUM"), None)
        if year is not None and len(str(year)) != 4:
            # a figure after "March 3," is its year only with four digits: "On March 3, 5 protesters"
            raise NotAQuantity("after a day written month first, a year has four digits")
        end = _end(year) if year is not None else _end(day)
        return self._date(day, int(self.lex.value("MONTH", month)), year, _start(month), end)

    def day_alone(self, day: Token) -> Part:
        """An ordinal day as the first end of a range of days: "du 1er au 3 octobre" (alone it states
        nothing: "the 21st century")."""
        digits = _LEADING_DIGITS.match(to_ascii_digits(str(day)))
        value = Decimal(digits.group()) if digits else Decimal(self.lex.value("DAY", day))  # "dal primo al 5 marzo"
        return Part(value, Decimal(0), _start(day), _end(day), kind=DATE)

    def range_months(self, *tokens: Token) -> RangePart:
        """ "from January to March 2024", "В марте–апреле 2025 года", "in June and July 2024": months of
        one year, the year written once after the last, running forward."""
        first, last = (t for t in tokens if t.type == "MONTH")
        year = next(t for t in tokens if t.type == "NUM")
        if not _MONTH_YEAR.fullmatch(to_ascii_digits(str(year))):
            raise NotAQuantity("a range of months has its year written after it")
        low, high = self._month_of_year(first, year), self._month_of_year(last, year)
        if low.month >= high.month:
            raise NotAQuantity("a range of months runs forward")
        end = _end(tokens[-1]) if tokens[-1].type == "YEAR_AFTER" else _end(year)
        return RangePart(Part(Decimal(0), Decimal(0), _start(tokens[0]), end, kind=DATE, unit=low), high)  # type: ignore[arg-type]

    def _month_of_year(self, month: Token, year: Token) -> CalendarDate:
        """The month ``month`` of the year written as ``year``, a date with no day."""
        try:
            return CalendarDate(int(to_ascii_digits(str(year))), int(self.lex.value("MONTH", month)), None)
        except ValueError as exc:
            raise NotAQuantity(str(exc)) from exc

    def date_mdy_range(self, month: Token, first: Token, sep: Token, last: Token, *rest: Token) -> RangePart:
        """ "September 3-5, 2025", "September 3 to 5": two days of one month."""
        year = next((t for t in rest if t.type == "NUM"), None)
        high = self.date_mdy(month, last, *([year] if year is not None else []))
        low = self._date(first, int(self.lex.value("MONTH", month)), year, _start(month), _end(first))
        return self._range(low, high, _start(month))

    def range_mdy(self, *tokens: Token) -> RangePart:
        """ "March 30-April 2, 2026", "from March 30 to April 2", "between March 3 and 5": two days
        written month first; the second without its month is in the first one's month."""
        at = next(i for i, t in enumerate(tokens) if i > 1 and t.type in ("TO", "DASH", "AND"))
        first, second = [t for t in tokens[:at] if t.type in _DAY_PARTS], [t for t in tokens[at + 1 :] if t.type in _DAY_PARTS]
        own_month = second[0].type == "MONTH"
        if not own_month:
            second = [first[0], *second]
        low, high = self.date_mdy(*first), self.date_mdy(*second)
        if isinstance(low.unit, CalendarDate) and isinstance(high.unit, CalendarDate) and low.unit.day is high.unit.day is None and own_month:
            # "between June 2015 and June 2016", "van januari 2021 tot december 2023", "с января 2021 года по декабрь
            # 2023 года": a month of one year to a later month, each with its year
            if (low.unit.year, low.unit.month) >= (high.unit.year, high.unit.month):  # type: ignore[operator]
                raise NotAQuantity("a range of months runs forward")
            return RangePart(replace(low, start=_start(tokens[0]), end=_end(tokens[-1])), high.unit)
        return RangePart(_date_range(low, high, _start(tokens[0])), high.unit)

    def date_numeric(self, token: Token, *rest: Token) -> Part:
        raw = to_ascii_digits(str(token))
        if "-" in raw and raw.index("-") == 4:  # ("2025-09-25"; Dutch writes "14-02-2022")
            y, m, d = raw.split("-")
        else:
            d, m, *years = raw.replace("/", ".").replace("-", ".").split(".")  # ("30/6": no year)
            y = years[0] if years else ""
        end = _end(rest[-1]) if rest else _end(token)
        year = Token("NUM", y) if y else None
        return self._date(Token("NUM", d), int(m), year, _start(token), end)

    # ---- ranges ----
    def _range(self, low: Part, high: Part, start: int, explicit: bool = False, dash: bool = False,
               thousands: bool = False) -> RangePart:
        """Both ends of a range; ``explicit`` when it opened with "from"/"between", so that a bare
        upper end takes the lower end's unit ("от 10 долларов до 20"); ``dash`` when a dash joins
        them, so that a sign before the range applies to both ends ("$3-4 billion", not "$20 to 30
        families"); ``thousands`` when it opened with no "from", so that the lower end may count in the upper end's
        round thousands as after a dash ("entre 2 et 3 000 emplois", "80 à 90 000 fonctionnaires"; "from 1 to 5,000"
        runs from one)."""
        if low.alone or high.alone:
            raise NotAQuantity("a fraction word alone is no end of a range ('the quarter to $254 million')")
        if self._a_bare_point(low) or self._a_bare_point(high):
            raise NotAQuantity("an article and a bare point are no end of a range ('d'un point à 7 500')")
        if DATE in (low.kind, high.kind):
            return RangePart(_date_range(low, high, start), _upper(high))
        # "1500 to 2000 dollars", "1450 to 1900 dollars": with "to" alone, a figure in round fifties and no recent year before
        # a larger amount of money or a percent, of no scale and less than ten times it, is the range's lower end ("rose in 2019
        # to 2500 dollars", "rose in 1985 to 4,000 dollars" are years)
        amount_to = (low.kind is YEAR and high.kind in (CURRENCY, PERCENT) and high.scale is None and low.scale is None
                     and low.value not in RECENT_YEARS and low.value % 50 == 0 and low.value < high.value <= low.value * 10)
        if (
            not explicit and (not dash or high.scale is not None) and low.kind is YEAR and low.scale is None
            and high.kind is not YEAR and (high.scale is not None or not high.digits) and not amount_to
        ):
            # "from 4.2 million units in 2022 to 5.1 million", "van 47.000 in 2022 tot 38.000": the year
            # ends one level, the figure after "to" (scaled, or grouped as no year is) is the next
            raise NotAQuantity("a year is no lower end of a range to a scaled or grouped figure")
        if (explicit and low.kind is YEAR and low.scale is None and high.scale is not None
                and low.value in RECENT_YEARS and high.value > low.value * _FARTHEST_ENDS):
            # "portando il totale dal 2022 a 1,5 miliardi", "from 2022 to 1.5 billion": since the year, to
            # the amount (but "between 1500 and 2 million people", "from 1200 to 15 million dollars" are
            # ranges)
            raise NotAQuantity("a year is no lower end of a range to a figure ten thousand times larger")
        if (explicit or dash or amount_to) and low.kind is YEAR and high.kind not in _YEARS_AND_NUMBERS and (
                high.scale is None or low.value not in RECENT_YEARS):
            # "от 1500 до 12 000 рублей", "between 1500 and 2000 euros", "от 1500 до 12 тыс. рублей": a figure that
            # looks like a year and an amount after it
            low = replace(low, kind=NUMBER, precision=_HALF)
        if (high.kind is YEAR and not high.digits and low.kind is NUMBER and low.digits
                and 100 <= low.value < high.value and low.value == low.value.to_integral_value()):
            # "с 1762 по 1796 год", "tra il 1490 e il 1510 d.C.": a year's word after the upper end names both
            low = replace(low, kind=YEAR, precision=Decimal(0))
        if {low.kind, high.kind} == {YEAR, NUMBER}:
            # "1000-5000": figures that only look like a year when alone.
            low, high = replace(low, kind=NUMBER), replace(high, kind=NUMBER)
        if low.kind is NUMBER and high.kind is not NUMBER:
            # "from 2 to 3 decades": the low end counts the same unit words
            # (but a figure with decimals before a subunit is in whole units, and no lower end: "fell 1.10 to 95 cents" is
            # no range of $0.011 to $0.95)
            per_unit = high.per_unit if high.kind is not CURRENCY or low.value == low.value.to_integral_value() else Decimal(1)
            low = replace(low, kind=high.kind, unit=high.unit, value=low.value * per_unit, precision=low.precision * per_unit,
                          per_unit=per_unit)
        elif explicit and high.kind is NUMBER and low.kind is not NUMBER and (
            high.scale is None or low.scale is not None or low.kind is CURRENCY
        ):  # not "de 15 % à 415,9 millions": a scaled upper end names its own unit (but money keeps its
            # currency: "da 100.000 euro a 1 milione")
            high = replace(high, kind=low.kind, unit=low.unit)
        elif (
            (dash or (high.scale is not None and low.value < high.value.scaleb(-high.exponent)))
            and low.kind is CURRENCY and high.kind in (NUMBER, YEAR) and not self.text[low.start].isdigit()
        ):
            # "$3-4 billion", "€5-6 млн", "$1500-2000", "$3 to 4 billion": a sign written before the range applies
            # to both ends (with "to", only before a scale and from less than its number: "gave $20 to 30 families",
            # "sent $1,400 to 85 million Americans")
            high = replace(high, kind=low.kind, unit=low.unit, precision=high.precision or _HALF)
        if (low.kind, low.unit) != (high.kind, high.unit):
            raise NotAQuantity("the ends of a range measure different things")
        # "between three and five thousand", "entre trois et cinq mille": the spelled lower end counts in the
        # upper end's thousands (or hundreds: "four to five hundred", "vijf- tot zeshonderd miljoen", "entre deux
        # et trois mille milliards", whose scale both ends then share); so does any lower end before a word of
        # round numbers ("2-3 десятка", 20 to 30); a lower end of hundreds, in the thousands alone ("entre cent
        # et deux cent mille", "between one hundred and two hundred thousand": 100,000 to 200,000)
        multiplied = False
        if (high.multiplier and low.scale is None and low.value == low.value.to_integral_value()
                and (high.approximate or not _has_digit(self.text[low.start : low.end]))):
            for multiplier in dict.fromkeys((high.multiplier, 1000 if high.multiplier > 1000 and high.multiplier % 1000 == 0 else 0)):
                if multiplier and 0 < low.value < high.value.scaleb(-high.exponent) / multiplier:
                    low, multiplied = replace(low, value=low.value * multiplier), True
                    break
        if low.scale is None and high.scale is not None and (
            multiplied or abs(low.value) < 1000
            or (high.exponent >= 6 and 0 < low.value < high.value.scaleb(-high.exponent))  # ("tra 1.000 e 2.700 miliardi")
        ) and (
            multiplied or high.value.scaleb(-high.exponent) != 1 or not 0 < low.value < 1000
            or _has_digit(self.text[high.start : high.end])
        ):  # (not to a scale word alone, one of it: "от пятисот до тысячи", from 500 to 1,000; "0,5–1 млн" is one's figure)
            exponent = high.exponent
            if not multiplied and low.value < high.value <= low.value.scaleb(exponent):
                # where the scale would take the lower end past the upper, the scale below it where that keeps the two
                # within ten times ("от 900 до 1,1 млрд рублей": 900 million), else none ("от 500 до 12 тыс. рублей")
                exponent = exponent - 3 if high.value <= low.value.scaleb(exponent - 3) * 10 < high.value * 10 else 0
            low = replace(low, value=low.value.scaleb(exponent), precision=low.precision.scaleb(exponent))
        if dash and low.value < 0 < high.value and -low.value < high.value and self.text[high.start : high.start + 1].isdigit():
            # "минус 50–55 градусов", "minus 20-25C", "-20–25 °C": the minus before a range joined by a dash is both ends'
            # (-55 to -50; "от минус 5 до 10" and "-5 to +10" run across zero)
            low, high = replace(low, value=-high.value, precision=high.precision), replace(high, value=low.value, precision=low.precision)
        if ((dash or (thousands and low.value > 1)) and low.scale is None and high.scale is None and low.value == low.value.to_integral_value()
                and low.value * 1000 < high.value < low.value * 10000 and _LOWER_DIGITS.fullmatch(self.text, low.start, low.end)
                and _ROUND_THOUSANDS.search(self.text, high.start, high.end)):
            # "a crowd of 80-90,000", "2-3.000 persone": a lower end of whole figures with no group, before an upper end
            # in round thousands that its thousands would not pass, counts in thousands too (80,000 to 90,000)
            low = replace(low, value=low.value * 1000, precision=low.precision * 1000)
        if low.value >= high.value:
            # a range runs from the smaller to the larger value ("drew 1-1" is a score)
            raise NotAQuantity("a range runs from the smaller to the larger value")
        return RangePart(replace(high, value=low.value, start=start, end=max(low.end, high.end)), high.value)

    def range_between(self, *items: Any) -> Any:
        return self._explicit_range(items, thousands=True)

    def range_from(self, *items: Any) -> Any:
        found = self._explicit_range(items)
        if found.part.kind is not DATE and _has_token(items, "MOVE_TO"):
            raise NotAQuantity("'с 3 на 5' moves a day: between other figures it is no range ('с 3 на 4 метра')")
        return found

    def range_from_one(self, opener: Token, indef: Token, sep: Token, high: Part) -> Any:
        """ "da uno a cinque anni", "d'un à cinq ans": one, written as the article. (Not after "between":
        "tra uno e mezzo" is one and a half.)"""
        return self._days_named((opener, sep, high), self._range(_one(indef), high, _start(opener), explicit=True))

    def range_one_to(self, indef: Token, sep: Token, high: Part) -> Any:
        """ "un à deux jours", "uno o due giorni", "een tot twee werkdagen": one, written as the article, before "to" or
        "or" and a number in words up to ten ("un à deux millions", "un ou deux blessés"; not "il y en a un à 5 euros", one at
        five euros, nor English "a": "a or two" is nothing). (extract._article_one_range reads the words around it.)"""
        if (_DIGIT.search(self.text, high.start, high.end) or not 2 <= high.value.scaleb(-high.exponent) <= 10
                or len(indef) < 2):
            raise NotAQuantity("the article before 'to' and a figure, or a number over ten, is no range's lower end")
        return self._range(_one(indef), high, _start(indef), explicit=True)

    def _explicit_range(self, items: tuple[Any, ...], thousands: bool = False) -> Any:
        low, high = (p for p in items if isinstance(p, Part))
        return self._days_named(items, self._range(low, high, _start(items[0]), explicit=True, thousands=thousands))

    def range_to(self, *items: Any) -> Any:
        low, high = (p for p in items if isinstance(p, Part))
        sep = next(t for t in items if isinstance(t, Token) and t.type in ("TO", "DASH"))
        figure = _LEADING_DIGITS.match(to_ascii_digits(self.text[high.start : high.end]))
        if (
            sep.type == "DASH" and low.kind is YEAR and high.start == low.end + 1 and figure is not None
            and (next_year(int(low.value), figure.group()) or _later_year(int(low.value), figure.group()))
            and (high.kind in (NUMBER, YEAR) or (high.kind is DURATION and high.unit == "year"))
        ):  # "2023-24", "the 2023/24 season", "сезона 2023/24 года": a season or fiscal year, to the next year;
            # "over 2019-22", "в 2014–16 годах": to a later year of the same decade or the next
            written = int(figure.group())
            end = written if len(figure.group()) == 4 else int(low.value) // 100 * 100 + written
            high = replace(high, value=Decimal(end), kind=YEAR, unit=None, precision=Decimal(0))
        return self._days_named(items, self._range(low, high, low.start, dash=sep.type == "DASH", thousands=True))

    def range_or(self, low: Part, sep: Token, high: Part) -> Any:
        """ "two or three million", "deux ou trois milliards", "два или три миллиона", "twee of drie miljard": a
        lower end that takes the upper end's scale or hundreds makes a range of "or", and so does a bare one that
        takes its unit, at most three times smaller ("two or three days", "deux ou trois jours"); any other two
        amounts joined by it are two: "5 or 6 people", "$5 or more", "2 or 300", "bonds maturing in 2 or 10 years"."""
        found = self._range(low, high, low.start)
        if found.part.value == low.value and (
            low.unit is not None or found.part.unit is None or not 0 < low.value < high.value <= low.value * 3
        ):
            raise NotAQuantity("'or' joins two amounts: a range only where the upper end's scale or unit carries over")
        return found

    def days_listed(self, day: Token, *items: Any) -> Any:
        """ "les 1er et 2 mars": read as the range of the two days, which extract._listed_days splits
        into its two days (an ordinal day alone states nothing, so the list is parsed whole)."""
        high = next(p for p in items if isinstance(p, Part))
        found = self._range(self.day_alone(day), high, _start(day))
        if found.part.kind is not DATE:
            raise NotAQuantity("two listed ordinals are days")
        return found

    def _days_named(self, items: tuple[Any, ...], found: RangePart) -> RangePart:
        """A range with a weekday in it is a range of days or nothing ("from Monday 3 to Friday 5")."""
        if found.part.kind is not DATE and _has_token(items, "WEEKDAY"):
            raise NotAQuantity("a weekday names a day: the range is no range of days")
        return found

    # ---- qualifiers and the whole ----
    def qualifier(self, token: Token) -> Qualifier:
        written = str(token)
        head, _, rest = written.partition(" ")
        # "or less than 6000": the "or" opens the second claim but belongs to neither
        skip = len(written) - len(rest.lstrip()) if rest and normalize(head) in self.lex.qualifier_joiners else 0
        bound = Bound(self.lex.value(token.type, token))
        return Qualifier(bound, written[skip:], _start(token) + skip, _end(token))

    def q_after(self, token: Token) -> Qualifier:
        return Qualifier(Bound(self.lex.value("Q_AFTER", token)), str(token), _start(token), _end(token))

    def bounded_fraction(self, qualifier: Qualifier, *tokens: Token) -> Quantity:
        """ "meer dan de helft", "plus de la moitié": a fraction noun with its article after a qualifier
        (not "over the quarter", a period, nor "hoger dan de tiende", a rank)."""
        if normalize(str(tokens[-1])) not in self.lex.fraction_with_article:
            raise NotAQuantity("an article and a fraction or ordinal word name a period or a rank")
        part = self.fraction(_one(tokens[0]), tokens[-1])
        return self.start(qualifier, part)

    def bounded_unit(self, qualifier: Qualifier, *tokens: Token) -> Quantity:
        """ "more than a year", "plus d'un an", "более года", "أكثر من عام": one unit of time, bounded
        (alone, "a year" states nothing: "a year ago"). Where the language has an indefinite article it is
        written ("up to year-end" states nothing), and a definite unit is none ("أكثر من العام الماضي")."""
        unit = normalize(str(tokens[-1]))
        if (len(tokens) == 1 and self.lex.values["INDEF"]) or (
            self.lex.definite_prefixes and unit.startswith(self.lex.definite_prefixes)
        ):
            raise NotAQuantity("no article, or the definite one: 'up to year-end', 'more than last year'")
        if len(tokens) == 1 and self.lex.singular_units and self.lex.fold(unit) not in self.lex.singular_units:
            raise NotAQuantity("a unit in the plural states no one of it: 'أن تتجاوز ساعات العمل' (the working hours)")
        part = replace(self._duration(_one(tokens[0]), tokens[-1]), end=_end(tokens[-1]))
        return self.start(qualifier, part)

    def bounded_one(self, qualifier: Qualifier, indef: Token) -> Quantity:
        """ "au moins un mort", "almeno un morto": the article is one after "at least" where the language
        says so (``one_after_qualifier``; "plus d'un simple accord", "più di un semplice gioco", "at least
        a partial win", "ten minste een deel" are "more than a", "at least a")."""
        if not self.lex.one_after_qualifier or qualifier.bound is not AT_LEAST:
            raise NotAQuantity("an article after a qualifier names no number here")
        return self.start(qualifier, _one(indef))

    def start(self, *items: Any) -> Quantity:
        bound, qualifier, start, end = EXACT, None, None, None
        range_to = None
        measure: Part | None = None
        bounds = [item.bound for item in items if isinstance(item, Qualifier)]
        if len(bounds) > 1 and ABOUT not in bounds and not (
            all(b in FLOORS for b in bounds) or all(b in CEILINGS for b in bounds)
        ):
            # "no more than 12 and more than 194": one bound per quantity; the second starts the next.
            # ("circa cinquecento o più", about 500 or more, is at least 500; "tot 3 procent of lager",
            # two ceilings, is at most 3%.)
            raise NotAQuantity("two bounds on one figure")
        hedged_twice = len(bounds) > 1 and set(bounds) == {ABOUT}  # "estimé à 200 euros environ"
        for item in items:
            if isinstance(item, Qualifier):
                if hedged_twice:
                    if qualifier is None:
                        bound, qualifier = item.bound, item.text
                elif not (item.bound is ABOUT and len(bounds) > 1):
                    bound, qualifier = item.bound, item.text
                start = item.start if measure is None else start
                end = item.end if measure is not None else end
            elif isinstance(item, RangePart):
                measure, range_to = item.part, item.high
            else:
                measure = item
        assert measure is not None
        if isinstance(range_to, CalendarDate) and isinstance(measure.unit, CalendarDate):
            if bound is not EXACT and self.text[measure.start].isdigit():
                raise NotAQuantity("a hedged range of days counts something: 'Some 3-5 September storms'")
            if range_to.year is None and measure.unit.year is not None:  # "3 September 2025 - 5 October"
                range_to = CalendarDate(measure.unit.year, range_to.month, range_to.day)
        if measure.approximate and bound is EXACT:
            bound = ABOUT  # "une trentaine de blessés": about thirty
        if measure.hedge is not None and bound is EXACT:
            bound, qualifier = measure.hedge.bound, measure.hedge.text
        if measure.alone and not self.lex.fraction_alone and (
            normalize(self.text[measure.start : measure.end]) not in self.lex.fraction_only
        ):  # "more than half", but not "oltre il quarto posto" (the fourth place); "half" alone is
            # judged with the words around it (extract._is_share)
            raise NotAQuantity("a fraction word alone, with no qualifier")
        start = measure.start if start is None else start
        end = measure.end if end is None else end
        if measure.kind is DATE:
            value: Any = measure.unit
            unit = None
        else:
            value, unit = measure.value, measure.unit
        return Quantity(
            kind=measure.kind,
            value=value,
            start=start,
            end=end,
            text=self.text[start:end],
            lang=self.lex.lang,
            unit=unit,
            bound=bound,
            range_to=range_to,
            scale=measure.scale,
            scale_exponent=measure.exponent,
            precision=measure.precision,
            qualifier=qualifier,
            scale_span=measure.scale_span,
        )


@set_by_slots  # (made for each qualifier read, as a part is)
@dataclass(frozen=True, slots=True)
class Qualifier:
    """A qualifier as read: the bound it sets, its text and span (without a leading "and"/"or")."""

    bound: Bound
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RangePart:
    """A range: ``part`` holds the lower end (and the unit both ends share), ``high`` the upper end."""

    part: Part
    high: Decimal | CalendarDate


def _upper(part: Part) -> Decimal | CalendarDate:
    """What a range's upper end states: its value, or its day for a date."""
    return part.unit if part.kind is DATE else part.value


# How many months a range of days written with no year may run past the year's end, from a day in the year's second
# half: "from 23 December to 6 January", "du 1er novembre au 31 mars", "dal 1° ottobre al 31 maggio", a financial year
# "from 1 July to 30 June" (not "from 5 May to 3 April", which runs backwards).
_YEAR_END_REACH = 6


def _date_range(low: Part, high: Part, start: int) -> Part:
    """A range of days: "3-5 September 2025" (a bare day, then a date), "3 September to 5 October
    2025" (two dates, the year written once). The first day takes the month and year the last one
    writes; a range running backwards ("5-3 September") or a figure that is no day is no range."""
    last: CalendarDate | None = high.unit if high.kind is DATE else None
    if last is None:
        raise NotAQuantity("a range of days names its month after the last day")
    if last.day is None or (low.kind is DATE and isinstance(low.unit, CalendarDate) and low.unit.day is None):
        raise NotAQuantity("a range of months is read as its two months")
    if (low.kind is DATE and low.unit is None) or (low.kind is NUMBER and low.digits and low.scale is None):
        try:  # "du 1er au 3 octobre", "3-5 September"
            first = CalendarDate(last.year, last.month, int(low.value))
        except ValueError as exc:
            raise NotAQuantity(str(exc)) from exc
    elif low.kind is DATE:
        first = low.unit
        if first.year is None and last.year is not None:
            # "28 December - 3 January 2026": the first day is in the year before
            if (first.month, first.day) == (last.month, last.day):
                raise NotAQuantity("a range of one day")
            year = last.year if (first.month, first.day) < (last.month, last.day) else last.year - 1
            first = CalendarDate(year, first.month, first.day)
    else:
        raise NotAQuantity("the ends of a range measure different things")
    later = last.year if last.year is not None else first.year  # "3 September 2025 - 5 October"
    if first.year is None and later is None and (first.month, first.day) > (last.month, last.day) and (
        last.month <= _YEAR_END_REACH and first.month > 6
    ):
        pass  # "dal 23 dicembre al 6 gennaio", no year written: the range runs into the next year
    elif (first.year or 0, first.month, first.day) >= (later or 0, last.month, last.day):
        raise NotAQuantity("a range runs from the earlier to the later day")
    return replace(low, kind=DATE, unit=first, start=start, end=high.end)


def _has_token(items: tuple[Any, ...], terminal: str) -> bool:
    """Whether a rule's children hold a token of ``terminal``."""
    return any(isinstance(t, Token) and t.type == terminal for t in items)


# What a day written month first is made of (not its weekday and commas): "March 30, 2026".
_DAY_PARTS = frozenset({"MONTH", "NUM", "DAY", "YEAR_AFTER"})


class NoParse(Exception):
    """The grammar rejects the tokens; ``position`` is where (an offset into the text)."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


# How the grammar reads a shape of run (made by claimlint.lalr.plan): a rule node is (rule name,
# children), a child a node or (token index, terminal); a run it rejects, the index of the token it
# stops at.
Plan = tuple[str, tuple[Any, ...]] | int
_Shape = tuple[tuple[str, ...], ...]

# Parses by the runs' categories: the parse (and the category the contextual lexer gives each token)
# depends on nothing else, and news copy writes the same few shapes over and over ("NUM PCT",
# "CUR_SIGN NUM SCALE"). Kept in the process, and in the user cache for the processes after it: read
# at the first run, and written at exit with the shapes this process added. A pre-commit hook or an
# editor's one file loads Lark (claimlint.lalr) only for a shape no earlier run has met. The file keeps each
# shape as text and its parse as marshal's bytes, made a parse again when a run of the shape is met: loading
# twenty thousand shapes so takes 3 ms, where their nested tuples took 14.
_PLANS: dict[_Shape, Plan] | None = None
_STORED: dict[str, bytes] = {}  # (what the file holds, by :func:`_stored_key`, that no run has asked for yet)
_FRESH: dict[_Shape, Plan] = {}
_MAX_PLANS = 65536  # (a language server reads text without end; real copy has a few thousand shapes)
_MAX_STORED = 20000


def _plans_file() -> Path:
    """Named after what a kept parse depends on: the grammar, this module and claimlint.lalr, and the
    installed Lark (its version is in its package's ``__init__``, read without importing it)."""
    digest = hashlib.sha256(grammar_text().encode("utf-8"))
    here = Path(__file__).resolve().parent
    sources = [here / "parse.py", here / "lalr.py"]
    spec = find_spec("lark")
    if spec is not None and spec.origin:
        sources.append(Path(spec.origin))
    for source in sources:
        digest.update(source.read_bytes())
    return cache_dir() / f"plans-{digest.hexdigest()[:24]}.marshal"


def parser_cache_file() -> Path:
    """Where :func:`claimlint.lalr.parser` keeps Lark's tables for the grammar."""
    return cache_dir() / f"quantity-{hashlib.sha256(grammar_text().encode('utf-8')).hexdigest()[:16]}.lark-cache"


def _stored_key(shape: _Shape) -> str:
    return " ".join(",".join(categories) for categories in shape)


def _read_plans(path: Path) -> dict[str, bytes]:
    try:
        stored = marshal.loads(read_kept(path))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _plans() -> dict[_Shape, Plan]:
    global _PLANS
    if _PLANS is None:
        _PLANS = {}
        try:
            _STORED.update(_read_plans(_plans_file()))
            # (the parser's tables are used with the parses, though a run over known shapes never opens them: pruning
            # them would cost the next run with a new shape their building)
            mark_used(parser_cache_file())
        except OSError:  # no grammar or sources to read: nothing kept is trusted
            pass
    return _PLANS


def _kept_plan(shape: _Shape) -> Plan | None:
    """The parse kept for ``shape``, in this process or in the file, or None."""
    plans = _plans()
    plan = plans.get(shape)
    if plan is None and _STORED:
        raw = _STORED.pop(_stored_key(shape), None)
        if raw is not None:
            try:
                plan = marshal.loads(raw)
            except (EOFError, ValueError, TypeError):
                return None  # (parsed again, and written over at exit)
            if not isinstance(plan, int | tuple):
                return None
            plans[shape] = plan
    return plan


def _save_plans() -> None:
    """Add this process's new parses to the user cache's (another process may have written since)."""
    if not _FRESH:
        return
    try:
        path = _plans_file()
    except OSError:
        return
    stored = _read_plans(path)
    for shape, plan in _FRESH.items():
        key = _stored_key(shape)
        if len(stored) >= _MAX_STORED and key not in stored:
            break
        stored[key] = marshal.dumps(plan)  # (over a damaged entry of the same shape: this parse is the grammar's)
    store(path, marshal.dumps(stored))
    _FRESH.clear()


_CATEGORIES = attrgetter("categories")  # a run's shape: its tokens' categories


def rejected_at(tokens: Sequence[RunToken]) -> int | None:
    """The index of the token where the grammar rejects a run of this shape, as kept (:data:`_PLANS`;
    the run's length when it names none), or None: it parses the shape, or has not read one yet. So a
    run the grammar rejects is told without building a value or raising :class:`NoParse`."""
    plan = _kept_plan(tuple(map(_CATEGORIES, tokens)))
    return plan if isinstance(plan, int) else None


def parse_tokens(text: str, tokens: Sequence[RunToken], lang: str) -> Quantity:
    """Parse ``tokens`` (offsets into ``text``) as one quantity; raises NoParse or NotAQuantity.

    The first run of each shape goes through Lark; every run then calls the builder's methods along
    the parse kept for its shape (:data:`_PLANS`), without building and walking a tree per run.
    """
    key = tuple(map(_CATEGORIES, tokens))
    plan = _kept_plan(key)
    if plan is None:
        plans = _plans()
        from claimlint.lalr import plan as parse_plan

        plan = parse_plan(text, tokens)
        if len(plans) >= _MAX_PLANS:
            plans.clear()
        if not _FRESH:
            atexit.register(_save_plans)
        if len(_FRESH) < _MAX_STORED:
            _FRESH[key] = plan
        plans[key] = plan
    if isinstance(plan, int):
        raise NoParse(tokens[plan].start if plan < len(tokens) else len(text))
    try:
        return _replay(plan, QuantityBuilder(lexicon(lang), text), text, tokens)
    except (ValueError, ArithmeticError) as exc:
        # A figure the builder cannot read ("0 000" as a day, a zero denominator) is not a
        # quantity; anything else is a bug and propagates.
        raise NotAQuantity(str(exc)) from None


def _replay(node: tuple[str, tuple[Any, ...]], builder: QuantityBuilder, text: str, tokens: Sequence[RunToken]) -> Any:
    """What the builder makes of the parse ``node`` over this run's tokens: each rule's method called
    with its children, from the leaves up."""
    rule, children = node
    args = []
    for child in children:
        if isinstance(child[0], str):
            args.append(_replay(child, builder, text, tokens))
        else:
            tok = tokens[child[0]]
            args.append(Token(child[1], text[tok.start : tok.end], tok.start, tok.end))
    return _METHODS[rule](builder, *args)


# The builder's methods by rule name.
_METHODS = {name: f for name, f in vars(QuantityBuilder).items() if callable(f)}
