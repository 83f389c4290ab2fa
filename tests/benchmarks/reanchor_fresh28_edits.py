"""Operations the twenty-eighth-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a company's content team, its billing system or a keyboard would;
typed text has no origin, moved text keeps its own.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import Span, items
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh26_edits import _localised
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh28_kit import (
    CHILLU,
    CLAUSE_HEADING,
    CROSS_REFERENCE,
    EMAIL,
    FEE,
    MALAYALAM_DIGITS,
    MALAYALAM_MARK,
    QUANTITY,
    ROUND_POUNDS,
    SUB_CLAUSE,
    THAANA_MARK,
    VAT,
    ZWNJ,
    malayalam_normal,
    thaana_normal,
    thaana_spaced,
)
from tests.benchmarks.reanchor_fresh28_more_texts import pounds
from tests.storage.edit_simulation import TrackedText

#: A line holding Malayalam letters, and one holding Thaana letters.
MALAYALAM_LINE = re.compile(r"^[^\n]*[\u0d05-\u0d39][^\n]*$", re.MULTILINE)
THAANA_LINE = re.compile(r"^[^\n]*[\u0780-\u07a5][^\n]*$", re.MULTILINE)
#: A Malayalam digit.
DIGIT_SET = frozenset(MALAYALAM_DIGITS)
MALAYALAM_DIGIT = re.compile(f"[{MALAYALAM_DIGITS}]")
#: "e-mail" and "email" written the other way.
EMAIL_RESPELT = {"e-mail": "email", "email": "e-mail", "E-mail": "Email", "Email": "E-mail"}


def amount_raised(amount: str, by: int) -> str:
    """An amount ("£5.00", "£5", "£1,240.50") raised by ``by`` pounds, written the same way."""
    whole, _, pence = amount[1:].partition(".")
    raised = f"£{int(whole.replace(',', '')) + by:,}"
    return f"{raised}.{pence}" if pence else raised


def repriced(tracked: TrackedText, span: Span) -> int:
    """Every amount in ``span`` raised by a pound (an item repriced); how much ``span`` grew."""
    found = {m[0]: amount_raised(m[0], 1) for m in FEE.finditer(tracked.text, *span)}
    return replaced_all(tracked, FEE, span, found)


def round_pounds_respelt(amount: str) -> str:
    """A round amount written the other way: "£5.00" as "£5", "£5" as "£5.00"."""
    return amount[:-3] if amount.endswith(".00") else f"{amount}.00"


def house_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "e-mail" and "email" written the other way, round
    amounts with or without their ".00", then quotes, dashes and "per cent" set (as round
    27's copy editor does); how much ``span`` grew."""
    grown = replaced_all(tracked, EMAIL, span, EMAIL_RESPELT)
    now = (span[0], span[1] + grown)
    found = {m[0]: round_pounds_respelt(m[0]) for m in ROUND_POUNDS.finditer(tracked.text, *now)}
    grown += replaced_all(tracked, ROUND_POUNDS, now, found)
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def clauses_shifted(tracked: TrackedText, first: int, by: int) -> None:
    """Every clause number from ``first`` on moved by ``by``: in clause headings, sub-clause
    numbers and cross-references (only the clause's figure typed over)."""
    found = [
        match
        for pattern in (CLAUSE_HEADING, SUB_CLAUSE, CROSS_REFERENCE)
        for match in pattern.finditer(tracked.text)
        if int(match[1]) >= first
    ]
    for match in sorted(found, key=lambda m: m.start(1), reverse=True):
        tracked.replace(match.start(1), len(match[1]), str(int(match[1]) + by))


def sub_clauses_shifted(tracked: TrackedText, clause: int, first: int, by: int) -> None:
    """Every sub-clause of ``clause`` from ``first`` on moved by ``by``, in its head line and in
    cross-references (only the sub-clause's figure typed over)."""
    found = [
        match
        for pattern in (SUB_CLAUSE, CROSS_REFERENCE)
        for match in pattern.finditer(tracked.text)
        if int(match[1]) == clause and int(match[2]) >= first
    ]
    for match in sorted(found, key=lambda m: m.start(2), reverse=True):
        tracked.replace(match.start(2), len(match[2]), str(int(match[2]) + by))


