"""A sentence quoting words of a quotation told in several sentences pairs with the piece quoted."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Set

#: A word of the other sentence's own narration (outside its quotation marks) tells a piece of
#: the quotation again only from this many letters: "of", "to", "a" and "ne" tell nothing; the
#: piece a sentence quotes is the one sharing most of its quoted words of this many letters.
#: Round 143 (entry 143 of tests/compare_data/README.md): 1 to 6 letters measured, 3 chosen for
#: 461 of the 464 pairs leaving one pair out.
FRAME_WORD_LETTERS = 3

#: What the callers read of a sentence: ``(side, unit)`` for its frame, ``(side, unit, quote)``
#: for its words inside one shared quote (side 0 is text A, 1 text B).
FrameWords = Callable[[int, int], Set[str]]
QuotedWords = Callable[[int, int, int], Set[str]]


def quoted_piece_pairs(
    pairs: Iterable[tuple[int, int]],
    quoted: tuple[Sequence[Set[int]], Sequence[Set[int]]],
    words: tuple[QuotedWords, FrameWords],
    score: Callable[[int, int], float],
    letters: int = FRAME_WORD_LETTERS,
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``pairs`` that join a sentence quoting a shared quote with a
    second piece of it: one text gives a speaker's quotation over several sentences ("…, hanle
    kɛ: “Yɛ menli ɛyɛ kpalɛ. Ɛlɛne zo menli ne mɔ vale bɛ ɛlɛne bɛrale ntɛm. …”") and the
    other quotes a few of its words in one sentence ("Madam Ackah hanle kɛ “ɛlɛne zo menli …
    ntɛm”."); paired with several pieces, the sentence tells the one whose words it quotes.

    ``quoted`` holds, for each side, the indices of the shared quotes in each sentence; of the
    pieces of one quote paired with one sentence that holds it too, the piece sharing the most
    quoted words of at least ``letters`` letters with it (``words[0](side, unit, quote)``; then
    the better ``score``, then the earlier) stays, and another stays only when the sentence's
    own narration (``words[1](side, unit)``, its words outside quotation marks) repeats a word
    of the piece's quoted words of at least ``letters`` letters: "… said she understood the
    distress the loss had caused …" tells a piece again. Swapping the texts swaps the result.
    Sorted.
    """
    quoted_words, frame_words = words
    found = sorted(set(pairs))
    dropped: set[tuple[int, int]] = set()
    for side in (0, 1):
        other_side = 1 - side
        pieces: dict[tuple[int, int], list[int]] = defaultdict(list)
        for pair in found:
            here, there = pair[side], pair[other_side]
            for quote in quoted[side][here] & quoted[other_side][there]:
                pieces[there, quote].append(here)
        for (there, quote), heres in pieces.items():
            if len(heres) < 2:
                continue
            told = _long(quoted_words(other_side, there, quote), letters)
            ranked = sorted(
                heres,
                key=lambda here: (
                    -len(_long(quoted_words(side, here, quote), letters) & told),
                    -score(*_oriented(side, here, there)),
                    here,
                ),
            )
            frame = _long(frame_words(other_side, there), letters)
            for here in ranked[1:]:
                if frame.isdisjoint(quoted_words(side, here, quote)):
                    dropped.add(_oriented(side, here, there))
    return sorted(dropped)


def _long(words: Set[str], letters: int) -> set[str]:
    """The words of at least ``letters`` letters."""
    return {word for word in words if len(word) >= letters}


def _oriented(side: int, here: int, there: int) -> tuple[int, int]:
    """The pair ``(i, j)`` of a sentence ``here`` on ``side`` and ``there`` on the other."""
    return (here, there) if side == 0 else (there, here)
