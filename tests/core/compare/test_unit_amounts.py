"""One measure told in two units of one kind pairs as a close figure does (round 111)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import align, relations
from desktop_app.core.compare.align import NEAR_FIGURE_BONUS
from desktop_app.core.compare.unit_amounts import measures_of, same_measure
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways
from tests.core.compare.sentence_pairs import (
    bonus_both_ways,
    relations_both_ways,
    sentence_terms,
)


def _measures(sentence: str) -> set[tuple[str, Decimal]]:
    terms, _ = sentence_terms(sentence, "Nothing else.")
    return {(kind, amount) for kind, _, amount in terms.measures}


def test_a_figure_counting_a_unit_is_read_in_its_kind_s_base_unit() -> None:
    assert _measures("The runway is 2.2 kilometres long.") == {("length", Decimal(2200))}
    assert _measures("The runway is 2,200 metres long.") == {("length", Decimal(2200))}
    assert _measures("They must meet within three weeks.") == {("duration", Decimal(30240))}
    assert _measures("Взрывом отбросило камни на 400 метров.") == {("length", Decimal(400))}
    assert _measures("Twelve workers were hurt.") == set()
    assert measures_of({"qty:kilome": {"#2.2": "2.2"}, "year": {"2018": "2018"}}) == {
        ("length", "qty:kilome", Decimal(2200))
    }


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The runway, 2,200 metres long, was resurfaced in 2018.",
         "The runway was laid in 1942 and is 2.2 kilometres long."),
        ("The council must hold a meeting within 21 days.",
         "By law, the council must meet within three weeks."),
        ("Forecasters expect strong winds over the next 48 hours.",
         "Forecasters warned of strong winds for two days."),
        ("Die Ladung wog 1,5 Tonnen.", "Die Ladung wog 1500 Kilogramm."),
    ],
)  # fmt: skip
def test_one_amount_in_two_units_of_one_kind_is_a_close_figure(text_a: str, text_b: str) -> None:
    assert bonus_both_ways("same_measure", text_a, text_b) == [NEAR_FIGURE_BONUS, NEAR_FIGURE_BONUS]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same unit: the figure is shared already
        ("The runway is 2,200 metres long.", "The old runway is 2,200 metres long."),
        # two amounts
        ("The runway is 2,200 metres long.", "The runway is 2.5 kilometres long."),
        # two kinds with the same number in their base units
        ("The load weighed 2 tonnes.", "The queue was 2 kilometres long."),
    ],
)  # fmt: skip
def test_one_unit_other_amounts_or_other_kinds_get_no_bonus(text_a: str, text_b: str) -> None:
    assert bonus_both_ways("same_measure", text_a, text_b) == [0.0, 0.0]


_UNITS: dict[str, Decimal] = {
    "qty:metr": Decimal(1),
    "qty:kilome": Decimal(1000),
    "qty:centim": Decimal("0.01"),
}


@given(
    a=st.lists(st.tuples(st.sampled_from(sorted(_UNITS)), st.integers(1, 5000)), max_size=3),
    b=st.lists(st.tuples(st.sampled_from(sorted(_UNITS)), st.integers(1, 5000)), max_size=3),
)
def test_the_rule_is_symmetric_and_asks_one_amount_in_two_units(
    a: list[tuple[str, int]], b: list[tuple[str, int]]
) -> None:
    measures_a = measures_of({slot: {f"#{figure}": str(figure)} for slot, figure in a})
    measures_b = measures_of({slot: {f"#{figure}": str(figure)} for slot, figure in b})
    found = same_measure(measures_a, measures_b)
    assert found == same_measure(measures_b, measures_a)
    amounts_a = {(slot, figure * _UNITS[slot]) for slot, figure in dict(a).items()}
    amounts_b = {(slot, figure * _UNITS[slot]) for slot, figure in dict(b).items()}
    assert found == any(
        slot_a != slot_b and x == y for slot_a, x in amounts_a for slot_b, y in amounts_b
    )


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("runway_tyre_esterby", ("The runway, 2,200 metres long", "The runway was laid in 1942")),
        ("council_notice_holme", ("The council will have to hold", "By law, full council")),
        ("bot_mangrol", ("હવામાન વિભાગે આગામી ૪૮ કલાક", "હવામાન વિભાગે બે દિવસ")),
    ],
)
def test_the_engine_pairs_development_measures_in_two_units_both_ways(
    name: str, starts: tuple[str, str]
) -> None:
    assert paired_both_ways(load(name), starts) == [True, True]
    with patched(align, "same_measure", lambda *_: False):
        assert paired_both_ways(load(name), starts) == [False, False]


def test_one_amount_in_two_units_is_no_count_told_with_two_numbers() -> None:
    # entry 20: a count beside "within" on each side, round 87's lone counts and the unit
    # before its figure would read "21 ≠ three"
    text_a = "The council will have to hold an emergency meeting within 21 days."
    text_b = "By law, full council must meet within three weeks to respond to the notice."
    assert relations_both_ways(text_a, text_b) == ("same_fact", "same_fact")
    # round 110's ``measured_alike`` reads the same agreement from the difference shown
    # ("21 ≠ three"), so either rule alone keeps it; with both off it contradicts
    with patched(relations, "same_measure", lambda *_: False):
        assert relations_both_ways(text_a, text_b) == ("same_fact", "same_fact")
        with patched(relations, "measured_alike", lambda *_: False):
            assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")
    # another amount in the other unit still contradicts
    other = "By law, full council must meet within four weeks to respond to the notice."
    assert relations_both_ways(text_a, other) == ("contradicts", "contradicts")
