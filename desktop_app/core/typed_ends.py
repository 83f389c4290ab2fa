"""A passage's lost first or last words read on where one of them took a typed letter.

An editor's slip ("down." typed "doown.", "Porthallow" lost its "P") leaves the words where
they were, but a character diff can lose the whole line round it to another copy of its
words, so the placement of a passage that opens (or closes) on it starts (ends) past it.
Here the lost words are read word by word against as many words just before (after) the
placement: every one the same but one, which differs from the lost word by one letter typed
in, dropped or typed over, and is a word of :data:`TYPED_WORD` letters or more (a figure
changed, "Notice 14" made "Notice 15", is another fact, and a short word another word).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from desktop_app.core.respelt_ends import ends_read_on, in_a_word

#: Fewest letters of the word read on through one typed letter ("down" made "doown").
TYPED_WORD = 4


def one_typed(word: str, other: str) -> str | None:
    """The character that makes ``other`` differ from ``word`` when one was typed in,
    dropped or typed over (for one typed over, the one replaced and the one typed), that is
    when they are one Levenshtein edit apart; else None."""
    edits = Levenshtein.editops(word, other)
    if len(edits) != 1:
        return None
    (edit,) = edits
    if edit.tag == "insert":
        return other[edit.dest_pos]
    if edit.tag == "delete":
        return word[edit.src_pos]
    return word[edit.src_pos] + other[edit.dest_pos]


def one_letter_typed(lost: str, standing: str) -> bool:
    """Whether ``standing`` is ``lost`` with one letter typed in, dropped or typed over by
    another letter, and both hold :data:`TYPED_WORD` letters or more."""
    if min(sum(map(in_a_word, lost)), sum(map(in_a_word, standing))) < TYPED_WORD:
        return False
    typed = one_typed(lost, standing)
    return typed is not None and all(map(in_a_word, typed))


def words_typed(lost: list[str], standing: list[str]) -> bool:
    """Whether the words ``standing`` read as the ``lost`` words one for one, all the same
    but exactly one, which took one typed letter (:func:`one_letter_typed`)."""
    if len(lost) != len(standing):
        return False
    differ = [(one, other) for one, other in zip(lost, standing, strict=True) if one != other]
    return len(differ) == 1 and one_letter_typed(*differ[0])


def typed_ends_found(
    head: str, tail: str, text: str, placed: tuple[int, int], grown: tuple[int, int]
) -> tuple[int, int]:
    """``grown`` (the placement ``placed`` grown over lost ends that still read so, or
    respelt) grown further over a lost ``head`` or ``tail`` it did not take in where the
    words just before (after) read as it does with one letter typed (see the module)."""
    return ends_read_on(head, tail, text, placed, grown, words_typed)
