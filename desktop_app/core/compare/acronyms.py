"""Acronyms meet the words they stand for: "WHO" and "World Health Organization", "ЧС"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.compare.lexicon import STOPWORDS
from desktop_app.core.compare.terms import Token

_WORD = re.compile(r"[^\W\d_]+")
#: The longest acronym looked for, in letters.
LONGEST = 6
#: For a two-letter acronym every word must be this long ("United States", not "up some").
SHORT_ACRONYM_WORD = 4


def acronyms_in(units: Iterable[Iterable[Token]]) -> frozenset[str]:
    """The acronyms (lower case, no dots) written in any of these units."""
    return frozenset(
        token.key[4:] for tokens in units for token in tokens if token.key.startswith("acr:")
    )


def expansions(text: str, start: int, end: int, acronyms: frozenset[str]) -> list[Token]:
    """A term ``acr:X`` for each run of words in ``text[start:end]`` whose initials spell X.

    Initials are taken with and without the stop words in the run ("Department of Energy"
    gives both "doe" and "de"); a run starts and ends with a word that is not a stop word.
    """
    if not acronyms:
        return []
    words = list(_WORD.finditer(text, start, end))
    found: list[Token] = []
    for first, opening in enumerate(words):
        if opening.group(0).lower() in STOPWORDS:
            continue
        every = content = ""
        for last in range(first, min(len(words), first + 2 * LONGEST)):
            lowered = words[last].group(0).lower()
            every += lowered[0]
            if lowered in STOPWORDS:
                continue
            content += lowered[0]
            if len(content) > LONGEST:
                break
            if last == first:
                continue
            for letters in sorted({every, content}):
                if letters in acronyms and _long_enough(letters, words[first : last + 1]):
                    s, e = opening.start(), words[last].end()
                    found.append(Token(f"acr:{letters}", text[s:e], "name", s, e))
    return found


def _long_enough(letters: str, run: list[re.Match[str]]) -> bool:
    """A two-letter acronym needs long words: "United States", not "up some"."""
    return len(letters) > 2 or all(len(m.group(0)) >= SHORT_ACRONYM_WORD for m in run)
