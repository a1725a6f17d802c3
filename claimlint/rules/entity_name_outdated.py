from __future__ import annotations

from collections.abc import Iterator

import regex

from claimlint.diagnostics import Diagnostic, Fix, Severity
from claimlint.hookspecs import hookimpl
from claimlint.lexicon import lexicon
from claimlint.rule import Rule

_WORDS = regex.compile(r"\p{L}+")


class EntityNameOutdated(Rule):
    """An outdated or wrong name of an entity of the story: "Qwen 2.5" in a story about Qwen3-Max.

    ## What it does
    Looks for every outdated and wrong variant the fact sheet lists for an entity (whole words,
    longest first) and reports it with the canonical name as the fix. Wrong names are errors;
    outdated names take the rule's severity (warning by default). An outdated name the text names as
    the old one is none ("Equinor, formerly Statoil", "до 2018 года называлась Statoil": the
    language's `former_name_words` right before it).

    ## Why it matters
    Copy recycled from an earlier story carries the earlier product, model or title with it.

    ## Example
    Entity `Qwen3-Max` with outdated `Qwen 2.5`: `la nuova versione del modello Qwen 2.5` is
    reported, with the fix "Qwen3-Max".

    ## How to fix
    Use the canonical name, or rewrite the passage if it describes the older product on purpose
    (then suppress the diagnostic inline).

    ## Options
    None.
    """

    code = "CL109"
    slug = "entity-name-outdated"
    summary = "an outdated or wrong name of an entity"
    default_severity = Severity.WARNING

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        text = self.ctx.document.text
        masked = self.ctx.document.masked
        for entity in sheet.entities:
            variants = [(v, "outdated") for v in entity.outdated] + [(v, "wrong") for v in entity.wrong]
            variants.sort(key=lambda item: -len(item[0]))
            taken: list[tuple[int, int]] = []
            for variant, why in variants:
                pattern = regex.compile(r"(?<![\w-])%s(?![\w])" % regex.escape(variant).replace(r"\ ", r"\s+"))
                for m in pattern.finditer(text):
                    if any(a < m.end() and m.start() < b for a, b in taken + list(masked)):
                        continue
                    if why == "outdated" and self._named_as_former(m.start()):
                        continue
                    taken.append(m.span())
                    yield self.report(
                        None, f"{m.group()!r} is {'an outdated' if why == 'outdated' else 'a wrong'} name; the story's is {entity.name!r}",
                        start=m.start(), end=m.end(), fact=entity.id, expected=entity.name,
                        fix=Fix(m.start(), m.end(), entity.name),
                        severity=Severity.ERROR if why == "wrong" else None, variant=why,
                    )


    def _named_as_former(self, at: int) -> bool:
        """Whether a word of the language's ``former_name_words`` ends right before ``at``, in its sentence."""
        sentence = next((s for s in self.ctx.sentences if s.start <= at < s.end), None)
        if sentence is None:
            return False
        words = [w.casefold() for w in _WORDS.findall(self.ctx.document.text[max(sentence.start, at - 48) : at])][-4:]
        former = lexicon(sentence.lang).former_name_words
        return any(" ".join(words[-n:]) in former for n in range(1, len(words) + 1))


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [EntityNameOutdated]
