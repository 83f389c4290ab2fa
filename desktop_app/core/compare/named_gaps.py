"""A capitalised word inside a sentence, where the other side has a figure, names no number."""

from __future__ import annotations

import regex

#: Whether words the engine cannot read that face a figure on the other side
#: (``framed.framed_difference``, ``beside_difference``, ``valued_difference`` and
#: ``time_gaps.gap_figure_difference``) are taken for no number when they open with a
#: capital letter inside their sentence: a name (a body, a people, a place), not a number in
#: words, which the writers of every language with capitals write in small letters unless it
#: opens the sentence. Wayuu "Tü contrato nümaa tü operador anoujasü süchiki tü 27 de
#: agosto." against "Tü Secretaría de Educación ayatüsü tü contrato nümaa tü operador." (the
#: date and the Secretariat), Terena "… 200 pessoas, ya festa." against "… itúke festa yoko
#: Terenoe." (two hundred people and the Terena), Awajún "… peque peque yaki 9 hora
#: wekagaji." against "… bote yaki Wawas Entsanum jeaji." (nine hours and the place reached):
#: the writers call each more detail or a near copy, never a contradiction. Round 199
#: (entry 199 of tests/compare_data/README.md).
NAMES_COUNT_NOTHING = True

#: Marks after which a word opens a sentence, a quotation or a heading: a capital there may
#: be the sentence's, not a name's ("Disisais ka tawo …", "«Una quarantena de …").
_OPENS_AFTER = frozenset(".!?:;\"“”«»‘’'([{—–-")
#: The first letter of a word (after any marks).
_FIRST_LETTER = regex.compile(r"\p{L}")


def names_inside(words: str, text: str) -> bool:
    """Whether ``words`` (as written in ``text``) open with a capital letter and stand
    inside their sentence: some word before them, not a mark that opens a sentence, a
    quotation or a heading (``_OPENS_AFTER``). Scripts without capitals never do."""
    letter = _FIRST_LETTER.search(words)
    if letter is None or not letter.group().isupper():
        return False
    if any(char.isdigit() for char in words):
        return False
    at = text.find(words)
    if at <= 0:
        return False
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in _OPENS_AFTER


def unless_named(difference: str, text_a: str, text_b: str) -> str:
    """``difference`` ("A's ≠ B's", in A's order), or "" when the side written in words
    with no digit opens with a capital inside its sentence (``names_inside``) while the
    other side gives a digit (``NAMES_COUNT_NOTHING``)."""
    if not NAMES_COUNT_NOTHING or " ≠ " not in difference:
        return difference
    left, right = difference.split(" ≠ ", 1)
    left_digits = any(char.isdigit() for char in left)
    right_digits = any(char.isdigit() for char in right)
    if left_digits and not right_digits and names_inside(right, text_b):
        return ""
    if right_digits and not left_digits and names_inside(left, text_a):
        return ""
    return difference
