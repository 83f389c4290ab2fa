"""Pairs sharing one term or two from far-apart places of their texts (round 149)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, engine
from desktop_app.core.compare.far_apart import (
    FAR_APART_PLACES,
    FAR_APART_SENTENCES,
    far_apart_pairs,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import compared_both_ways, has_pair, paired_both_ways, swapped

Pair = tuple[int, int]

TIV_PEOPLE_200 = "Shighe la ior 200 tseegh ve zaan."
TIV_NAIRA_200 = "A zough naira dubu 200, man kwaghyan."
CROCODILE_THREE_YEARS = "The crocodile, which the rescuer believes to be around three years"
LIFEGUARD_19_YEARS = '"Then the log blinked," said the 19-year-old lifeguard.'
LEPCHA_SAME_LINE = "ᰓᰧᰓᰦᰭ ᰍᰪᰰ ᰓᰧ ᰍᰬ᰻"
MILL_NOTE_A = (
    "Two workers were taken to hospital on Monday. The roof of the Harlow mill fell in. "
    "A fire had burned there for six hours."
)
MILL_NOTE_B = (
    "A fire burned for six hours at the Harlow mill overnight. Its roof fell in. "
    "Two workers were hurt."
)
WORKERS = ("Two workers were taken", "Two workers were hurt.")
#: Eleven sentences on each side, evenly spread: sentence k stands at k / 10.
ELEVEN = ([k / 10 for k in range(11)], [k / 10 for k in range(11)])


def _far_apart(pairs: list[Pair], shared: int) -> list[Pair]:
    return far_apart_pairs(pairs, lambda _i, _j: shared, ELEVEN)


def _spread(count: int) -> list[float]:
    """The places of ``count`` sentences spread evenly over a text, from 0 to 1."""
    return [k / max(1, count - 1) for k in range(count)]


def test_one_shared_term_from_far_apart_places_is_dropped() -> None:
    one_term = FAR_APART_PLACES[1]
    far = round(one_term * 10) + 1  # sentences more than the limit apart
    assert _far_apart([(0, far), (far, 0)], shared=1) == [(0, far), (far, 0)]
    assert _far_apart([(2, 2 + far)], shared=0) == [(2, 2 + far)]


def test_one_shared_term_near_or_at_the_limit_stays() -> None:
    at_limit = round(FAR_APART_PLACES[1] * 10)
    assert _far_apart([(0, at_limit), (4, 4), (at_limit, 1)], shared=1) == []


def test_two_shared_terms_must_stand_further_apart_and_three_never_go() -> None:
    one_term, two_terms = FAR_APART_PLACES[1], FAR_APART_PLACES[2]
    between = round((one_term + two_terms) / 2 * 10)  # past one term's limit, not two's
    beyond = round(two_terms * 10) + 1
    assert one_term < between / 10 <= two_terms
    assert _far_apart([(0, between)], shared=1) == [(0, between)]
    assert _far_apart([(0, between)], shared=2) == []
    assert _far_apart([(0, beyond)], shared=2) == [(0, beyond)]
    assert _far_apart([(0, 10)], shared=len(FAR_APART_PLACES)) == []


def test_no_limits_drop_nothing() -> None:
    assert far_apart_pairs([(0, 10)], lambda _i, _j: 0, ELEVEN, apart=()) == []


def test_a_short_text_drops_nothing_on_either_side() -> None:
    short = _spread(FAR_APART_SENTENCES - 1)
    assert far_apart_pairs([(0, 10)], lambda _i, _j: 1, (short, ELEVEN[1])) == []
    assert far_apart_pairs([(10, 0)], lambda _i, _j: 1, (ELEVEN[0], short)) == []
    assert far_apart_pairs([(0, 0)], lambda _i, _j: 0, ([0.0], [0.0])) == []


def test_texts_of_just_enough_sentences_have_their_far_pairs_dropped() -> None:
    # the first sentence of one text against the last of the other: as far apart as can be
    enough = _spread(FAR_APART_SENTENCES)
    last = FAR_APART_SENTENCES - 1
    assert far_apart_pairs([(0, last)], lambda _i, _j: 1, (enough, enough)) == [(0, last)]
    assert far_apart_pairs([(last, 0)], lambda _i, _j: 1, (enough, enough)) == [(last, 0)]


def test_a_short_note_keeps_its_reordered_fact_both_ways() -> None:
    # three sentences a side: the workers first in one and last in the other, sharing two
    # terms, one fact; the places of so short a text tell nothing
    def workers_paired(a: str, b: str, starts: tuple[str, str]) -> bool:
        return has_pair(compare_texts(a, b).pairs, starts)

    assert workers_paired(MILL_NOTE_A, MILL_NOTE_B, WORKERS)
    assert workers_paired(MILL_NOTE_B, MILL_NOTE_A, (WORKERS[1], WORKERS[0]))
    with patched(
        engine,
        "far_apart_pairs",
        lambda pairs, shared_terms, places: far_apart_pairs(pairs, shared_terms, places, fewest=0),
    ):
        assert not workers_paired(MILL_NOTE_A, MILL_NOTE_B, WORKERS)


@given(
    # each pair with how many terms it shares, none to more than the limits count
    st.dictionaries(
        st.tuples(st.integers(0, 10), st.integers(0, 10)),
        st.integers(0, len(FAR_APART_PLACES) + 1),
        max_size=8,
    ),
    st.lists(st.floats(0.0, 1.0), min_size=11, max_size=11),
    st.lists(st.floats(0.0, 1.0), min_size=11, max_size=11),
)
def test_swapping_the_texts_swaps_the_result_and_the_drops_are_the_far_pairs_of_few_terms(
    shared: dict[Pair, int], places_a: list[float], places_b: list[float]
) -> None:
    pairs = list(shared)
    found = far_apart_pairs(pairs, lambda i, j: shared[i, j], (places_a, places_b))
    mirrored = far_apart_pairs(swapped(pairs), lambda j, i: shared[i, j], (places_b, places_a))
    assert mirrored == swapped(found)
    assert found == sorted(found)
    assert set(found) <= set(pairs)
    for i, j in pairs:
        terms = shared[i, j]
        far = terms < len(FAR_APART_PLACES) and (
            abs(places_a[i] - places_b[j]) > FAR_APART_PLACES[terms]
        )
        assert ((i, j) in found) == far


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # 200 people at the show a third into one text, 200,000 naira two thirds into the other
        ("yamprize_mbagwaza", (TIV_PEOPLE_200, TIV_NAIRA_200)),
        # the crocodile's three years against the 19-year-old lifeguard, sharing "year" alone
        ("crocodile_lido_farrowdale", (CROCODILE_THREE_YEARS, LIFEGUARD_19_YEARS)),
    ],
)
def test_one_shared_term_of_two_facts_far_apart_goes_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "far_apart_pairs", lambda *_args: []):
        assert paired_both_ways(truth, starts) == [True, True]


#: Nine other Lepcha sentences of each text, none alike (built from `kaju_lingthyak`'s words).
LEPCHA_OTHERS_A = (
    "ᰀᰈᰫ ᰌᰦᰭ ᰓᰮ ᰍᰬ᰻", "ᰜᰤᰦᰵ ᰠᰦ ᰀᰈᰫ ᰍᰬ᰻", "ᰎᰬᰮᰀᰧᰳ ᰍᰪᰰ ᰓᰧ ᰍᰬ᰻", "ᰗᰨᰵᰓᰨ ᰛᰬ ᰡᰨ ᰠᰦ᰻",
    "ᰡᰨ ᰠᰦ ᰕᰣᰧᰌᰦᰰ ᰛᰬ᰻", "ᰌᰦᰭᰊᰲ ᰀᰦ ᰓᰫ ᰍᰩᰰ᰻", "ᰀᰨᰕᰧᰊᰧ ᰠᰦ ᰛᰪᰎᰧᰚ᰻", "ᰙᰨᰅᰪ ᰠᰦ ᰜᰤᰦᰵ ᰉᰬᰳ᰻",
    "ᰣᰦᰓᰨ ᰍᰪᰰ ᰡᰨ ᰛᰬ᰻",
)  # fmt: skip
LEPCHA_OTHERS_B = (
    "ᰛᰧᰎᰨᰳ ᰛᰬ ᰓᰈᰬ ᰀᰦ᰻", "ᰊᰧᰮ ᰛᰬ ᰠᰩᰵ ᰀᰦ᰻", "ᰋᰤᰦᰭ ᰃᰤᰪ ᰓᰮ ᰍᰬ᰻", "ᰀᰀᰤᰩᰭ ᰓᰈᰬ ᰀᰦ᰻",
    "ᰣᰦᰊᰧᰮ ᰈᰪᰭ ᰓᰨ᰻", "ᰚᰵ ᰕ ᰌᰦᰭ ᰍᰬ᰻", "ᰠᰪᰣᰧ ᰠᰦ ᰀᰦᰃᰳ᰻", "ᰛᰤᰦᰭ ᰠᰦ ᰜᰦ ᰡᰨ᰻", "ᰍᰦᰮᰓᰲ ᰍᰬ ᰃᰨ᰻",
)  # fmt: skip


def test_identical_sentences_far_apart_stay_both_ways() -> None:
    # one Lepcha line told word for word in both texts, more than half a text apart: the rule
    # would drop it, the engine keeps identical sentences. (In `kaju_lingthyak` the line was a
    # sentence only while Lepcha's clause mark "᰼" before it was read as an end; since round
    # 170 it is the end of a longer sentence there, so the texts are built.)
    text_a = "\n\n".join([LEPCHA_OTHERS_A[0], LEPCHA_SAME_LINE, *LEPCHA_OTHERS_A[1:]])
    text_b = "\n\n".join([*LEPCHA_OTHERS_B[:8], LEPCHA_SAME_LINE, LEPCHA_OTHERS_B[8]])
    for pairs in compared_both_ways(text_a, text_b):
        assert [(a.text, b.text) for a, b in pairs] == [(LEPCHA_SAME_LINE, LEPCHA_SAME_LINE)]
