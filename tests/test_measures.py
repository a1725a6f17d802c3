"""Measures against a fact sheet: a claim in any unit of the fact's dimension is converted before it is
compared; a claim in another dimension is never linked to it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimlint.facts import load_facts
from claimlint.measures import convert, convertible, units
from claimlint.quantity import Kind
from claimlint.testing import lint_text

SHEET = """version: 1
story: A new power plant and its road
as_of: 2025-09-24
facts:
  - id: plant_power
    value: 1,200 MW
    words: {en: [plant], fr: [centrale], ru: [станци], ar: [محطة], it: [centrale], nl: [centrale]}
  - id: road_length
    value: 90 km
    words: {en: [road], fr: [route], ru: [дорог], ar: [الطريق], it: [strada], nl: [weg]}
  - id: record_heat
    value: 40.3 °C
    words: {en: [record], fr: [record], ru: [рекорд], ar: [قياسي], it: [record], nl: [record]}
"""


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return str(path)


def test_a_sheet_states_measures_in_the_articles_grammar(sheet):
    values = {f.id: f.value for f in load_facts(sheet).facts}
    assert (values["plant_power"].kind, values["plant_power"].value, values["plant_power"].unit) == (Kind.MEASURE, 1200, "MW")
    assert (values["record_heat"].value, values["record_heat"].unit) == (Decimal("40.3"), "°C")


@pytest.mark.parametrize("value,source,target,expected", [
    ("56", "mi", "km", "90.123264"),
    ("1.2", "GW", "MW", "1200"),
    ("1", "t", "lb", "2204.622622"),
    ("104", "°F", "°C", "40"),
    ("-40", "°C", "°F", "-40"),
    ("2", "ha", "m2", "20000"),
    ("5", "TWh", "TWh", "5"),
    ("1", "ly", "km", "9460730472580.8"),
    ("15", "kt", "t", "15000"),
    ("1", "lb", "oz", "16"),
    ("6", "ft", "in", "72"),
    ("45", "q/ha", "t/ha", "4.5"),
    ("0.5", "g/l", "mg/l", "500"),
    ("40", "µg/m3", "mg/m3", "0.04"),
    ("0.1", "mg/kg", "µg/kg", "100"),
    ("1", "g/mi", "g/km", "0.621371"),
    ("80", "mg/km", "g/km", "0.08"),
    ("2500", "ng/m3", "µg/m3", "2.5"),
])
def test_a_value_is_given_in_another_unit_of_its_dimension(value, source, target, expected):
    micro = Decimal("0.000001")
    assert convert(Decimal(value), source, target).quantize(micro) == Decimal(expected).quantize(micro)


def test_units_of_different_dimensions_do_not_convert():
    assert not convertible("km", "kg") and convert(Decimal(1), "GW", "GWh") is None
    assert not convertible("km", None) and not convertible("USD", "km")
    assert {u.dimension for u in units().values()} == {
        "length", "area", "volume", "mass", "power", "energy", "speed", "flow", "pressure", "temperature",
        "concentration", "content", "crop_yield", "fuel_use", "fuel_economy", "miles_per_gallon", "emissions",
        "wine_yield", "data", "frequency", "data_rate", "charge", "luminance", "parts", "food_energy", "dose", "molarity", "radiation", "voltage", "sound_level", "resolution", "torque",
        "apparent_power", "current", "energy_use", "energy_density", "rainfall"}
    assert convert(Decimal(2), "TB", "GB") == 2000 and not convertible("GB", "Gbit/s")
    assert convert(Decimal(2500), "ppb", "ppm") == Decimal("2.5") and convert(Decimal(3), "µm", "nm") == 3000
    assert not convertible("kcal", "kWh") and round(convert(Decimal(1000), "kJ", "kcal"), 1) == Decimal("239.0")
    assert not convertible("mpg", "km/l") and not convertible("km/l", "l/100km")
    assert not convertible("IU", "mg") and convert(Decimal(4), "K", "°C") == Decimal("-269.15")
    assert round(convert(Decimal(100), "PS", "kW"), 2) == Decimal("73.55") and round(convert(Decimal(1), "hp", "PS"), 4) == Decimal("1.0139")
    assert not convertible("Nm", "kW") and convert(Decimal(1), "feddan", "ha") == Decimal("0.420083")
    # a reservoir's cubic hectometres and millions of cubic metres are one size; kVA is no power in kW, amperes no charge
    assert convert(Decimal(1), "hm3", "m3") == convert(Decimal(1), "Mm3", "m3") == 1_000_000 and convert(Decimal(6), "kl", "m3") == 6
    assert convert(Decimal(6), "kVA", "VA") == 6000 and not convertible("kVA", "kW") and not convertible("A", "mAh")
    assert round(convert(Decimal(12000), "BTU", "kWh"), 3) == Decimal("3.517")


@pytest.mark.parametrize("lang,text", [
    ("en", "The plant will produce 1.2 GW. The road is 56 miles long. The record was 104.5 °F."),
    ("fr", "La centrale produira 1,2 GW et la route mesure 90 kilomètres ; le record : 40,3 degrés Celsius."),
    ("ru", "Станция мощностью 1200 МВт, дорога длиной 90 км, рекорд 40,3 градуса Цельсия."),
    ("ar", "تبلغ قدرة المحطة 1200 ميغاواط، ويبلغ طول الطريق 90 كيلومترا."),
    ("it", "La centrale avrà 1.200 megawatt e la strada 90 chilometri."),
    ("nl", "De centrale levert 1,2 gigawatt; de weg is 90 kilometer lang."),
])
def test_a_measure_in_any_unit_of_the_facts_dimension_agrees(sheet, lang, text):
    assert lint_text(text, lang=lang, facts=sheet) == []


@pytest.mark.parametrize("lang,text,code,fragment", [
    ("en", "The road is 65 miles long.", "CL101", "'65 miles' disagrees with fact road_length, which says 90 km (≈ 55.9 mi)"),
    ("en", "The record was 43.3 °C.", "CL101", "'43.3 °C' disagrees with fact record_heat"),
    ("en", "The plant will produce 1,200 kW.", "CL102", "'1,200 kW' is 1200 kW; fact plant_power says 1,200 MW (≈ 1.2 million kW)"),
    ("fr", "La route mesure 900 kilomètres.", "CL101", "'900 kilomètres' disagrees with fact road_length"),
    ("ru", "Дорога длиной 900 км.", "CL101", "'900 км' disagrees with fact road_length"),
    ("ar", "يبلغ طول الطريق 900 كم.", "CL101", "'900 كم' disagrees with fact road_length"),
    ("it", "La centrale avrà 12.000 megawatt.", "CL101", "'12.000 megawatt' disagrees with fact plant_power"),
    ("nl", "De centrale levert 1200 kilowatt.", "CL102", "says 1,200 MW (≈ 1.2 million kW)"),
])
def test_a_measure_that_misses_its_fact_is_reported(sheet, lang, text, code, fragment):
    found = lint_text(text, lang=lang, facts=sheet)
    assert [d.code for d in found] == [code] and fragment in found[0].message


def test_a_measure_of_another_dimension_speaks_of_no_fact(sheet):
    """"90 kg" beside the road's words is no length: it is linked to nothing, so nothing is reported."""
    assert lint_text("The road carries trucks of 90 kg.", lang="en", facts=sheet) == []


