"""A text's opening on a person the other never names, paired past the other text's opening."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from desktop_app.core.compare.align import UnitTerms

#: Whether the rule runs (``scene_opening_pairs``); a switch for measuring it.
SCENE_OPENINGS = True
#: Keys of names written in capitals (``terms``: "AS", "NADMO", "PPUC"): an organisation or
#: a company's form, not the person a scene opens on.
ACRONYM_PREFIX = "acr:"


def opens_on_a_person(terms: UnitTerms, other_keys: Collection[str]) -> bool:
    """Whether a sentence of these ``terms`` gives no value (no figure, date, weekday, clock
    time or count) and names someone the other text never names: a name (not an acronym)
    among none of ``other_keys``, the keys of every sentence of the other text.

    "Ranger Josh Kereama was making tea in the Orrin Forks hut when his phone began to
    scream." names a ranger the other report never names and tells no value of the event.
    """
    return not terms.specifics and any(
        not key.startswith(ACRONYM_PREFIX) and key not in other_keys for key in terms.names
    )


def scene_opening_pairs(
    selected: Collection[tuple[int, int]],
    groups: tuple[Sequence[int], Sequence[int]],
    scene: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``selected`` where one sentence is its text's opening (a unit
    of the first sentence's group in ``groups``: a sentence repeated word for word counts
    once) that opens on a scene (``scene(side, k)``, side 0 for A: ``opens_on_a_person``)
    and its partner is not the other text's opening, while the other text's opening is
    paired with another sentence of the first text. Texts of one distinct sentence have no
    opening of that kind.

    What a reader sees in any language: a report that opens on a person the other never
    names, doing something, and no value ("Jean Ackroyd was choosing a birthday card in the
    post office window when something black flashed past."), sets the scene; the other
    report's opening, which tells the event, has found its partner further in, and the
    scene shares a word or two of the story ("post office") with a sentence that tells a
    fact (the hand landing at 11.20am outside the post office), not one fact. Swapping the
    texts swaps the result. Sorted.
    """
    if not SCENE_OPENINGS or len(set(groups[0])) < 2 or len(set(groups[1])) < 2:
        return []
    opening = (
        {k for k, group in enumerate(groups[0]) if group == groups[0][0]},
        {k for k, group in enumerate(groups[1]) if group == groups[1][0]},
    )
    kept = set(selected)
    # whether B's opening is paired past A's opening, and A's past B's
    placed_further = (
        any(j in opening[1] and i not in opening[0] for i, j in kept),
        any(i in opening[0] and j not in opening[1] for i, j in kept),
    )
    found = [
        (i, j)
        for i, j in kept
        if (i in opening[0] and j not in opening[1] and placed_further[0] and scene(0, i))
        or (j in opening[1] and i not in opening[0] and placed_further[1] and scene(1, j))
    ]
    return sorted(found)
