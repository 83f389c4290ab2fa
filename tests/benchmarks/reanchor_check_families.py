"""A generalisation check for re-anchoring, never tuned on: fresh seeds and three more families.

Written before the round of tuning it checks, and only ever reported
(``test_reanchor_accuracy`` prints it as "generalisation check", once before and once
after a round of changes). Seeds :data:`CHECK_SEEDS` run the existing families; the three
families here are edits the others never make: sentences reordered inside their paragraph,
punctuation around quotes and at sentence ends changed (house style: ``,”`` to ``”,``,
a full stop to a semicolon, a comma to a dash), and a paragraph split in two with a new
sentence put between the halves.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_families import (
    OTHER_SENTENCES,
    Family,
    _paragraphs,
    _sentences,
)
from tests.storage.edit_simulation import TrackedText

#: Seeds of the generalisation check (never used while tuning).
CHECK_SEEDS = range(3000, 3006)


def sentences_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence cut and pasted before another sentence of its own paragraph (the last
    one, with the space before it, after another)."""
    for _ in range(max(1, int(len(_paragraphs(tracked.text)) * rate / 10))):
        text = tracked.text
        by_paragraph = [
            [s for s in _sentences(text) if start <= s[0] and s[1] <= end]
            for start, end in _paragraphs(text)
        ]
        several = [sentences for sentences in by_paragraph if len(sentences) >= 2]
        if not several:
            return
        sentences = rng.choice(several)
        moved = rng.randrange(len(sentences))
        start, end = sentences[moved]
        if moved == len(sentences) - 1:  # " Last." goes after an earlier sentence
            other = rng.randrange(moved)
            tracked.move(start - 1, end - start + 1, sentences[other][1])
            continue
        targets = [j for j in range(len(sentences)) if j not in (moved, moved + 1)]
        if not targets:  # "A. B." becomes "B. A."
            first, (second, second_end) = sentences[0][0], sentences[1]
            tracked.move(second, second_end - second, first)
            tracked.replace(first + second_end - second, 0, " ")
            tracked.replace(second_end, 1, "")
            continue
        other = rng.choice(targets)
        to = sentences[other][0]
        length = end - start + 1  # the sentence and the space after it
        tracked.move(start, length, to if other < moved else to - length)


def punctuation_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Punctuation restyled: ``,”`` becomes ``”,``, a full stop between sentences a
    semicolon, a comma a dash."""
    text = tracked.text
    spots: list[tuple[int, int, str]] = []
    for at in range(len(text) - 1):
        pair = text[at : at + 2]
        if pair == ",”":
            spots.append((at, 2, "”,"))
        elif pair == ". " and at + 2 < len(text) and text[at + 2].isupper():
            spots.append((at, 1, ";"))
        elif pair == ", ":
            spots.append((at, 1, " —"))
    chosen = rng.sample(spots, min(len(spots), max(1, int(len(spots) * rate / 10))))
    for at, length, new in sorted(chosen, reverse=True):
        tracked.replace(at, length, new)


def split_with_insert(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph split in two at a sentence end, a new one-sentence paragraph between."""
    for _ in range(max(1, int(len(_paragraphs(tracked.text)) * rate / 10))):
        text = tracked.text
        stops = [i + 1 for i in range(len(text) - 1) if text[i : i + 2] == ". "]
        if not stops:
            return
        tracked.replace(rng.choice(stops), 1, f"\n\n{rng.choice(OTHER_SENTENCES)}\n\n")


CHECK_FAMILIES: dict[str, Family] = {
    "sentences reordered": sentences_reordered,
    "punctuation changed": punctuation_changed,
    "split with insert": split_with_insert,
}
