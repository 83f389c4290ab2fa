"""Write ``desktop_app/core/compare/unit_words_table.py``: words of units of measure by CLDR.

Run ``python tools/generate_unit_words.py`` (Babel, which carries the Unicode CLDR data, is a
test dependency pinned in constraints.txt), then ``ruff format`` on the table; the test
``tests/core/compare/test_unit_words.py`` checks that the written table is what the pinned
Babel gives, so the app reads these units with no run-time dependency.

One table serves two readings, each choosing its words by its own rule; a word's row gives
the unit each reading takes it for (or None), and ``UNIT_SIZES`` each unit's kind and exact
size in the kind's base unit (a metre, a kilogram, a square or cubic metre, a minute; a
month is a twelfth of a year of 365.25 days).

Exact amounts (``unit_amounts``, round 111): for every locale, the words of CLDR's unit
patterns ("{0} kilometrů", "{0} km", "{0} недели"), long and short, in every plural form,
for the units of ``EXACT_UNITS`` (metric lengths and masses, and minutes to weeks: units
whose sizes are exact multiples of each other, not miles or months), lower-cased with
``str.lower``. Left out: words of fewer than ``SHORTEST`` characters ("m", "h", "d"),
patterns of several words or with other signs than letters ("{0}-čháŋ"), words in scripts
written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar: no word of their own
in a text), and words two units share in some locales.

Measures (``measures``, round 110): for every locale, the long names of all ``UNIT_SIZES``
(length, weight, area, volume and time a news story gives: "{0} metres", "{0} фута", "{0}
सेंटीमीटर", "{0} घंटे"), of up to several words, each plural form, case-folded. A word
two units share is kept for the one that at least ``MAJORITY`` of the locales' patterns
writing it mean ("m" is a metre in 505 locales, a nautical mile in none of their long
names); below that it is dropped ("mil", a mile in 40 locales and a Scandinavian mile of ten
kilometres in 20). Words of two letters are kept only where at least ``SYMBOL_LOCALES``
locales write them (the international symbols "cm", "km", "kg", "ft"), and not
``COMMON_WORDS``, symbols that are words of many languages too ("in", "ha", "ac", "mi",
"an"); one letter is no unit ("40 m" is read as forty million, "g", "l" and "t" are as often
a grade, a line or a team).
"""

from __future__ import annotations

import pprint
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/unit_words_table.py"
#: CLDR's unit ids read, each with its kind and its size in the kind's base unit, written as
#: an exact decimal.
UNIT_SIZES: dict[str, tuple[str, str]] = {
    "length-kilometer": ("length", "1000"),
    "length-meter": ("length", "1"),
    "length-centimeter": ("length", "0.01"),
    "length-millimeter": ("length", "0.001"),
    "length-mile": ("length", "1609.344"),
    "length-mile-scandinavian": ("length", "10000"),
    "length-nautical-mile": ("length", "1852"),
    "length-yard": ("length", "0.9144"),
    "length-foot": ("length", "0.3048"),
    "length-inch": ("length", "0.0254"),
    "mass-tonne": ("mass", "1000"),
    "mass-kilogram": ("mass", "1"),
    "mass-gram": ("mass", "0.001"),
    "area-square-kilometer": ("area", "1000000"),
    "area-hectare": ("area", "10000"),
    "area-acre": ("area", "4046.8564224"),
    "area-square-meter": ("area", "1"),
    "volume-cubic-meter": ("volume", "1"),
    "volume-liter": ("volume", "0.001"),
    "volume-milliliter": ("volume", "0.000001"),
    "duration-year": ("duration", "525960"),
    "duration-month": ("duration", "43830"),
    "duration-week": ("duration", "10080"),
    "duration-day": ("duration", "1440"),
    "duration-hour": ("duration", "60"),
    "duration-minute": ("duration", "1"),
}
#: The units the exact amounts read: sizes that are exact multiples of each other.
EXACT_UNITS = (
    "length-millimeter",
    "length-centimeter",
    "length-meter",
    "length-kilometer",
    "mass-gram",
    "mass-kilogram",
    "mass-tonne",
    "duration-minute",
    "duration-hour",
    "duration-day",
    "duration-week",
)
#: The pattern widths the exact amounts read ("narrow" writes "2km", "2d": no word of its own).
WIDTHS = ("long", "short")
#: The shortest word the exact amounts keep, in characters.
SHORTEST = 2
_SPACELESS = regex.compile(r"[\p{Line_Break=Complex_Context}\p{Han}\p{Hiragana}\p{Katakana}]")
#: A word as the engine reads the word after a figure: letters and their marks.
_WORD = regex.compile(r"[\p{L}\p{M}]+")