def quantity_set(tracked: TrackedText, item: Span, quantity: int, *, with_vat: bool = True) -> int:
    """A line item's quantity set to ``quantity``: its quantity, its total and (``with_vat``)
    its VAT typed over (the rest of its lines kept); how much ``item`` grew."""
    match = QUANTITY.search(tracked.text, *item)
    if match is None:
        return 0
    unit = round(float(match[2]) * 100)
    total = pounds(quantity * unit)
    vat = VAT.search(tracked.text, match.end(), item[1]) if with_vat else None
    grown = 0
    if vat is not None:
        tracked.replace(vat.start(), len(vat[0]), pounds(quantity * unit // 5))
        grown += len(pounds(quantity * unit // 5)) - len(vat[0])
    tracked.replace(match.start(3), len(match[3]), total)
    tracked.replace(match.start(1), len(match[1]), str(quantity))
    return grown + len(total) - len(match[3]) + len(str(quantity)) - len(match[1])


def chillus_switched(tracked: TrackedText, span: Span) -> int:
    """Every chillu in ``span`` written in one form, the other of the page's first (atomic as
    consonant, virama and joiner, or the older form as atomic); how much ``span`` grew."""
    found = [m for m in MALAYALAM_MARK.finditer(tracked.text, *span) if m[0] not in DIGIT_SET]
    first = _first_chillu(tracked.text, [*items(tracked.text), span])
    older = first in CHILLU  # the page's first chillu is atomic: write the older form
    grown = 0
    for match in reversed([m for m in found if (m[0] in CHILLU) == older]):
        new = malayalam_normal(match[0])
        tracked.replace(match.start(), len(match[0]), new)
        grown += len(new) - len(match[0])
    return grown


def _first_chillu(text: str, places: list[Span]) -> str | None:
    """The first chillu (in either form) standing in ``places``, in their order."""
    for place in places:
        for match in MALAYALAM_MARK.finditer(text, *place):
            if match[0] not in DIGIT_SET:
                return match[0]
    return None


def malayalam_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Malayalam text as another keyboard writes it: every chillu in one form (see
    :func:`chillus_switched`), Malayalam digits as Western ones; how much ``span`` grew."""
    grown = chillus_switched(tracked, span)
    now = (span[0], span[1] + grown)
    found = {m[0]: malayalam_normal(m[0]) for m in MALAYALAM_DIGIT.finditer(tracked.text, *now)}
    return grown + replaced_all(tracked, MALAYALAM_DIGIT, now, found)


def malayalam_localised(tracked: TrackedText, span: Span) -> int:
    """The other side's Malayalam lines as an older export writes them: every chillu in one
    form (see :func:`chillus_switched`), Western digits as Malayalam ones; how much ``span``
    grew."""
    grown = chillus_switched(tracked, span)
    now = (span[0], span[1] + grown)
    for line in reversed([m.span() for m in MALAYALAM_LINE.finditer(tracked.text, *now)]):
        _localised(tracked, line, MALAYALAM_DIGITS)
    return grown


def thaana_normalised(tracked: TrackedText, span: Span) -> int:
    """One side's Thaana text as a Latin keyboard leaves it: each Arabic comma or question
    mark written as a Western one, with the space before it and the non-joiner after it
    dropped; how much ``span`` grew."""
    found = {m[0]: thaana_normal(m[0]) for m in THAANA_MARK.finditer(tracked.text, *span)}
    return replaced_all(tracked, THAANA_MARK, span, found)


def thaana_spaced_out(tracked: TrackedText, span: Span) -> int:
    """The other side's Thaana lines as a phone keyboard writes them: a space before each
    Arabic comma or question mark and a non-joiner after it (where they are not already),
    a non-joiner before a line's closing stop; how much ``span`` grew."""
    grown = 0
    for start, end in reversed([m.span() for m in THAANA_LINE.finditer(tracked.text, *span)]):
        for match in reversed(list(THAANA_MARK.finditer(tracked.text, start, end))):
            spaced = thaana_spaced(match[0])
            if match[0] != spaced:
                tracked.replace(match.start(), len(match[0]), spaced)
                grown += len(spaced) - len(match[0])
                end += len(spaced) - len(match[0])
        if tracked.text[end - 1] == ".":
            tracked.replace(end - 1, 0, ZWNJ)
            grown += 1
    return grown
