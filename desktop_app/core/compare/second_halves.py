"""A sentence telling in one what the other text tells in two side by side: its second half."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from desktop_app.core.compare.grams import GRAM_POSITION_WEIGHT, Vector, gram_cosine

#: A sentence already paired and an unpaired sentence just before or after one of its
#: partners are paired when the pieces of words (``grams``) the two share and that none of
#: the paired sentence's partners holds give at least this (each shared piece's weights in
#: the two unit vectors, multiplied and summed): the part of the sentence its first partner
#: left untold is told by the sentence beside that partner (Zulu "Sisuse uphahla lwamakilasi
#: angu-6, sadiliza nodonga lwehholo lesikole." paired with "…uphahla…" and, by this rule,
#: with "Udonga lwehholo lwesikole nalo luwile." just after it; Sakha, Twi, Kashubian,
#: English). Round 68, tests/compare_data/README.md entry 68, on 288 development pairs: of
#: the candidates whose new sentence likes the paired one best by words and by pieces, not
#: both late, 25 true and 11 false from 0.18, 32 and 22 from 0.15, 44 and 31 from 0.12
#: (without the fresh pieces asked, from a word score of 0.05: 67 and 115). In the engine,
#: with the two conditions below, 7 true and 2 false pairs more from 0.18 (pair F1 0.7964
#: -> 0.7974, precision 0.8539 -> 0.8537); without them 43 true and 32 false from 0.12
#: (F1 0.8002, chosen for every pair leaving one pair out) or 24 and 11 from 0.18 (0.7993),
#: but pair precision (0.847, 0.852) and only-A / only-B recall (0.888 / 0.906, 0.891 /
#: 0.914) fall under the development floors.
FRESH_PIECES_SCORE = 0.18
#: Only a sentence that opens a run of unpaired sentences is taken: one standing alone
#: between its partner's neighbour and another pair (or the end of its text) is a passage
#: of its own, found whole as only-A or only-B, which a false pair loses.
ONLY_OPENING_RUNS = True
#: An unpaired sentence further from the paired sentence's partners (two sentences or
#: more) is its second half from this much of the same (with the other conditions but
#: ``ONLY_OPENING_RUNS``): round 68, in the engine, 7 true pairs more and no false one from
#: 0.3 (from 0.25, 13 true and 10 false; from 0.35, 1 true).
FAR_FRESH_PIECES_SCORE = 0.3
#: … and not when both sentences stand this far into their texts or further (0 first, 1
#: last): the endings, where ``left_out.late_weak_pairs`` drops weak pairs (round 68 set
#: this with that rule's place, 0.8, before round 73 moved that rule's to 0.6).
LATE_PLACE = 0.8
#: … and only when the paired sentence, its present partners set aside, likes the new one
#: best by pieces of words too (less the position term).
PAIRED_PREFERS = True


def second_halves(
    pairs: Iterable[tuple[int, int]],
    groups: tuple[Sequence[int], Sequence[int]],
    placed: Mapping[tuple[int, int], float],
    vectors: tuple[Sequence[Vector], Sequence[Vector]],
    places: tuple[Sequence[float], Sequence[float]],
) -> list[tuple[int, int]]:
    """Unpaired sentences beside a partner of a paired sentence that tell the rest of it.

    ``pairs`` are of units; ``groups`` give each unit's distinct sentence, by which
    ``placed`` (word cosine less the position term, see ``align.placed_scores``),
    ``vectors`` (pieces of words, ``grams.gram_vectors``) and ``places`` (0 first, 1 last)
    are given. For a pair ``(i, j)``, the unit ``(i, j ± 1)`` with ``j ± 1`` unpaired (and
    ``(i ± 1, j)`` the other way round) is kept when the new sentence likes the paired one
    best by words and by pieces (less the position term, ties counting as best), the
    pieces they share that none of the paired sentence's partners holds reach
    ``FRESH_PIECES_SCORE``, the two do not both stand ``LATE_PLACE`` or more into
    their texts, and, as ``ONLY_OPENING_RUNS`` and ``PAIRED_PREFERS`` ask, the unit beyond
    the new one is unpaired too and the paired sentence likes the new one best by pieces
    once its partners are set aside. Judged on ``pairs`` as given, so swapping the texts
    swaps the result. Sorted.
    """
    group_a, group_b = groups
    kept = set(pairs)
    partners_a, partners_b = partners_of(kept)
    best_a, best_b = best_scores(placed)
    units = _UnitView(groups, vectors, places)
    #: (the paired sentence's side, the paired unit, the new unit, the fresh pieces asked)
    candidates: list[tuple[str, int, int, float]] = []
    for i, j in sorted(kept):
        for step in (-1, 1):
            if _opens_a_run(j + step, j + 2 * step, len(group_b), partners_b):
                candidates.append(("a", i, j + step, FRESH_PIECES_SCORE))
            if _opens_a_run(i + step, i + 2 * step, len(group_a), partners_a):
                candidates.append(("b", j, i + step, FRESH_PIECES_SCORE))
    # far from the paired sentence's partners, a second half needs more pieces of its own;
    # only a sentence's best partners by words can be its paired one
    liked_by_b: dict[int, list[int]] = defaultdict(list)
    liked_by_a: dict[int, list[int]] = defaultdict(list)
    for (g, h), score in sorted(placed.items()):
        if score >= best_b[h]:
            liked_by_b[h].append(g)
        if score >= best_a[g]:
            liked_by_a[g].append(h)
    for side, (mine, theirs), (partners, others), liked in (
        ("a", (group_a, group_b), (partners_a, partners_b), liked_by_b),
        ("b", (group_b, group_a), (partners_b, partners_a), liked_by_a),
    ):
        members = members_of(mine)
        for new in range(len(theirs)):
            if new in others:
                continue
            candidates += [
                (side, paired, new, FAR_FRESH_PIECES_SCORE)
                for liked_group in liked.get(theirs[new], ())
                for paired in members[liked_group]
                if paired in partners and all(abs(new - k) > 1 for k in partners[paired])
            ]
    found: set[tuple[int, int]] = set()
    for side, paired, new, floor in candidates:
        partners, best = (partners_a, best_b) if side == "a" else (partners_b, best_a)
        if units.tells_the_rest(side, paired, new, partners[paired], placed, best, floor):
            found.add((paired, new) if side == "a" else (new, paired))
    return sorted(found)


def partners_of(
    pairs: Iterable[tuple[int, int]],
) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Each paired unit's partners, of A's units and of B's."""
    partners_a: dict[int, set[int]] = defaultdict(set)
    partners_b: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        partners_a[i].add(j)
        partners_b[j].add(i)
    return partners_a, partners_b


