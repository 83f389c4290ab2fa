"""Two sentences still alone, each between the pairs that hold the other (round 191,
``bracketed``)."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import bracketed
from desktop_app.core.compare.bracketed import (
    BRACKETED_PLACE,
    bracketed_pairs,
    value_kind,
    values_apart,
    windows,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import Pair, paired_both_ways, paired_sides, swapped

#: Sentences spread over the first half of two texts of ten (every place under the limit).
_EARLY = [k * 0.04 for k in range(10)]
#: And over the whole of them.
_SPREAD = [k / 9 for k in range(10)]


def _found(
    pairs: list[Pair],
    pieces: Mapping[Pair, float],
    places: tuple[list[float], list[float]] = (_EARLY, _EARLY),
    apart: frozenset[Pair] = frozenset(),
) -> list[Pair]:
    """The rule over ``pairs``, the units' cosines of pieces ``pieces`` (none where missing)
    and ``apart`` the pairs dated to years apart."""

    def row_a(i: int) -> dict[int, float]:
        return {j: score for (k, j), score in pieces.items() if k == i and score > 0}

    def row_b(j: int) -> dict[int, float]:
        return {i: score for (i, k), score in pieces.items() if k == j and score > 0}

    return bracketed_pairs(pairs, places, (row_a, row_b), lambda i, j: (i, j) in apart)


def _mirrored(
    pairs: list[Pair],
    pieces: Mapping[Pair, float],
    places: tuple[list[float], list[float]] = (_EARLY, _EARLY),
    apart: frozenset[Pair] = frozenset(),
) -> list[Pair]:
    """The rule with the two texts exchanged, its pairs given back in A's terms."""
    return swapped(
        _found(
            swapped(pairs),
            {(j, i): score for (i, j), score in pieces.items()},
            (places[1], places[0]),
            frozenset(swapped(sorted(apart))),
        )
    )


def test_two_sentences_alone_between_pairs_that_hold_each_other_pair_both_ways() -> None:
    # A's 3 and 4 stand between A's 2 and 5, paired with B's 2 and 6; B's 3 to 5 likewise;
    # A's 3 and B's 3 stand beside the pair (2, 2), A's 4 and B's 5 beside (5, 6)
    pairs = [(2, 2), (5, 6)]
    pieces = {(3, 3): 0.2, (3, 4): 0.1, (4, 5): 0.15, (4, 4): 0.05}
    assert _found(pairs, pieces) == [(3, 3), (4, 5)]
    assert _mirrored(pairs, pieces) == [(3, 3), (4, 5)]


def test_neither_beside_a_pair_pairs_nothing_but_one_beside_does() -> None:
    assert _found([(2, 2), (5, 6)], {(3, 4): 0.2}) == []
    assert _mirrored([(2, 2), (5, 6)], {(3, 4): 0.2}) == []
    assert _found([(2, 3), (5, 6)], {(3, 4): 0.2}) == [(3, 4)]
    assert _mirrored([(2, 3), (5, 6)], {(3, 4): 0.2}) == [(3, 4)]


def test_a_partner_preferred_elsewhere_a_paired_sentence_or_told_apart_pair_nothing() -> None:
    pairs = [(2, 2), (5, 6)]
    # B's 3 likes A's 8 better, a sentence still alone outside the window
    assert _found(pairs, {(3, 3): 0.2, (8, 3): 0.3}) == []
    assert _mirrored(pairs, {(3, 3): 0.2, (8, 3): 0.3}) == []
    # a better partner already paired does not count
    assert _found(pairs, {(3, 3): 0.2, (2, 3): 0.9}) == [(3, 3)]
    assert _found([*pairs, (3, 8)], {(3, 3): 0.2}) == []  # A's 3 paired elsewhere
    assert _found(pairs, {(3, 3): 0.2}, apart=frozenset({(3, 3)})) == []
    assert _mirrored(pairs, {(3, 3): 0.2}, apart=frozenset({(3, 3)})) == []
    assert _found(pairs, {}) == []  # no piece in common


def test_sentences_outside_the_window_or_late_in_a_text_are_left_alone() -> None:
    pieces = {(3, 3): 0.2, (3, 7): 0.2, (6, 4): 0.2}
    assert _found([(2, 5), (5, 6)], pieces) == []  # B's 3 stands before A's 2's partner
    assert _found([(2, 2), (5, 6)], {(3, 7): 0.2}) == []  # B's 7 after A's 5's partner
    assert _found([(2, 6), (5, 2)], pieces) == []  # the order crossed: no window
    assert _found([(2, 2)], pieces) == []  # nothing paired after them
    late = (_SPREAD, _SPREAD)
    assert _found([(2, 2), (5, 6)], {(3, 3): 0.2}, late) == [(3, 3)]  # at 0.33
    assert _found([(5, 5), (8, 8)], {(6, 6): 0.2}, late) == []  # 0.67: past the limit
    with patched(bracketed, "BRACKETED_PLACE", 0.0):
        assert _found([(2, 2), (5, 6)], {(3, 3): 0.2}) == []


