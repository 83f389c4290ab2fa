"""A sentence still alone early in one text that counts what the other text's lede counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, lede_counts
from desktop_app.core.compare.lede_counts import (
    LEDE_COUNT_PLACE,
    counted_things,
    lede_count_pairs,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import Truth, load
from tests.core.compare.pair_rules import draw_places_and_paired, paired_both_ways, swapped

Pair = tuple[int, int]
Slots = list[set[str]]
EVEN = ([0.0, 0.05, 0.1, 0.5], [0.0, 0.05, 0.1, 0.5])
NOTHING: Slots = [set(), set(), set(), set()]


def _found(
    slots: tuple[Slots, Slots],
    paired: tuple[set[int], set[int]] = (set(), set()),
    places: tuple[list[float], list[float]] = EVEN,
) -> list[Pair]:
    return lede_count_pairs(paired, slots, places, (0, 0))


def test_counts_of_things_named_by_words_are_counted_things() -> None:
    assert counted_things({"qty:skier", "qty:ሰዎች", "day", "qty:%", "qty:$m", "qty:e"}) == {
        "qty:skier",
        "qty:ሰዎች",
    }


def test_an_early_lone_sentence_counting_the_lede_s_thing_pairs_with_the_lede() -> None:
    lede = {"qty:skier", "day"}
    short = {"qty:skier"}
    assert _found(([lede, set(), set(), set()], [set(), set(), short, set()])) == [(0, 2)]
    assert _found(([set(), short, set(), set()], [lede, set(), set(), set()])) == [(1, 0)]


def test_the_lede_pairs_whether_it_has_a_partner_or_not() -> None:
    slots = ([{"qty:peopl"}, set(), set(), set()], [set(), {"qty:peopl"}, set(), set()])
    assert _found(slots, paired=({0}, set())) == [(0, 1)]


def test_a_sentence_already_paired_or_another_lede_takes_no_partner_here() -> None:
    slots = ([{"qty:work"}, set(), set(), set()], [{"qty:work"}, {"qty:work"}, set(), set()])
    assert _found(slots, paired=(set(), {1})) == []
    assert _found(slots) == [(0, 1)]


def test_a_count_of_another_thing_or_no_thing_ties_nothing() -> None:
    assert (
        _found(([{"qty:skier"}, set(), set(), set()], [set(), {"qty:chair"}, set(), set()])) == []
    )
    assert (
        _found(([{"qty:%", "day"}, set(), set(), set()], [set(), {"qty:%", "day"}, *NOTHING[2:]]))
        == []
    )


def test_the_sentence_must_stand_before_the_place() -> None:
    slots = ([{"qty:jellyf"}, set(), set(), set()], [set(), {"qty:jellyf"}, set(), set()])
    late = ([0.0, 0.1, 0.2, 0.5], [0.0, LEDE_COUNT_PLACE, 0.6, 0.9])
    assert _found(slots, places=late) == []
    early = ([0.0, 0.1, 0.2, 0.5], [0.0, LEDE_COUNT_PLACE * 0.99, 0.6, 0.9])
    assert _found(slots, places=early) == [(0, 1)]


_SLOTS = ("qty:skier", "qty:peopl", "qty:%", "day", "time")


@given(st.data())
def test_swapping_the_texts_swaps_the_pairs(data: st.DataObject) -> None:
    size_a, size_b = data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5))
    slots = (
        data.draw(st.lists(st.sets(st.sampled_from(_SLOTS)), min_size=size_a, max_size=size_a)),
        data.draw(st.lists(st.sets(st.sampled_from(_SLOTS)), min_size=size_b, max_size=size_b)),
    )
    places, paired = draw_places_and_paired(data, (size_a, size_b))
    found = lede_count_pairs(paired, slots, places, (0, 0))
    mirrored = lede_count_pairs(
        (paired[1], paired[0]), (slots[1], slots[0]), (places[1], places[0]), (0, 0)
    )
    assert mirrored == swapped(found)
    for g, h in found:
        assert 0 in (g, h)
        assert (g, h) != (0, 0)
        lone, place = (h, places[1][h]) if g == 0 else (g, places[0][g])
        assert lone not in (paired[1] if g == 0 else paired[0])
        assert place < LEDE_COUNT_PLACE
        assert counted_things(slots[0][g]) & counted_things(slots[1][h])


def _relation(truth: Truth, starts: tuple[str, str]) -> str:
    pairs = compare_texts(truth.text_a, truth.text_b).pairs
    (pair,) = [
        p for p in pairs if p.a.text.startswith(starts[0]) and p.b.text.startswith(starts[1])
    ]
    return pair.relation


def test_the_engine_pairs_development_ledes_with_their_counts_told_again_both_ways() -> None:
    for name, starts in (
        ("chairlift_glenvarrick", ("Forty-two skiers were left", "There were 38 skiers")),
        ("jellyfish_tremarrow", ("Tremarrow's main beach was closed", "By then some three")),
        ("silo_tollmarsh", ("An explosion tore through", "Five men working at the co-op")),
    ):
        assert paired_both_ways(load(name), starts) == [True, True], name
        assert _relation(load(name), starts) == "contradicts", name
        with patched(lede_counts, "LEDE_COUNT_PLACE", float("-inf")):
            assert paired_both_ways(load(name), starts) == [False, False], name
