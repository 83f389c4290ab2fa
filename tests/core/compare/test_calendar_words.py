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
