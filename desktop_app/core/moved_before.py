"""A word of a passage moved to just before it (a name inverted: "Ann Lee" -> "LEE, Ann")."""

from __future__ import annotations

from collections import Counter

import regex

from desktop_app.core.alignment import Alignment, Block

#: Most words of a passage taken back from just before where the diff placed it.
MOVED_WORDS = 3
#: Most code points those words (and what separates them) may span.
MOVED_REACH = 40

#: A word with its letters' own marks (accents, vowel signs).
_WORD = regex.compile(r"[\w\p{M}]+")
#: What may stand between a moved word and the passage: a comma or colon, white space
#: (not a line break).
_SEPARATOR = regex.compile(r"[,;:]?[ \t\u00a0]*")


def moved_before_start(
    alignment: Alignment, own: tuple[int, int], pieces: list[Block], new_start: int
) -> int:
    """Where the passage at old ``own``, placed from ``new_start`` on its surviving
    ``pieces``, starts when the words just before ``new_start`` on its line are words of
    its own that the pieces left out (its surname moved in front of its first name, in
    capitals or not), all of them text no old text maps to: the start of those words.
    Else ``new_start``. At most :data:`MOVED_WORDS` words, :data:`MOVED_REACH` code points."""
    text = alignment.new
    line_start = text.rfind("\n", 0, new_start) + 1
    lo = max(line_start, new_start - MOVED_REACH)
    words = list(_WORD.finditer(text, lo, new_start))
    if not words or alignment.unaligned_share(words[-1].start(), words[-1].end()) < 1.0:
        return new_start  # the common case: the word before is old text
    missing = _missing_words(alignment.old, own, pieces)
    found = new_start
    at = new_start
    for taken, word in enumerate(reversed(words), start=1):
        if taken > MOVED_WORDS or not _SEPARATOR.fullmatch(text, word.end(), at):
            break
        wanted = Counter(w.group().casefold() for w in words[len(words) - taken :])
        if wanted - missing or alignment.unaligned_share(word.start(), word.end()) < 1.0:
            break
        found = at = word.start()
    if found < new_start and found > line_start and text[found - 1].isalnum():
        return new_start  # part of a longer word
    return found


def _missing_words(old: str, own: tuple[int, int], pieces: list[Block]) -> Counter[str]:
    """The words (case folded) of old ``own`` that lie wholly outside ``pieces``."""
    missing: Counter[str] = Counter()
    reached = own[0]
    for lo, hi in [*sorted((p.old, p.old + p.length) for p in pieces), (own[1], own[1])]:
        if lo > reached:
            for word in _WORD.finditer(old, reached, lo):
                cut_before = word.start() == reached > own[0] and _WORD.match(old[reached - 1])
                cut_after = word.end() == lo < own[1] and _WORD.match(old[lo])
                if not (cut_before or cut_after):
                    missing[word.group().casefold()] += 1
        reached = max(reached, hi)
    return missing
