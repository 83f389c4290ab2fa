"""Operations the thirty-fifth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a listing office, a judge's clerk, a court's legal adviser, a
publisher who anonymises, a PDF reader, a copy editor or a converter would; typed text has no
origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import ZWJ, Span
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh33_kit import digit_switched
from tests.benchmarks.reanchor_fresh34_edits import quote_marks_flipped
from tests.benchmarks.reanchor_fresh34_kit import THOUSANDS, thousands_respelt, weekday_respelt
from tests.benchmarks.reanchor_fresh35_kit import (
    ANY_MEETEI_LONSUM,
    APUN_IYEK,
    COURT_TIME,
    DAY_BEFORE_DATE,
    JUDGE_TITLE,
    LONSUM,
    MEETEI_JOINT,
    MEETEI_RUN,
    VERSUS,
    judge_title_respelt,
    versus_respelt,
)
from tests.storage.edit_simulation import TrackedText

#: A full letter that has a lonsum form, written with the apun iyek.
FULL_WITH_APUN = {full + APUN_IYEK: lonsum for lonsum, full in LONSUM.items()}


def court_times_respelt(tracked: TrackedText, span: Span) -> int:
    """Every time in ``span`` written the other way ("10:00 am" as "10.00am" and back) by typing
    only its separator and the space before "am" or "pm": the figures and "am" keep their
    origin (a reader sees the same 10 and 00); how much ``span`` grew."""
    grown = 0
    for match in reversed(list(COURT_TIME.finditer(tracked.text, *span))):
        spaced = " " in match[0]
        if spaced:
            tracked.replace(match.end() - 3, 1, "")
        else:
            tracked.replace(match.end() - 2, 0, " ")
        separator = match.start() + match[0].index(":" if spaced else ".")
        tracked.replace(separator, 1, "." if spaced else ":")
        grown += -1 if spaced else 1
    return grown


def court_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "10:00 am" and "10.00am", "His Honour Judge" and
    "HHJ", "v" and "v.", "£1,250" and "£1250", "Tue" and "Tuesday", straight and curly single
    quotes, each written the other way, then double quotes, dashes and "per cent" set (as
    round 27's copy editor does); how much ``span`` grew."""
    grown = court_times_respelt(tracked, span)
    for pattern, respelt in (
        (JUDGE_TITLE, judge_title_respelt),
        (VERSUS, versus_respelt),
        (THOUSANDS, thousands_respelt),
        (DAY_BEFORE_DATE, weekday_respelt),
    ):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def script_digits_switched(
    tracked: TrackedText,
    span: Span,
    run: re.Pattern[str],
    digits: str,
    western: bool,
) -> int:
    """The digits of every run of a script (``run`` finds them) in ``span`` written as Western
    digits (``western``) or as the script's ``digits`` (the other way on a run already so);
    how much ``span`` grew (never)."""
    any_digit = re.compile(f"[0-9{digits}]")
    for found in reversed([m.span() for m in run.finditer(tracked.text, *span)]):
        marks_switched(
            tracked,
            found,
            any_digit,
            lambda m: digit_switched(m[0], digits),
            str.isascii,
            western,
        )
    return 0


def meetei_respelt(tracked: TrackedText, span: Span, apun: bool, joint: str) -> int:
    """Manipuri in ``span`` as a second typist writes it: every final (lonsum) letter as its
    full letter and the apun iyek (``apun``), or every such pair as the lonsum letter (the
    other way when there is nothing to change that way), each final typed on its own so the
    other letters keep theirs; and the spaces after every comma between two phrases typed as
    ``joint`` (two spaces, or none). How much ``span`` grew."""
    text = tracked.text
    runs = [m.span() for m in MEETEI_RUN.finditer(text, *span)]
    finals = [m for run in runs for m in ANY_MEETEI_LONSUM.finditer(text, *run)]
    if not any((len(m[0]) == 1) == apun for m in finals):
        apun = not apun
    grown = 0
    for final in reversed([m for m in finals if (len(m[0]) == 1) == apun]):
        written = LONSUM[final[0]] + APUN_IYEK if apun else FULL_WITH_APUN[final[0]]
        tracked.replace(final.start(), len(final[0]), written)
        grown += len(written) - len(final[0])
    text = tracked.text
    gaps = [
        gap.span()
        for run in MEETEI_RUN.finditer(text, span[0], span[1] + grown)
        for gap in MEETEI_JOINT.finditer(text, *run.span())
        if gap[0] != joint and gap.end() < run.end()
    ]
    for start, end in reversed(gaps):
        tracked.replace(start, end - start, joint)
        grown += len(joint) - (end - start)
    return grown


def zwj_switched(tracked: TrackedText, word: Span) -> None:
    """A zero-width joiner taken out of a word, or put in after its first letter when it has
    none."""
    at = tracked.text.find(ZWJ, *word)
    if at >= 0:
        tracked.replace(at, 1, "")
    else:
        tracked.replace(word[0] + 1, 0, ZWJ)


def name_typed_over(tracked: TrackedText, at: int, length: int, written: str) -> None:
    """A name deleted and ``written`` typed in its place: nothing of the name is kept, not
    even a letter the two share ("H." for "Hallam" is typed, not the "H" of the name)."""
    tracked.replace(at, length, "")
    tracked.replace(at, 0, written)


def _shared_start(first: str, second: str) -> int:
    """How many characters two strings share at their start."""
    differ = (at for at, (a, b) in enumerate(zip(first, second, strict=False)) if a != b)
    return next(differ, min(len(first), len(second)))


def sentence_typed_over(tracked: TrackedText, at: int, old: str, new: str) -> None:
    """The sentence ``old`` at ``at`` typed over by ``new`` only where the two differ: what they
    share at the start and at the end ("The claim ", the full stop) stays, as it does for an
    editor who selects the words that change (a reader sees "The claim" still there)."""
    head = _shared_start(old, new)
    tail = _shared_start(old[head:][::-1], new[head:][::-1])
    tracked.replace(at + head, len(old) - head - tail, new[head : len(new) - tail])
