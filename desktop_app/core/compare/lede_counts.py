"""A sentence still alone early in one text that counts or dates what the other lede tells."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

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
#: The slots of a moment a short sentence can give alone: a weekday, a clock time.
MOMENT_SLOTS = frozenset({"day", "time"})
#: A sentence of at most this many words, before ``LEDE_COUNT_PLACE`` of its text and still
#: alone, whose only specifics are a weekday or a clock time of a kind the other text's lede
#: gives ("That was on Wednesday morning.", K'iche' "Xk'ulmatajik pa ri miércoles.", Ndebele
#: "Izinkumbi zafika eSizanani ntambama ngoLwesithathu.") says when the lede's event happened,
#: the same moment or another. Round 115, tests/compare_data/README.md entry 115, on all 400
#: development pairs: six words, 3 true pairs (3 contradictions, labelled so) and no false one;
#: eight, 1 true and 2 false more, each a true only-B span taken ("Nobody in Lowfold slept well
#: on Monday night.", "On Monday he said it to almost nobody."); twelve, 2 true and 2 false
#: more; twenty, 3 true and 5 false more. Leaving one pair out by F1 alone, twelve (in sample
#: 0.00007 above six, for those two spans taken) for 398 pairs and six for 2.
LEDE_MOMENT_WORDS = 6


def counted_things(slots: Collection[str]) -> frozenset[str]:
    """The slots among ``slots`` that count a thing named by a word (``qty:skier``)."""
    return frozenset(
        slot
        for slot in slots
        if slot.startswith(COUNT_PREFIX)
        and len(slot) - len(COUNT_PREFIX) >= COUNTED_THING_LETTERS
        and slot[len(COUNT_PREFIX) :].isalpha()
    )


def tells_only_when(sentence_slots: Collection[str], lede_slots: Collection[str]) -> bool:
    """Whether ``sentence_slots`` are all moments (``MOMENT_SLOTS``), one of them a kind of
    moment the lede gives too (``lede_slots``)."""
    moments = frozenset(sentence_slots)
    return bool(moments) and moments <= MOMENT_SLOTS and not moments.isdisjoint(lede_slots)


def _lede_pairs(
    paired: tuple[Collection[int], Collection[int]],
    places: tuple[Sequence[float], Sequence[float]],
    ledes: tuple[int, int],
    tells_again: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Pairs ``(g, h)`` of a lede and a sentence of the other text outside ``paired``, other
    than its own lede, before ``LEDE_COUNT_PLACE`` of its text, for which ``tells_again(side,
    k)`` holds (``side`` 0 for a sentence ``k`` of A against B's lede). Sorted."""
    found: set[tuple[int, int]] = set()
    for side in (0, 1):
        other = 1 - side
        for k in range(len(places[side])):
            if k == ledes[side] or not alone_before(
                k, paired[side], places[side], LEDE_COUNT_PLACE
            ):
                continue
            if tells_again(side, k):
                found.add((k, ledes[other]) if side == 0 else (ledes[other], k))
    return sorted(found)


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
    lede_counts = (counted_things(slots[1][ledes[1]]), counted_things(slots[0][ledes[0]]))
    return _lede_pairs(
        paired, places, ledes, lambda side, k: not lede_counts[side].isdisjoint(slots[side][k])
    )


def lede_moment_pairs(
    paired: tuple[Collection[int], Collection[int]],
    slots: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    places: tuple[Sequence[float], Sequence[float]],
    ledes: tuple[int, int],
    word_counts: tuple[Sequence[int], Sequence[int]],
) -> list[tuple[int, int]]:
    """Pairs ``(g, h)`` of a lede and a sentence of the other text as ``lede_count_pairs``
    finds them, of at most ``LEDE_MOMENT_WORDS`` words (``word_counts``), whose only slots are
    moments of a kind the lede gives too (``tells_only_when``). Sorted."""
    return _lede_pairs(
        paired,
        places,
        ledes,
        lambda side, k: (
            word_counts[side][k] <= LEDE_MOMENT_WORDS
            and tells_only_when(slots[side][k], slots[1 - side][ledes[1 - side]])
        ),
    )
