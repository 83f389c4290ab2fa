"""Operations the thirty-eighth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a curator, a registrar, a conservator, a museum's web editor, a
converter or a copy editor would; typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tests.benchmarks.reanchor_fresh23_kit import Span
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh33_kit import digit_switched
from tests.benchmarks.reanchor_fresh38_kit import (
    BARE_ACCESSION,
    CHAKMA_DIGITS,
    CHAKMA_LETTER,
    CHAKMA_RUN,
    DIMENSION,
    MAAYYAA,
    SIGN_I,
    SIGN_II,
    VIRAMA,
)
from tests.storage.edit_simulation import TrackedText

#: The prefix a registrar puts before every number once the collections share one system.
PREFIX = "HCM."
#: A killed consonant between two letters (written with the virama or the maayyaa).
KILLER = re.compile(f"(?<=[{CHAKMA_LETTER}])[{VIRAMA}{MAAYYAA}](?=[{CHAKMA_LETTER}])")
SHORT_OR_LONG_I = re.compile(f"[{SIGN_I}{SIGN_II}]")
ANY_CHAKMA_DIGIT = re.compile(f"[0-9{CHAKMA_DIGITS}]")


def inches(centimetres: float) -> str:
    """A length in inches to the nearest eighth, as a label gives it: "12 5/8 in."."""
    eighths = round(Fraction(str(centimetres)) / Fraction("2.54") * 8)
    whole, part = divmod(eighths, 8)
    fraction = Fraction(part, 8)
    if not part:
        return f"{whole} in."
    return f"{whole} {fraction.numerator}/{fraction.denominator} in.".lstrip("0 ")


def inches_given(tracked: TrackedText, span: Span, instead: bool) -> int:
    """Every dimension in ``span`` given in inches: after the centimetres in brackets ("H. 32
    cm (12 5/8 in.)"), or ``instead`` of them ("H. 12 5/8 in."). How much ``span`` grew."""
    grown = 0
    for match in reversed(list(DIMENSION.finditer(tracked.text, *span))):
        written = inches(float(match[1]))
        if instead:
            start, end = match.start(1), match.end()
            tracked.replace(start, end - start, written)
            grown += len(written) - (end - start)
        else:
            tracked.replace(match.end(), 0, f" ({written})")
            grown += len(written) + 3
    return grown


def accessions_prefixed(tracked: TrackedText, span: Span) -> int:
    """The collection's prefix typed before every accession number in ``span`` ("1921.34.2" as
    "HCM.1921.34.2"); how much ``span`` grew."""
    found = list(BARE_ACCESSION.finditer(tracked.text, *span))
    for match in reversed(found):
        tracked.replace(match.start(), 0, PREFIX)
    return len(found) * len(PREFIX)


def _other_killer(mark: re.Match[str]) -> str:
    return MAAYYAA if mark[0] == VIRAMA else VIRAMA


def _other_i(mark: re.Match[str]) -> str:
    return SIGN_II if mark[0] == SIGN_I else SIGN_I


def chakma_respelt(tracked: TrackedText, span: Span, stacked: bool, long_i: bool) -> int:
    """Chakma in ``span`` as another keyboard writes it: every consonant killed between two
    letters with the maayyaa (``stacked``: a conjunct) or the virama (shown), every i long
    (``long_i``) or short, and the digits of the other kind; each mark and digit typed on its
    own (a direction with nothing to change is taken the other way). How much ``span`` grew
    (never)."""
    runs = [m.span() for m in CHAKMA_RUN.finditer(tracked.text, *span)]
    for run in reversed(runs):
        marks_switched(tracked, run, KILLER, _other_killer, lambda m: m == MAAYYAA, stacked)
        marks_switched(tracked, run, SHORT_OR_LONG_I, _other_i, lambda m: m == SIGN_II, long_i)
        western = not any(char in CHAKMA_DIGITS for char in tracked.text[slice(*run)])
        marks_switched(
            tracked,
            run,
            ANY_CHAKMA_DIGIT,
            lambda m: digit_switched(m[0], CHAKMA_DIGITS),
            str.isascii,
            not western,
        )
    return 0


def block_moved(tracked: TrackedText, block: Span, to: int) -> None:
    """``block`` (with the line break or blank line before it, ``block[0]`` being where that
    starts) moved to stand at old offset ``to`` (outside it); it keeps its origin."""
    start, end = block
    length = end - start
    tracked.move(start, length, to - length if to > start else to)
