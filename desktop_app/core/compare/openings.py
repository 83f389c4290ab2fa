"""Pairs in both openings: two unpaired sentences each other's best by words and by pieces."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop_app.core.compare.grams import PieceRows, Vector
from desktop_app.core.compare.second_halves import best_scores, members_of, partners_of

#: Two sentences still without a partner after every other rule, each other's best partner
#: by the word cosine and by the cosine of their pieces of words (both less the position
#: term, ties counting as best), sharing a term, are paired when both stand in the first
#: part of their texts, up to this place (0 first, 1 last): two reports of one event open
#: on the same facts (what happened, where, to whom) told in other words, while their
#: second halves go their own ways (background, reactions, an earlier event), where two
#: sentences that prefer each other share the story's words more often than a fact.
#: Round 73, tests/compare_data/README.md entry 73, on 304 development pairs, counted over
#: the engine's candidates: such pairs were 50 true and 13 false up to 0.5 of both texts,
#: and by the later of the two places 3 and 5 from 0.5 to 0.6, 9 and 26 from 0.6 to 0.8,
#: 8 and 146 beyond (round 68, at every place: 36 true and 91 false from a word score of
#: 0.1). In the engine, with
#: ``ONLY_IN_RUNS``: 38 true and 5 false pairs more, pair F1 0.8005 -> 0.8062 (0.4: 0.8046;
#: 0.6: 0.8061), only-A / only-B character precision 0.769 -> 0.786 and 0.790 -> 0.803.
OPENING_PLACE = 0.5
#: A sentence alone between two paired sentences (or a paired one and the start or end of
#: its text) is taken only when its partner stands after every partner of the sentence
#: before it and before every partner of the sentence after it: such a sentence is often a
#: passage of its own, found whole as only-A or only-B, which a false pair loses (as
#: ``second_halves.ONLY_OPENING_RUNS``), unless the two stories go on in order around it.
#: Round 73, in the engine: without it, 50 true and 12 false pairs more (pair F1 0.8074,
#: but precision 0.8546 -> 0.8537 and only-A / only-B recall 0.887 -> 0.884 and 0.918 ->
#: 0.915, under the development floors); asking every sentence to have an unpaired
#: neighbour, 31 true and 4 false.
ONLY_IN_RUNS = True
#: Texts of this many sentences or fewer have no opening of that kind (their first half is
#: a sentence or two, and every sentence stands near every other), as
#: ``left_out.LATE_MIN_UNITS``: two three-sentence texts sharing one word in their middle
#: sentences ("people") are no pair by it. No development pair this short gains a pair by
#: the rule.
OPENING_MIN_UNITS = 5


def opening_pairs(
    pairs: Iterable[tuple[int, int]],
    groups: tuple[Sequence[int], Sequence[int]],
    placed: Mapping[tuple[int, int], float],
    vectors: tuple[Sequence[Vector], Sequence[Vector]],
    places: tuple[Sequence[float], Sequence[float]],
) -> list[tuple[int, int]]:
    """Unpaired units ``(i, j)`` of both openings whose sentences prefer each other.

    ``pairs`` are of units; ``groups`` give each unit's distinct sentence, by which
    ``placed`` (the word cosine less the position term, see ``align.placed_scores``, given
    for the sentences that share a term), ``vectors`` (pieces of words, see
    ``grams.gram_vectors``) and ``places`` (0 first, 1 last) are given. Kept: two units
    whose sentences have no partner, are each other's best partner by words and by pieces
    of words (less the same position term) and stand at most ``OPENING_PLACE`` into their
    texts, of more than ``OPENING_MIN_UNITS`` units each, neither alone between paired units
    out of the order of its neighbours' partners when ``ONLY_IN_RUNS``. Ties count as best for
    both, so swapping the texts swaps the result. Sorted.
    """
    group_a, group_b = groups
    if min(len(group_a), len(group_b)) <= OPENING_MIN_UNITS:
        return []
    partners_a, partners_b = partners_of(pairs)
    have_a = {group_a[i] for i in partners_a}
    have_b = {group_b[j] for j in partners_b}
    place_a, place_b = places
    best_a, best_b = best_scores(placed)
    rows_a = PieceRows(vectors[0], vectors[1], place_a, place_b)
    rows_b = PieceRows(vectors[1], vectors[0], place_b, place_a)
    members_a = members_of(group_a)
    members_b = members_of(group_b)
    found: list[tuple[int, int]] = []
    for (g, h), score in sorted(placed.items()):
        if g in have_a or h in have_b:
            continue
        if place_a[g] > OPENING_PLACE or place_b[h] > OPENING_PLACE:
            continue
        if score < best_a[g] or score < best_b[h]:
            continue
        row_a, row_b = rows_a.row(g), rows_b.row(h)
        # each sentence's own row, so that the sums are the same whichever side is A
        if h not in row_a or row_a[h] < max(row_a.values()) or row_b[g] < max(row_b.values()):
            continue
        found += [
            (i, j)
            for i in members_a[g]
            for j in members_b[h]
            if not ONLY_IN_RUNS
            or (
                placed_in_order(i, j, len(group_a), partners_a)
                and placed_in_order(j, i, len(group_b), partners_b)
            )
        ]
    return sorted(found)


def placed_in_order(unit: int, other: int, count: int, partners: Mapping[int, set[int]]) -> bool:
    """Whether the unpaired ``unit`` (of ``count`` units) may take ``other``, a unit of the
    other text, as its partner: it has an unpaired unit just before or after it (it is not
    a passage of one sentence between pairs or the ends of its text), or ``other`` stands
    after every partner of the unit before it and before every partner of the unit after
    it (the two stories go on in order there). ``partners``: each paired unit's partners."""
    if any(0 <= k < count and k not in partners for k in (unit - 1, unit + 1)):
        return True
    before, after = partners.get(unit - 1, set()), partners.get(unit + 1, set())
    return (not before or other > max(before)) and (not after or other < min(after))
