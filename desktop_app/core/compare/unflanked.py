"""Pairs of one topic telling different facts: no pair beside them and no word of their own."""

from __future__ import annotations

from collections.abc import Callable, Collection

#: A pair is unflanked when no other pair stands diagonally within this many sentences of it
#: on both sides (one sentence before or after each, up to this far): a fact two outlets both
#: report sits among the facts around it, which they tend to report too, while a background
#: sentence ("The mast was put up in 1994 …") meets the other's opinion or history ("The
#: police put it down to greed.") alone. Round 114 (entry 114 of tests/compare_data/README.md):
#: reach 1, 2 and 3 measured, 3 chosen for every pair leaving one pair out.
UNFLANKED_REACH = 3
#: ... and both sentences stand at least this many sentences into their texts (the openings
#: pair the lede with a scene or a short sentence of when, whose neighbours differ by design).
UNFLANKED_OPENING = 2


def unflanked_pairs(
    pairs: Collection[tuple[int, int]],
    own_terms: Callable[[int, int], int],
    one_slot: Callable[[int, int], bool],
    reach: int = UNFLANKED_REACH,
    opening: int = UNFLANKED_OPENING,
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``pairs`` that two sentences of one topic make: past both
    openings (``opening``), with no other pair diagonally within ``reach`` sentences, sharing
    no term that only they hold (``own_terms(i, j)`` is 0: only the story's name, its noun,
    a year, the verb of another fact). Two sentences reporting one fact share a word no other
    sentence uses (a figure, a name of their own, the thing that happened); the Hopi school
    "built in 1987" and its lights "renewed in 2016" share only the school and the verb. Two
    sentences that both give a value in one slot (``one_slot(i, j)``: a day, a month, a count
    of one thing) tell one value two ways, which the relation reads ("closed until 19 March"
    / "shut until the 26th of March"), and are kept. Swapping the texts swaps the result.
    Sorted.
    """
    if reach < 1:
        return []
    kept = set(pairs)
    offsets = [
        (a, b) for a in range(-reach, reach + 1) for b in range(-reach, reach + 1) if a and b
    ]
    return sorted(
        (i, j)
        for i, j in kept
        if min(i, j) >= opening
        and not any((i + a, j + b) in kept for a, b in offsets)
        and own_terms(i, j) == 0
        and not one_slot(i, j)
    )
