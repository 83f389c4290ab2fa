"""Pairs found by where sentences stand: beside a pair, next to a partner, anchors alone."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

#: Two sentences just before or just after a kept pair on both sides, one of them still
#: without a partner, are paired from this score (cosine less the position term) when the
#: pair is the best partner of one of them: the two stories go on in step there. (Before
#: the position term, neighbours as evidence gained nothing, rounds 9 and 11; with it, on 72
#: development pairs, pair F1 0.779 -> 0.784 leaving one pair out, only-B character
#: precision 0.810 -> 0.816.)
NEIGHBOUR_SCORE = 0.12
#: When neither of the two sentences beside a pair has a partner yet, they are paired from
#: this much less than ``NEIGHBOUR_SCORE`` (a score of 0.05), whichever partner either likes
#: best: the two stories go on in step there, and a sentence with no partner at all needs
#: one less. On 128 development pairs, in-sample, pair F1 0.772 -> 0.777 (recall 0.706 ->
#: 0.719, precision 0.853 -> 0.846), the four latest entries 0.712 -> 0.722 (three of them
#: up, by 0.015 or so, one down by 0.004); only-A recall 0.913 -> 0.894 for character
#: precision 0.753 -> 0.777. A floor of 0.03 to 0.06 scores the same; 0 and none lower.
BOTH_UNPAIRED_EASING = 0.07
#: … and only when the pieces of their words (``grams.gram_vectors``, pieces of common words
#: left out) meet at least this much, their plain cosine: two sentences beside a pair that
#: share one word the language uses everywhere ("mga" in Tagalog, "blev" in Danish, "oant"
#: in West Frisian, "болгон" in Kyrgyz) and nothing else tell two things. Round 59, on 256
#: development pairs: the pairs beside pairs whose pieces met under 0.1 were 3 true and 13
#: false, from 0.1 to 0.12 4 and 8, from 0.12 to 0.15 10 and 15; with it, pair F1 0.796 ->
#: 0.798 in sample and leaving one pair out (chosen from 0.08 to 0.16 or off on the other
#: pairs: 0.12 for every pair), precision 0.842 -> 0.849, recall 0.755 -> 0.753, only-A
#: and only-B recall 0.886 -> 0.898 and 0.916 -> 0.920. The same floor on pairs next to a
#: partner and in gaps between pairs gained nothing more (F1 0.797).
BESIDE_PIECES_FLOOR = 0.12
#: A sentence of A often gives in one what B gives in two sentences side by side (or the
#: other way round): a sentence just before or after a sentence's partner is paired with it
#: too from this score (cosine less the position term), lower than ``MIN_SCORE`` because the
#: partner already places the fact there. On 88 development pairs, of the candidates beside
#: a partner that the selection had left out, from 0.15 about one in two was true, from
#: 0.17 two in three, elsewhere at those scores one in four; with ``ANCHOR_FLOOR`` pair F1
#: 0.781 -> 0.791 leaving one pair out (recall 0.722 -> 0.746, precision 0.850 -> 0.843).
NEXT_PARTNER_SCORE = 0.13
#: … and from this much more when the sentence it would join already has a partner of its
#: own: of the next partners found, those whose new sentence had no partner yet were true
#: three times in five, the others two in five (every fold chose it over 0: pair F1 0.791 ->
#: 0.798 leaving one pair out on 88 development pairs, precision 0.843 -> 0.859).
NEXT_PARTNER_RAISE = 0.04
#: An anchor (``anchor_pairs``) that the selection would not keep and that scores under
#: this (cosine less the position term) is kept only when another pair stands within
#: ``ANCHOR_REACH`` units of it on both sides: a figure or two rare terms shared by two
#: sentences far apart in their stories, with nothing paired around them, tied false pairs
#: ("600 people" employed at three sites, "600 homes" without power) two times in three.
ANCHOR_FLOOR = 0.1
ANCHOR_REACH = 2
#: A weak anchor whose cosine is under this (a figure shared and little else: "dieci" giorni
#: and alle "dieci" e mezza, 16.000 residents and 16.000 bottles) stays only when a pair
#: stands diagonally beside it, just before or just after on both sides, not merely within
#: ``ANCHOR_REACH``. Round 53, on all 224 development pairs, in sample: such anchors without
#: that neighbour were 1 true and 13 false; pair precision 0.839 -> 0.843, recall 0.740 both.
FAINT_ANCHOR_SCORE = 0.1
#: A term held by at least this many sentences of one text is common in the comparison: a
#: word of the language that no stop-word list here names (Navajo "doo", Nahuatl "ipan",
#: Dzongkha "ཚོད"), or the event's own recurring name or place, whatever its IDF.
COMMON_HOLDERS = 4
#: A pair whose cosine comes at least this share from common terms (``COMMON_HOLDERS``), with
#: no pair diagonally beside it, is dropped: two sentences of one story that share its
#: ordinary words, not a fact. Round 53, on all 224 development pairs, in sample: such pairs
#: were 6 true and 19 false (0.6: 13 and 23; three holders: 34 and 36).
COMMON_SHARE = 0.7


def beside_pairs(
    pairs: Iterable[tuple[int, int]],
    placed: dict[tuple[int, int], float],
    group_a: Sequence[int],
    group_b: Sequence[int],
    pieces: Callable[[int, int], float] | None = None,
) -> list[tuple[int, int]]:
    """Units beside a pair on both sides, one of them still without a partner (see below).

    ``pairs`` are of units, ``placed`` (see ``placed_scores``) of the distinct units that
    ``group_a`` and ``group_b`` give for each unit. Units ``(i, j)`` at ``(i - 1, j - 1)`` or
    ``(i + 1, j + 1)`` of a pair are kept from ``NEIGHBOUR_SCORE`` when one of the two has no
    partner yet and the pair is the best partner of one of them, and from
    ``BOTH_UNPAIRED_EASING`` less when neither has a partner; and, given ``pieces`` (the
    cosine of the pieces of words of two distinct units), only from ``BESIDE_PIECES_FLOOR``
    of it. Sorted.
    """
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (g, h), score in placed.items():
        best_a[g] = max(best_a[g], score)
        best_b[h] = max(best_b[h], score)
    kept = set(pairs)
    paired_a = {i for i, _ in kept}
    paired_b = {j for _, j in kept}
    found: set[tuple[int, int]] = set()
    for i, j in kept:
        for step in (-1, 1):
            a, b = i + step, j + step
            if not (0 <= a < len(group_a) and 0 <= b < len(group_b)):
                continue
            if a in paired_a and b in paired_b:
                continue  # both have partners already (and copies pair copy by copy)
            g, h = group_a[a], group_b[b]
            beside = placed.get((g, h))
            if beside is None:
                continue  # sharing no term that is not everywhere
            if pieces is not None and pieces(g, h) < BESIDE_PIECES_FLOOR:
                continue
            if a not in paired_a and b not in paired_b:
                if beside >= NEIGHBOUR_SCORE - BOTH_UNPAIRED_EASING:
                    found.add((a, b))
                continue
            if beside >= NEIGHBOUR_SCORE and (beside >= best_a[g] or beside >= best_b[h]):
                found.add((a, b))
    return sorted(found)


def weak_anchors(
    anchors: Iterable[tuple[int, int]],
    chosen: set[tuple[int, int]],
    placed: dict[tuple[int, int], float],
) -> set[tuple[int, int]]:
    """The anchors that the selection did not keep and that score under ``ANCHOR_FLOOR``.

    ``placed`` is as in ``placed_scores``: an anchor far from where its partner stands, or
    sharing little but its figure, is weak. Such anchors stay only beside other pairs (see
    ``lone_pairs``).
    """
    return {
        pair for pair in anchors if pair not in chosen and placed.get(pair, -1.0) < ANCHOR_FLOOR
    }


def lone_pairs(
    candidates: Iterable[tuple[int, int]],
    pairs: Iterable[tuple[int, int]],
    sizes: tuple[int, int],
) -> list[tuple[int, int]]:
    """The ``candidates`` with no other pair within ``ANCHOR_REACH`` units on both sides.

    ``pairs`` are every kept pair of units, ``sizes`` the number of units of A and B. In a
    text of a few sentences every pair stands near every other, so nothing is lone there.
    Sorted.
    """
    if min(sizes) <= 2 * ANCHOR_REACH + 1:
        return []
    kept = set(pairs)
    reach = range(-ANCHOR_REACH, ANCHOR_REACH + 1)
    return sorted(
        (i, j)
        for i, j in candidates
        if not any((i + di, j + dj) in kept for di in reach for dj in reach if di or dj)
    )


def unflanked(
    candidates: Iterable[tuple[int, int]], pairs: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``candidates`` with no pair diagonally beside them: neither ``(i - 1, j - 1)``
    nor ``(i + 1, j + 1)`` is among ``pairs``. Sorted."""
    kept = set(pairs)
    return sorted(
        (i, j) for i, j in candidates if (i - 1, j - 1) not in kept and (i + 1, j + 1) not in kept
    )


