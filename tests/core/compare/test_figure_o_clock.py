"""A figure before "o'clock" is a clock time; the small hours of the night are before noon."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import clocks, compare_texts
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load


def _values(text: str) -> list[tuple[str, str]]:
    return [(token.key, token.value) for token in tokens(text) if token.slot]


def _figure_o_clock_off() -> AbstractContextManager[None]:
    """The reading before round 195: "3 o'clock" a count of "clock"."""
    return patched(clocks, "FIGURE_O_CLOCK", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ferry left at 3 o'clock.", "3:00"),
        ("The ferry left at 10 o’clock that night.", "22:00"),
        ("By 4 o'clock in the afternoon the road was open.", "16:00"),
        ("Yanurnu 3 o'clock-rla mungalyurru-wiyi.", "3:00"),  # Warlpiri borrows it
        # the night's small hours are before noon, its evening hours after
        ("Some time before two o'clock on the night of Saturday, it fell.", "~<2:00"),
        ("At about ten o'clock at night the board decided.", "~22:00"),
        # twelve at night is midnight, as "12 a.m." is (review of round 195)
        ("The siren sounded at 12 o'clock at night.", "0:00"),
        ("The siren sounded at twelve o'clock tonight.", "0:00"),
        ("The siren sounded at half past twelve at night.", "0:30"),
        ("The siren sounded at a quarter to one at night.", "0:45"),
        ("The siren sounded at twelve o'clock in the afternoon.", "12:00"),
    ],
)
def test_clock_times_after_a_figure_or_at_night(text: str, value: str) -> None:
    values = _values(text)
    assert ("@time:" + value.lstrip("~<>"), value) in values
    assert not any(key.startswith("qty:") for key, _ in values)


def test_off_the_figure_is_a_count_of_clock() -> None:
    with _figure_o_clock_off():
        assert ("qty:clock", "#3") in _values("The ferry left at 3 o'clock.")


def test_figures_that_are_no_hour_stay_figures() -> None:
    assert ("qty:clock", "#15") in _values("It struck 15 o'clock.")
    assert not any(key.startswith("@time") for key, _ in _values("The 2.5 o'clock"))


A = "The ferry left the harbour at 3 o'clock on Sunday with 40 passengers.\n"
B = "With 40 passengers aboard, the ferry sailed at three o'clock on Sunday.\n"


def test_the_built_pair_shares_the_time_both_ways() -> None:
    for first, second in ((A, B), (B, A)):
        result = compare_texts(first, second)
        assert [pair.relation for pair in result.pairs] == ["same_fact"]
        assert any("o'clock" in term for term in result.pairs[0].shared_terms)
    with _figure_o_clock_off():
        result = compare_texts(A, B)
        assert not any("o'clock" in term for term in result.pairs[0].shared_terms)


def test_the_warlpiri_camel_pair_reads_its_hours_as_times() -> None:
    truth = load("kamula_pirlingarnu")
    values = _values(truth.text_a)
    assert ("@time:3:00", "3:00") in values
    assert ("@time:10:00", "10:00") in values
    assert not any(key == "qty:clock" for key, _ in values)
    with _figure_o_clock_off():
        assert ("qty:clock", "#3") in _values(truth.text_a)


def test_the_radio_mast_contradiction_stays_labelled_both_ways() -> None:
    truth = load("radiomast_hobbleton")
    a_start, b_start = "The 45-metre mast", "Some time before two o'clock"
    for result, a_text, b_text in (
        (compare_texts(truth.text_a, truth.text_b), "a", "b"),
        (compare_texts(truth.text_b, truth.text_a), "b", "a"),
    ):
        found = [
            pair.relation
            for pair in result.pairs
            if getattr(pair, a_text).text.startswith(a_start)
            and getattr(pair, b_text).text.startswith(b_start)
        ]
        assert found == ["contradicts"]


@given(
    hour=st.integers(1, 12),
    apostrophe=st.sampled_from("'’"),
    after=st.sampled_from(["", "-rla", " in the morning", ","]),
)
def test_any_hour_in_figures_before_o_clock_is_that_time(
    hour: int, apostrophe: str, after: str
) -> None:
    values = _values(f"They met at {hour} o{apostrophe}clock{after} near the gate.")
    assert (f"@time:{hour}:00", f"{hour}:00") in values
    assert not any(key.startswith("qty:") for key, _ in values)
