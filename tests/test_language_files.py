"""Every section of every language file is documented in docs/extract.md, and the six files agree on
the sections that each language must fill in."""

from pathlib import Path

import pytest

from claimlint.datafiles import load_data
from claimlint.lexicon import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "extract.md").read_text(encoding="utf-8")
# Sections that only some languages have (Arabic duals, Dutch glued scales...).
OPTIONAL = {
    "pronouns_of_the_one", "not_verb_words", "adjective_qualifiers",
    "currency_signs", "service_articles", "singular_after_one", "measure_symbols", "measure_in_context", "measure_not_before", "measure_word_values", "degree_ordinals_after", "currency_duals", "weekdays_beside_dates", "dual_counts", "measure_duals", "irregular_plurals", "change_by_words_whole", "change_to_words_whole", "age_verbs", "verb_second", "qualified_nouns", "place_qualifiers", "reference_words_named_years", "mark_wholes", "mark_qualifiers", "plural_articles", "qualifier_adverbs", "light_year_words", "bare_ages", "number_homographs", "unit_homographs", "possessive_suffixes", "ratio_words_after_nouns", "currency_words_after", "durations_dual", "fraction_alone",
    "fraction_only", "few_noun_endings", "text_code_words", "name_symbols", "word_amounts", "fraction_homographs", "letter_folding", "mixed_fractions", "number_after_unit", "ordinals", "partitive", "percent_words_before",
    "prefix_conjunctions", "pronouns", "reference_lists", "reference_year_words", "variation_words", "scales_attached", "scales_spaced", "scales_bare", "scales_dual", "scales_half", "scales_glued", "hyphen_nouns", "hyphen_vague", "age_words", "years_after_from", "durations_hyphen", "subunit_currencies", "rate_words_after_count", "verb_first", "race_time_words",
    "qualifiers_after_hyphen", "qualifiers_before_hyphen", "measure_qualifiers", "heat_qualifiers", "whole_participles", "bare_degrees", "negation_openers", "year_prefixes", "age_before_words", "age_before_clause_end", "spread_verbs", "spread_not_after", "spread_not_before", "spread_nouns", "price_floor_words", "spaced_ordinal_plurals", "ad_eras", "half_year_marks", "fiscal_year_marks", "scale_verbs", "centuries", "period_fraction_before", "exchange_rate_words",
    "weekdays", "number_connectors", "change_to_words", "change_to_words_next", "time_references", "percent_hyphen", "product_names", "lowercase_qualifiers", "age_qualifiers", "scale_takes_link", "exceed_verbs", "phone_words", "change_by_words", "change_amount_words", "fraction_part_words", "ratio_words_after_one", "ratio_words_final", "number_words_not_alone", "scale_nouns", "bare_years_after", "fraction_of", "fraction_plural_endings", "fraction_and", "fraction_with_article", "fixed_phrases", "months_capitalized", "approximate_numbers", "clock_times", "partitive_case", "move_to_words", "fraction_idiom_nouns", "decade_words", "durations_half", "percent_half", "rate_base_ones", "past_verb_endings", "definite_prefixes", "definite_not_nouns", "article_before_half", "fraction_after_with", "difference_words", "race_time_marks", "race_seconds_alone", "verb_final", "noun_plural_endings", "count_noun_endings", "count_noun_exceptions", "qualifier_idioms", "qualifier_idioms_spells", "term_adjectives", "limit_words", "series_nouns", "race_distance_words", "place_name_prepositions", "change_particle_verbs", "day_nouns", "ceiling_nouns", "ceiling_verbs", "approximate_bare", "approximate_before_plural", "possessives", "spread_spell_verbs", "decade_nouns", "decade_age_words", "decade_age_owners", "number_words_not_alone_counts", "approximate_bare_not_after", "decade_age_words_after", "number_words_not_alone_after", "points_not_before", "duration_adjectives", "every_words", "every_ordinals", "every_ordinal_endings", "durations_glued", "among_words", "survey_words", "motion_words", "rate_base_nouns", "change_particles", "modal_words", "passing_words", "passing_verbs", "threshold_qualifiers", "qualifier_variants", "restating_words", "sale_words", "decade_nouns_ages_only", "particle_verbs",
    "price_words", "lengthen_words", "change_object_verbs", "lasting_words", "rate_base_verbs", "sample_nouns", "elided_numbers", "one_after_qualifier", "spread_words", "year_level_nouns",
    "approximate_homographs", "points_words", "basis_point_contexts", "denominator_plural_endings", "tally_nouns", "later_words", "range_verbs", "article_idioms", "only_after_negation",
    "restrictive_negations", "day_month_after", "vague_quantifiers", "decade_suffixes", "model_makers", "only_words", "sentence_openers", "opener_endings", "programme_names", "attribution_words", "model_suffixes", "title_case_headlines", "one_unit_forms", "addition_nouns", "age_groups", "verbs_after_figures", "age_at_start", "age_labels", "elided_year_articles",
    "ratio_words_after_any", "negation_clitics", "pair_nouns", "level_words", "compare_verbs_apart", "period_qualifiers", "rise_words", "scales_bare_after_qualifier",
    "scales_dual_one_before_and", "crossing_qualifiers", "threshold_nouns", "minutes_after_hours", "change_clause_breaks",
    "currency_words_after_figure", "durations_after_digits", "age_verbs_after", "race_seconds_final", "instalment_nouns", "reference_words_named", "clause_openers", "negation_idioms", "currency_homographs", "period_halves", "period_fractions", "period_fraction_after", "nouns_after_figures", "change_from_words", "tens_units_closed", "population_words", "glued_numbers", "articles_before_counts", "reach_verbs", "subunit_time_words", "streets", "place_words", "phone_calls", "phone_call_links", "race_distances", "place_idioms", "peak_verbs", "time_adverbs", "time_words_after", "year_words_early", "fraction_change_words", "scales_attached_not_before", "scales_attached_money_only", "part_words_listing", "named_phrases", "ordinal_prefixes", "none_particles", "fractions_by", "currency_by_country", "range_to_after_from", "change_nouns", "difference_phrases", "amount_qualifiers",
    "spell_pronoun_verbs", "age_when", "approximate_before_few", "approximate_before_many", "approximate_around", "adjective_ones", "decade_not_before", "saying_verbs", "age_nouns", "singular_units", "partitive_pronouns", "month_homographs", "age_ordinals", "from_by_words", "odds_nouns", "dimension_words", "place_prepositions", "fraction_change_verbs", "lowercase_forms",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_section_is_documented(lang):
    data = load_data(f"lang/{lang}.yaml")
    missing = [key for key in data if key != "lang" and f"`{key}`" not in DOC]
    assert not missing, f"{lang}.yaml sections not described in docs/extract.md: {missing}"


def test_languages_fill_in_the_same_sections():
    sections = {lang: set(load_data(f"lang/{lang}.yaml")) - OPTIONAL for lang in LANGUAGES}
    every = set.union(*sections.values())
    for lang, keys in sections.items():
        assert keys == every, f"{lang}.yaml lacks {sorted(every - keys)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_folding_has_no_chains(lang):
    """fold_case replaces the folded letters one after another: no letter may fold into another
    folded letter."""
    from claimlint.lexicon import fold_case, lexicon

    folding = lexicon(lang).folding
    assert not set(folding.values()) & {chr(code) for code in folding}
    text = "L’ʼIA " + "".join(chr(code) for code in folding)
    assert fold_case(text, folding) == text.lower().translate(folding)


# The form of each bound that claimlint writes in messages and fixes is the first of its list; new forms
# go after it.
FIRST_QUALIFIERS = {
    "en": {"more_than": "more than", "at_least": "at least", "less_than": "less than", "at_most": "up to", "about": "about"},
    "fr": {"more_than": "plus de", "at_least": "au moins", "less_than": "moins de", "at_most": "jusqu'à", "about": "environ"},
    "ru": {"more_than": "более", "at_least": "не менее", "less_than": "менее", "at_most": "до", "about": "около"},
    "ar": {"more_than": "أكثر من", "at_least": "على الأقل", "less_than": "أقل من", "at_most": "حتى", "about": "نحو"},
    "it": {"more_than": "oltre", "at_least": "almeno", "less_than": "meno di", "at_most": "fino a", "about": "circa"},
    "nl": {"more_than": "meer dan", "at_least": "vanaf", "less_than": "minder dan", "at_most": "tot", "about": "ongeveer"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_written_form_of_each_bound_comes_first(lang):
    qualifiers = load_data(f"lang/{lang}.yaml")["qualifiers"]
    assert {bound: forms[0] for bound, forms in qualifiers.items()} == FIRST_QUALIFIERS[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_bare_round_number_is_a_round_number(lang):
    """A form of ``approximate_bare`` ("сотней") may also follow a figure ("5 сотней"), where the parser
    reads its value among ``approximate_numbers``: each must be there, with the same value."""
    data = load_data(f"lang/{lang}.yaml")
    numbers = {form: value for value, forms in (data.get("approximate_numbers") or {}).items() for form in forms}
    bare = {form: value for value, forms in (data.get("approximate_bare") or {}).items() for form in forms}
    assert {form: numbers.get(form) for form in bare} == bare


@pytest.mark.parametrize("text, read", [
    ("5 сотней", ("5 сотней", 500, "about")), ("5 десятком", ("5 десятком", 50, "about")), ("сотней 5", ("5", 5, "exact")),
])
def test_a_round_number_after_a_figure_is_read_about(text, read):
    from claimlint.extract import extract_text

    [q] = extract_text(text, lang="ru")
    assert (q.text, q.value, q.bound.value) == read


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_form_holds_arabic_marks(lang):
    """Articles are read with Arabic's marks of vowels taken out (claimlint.source.ARABIC_MARKS): a form written with
    one ("دولاراً") would never be met, so the files write every form without them ("دولارا")."""
    from claimlint.source import ARABIC_MARKS

    text = (ROOT / "claimlint" / "data" / "lang" / f"{lang}.yaml").read_text(encoding="utf-8")
    marked = [line for line in text.splitlines() if not line.lstrip().startswith("#") and ARABIC_MARKS.search(line)]
    assert marked == []


def test_a_form_starting_with_a_space_is_refused():
    """The tokenizer starts no token at a space (a guard that spares the engine every space): a language
    file's form that starts with one would never be read, so building the tokenizer refuses it."""
    from claimlint.lexicon import _tokenizer

    with pytest.raises(ValueError, match="must not start with a space"):
        _tokenizer(words=["a", "\u00a0mln"], signs=[], pieces=["one"], connectors=[], prefixes=[], indefinite=[],
                   hyphen_units=["year"])


def test_lexicon_is_made_as_its_fields_say():
    # Lexicon's __init__ is written out (the generated one cost every start 12 ms to compile): it takes every
    # field by name, fills the defaults, gives each lexicon its own mutable ones, and refuses a misspelt field.
    from dataclasses import FrozenInstanceError, fields

    from claimlint.lexicon import Lexicon, lexicon

    required = {f.name: None for f in fields(Lexicon) if f.default is f.default_factory}  # (both MISSING)
    a, b = Lexicon(**required), Lexicon(**required)
    assert a.classified == {} and a.classified is not b.classified
    assert a.day_figure is None and a.measure_symbols == {} and a.number_after_unit is False
    with pytest.raises(TypeError, match="unknown fields: lexicon_typo"):
        Lexicon(**required, lexicon_typo=1)
    with pytest.raises(TypeError, match="missing field: lang"):
        Lexicon(**{k: v for k, v in required.items() if k != "lang"})
    with pytest.raises(FrozenInstanceError):
        lexicon("it").lang = "nl"  # type: ignore[misc]
    for lang in LANGUAGES:
        assert lexicon(lang).lang == lang and lexicon(lang).measure_symbols
