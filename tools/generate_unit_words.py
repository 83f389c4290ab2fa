"""Write ``desktop_app/core/compare/unit_words_table.py``: metric and time unit names by CLDR.

Run ``python tools/generate_unit_words.py`` (Babel, which carries the Unicode CLDR data, is a
test dependency pinned in constraints.txt), then ``ruff format`` on the table; the test
``tests/core/compare/test_unit_amounts.py`` checks that the written table is what the pinned
Babel gives, so the app reads these units with no run-time dependency.

For every locale: the words of CLDR's unit patterns ("{0} kilometrů", "{0} km", "{0}
недели"), long and short, in every plural form, for the units of ``UNITS`` (metric lengths
and masses, and minutes to weeks: units whose sizes are exact multiples of each other, not
miles or months), each with its kind and its size in the kind's base unit. Left out: words
of fewer than ``SHORTEST`` characters ("m", "h", "d"), patterns of several words or with
other signs than letters ("{0}-čháŋ"), words in
scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar: no word of
their own in a text), and words two units share in some locales.
"""

from __future__ import annotations

import pprint
from pathlib import Path

import regex
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/unit_words_table.py"
#: CLDR's unit ids read, each with its kind and its size in the kind's base unit (metres,
#: kilograms, minutes), written as a decimal string.
UNITS: dict[str, tuple[str, str]] = {
    "length-millimeter": ("length", "0.001"),
    "length-centimeter": ("length", "0.01"),
    "length-meter": ("length", "1"),
    "length-kilometer": ("length", "1000"),
    "mass-gram": ("mass", "0.001"),
    "mass-kilogram": ("mass", "1"),
    "mass-tonne": ("mass", "1000"),
    "duration-minute": ("duration", "1"),
    "duration-hour": ("duration", "60"),
    "duration-day": ("duration", "1440"),
    "duration-week": ("duration", "10080"),
}
#: The pattern widths read ("narrow" writes "2km", "2d": no word of its own).
WIDTHS = ("long", "short")
#: The shortest word kept, in characters.
SHORTEST = 2
_SPACELESS = regex.compile(r"[\p{Line_Break=Complex_Context}\p{Han}\p{Hiragana}\p{Katakana}]")
#: A word as the engine reads the word after a figure: letters and their marks.
_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _words(identifier: str, unit: str) -> set[str]:
    """The words a locale writes after (or before) a figure for ``unit``, lower-cased as the
    engine lowers the word after a figure (``str.lower``: Greek "εβδομάδες" keeps its final
    sigma)."""
    patterns = Locale.parse(identifier)._data.get("unit_patterns", {}).get(unit, {})
    found: set[str] = set()
    for width in WIDTHS:
        for plural, pattern in patterns.get(width, {}).items():
            if plural == "per" or "{0}" not in pattern:
                continue
            word = pattern.replace("{0}", "").strip().lower().rstrip(".")
            if len(word) >= SHORTEST and _WORD.fullmatch(word) and not _SPACELESS.search(word):
                found.add(word)
    return found


def build() -> dict[str, tuple[str, str]]:
    """Each kept unit word -> (its kind, its size in the kind's base unit)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for identifier in sorted(locale_identifiers()):
        for unit, meaning in UNITS.items():
            for word in _words(identifier, unit):
                found.setdefault(word, set()).add(meaning)
    return {word: meanings.pop() for word, meanings in sorted(found.items()) if len(meanings) == 1}


def main() -> None:
    """Write the table module."""
    TARGET.write_text(
        '"""Metric and time unit names of every CLDR locale, from Babel (generated; do not '
        'edit)."""\n\n'
        "# Written by tools/generate_unit_words.py; tests/core/compare/test_unit_amounts.py\n"
        "# checks it against the pinned Babel. Each word, lower-cased -> (its kind, its size in\n"
        "# the kind's base unit: metres, kilograms, minutes).\n"
        f"UNIT_WORDS: dict[str, tuple[str, str]] = {pprint.pformat(build(), width=100)}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
