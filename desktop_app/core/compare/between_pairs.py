"""Two sentences still alone between two pairs in step on both sides: one stretch of the story."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

#: Two sentences left alone by every rule, each the only sentence of its text between the same
#: two pairs (``(i - 1, j - 1)`` and ``(i + 1, j + 1)`` paired), tell the stretch of the story
#: between the two facts both texts tell in that order, when their word score reaches this
#: cosine (the floor of the engine's first gap rule, ``engine.GAP_SCORE``): the gap rule again,
#: once the later rules have dropped what they drop. The drops take such a pair for an echo,
#: a crossing or the story's common words, each judging it without its neighbours: Meitei
#: "ꯑꯣꯊꯣꯔꯤꯇꯤꯅ ꯐꯨꯝꯗꯤ ꯑꯗꯨꯕꯨ “…”" / "ꯑꯣꯊꯣꯔꯤꯇꯤꯅ ꯍꯥꯏꯕꯗꯤ ꯐꯨꯝꯗꯤ …" (a quotation told again as
#: narration), Syriac "… «ܙܘܓܐ ܕܒܩܪܐ ܠܟܠ ܡܪܐ ܣܐܠܘܢ»." / "… ܕܟܠ ܡܪܐ ܣܐܠܘܢ ܒܥܝܐ …", "Hillshire
#: Police said officers were "not treating the explosion as suspicious" …" / "Police do not
#: believe anyone set out to cause the blast." Round 133, tests/compare_data/README.md entry
#: 133, on all 432 development pairs: 5 true pairs more, 1 false (one topic, two facts: a
#: roof not insured / the roof's cost to rebuild), which takes a true only-A and a true only-B
#: span; from 0.05, 8 true and 5 false (6 only-spans taken); from any shared term, 12 and 8
#: (10 taken); from 0.1, 4 and 1; with pairs dated years apart, 5 and 5.
BETWEEN_PAIRS_SCORE = 0.07


def between_pairs(
    gaps: Iterable[tuple[int, int]],
    pairs: Collection[tuple[int, int]],
    score_of: Callable[[int, int], float],
    dated_apart: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Of ``gaps`` (the engine's gap rule, ``engine._gaps``, over ``pairs``: each ``(i, j)``
    in no pair whose neighbours ``(i - 1, j - 1)`` and ``(i + 1, j + 1)`` are both paired),
    those whose two sentences are each in no pair of ``pairs``, scoring
    ``BETWEEN_PAIRS_SCORE`` or more (``score_of``) and not dated to years apart
    (``dated_apart``, ``engine._years_apart``: each dated to a year, none in common; at any
    score). In the order of ``gaps``."""
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    return [
        (i, j)
        for i, j in gaps
        if i not in paired_a
        and j not in paired_b
        and score_of(i, j) >= BETWEEN_PAIRS_SCORE
        and not dated_apart(i, j)
    ]
