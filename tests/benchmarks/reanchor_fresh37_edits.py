"""Operations the thirty-seventh-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a returning officer, a polling station manager, a count, an
elections office's web editor, a converter or a copy editor would; typed text has no origin,
moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh37_kit import (
    ADLAM_CAPITALS,
    ADLAM_RUN,
    ADLAM_SMALL,
    ADLAM_WORD,
    ANY_SUBJOINED,
    HORA_DIGITS,
    SUBJOINED,
    TAI_THAM_RUN,
    THAM_DIGITS,
)
from tests.storage.edit_simulation import TrackedText

#: A stacked consonant written with the sakot and its letter, and the consonant sign for it.
SIGN_OF = {pair: sign for sign, pair in SUBJOINED.items()}
ANY_THAM_OR_HORA = re.compile(f"[{THAM_DIGITS}{HORA_DIGITS}]")


def _case_changes(text: str, run: Span, small: bool) -> list[tuple[int, str]]:
    """Where a run's letters change case, and to what: every capital as small (``small``), or
    every word's first letter as a capital."""
    if small:
        return [
            (at, ADLAM_SMALL[ADLAM_CAPITALS.index(text[at])])
            for at in range(*run)
            if text[at] in ADLAM_CAPITALS
        ]
    return [
        (word.start(), ADLAM_CAPITALS[ADLAM_SMALL.index(word[0][0])])
        for word in ADLAM_WORD.finditer(text, *run)
        if word[0][0] in ADLAM_SMALL
    ]


def adlam_case_set(tracked: TrackedText, span: Span, small: bool) -> int:
    """Pular in ``span`` as a converter writes it: every capital as a small letter
    (``small``), or a capital at every word's start (the other way when there is nothing to
    change that way); each letter typed on its own, so the other letters and the marks keep
    theirs. How much ``span`` grew (never)."""
    text = tracked.text
    runs = [m.span() for m in ADLAM_RUN.finditer(text, *span)]
    if not any(_case_changes(text, run, small) for run in runs):
        small = not small
    for run in reversed(runs):
        for at, letter in reversed(_case_changes(text, run, small)):
            tracked.replace(at, 1, letter)
    return 0


def tai_tham_respelt(tracked: TrackedText, span: Span, signs: bool) -> int:
    """Northern Thai in ``span`` as another keyboard writes it: every stacked consonant typed
    as its consonant sign (``signs``) or as the sakot and the full letter (the other way when
    there is nothing to change that way), and every Tham digit as a Hora digit and back; each
    stack and digit typed on its own. How much ``span`` grew."""
    text = tracked.text
    runs = [m.span() for m in TAI_THAM_RUN.finditer(text, *span)]
    stacks = [m for run in runs for m in ANY_SUBJOINED.finditer(text, *run)]
    if not any((len(m[0]) == 2) == signs for m in stacks):
        signs = not signs
    digits = [m for run in runs for m in ANY_THAM_OR_HORA.finditer(text, *run)]
    changes = [
        (m.start(), len(m[0]), SIGN_OF[m[0]] if signs else SUBJOINED[m[0]])
        for m in stacks
        if (len(m[0]) == 2) == signs
    ]
    changes += [
        (
            m.start(),
            1,
            HORA_DIGITS[THAM_DIGITS.index(m[0])]
            if m[0] in THAM_DIGITS
            else THAM_DIGITS[HORA_DIGITS.index(m[0])],
        )
        for m in digits
    ]
    grown = 0
    for at, length, written in sorted(changes, reverse=True):
        tracked.replace(at, length, written)
        grown += len(written) - length
    return grown


def name_inverted(tracked: TrackedText, first: Span, surname: Span) -> None:
    """A name turned round as a ballot paper gives it ("Daniel HALLAM" as "HALLAM, Daniel"):
    the space between taken out, the surname moved in front of the first name, ", " typed
    after it; both names keep their letters."""
    tracked.replace(first[1], surname[0] - first[1], "")
    length = surname[1] - surname[0]
    tracked.move(first[1], length, first[0])
    tracked.replace(first[0] + length, 0, ", ")


def renumbered(tracked: TrackedText, pattern: re.Pattern[str], first: int) -> None:
    """Every number ``pattern`` finds typed over so that they count up from ``first`` in order
    (only the figures that differ are typed)."""
    numbers = list(pattern.finditer(tracked.text))
    for at, number in reversed(list(enumerate(numbers, start=first))):
        if number[0] != str(at):
            tracked.replace(number.start(), len(number[0]), str(at))