def test_a_measure_has_no_equivalents(tmp_path):
    """A measure's units convert exactly: "56 miles" beside "90 km" would be a second, rounded fact (and no claim could
    meet both), so the sheet is refused at the equivalent."""
    from claimlint.errors import ConfigError

    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\nstory: A road\nas_of: 2025-09-24\nfacts:\n  - id: road\n    value: 90 km\n"
                    "    equivalents: [56 miles]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_facts(str(path))
    assert str(err.value).endswith(":7:19: error: facts/road: a measure needs no equivalents: a claim in any unit of"
                                   " its dimension is converted")


@pytest.mark.parametrize("text,codes", [
    ("The cold record was -20 °C.", ["CL101"]),
    ("The cold record was -30 °C.", []),
    ("The cold record was -22 °F.", []),  # -30 °C
    ("The cold record was about -31 °C.", []),  # about: two degrees either way
    ("The cold record was about -35 °C.", ["CL101"]),
])
def test_temperatures_at_and_below_zero_link_and_hedge_by_degrees(tmp_path, text, codes):
    """A temperature's scale does not start at zero: no ratio links it (its fact's words must be in its sentence),
    and its hedges reach a number of degrees, not a share of the figure."""
    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\nstory: A cold snap\nas_of: 2025-09-24\nfacts:\n  - id: cold\n    value: -30 °C\n"
                    "    words: {en: [record]}\n", encoding="utf-8")
    assert [d.code for d in lint_text(text, lang="en", facts=str(path))] == codes


