"""Operations the twenty-ninth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a people team, a ward manager, a safety officer, a fitter or a
keyboard would; typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.benchmarks.reanchor_fresh23_kit import ZWJ, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh28_edits import EMAIL_RESPELT
from tests.benchmarks.reanchor_fresh29_kit import (
    AI_SERIES,
    EMAIL,
    HOUR,
    LONG_VOWELS,
    SINHALA_MARK,
    SPELT_OUT,
    SYLLABICS_MARK,
    THOUSANDS,
    sinhala_switched,
    syllabics_switched,
)
from tests.storage.edit_simulation import TrackedText


def numbers_shifted(
    tracked: TrackedText,
    patterns: tuple[re.Pattern[str], ...],
    first: int,
    by: int,
    groups: tuple[int, ...] = (1,),
    within: int | None = None,
) -> None:
    """Every number that a pattern captures in one of ``groups``, from ``first`` on, moved
    by ``by`` (only its figures typed over); with ``within``, only in matches whose group 1
    reads ``within`` (a sub-section's number inside its section)."""
    found = [
        (match.start(group), match[group])
        for pattern in patterns
        for match in pattern.finditer(tracked.text)
        if within is None or int(match[1]) == within
        for group in groups
        if match[group] is not None and int(match[group]) >= first
    ]
    for at, number in sorted(set(found), reverse=True):
        tracked.replace(at, len(number), str(int(number) + by))


def hour_respelt(hour: str) -> str:
    """A time on the hour written the other way: "07:00" as "7am", "15:00" as "3pm", back."""
    if ":" in hour:
        clock = int(hour[:2])
        return f"{(clock - 1) % 12 + 1}{'am' if clock < 12 else 'pm'}"
    clock = int(hour[:-2]) % 12 + (12 if hour.endswith("pm") else 0)
    return f"{clock:02}:00"


def thousands_respelt(amount: str) -> str:
    """Thousands of pounds written the other way: "£28,500" as "£28.5k", "£31,000" as "£31k",
    and back."""
    if amount.endswith("k"):
        whole, _, tenth = amount[1:-1].partition(".")
        return f"£{whole},{tenth or '0'}00"
    whole, rest = amount[1:].split(",")
    return f"£{whole}.{rest[0]}k" if rest[0] != "0" else f"£{whole}k"


def house_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "e-mail" and "email" written the other way, times
    on the hour as "7am" or "07:00", thousands of pounds as "£28.5k" or "£28,500", then
    quotes, dashes and "per cent" set (as round 27's copy editor does); how much ``span``
    grew."""
    grown = 0
    for pattern, respelt in (
        (EMAIL, EMAIL_RESPELT.__getitem__),
        (HOUR, hour_respelt),
        (THOUSANDS, thousands_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def marks_switched(
    tracked: TrackedText,
    span: Span,
    pattern: re.Pattern[str],
    switched: Callable[[re.Match[str]], str],
    plain: Callable[[str], bool],
    to_plain: bool,
) -> int:
    """Every mark of ``pattern`` in ``span`` written in one form: the plain one (``plain``
    says which a mark is in) when ``to_plain``, else the other; when ``span`` holds none to
    change that way, the other way round. How much ``span`` grew."""
    found = list(pattern.finditer(tracked.text, *span))
    if all(plain(m[0]) == to_plain for m in found):
        to_plain = not to_plain
    grown = 0
    for match in reversed([m for m in found if plain(m[0]) != to_plain]):
        new = switched(match)
        tracked.replace(match.start(), len(match[0]), new)
        grown += len(new) - len(match[0])
    return grown


def sinhala_joiners_switched(tracked: TrackedText, span: Span, dropped: bool) -> int:
    """Another keyboard's Sinhala in ``span``: every yansaya, rakaransaya and touching letter
    without its joiner (``dropped``) or with it; how much ``span`` grew."""
    return marks_switched(
        tracked, span, SINHALA_MARK, sinhala_switched, lambda mark: ZWJ not in mark, dropped
    )


def _older_syllabics(mark: str) -> bool:
    """Whether a syllabics mark is in the older hand: a long vowel written twice, or an
    ai-series letter."""
    return mark in AI_SERIES or SPELT_OUT.get(mark, "") in LONG_VOWELS


def syllabics_switched_in(tracked: TrackedText, span: Span, older: bool) -> int:
    """Syllabics in ``span`` as one hand writes them: long vowels written twice and "ai" in the
    ai-series (``older``), or long vowels with the dot and "ai" reformed; how much ``span``
    grew."""
    return marks_switched(
        tracked,
        span,
        SYLLABICS_MARK,
        lambda match: syllabics_switched(match[0]),
        _older_syllabics,
        older,
    )
