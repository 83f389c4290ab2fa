"""Two sentences told word for word but for one value: one fact, its value told otherwise."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.compare.told_whole import SENTENCE_WORD

#: The fewest words the two sentences must tell alike around the value ("Ri ajch'ame'y
#: xe'apon pa 7:30." / "Ri ajch'ame'y xe'apon pa nik'aj q'ij.", Kaqchikel: seven words).
FRAME_WORDS = 3
#: … and the least share of the longer sentence's words they must be: a frame of three words
#: inside a long sentence is a phrase of the story ("hazi ya ukuta", "te bom e"), not the
#: sentence told again.
FRAME_SHARE = 0.4
#: The most words the value may take on either side ("ܐܪܒܥ ܐܡܐ ܘܚܡܫܝ", four hundred and
#: fifty in Syriac words, against 450).
SLOT_WORDS = 4

#: Where a sentence reads a figure or a clock time, as ``UnitTerms.read`` gives it.
ReadSpans = tuple[tuple[int, int, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class ReadWords:
    """The words of one sentence, case folded, and which of them the engine reads as part of a
    figure or a clock time."""

    words: tuple[str, ...]
    valued: tuple[bool, ...]


def read_words(sentence: str, read: ReadSpans) -> ReadWords:
    """The words of ``sentence`` and whether each lies where ``read`` (offsets from the
    sentence's start, as ``UnitTerms.read`` gives them) reads a figure or a clock time."""
    spans = [(start, end) for start, end, _ in read]
    words: list[str] = []
    valued: list[bool] = []
    for match in SENTENCE_WORD.finditer(sentence):
        words.append(match.group().casefold())
        valued.append(any(start < match.end() and match.start() < end for start, end in spans))
    return ReadWords(tuple(words), tuple(valued))


def swapped_frame(a: ReadWords, b: ReadWords) -> int:
    """How many words two sentences tell alike around one value, 0 if they do not.

    The shorter sentence (by words) is ``P X Q`` and the longer holds ``P Y Q`` in one run,
    where ``X`` and ``Y`` are words of at most ``SLOT_WORDS`` each that differ in their first
    and in their last word (the same sentence has no slot), and one of them holds
    a figure or a clock time the engine reads: the same actor and action, with the value told
    another way or another value. The frame (``P`` and ``Q``) must have ``FRAME_WORDS`` words
    and ``FRAME_SHARE`` of the longer sentence's. Symmetric.
    """
    shorter, longer = sorted((a, b), key=lambda side: len(side.words))
    least = max(FRAME_WORDS, math.ceil(FRAME_SHARE * len(longer.words)))
    held = set(longer.words)
    if sum(word in held for word in shorter.words) < least:
        return 0  # too few of the shorter sentence's words in the longer to make a frame
    frame = _frame(shorter, longer)
    if len(shorter.words) == len(longer.words):
        frame = max(frame, _frame(longer, shorter))
    return frame if frame >= least else 0


def _frame(whole: ReadWords, other: ReadWords) -> int:
    """The most words of ``whole`` told around one value slot inside ``other`` (see
    ``swapped_frame``), 0 if none."""
    told, held = whole.words, other.words
    n, m = len(told), len(held)
    # how many of ``told``'s first words ``held`` gives from each place, and how many of its
    # last words ``held`` gives up to each place
    heads = [_run(told, held, start, 1) for start in range(m + 1)]
    tails = [_run(told, held, end, -1) for end in range(m + 1)]
    best = 0
    for start in range(m + 1):
        for head in range(heads[start] + 1):
            slot_start = start + head
            for slot_end in range(slot_start + 1, min(m, slot_start + SLOT_WORDS) + 1):
                for tail in range(max(0, n - head - SLOT_WORDS), n - head):
                    if head + tail <= best or slot_end + tail > m or tails[slot_end + tail] < tail:
                        continue
                    mine = told[head : n - tail]
                    theirs = held[slot_start:slot_end]
                    # the two slots differ at both ends (else the frame would run on into
                    # them), and one of them holds a value
                    if (
                        mine[0] != theirs[0]
                        and mine[-1] != theirs[-1]
                        and (
                            any(whole.valued[head : n - tail])
                            or any(other.valued[slot_start:slot_end])
                        )
                    ):
                        best = head + tail
    return best


def _run(told: tuple[str, ...], held: tuple[str, ...], place: int, step: int) -> int:
    """How many words of ``told``, from its first forwards (``step`` 1) or from its last
    backwards (-1), ``held`` gives from ``place`` on (or up to it)."""
    count = 0
    while count < len(told):
        k = place + count if step == 1 else place - count - 1
        word = told[count] if step == 1 else told[-count - 1]
        if not 0 <= k < len(held) or held[k] != word:
            break
        count += 1
    return count


def value_swapped_pairs(
    candidates: Iterable[tuple[int, int]],
    sentences: tuple[Callable[[int], str], Callable[[int], str]],
    read: tuple[Sequence[ReadSpans], Sequence[ReadSpans]],
) -> list[tuple[int, int]]:
    """The ``candidates`` (pairs of sentences of A and of B) told word for word but for one
    value (``swapped_frame``), each sentence's only best such partner: "ܓܘ ܣܐܠܘܢ ܗܘܘ 450
    ܥܙܝܡܐ." / "ܓܘ ܣܐܠܘܢ ܗܘܘ ܐܪܒܥ ܐܡܐ ܘܚܡܫܝ ܥܙܝܡܐ." (Syriac, 450 guests told in words), the
    Vai fines 45,000 / 54,000. ``sentences`` give each side's sentence by its index and
    ``read`` where the engine reads a figure or a clock time in it (``UnitTerms.read``); a
    sentence's words are read only when a pair that may hold a value asks. Sorted."""
    words: tuple[dict[int, ReadWords], dict[int, ReadWords]] = ({}, {})

    def words_of(side: int, k: int) -> ReadWords:
        if k not in words[side]:
            words[side][k] = read_words(sentences[side](k), read[side][k])
        return words[side][k]

    frames = {
        (i, j): frame
        for i, j in candidates
        if (read[0][i] or read[1][j])
        and (frame := swapped_frame(words_of(0, i), words_of(1, j))) > 0
    }
    best_a: dict[int, list[int]] = defaultdict(list)
    best_b: dict[int, list[int]] = defaultdict(list)
    for (i, j), frame in frames.items():
        best_a[i].append(frame)
        best_b[j].append(frame)
    return sorted(
        (i, j)
        for (i, j), frame in frames.items()
        if max(best_a[i]) == frame == max(best_b[j])
        and best_a[i].count(frame) == 1
        and best_b[j].count(frame) == 1
    )
