"""Write ``desktop_app/core/compare/measure_words_table.py``: words of units of measure.

Run ``python tools/generate_measure_words.py`` (Babel, which carries the Unicode CLDR data,
is a test dependency pinned in constraints.txt), then ``ruff format`` on the table; the test
``tests/core/compare/test_measures.py`` checks that the written table is what the pinned
Babel gives, so the app reads these words with no run-time dependency.

For every CLDR locale, the long names of the units of length, weight, area, volume and
time a news story gives (``UNITS``: "{0} metres", "{0} фута", "{0} सेंटीमीटर", "{0} घंटे"),
each plural form, lower-cased, with its dimension and its size in the dimension's base unit
(a metre, a kilogram, a square metre, a cubic metre, a minute; a month is a twelfth of a
year of 365.25 days). A word two units share is kept for the one that
at least ``MAJORITY`` of the locales writing it mean ("m" is a metre in 505 locales, a
nautical mile in none of their long names); below that it is dropped ("mil", a mile in 40
locales and a Scandinavian mile of ten kilometres in 20). Words of two letters are kept
only where at least ``SYMBOL_LOCALES`` locales write them (the international symbols "cm",
"km", "kg", "ft"), and not ``COMMON_WORDS``, symbols that are words of many languages too
("in", "ha", "ac", "mi", "an"); one letter is no unit ("40 m" is read as forty million, "g", "l"
and "t" are as often a grade, a line or a team).
"""

from __future__ import annotations

import pprint
import re
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/measure_words_table.py"
#: CLDR's units read, with their dimension and their size in its base unit.
UNITS: dict[str, tuple[str, float]] = {
    "length-kilometer": ("length", 1000.0),
    "length-meter": ("length", 1.0),
    "length-centimeter": ("length", 0.01),
    "length-millimeter": ("length", 0.001),
    "length-mile": ("length", 1609.344),
    "length-mile-scandinavian": ("length", 10000.0),
    "length-nautical-mile": ("length", 1852.0),
    "length-yard": ("length", 0.9144),
    "length-foot": ("length", 0.3048),
    "length-inch": ("length", 0.0254),
    "mass-tonne": ("mass", 1000.0),
    "mass-kilogram": ("mass", 1.0),
    "mass-gram": ("mass", 0.001),
    "area-square-kilometer": ("area", 1e6),
    "area-hectare": ("area", 1e4),
    "area-acre": ("area", 4046.8564224),
    "area-square-meter": ("area", 1.0),
    "volume-cubic-meter": ("volume", 1.0),
    "volume-liter": ("volume", 0.001),
    "volume-milliliter": ("volume", 1e-6),
    "duration-year": ("duration", 525960.0),
    "duration-month": ("duration", 43830.0),
    "duration-week": ("duration", 10080.0),
    "duration-day": ("duration", 1440.0),
    "duration-hour": ("duration", 60.0),
    "duration-minute": ("duration", 1.0),
}
#: The share of the locales writing a word that must mean one unit by it.
MAJORITY = 0.9
#: How many locales must write a word of two letters for it to be kept.
SYMBOL_LOCALES = 20
#: Short symbols that are words of many languages too.
COMMON_WORDS = frozenset({"in", "ha", "ac", "mi", "an"})
#: A unit's pattern: the figure, then the word, or the word, then the figure.
_PATTERN = re.compile(r"^\{0\}\s*(.+?)\s*$|^\s*(.+?)\s*\{0\}$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def build() -> dict[str, tuple[str, float]]:
    """Each unit word, lower-cased -> its dimension and its size in the base unit."""
    meanings: defaultdict[str, Counter[tuple[str, float]]] = defaultdict(Counter)
    locales: defaultdict[str, set[str]] = defaultdict(set)
    for identifier in sorted(locale_identifiers()):
        patterns = Locale.parse(identifier)._data.get("unit_patterns", {})
        for unit, meaning in UNITS.items():
            for count, pattern in dict(patterns.get(unit, {}).get("long", {})).items():
                if count == "per" or not isinstance(pattern, str):
                    continue
                found = _PATTERN.match(pattern.translate(_SPACES))
                if found is None:
                    continue
                word = (found.group(1) or found.group(2)).casefold()
                meanings[word][meaning] += 1
                locales[word].add(identifier)
    table: dict[str, tuple[str, float]] = {}
    for word, counts in sorted(meanings.items()):
        meaning, count = counts.most_common(1)[0]
        if count < MAJORITY * sum(counts.values()):
            continue
        if len(word) < 2:
            continue
        if len(word) == 2 and (len(locales[word]) < SYMBOL_LOCALES or word in COMMON_WORDS):
            continue
        table[word] = meaning
    return table


def main() -> None:
    """Write the table module."""
    TARGET.write_text(
        '"""Units of length, weight, area, volume and time in every CLDR language, from Babel '
        '(generated)."""\n\n'
        "# Written by tools/generate_measure_words.py; tests/core/compare/test_measures.py\n"
        "# checks it against the pinned Babel. Each word, lower-cased -> (its dimension, its\n"
        "# size in the dimension's base unit: a metre, a kilogram, a square or cubic metre or\n"
        "# a minute).\n"
        "MEASURE_WORDS: dict[str, tuple[str, float]] = "
        f"{pprint.pformat(build(), width=100)}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
