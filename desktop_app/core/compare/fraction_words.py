"""Fractions as figures: "three-quarters of", "deux tiers des", "6½", "¾"; units after a year."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import regex

from desktop_app.core.compare.lexicon import SCALE_WORDS
from desktop_app.core.compare.unit_words import measure_words

#: The vulgar fractions of Unicode, alone ("¾ of the land") or after a figure ("6½ points"):
#: each is its value (``unicodedata.numeric``), not a letter that ends the figure.
VULGAR_FRACTIONS = "[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
_VULGAR = regex.compile(VULGAR_FRACTIONS + "$")

#: Numerators in words (English, French, Spanish, Portuguese, Italian, German, Dutch) …
NUMERATORS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "nine": 9, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "dos": 2, "tres": 3,
    "cuatro": 4, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "uno": 1, "due": 2,
    "tre": 3, "ein": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "een": 1,
    "twee": 2, "drie": 3,
}  # fmt: skip
#: … and the denominators after them, singular and plural ("a third", "two-thirds").
DENOMINATORS: dict[str, int] = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10, "tiers": 3,
    "quart": 4, "quarts": 4, "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4,
    "terço": 3, "terços": 3, "quarto": 4, "quartos": 4, "terzo": 3, "terzi": 3, "quarti": 4,
    "drittel": 3, "viertel": 4, "fünftel": 5, "derde": 3, "derden": 3, "kwart": 4,
}  # fmt: skip
#: What makes it a share ("of", "de", "des", "du", "d'", "del", "der", "van"), and the article
#: after it that makes it a share of one unit ("three-quarters of a mile", "un quart d'heure").
_OF = r"(?:of|de|des|du|d['’]|del|dei|delle|degli|der|van)"
_ONE = r"(?:a|an|une?|uma?|uno?|una|eine[mnr]?|ein|een)"
#: A numerator and its denominator, joined by a hyphen or a space. With "a" or "one" before
#: it, only as a share ("a third of the votes"): "a third suspect", "one quarter" of a town
#: are no fraction. With a numerator of two or more, a hyphen or a share makes it one ("two-
#: thirds", "three quarters of"); "three quarters" alone may be districts.
FRACTION = regex.compile(
    r"(?<![\w\p{M}])(?P<numerator>" + "|".join(sorted(NUMERATORS, key=len, reverse=True)) + r")"
    r"(?P<join>[\s\u00a0]+|-)"
    r"(?P<denominator>" + "|".join(sorted(DENOMINATORS, key=len, reverse=True)) + r")"
    r"(?![\w\p{M}])(?P<of>\s+" + _OF + r"(?:\s*(?P<one>" + _ONE + r")(?![\w\p{M}])|(?=[\s\w])))?",
    regex.IGNORECASE,
)


#: "by" before a fraction makes it a share of a change ("fell by a third", "risen by roughly
#: a third"), as "of" after it does; at most one hedge word between.
_BY_BEFORE = regex.compile(r"(?<![\w\p{M}])by\s+(?:[\p{L}\p{M}]+\s+)?$", regex.IGNORECASE)
#: The word of scale after "of a" ("a quarter of a million pounds", "a third of a million
#: people"): the fraction multiplies it, as a figure before a word of scale is multiplied.
_SCALE_AFTER = regex.compile(r"\s+([\p{L}]+)")
_SCALE_SIZES = {"k": 1000, "m": 10**6, "bn": 10**9, "tn": 10**12}


@dataclass(frozen=True, slots=True)
class WordedFraction:
    """A fraction in words: where it is, its value, whether it is a share of what follows
    ("of the homes") and whether of one unit ("of a mile"); a fraction of a word of scale
    ("a quarter of a million") is its value, no share, running to the word of scale."""

    start: int
    end: int
    value: Decimal
    share: bool
    of_one: bool


def fraction_tokens(text: str, start: int, stop: int) -> list[WordedFraction]:
    """The fractions in words of ``text[start:stop]`` (see ``FRACTION``), in order."""
    found: list[WordedFraction] = []
    for match in FRACTION.finditer(text, start, stop):
        numerator = NUMERATORS[match["numerator"].lower()]
        denominator = DENOMINATORS[match["denominator"].lower()]
        share = match["of"] is not None or bool(_BY_BEFORE.search(text, start, match.start()))
        if denominator == 2 and (numerator != 1 or not share):
            continue  # "a half" and "two and a half" are the number words' (numerals.HALVES)
        if not share and (numerator == 1 or match["join"] != "-"):
            continue
        if numerator >= denominator:
            continue
        end = match.end("denominator")
        value = Decimal(numerator) / Decimal(denominator)
        scale = _scale_after_article(text, match) if match["one"] is not None else None
        if scale is not None:
            found.append(WordedFraction(match.start(), scale[1], value * scale[0], False, False))
            continue
        found.append(
            WordedFraction(
                match.start(),
                end,
                value,
                share,
                match["one"] is not None or (share and _names_unit(text, match.end())),
            )
        )
    return found


def _scale_after_article(text: str, match: regex.Match[str]) -> tuple[int, int] | None:
    """The size of the word of scale after "of a" and where it ends, if one follows."""
    after = _SCALE_AFTER.match(text, match.end("one"))
    if after is None:
        return None
    scale = SCALE_WORDS.get(after.group(1).lower())
    return (_SCALE_SIZES[scale], after.end()) if scale in _SCALE_SIZES else None


def _names_unit(text: str, end: int) -> bool:
    """Whether a unit's name, of any dimension, starts at ``end`` ("un quart d'heure")."""
    gap = _GAP.match(text, end)
    word = _WORD.match(text, gap.end() if gap else end)
    return word is not None and word.group().casefold() in measure_words()


def vulgar_value(digits: str) -> tuple[str, Decimal]:
    """The digits before a vulgar fraction and its value ("6½" -> "6", 0.5); the digits
    and 0 when none ends them."""
    if _VULGAR.search(digits) is None:
        return digits, Decimal(0)
    return digits[:-1], Decimal(str(round(unicodedata.numeric(digits[-1]), 3)))


#: What stands between a figure and the name of its unit.
_GAP = regex.compile(r"[\s\u00a0-]*")
_WORD = regex.compile(r"[\p{L}\p{M}²³]+")
#: Dimensions whose units name a thing's size, not a time: four digits before them are a
#: figure, not a year ("2000 metres"). A year is followed by words for a year ("1998 roku",
#: "2022 yil"), which name a duration.
_SIZE_DIMENSIONS = frozenset({"length", "area", "mass", "volume"})


def measure_follows(text: str, end: int) -> bool:
    """Whether the name of a unit of size follows a figure ending at ``end`` ("2000 metres",
    "1850 kg"): then the figure is no year."""
    gap = _GAP.match(text, end)
    word = _WORD.match(text, gap.end() if gap else end)
    if word is None:
        return False
    named = measure_words().get(word.group().casefold())
    if named is None:
        second = (
            _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
        )
        if second is not None:
            named = measure_words().get(f"{word.group()} {second.group()}".casefold())
    return named is not None and named[0] in _SIZE_DIMENSIONS