def test_windows_run_from_the_last_partner_before_to_the_first_partner_after() -> None:
    window_a, window_b = windows([(1, 1), (1, 3), (4, 6), (4, 8)], (6, 10))
    assert window_a == {2: (3, 6), 3: (3, 6)}
    # B's 2 stands between B's 1 and 3, both A's 1's partners: no sentence of A between
    assert window_b == {4: (1, 4), 5: (1, 4)}
    assert windows([(1, 5), (4, 2)], (6, 8)) == ({}, {})


def test_values_of_no_kind_in_common_are_apart_values_of_one_kind_or_one_side_not() -> None:
    assert values_apart(["qty:iletik", "qty:u"], ["month", "qty:$"])  # a count, a price
    assert values_apart(["year"], ["qty:bab"])
    assert not values_apart(["qty:tammik"], ["qty:helmik"])  # two counts
    assert not values_apart(["qty:articu", "time"], ["time"])
    assert not values_apart(["qty:£bn"], ["qty:$"])  # two amounts
    assert not values_apart(["day"], [])  # a value on one side only
    assert not values_apart([], [])
    assert [value_kind(slot) for slot in ("qty:%", "qty:€", "qty:kg", "day", "month")] == [
        "amount",
        "amount",
        "count",
        "date",
        "date",
    ]


@given(
    slots_a=st.frozensets(st.sampled_from(("qty:$", "qty:kg", "qty:%", "day", "time", "year"))),
    slots_b=st.frozensets(st.sampled_from(("qty:£", "qty:men", "month", "time", "score"))),
)
def test_values_apart_is_symmetric_and_needs_values_on_both_sides(
    slots_a: frozenset[str], slots_b: frozenset[str]
) -> None:
    apart = values_apart(slots_a, slots_b)
    assert apart == values_apart(slots_b, slots_a)
    if apart:
        assert slots_a
        assert slots_b
        assert {value_kind(s) for s in slots_a}.isdisjoint({value_kind(s) for s in slots_b})


_CELLS = st.tuples(st.integers(0, 7), st.integers(0, 7))


@given(
    pairs=st.lists(_CELLS, max_size=5),
    flanks=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=2),
    pieces=st.dictionaries(_CELLS, st.sampled_from((0.0, 0.1, 0.2, 0.3)), max_size=30),
    places=st.tuples(
        st.lists(st.floats(0.0, 1.0), min_size=8, max_size=8),
        st.lists(st.floats(0.0, 1.0), min_size=8, max_size=8),
    ),
    apart=st.frozensets(_CELLS, max_size=5),
)
def test_the_rule_mirrors_and_finds_exactly_the_alone_mutual_pairs_in_both_windows(
    pairs: list[Pair],
    flanks: list[Pair],
    pieces: dict[Pair, float],
    places: tuple[list[float], list[float]],
    apart: frozenset[Pair],
) -> None:
    # random pairs seldom hold a window beside a pair: add some, three apart on both sides
    pairs = sorted({*pairs, *flanks, *((i + 3, j + 3) for i, j in flanks)})
    found = _found(pairs, pieces, places, apart)
    assert _mirrored(pairs, pieces, places, apart) == found
    paired_a, paired_b = paired_sides(pairs)
    window_a, window_b = windows(pairs, (8, 8))
    alone_a = set(range(8)) - paired_a
    alone_b = set(range(8)) - paired_b
    expected = []
    for i in sorted(alone_a & window_a.keys()):
        for j in sorted(alone_b & window_b.keys()):
            score = pieces.get((i, j), 0.0)
            best_a = max((pieces.get((i, k), 0.0) for k in alone_b), default=0.0)
            best_b = max((pieces.get((k, j), 0.0) for k in alone_a), default=0.0)
            if (
                window_a[i][0] < j < window_a[i][1]
                and window_b[j][0] < i < window_b[j][1]
                and ((i - 1, j - 1) in pairs or (i + 1, j + 1) in pairs)
                and max(places[0][i], places[1][j]) < BRACKETED_PLACE
                and score > 0.0
                and score >= max(best_a, best_b)
                and (i, j) not in apart
            ):
                expected.append((i, j))
    assert found == expected


UNHURT_TOLD = "Não houve feridos graves."
UNHURT_RETOLD = "Ninguém se feriu com gravidade."
WEIGHED_TOLD = "Ikoroi ikany kojii"
WEIGHED_RETOLD = "Ikoroi kere ejii"


def test_development_pairs_are_found_both_ways_and_not_without_the_rule() -> None:
    for name, starts in (
        ("adutora_campinas", (UNHURT_TOLD, UNHURT_RETOLD)),
        ("calves_atiiraomoru", (WEIGHED_TOLD, WEIGHED_RETOLD)),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [True, True], name
        with patched(bracketed, "BRACKETED_PLACE", 0.0):
            assert paired_both_ways(truth, starts) == [False, False], name
