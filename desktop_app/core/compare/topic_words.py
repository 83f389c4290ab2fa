"""Second partners that share only the story's topic words with a sentence, and no value."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from desktop_app.core.compare.neighbours import SPECIFIC_KEYS

#: A word that at least this many sentences of each text hold (and ``TOPIC_SHARE`` of them)
#: is one of the story's topic words: what both outlets come back to (the event's noun, the
#: place, the people, the language's own small words), learnt from the two texts at hand.
#: Round 171 (entry 171 of tests/compare_data/README.md), on all 512 development pairs: among
#: the engine's pairs sharing topic words alone more were true than false (contradictions,
#: paraphrases); with a second partner and no value on either side (below), 21 pairs fewer,
#: 16 of them false, pair F1 0.8427 -> 0.8433; holders 3 gave 0.8427, and leaving one pair
#: out chose 2 for all 512.
TOPIC_HOLDERS = 2
#: … and at least this share of that text's sentences, so that in a long text (the
#: 10,000-word benchmark's hundreds of sentences) two holders do not make every word a
#: topic word. With 0.07 the share counts from 29 sentences on, past most development texts.
TOPIC_SHARE = 0.07


def topic_words(
    sides: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    holders: int = TOPIC_HOLDERS,
    share: float = TOPIC_SHARE,
) -> frozenset[str]:
    """The words held by at least ``holders`` sentences (and ``share`` of them) of A and of
    B alike (``sides``: each text's distinct sentences, each given by its term keys); a
    figure, a moment or what a number counts never is one."""
    found: set[str] | None = None
    for sentences in sides:
        needed = max(holders, math.ceil(share * len(sentences)))
        held = Counter(key for keys in sentences for key in set(keys))
        here = {key for key, count in held.items() if count >= needed and not _specific(key)}
        found = here if found is None else found & here
    return frozenset(found or ())


def topic_only_second_partners(
    pairs: Iterable[tuple[int, int]],
    keys: tuple[Sequence[Collection[str]], Sequence[Collection[str]]],
    topic: Collection[str],
    specific_or_told_apart: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``pairs`` whose sentences share words (``keys``: each unit's
    term keys, of A's units and of B's), all of them ``topic`` words, give no value (no
    figure, no moment) either of them and share no figure or moment, nor tell one moment two
    ways (``specific_or_told_apart(i, j)``), when one of the two sentences has another
    partner among ``pairs`` that is no such pair.

    What the writers do when they leave two sentences of one story unpaired on purpose:
    each sentence tells its own fact about the story's place, people or event ("The union is
    unconvinced." beside "The University and College Union said it would ballot members",
    Madurese "Every grave is moved while tahlil is read." beside "the unknown graves, moved
    with new markers, numbered one to ten"), and one of them already has the partner that
    tells its fact. Judged on ``pairs`` as given, so the result does not depend on their
    order; swapping the texts swaps the result. Sorted.
    """
    kept = list(pairs)
    keys_a, keys_b = keys
    candidates: set[tuple[int, int]] = set()
    for i, j in kept:
        if _gives_value(keys_a[i]) or _gives_value(keys_b[j]):
            continue
        shared = {key for key in keys_a[i] if key in keys_b[j] and not _specific(key)}
        if shared and shared.issubset(topic) and not specific_or_told_apart(i, j):
            candidates.add((i, j))
    # the other partner must tell more than the topic: two such partners of one sentence
    # (one of them the fact, by other words) are both kept
    told_a = Counter(i for i, j in kept if (i, j) not in candidates)
    told_b = Counter(j for i, j in kept if (i, j) not in candidates)
    found = [(i, j) for i, j in candidates if told_a[i] or told_b[j]]
    return sorted(found)


def _specific(key: str) -> bool:
    """Whether ``key`` is a figure, a moment or what a number counts (``terms.tokens``)."""
    return key.startswith(SPECIFIC_KEYS)


def _gives_value(keys: Collection[str]) -> bool:
    """Whether a unit of term ``keys`` gives a figure or a moment."""
    return any(key.startswith(("#", "@has:")) for key in keys)
