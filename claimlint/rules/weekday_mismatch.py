from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache

import regex

from claimlint.diagnostics import Diagnostic, Fix
from claimlint.hookspecs import hookimpl
from claimlint.lexicon import lexicon, normalize
from claimlint.quantity import CalendarDate, Kind
from claimlint.rule import Rule

# How far a weekday may stand from its date: "Tuesday, 24 September 2025", "24 сентября (среда)".
_REACH = 6
_FIGURE = regex.compile(r"\d")
_FIGURE_NEXT = regex.compile(r"[\s,]*\d")


@cache
def _weekdays(lang: str, full: bool = False) -> regex.Pattern[str]:
    """Weekday names of three letters or more; with ``full``, only the names the extractor reads inside
    a range of days (no abbreviations: Italian "mar" is also March)."""
    lex = lexicon(lang)
    forms = sorted(_names(lang), key=len, reverse=True)
    kept = [f for f in forms if len(f) > 2 and (not full or "WEEKDAY" in lex.categories.get(f, ()))]
    # at a word start, or after a conjunction written onto the word ("والخميس")
    start = "".join(rf"|(?<=(?<!\p{{L}}){regex.escape(p)})" for p in lex.prefixes)
    return regex.compile(rf"(?:(?<!\p{{L}}){start})(?:{'|'.join(regex.escape(f) for f in kept)})(?!\p{{L}})", regex.IGNORECASE)


@cache
def _weekday_list(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A weekday, then commas or "and", at the end of a text; and the same before one at its start."""
    lex = lexicon(lang)
    names = _weekdays(lang, full=True).pattern  # (not "Sun", "wed", "mer": words too)
    join = rf"[\s,،]*(?:(?:{'|'.join(regex.escape(w) for w in sorted(lex.and_words))})\s*)?"
    return regex.compile(rf"{names}{join}$", regex.IGNORECASE), regex.compile(rf"{join}{names}", regex.IGNORECASE)


def _listed_weekday(text: str, m: regex.Match[str], lang: str) -> bool:
    """A weekday in a list of weekdays names no one day beside it: "в пятницу, субботу и воскресенье,
    6, 7 и 8 марта"."""
    before, after = _weekday_list(lang)
    return bool(before.search(text, max(0, m.start() - 40), m.start()) or after.match(text, m.end(), m.end() + 40))


class WeekdayMismatch(Rule):
    """A weekday contradicts the date beside it: "Tuesday, 24 September 2025" (it was a Wednesday).

    ## What it does
    Finds a weekday name (CLDR names in the article's language, with a conjunction written onto it:
    "والخميس") right before or after a date whose year is written, or inside a range of days before
    either day ("from Monday 1 to Friday 5 September 2025"), and checks the calendar. A weekday
    before the next day of a list names that day ("Friday 6 and Saturday 7 June"); weekdays listed
    together name no one day ("в пятницу, субботу и воскресенье, 6, 7 и 8 марта"). It needs no fact
    sheet.

    ## Why it matters
    When a date is corrected, the weekday next to it is often left behind.

    ## Example
    `mardi 24 septembre 2025` is reported: 24 September 2025 was a Wednesday (mercredi).

    ## How to fix
    Correct the weekday, or the date if the weekday is the right one. The fix writes the right day's name in the
    case of the wrong one where the language's weekday names take no grammatical case (English, French, Italian,
    Dutch).

    ## Options
    None.
    """

    code = "CL108"
    slug = "weekday-mismatch"
    summary = "a weekday contradicts its date"
    needs_facts = False

    def check(self) -> Iterator[Diagnostic]:
        text = self.ctx.document.text
        for q in self.ctx.quantities:
            if q.kind is not Kind.DATE or not isinstance(q.value, CalendarDate) or q.value.year is None or q.value.day is None:
                continue  # (a month of a year, "March 2024", has no weekday)
            pattern = _weekdays(q.lang)
            before = list(pattern.finditer(text, max(0, q.start - 16), q.start))
            after = pattern.search(text, q.end, min(len(text), q.end + 16))
            # a weekday before a range of days names its first day, one after it the last; inside the
            # range ("from Monday 3 to Friday 5 September"), before the first figure the first, else the last
            last = q.last_day
            assert last is not None  # (a date's)
            first_was, last_was = ("whose first day was", "whose last day was") if q.is_range else ("which was",) * 2
            inside = _weekdays(q.lang, full=True).finditer(text, q.start, q.end) if q.is_range else ()
            named = [(m, _FIGURE.search(text, q.start, m.start()) is None) for m in inside]
            if before and q.start - before[-1].end() <= _REACH:
                named.insert(0, (before[-1], True))
            if after and after.start() - q.end <= _REACH and not _FIGURE_NEXT.match(text, after.end()):
                named.append((after, False))  # (not one before the next day: "Friday 6 and Saturday 7 June")
            named = [(m, first) for m, first in named if not _listed_weekday(text, m, q.lang)]
            for m, day, was in ((m, q.value, first_was) if first else (m, last, last_was) for m, first in named):
                said = _names(q.lang)[normalize(m.group())]
                date = dt.date(day.year or q.value.year, day.month, day.first_day)
                if said == date.isoweekday():
                    continue
                name = next(f for f, d in lexicon(q.lang).values["WEEKDAY"].items() if d == date.isoweekday())
                if m.group().isupper():  # the fix keeps the case: "TUESDAY" -> "MONDAY", "Tuesday" -> "Monday"
                    name = name.upper()
                elif m.group()[:1].isupper():
                    name = name[:1].upper() + name[1:]
                fix = Fix(m.start(), m.end(), name) if _uninflected(q.lang) and normalize(m.group()) == _full_name(q.lang, said) else None
                yield self.report(
                    None, f"{m.group()!r} contradicts {q.text!r}, {was} a {date:%A}" + (f" ({name})" if name.casefold() != f"{date:%A}".casefold() else ""),
                    start=m.start(), end=m.end(), expected=name, fix=fix,
                )


@cache
def _names(lang: str) -> dict[str, int]:
    """The weekday names a text may write beside a date: those the extractor reads, and those it reads only there
    (``weekdays_beside_dates``: Russian "в среду", also "into the environment")."""
    lex = lexicon(lang)
    return {**lex.values["WEEKDAY"], **lex.weekdays_beside_dates}


@cache
def _day_forms(lang: str) -> dict[int, list[str]]:
    forms: dict[int, list[str]] = {}
    for form, day in lexicon(lang).values["WEEKDAY"].items():
        forms.setdefault(int(day), []).append(form)
    return forms


def _uninflected(lang: str) -> bool:
    """Whether the language's weekday names take no case (each day has as many forms, as in English, French,
    Italian and Dutch): only then is the name of the right day, in the case of the written one, a fix. Russian
    "во вторник" would need "в среду", not "во среда"."""
    return len({len(forms) for forms in _day_forms(lang).values()}) == 1


def _full_name(lang: str, day: int) -> str:
    return _day_forms(lang)[day][0]


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [WeekdayMismatch]
