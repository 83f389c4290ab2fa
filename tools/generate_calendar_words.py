"""Write ``desktop_app/core/compare/calendar_words_table.py``: day and month names by language.

Run ``python tools/generate_calendar_words.py`` (Babel, which carries the Unicode CLDR data,
is a test dependency pinned in constraints.txt), then ``ruff format`` on the table; the test
``tests/core/compare/test_calendar_words.py`` checks that the written table is what the
pinned Babel gives, so the app reads these names with no run-time dependency.

For every language of CLDR (the locales of one language merged: "fy", "mt", "bm"): the wide
names of the seven days and of the twelve months, in the format and stand-alone forms, each
as its last word (Irish "Dé Máirt" is "máirt", Kinyarwanda "Kuwa kabiri" is "kabiri") and
after a hyphen (Maltese "It-Tlieta" is "tlieta"), lower-cased. Unlike the
weekday table (``generate_weekdays.py``), short Latin names are kept ("freed", "sneon",
"kari"): a name is read only when the two sentences of a pair both name a day, or both a
month, in one language, which a word of another language seldom does by chance. Left out:
names of fewer than ``SHORTEST`` letters, names one language gives to two days or two
months (the last word that several names of a set share: Vietnamese "tháng"), names CLDR's
root locale gives ("Mon", "M01": a locale's fallback, no language's name), and names in
scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar: no word of
their own in a text).
"""

from __future__ import annotations

import pprint
from pathlib import Path

import regex
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/calendar_words_table.py"
#: Babel's day numbers (0 is Monday) as the engine's weekday values.
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: Babel's month numbers (1 is January) as the engine's month values.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: The shortest name kept, in letters.
SHORTEST = 3
#: A word as ``desktop_app.core.compare.calendar_words`` reads it: letters and their marks.
WORD = regex.compile(r"[\p{L}\p{M}]+")
_SPACELESS = regex.compile(r"[\p{Line_Break=Complex_Context}\p{Han}\p{Hiragana}\p{Katakana}]")
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _name_sets(identifier: str) -> list[tuple[tuple[str, ...], list[str]]]:
    """The wide day and month names of a locale, format and stand-alone, with their values,
    but those it takes from CLDR's root locale ("Mon", "M01"), which name no language's days."""
    root = {name.casefold() for _, names in _own_name_sets(Locale.parse("root")) for name in names}
    return [
        (values, [name if name.casefold() not in root else "" for name in names])
        for values, names in _own_name_sets(Locale.parse(identifier))
    ]


def _own_name_sets(locale: Locale) -> list[tuple[tuple[str, ...], list[str]]]:
    found: list[tuple[tuple[str, ...], list[str]]] = []
    for context in ("format", "stand-alone"):
        days = locale.days.get(context, {}).get("wide", {})
        if len(days) == len(DAYS):
            found.append((DAYS, [str(days[k]) for k in range(len(DAYS))]))
        months = locale.months.get(context, {}).get("wide", {})
        if len(months) == len(MONTHS):
            found.append((MONTHS, [str(months[k + 1]) for k in range(len(MONTHS))]))
    return found


def _last_words(names: list[str]) -> list[str]:
    """Each name's last word ("" for a name of no letters): a last word that two names of
    the set share ("tháng" of Vietnamese "tháng 1") names no one value and is dropped."""
    words = [WORD.findall(name.split("-")[-1] if "-" in name else name) for name in names]
    return [w[-1] if w else "" for w in words]


Names = dict[str, dict[str, tuple[str, bool]]]


def build() -> tuple[Names, Names]:
    """The day names and the month names of every language -> each name, lower-cased -> its
    value and whether only a capitalised word is the name (English "May", not "may")."""
    found: dict[str, dict[str, dict[str, set[tuple[str, bool]]]]] = {"days": {}, "months": {}}
    for identifier in sorted(locale_identifiers()):
        language = identifier.split("_")[0]
        for values, names in _name_sets(identifier):
            words = _last_words([name.translate(_JOINERS) for name in names])
            kind = "days" if values is DAYS else "months"
            table = found[kind].setdefault(language, {})
            for value, word in zip(values, words, strict=True):
                if word and len(word) >= SHORTEST and not _SPACELESS.search(word):
                    capitalised = word[0].isupper() and word[0] != word[0].lower()
                    table.setdefault(word.casefold(), set()).add((value, capitalised))
    days, months = (
        {
            language: {
                # capitalised only when every locale of the language writes it so
                word: (next(iter(readings))[0], all(capital for _, capital in readings))
                for word, readings in sorted(names.items())
                if len({value for value, _ in readings}) == 1
            }
            for language, names in sorted(found[kind].items())
        }
        for kind in ("days", "months")
    )
    return (
        {language: names for language, names in days.items() if names},
        {language: names for language, names in months.items() if names},
    )


def main() -> None:
    """Write the table module."""
    days, months = build()
    TARGET.write_text(
        '"""Day and month names of every CLDR language, from Babel (generated; do not edit)."""'
        "\n\n"
        "# Written by tools/generate_calendar_words.py; tests/core/compare/test_calendar_words.py\n"
        "# checks it against the pinned Babel. Each language -> each name, lower-cased -> (its\n"
        "# value, whether only a capitalised word is the name). Some scripts' escaped names run\n"
        "# past the line length.\n"
        "# ruff: noqa: E501\n"
        "DAY_NAMES: dict[str, dict[str, tuple[str, bool]]] = "
        f"{pprint.pformat(days, width=100)}\n"
        "MONTH_NAMES: dict[str, dict[str, tuple[str, bool]]] = "
        f"{pprint.pformat(months, width=100)}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
