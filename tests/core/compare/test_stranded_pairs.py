"""A pair found by where it stands, left with no pair by it once the drops have run (round 179)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.neighbours import stranded_pairs
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Pair = tuple[int, int]

#: Where a pair stands by another: diagonally beside it, or next to it sharing a sentence.
BY = ((-1, -1), (1, 1), (0, -1), (0, 1), (-1, 0), (1, 0))


def _none(*_args: object) -> list[Pair]:
    """``stranded_pairs`` switched off."""
    return []


def test_a_pair_beside_a_dropped_pair_with_nothing_else_by_it_is_stranded() -> None:
    # (5, 6) was found beside (4, 5), which a later rule dropped; (1, 1) and (9, 9) stand far
    assert stranded_pairs([(5, 6)], [(1, 1), (5, 6), (9, 9)]) == [(5, 6)]
    # mirrored: the same pair with the texts exchanged
    assert stranded_pairs(swapped([(5, 6)]), swapped([(1, 1), (5, 6), (9, 9)])) == [(6, 5)]


@pytest.mark.parametrize(
    "neighbour",
    [(4, 5), (6, 7), (5, 5), (5, 7), (4, 6), (6, 6)],
)
def test_a_pair_beside_it_or_next_to_it_keeps_it_both_ways(neighbour: Pair) -> None:
    kept = [(1, 1), (5, 6), neighbour]
    assert stranded_pairs([(5, 6)], kept) == []
    assert stranded_pairs(swapped([(5, 6)]), swapped(kept)) == []


def test_only_pairs_found_by_where_they_stand_and_still_kept_are_stranded() -> None:
    kept = [(1, 1), (5, 6), (9, 9)]
    # the selection's lone pairs are not this rule's to judge
    assert stranded_pairs([], kept) == []
    # a found pair dropped since is not given back
    assert stranded_pairs([(3, 3)], kept) == []
    # a pair standing diagonally two steps off is not by it
    assert stranded_pairs([(5, 6)], [(5, 6), (7, 8), (3, 4)]) == [(5, 6)]


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # Uyghur: the water back on Thursday afternoon against the two schools that sent their
        # pupils home on Thursday, found beside a pair dropped since
        ("turuba_bostanliq", ("سۇ تەمىنلەش پەيشەنبە", "مەھەللىدىكى ئىككى مەكتەپ")),
        # Sidaama: the digital scale of 2024 against an official's word on the cooperative's
        # scale, two sentences sharing "mizaane" and "mine"
        ("coffeescale_dagahurufa", ("Mizaanu dijitaale mizaane", "Qabale hoolaano Ato Dukale")),
        # Kissi: the two chimpanzees at the school in 2016 against Finda Kamano's classroom
        ("chimpanzee_tengbeyaa", ("2016, sɛmpanse 2", "Finda Kamano o sɛɛ")),
        # Cree: the moose leaving at 12:30 against what it ate before it went out
        ("moswa_kamihkwaskweyak", ("Môswa kî-wayawîw 12:30", "Mary itwêw môswa kî-mîciw")),
    ],
)
def test_development_stranded_pairs_are_unpaired_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "stranded_pairs", _none):
        assert paired_both_ways(truth, starts) == [True, True]


def test_the_true_pair_it_costs_is_unpaired_both_ways() -> None:
    # Navajo: 27 children against twenty-one, a contradiction the truth pairs, found next to
    # a partner dropped since: the one true pair of all 528 the rule takes
    truth = load("oltaa_chidi_tsaile")
    starts = ("Ółtaʼ bichidí biiʼ ałchíní 27", "Tsosie bitsiʼ éí ałchíní")
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "stranded_pairs", _none):
        assert paired_both_ways(truth, starts) == [True, True]


_CELLS = st.tuples(st.integers(0, 6), st.integers(0, 6))


@given(st.lists(_CELLS, max_size=12, unique=True), st.lists(_CELLS, max_size=6, unique=True))
def test_stranded_pairs_are_found_kept_and_alone_and_mirror(
    kept: list[Pair], found: list[Pair]
) -> None:
    stranded = stranded_pairs(found, kept)
    assert stranded == sorted(stranded)
    assert set(stranded) <= set(found) & set(kept)
    kept_set = set(kept)
    for i, j in set(found) & kept_set:
        alone = not any((i + di, j + dj) in kept_set for di, dj in BY)
        assert ((i, j) in stranded) == alone
    assert stranded_pairs(swapped(found), swapped(kept)) == swapped(stranded)


@given(st.lists(_CELLS, max_size=12, unique=True), st.lists(_CELLS, max_size=8, unique=True))
def test_dropping_the_stranded_pairs_strands_no_other_in_any_order(
    kept: list[Pair], found: list[Pair]
) -> None:
    stranded = stranded_pairs(found, kept)
    left = [pair for pair in kept if pair not in stranded]
    # a fixed point: a stranded pair stood by no pair, so no pair stood by it alone
    assert stranded_pairs(found, left) == []
    # dropped one at a time, in the order given or reversed, the same pairs go
    for order in (stranded, stranded[::-1]):
        remaining = list(kept)
        for pair in order:
            assert pair in stranded_pairs(found, remaining)
            remaining.remove(pair)
    assert stranded_pairs(found[::-1], kept[::-1]) == stranded
