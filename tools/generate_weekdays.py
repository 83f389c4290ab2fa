"""Write ``desktop_app/core/compare/weekdays_table.py``: weekday names of every CLDR locale.

Run ``python tools/generate_weekdays.py`` (Babel, which carries the Unicode CLDR data, is a
test dependency pinned in constraints.txt), then ``ruff format`` on the table; the test
``tests/core/compare/test_scripts.py`` checks that the written table is what the pinned
Babel gives, so the app reads these weekdays with no run-time dependency.

For every locale: the wide names of the seven days, in the format and stand-alone forms,
each as the last word of the name when all seven share the words before it (Irish "Dé
Máirt" is "máirt") and after a hyphen (Maltese "It-Tlieta" is "tlieta"). A name is kept
with whether CLDR writes it capitalised (then only a capitalised word is the day: Maltese
"Ġimgħa" is Friday, "ġimgħa" a week). Left out: names of fewer than ``SHORTEST`` letters
(``SHORTEST_LATIN`` in the Latin script), names
two locales give to two different days, the names of a locale whose names differ in more
than their last word, names in scripts written without spaces (Chinese,
Japanese, Thai, Lao, Khmer, Myanmar: read as bigrams, never as whole words), and names that
are a number word or a function word the engine already reads (``EXCLUDED`` lists them).
"""

from __future__ import annotations

import pprint
from pathlib import Path

import regex
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/weekdays_table.py"
#: Babel's day numbers (0 is Monday) as the engine's weekday values.
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The shortest name kept, in letters; in the Latin script, where short names are often
#: names of people or words of other languages ("Anna", "Kari", "China", "freed" are
#: weekdays of some locale), longer.
SHORTEST = 4
SHORTEST_LATIN = 6
_LATIN = regex.compile(r"\p{Latin}")
_SPACELESS = regex.compile(r"[\p{Line_Break=Complex_Context}\p{Han}\p{Hiragana}\p{Katakana}]")
_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _names(identifier: str) -> list[list[str]]:
    """The wide day names of a locale, format and stand-alone, Monday first."""
    days = Locale.parse(identifier).days
    return [
        [str(days[context]["wide"][k]) for k in range(7)]
        for context in ("format", "stand-alone")
        if "wide" in days.get(context, {})
    ]


def _last_words(names: list[str]) -> list[str] | None:
    """Each name's distinctive word: the last, when the seven share the words before it."""
    words = [_WORD.findall(name.split("-")[-1] if "-" in name else name) for name in names]
    if any(not w for w in words):
        return None
    heads = {tuple(w[:-1]) for w in words} - {()}
    if len(heads) > 1:
        return None  # several words that differ from day to day: not one word each
    return [w[-1] for w in words]


def build(excluded: frozenset[str] = frozenset()) -> dict[str, tuple[str, bool]]:
    """Each kept name, lower-cased -> (its day, whether it must be capitalised)."""
    found: dict[str, set[tuple[str, bool]]] = {}
    for identifier in sorted(locale_identifiers()):
        for names in _names(identifier):
            words = _last_words(names)
            if words is None:
                continue
            for day, word in zip(DAYS, words, strict=True):
                shortest = SHORTEST_LATIN if _LATIN.match(word) else SHORTEST
                if len(word) < shortest or _SPACELESS.search(word):
                    continue
                capitalised = word[0].isupper() and word[0] != word[0].lower()
                found.setdefault(unjoined(word.casefold()), set()).add((day, capitalised))
    table: dict[str, tuple[str, bool]] = {}
    for word, readings in sorted(found.items()):
        days = {day for day, _ in readings}
        if len(days) != 1 or word in excluded:
            continue
        # capitalised only when every locale that has the name writes it so
        table[word] = (days.pop(), all(capital for _, capital in readings))
    return table


def unjoined(name: str) -> str:
    """``name`` without the zero-width joiner and non-joiner, which CLDR writes where texts
    often do not (Malayalam "വെള്ളിയാഴ്\u200cച" and "വെള്ളിയാഴ്ച", one word)."""
    return name.replace(_ZWNJ, "").replace(_ZWJ, "")


_ZWNJ = "\u200c"
_ZWJ = "\u200d"


def build_spaceless() -> dict[str, str]:
    """Each whole wide name in a script written without spaces -> its day.

    Thai "วันศุกร์", Lao "ວັນສຸກ", Khmer "ថ្ងៃសុក្រ", Japanese "金曜日": no word of their own
    in a text, so found inside a run of the script. Left out: names of fewer than
    ``SPACELESS_SHORTEST`` characters, names two locales give to two different days, and
    names found inside another day's name.
    """
    found: dict[str, set[str]] = {}
    for identifier in sorted(locale_identifiers()):
        for names in _names(identifier):
            for day, name in zip(DAYS, names, strict=True):
                name = unjoined(name.casefold())
                if _SPACELESS.search(name) and len(name) >= SPACELESS_SHORTEST and " " not in name:
                    found.setdefault(name, set()).add(day)
    single = {name: days.pop() for name, days in sorted(found.items()) if len(days) == 1}
    return {
        name: day
        for name, day in single.items()
        if not any(name in other and single[other] != day for other in single)
    }


#: The shortest spaceless name kept, in characters ("金曜日" has three; the one-character
#: "金" or "五" of some locales would be found in every other word).
SPACELESS_SHORTEST = 3


#: The day periods read, by the start of CLDR's id ("morning1", "morning2" are mornings).
PERIOD_KINDS = ("morning", "afternoon", "evening", "night")
#: The points of the day read since round 87, at the hour CLDR puts them (00:00 and 12:00:
#: "midnight", "noon", "minuit", "полночь"): "at around midnight" against "at about 2am",
#: "nearly noon" against "9.30am" are two times. On all 352 development pairs, with the
#: hyphen rule of ``day_times._periods``: 2 contradictions more labelled right, none wrong.
AT_KINDS = ("midnight", "noon")


