"""Spans of time a sentence gives ("40 minutes", "half an hour", "tri týdny"), in minutes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.compare.terms import tokens

_MINUTE = 1
_HOUR = 60
_DAY = 24 * _HOUR
_WEEK = 7 * _DAY
_MONTH = 30 * _DAY

#: The starts of the words for a minute, an hour, a day, a week and a month, in the
#: languages whose numbers the engine reads (matched against the word right after a number,
#: lower-cased: "minutave", "часа", "dní", "týdny", "semanas"). Years are left out: "22 de
#: ani" of a priest's service and "trei sute de ani" of a church are two things, and years
#: are given as ages more often than as spans.
_UNIT_STARTS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_MINUTE, ("minut", "minuut", "minūt", "mínút", "минут", "λεπτ", "dakika", "perc",
               "menit")),
    (_HOUR, ("hour", "hodin", "hodín", "godzin", "час", "hora", "heure", "stund", "uur",
             "uren", "timm", "tund", "tunt", "valand", "saat", "jam", "klukkustund",
             "orë", "orës", "ώρ", "óra")),
    (_DAY, ("day", "dní", "dni", "dny", "dnů", "dana", "dnev", "ден", "дни", "дня", "дней",
            "днів", "día", "dia", "giorn", "jour", "tag", "dag", "dög", "päev", "päivä",
            "dien", "gün", "hari", "ditë", "ditët", "zile", "ημέρ", "μέρ", "nap")),
    (_WEEK, ("week", "týd", "týž", "tydz", "tygod", "tjed", "tedn", "teden", "седмиц",
             "недел", "недељ", "тижн", "тижд", "semana", "settiman", "semaine", "woche",
             "veck", "uge", "uke", "nädal", "viik", "nedēļ", "savait", "hafta", "minggu",
             "javë", "vik", "săptămân", "εβδομάδ", "hét")),
    (_MONTH, ("month", "měsí", "mesia", "mesec", "miesi", "mjesec", "месец", "месяц",
              "місяц", "meses", "mesi", "mese", "mois", "monat", "maand", "månad", "måned",
              "kuukau", "mēneš", "mėnes", "muaj", "mánuð", "mánað", "luni", "μήν", "hónap")),
)  # fmt: skip
#: Whole words that are a unit but too short to be matched by their start.
_UNIT_WORDS: dict[str, int] = {
    "h": _HOUR, "hr": _HOUR, "hrs": _HOUR, "min": _MINUTE, "mins": _MINUTE, "ur": _HOUR,
    "ure": _HOUR, "uri": _HOUR, "uro": _HOUR, "sat": _HOUR, "sata": _HOUR, "sati": _HOUR,
    "ore": _HOUR, "ora": _HOUR, "oră": _HOUR, "tim": _HOUR, "timer": _HOUR,
    "mes": _MONTH, "kuud": _MONTH, "kuu": _MONTH, "ay": _MONTH, "bulan": _MONTH,
}  # fmt: skip
_BOUND = r"(?:within|for|in|after|than|least|about|under|over|nearly|almost)"
#: Spans named by a phrase with no figure: half an hour in the engine's languages, a
#: quarter of an hour, a fortnight, and a unit after the English article ("within a week").
_PHRASES: tuple[tuple[int, str], ...] = (
    (30, r"half an hour|half-hour|a half hour|půl hodiny|pol hodiny|pół godziny|pola sata|"
         r"пола сата|пол часа|полчаса|півгодини|половин час|media hora|meia hora|mezz'ora|"
         r"mezzora|demi-heure|halbe stunde|half uur|halvtimme|halv time|halvtime|pool tundi|"
         r"puoli tuntia|puolen tunnin|pusstund\w*|pusvaland\w*|yarım saat|setengah jam|"
         r"hálftíma|hálftími|gjysmë ore|jumătate de oră|μισή ώρα|fél óra"),
    (15, r"quarter of an hour|quarter-hour|čtvrt hodiny|štvrť hodiny|kwadrans|четверть часа|"
         r"cuarto de hora|quarto de hora|quarto d'ora|quart d'heure|viertelstunde"),
    (2 * _WEEK, r"fortnight"),
    # after a bound only: "€120,000 a day" and "1,200 leaks a week" are rates, not spans
    (_MINUTE, rf"{_BOUND} an? minute"),
    (_HOUR, rf"{_BOUND} an hour"),
    (_DAY, rf"{_BOUND} a day"),
    (_WEEK, rf"{_BOUND} a week"),
    (_MONTH, rf"{_BOUND} a month"),
)  # fmt: skip
_PHRASE = re.compile(
    "|".join(rf"(?P<p{k}>\b(?:{pattern})\b)" for k, (_, pattern) in enumerate(_PHRASES)),
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\s\u00a0]*(?:de\s+)?([^\W\d_]+)")


#: The unit starts by their first two letters, to look a word up quickly.
_STARTS_BY_PREFIX: dict[str, list[tuple[str, int]]] = {}
for _size, _starts in _UNIT_STARTS:
    for _start in _starts:
        _STARTS_BY_PREFIX.setdefault(_start[:2], []).append((_start, _size))
#: Words a phrase of ``_PHRASES`` holds one of: a sentence with none holds no phrase.
_PHRASE_WORDS = frozenset(
    word
    for _, pattern in _PHRASES
    for alternative in pattern.split("|")
    for word in re.findall(r"[^\W\d_]{4,}", alternative.lower())
) - frozenset(re.findall(r"[^\W\d_]+", _BOUND))  # "within", "after": the unit decides
_LETTERS = re.compile(r"[^\W\d_]+")


def unit_size(word: str) -> int | None:
    """The size in minutes of a unit word (lower case), None if it is none."""
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    for start, size in _STARTS_BY_PREFIX.get(word[:2], ()):
        if word.startswith(start):
            return size
    return None


def _may_give_spans(text: str) -> bool:
    """Whether a word of ``text`` is a unit or a word of a phrase (most sentences: none)."""
    return any(
        unit_size(word) is not None or word in _PHRASE_WORDS
        for word in _LETTERS.findall(text.lower())
    )


@dataclass(frozen=True, slots=True)
class Duration:
    """One span of time given in a sentence."""

    minutes: float
    surface: str
    #: the figure it was given with ("#40"), "" for a phrase with none ("half an hour")
    figure: str


@lru_cache(maxsize=4096)
def durations(text: str) -> tuple[Duration, ...]:
    """The spans of time ``text`` gives: a number and a unit, or a phrase ("a fortnight").

    Cached: a sentence is read once however many pairs it is in, and only a sentence with a
    word that starts like a unit or a phrase is read at all.
    """
    if not _may_give_spans(text):
        return ()
    found: list[Duration] = []
    taken: list[tuple[int, int]] = []
    for match in _PHRASE.finditer(text):
        k = int((match.lastgroup or "p0")[1:])
        found.append(Duration(_PHRASES[k][0], match.group(0), ""))
        taken.append(match.span())
    for token in tokens(text):
        if token.kind not in ("number", "count") or not token.key[1:].replace(".", "").isdigit():
            continue
        if any(s <= token.start < e for s, e in taken):
            continue
        unit = _unit_after(text, token.end)
        if unit is None:
            continue
        size, end = unit
        found.append(Duration(float(token.key[1:]) * size, text[token.start : end], token.key))
    return tuple(found)


def _unit_after(text: str, end: int) -> tuple[int, int] | None:
    """The size in minutes of the unit word right after a number, and where it ends."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return None
    size = unit_size(match.group(1).lower())
    return None if size is None else (size, match.end())


#: Two spans agree when one is at most this many times the other: "just under three weeks"
#: and "less than twenty days" are one span told roughly.
SPAN_RATIO = 1.05


def span_difference(text_a: str, text_b: str) -> str:
    """ "40 minutes ≠ half an hour" when both give spans of time and none agree, else "".

    A figure found on both sides with other units ("dvacet minut", "dvacet dní") is one
    figure of two things, no contradiction; so is a span whose figure the other side gives.
    """
    spans_a = durations(text_a)
    spans_b = durations(text_b)
    if not spans_a or not spans_b:
        return ""
    figures_a = {span.figure for span in spans_a if span.figure}
    figures_b = {span.figure for span in spans_b if span.figure}
    if not figures_a.isdisjoint(figures_b):
        return ""
    for x in spans_a:
        for y in spans_b:
            low, high = sorted((x.minutes, y.minutes))
            if low > 0 and high <= SPAN_RATIO * low:
                return ""
    listed_a = ", ".join(span.surface for span in spans_a)
    listed_b = ", ".join(span.surface for span in spans_b)
    return f"{listed_a} ≠ {listed_b}"
