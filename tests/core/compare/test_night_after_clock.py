"""An hour between an Indonesian or Malay clock word and "malam" is a time of the night
("jam 8 malam" 20:00), not a count of eight nights."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import terms
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.sentence_pairs import mirrored_label


def _times(text: str) -> list[str]:
    return [token.value for token in tokens(text) if token.slot == "time"]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Acara dimulai jam 8 malam di balai desa.", ["20:00"]),
        ("Acara dimulai pukul 10.30 malam di balai desa.", ["22:30"]),
        ("Kebakaran terjadi pukul 12 malam.", ["0:00"]),
        ("Acara dimulai jam 8 pagi di balai desa.", ["8:00"]),
        ("Acara dimulai pukul 20.00 malam di balai desa.", ["20:00"]),
        # no clock word before: three nights, eight nights
        ("Mereka menginap tiga malam di sana.", []),
        ("Mereka menginap 8 malam di sana.", []),
    ],
)
def test_times_read(text: str, times: list[str]) -> None:
    assert _times(text) == times


def test_built_pairs_both_ways_and_off() -> None:
    night = "Acara dimulai jam 8 malam di balai desa."
    morning = "Acara dimulai jam 8 pagi di balai desa."
    assert mirrored_label(night, morning, (True, True))[0] == "contradicts"
    assert mirrored_label(night, "Acara dimulai pukul 20.00 di balai desa.", (True, True))[0] != (
        "contradicts"
    )
    with patched(terms, "READ_NIGHT_AFTER_CLOCK_WORD", False):
        assert _times(night) == []
        assert mirrored_label(night, morning, (True, True))[0] != "contradicts"


@given(hour=st.integers(min_value=6, max_value=11), other=st.integers(min_value=18, max_value=23))
def test_a_night_hour_agrees_with_its_clock_time_only(hour: int, other: int) -> None:
    worded = f"Acara dimulai jam {hour} malam di balai desa."
    told = f"Acara dimulai pukul {other}.00 di balai desa."
    relation, _ = mirrored_label(worded, told, (True, True))
    assert (relation == "contradicts") == (hour + 12 != other)