def test_a_hedge_on_a_temperature_reaches_degrees():
    from claimlint import extract

    (more,) = extract("It will be more than 0 °C.", lang="en")
    (about,) = extract("It will be about 104 °F.", lang="en")
    assert more.interval() == (0, 10, True, False)
    assert about.interval() == (Decimal("100.4"), Decimal("107.6"), False, False)


HEIGHT = """version: 1
story: A new centre
as_of: 2025-09-24
facts:
  - id: height
    value: 2.13 metres
    words: {en: [tall], fr: [mesure], ru: [рост], ar: [طوله], it: [alto], nl: [meet]}
"""


@pytest.mark.parametrize("lang,text,codes", [
    ("fr", "Le pivot mesure 2 m 13.", []),
    ("fr", "Le pivot mesure 2 m 31.", ["CL101"]),
    ("ru", "Рост игрока — 2 м 13 см.", []),
    ("ar", "يبلغ طوله 2 متر و13 سم.", []),
    ("it", "Il pivot è alto 2 metri e 13.", []),
    ("nl", "De center meet 2 meter 13.", []),
    ("en", "The centre is 6 feet 11 inches tall.", ["CL101"]),  # 2.108 m
    ("en", "The centre is 7 feet tall.", []),  # 2.1336 m: within the fact's 2.125 to 2.135
])
def test_a_height_in_two_units_is_compared_whole(tmp_path, lang, text, codes):
    """A height written in a unit and the next smaller ("2 m 13", "6 feet 11 inches") is one measure, compared with
    its fact as one."""
    path = tmp_path / "facts.yaml"
    path.write_text(HEIGHT, encoding="utf-8")
    assert [d.code for d in lint_text(text, lang=lang, facts=str(path))] == codes


RATES = """version: 1
story: A harvest and a new car
as_of: 2025-09-24
facts:
  - id: wheat_yield
    value: 7.2 t/ha
    words: {en: [wheat], fr: [blé], ru: [пшениц], ar: [القمح], it: [grano], nl: [tarwe]}
  - id: fuel_use
    value: 4.3 l/100 km
    words: {en: [uses], fr: [consomme], ru: [расход], ar: [استهلاك], it: [consuma], nl: [verbruik]}
"""


@pytest.mark.parametrize("lang,text,codes", [
    ("en", "Wheat yields reached 7.2 tonnes per hectare; the car uses 4.3 litres per 100 km.", []),
    ("en", "Wheat yields reached 8.2 t/ha.", ["CL101"]),
    ("fr", "Le blé a donné 72 quintaux à l'hectare ; la voiture consomme 4,3 l/100 km.", []),
    ("fr", "La voiture consomme 5,3 litres aux 100 km.", ["CL101"]),
    ("ru", "Урожайность пшеницы — 72 ц/га, расход топлива — 4,3 л/100 км.", []),
    ("ru", "Урожайность пшеницы — 62 центнера с гектара.", ["CL101"]),
    ("ar", "بلغت إنتاجية القمح 7,2 طن للهكتار.", []),
    ("it", "Il grano ha reso 72 quintali per ettaro e l'auto consuma 4,3 litri ogni 100 km.", []),
    ("it", "L'auto consuma 6,3 litri ogni 100 km.", ["CL101"]),
    ("nl", "De tarwe leverde 7,2 ton per hectare op; het verbruik is 4,3 liter op 100 kilometer.", []),
])
def test_a_rate_is_compared_in_its_dimensions_units(tmp_path, lang, text, codes):
    """A rate written as one unit per another ("t/ha", "quintaux à l'hectare", "л/100 км") is a measure of its own
    dimension: quintals a hectare are compared with tonnes a hectare, and a figure of its denominator ("100 km") is
    no claim of its own."""
    from claimlint import extract

    path = tmp_path / "facts.yaml"
    path.write_text(RATES, encoding="utf-8")
    assert [d.code for d in lint_text(text, lang=lang, facts=str(path))] == codes
    assert not [q.text for q in extract(text, lang=lang) if q.unit == "km"]
