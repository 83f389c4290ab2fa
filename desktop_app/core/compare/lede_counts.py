"""A sentence still alone early in one text that counts what the other text's lede counts."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from desktop_app.core.compare.still_alone import alone_before

#: The lede gives the story's count ("Forty-two skiers were left hanging …", "Nine people were
#: treated in hospital …", "… injuring four workers …"); a sentence early in the other text,
#: left without a partner by every rule, that counts the same thing ("There were 38 skiers on
#: the chairs …", "Eleven people … were rushed to hospital.", "Five men working at the co-op
#: were hurt.", "By then some three thousand jellyfish lay along the tideline.") tells that
#: fact again, the same or another figure, in words that barely meet the lede's. Past this
#: share of its text such a sentence counts something else more often than not (a weight, a
#: distance, the fishermen out that day). Round 105, tests/compare_data/README.md entry 105,
#: on all 384 development pairs: before 0.2 (or 0.3, the same pairs), 7 true pairs (6 labelled
#: right, 5 contradictions) and no false one; before 0.5, 6 false more; 0.7, 8 true and 12
#: false; anywhere, 9 and 49; leaving one pair out, 0.2 for all 384.
LEDE_COUNT_PLACE = 0.2
#: A count ties two sentences only when what it counts is a word of this many letters or more
#: ("skiers", "people", "jellyfish"): a percentage, a currency or a one- or two-letter word
#: read after a figure names nothing a reader would match (two letters: one false pair more
#: and a true only-B span taken; four: 2 true pairs fewer).
COUNTED_THING_LETTERS = 3
#: The start of the slot of a count, before the word it counts (``terms``: "qty:skier").
COUNT_PREFIX = "qty:"


def counted_things(slots: Collection[str]) -> frozenset[str]:
    """The slots among ``slots`` that count a thing named by a word (``qty:skier``)."""
    return frozenset(
        slot
        for slot in slots
        if slot.startswith(COUNT_PREFIX)
        and len(slot) - len(COUNT_PREFIX) >= COUNTED_THING_LETTERS
        and slot[len(COUNT_PREFIX) :].isalpha()
    )


def lede_count_pairs(
    paired: tuple[Collection[int], Collection[int]],
    slots: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    places: tuple[Sequence[float], Sequence[float]],
    ledes: tuple[int, int],
) -> list[tuple[int, int]]:
    """Pairs ``(g, h)`` of a lede (``ledes``: the first sentence of A and of B, paired or not)
    and a sentence of the other text outside ``paired``, other than its own lede, before
    ``LEDE_COUNT_PLACE`` of its text (``places``: 0 first, 1 last), the two counting one
    thing (``slots``: the slots each sentence gives a value in). Sorted."""
    found: set[tuple[int, int]] = set()
    for side in (0, 1):
        other = 1 - side
        lede_counts = counted_things(slots[other][ledes[other]])
        if not lede_counts:
            continue
        for k, sentence_slots in enumerate(slots[side]):
            if k == ledes[side] or not alone_before(
                k, paired[side], places[side], LEDE_COUNT_PLACE
            ):
                continue
            if lede_counts.isdisjoint(sentence_slots):
                continue
            found.add((k, ledes[other]) if side == 0 else (ledes[other], k))
    return sorted(found)
