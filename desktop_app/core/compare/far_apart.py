"""Pairs sharing a term or two from far-apart places of their texts: one name, two facts."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from desktop_app.core.compare.neighbours import common_terms

#: Two sentences that share few terms (``engine._shared_terms``: a name, a figure, a word of
#: the story) and stand more than this share of their texts apart (0 the first sentence, 1
#: the last), by how many terms they share (none, one, two; more, never), tell two facts
#: that share them: "Shighe la ior 200 tseegh ve zaan." (a third into one text) and "A
#: zough naira dubu 200, man kwaghyan." (two thirds into the other) share the figure 200 and
#: count people and naira. Round 149 (entry 149 of tests/compare_data/README.md): one term
#: from 0.25, 0.3 or 0.35 apart and two from 0.45, 0.5, 0.6 apart or never, measured leaving
#: one pair out.
FAR_APART_PLACES = (0.3, 0.3, 0.5)
#: Places mean little in a short text, where one sentence moves a place by a third or a half:
#: the rule reads two texts of at least this many sentences each (in a text of eight, one
#: sentence moves a place by a seventh, and 0.3 apart is more than two sentences). It spares
#: no pair of the 464 development pairs, nor of the 480 with entries 146-147 (the shortest
#: texts whose pairs it drops hold 8 and 10 sentences), and keeps a short note's reordered
#: facts.
FAR_APART_SENTENCES = 8
#: A term that at least this many sentences of one text hold is not counted among the terms
#: two sentences share (``neighbours.common_terms``; a figure or a moment always counts): a
#: word of the language that no stop-word list here names (Yolŋu "ŋayi", Maranao "manga"),
#: or the story's own noun ("rumput laut", seaweed, in a seaweed story; "sarangola", kite),
#: which two sentences of one story share without telling one fact. Round 167 (entry 167 of
#: tests/compare_data/README.md), on all 512 development pairs: 10 false pairs fewer and 2
#: true lost (6 and 1 on entries 146-161), pair F1 0.8406 -> 0.8411; holders 3, 4, 5, 6, 7,
#: 10 gave 0.8397, 0.8404, 0.8406, 0.8410, 0.8411, 0.8409, and leaving one pair out chose 8
#: for 509 pairs (7 for 3): 0.8408.
ORDINARY_HOLDERS = 8
#: … and at least this share of that text's sentences: in a long text (a report of hundreds
#: of sentences, the 10,000-word benchmark's shuffled paragraphs) eight holders make a word
#: rare, not ordinary. With 0.3 the share counts from 27 sentences on, past most development
#: texts (10 to 30 sentences).
ORDINARY_SHARE = 0.3


def far_apart_pairs(
    pairs: Iterable[tuple[int, int]],
    shared_terms: Callable[[int, int], int],
    places: tuple[Sequence[float], Sequence[float]],
    apart: Sequence[float] = FAR_APART_PLACES,
    fewest: int = FAR_APART_SENTENCES,
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``pairs`` whose sentences share ``k`` terms
    (``shared_terms(i, j)``), fewer than ``len(apart)``, and stand more than ``apart[k]``
    apart in their texts (``places[0][i]`` and ``places[1][j]``, from 0 at the first sentence
    to 1 at the last), when each text holds at least ``fewest`` sentences (``len`` of its
    places).

    What a reader sees in any language: the one word the two sentences have in common (a
    name, a figure, "year" in "three years old" and "the 19-year-old lifeguard") and where
    each stands in its story; an outlet reorders facts, but two sentences that meet on one
    term or two from far-apart places of their stories tell two facts that share them; the
    fewer terms, the nearer they may stand. Swapping the texts swaps the result. Sorted.
    """
    places_a, places_b = places
    if min(len(places_a), len(places_b)) < fewest:
        return []
    found: list[tuple[int, int]] = []
    for i, j in pairs:
        distance = abs(places_a[i] - places_b[j])
        # the shared terms are counted only for pairs past the nearest limit
        if distance > min(apart, default=1.0):
            shared = shared_terms(i, j)
            if shared < len(apart) and distance > apart[shared]:
                found.append((i, j))
    return sorted(found)


def ordinary_words(
    sides: tuple[Sequence[Iterable[str]], Sequence[Iterable[str]]],
    holders: int = ORDINARY_HOLDERS,
    share: float = ORDINARY_SHARE,
) -> frozenset[str]:
    """The terms ordinary in either text (``sides``: each text's sentences, each given by its
    terms): held by at least ``holders`` of its sentences and at least ``share`` of them
    (``neighbours.common_terms``; figures, moments and what a number counts never are)."""
    found: set[str] = set()
    for side, sentences in enumerate(sides):
        needed = max(holders, math.ceil(share * len(sentences)))
        alone = (sentences, ()) if side == 0 else ((), sentences)
        found |= common_terms(alone, needed)
    return frozenset(found)
