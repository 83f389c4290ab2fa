"""Words as evidence: tokens, light stemming, numbers and names, TF-IDF weights.

A term is a stemmed, lower-cased word ("approved" and "approval" both give "approv"), a
normalised number ("1,200" and "1200" give "#1200"; "three" gives "#3"), or a specific
(a weekday, a month, a year, a clock time, what a number counts) that can contradict
another. Numbers and names weigh more than plain words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"(?P<time>\b\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?m\.?)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.m\.)"
    r"|(?P<number>(?<!\d)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)"
    r"|(?P<acronym>(?<!\w)(?:[^\W\d_]\.){2,}(?![^\W\d_]))"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)",
)
_CURRENCY = {"$": "$", "€": "€", "£": "£", "¥": "¥", "₸": "₸", "₽": "₽"}
STOPWORDS = frozenset(
    str.split(
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself said says say told according also per however since among amid its it's
    would could may might must shall one one's mr mrs ms dr new last first next
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
    ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни
    быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где
    есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет
    ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы
    нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над
    больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
    свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между
    de la le les des du et en un une est que qui dans pour par sur au aux der die das und
    even still already yet almost nearly around roughly approximately several many much
    made make makes making
    у з із зі та що який яка яке які як це цей ця ці його її їх їм за під від для по при
    про через після також вже ще бути був була було були буде мали має мав є де коли щоб
    але або чи навіть лише тільки ж би вони він вона воно ми ви
    el los las del al lo con por para una unos unas sus su se como pero más fue ser han ha
    o os da das dos do no na nos nas um uma com não mas foi são
    il lo gli della delle degli nel nella che per con una sono è ha hanno
    ce cette ces sa ses leur leurs avec pas ont été sont était il elle ils elles
    ein eine einen einem einer dem des ist sind wurde wurden mit auf für von zu im
    nicht auch sich dass haben wie noch nach bei aus um"""
    )
)
_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90",
    # Russian and Ukrainian, with the collective forms news use for people ("трое", "троє")
    "два": "2", "две": "2", "дві": "2", "двое": "2", "двоє": "2", "три": "3", "трое": "3",
    "троє": "3", "четыре": "4", "чотири": "4", "четверо": "4", "пять": "5", "п'ять": "5",
    "пятеро": "5", "п'ятеро": "5", "шесть": "6", "шість": "6", "шестеро": "6", "семь": "7",
    "сім": "7", "восемь": "8", "вісім": "8", "девять": "9", "дев'ять": "9", "десять": "10",
}  # fmt: skip
_SCALE_WORDS = {
    "thousand": "k", "million": "m", "billion": "bn", "trillion": "tn", "bn": "bn", "m": "m",
    "k": "k", "тыс": "k", "тис": "k", "млн": "m", "млрд": "bn",
}  # fmt: skip
# Russian and Ukrainian scale words by their start, any case ending ("тысячи", "мільйонів").
_SLAVIC_SCALES = (
    ("тысяч", "k"), ("тисяч", "k"), ("миллиард", "bn"), ("мільярд", "bn"), ("миллион", "m"),
    ("мільйон", "m"),
)  # fmt: skip
_WEEKDAYS = {
    day: f"@day:{day[:3]}"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}
