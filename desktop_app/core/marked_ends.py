"""A passage's lost first or last words read on where only their marks and joiners changed."""

from __future__ import annotations

import unicodedata

from desktop_app.core.respelt_ends import before_white_space, past_white_space

#: Quote marks read as the straight mark of their kind.
QUOTE_KINDS = str.maketrans("‘’‚‛ʼ“”„‟", "'''''\"\"\"\"")


def _passed_over(char: str) -> bool:
    """Whether ``char`` is read past: a nonspacing mark, a format character (a joiner) or a
    space within a line."""
    return char != "\n" and (char.isspace() or unicodedata.category(char) in ("Mn", "Cf"))


def _holds_a_character_read(lost: str) -> bool:
    """Whether ``lost`` holds anything but what is read past: a lost end of a direction mark
    or a variation selector alone holds no word to read on."""
    return not all(map(_passed_over, lost))


def _read_as(char: str) -> str:
    """What ``char`` is read as: a digit by its value, a quote mark by its kind."""
    value = unicodedata.decimal(char, None)
    return str(value) if value is not None else char.translate(QUOTE_KINDS)


def _in_a_word(char: str) -> bool:
    """Whether ``char`` belongs to a word (a letter, digit or mark)."""
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def read_forward(lost: str, text: str, at: int) -> int | None:
    """The index just after ``lost`` read on in ``text`` from ``at`` (see the module), with
    the marks of its last letter, or None where it does not read so."""
    end = past_white_space(text, at)
    for char in lost:
        if _passed_over(char):
            continue
        while end < len(text) and _passed_over(text[end]):
            end += 1
        if end == len(text) or _read_as(text[end]) != _read_as(char):
            return None
        end += 1
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    return end


def read_backward(lost: str, text: str, at: int) -> int | None:
    """The index of the start of ``lost`` read back in ``text`` from ``at`` (see the
    module), or None where it does not read so."""
    start = before_white_space(text, at)
    for char in reversed(lost):
        if _passed_over(char):
            continue
        while start > 0 and _passed_over(text[start - 1]):
            start -= 1
        if start == 0 or _read_as(text[start - 1]) != _read_as(char):
            return None
        start -= 1
    return start


def marked_ends_found(
    head: str, tail: str, text: str, placed: tuple[int, int], grown: tuple[int, int]
) -> tuple[int, int]:
    """``grown`` (the placement ``placed`` grown over lost ends by the rules before) grown
    further over a lost ``head`` or ``tail`` it did not take in where the text just before
    (after) reads as it with only marks, joiners, spaces, digits' script or quote marks
    changed (and something changed), up to a whole word.

    A typist who puts vowel points into a Syriac clause ("ܡܬܟܢܫܐ" made "ܡܬܳܟܢܫܐ"), adds a
    zero-width non-joiner, types a space after a comma or takes one out, writes the figures
    in another script ("11" as "೧೧") or flips straight quotes to curly ones leaves the words
    where they were, spelt with the same letters, but a character diff keeps little of such
    a clause, so the placement of a passage that ends (opens) on it stops before it (starts
    after it). The lost words are read on letter by letter (:func:`read_forward`,
    :func:`read_backward`): nonspacing marks, format characters and spaces aside on both
    sides, digits by their value, quote marks by their kind; a line break within the lost
    words must meet a line break. The end of the passage is where its last word ends."""
    start, end = grown
    if start == placed[0] and _holds_a_character_read(head):
        found = read_backward(head, text, start)
        if (
            found is not None
            and text[found:start].strip() != head.strip()
            and (found == 0 or not _in_a_word(text[found - 1]))
        ):
            start = found
    if end == placed[1] and _holds_a_character_read(tail):
        found = read_forward(tail, text, end)
        if (
            found is not None
            and text[end:found].strip() != tail.strip()
            and (found == len(text) or not _in_a_word(text[found]))
        ):
            end = found
    return start, end
