"""More detail against a partner that gives no figure, moment or name of its own."""

from __future__ import annotations

from collections.abc import Set

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import one_sided
from desktop_app.core.compare.one_sided import bare_partner, gives_value_or_name
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    sentence_terms,
)

#: Entry 165's Nigerian cataract outreach: the villages counted and the buses' mornings,
#: against a partner with no figure, moment or name.
_RICHER = (
    "Patients were brought in by bus each morning from 14 villages of the local government area."
)
_POORER = "Buses fetched patients from the villages at first light."
#: The same partner naming a place of its own: it adds a little too, the same fact.
_POORER_NAMED = "Buses fetched patients from the villages of Oke-Agbede at first light."


def _label(rich: str, poor: str, *, alone: tuple[bool, bool] = (True, True)) -> list[Label]:
    """The label with ``rich`` as A, and with it as B named from A's side; both articles
    tell every term of the two sentences, so the older ways that count terms new to the
    other article stay silent."""
    a, b = sentence_terms(rich, poor)
    both: Set[str] = a.weights.keys() | b.weights.keys()
    forward = relation_of(
        a, b, rich, poor, shares_quote=False, text_terms=(both, both), alone=alone
    )[:2]
    backward = relation_of(
        b, a, poor, rich, shares_quote=False, text_terms=(both, both), alone=alone[::-1]
    )[:2]
    return [forward, (backward[0], MIRRORED_SIDE[backward[1]])]


def test_a_bare_partner_is_more_detail_both_ways_and_the_same_fact_off() -> None:
    assert _label(_RICHER, _POORER) == [("adds_detail", "a")] * 2
    with patched(one_sided, "BARE_PARTNER", False):
        assert _label(_RICHER, _POORER) == [("same_fact", None)] * 2


def test_a_partner_with_a_name_or_a_second_partner_holds_it_back() -> None:
    assert _label(_RICHER, _POORER_NAMED) == [("same_fact", None)] * 2
    assert _label(_RICHER, _POORER, alone=(False, True)) == [("same_fact", None)] * 2


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("BARE_PARTNER_OWN_TERMS", 20),
        ("BARE_PARTNER_OWN_TIMES", 20.0),
        ("BARE_PARTNER_COVERED", 0.99),
        ("BARE_PARTNER_WORDS_RATIO", 3.0),
    ],
)
def test_each_setting_alone_keeps_the_way_off(setting: str, value: float) -> None:
    with patched(one_sided, setting, value):
        assert _label(_RICHER, _POORER) == [("same_fact", None)] * 2


@pytest.mark.parametrize(
    ("name", "starts", "side"),
    [
        # entry 165: the villages and the mornings
        ("cataract_okeagbede", ("Patients were brought in by bus", "Buses fetched"), "a"),
        # entry 147: about 60 letters since Saturday's collection
        ("postbox_lidderby", ("Royal Mail believes", "Some sixty letters"), "a"),
        # entry 185: who paid, and the title deed by Jamhuri Day
        ("beacons_kiamwathi", ("New concrete beacons", "The new beacons cost"), "b"),
    ],
)  # fmt: skip
def test_development_pairs_are_more_detail_both_ways_and_the_same_fact_off(
    name: str, starts: tuple[str, str], side: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("adds_detail", side)] * 2
    with patched(one_sided, "BARE_PARTNER", False):
        assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2


def test_an_older_writers_same_fact_of_this_shape_is_read_as_more_detail() -> None:
    # entry 74: the writers call it the same fact (the vestry window told both times); the
    # way reads Mrs Hale's unlocked north door as more detail (one of the 7 it makes wrong)
    starts = ("The thieves got in", "The police talk of a smashed")
    assert detailed_both_ways(load("church_silver_wrenham"), starts) == [("adds_detail", "b")] * 2


_WORDS = st.sampled_from(
    ["patients", "buses", "villages", "morning", "light", "fetched", "brought", "area"]
)
_EXTRAS = st.sampled_from(["14", "Monday", "Oke-Agbede", "at 7:30", "Dr Bello", "clinic"])


@given(
    shared=st.lists(_WORDS, min_size=2, max_size=6, unique=True),
    extra=st.lists(_EXTRAS, min_size=1, max_size=5, unique=True),
    partner_extra=st.lists(_EXTRAS, max_size=2, unique=True),
)
def test_the_way_needs_a_partner_with_nothing_of_its_own_and_mirrors(
    shared: list[str], extra: list[str], partner_extra: list[str]
) -> None:
    rich = "The " + " ".join(shared + extra) + "."
    poor = "The " + " ".join(shared + partner_extra) + "."
    a, b = sentence_terms(rich, poor)
    labels = _label(rich, poor)
    assert labels[0] == labels[1]
    fired = bare_partner(a, b, own_terms=(99, 0), covered=1.0, words=(99, 1), alone=True)
    assert fired == (gives_value_or_name(a, b) and not gives_value_or_name(b, a))
