"""Two sentences still alone that alone in their texts share two words and prefer each other."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from desktop_app.core.compare.second_halves import best_scores

#: Two sentences that alone in their texts share two words (an anchor by words,
#: ``align.word_anchor_pairs``), left without any partner once every other rule has run, and
#: each the other's best by words among the sentences still alone, tell one fact: the rules
#: that drop a weak or lonely pair took it for an echo of the story ("Three fishermen were
#: pulled from the sea … after their crab boat capsized in a heavy swell …" / "The 36ft
#: crabber went over … as the men were pulling pots in a swell …", dropped as a lone anchor;
#: Manx "… yn speyr … jiarg …" / "“Va'n speyr jiarg myr fuill …”", a red sky told and
#: quoted; Cantonese "海事處已經派咗3名調查人員上船 …" / "海事處已經派人跟進事件 …", dropped
#: as a late weak pair). Both must stand before this share of their texts: past it, two
#: lone sentences are each outlet's own background more often than not, as for
#: ``same_slot.SAME_SLOT_PLACE``. Round 102, tests/compare_data/README.md entry 102, on all
#: 368 development pairs: 3 true pairs more, 1 false (a mayor named in two sentences telling
#: two things), no only-span lost; before 0.75, 5 true and 2 false, a true only-A span taken;
#: 0.8, 6 and 4, two taken; anywhere, 16 and 32, six and four taken. An anchor by a figure
#: alone (a count of 12 against an age of 12) adds false pairs only.
STILL_ALONE_PLACE = 0.7


def anchors_still_alone(
    anchors: Iterable[tuple[int, int]],
    paired: tuple[Collection[int], Collection[int]],
    scores: Mapping[tuple[int, int], float],
    places: tuple[Sequence[float], Sequence[float]],
) -> list[tuple[int, int]]:
    """The ``anchors`` ``(g, h)`` whose sentences are both outside ``paired`` and before
    ``STILL_ALONE_PLACE`` of their texts (``places``: 0 first, 1 last), and that score above
    0 and at least as much as any other pair of ``scores`` between two sentences outside
    ``paired`` that one of them takes part in (ties count as best for both). Sorted."""
    paired_a, paired_b = paired
    place_a, place_b = places
    best_a, best_b = best_scores(
        {
            (g, h): score
            for (g, h), score in scores.items()
            if g not in paired_a and h not in paired_b
        }
    )
    found: list[tuple[int, int]] = []
    for g, h in anchors:
        if not (
            alone_before(g, paired_a, place_a, STILL_ALONE_PLACE)
            and alone_before(h, paired_b, place_b, STILL_ALONE_PLACE)
        ):
            continue
        score = scores.get((g, h), 0.0)
        if score > 0.0 and score >= best_a[g] and score >= best_b[h]:
            found.append((g, h))
    return sorted(found)


def alone_before(
    sentence: int, paired: Collection[int], places: Sequence[float], limit: float
) -> bool:
    """Whether ``sentence`` is outside ``paired`` and stands before ``limit`` of its text
    (``places``: 0 first, 1 last)."""
    return sentence not in paired and places[sentence] < limit
