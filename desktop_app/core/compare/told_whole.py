"""One sentence told again word for word inside another: one fact, the other saying more."""

from __future__ import annotations

import regex

#: The fewest words a sentence told again whole must have ("Nobody was hurt." is too
#: common a sentence to make a pair by itself).
WHOLE_WORDS = 4

#: A word: letters with their marks, or digits, in any script (in one written without spaces,
#: Chinese or Thai, a whole clause is one word).
SENTENCE_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def sentence_words(sentence: str) -> tuple[str, ...]:
    """The words of ``sentence`` in order, case folded, without punctuation or spacing."""
    return tuple(word.casefold() for word in SENTENCE_WORD.findall(sentence))


def told_whole(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Whether the shorter of two sentences (by words), of at least ``WHOLE_WORDS`` words, is
    told word for word, in one run, inside the longer, which has more words: "Dorrishe laga
    waa qooxeessu manni ganbaanno." inside "Dorrishe laga waa qooxeessu manni ganbaanno,
    mereero sase kilomeetire …" (Sidaamu Afoo), a fact told again with more."""
    shorter, longer = sorted((words_a, words_b), key=len)
    size = len(shorter)
    if size < WHOLE_WORDS or size == len(longer):
        return False
    return any(longer[k : k + size] == shorter for k in range(len(longer) - size + 1))