#: The share of the locales' patterns writing a word that must mean one unit by it (measures).
MAJORITY = 0.9
#: How many locales must write a word of two letters for the measures to keep it.
SYMBOL_LOCALES = 20
#: Short symbols that are words of many languages too.
COMMON_WORDS = frozenset({"in", "ha", "ac", "mi", "an"})
#: A unit's pattern: the figure, then the word, or the word, then the figure.
_PATTERN = re.compile(r"^\{0\}\s*(.+?)\s*$|^\s*(.+?)\s*\{0\}$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})

#: A locale's unit patterns: CLDR unit id -> width -> plural form -> pattern.
Patterns = Mapping[str, Any]


def _exact_words(patterns: Patterns, unit: str) -> set[str]:
    """The words a locale writes after (or before) a figure for ``unit``, lower-cased as the
    engine lowers the word after a figure (``str.lower``: Greek "εβδομάδες" keeps its final
    sigma)."""
    found: set[str] = set()
    for width in WIDTHS:
        for plural, pattern in patterns.get(unit, {}).get(width, {}).items():
            if plural == "per" or "{0}" not in pattern:
                continue
            word = pattern.replace("{0}", "").strip().lower().rstrip(".")
            if len(word) >= SHORTEST and _WORD.fullmatch(word) and not _SPACELESS.search(word):
                found.add(word)
    return found


def _long_names(patterns: Patterns, unit: str) -> list[str]:
    """The long names a locale writes for ``unit``, one for each plural form, case-folded."""
    names: list[str] = []
    for plural, pattern in dict(patterns.get(unit, {}).get("long", {})).items():
        if plural == "per" or not isinstance(pattern, str):
            continue
        found = _PATTERN.match(pattern.translate(_SPACES))
        if found is not None:
            names.append((found.group(1) or found.group(2)).casefold())
    return names


def _kept_measure_word(word: str, counts: Counter[str], locales: int) -> bool:
    """Whether the measures read ``word``: at least ``MAJORITY`` of its patterns mean its most
    common unit, it is longer than one letter, and, of two letters, at least ``SYMBOL_LOCALES``
    locales write it and it is none of ``COMMON_WORDS``."""
    if counts.most_common(1)[0][1] < MAJORITY * sum(counts.values()) or len(word) < 2:
        return False
    return len(word) != 2 or (locales >= SYMBOL_LOCALES and word not in COMMON_WORDS)


def build() -> dict[str, tuple[str | None, str | None]]:
    """Each unit word -> the name of the unit the exact amounts read it as, and of the unit the
    measures read it as (None where that reading leaves the word out)."""
    exact: defaultdict[str, set[str]] = defaultdict(set)
    measure: defaultdict[str, Counter[str]] = defaultdict(Counter)
    locales: defaultdict[str, set[str]] = defaultdict(set)
    for identifier in sorted(locale_identifiers()):
        patterns = Locale.parse(identifier)._data.get("unit_patterns", {})
        for unit in EXACT_UNITS:
            for word in _exact_words(patterns, unit):
                exact[word].add(unit)
        for unit in UNIT_SIZES:
            for name in _long_names(patterns, unit):
                measure[name][unit] += 1
                locales[name].add(identifier)
    exact_units = {word: _name(units.pop()) for word, units in exact.items() if len(units) == 1}
    measure_units = {
        word: _name(counts.most_common(1)[0][0])
        for word, counts in measure.items()
        if _kept_measure_word(word, counts, len(locales[word]))
    }
    return {
        word: (exact_units.get(word), measure_units.get(word))
        for word in sorted(exact_units.keys() | measure_units.keys())
    }


def sizes() -> dict[str, tuple[str, str]]:
    """Each unit's name in the table -> its kind and exact size (``UNIT_SIZES``)."""
    return {_name(unit): meaning for unit, meaning in UNIT_SIZES.items()}


def _name(unit: str) -> str:
    """A CLDR unit id's name in the table: the id without its kind ("square-meter")."""
    return unit.partition("-")[2]


def main() -> None:
    """Write the table module."""
    TARGET.write_text(
        '"""Unit words of every CLDR locale, from Babel (generated; do not edit)."""\n\n'
        "# Written by tools/generate_unit_words.py; tests/core/compare/test_unit_words.py\n"
        "# checks it against the pinned Babel.\n\n"
        "#: Each unit's name (its CLDR id without the kind) -> (its kind, its size in the\n"
        "#: kind's base unit as an exact decimal: a metre, a kilogram, a square or cubic metre,\n"
        "#: a minute).\n"
        f"UNIT_SIZES: dict[str, tuple[str, str]] = {pprint.pformat(sizes(), width=100)}\n"
        "#: Each unit word -> (the unit ``unit_amounts`` reads it as, the unit ``measures``\n"
        "#: reads it as), None where that reading leaves it out.\n"
        "UNIT_WORDS: dict[str, tuple[str | None, str | None]] = "
        f"{pprint.pformat(build(), width=100)}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
