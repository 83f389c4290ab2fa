"""Days and months named in words of one language on both sides (CLDR names, any language)."""

from __future__ import annotations

from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.calendar_words import named_difference
from desktop_app.core.compare.calendar_words_table import DAY_NAMES, MONTH_NAMES
from tests.core.compare.tool_scripts import load_tool


def _generator() -> ModuleType:
    return load_tool("generate_calendar_words")


def test_the_calendar_table_is_what_the_pinned_babel_gives() -> None:
    assert _generator().build() == (DAY_NAMES, MONTH_NAMES)


def test_the_table_holds_no_fallback_names_and_no_name_of_two_values() -> None:
    # CLDR's root names ("Mon", "Sun") are no language's, nor a word several names share
    assert all("sun" not in names and "mon" not in names for names in DAY_NAMES.values())
    assert "vi" not in MONTH_NAMES  # "tháng 1" to "tháng 12": no word of its own
    assert DAY_NAMES["rw"]["kabiri"] == ("tue", False)


def test_short_day_names_of_one_language_on_both_sides_contradict() -> None:
    # West Frisian Friday and Saturday, too short for the weekday table of all languages
    assert named_difference(
        "In spesjalisearre bedriuw sil freed begjinne mei it opromjen fan it asbest.",
        "It opromjen begjint neffens de gemeente sneon.",
    ) == ("freed ≠ sneon")
    pair = compare_texts(
        "It bedriuw sil freed begjinne mei it opromjen fan it asbest by de pleats.",
        "It bedriuw begjint neffens de gemeente sneon mei it opromjen fan it asbest.",
    ).pairs[0]
    assert pair.relation == "contradicts"
    assert pair.differences == ("freed ≠ sneon",)


def test_months_of_one_language_on_both_sides_contradict_and_the_same_agrees() -> None:
    assert named_difference(
        "Sa Regione at allargadu in santugaine sa campagna.",
        "Sa campagna de sa Regione, allargada in cabudanni.",
    ) == ("santugaine ≠ cabudanni")
    assert named_difference("allargadu in cabudanni", "in cabudanni e santugaine") == ""


def test_names_of_two_languages_do_not_meet() -> None:
    # a West Frisian Friday against a Bambara Saturday: no one language names both
    assert named_difference("sil freed begjinne", "sugu bɛna da sibiri don") == ""


def test_a_name_written_capitalised_is_read_only_capitalised() -> None:
    assert named_difference("The council may close the road.", "The march closed the road.") == ""
    assert named_difference("It closes in May.", "It closes in March.") == "May ≠ March"


@given(
    st.sampled_from(sorted(DAY_NAMES["fy"])),
    st.sampled_from(sorted(DAY_NAMES["fy"])),
)
def test_day_names_differ_exactly_when_their_days_do_and_alike_with_sides_swapped(
    first: str, second: str
) -> None:
    found = named_difference(f"It begjint {first}.", f"It begjint {second}.")
    assert bool(found) == (DAY_NAMES["fy"][first][0] != DAY_NAMES["fy"][second][0])
    swapped = named_difference(f"It begjint {second}.", f"It begjint {first}.")
    assert swapped == " ≠ ".join(reversed(found.split(" ≠ "))) if found else swapped == ""


def test_days_of_the_same_month_differ_however_the_day_is_written() -> None:
    a = "Station Road will remain closed until 19 March while the road surface is repaired."
    b = "Station Road, meanwhile, will stay shut until the 26th of March, the council says."
    assert named_difference(a, b) == "19 March ≠ 26 March"
    assert named_difference(b, a) == "26 March ≠ 19 March"
    assert named_difference("cerrada hasta el 26 de marzo", "hasta el 19 de marzo") != ""
    assert named_difference("geschlossen bis 26. März", "bis zum 19. März") != ""
    assert named_difference("closed until March 26, 2027", "until 19 March") != ""


def test_a_day_in_common_a_range_or_a_figure_that_is_no_day_does_not_contradict() -> None:
    # one of the days alike: "the weekend of 7 and 8 February" and "Saturday 7 February"
    assert named_difference("over the weekend of 7 and 8 February.", "on Saturday 7 February") == ""
    assert named_difference("from 7–8 March", "on 8 March") == ""
    # a year, a decimal or a count beside the month is no day of it
    assert named_difference("in March 2027", "on 19 March") == ""
    assert named_difference("3 people in March", "on 19 March") == ""
    assert named_difference("rain in March 12.5 mm", "on 19 March") == ""
    # a day of another month is no contradiction of this one (months differ: their own rule)
    assert named_difference("until 19 March and from 2 May", "from 2 May") == ""


@given(st.integers(min_value=1, max_value=31), st.integers(min_value=1, max_value=31))
def test_days_of_one_month_differ_exactly_when_the_figures_do_and_alike_swapped(
    first: int, second: int
) -> None:
    found = named_difference(f"It closes on {first} March.", f"It reopens the {second}th of March.")
    assert bool(found) == (first != second)
    swapped = named_difference(
        f"It reopens the {second}th of March.", f"It closes on {first} March."
    )
    assert swapped == " ≠ ".join(reversed(found.split(" ≠ "))) if found else swapped == ""


def test_a_day_of_the_month_contradicts_in_the_engine() -> None:
    a = "Station Road will remain closed until 19 March while the road surface is repaired."
    b = "Station Road will stay shut until the 26th of March while the surface is repaired."
    (pair,) = compare_texts(a, b).pairs
    assert pair.relation == "contradicts"


def test_a_name_cldr_writes_with_a_modifier_apostrophe_is_read_with_a_typed_one() -> None:
    # Breton Wednesday "Mercʼher" and Thursday, as the Plouzinan pair types it (round 86)
    for mark in ("'", "’", "ʼ"):
        text_a = f"Eskob Kemper a zeuio da welet al lec{mark}h d{mark}ar Merc{mark}her."
        text_b = f"D{mark}ar Yaou e vo an eskob e Plouzinan."
        assert named_difference(text_a, text_b) == f"Merc{mark}her ≠ Yaou"
        assert named_difference(text_b, text_a) == f"Yaou ≠ Merc{mark}her"
    # Ukrainian Friday against Thursday, and against itself
    assert named_difference("Ринок відкриють: п'ятниця.", "Ринок відкриють: четвер.") == (
        "п'ятниця ≠ четвер"
    )
    assert named_difference("Ринок відкриють: п'ятниця.", "Ринок відкриють: пʼятниця.") == ""


def test_words_an_apostrophe_joins_are_read_apart_when_no_name_is_written_so() -> None:
    # Italian "dell'8 agosto": "agosto" is still read as the month of its day
    assert named_difference("Il mercato riapre dell'8 agosto.", "Riapre il 9 agosto.") == (
        "8 agosto ≠ 9 agosto"
    )
    # a closing quote mark after a word is no part of a name
    assert named_difference("Le marché 'lundi' rouvre.", "Le marché rouvre mardi.") == (
        "lundi ≠ mardi"
    )


@given(st.sampled_from(["'", "’", "ʼ"]), st.sampled_from(sorted(DAY_NAMES["br"])))
def test_every_breton_day_name_is_read_with_any_apostrophe(apostrophe: str, name: str) -> None:
    written = name.replace("ʼ", apostrophe).capitalize()
    other = ("yaou" if name != "yaou" else "gwener").capitalize()
    assert named_difference(f"{written} e vo.", f"{other} e vo.") == f"{written} ≠ {other}"
