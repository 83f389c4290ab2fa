"""Days and months both sentences name in words of one language (CLDR's names, any language)."""

from __future__ import annotations

import regex

from desktop_app.core.compare.calendar_words_table import DAY_NAMES, MONTH_NAMES

#: A word as the table's generator (``tools/generate_calendar_words.py``) cuts names.
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _index() -> dict[str, list[tuple[str, str, bool]]]:
    """Each name -> every (language and kind, value, whether it must be capitalised)."""
    index: dict[str, list[tuple[str, str, bool]]] = {}
    for kind, table in (("day", DAY_NAMES), ("month", MONTH_NAMES)):
        for language, names in table.items():
            for name, (value, capitalised) in names.items():
                index.setdefault(name, []).append((f"{language}:{kind}", value, capitalised))
    return index


_NAMES = _index()


def _named(text: str) -> dict[str, dict[str, str]]:
    """The days and months ``text`` names, by language and kind -> value -> as written."""
    found: dict[str, dict[str, str]] = {}
    for match in _WORD.finditer(text.translate(_JOINERS)):
        surface = match.group(0)
        for where, value, capitalised in _NAMES.get(surface.casefold(), ()):
            if capitalised and not surface[0].isupper():
                continue
            found.setdefault(where, {}).setdefault(value, surface)
    return found


def named_difference(text_a: str, text_b: str) -> str:
    """ "freed ≠ sneon" when both sentences name a day (or both a month) in words of one
    language, and no day (month) in common.

    The weekdays and months the engine reads as specifics (``terms``) are those of the
    languages it knows, and weekday names of every language long enough not to be another
    language's word; this reads the short names too (West Frisian "freed" and "sneon",
    Bambara "kari"), and the months of every language (Sardinian "santugaine" and
    "cabudanni"), since a word of another language is seldom, by chance, a name of the same
    language on both sides. Round 56, on all 240 development pairs: 10 contradictions more
    labelled right, no label made wrong.
    """
    named_a, named_b = _named(text_a), _named(text_b)
    for where in sorted(named_a.keys() & named_b.keys()):
        values_a, values_b = named_a[where], named_b[where]
        if values_a.keys().isdisjoint(values_b.keys()):
            return f"{_listed(values_a)} ≠ {_listed(values_b)}"
    return ""


def _listed(values: dict[str, str]) -> str:
    return ", ".join(values[value] for value in sorted(values))
