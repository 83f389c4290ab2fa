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
#: Two such sentences that share no term at all (never scored) are paired too when each runs
#: past this many words and neither gives a value (no figure, date, weekday, clock time or
#: count the engine reads): the stretch between two facts told in step, told in other words
#: (the cause as the officials and as the residents give it, a quotation against its
#: narration: "She described the morning as "a first for this force, and hopefully a last"."
#: / "Ms Mallory admitted her officers had never met anything like it …"). A value on one
#: side alone is a fact the other leaves out, and a short sentence (round 105's eight words)
#: an outlet's own aside. Round 138, tests/compare_data/README.md entry 138, on all 448
#: development pairs: 8 true pairs more, 2 false; any such gap, 17 true and 26 false (the
#: false mostly a value or a short sentence on one side).
TOLD_OTHERWISE_WORDS = 8


def between_pairs(
    gaps: Iterable[tuple[int, int]],
    pairs: Collection[tuple[int, int]],
    score_of: Callable[[int, int], float],
    dated_apart: Callable[[int, int], bool],
    told_otherwise: Callable[[int, int], bool] = lambda i, j: False,
) -> list[tuple[int, int]]:
    """Of ``gaps`` (the engine's gap rule, ``engine._gaps``, over ``pairs``: each ``(i, j)``
    in no pair whose neighbours ``(i - 1, j - 1)`` and ``(i + 1, j + 1)`` are both paired),
    those whose two sentences are each in no pair of ``pairs``, scoring
    ``BETWEEN_PAIRS_SCORE`` or more (``score_of``) or sharing nothing and telling no value
    (``told_otherwise``, see ``told_without_values``), and not dated to years apart
    (``dated_apart``, ``engine._years_apart``: each dated to a year, none in common; at any
    score). In the order of ``gaps``."""
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    return [
        (i, j)
        for i, j in gaps
        if i not in paired_a
        and j not in paired_b
        and (score_of(i, j) >= BETWEEN_PAIRS_SCORE or told_otherwise(i, j))
        and not dated_apart(i, j)
    ]


def told_without_values(
    scored: bool, word_counts: tuple[int, int], give_values: tuple[bool, bool]
) -> bool:
    """Whether two sentences never scored together (``scored`` False: no term in common) each
    run past ``TOLD_OTHERWISE_WORDS`` words (``word_counts``) and neither gives a value
    (``give_values``): one stretch told in other words, when it lies between two pairs in step
    (``between_pairs``). Symmetric."""
    return not scored and min(word_counts) > TOLD_OTHERWISE_WORDS and not any(give_values)
