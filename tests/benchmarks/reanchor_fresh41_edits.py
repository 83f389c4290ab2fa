"""Operations the forty-first-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a chef, a kitchen manager or a menu converter would; typed text
has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span, sections
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched
from tests.benchmarks.reanchor_fresh41_kit import (
    CALYA,
    FRACTION,
    KAYAH_LI_DIGITS,
    KAYAH_LI_RUN,
    KAYAH_LI_TONE,
    KAYAH_LI_VOWEL,
    MAI_EK,
    MAI_THO,
    PERSON,
    PLOPHU,
    STEP,
    TAI_VIET_RUN,
    TAI_VIET_TONE,
    TAI_VIET_VOWEL,
    VOWEL_E,
    VOWEL_EE,
    VOWEL_I,
    VOWEL_UE,
    VULGAR,
    WEIGHT,
)
from tests.storage.edit_simulation import TrackedText

#: A weight or a fraction, as a converter finds them.
WEIGHT_OR_FRACTION = re.compile(f"{WEIGHT.pattern}|{FRACTION.pattern}")
#: Each mark and the one another writer puts in its place.
OTHER_MARK = {
    MAI_EK: MAI_THO,
    MAI_THO: MAI_EK,
    VOWEL_I: VOWEL_UE,
    VOWEL_UE: VOWEL_I,
    PLOPHU: CALYA,
    CALYA: PLOPHU,
    VOWEL_E: VOWEL_EE,
    VOWEL_EE: VOWEL_E,
}


def price_corrected(tracked: TrackedText, price: re.Match[str], pounds: bool) -> None:
    """A price (a match of ``PRICE``) corrected by one figure: the last figure of the pounds
    one on (``pounds``, "£14.50" as "£15.50") or the first of the pence ("£14.50" as
    "£14.60"); a 9 becomes an 8."""
    at = price.end(1) - 1 if pounds else price.start(2)
    digit = int(tracked.text[at])
    tracked.replace(at, 1, str(digit + 1 if digit < 9 else digit - 1))


def codes_revised(tracked: TrackedText, codes: re.Match[str], added: int | None) -> None:
    """A list of allergen codes in brackets revised in place: ``added`` typed where it falls
    in order ("(4, 7)" as "(4, 5, 7)"), or (when None) the last code taken out with the comma
    before it ("(4, 5, 7)" as "(4, 5)")."""
    numbers = [int(n) for n in codes[1].split(", ")]
    if added is None:
        last = codes[0].rindex(", ")
        tracked.replace(codes.start() + last, len(codes[0]) - 1 - last, "")
        return
    before = [n for n in numbers if n < added]
    if before:  # after the code it follows
        at = codes.start(1) + len(", ".join(str(n) for n in before))
        tracked.replace(at, 0, f", {added}")
    else:
        tracked.replace(codes.start(1), 0, f"{added}, ")


def weight_respelt(words: str, tidy: bool) -> str:
    """A weight or a fraction as a typesetter (``tidy``: "250 g", "½", "1½") or a quick typist
    ("250g", "1/2", "1 1/2") writes it."""
    weight = WEIGHT.fullmatch(words)
    if weight:
        return f"{weight[1]}{' ' if tidy else ''}{weight[3]}"
    whole, _, typed = words.rpartition(" ") if "/" in words else ("", "", words)
    if tidy and typed in VULGAR:
        return whole + VULGAR[typed]
    if not tidy and typed[-1] in VULGAR.values():
        spelt = next(key for key, value in VULGAR.items() if value == typed[-1])
        return f"{typed[:-1]} {spelt}" if typed[:-1] else spelt
    return words


def weights_respelt(tracked: TrackedText, span: Span, tidy: bool) -> int:
    """Weights and fractions in ``span`` written one way (``tidy``: "250 g", "½"; else "250g",
    "1/2"), or the other way round when none is to change; each typed on its own, what it
    shares with the old spelling kept. How much ``span`` grew."""
    found = list(WEIGHT_OR_FRACTION.finditer(tracked.text, *span))
    if all(weight_respelt(m[0], tidy) == m[0] for m in found):
        tidy = not tidy
    grown = 0
    for match in reversed(found):
        new = weight_respelt(match[0], tidy)
        if new != match[0]:
            tracked.replace(match.start(), len(match[0]), new)
            grown += len(new) - len(match[0])
    return grown


def steps_renumbered_by_section(tracked: TrackedText) -> None:
    """Every recipe's steps numbered anew from 1 in the order they now stand; only the figures
    that change are typed."""
    text = tracked.text
    fixes: list[tuple[int, str, str]] = []
    for _, under in sections(text):
        steps = [p for p in under if STEP.match(text, p[0])]
        for number, step in enumerate(steps, start=1):
            found = STEP.match(text, step[0])
            assert found is not None
            fixes.append((found.start(1), found[1], str(number)))
    for at, old, new in sorted(fixes, reverse=True):
        if old != new:
            tracked.replace(at, len(old), new)


def persons_swapped(tracked: TrackedText, first: Span, second: Span) -> None:
    """The people of two shift lines swapped: each line's name typed over as the other's (what
    the two names share at their ends stays)."""
    text = tracked.text
    one = PERSON.search(text, *first)
    other = PERSON.search(text, *second)
    assert one is not None
    assert other is not None
    later, earlier = sorted((one, other), key=lambda m: m.start(), reverse=True)
    tracked.replace(later.start(), len(later[0]), earlier[0])
    tracked.replace(earlier.start(), len(earlier[0]), later[0])


def _marks_respelt(tracked: TrackedText, run: Span, marks: re.Pattern[str], dropped: bool) -> int:
    """Every mark of ``marks`` in ``run`` left out (``dropped``) or written as the other one;
    how much ``run`` grew."""
    grown = 0
    for mark in reversed(list(marks.finditer(tracked.text, *run))):
        if dropped:
            tracked.replace(mark.start(), 1, "")
            grown -= 1
        else:
            tracked.replace(mark.start(), 1, OTHER_MARK[mark[0]])
    return grown


def tai_viet_respelt(tracked: TrackedText, span: Span, dropped: bool, vowels: bool) -> int:
    """Tai Viet in ``span`` as another writer gives it: the tone marks left out (``dropped``,
    a keyboard without them) or mai ek and mai tho each written as the other; with ``vowels``
    the vowel marks i and ue each written as the other. How much ``span`` grew."""
    grown = 0
    for run in reversed([m.span() for m in TAI_VIET_RUN.finditer(tracked.text, *span)]):
        if vowels:
            _marks_respelt(tracked, run, TAI_VIET_VOWEL, False)
        grown += _marks_respelt(tracked, run, TAI_VIET_TONE, dropped)
    return grown


def kayah_li_respelt(tracked: TrackedText, span: Span, western: bool, dropped: bool) -> int:
    """Kayah Li in ``span`` as another writer gives it: figures as Western digits
    (``western``) or as Kayah Li digits (the other way on a run already so); the tones
    plophu and calya left out (``dropped``) or each written as the other, and then the vowel
    signs e and ee each written as the other. How much ``span`` grew."""
    script_digits_switched(tracked, span, KAYAH_LI_RUN, KAYAH_LI_DIGITS, western)
    grown = 0
    for run in reversed([m.span() for m in KAYAH_LI_RUN.finditer(tracked.text, *span)]):
        if not dropped:
            _marks_respelt(tracked, run, KAYAH_LI_VOWEL, False)
        grown += _marks_respelt(tracked, run, KAYAH_LI_TONE, dropped)
    return grown
