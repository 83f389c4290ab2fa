"""Deterministic synthetic articles and highlight spans for the benchmarks."""

from __future__ import annotations

import random

_WORDS = (  # noqa: SIM905 (one readable string beats sixty quoted words)
    "the of and to in is that for it as was with be by on not this are or from at which but "
    "minister summit minerals accord trade policy border region reaction motive economy deal "
    "agreement government market export supply security council village harvest letter memory"
).split()


def prose(size: int, seed: int = 1) -> str:
    """About ``size`` characters of paragraphs (3-8 sentences each), one per line."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 8)):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 24))]
            sentences.append(" ".join(words).capitalize() + rng.choice(".?!."))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return "\n".join(paragraphs)[:size]


def spans(count: int, length: int, seed: int = 2, overlap: float = 0.3) -> list[tuple[int, int]]:
    """Random spans of 20-300 characters; ``overlap`` of them start inside an earlier one."""
    rng = random.Random(seed)
    result: list[tuple[int, int]] = []
    for _ in range(count):
        size = rng.randint(20, 300)
        if result and rng.random() < overlap:
            s0, e0 = result[rng.randrange(len(result))]
            start = max(0, min(length - size, rng.randint(s0, e0 - 1)))
        else:
            start = rng.randint(0, length - size - 1)
        result.append((start, start + size))
    return result
