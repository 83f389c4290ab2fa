"""Shared drivers for the tests of the rules that add pairs between unpaired sentences."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from hypothesis import strategies as st

from desktop_app.core.compare import Span, compare_texts
from desktop_app.core.compare.grams import Vector
from tests.core.compare.devset import Truth

Pair = tuple[int, int]
Vectors = tuple[list[Vector], list[Vector]]
Places = tuple[list[float], list[float]]
#: A rule's call: the pairs found so far, each text's sentence groups, the placed scores,
#: the sentences' vectors and their places in their texts, to the pairs it adds.
PairRule = Callable[
    [list[Pair], tuple[list[int], list[int]], dict[Pair, float], Vectors, Places], list[Pair]
]
#: A test's runner of one rule: pairs, placed scores and vectors to the pairs added.
Runner = Callable[[list[Pair], dict[Pair, float], Vectors], list[Pair]]


def run_pair_rule(
    rule: PairRule,
    pairs: list[Pair],
    placed: dict[Pair, float],
    vectors: Vectors,
    places: Places | None = None,
    *,
    spread: float = 1.0,
) -> list[Pair]:
    """Run ``rule`` with one group a sentence and, unless given, the sentences spread evenly
    over the first ``spread`` of each text."""
    count_a, count_b = len(vectors[0]), len(vectors[1])
    if places is None:
        places = (
            [k / max(1, count_a - 1) * spread for k in range(count_a)],
            [k / max(1, count_b - 1) * spread for k in range(count_b)],
        )
    return rule(pairs, (list(range(count_a)), list(range(count_b))), placed, vectors, places)


def swapped(pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs with the two texts' sides exchanged, in order."""
    return sorted((j, i) for i, j in pairs)


def assert_swapping_swaps(
    run: Runner, vectors_a: list[Vector], vectors_b: list[Vector], data: st.DataObject
) -> tuple[list[Pair], list[Pair]]:
    """Draw pairs and placed scores over the two texts, check that the rule run with the texts
    exchanged finds the same pairs exchanged, and return the drawn pairs and those found."""
    cells = [(i, j) for i in range(len(vectors_a)) for j in range(len(vectors_b))]
    pairs = data.draw(st.lists(st.sampled_from(cells), max_size=4, unique=True))
    placed = data.draw(st.dictionaries(st.sampled_from(cells), st.floats(-0.3, 1.0)))
    found = run(pairs, placed, (vectors_a, vectors_b))
    assert run_mirrored(run, pairs, placed, (vectors_a, vectors_b)) == swapped(found)
    return pairs, found


def paired_sides(pairs: list[Pair]) -> tuple[set[int], set[int]]:
    """The sentences of A and of B that ``pairs`` take part in."""
    return {i for i, _ in pairs}, {j for _, j in pairs}


def run_mirrored(
    run: Runner, pairs: list[Pair], placed: dict[Pair, float], vectors: Vectors
) -> list[Pair]:
    """Run the rule with the two texts exchanged: their pairs, placed scores and vectors."""
    return run(swapped(pairs), swapped_scores(placed), (vectors[1], vectors[0]))


def swapped_scores(scores: dict[Pair, float]) -> dict[Pair, float]:
    """Scores of pairs with the two texts' sides exchanged."""
    return {(j, i): score for (i, j), score in scores.items()}


def compared_both_ways(text_a: str, text_b: str) -> list[list[tuple[Span, Span]]]:
    """The engine's pairs of A with B, and of B with A turned back (A's span first)."""
    return [
        [(pair.a, pair.b) for pair in compare_texts(text_a, text_b).pairs],
        [(pair.b, pair.a) for pair in compare_texts(text_b, text_a).pairs],
    ]


class SpanPair(Protocol):
    """A pair of a passage of A and a passage of B: the engine's or the truth's."""

    @property
    def a(self) -> Span: ...

    @property
    def b(self) -> Span: ...


def has_pair(pairs: Iterable[SpanPair], starts: Sequence[str]) -> bool:
    """Whether ``pairs`` pair a passage of A starting with ``starts[0]`` with a passage of B
    starting with ``starts[1]``."""
    return any(
        pair.a.text.startswith(starts[0]) and pair.b.text.startswith(starts[1]) for pair in pairs
    )


def engine_has_pair(truth: Truth, starts: Sequence[str]) -> bool:
    """Whether the engine, comparing ``truth``'s two texts, pairs the passages that start
    with ``starts`` (see ``has_pair``)."""
    return has_pair(compare_texts(truth.text_a, truth.text_b).pairs, starts)


def paired_both_ways(truth: Truth, starts: Sequence[str]) -> list[bool]:
    """Whether the engine pairs the passages of ``truth``'s texts that start with ``starts``
    (A's first), comparing A with B and B with A."""
    return [
        any(a.text.startswith(starts[0]) and b.text.startswith(starts[1]) for a, b in pairs)
        for pairs in compared_both_ways(truth.text_a, truth.text_b)
    ]


def draw_places_and_paired(
    data: st.DataObject, sizes: tuple[int, int]
) -> tuple[Places, tuple[set[int], set[int]]]:
    """Draw a place in its text (0 to 1) for each sentence of A and of B (``sizes``: how many
    each has), and the sentences of each already paired."""
    size_a, size_b = sizes
    places = (
        data.draw(st.lists(st.floats(0.0, 1.0), min_size=size_a, max_size=size_a)),
        data.draw(st.lists(st.floats(0.0, 1.0), min_size=size_b, max_size=size_b)),
    )
    paired = (
        data.draw(st.sets(st.integers(0, size_a - 1))),
        data.draw(st.sets(st.integers(0, size_b - 1))),
    )
    return places, paired