def stranded_pairs(
    found: Iterable[tuple[int, int]], pairs: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pairs of ``found`` still among ``pairs`` that stand by no other of them: no pair
    diagonally beside them (``(i - 1, j - 1)``, ``(i + 1, j + 1)``) and none next to them,
    sharing one of their sentences (``(i, j - 1)``, ``(i, j + 1)``, ``(i - 1, j)``,
    ``(i + 1, j)``). ``found`` are the pairs found only by where they stand (beside a pair,
    next to a partner): once the pair they stood by is dropped, nothing is left of their
    evidence. Sorted."""
    kept = set(pairs)
    steps = ((-1, -1), (1, 1), (0, -1), (0, 1), (-1, 0), (1, 0))
    return sorted(
        (i, j)
        for i, j in set(found) & kept
        if not any((i + di, j + dj) in kept for di, dj in steps)
    )


def faint_anchors(
    weak: Iterable[tuple[int, int]],
    selected: dict[tuple[int, int], float],
    sizes: tuple[int, int],
) -> list[tuple[int, int]]:
    """The ``weak`` anchors still ``selected`` (pair -> cosine) whose cosine is under
    ``FAINT_ANCHOR_SCORE`` and that no pair flanks (``unflanked``). As in ``lone_pairs``,
    nothing is dropped in a text of a few sentences (``sizes``: the units of A and B).
    Sorted."""
    if min(sizes) <= 2 * ANCHOR_REACH + 1:
        return []
    faint = [pair for pair in weak if selected.get(pair, 1.0) < FAINT_ANCHOR_SCORE]
    return unflanked(faint, selected.keys())


def commonplace_pairs(
    pairs: Iterable[tuple[int, int]],
    weights: tuple[Sequence[dict[str, float]], Sequence[dict[str, float]]],
    norms: tuple[Sequence[float], Sequence[float]],
    common: frozenset[str],
) -> list[tuple[int, int]]:
    """The ``pairs`` whose cosine comes at least ``COMMON_SHARE`` from ``common`` terms and
    that no other of them flanks (``unflanked``). ``weights`` and ``norms`` are every unit's
    term weights and norm, on each side. Sorted."""
    kept = set(pairs)
    weights_a, weights_b = weights
    norms_a, norms_b = norms
    ordinary = [
        (i, j)
        for i, j in kept
        if common_share((weights_a[i], weights_b[j]), (norms_a[i], norms_b[j]), common)
        >= COMMON_SHARE
    ]
    return unflanked(ordinary, kept)


def common_terms(
    sides: tuple[Sequence[Iterable[str]], Sequence[Iterable[str]]],
    holders_needed: int = COMMON_HOLDERS,
) -> frozenset[str]:
    """The terms that at least ``holders_needed`` sentences of one text hold (each sentence
    given by its terms), figures, moments and what a number counts left out."""
    common: set[str] = set()
    for sentences in sides:
        holders: dict[str, int] = defaultdict(int)
        for keys in sentences:
            for key in keys:
                holders[key] += 1
        common.update(
            key
            for key, count in holders.items()
            if count >= holders_needed and not key.startswith(SPECIFIC_KEYS)
        )
    return frozenset(common)


#: How the keys of figures, moments and what a number counts start (``terms.tokens``): a
#: figure, a date or a clock time is never a common word, however often it is given.
SPECIFIC_KEYS = ("#", "@", "qty:")


def common_share(
    weights: tuple[dict[str, float], dict[str, float]],
    norms: tuple[float, float],
    common: frozenset[str],
) -> float:
    """How much of the cosine of two sentences' term ``weights`` comes from ``common``
    terms, 0..1 (0 when they share nothing). Sums run in key order: the same from A or B."""
    a, b = weights
    if not norms[0] or not norms[1]:
        return 0.0
    shared = sorted(a.keys() & b.keys())
    total = math.fsum(a[key] * b[key] for key in shared)
    if total <= 0.0:
        return 0.0
    return math.fsum(a[key] * b[key] for key in shared if key in common) / total


def next_partner_pairs(
    pairs: Iterable[tuple[int, int]],
    placed: dict[tuple[int, int], float],
    group_a: Sequence[int],
    group_b: Sequence[int],
) -> list[tuple[int, int]]:
    """Sentences just before or after a sentence's partner, scoring ``NEXT_PARTNER_SCORE``.

    For a kept pair ``(i, j)`` of units: ``(i, j - 1)``, ``(i, j + 1)``, ``(i - 1, j)`` and
    ``(i + 1, j)``, scored on the distinct units ``group_a`` and ``group_b`` give (see
    ``placed_scores``); ``NEXT_PARTNER_RAISE`` more when the sentence that would join has a
    partner already. Copies of one sentence pair are not each other's next partners. Sorted.
    """
    kept = set(pairs)
    paired_a = {i for i, _ in kept}
    paired_b = {j for _, j in kept}
    found: set[tuple[int, int]] = set()
    for i, j in kept:
        for a, b in ((i, j - 1), (i, j + 1), (i - 1, j), (i + 1, j)):
            if not (0 <= a < len(group_a) and 0 <= b < len(group_b)) or (a, b) in kept:
                continue
            if (group_a[a], group_b[b]) == (group_a[i], group_b[j]):
                continue  # copies of one sentence pair copy by copy
            score = placed.get((group_a[a], group_b[b]))
            new_has_partner = a in paired_a if b == j else b in paired_b
            floor = NEXT_PARTNER_SCORE + (NEXT_PARTNER_RAISE if new_has_partner else 0.0)
            if score is not None and score >= floor:
                found.add((a, b))
    return sorted(found)
