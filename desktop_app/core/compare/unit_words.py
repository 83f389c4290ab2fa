"""The two readings of the CLDR unit words table: exact amounts and measures alike."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from desktop_app.core.compare.unit_words_table import UNIT_SIZES, UNIT_WORDS

#: Where a row of ``UNIT_WORDS`` gives the unit each reading takes the word for.
_EXACT_AMOUNTS = 0
_MEASURES = 1


def _read_by(reading: int) -> Iterator[tuple[str, str, str]]:
    """Each word the ``reading`` takes for a unit, with the unit's kind and exact size."""
    for word, units in UNIT_WORDS.items():
        unit = units[reading]
        if unit is not None:
            yield word, *UNIT_SIZES[unit]


@cache
def exact_unit_words() -> dict[str, tuple[str, Decimal]]:
    """Each unit word read for exact amounts (``unit_amounts``: long and short names of metric
    lengths and masses and of minutes to weeks, ``str.lower``-ed, no word two of these units
    share in some locale) -> its kind and its exact size in the kind's base unit."""
    return {word: (kind, Decimal(size)) for word, kind, size in _read_by(_EXACT_AMOUNTS)}


@cache
def measure_words() -> dict[str, tuple[str, float]]:
    """Each unit name read for measures (``measures``: long names of lengths, weights, areas,
    volumes and times, case-folded, of up to several words, kept for the unit most locales
    writing it mean) -> its dimension and its size in the dimension's base unit."""
    return {word: (kind, float(size)) for word, kind, size in _read_by(_MEASURES)}
