"""A passage's lost first or last words read on where only their times and units were respelt.

A copy editor who writes "06:12" as "6.12am", "1.4 m" as "1.4 metres" or "SW" as "southwest"
leaves the words where they were, but a character diff keeps little of such a line, so the
placement of a passage that opens (or closes) on it starts (ends) on the next line. Here the
lost words are read word by word against as many words just before (after) the placement:
each the same but for letter case, or the same clock time in the other style (24 hours
against am and pm, ":" or "." between hours and minutes), or a unit or compass point
against its spelling out (a short word after a figure, or a word in capitals, whose letters
the long word holds in order from its first). Any other word lost or typed in tells nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: A time on the 24-hour clock: "06:12", "18:37".
TWENTY_FOUR = re.compile(r"(\d{1,2}):(\d{2})")
#: A time on the 12-hour clock: "6.12am", "6:12 pm", "7am", "12.05a.m.".
TWELVE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?", re.IGNORECASE)
#: A figure, so that a short word after it reads as its unit.
FIGURE = re.compile(r"[\d.,]*\d")
#: Longest short word read as a unit or compass point ("m", "kn", "NNW").
SHORT = 3


def past_white_space(text: str, at: int) -> int:
    """The first index from ``at`` on that is not white space (or the end of ``text``)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def before_white_space(text: str, at: int) -> int:
    """The index just after the last character before ``at`` that is not white space."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def in_a_word(char: str) -> bool:
    """Whether ``char`` is a letter or a combining mark (a Devanagari vowel sign, an accent
    typed apart): a word's letters with their marks ("सोम" is three of them)."""
    return unicodedata.category(char)[0] in "LM"


def letters_end(text: str, at: int) -> int:
    """The end of the run of letters (with their marks) that starts at ``at``."""
    while at < len(text) and in_a_word(text[at]):
        at += 1
    return at


def letters_start(text: str, at: int) -> int:
    """The start of the run of letters (with their marks) that ends at ``at``."""
    while at > 0 and in_a_word(text[at - 1]):
        at -= 1
    return at


def minute_of_day(word: str) -> int | None:
    """The minute of the day a clock time names, else None."""
    if (match := TWENTY_FOUR.fullmatch(word)) is not None:
        hours, minutes = int(match[1]), int(match[2])
        return hours * 60 + minutes if hours < 24 and minutes < 60 else None
    if (match := TWELVE.fullmatch(word)) is not None:
        hours, minutes = int(match[1]), int(match[2] or 0)
        if not 1 <= hours <= 12 or minutes >= 60:
            return None
        return (hours % 12 + (12 if match[3].casefold() == "p" else 0)) * 60 + minutes
    return None


def spelt_out(short: str, long: str) -> bool:
    """Whether ``long`` spells ``short`` out: its letters, from the first, in order."""
    if not (short.isalpha() and long.isalpha() and len(short) <= SHORT < len(long)):
        return False
    short, long = short.casefold(), long.casefold()
    if short[0] != long[0]:
        return False
    letters = iter(long)
    return all(letter in letters for letter in short)


def _read_alike(one: str, other: str, after_figure: bool) -> bool:
    """Whether two words read the same but for case, clock style or a unit spelt out."""
    if one.casefold() == other.casefold():
        return True
    time = minute_of_day(one)
    if time is not None:
        return time == minute_of_day(other)
    short, long = sorted((one, other), key=len)
    return (after_figure or short.isupper()) and spelt_out(short, long)


def words_respelt(lost: list[str], standing: list[str]) -> bool:
    """Whether the words ``standing`` in the new text read as the ``lost`` words, one for
    one, each the same or respelt (and at least one respelt)."""
    if len(lost) != len(standing) or lost == standing:
        return False
    return all(
        _read_alike(one, other, index > 0 and FIGURE.fullmatch(lost[index - 1]) is not None)
        for index, (one, other) in enumerate(zip(lost, standing, strict=True))
    )


def _words_before(text: str, at: int, count: int) -> tuple[int, list[str]]:
    """The start of the ``count`` words just before ``at`` (white space aside), and them."""
    words: list[str] = []
    while len(words) < count:
        at = word_end = before_white_space(text, at)
        while at > 0 and not text[at - 1].isspace():
            at -= 1
        if at == word_end:
            break
        words.append(text[at:word_end])
    return at, words[::-1]


def _words_after(text: str, at: int, count: int) -> tuple[int, list[str]]:
    """The end of the ``count`` words just after ``at`` (white space aside), and them."""
    words: list[str] = []
    while len(words) < count:
        at = word_start = past_white_space(text, at)
        while at < len(text) and not text[at].isspace():
            at += 1
        if at == word_start:
            break
        words.append(text[word_start:at])
    return at, words


def respelt_ends_found(
    head: str, tail: str, text: str, placed: tuple[int, int], grown: tuple[int, int]
) -> tuple[int, int]:
    """``grown`` (the placement ``placed`` of a passage grown over its lost ``head`` and
    ``tail`` where they still read so) grown further over a lost head or tail it did not
    take in where the words just before (after) read as it does, respelt (see the module)."""
    return ends_read_on(head, tail, text, placed, grown, words_respelt)


def ends_read_on(
    head: str,
    tail: str,
    text: str,
    placed: tuple[int, int],
    grown: tuple[int, int],
    read_as: Callable[[list[str], list[str]], bool],
) -> tuple[int, int]:
    """``grown`` grown further over a lost ``head`` (``tail``) it did not take in where as
    many whole words just before (after) the placement ``placed`` as the lost one holds
    read as them by ``read_as(lost, standing)``."""
    start, end = grown
    if (
        start == placed[0]
        and head.strip()
        and head[-1].isspace() == text[start - 1 : start].isspace()
    ):
        found, standing = _words_before(text, start, len(lost := head.split()))
        if read_as(lost, standing) and (found == 0 or text[found - 1].isspace()):
            start = found
    if end == placed[1] and tail.strip() and tail[0].isspace() == text[end : end + 1].isspace():
        found, standing = _words_after(text, end, len(lost := tail.split()))
        if read_as(lost, standing) and (found == len(text) or text[found].isspace()):
            end = found
    return start, end