_MONTHS = {
    name: f"@month:{name[:3]}"
    for name in (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
}  # fmt: skip
_MONTHS.update(
    {abbr: f"@month:{abbr}" for abbr in ("jan", "feb", "mar", "apr", "jun", "jul", "aug")}
)
_MONTHS.update({"sep": "@month:sep", "sept": "@month:sep", "oct": "@month:oct"})
_MONTHS.update({"nov": "@month:nov", "dec": "@month:dec"})
# Russian weekdays and months, by the start of the word (any case ending).
_RUSSIAN_DAYS = (
    ("понедельник", "mon"), ("вторник", "tue"), ("сред", "wed"), ("четверг", "thu"),
    ("пятниц", "fri"), ("суббот", "sat"), ("воскресен", "sun"),
)  # fmt: skip
_RUSSIAN_MONTHS = (
    ("январ", "jan"), ("феврал", "feb"), ("март", "mar"), ("апрел", "apr"), ("мая", "may"),
    ("май", "may"), ("июн", "jun"), ("июл", "jul"), ("август", "aug"), ("сентябр", "sep"),
    ("октябр", "oct"), ("ноябр", "nov"), ("декабр", "dec"),
)  # fmt: skip
_SUFFIXES = (
    "ational", "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ness",
    "ities", "ity", "ally", "ies", "ied", "ers", "er", "ed", "es", "ly", "al", "s", "e", "y",
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ой", "ей",
    "ый", "ий", "ых", "их", "ам", "ям", "ах", "ях", "ов", "ев", "ом", "ем", "ую", "юю", "а",
    "я", "ы", "и", "у", "ю", "о", "е",
    # Ukrainian endings that Russian lacks ("поранені", "моряків", "області", "водою")
    "ові", "ів", "ій", "ою", "ею", "ї", "і", "є", "ь",
)  # fmt: skip
#: A stem keeps at most this many letters ("investigation" and "investigators" meet) …
STEM_MAX = 7
#: … and a suffix comes off only if this many letters are left …
STEM_MIN = 3
#: … up to this many times ("seriously", "serious" and "seriou" meet).
SUFFIX_PASSES = 2
#: Weights beside a plain word's 1.0 (set on the tuning half of the development set).
NUMBER_WEIGHT = 2.2  # numbers of 10 or more, decimals, amounts, years, clock times
QUANTITY_WEIGHT = 0.6  # what a number counts ("qty:work" for "12 workers")
NAME_WEIGHT = 1.6  # words never written in lower case in either text
SPECIFIC_WEIGHT = 1.5  # weekdays and months
SLOT_WEIGHT = 0.6  # "gives a day / time / month / year" at all
HOUR_WEIGHT = 1.0  # the nearest whole hour of a clock time (beside the exact time)
_MOMENT_SLOTS = ("day", "time", "year", "month")
#: Words in capitals up to this long are acronyms ("WHO", "NATO"); longer ones are shouting.
_ACRONYM_MAX = 6
_YEARS = range(1900, 2101)
#: Words looked at after a number for what it counts ("12 injured workers").
_UNIT_WORDS = 2


@dataclass(frozen=True, slots=True)
class Token:
    """One term found in a text: its key, its surface form, and what kind of evidence it is.

    A specific (a year, weekday, month, clock time, or a number counting something) also
    has a ``slot`` and a ``value``: two passages that fill one slot with different values
    disagree ("12 workers" and "15 workers" fill ``qty:work``).
    """

    key: str
    surface: str
    kind: str  # word, name, number, count, year, time, hour, day, month, quantity, slot
    start: int
    end: int
    slot: str = ""
    value: str = ""
    #: a figure given as the one before a change ("from $90" in "$110, up from $90")
    previous: bool = False


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower-cased, a common suffix taken off, cut to a few letters."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith(("ся", "сь")) and len(word) - 2 >= STEM_MIN:
        word = word[:-2]  # Russian and Ukrainian reflexive verbs
    for _ in range(SUFFIX_PASSES):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
                if suffix == "ly" and word.endswith("ply"):
                    continue  # apply, supply, reply: not an adverb
                word = word[: -len(suffix)]
                break
        else:
            break
    return word[:STEM_MAX]


def number_key(raw: str) -> str:
    """``"#1200"`` for "1,200", "1 200" and "1200"; decimals keep their point ("#12.4")."""
    text = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    thousands = re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) is not None
    if thousands or ("," in text and "." in text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")  # 1.200 written the European way
    text = text.replace(",", ".")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "#" + (text.lstrip("0") or "0")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The terms of ``text[start:end]``, stop words left out, in order."""
    stop = len(text) if end is None else end
    found: list[Token] = []
    sentence_start = True
    for match in _TOKEN.finditer(text, start, stop):
        kind = match.lastgroup or "word"
        surface = match.group(0)
        s, e = match.span()
        if kind == "time":
            found += _time(surface, s, e, _HEDGE.search(text, max(start, s - 24), s) is not None)
        elif kind == "acronym":
            letters = surface.replace(".", "")
            found.append(Token(f"acr:{letters.lower()}", letters.upper(), "name", s, e))
        elif kind == "number":
            found.extend(_number(text, number_key(surface), surface, s, e, stop))
        else:
            found.extend(_word(text, surface, s, e, stop, sentence_start=sentence_start))
        sentence_start = False
    found += _shares(text, start, stop)
    # Two passages that both give a day, a time or a year are likelier to be about the same
    # moment, even (especially) when they disagree on it.
    slots = sorted({t.slot for t in found if t.slot in _MOMENT_SLOTS})
    found += [Token(f"@has:{slot}", "", "slot", start, start) for slot in slots]
    return found


_HEDGE = re.compile(
    r"\b(?:about|around|approximately|roughly|(?:shortly|just|soon) (?:before|after)|"
    r"около|примерно|приблизно|близько)\s+(?:at\s+)?$",
    re.IGNORECASE,
)


def minutes_of(value: str) -> int:
    """Minutes after midnight of a time value ("21:10" or, hedged, "~21:00")."""
    hour, minutes = value.lstrip("~").split(":")
    return int(hour) * 60 + int(minutes)


def _time(surface: str, s: int, e: int, hedged: bool) -> list[Token]:
    """A clock time; ``hedged`` when it is given roughly ("shortly before 4 a.m."): "~4:00"."""
    digits = re.findall(r"\d+", surface)
    hour = int(digits[0])
    lowered = surface.lower()
    if "a" in lowered or "p" in lowered:
        hour = hour % 12 + (12 if "p" in lowered else 0)
    minutes = digits[1] if len(digits) > 1 else "00"
    value = f"{hour}:{minutes}"
    # The nearest whole hour: "shortly before 4 a.m." and "3:40 a.m." both give "@hour:4".
    nearest = (hour + (1 if int(minutes) >= 30 else 0)) % 24
    return [
        Token(f"@time:{value}", surface, "time", s, e, "time", "~" * hedged + value),
        Token(f"@hour:{nearest}", surface, "hour", s, e),
    ]


def _number(text: str, key: str, surface: str, s: int, e: int, stop: int) -> list[Token]:
    scale = _scale_after(text, e)
    key += scale
    plain = key[1:]
    # A year is written as four bare digits: "2,100" is a figure, "2100" may be a year.
    if not scale and surface.isdigit() and int(plain) in _YEARS:
        return [Token(key, surface, "year", s, e, "year", plain)]
    kind = "count" if not scale and plain.isdigit() and int(plain) < 10 else "number"
    result = [Token(key, surface, kind, s, e)]
    previous = _is_previous(text, s, e, stop)
    for unit in _units(text, s, e, stop, scale):
        result.append(Token(f"qty:{unit}", surface, "quantity", s, e, f"qty:{unit}", key, previous))
    return result


_FROM_BEFORE = re.compile(r"\bfrom\s*[$€£¥₸₽]?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s*(?:[^\W\d_]{1,12}\s+)?(?:to|до|→)\s*[$€£¥₸₽]?\s*\d", re.IGNORECASE)


def _is_previous(text: str, s: int, e: int, stop: int) -> bool:
    """Whether the figure at ``text[s:e]`` is the old value of a change.

    "from 90", "90 to 105" or "с 90 до 105" (at most one word, a scale or a unit, between
    the figure and "to"). Only the figures of a quantity are marked, never clock times.
    """
    if _FROM_BEFORE.search(text, max(0, s - 8), s):
        return True
    return _TO_AFTER.match(text[e : min(stop, e + 24)]) is not None


def _word(
    text: str, surface: str, s: int, e: int, stop: int, *, sentence_start: bool
) -> list[Token]:
    lowered = surface.lower()
    day = _WEEKDAYS.get(lowered) or _russian(lowered, _RUSSIAN_DAYS, "@day:")
    if day:
        return [Token(day, surface, "day", s, e, "day", day[5:])]
    month = _russian(lowered, _RUSSIAN_MONTHS, "@month:")
    if lowered in _MONTHS and (surface[0].isupper() or lowered != "may"):
        month = _MONTHS[lowered]
    if month:
        return [Token(month, surface, "month", s, e, "month", month[7:])]
    if lowered in _NUMBER_WORDS:
        return _number(text, "#" + _NUMBER_WORDS[lowered], surface, s, e, stop)
    if _is_acronym(surface) and len(lowered) <= _ACRONYM_MAX:
        # "WHO", "UN", "ЧС": kept even when the letters spell a stop word; see acronyms.py
        return [Token(f"acr:{lowered}", surface, "name", s, e)]
    if lowered in STOPWORDS or scale_of(lowered) or len(lowered) < 3:
        return []
    if is_percent_word(lowered, text[max(0, s - 4) : s]):
        return []
    is_name = surface[0].isupper() and not sentence_start
    kind = "name" if is_name or _is_acronym(surface) else "word"
    return [Token(stem(surface), surface, kind, s, e)]


def _russian(lowered: str, table: tuple[tuple[str, str], ...], prefix: str) -> str:
    if not "\u0430" <= lowered[:1] <= "\u044f":
        return ""
    for start, value in table:
        if lowered.startswith(start) and len(lowered) <= len(start) + 3:
            return prefix + value
    return ""


_UNIT_WORD = re.compile(r"[^\W\d_]+|%|\d")


def _units(text: str, s: int, e: int, stop: int, scale: str) -> list[str]:
    """What a number counts: a currency with its scale, a percent, or the next words."""
    before = text[max(0, s - 1) : s]
    if before in _CURRENCY:
        return [_CURRENCY[before] + scale]
    units: list[str] = []
    position = e
    if scale:
        found = re.match(r"\s?\w+", text[position:stop])
        position += found.end() if found else 0
    for match in _UNIT_WORD.finditer(text, position, min(stop, position + 40)):
        word = match.group(0).lower()
        if word == "%" or is_percent_word(word, text[max(0, match.start() - 4) : match.start()]):
            return units or ["%"]
        if word.isdigit() or (word in STOPWORDS and units) or _is_date_word(word):
            break
        if word in STOPWORDS:
            continue
        units.append(stem(word) if len(word) > 2 else word)
        if len(units) == _UNIT_WORDS:
            break
    return units


def is_percent_word(word: str, before: str = "") -> bool:
    """ "percent", "pct", "процентов", "відсотків", or "cent" after "per"."""
    lowered = word.lower()
    if lowered == "cent":
        return before.lower().rstrip().endswith("per")
    return lowered in ("percent", "pct") or lowered.startswith(("процент", "відсот"))


#: "one in five", "1 out of 10": a share, given as the percent it is.
_ONE_IN = re.compile(
    r"\b(?:one|1)\s+(?:in|out\s+of)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


def _shares(text: str, start: int, stop: int) -> list[Token]:
    """Percent figures for "one in N" ("one in five trips" gives 20, counting "%")."""
    found: list[Token] = []
    for match in _ONE_IN.finditer(text, start, stop):
        raw = match.group(1).lower()
        whole = int(raw) if raw.isdigit() else int(_NUMBER_WORDS[raw])
        if whole < 2:
            continue
        key = number_key(f"{100 / whole:.1f}")
        s, e = match.span()
        found.append(Token(key, match.group(0), "number", s, e))
        found.append(Token("qty:%", match.group(0), "quantity", s, e, "qty:%", key))
    return found


def _is_date_word(word: str) -> bool:
    return (
        word in _MONTHS
        or word in _WEEKDAYS
        or bool(_russian(word, _RUSSIAN_MONTHS, "m") or _russian(word, _RUSSIAN_DAYS, "d"))
    )


def _is_acronym(surface: str) -> bool:
    return len(surface) >= 2 and surface.isupper() and "'" not in surface and "’" not in surface


_SCALE_AFTER = re.compile(r"\s?([^\W\d_]+)")


def _scale_after(text: str, end: int) -> str:
    match = _SCALE_AFTER.match(text, end, min(len(text), end + 16))
    return scale_of(match.group(1)) if match else ""


def scale_of(word: str) -> str:
    """``"k"``, ``"m"``, ``"bn"`` or ``"tn"`` for a word of scale ("million", "тыс", "млн")."""
    lowered = word.lower()
    if lowered in _SCALE_WORDS:
        return _SCALE_WORDS[lowered]
    for start, scale in _SLAVIC_SCALES:
        if lowered.startswith(start):
            return scale
    return ""


def weight_of(kind: str) -> float:
    """How much a term of this kind counts beside a plain word."""
    if kind in ("number", "time", "year"):
        return NUMBER_WEIGHT
    if kind == "name":
        return NAME_WEIGHT
    if kind in ("day", "month"):
        return SPECIFIC_WEIGHT
    if kind == "quantity":
        return QUANTITY_WEIGHT
    if kind == "slot":
        return SLOT_WEIGHT
    if kind == "hour":
        return HOUR_WEIGHT
    return 1.0


def inverse_document_frequency(documents: Sequence[set[str]]) -> dict[str, float]:
    """Smoothed IDF of each term over ``documents`` (sets of keys)."""
    counts: Counter[str] = Counter()
    for keys in documents:
        counts.update(keys)
    total = len(documents)
    return {key: math.log((1 + total) / (1 + n)) + 1.0 for key, n in counts.items()}
