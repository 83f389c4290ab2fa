"""A sentence's second partner: the neighbour of its partner that tells when, as it does."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from desktop_app.core.compare.echoes import MERELY_GIVEN

#: A sentence that says when (a day, a clock time, a date) tells two facts in one when its
#: partner does not say when: the other outlet gives the moment in a sentence of its own,
#: just before or after that partner ("A lift … stopped between the ninth and tenth floors
#: on Saturday 14 November …" / "It happened on Sunday afternoon, tenants say."; "The road
#: had been closed at 6pm …" / "The road was shut at five o'clock, we are now told."). That
#: neighbour is its second partner when it gives a moment too and at least this share of
#: its own term weight lies in the sentence's remainder (its terms no partner shares).
#: Round 96, tests/compare_data/README.md entry 96, on all 368 development pairs: 18 true
#: pairs more (each labelled right, 14 of them contradictions) and 7 false, pair F1 0.8269 ->
#: 0.8286; from 0.1, 21 and 13 (0.8285); from 0.2, 6 and 4 (0.8273); chosen for all 368
#: leaving one pair out. Any neighbour in no pair holding that share of the remainder, with
#: no moment asked: 46 true and 35 false, which take 11 true only-spans.
REMAINDER_SHARE = 0.15
#: Both sentences stand before this share of their texts (0 first, 1 last): the lede and
#: the facts after it, where one outlet says when in a sentence of its own (to 0.7, 2 true
#: pairs more and 4 false with the share above).
REMAINDER_PLACE = 0.5
#: A neighbour in no pair that likes the sentence best of all the other text's sentences
#: needs only this share of its weight in the remainder: what it tells beyond the moment is
#: its own (a time and a cause, "The two-stage rocket left the pad at 10:14 a.m. local time
#: and flew normally …" beside "… broke apart about 72 seconds after lifting off" for "The
#: Kestrel-2 rocket lifted off … at 10:41 a.m."), and the moment is the part of the sentence
#: its partner leaves untold. Round 130, tests/compare_data/README.md entry 130, on all 432
#: development pairs: 6 true pairs more (5 contradictions labelled right) and 1 false,
#: pair F1 0.8335 -> 0.8341, none in entries 90-125; chosen for all 432 leaving one pair out.
LIKING_SHARE = 0.0


def remainder_partners(
    pairs: Collection[tuple[int, int]],
    weights: tuple[Sequence[Mapping[str, float]], Sequence[Mapping[str, float]]],
    places: tuple[Sequence[float], Sequence[float]],
    liked_best: tuple[Sequence[Collection[int]], Sequence[Collection[int]]] = ((), ()),
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of units of A and B to add to ``pairs``: one of the two in a pair,
    the other just before or after one of its partners, both before ``REMAINDER_PLACE`` of
    their texts (``places``), the second unit holding at least ``REMAINDER_SHARE`` of its
    term weight (``weights``: each unit's terms) in the first's remainder (its terms none of
    its partners share), a moment given (``echoes.MERELY_GIVEN``) among them; a second unit
    in no pair of ``pairs`` that likes the first best (``liked_best``: for each unit of A,
    the units of B it scores highest with, and for each of B, those of A; empty when not
    given) needs only ``LIKING_SHARE``. Judged on ``pairs`` as given, so the result does not
    depend on their order and swapping the two texts swaps it. Sorted."""
    found = _one_side(pairs, weights, places, liked_best[1])
    mirrored = [(j, i) for i, j in pairs]
    found += [(i, j) for j, i in _one_side(mirrored, weights[::-1], places[::-1], liked_best[0])]
    return sorted(set(found))


def _one_side(
    pairs: Collection[tuple[int, int]],
    weights: tuple[Sequence[Mapping[str, float]], Sequence[Mapping[str, float]]],
    places: tuple[Sequence[float], Sequence[float]],
    liked_best_b: Sequence[Collection[int]],
) -> list[tuple[int, int]]:
    """``remainder_partners`` for a unit of A paired and the neighbour of its partner in B
    (``liked_best_b``: for each unit of B, the units of A it scores highest with)."""
    weights_a, weights_b = weights
    place_a, place_b = places
    partners: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        partners[i].add(j)
    paired_b = {j for _, j in pairs}
    found: list[tuple[int, int]] = []
    for i, own in partners.items():
        if place_a[i] >= REMAINDER_PLACE:
            continue
        covered = {key for j in own for key in weights_b[j] if key in weights_a[i]}
        remainder = set(weights_a[i]).difference(covered)
        beside = {k for j in own for k in (j - 1, j + 1) if 0 <= k < len(weights_b)}
        for k in sorted(beside.difference(own)):
            if place_b[k] >= REMAINDER_PLACE:
                continue
            shared = remainder.intersection(weights_b[k])
            if not any(key.startswith(MERELY_GIVEN) for key in shared):
                continue
            liking = k not in paired_b and k < len(liked_best_b) and i in liked_best_b[k]
            share = LIKING_SHARE if liking else REMAINDER_SHARE
            left = sum(weights_b[k][key] for key in shared)
            if left >= share * sum(weights_b[k].values()):
                found.append((i, k))
    return found
