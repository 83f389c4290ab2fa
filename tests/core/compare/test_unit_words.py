"""The CLDR unit words table and its two readings: exact amounts and measures alike."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.compare.unit_words import exact_unit_words, measure_words
from desktop_app.core.compare.unit_words_table import UNIT_WORDS
from tests.core.compare.tool_scripts import load_tool


def test_the_unit_table_is_what_the_pinned_babel_gives() -> None:
    assert load_tool("generate_unit_words").build() == UNIT_WORDS


def test_the_exact_amounts_read_units_of_many_languages_and_no_word_of_two_sizes() -> None:
    words = exact_unit_words()
    assert words["kilometres"] == ("length", Decimal("1000"))
    assert words["км"] == ("length", Decimal("1000"))
    assert words["týdny"] == ("duration", Decimal("10080"))
    assert words["εβδομάδες"] == ("duration", Decimal("10080"))
    assert "m" not in words  # one letter: a metre, a minute or a word of its own


def test_the_measures_read_units_of_many_languages_and_no_common_word() -> None:
    words = measure_words()
    assert words["metres"] == ("length", 1.0)
    assert words["feet"] == ("length", 0.3048)
    assert words["सेंटीमीटर"] == ("length", 0.01)
    assert words["километров"] == ("length", 1000.0)
    assert words["kg"] == ("mass", 1.0)
    assert words["घंटे"] == ("duration", 60.0)
    # a mile in some languages and a Scandinavian mile of ten kilometres in others
    assert "mil" not in words
    assert not {"in", "ha", "ac", "mi", "an", "m", "g", "l", "t"} & words.keys()


def test_a_word_the_two_readings_take_for_two_units_keeps_both() -> None:
    # Ukrainian writes "год" for an hour (short), Russian and Belarusian for a year (long)
    assert exact_unit_words()["год"] == ("duration", Decimal("60"))
    assert measure_words()["год"] == ("duration", 525960.0)