def build_day_periods(excluded: frozenset[str] = frozenset()) -> dict[str, int]:
    """Each one-word name of a part of the day -> the hours it spans, as a 24-bit mask.

    From every locale's day period names (format and stand-alone, every width) and its
    rules for them (Khmer "ព្រឹក" morning 0-12, isiZulu "ntambama" 13-19, Kazakh "түнгі"
    21-6). Left out: AM and PM; names with a space or a zero-width space inside; names of
    fewer than ``PERIOD_SHORTEST`` characters; names two locales give to two kinds of
    period (a morning and an evening); names that are a word of a unit of time after a
    number in any locale (Mongolian "шөнө", a night and nights); names in ``excluded``. A
    name of one kind in several locales spans the hours of all of them. Midnight and noon
    (``AT_KINDS``) span the hour they are at, from their names of every width but the
    narrow ("mid", "կգ․"), and only for a name that no locale gives to a part of the day
    (Swahili "mchana", Spanish "mediodía" keep their afternoon).
    """
    kinds: dict[str, set[str]] = {}
    hours: dict[str, int] = {}
    at_kinds: dict[str, set[str]] = {}
    at_hours: dict[str, int] = {}
    durations: set[str] = set()
    for identifier in sorted(locale_identifiers()):
        locale = Locale.parse(identifier)
        durations |= _duration_words(locale)
        rules = (locale.day_period_rules or {}).get(None, {})
        for widths in locale.day_periods.values():
            for width, names in widths.items():
                for period, raw in names.items():
                    name = unjoined(str(raw).casefold())
                    if period not in rules or regex.search(r"[\s\u200b.]", name):
                        continue
                    if len(name) < PERIOD_SHORTEST or name in excluded:
                        continue
                    kind = next((k for k in PERIOD_KINDS if period.startswith(k)), None)
                    if kind is not None:
                        kinds.setdefault(name, set()).add(kind)
                        hours[name] = hours.get(name, 0) | _mask(rules[period])
                    elif period in AT_KINDS and width != "narrow":
                        at_kinds.setdefault(name, set()).add(period)
                        at_hours[name] = at_hours.get(name, 0) | _mask(rules[period])
    found = {name: hours[name] for name in hours if len(kinds[name]) == 1}
    for name, at in at_kinds.items():
        if name not in kinds and len(at) == 1:
            found[name] = at_hours[name]
    return {name: found[name] for name in sorted(found) if name not in durations}


def _duration_words(locale: Locale) -> set[str]:
    """The words of a locale's units of time after a number ("{0} шөнө", Mongolian nights):
    a figure before them is a count, not an hour."""
    found: set[str] = set()
    patterns = locale._data["unit_patterns"]
    for unit in patterns:
        if unit.startswith("duration-"):
            found.update(_pattern_words(patterns[unit]))
    return found


def _pattern_words(node: object) -> set[str]:
    if isinstance(node, str):
        return {unjoined(word.casefold()) for word in _WORD.findall(node)}
    items = getattr(node, "items", None)
    if items is None:
        return set()
    return {word for _, value in items() for word in _pattern_words(value)}


#: The shortest day period name kept, in characters.
PERIOD_SHORTEST = 3


def _mask(rules: list[dict[str, int]]) -> int:
    """The hours a day period's rules span ("from" 21:00 "before" 06:00 wraps midnight), or
    the hour it is at (midnight "at" 00:00)."""
    mask = 0
    for rule in rules:
        if "at" in rule:
            mask |= 1 << (rule["at"] // 3600 % 24)
        if "from" not in rule or "before" not in rule:
            continue
        hour, last = rule["from"] // 3600 % 24, rule["before"] // 3600 % 24
        while hour != last:
            mask |= 1 << hour
            hour = (hour + 1) % 24
    return mask


def main() -> None:
    """Write the table module."""
    from desktop_app.core.compare.lexicon import NUMBER_WORDS, STOPWORDS
    from desktop_app.core.compare.numerals import WORD_VALUES

    excluded = frozenset({*STOPWORDS, *NUMBER_WORDS, *WORD_VALUES})
    body = pprint.pformat(build(excluded), width=100, sort_dicts=True)
    spaceless = pprint.pformat(build_spaceless(), width=100, sort_dicts=True)
    periods = pprint.pformat(build_day_periods(excluded), width=100, sort_dicts=True)
    TARGET.write_text(
        '"""Weekday and day period names of every CLDR locale, from Babel (generated; '
        'do not edit)."""'
        "\n\n"
        "# Written by tools/generate_weekdays.py; tests/core/compare/test_scripts.py checks it\n"
        "# against the pinned Babel. Each name, lower-cased -> (its day, whether only a\n"
        "# capitalised word is the day). Some scripts' escaped names run past the line length.\n"
        "# ruff: noqa: E501\n"
        f"WEEKDAY_NAMES: dict[str, tuple[str, bool]] = {body}\n"
        "#: Whole names in scripts written without spaces (Thai, Lao, Khmer, Myanmar, Chinese,\n"
        "#: Japanese), found inside a run of the script -> their day.\n"
        f"SPACELESS_WEEKDAY_NAMES: dict[str, str] = {spaceless}\n"
        "#: One-word names of parts of the day (CLDR day periods) -> the hours they span, as a\n"
        "#: mask of 24 bits (bit 0 for 00:00-00:59).\n"
        f"DAY_PERIOD_HOURS: dict[str, int] = {periods}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
