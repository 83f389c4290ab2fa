"""A value inside the other side's range or bound agrees with it; outside, it contradicts
(round 183)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import relations
from desktop_app.core.compare.ranges import inside_range, intervals
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways


@pytest.mark.parametrize(
    ("text", "low", "high", "kind"),
    [
        ("Tickets cost £20–30 each.", 20, 30, "figure"),
        ("Tickets cost between £20 and £30 each.", 20, 30, "figure"),
        ("Tickets cost 20-30 pounds each.", 20, 30, "figure"),
        ("Twelve to fifteen workers were hurt.", 12, 15, "figure"),
        ("12 to 15 workers were hurt.", 12, 15, "figure"),
        ("The hall is open from 9 to 11 on Sunday.", 9, 11, "figure"),
        ("Prices rose 40–50 % last year.", 40, 50, "figure"),
        ("Floods hit 12 % to 15 % of homes.", 12, 15, "figure"),
        ("Entre 40 et 50 personnes ont été évacuées.", 40, 50, "figure"),
        ("Zwischen 40 und 50 Menschen wurden gerettet.", 40, 50, "figure"),
        ("Antara 40 dan 50 orang dievakuasi.", 40, 50, "figure"),
        ("Бригада работала от 9 до 11 часов.", 9, 11, "figure"),
        ("Sebanyak 19 hingga 22 orang hilang.", 19, 22, "figure"),
        ("The damage cost £20–30m to repair.", 20e6, 30e6, "figure"),
        ("The clinic is open 9–11 a.m. on weekdays.", 9 * 60, 11 * 60, "time"),
        ("The clinic is open 2–4pm on weekdays.", 14 * 60, 16 * 60, "time"),
        ("It was taken between 2am and 4am.", 2 * 60, 4 * 60, "time"),
        ("It is open from 8am to 1pm.", 8 * 60, 13 * 60, "time"),
    ],
)  # fmt: skip
def test_a_range_is_read_as_one_value_with_two_ends(
    text: str, low: float, high: float, kind: str
) -> None:
    (found,) = intervals(text)
    assert (found.low, found.high, found.kind, found.bound) == (low, high, kind, False)


@pytest.mark.parametrize(
    "text",
    [
        # a change, a vote, a fall, a telephone number, a code, roads, years
        "The fare will rise from $2.75 to $3.25 in July.",
        "The board voted to raise the adult single fare from $2.75 to $3.25.",
        "Shares fell 6.4% to $31.20 in late trading.",
        "Councillors approved the plan by 31 votes to 24.",
        "The judge reduced the fine from £54,000 to £36,000.",
        "Call the hotline on 8-800-100-20-30.",
        "Call the office on 0998-5512345.",
        "Call the tourism office on 268-4511.",
        "The road was shut between the A43 and A47 junctions.",
        "The schools were built between 1954 and 1962.",
    ],
)
def test_changes_votes_numbers_to_dial_and_years_are_no_range(text: str) -> None:
    assert [i for i in intervals(text) if not i.bound] == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Vehicles under 10 tonnes may cross.", 10 / 1.5, 10),
        ("The level will rise by no more than 30 centimetres.", 20, 30),
        ("It drew not less than 300 people.", 300, 450),
    ],
)
def test_bounds_terms_does_not_read_are_read(text: str, low: float, high: float) -> None:
    (found,) = intervals(text)
    assert found.bound
    assert (found.low, found.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("range_text", "inside", "outside"),
    [
        ("Tickets cost £20–30 each at the gate.", "Tickets cost £25 each at the gate.",
         "Tickets cost £35 each at the gate."),
        ("Tickets cost between £20 and £30 each at the gate.",
         "Tickets cost £25 each at the gate.", "Tickets cost £45 each at the gate."),
        ("Tickets cost 20-30 pounds each at the gate.", "Tickets cost £25 each at the gate.",
         "Tickets cost £35 each at the gate."),
        ("Twelve to fifteen workers were hurt in the blast at the plant.",
         "Fourteen workers were hurt in the blast at the plant.",
         "Twenty workers were hurt in the blast at the plant."),
        ("The clinic is open 9–11 a.m. on weekdays at the hall.",
         "The clinic is open at 10 a.m. on weekdays at the hall.",
         "The clinic is open at 2 p.m. on weekdays at the hall."),
        ("Prices rose 40–50 % in the city last year, the agency said.",
         "Prices rose 45 % in the city last year, the agency said.",
         "Prices rose 60 % in the city last year, the agency said."),
        ("Entre 40 et 50 personnes ont été évacuées du bâtiment.",
         "45 personnes ont été évacuées du bâtiment.",
         "70 personnes ont été évacuées du bâtiment."),
        ("Zwischen 40 und 50 Menschen wurden aus dem Gebäude gebracht.",
         "45 Menschen wurden aus dem Gebäude gebracht.",
         "70 Menschen wurden aus dem Gebäude gebracht."),
        ("The ice was 12-15 cm thick on the lake that morning.",
         "The ice was 14-18 cm thick on the lake that morning.",
         "The ice was 20-25 cm thick on the lake that morning."),
        ("Bills went up by just under five per cent in April, the council said.",
         "Bills went up by 4.99 per cent in April, the council said.",
         "Bills went up by 6 per cent in April, the council said."),
    ],
)  # fmt: skip
def test_inside_agrees_and_outside_contradicts_both_ways(
    range_text: str, inside: str, outside: str
) -> None:
    assert "contradicts" not in relations_both_ways(range_text, inside)
    assert relations_both_ways(range_text, outside) == ("contradicts", "contradicts")


def test_the_rule_switched_off_reads_a_range_as_loose_figures() -> None:
    text_a, text_b = "Tickets cost £20–30 each at the gate.", "Tickets cost £25 each at the gate."
    with patched(relations, "RANGES_AGREE", False):
        assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")
    assert "contradicts" not in relations_both_ways(text_a, text_b)


def test_a_bound_takes_in_no_rough_figure() -> None:
    # as ``relations._within``: "under 3,000" and "about 2,500" are two estimates
    text_a = "Under 3,000 people came to the fair."
    text_b = "About 2,500 people came to the fair."
    assert not inside_range("3,000 ≠ 2,500", text_a, text_b)
    assert inside_range("3,000 ≠ 2,500", text_a, "2,500 people came to the fair.")


def test_two_single_figures_are_left_to_the_other_rules() -> None:
    assert not inside_range("20 ≠ 25", "Tickets cost £20.", "Tickets cost £25.")


def test_the_development_pair_is_the_same_fact_both_ways() -> None:
    # entry 20: "just under five per cent" against 4.99 percent
    truth = load("council_notice_holme")
    starts = ("Council tax in the borough rose by 4.99", "Bills already went up")
    assert "contradicts" not in related_both_ways(truth, starts)


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(2, 400),
    width=st.integers(1, 60),
    value=st.integers(1, 600),
    dash=st.sampled_from(["–", "-", " to "]),
)
def test_inside_agrees_outside_contradicts_and_both_orders_alike(
    low: int, width: int, value: int, dash: str
) -> None:
    high = low + width
    text_a = f"Tickets to the festival cost £{low}{dash}{high} each at the gate."
    text_b = f"Tickets to the festival cost £{value} each at the gate."
    forward, backward = relations_both_ways(text_a, text_b)
    assert (forward == "contradicts") == (backward == "contradicts")
    if low <= value <= high:
        assert forward != "contradicts"
    else:
        assert forward == "contradicts"
