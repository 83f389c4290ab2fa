"""Two sentences still alone that prefer each other and give a value in one slot: one fact."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping, Sequence

from desktop_app.core.compare.lede_counts import COUNT_PREFIX
from desktop_app.core.compare.second_halves import best_scores
from desktop_app.core.compare.still_alone import alone_before

#: Two sentences without a partner, each the other's best by words, that both give a value in
#: one slot (a weekday, a clock time, a date, or a count of the same thing; a year is too
#: often an earlier event's) tell one fact, the same or contradicting: "All guests were off
#: the wheel by 8.25pm." / "She was up there in the cold until nearly half past nine."; "The
#: faulty lift will be repaired by 27 November." / "The association says the lift will be
#: mended by 4 December."; "… lost 46 containers overboard …" / "More than fifty containers
#: … toppled into the waves." The rest of the two sentences is told in other words, so they
#: meet under the selection's floors (``align.MUTUAL_SCORE``) or fall to a later rule.
#: Round 92, tests/compare_data/README.md entry 92, on all 352 development pairs: 8 true
#: pairs more, 4 false (F1 0.8236 -> 0.8243; entries 82-83 2 true, none false); from 0.1,
#: 2 true and 2 false more (a true only-B span lost); from 0.2, 3 true and 1 false in all;
#: leaving one pair out, 0.15 and 0.7 for all 352.
SAME_SLOT_SCORE = 0.15
#: Past this share of either text, two sentences alone are background more often than not
#: (round 80's late mutual partners): up to 0.8, 3 true pairs more and 2 false that take
#: three true only-spans; with no limit, 10 true and 26 false more.
SAME_SLOT_PLACE = 0.7
#: A slot that ties no two sentences: years recur as earlier events (round 85's decoys). The
#: same judgement leaves years out of ``crossings.TOLD_APART_MOMENTS`` (round 93).
UNTIED_SLOTS = frozenset({"year"})
#: Nor does a count whose word after the figure is one letter of an alphabet: a particle, not
#: the thing counted (Yucatec Maya "yaan 45 metros u taamil", 45 metres deep, and "yaan 54 u
#: ja'abil", 54 years old, both fill ``qty:u``). A syllabary or ideographs write a counter in
#: one sign (Chinese "3名", "5人"), so only these alphabets' letters are left out. Round 104,
#: tests/compare_data/README.md entry 104: 1 false pair fewer on all 384 development pairs
#: (``tsonot_xbalamchen``, two true only-spans found), none lost.
PARTICLE_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK")
#: A clock time read on one side only ties two such sentences too, from a lower cosine: the
#: other tells the moment in words no table reads ("The last skier was lowered to the snow at
#: 1.40pm." / "The last of them reached the snow in mid-afternoon."; Armenian "ժամը 02:40-ին"
#: / "առավոտյան ժամը հինգին", at five in the morning), most often a contradiction. Round 145,
#: tests/compare_data/README.md entry 145, on all 464 development pairs: 5 true pairs more (4
#: contradictions), 2 false (F1 0.8360 -> 0.8364, contradictions found 0.7945 -> 0.7965); from
#: 0.15, 3 true and 2 false; leaving one pair out, 0.1 for 463 pairs.
MOMENT_ONE_SIDE_SCORE = 0.1
#: The slots whose value one sentence gives and the other not ties them from
#: ``MOMENT_ONE_SIDE_SCORE``: a clock time (a weekday too lost only-B recall, round 145), not
#: all of ``lede_counts.MOMENT_SLOTS``.
ONE_SIDE_MOMENT_SLOTS = frozenset({"time"})


def same_slot_pairs(
    paired: tuple[Collection[int], Collection[int]],
    scores: Mapping[tuple[int, int], float],
    slots: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    places: tuple[Sequence[float], Sequence[float]],
) -> list[tuple[int, int]]:
    """Sentences ``(g, h)`` of A and B, neither in ``paired``, each the other's best partner
    by ``scores`` (ties count as best for both), scoring ``SAME_SLOT_SCORE`` or more, both
    before ``SAME_SLOT_PLACE`` of their texts (``places``: 0 first, 1 last), whose ``slots``
    (the slots each sentence gives a value in) meet in a slot that ``ties``, or, from
    ``MOMENT_ONE_SIDE_SCORE``, one of them alone gives a moment (``moment_on_one_side``).
    Sorted."""
    paired_a, paired_b = paired
    slots_a, slots_b = slots
    place_a, place_b = places
    best_a, best_b = best_scores(scores)
    found: list[tuple[int, int]] = []
    for (g, h), score in scores.items():
        if not (
            alone_before(g, paired_a, place_a, SAME_SLOT_PLACE)
            and alone_before(h, paired_b, place_b, SAME_SLOT_PLACE)
        ):
            continue
        if score < best_a[g] or score < best_b[h]:
            continue
        meeting = set(slots_a[g]).intersection(slots_b[h])
        if (score >= SAME_SLOT_SCORE and any(ties(slot) for slot in meeting)) or (
            score >= MOMENT_ONE_SIDE_SCORE and moment_on_one_side(slots_a[g], slots_b[h])
        ):
            found.append((g, h))
    return sorted(found)


def moment_on_one_side(slots_a: Collection[str], slots_b: Collection[str]) -> bool:
    """Whether exactly one of two sentences gives a value in a slot of
    ``ONE_SIDE_MOMENT_SLOTS``."""
    return any((slot in slots_a) != (slot in slots_b) for slot in ONE_SIDE_MOMENT_SLOTS)


def ties(slot: str) -> bool:
    """Whether two sentences giving a value in ``slot`` may tell one fact: not a year
    (``UNTIED_SLOTS``), nor a count of a particle (``PARTICLE_ALPHABETS``)."""
    if slot in UNTIED_SLOTS:
        return False
    counted = slot.removeprefix(COUNT_PREFIX) if slot.startswith(COUNT_PREFIX) else ""
    return not (len(counted) == 1 and unicodedata.name(counted, "").startswith(PARTICLE_ALPHABETS))
