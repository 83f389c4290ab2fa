"""Weak pairs of a sentence dated to a year the other text never writes and an undated one."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

#: Share of its text (0 the first sentence, 1 the last) past which a sentence dated to a year
#: the other text never writes tells the background or an earlier event, not the lede's
#: event: "The mast was put up in 1994 for the old county ambulance service." Round 152
#: (entry 152 of tests/compare_data/README.md) read 0.3 to 0.6, leaving one pair out.
ASIDE_PLACE = 0.5
#: Score under which such a sentence and a sentence giving no year are no pair: the two share
#: the story's words ("mast", "Blue Flag", "sports hall") but tell two moments of it. Round
#: 152 read 0.25, 0.3 and 0.35.
ASIDE_SCORE = 0.3


def years_aside_pairs(
    selected: Mapping[tuple[int, int], float],
    years: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    places: tuple[Sequence[float], Sequence[float]],
    place: float = ASIDE_PLACE,
    score: float = ASIDE_SCORE,
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``selected`` scored under ``score`` where one sentence gives a
    year (``years[0][i]`` or ``years[1][j]``) that no sentence of the other text gives,
    stands more than ``place`` into its text (``places``, 0 to 1) and the other sentence gives
    no year.

    What a reader sees in any language: a year the other account never writes, told past the
    opening, where stories tell what came before ("In January 2010 the roof of a sports hall
    in nearby Kilbride Moss buckled under snow"), met by a sentence of the event on a few of
    the story's words. Swapping the texts swaps the result. Sorted.
    """
    written = (
        {year for unit in years[0] for year in unit},
        {year for unit in years[1] for year in unit},
    )

    def aside(side: int, k: int, other: Collection[str]) -> bool:
        dated = years[side][k]
        return (
            bool(dated)
            and not other
            and places[side][k] > place
            and written[1 - side].isdisjoint(dated)
        )

    return sorted(
        (i, j)
        for (i, j), value in selected.items()
        if value < score and (aside(0, i, years[1][j]) or aside(1, j, years[0][i]))
    )