def best_scores(
    placed: Mapping[tuple[int, int], float],
) -> tuple[dict[int, float], dict[int, float]]:
    """Each sentence's best placed score with any sentence of the other text (minus
    infinity for one with none), of A's sentences and of B's."""
    best_a: dict[int, float] = defaultdict(lambda: float("-inf"))
    best_b: dict[int, float] = defaultdict(lambda: float("-inf"))
    for (g, h), score in placed.items():
        best_a[g] = max(best_a[g], score)
        best_b[h] = max(best_b[h], score)
    return best_a, best_b


def members_of(groups: Sequence[int]) -> dict[int, list[int]]:
    """The units of each distinct sentence, in order."""
    members: dict[int, list[int]] = defaultdict(list)
    for unit, group in enumerate(groups):
        members[group].append(unit)
    return members


def _opens_a_run(new: int, beyond: int, count: int, partners: Mapping[int, set[int]]) -> bool:
    """Whether unit ``new`` is unpaired and so is the unit ``beyond`` it, away from the
    partner it stands beside (of ``count`` units; ``partners``: the paired ones).

    An unpaired sentence between a pair and the end of its text or another pair is a passage
    of its own, found whole as only-A or only-B: pairing it wrongly loses that passage,
    while the first sentence of a longer run leaves the rest of it to be found (when
    ``ONLY_OPENING_RUNS``)."""
    if not 0 <= new < count or new in partners:
        return False
    if not ONLY_OPENING_RUNS:
        return True
    return 0 <= beyond < count and beyond not in partners


class _UnitView:
    """The pieces of words and places of both texts' units, read through their groups."""

    def __init__(
        self,
        groups: tuple[Sequence[int], Sequence[int]],
        vectors: tuple[Sequence[Vector], Sequence[Vector]],
        places: tuple[Sequence[float], Sequence[float]],
    ) -> None:
        self.groups = groups
        self.vectors = vectors
        self.places = places
        self.best_pieces: dict[tuple[str, int], float] = {}

    def tells_the_rest(
        self,
        paired_side: str,
        paired: int,
        new: int,
        partners: set[int],
        placed: Mapping[tuple[int, int], float],
        best_of_new: Mapping[int, float],
        floor: float,
    ) -> bool:
        """Whether unit ``new`` of the other text tells what unit ``paired`` of
        ``paired_side`` ("a" or "b") gives beyond its ``partners`` (units of that other
        text), by pieces of words of its own from ``floor``."""
        mine, theirs = (0, 1) if paired_side == "a" else (1, 0)
        g = self.groups[mine][paired]
        h = self.groups[theirs][new]
        key = (g, h) if paired_side == "a" else (h, g)
        words = placed.get(key)
        if words is None or words < best_of_new[h]:
            return False
        if min(self.places[mine][g], self.places[theirs][h]) >= LATE_PLACE:
            return False
        own = self.vectors[mine][g]
        other = self.vectors[theirs][h]
        held: set[str] = set()
        for partner in partners:
            held.update(self.vectors[theirs][self.groups[theirs][partner]])
        fresh = math.fsum(
            weight * other[piece]
            for piece, weight in sorted(own.items())
            if piece in other and piece not in held
        )
        if fresh < floor:
            return False
        score = self._piece_score(mine, g, theirs, h)
        if score < self._best_pieces(theirs, h, mine):
            return False
        if not PAIRED_PREFERS:
            return True
        taken = {self.groups[theirs][partner] for partner in partners}
        return all(
            score >= self._piece_score(mine, g, theirs, k)
            for k in range(len(self.vectors[theirs]))
            if k not in taken
        )

    def _piece_score(self, side: int, g: int, other_side: int, h: int) -> float:
        distance = abs(self.places[side][g] - self.places[other_side][h])
        return gram_cosine(self.vectors[side][g], self.vectors[other_side][h]) - (
            GRAM_POSITION_WEIGHT * distance
        )

    def _best_pieces(self, side: int, h: int, other_side: int) -> float:
        """Distinct sentence ``h``'s best score by pieces (less the position term) against
        every sentence of the other text."""
        key = ("ab"[side], h)
        best = self.best_pieces.get(key)
        if best is None:
            best = max(
                (
                    self._piece_score(side, h, other_side, g)
                    for g in range(len(self.vectors[other_side]))
                ),
                default=float("-inf"),
            )
            self.best_pieces[key] = best
        return best
