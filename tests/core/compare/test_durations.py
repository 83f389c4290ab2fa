"""Spans of time in minutes: figures with units of many languages, phrases, contradictions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.durations import durations, span_difference


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("All three were pulled out within 40 minutes of the alarm.", 40),
        ("They were winched aboard within half an hour.", 30),
        ("Stock will be in chemists within a fortnight.", 14 * 24 * 60),
        ("Kroupy padaly zhruba čtvrt hodiny.", 15),
        ("Björgunarskipið kom á staðinn um fjörutíu mínútum eftir.", 40),
        ("Skipið var komið á staðinn innan hálftíma.", 30),
        ("Ремонтът ще отнеме поне три дни.", 3 * 24 * 60),
        ("Desde a Consellería falan dun peche de dúas semanas como mínimo.", 14 * 24 * 60),
        ("Zjarri u shua pas dhjetë minutave.", 10),
        ("Die Sperre dauert zwei Wochen.", 14 * 24 * 60),
        ("The repairs will take three months.", 90 * 24 * 60),
    ],
)  # fmt: skip
def test_a_span_is_read_from_a_figure_and_its_unit_or_a_phrase(text: str, minutes: int) -> None:
    assert [span.minutes for span in durations(text)] == [minutes]


@pytest.mark.parametrize(
    "text",
    [
        "Around 1,200 leaks a week are reported.",  # a rate, not a span
        "The church stood for three hundred years.",  # years: ages and eras, left out
        "She tried three times before noon.",
        "Two ministers resigned.",
    ],
)
def test_rates_years_and_other_nouns_are_no_spans(text: str) -> None:
    assert durations(text) == ()


def test_spans_in_other_units_that_differ_contradict_and_equal_ones_agree() -> None:
    assert span_difference("within 40 minutes", "within half an hour") != ""
    assert span_difference("within three weeks", "within a fortnight") != ""
    assert span_difference("za necelé tři týdny", "méně než dvacet dní") == ""  # 21 and 20 days
    assert span_difference("for 21 days", "for three weeks") == ""
    assert span_difference("within 40 minutes", "the crew was safe") == ""


def test_one_figure_with_two_units_is_two_things_not_a_contradiction() -> None:
    assert span_difference("padaly asi dvacet minut", "zbývalo méně než dvacet dní") == ""


def test_an_aligned_pair_with_spans_that_differ_is_labelled_a_contradiction() -> None:
    pair = compare_texts(
        "All three kayakers were pulled from the water within 40 minutes and flown to Truro.",
        "All three kayakers were winched aboard within half an hour and flown to Truro.",
    ).pairs[0]
    assert pair.relation == "contradicts"
    assert pair.differences == ("40 minutes ≠ half an hour",)


_UNITS = {
    "minutes": 1,
    "hours": 60,
    "days": 24 * 60,
    "weeks": 7 * 24 * 60,
    "minut": 1,
    "hodin": 60,
    "dní": 24 * 60,
    "týdnů": 7 * 24 * 60,
    "минути": 1,
    "часа": 60,
    "дни": 24 * 60,
    "седмици": 7 * 24 * 60,
}


@given(
    st.integers(min_value=2, max_value=500),
    st.sampled_from(sorted(_UNITS)),
    st.integers(min_value=2, max_value=500),
    st.sampled_from(sorted(_UNITS)),
)
def test_spans_contradict_exactly_when_their_lengths_differ_by_more_than_a_twentieth(
    count_a: int, unit_a: str, count_b: int, unit_b: str
) -> None:
    a = f"The line stayed closed for {count_a} {unit_a}."
    b = f"The line stayed closed for {count_b} {unit_b}."
    low, high = sorted((count_a * _UNITS[unit_a], count_b * _UNITS[unit_b]))
    differ = high > 1.05 * low and count_a != count_b
    assert (span_difference(a, b) != "") == differ
    assert (span_difference(b, a) != "") == differ
