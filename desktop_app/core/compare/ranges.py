"""Ranges and bounds read as one value with two ends: a figure inside a range agrees with it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise

import regex

from desktop_app.core.compare.terms import Token, ascii_digits, minutes_of, tokens

#: What joins the two ends of a range written with no word before it: a dash or a tilde
#: ("£20–30", "12-15", "9–11 a.m.", "20〜24"), or a word for "to" ("12 to 15", "twelve to
#: fifteen", "19 hingga 22", "7 bis 9", "6 à 8", "9 до 11"); a currency sign may stand before
#: the second end ("£20 to £30").
_JOINED = regex.compile(
    r"[^\S\n]*(?:[-–—~〜～]|(?:to|till|until|hingga|sampai|bis|à|au|al|a|tot|till|til|до|do|"
    r"ilaa|hadi)(?![\w\p{M}]))[^\S\n]*[$€£¥₸₽]?[^\S\n]*",
    regex.IGNORECASE,
)
#: A word that opens a range whose ends are joined by "and" ("between 20 and 30", "entre 40
#: et 50", "zwischen 40 und 50", "antara 40 dan 50", "tussen 40 en 50", "mellan 40 och 50",
#: "między 40 a 50", "между 40 и 50", "mezi 40 a 50", "tra 40 e 50"), with at most a currency
#: sign between it and the first end.
_BETWEEN = regex.compile(
    r"(?<![\w\p{M}])(?:between|entre|zwischen|antara|tussen|mellan|mellem|między|между|mezi|"
    r"medzi|tra|fra|între|arasında|ndani ya)[^\S\n]+[$€£¥₸₽]?$",
    regex.IGNORECASE,
)
#: The "and" of such a range.
_AND = regex.compile(
    r"[^\S\n]*(?:and|et|und|dan|en|och|og|a|и|y|e|i|ve|na)(?![\w\p{M}])[^\S\n]*[$€£¥₸₽]?"
    r"[^\S\n]*",
    regex.IGNORECASE,
)
#: A word of change, then "from", before the first end: "rose from £90 to £105", "fare up
#: from $2.75 to $3.25", "выросла с 90 до 105" tell a change (``terms`` reads the first figure
#: as the old one), not a range as "from 9 to 11" or "from 8am to 1pm" does.
_CHANGED_FROM = regex.compile(
    r"(?<![\w\p{M}])(?:ris|rose|fell|fall|cut|up|down|increas|decreas|rais|reduc|drop|climb|"
    r"grew|grow|went|go|jump|slipp|slid|mov|chang|hik|lower|boost|sank|sink|doubl|halv|swell|"
    r"soar|plung|tumbl|slash|trimm|expand|shrank|shrunk|narrow|widen|"
    r"выр|вырос|сниз|сократ|подня|увелич|уменьш|упал|stieg|sank|gesenkt|erhöht|gestiegen|"
    r"gesunken|augment|baiss|réduit|passé|naik|turun|aument|baj|reduz|subi|caí|cay)"
    r"[\w\p{M}]*[^\S\n]+(?:[\w\p{M}]+[^\S\n]+){0,4}?"
    r"(?:(?:from|de|desde|von|dari|van|od|от|від|з|с)[^\S\n]+)?[$€£¥₸₽]?$",
    regex.IGNORECASE,
)
#: The signs of what a figure measures: two ends with two of them are no range ("fell 6.4%
#: to $31.20").
_SIGNS = frozenset("%$€£¥₸₽")
_DASHES = regex.compile(r"[^\S\n]*[-–—~〜～][^\S\n]*[$€£¥₸₽]?[^\S\n]*")
#: A digit, or a dash right before or after a number, beyond the two ends: a telephone number
#: ("8-800-100-20-30"), a code ("045-2027"), not a range.
_CHAIN_BEFORE = regex.compile(r"[\d][-–]?$|[-–/.]$")
_CHAIN_AFTER = regex.compile(r"^[-–/.]?\d|^[-–]")
#: Words before a figure that make it the most ("under 5", "below 20", "no more than 40",
#: "bis zu 40", "jusqu'à 40", "hasta 40", "até 40") or the least ("at least 300", "not less
#: than 300"), beside those ``terms`` reads (``terms.bound_before``).
_AT_MOST_MORE = regex.compile(
    r"(?<![\w\p{M}])(?:under|below|no more than|not more than|a maximum of|maximum of|"
    r"bis zu|höchstens|jusqu'à|jusqu’à|au plus|hasta|até|fino a|sotto i|unter|"
    r"paling banyak|maksimal)[^\S\n]+[$€£¥₸₽]?$",
    regex.IGNORECASE,
)
_AT_LEAST_MORE = regex.compile(
    r"(?<![\w\p{M}])(?:above|not less than|no fewer than|a minimum of|minimum of|"
    r"paling sedikit|minimal)[^\S\n]+[$€£¥₸₽]?$",
    regex.IGNORECASE,
)
#: A bound agrees with a figure on its side of it at most this many times it (or this many
#: times under it), as ``relations.BOUND_REACH``: "more than 300" and 5,000 are two figures.
BOUND_REACH = 1.5
#: The word of scale a figure's key may end with, as the power of ten it stands for.
_POWERS = {"k": 3, "lakh": 5, "m": 6, "crore": 7, "bn": 9, "tn": 12}
_FIGURE_KEY = re.compile(r"#(\d+(?:\.\d+)?)([a-z]*)")
#: The kinds of token whose figures may be the ends of a range (years are periods, scores
#: results, so neither is read as a range).
_FIGURE_KINDS = frozenset({"number", "count"})
_MINUTES_IN_DAY = 24 * 60
_HALF_DAY = 12 * 60


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a passage allows for one figure: both ends for a range, one for a bound.

    ``kind`` is "time" (ends in minutes of the day) or "figure"; ``ends`` are the keys of the
    terms that stand for the range in the text (``#20``, ``#30``, ``@time:11:00``).
    """

    low: float
    high: float
    kind: str
    start: int
    end: int
    ends: frozenset[str]
    #: a bound ("under 5"), not a range
    bound: bool = False
    #: a figure given roughly ("about 3,000"): no bound takes it in, as ``relations._within``
    rough: bool = False

    def meets(self, other: Interval) -> bool:
        """Whether the two have a value in common (a bound none with a rough figure)."""
        if (self.bound and other.rough) or (other.bound and self.rough):
            return False
        return self.kind == other.kind and self.low <= other.high and other.low <= self.high


def figure_value(key: str) -> float | None:
    """The size of a figure's key ("#20" 20, "#2.5m" 2,500,000), None if it is none."""
    match = _FIGURE_KEY.fullmatch(key)
    if match is None or (match[2] and match[2] not in _POWERS):
        return None
    try:
        amount = Decimal(match[1])
    except InvalidOperation:
        return None
    return float(amount.scaleb(_POWERS.get(match[2], 0)))


def _time_value(token: Token) -> float | None:
    if token.kind != "time" or token.hedged:
        return None
    return float(minutes_of(token.value))


@lru_cache(maxsize=4096)
def _passage_tokens(text: str) -> tuple[Token, ...]:
    """The terms ``terms.tokens`` reads in a passage, read once for its ranges and for how
    roughly each figure is given."""
    return tuple(tokens(text))


@lru_cache(maxsize=4096)
def intervals(text: str) -> tuple[Interval, ...]:
    """The ranges and bounds of ``text``, in order."""
    kinds = _FIGURE_KINDS | {"time", "score"}
    found = [token for token in _passage_tokens(text) if token.kind in kinds]
    scores = [(t.start, t.end) for t in found if t.kind == "score"]
    ends = [
        t
        for t in found
        if t.kind != "score" and not any(s <= t.start < e for s, e in scores)
        and (t.kind == "time" or figure_value(t.key) is not None)
    ]  # fmt: skip
    # one term per place: a time is read with its hour too
    by_start: dict[int, Token] = {}
    for token in ends:
        by_start.setdefault(token.start, token)
    ordered = sorted(by_start.values(), key=lambda t: t.start)
    results: list[Interval] = []
    used: set[int] = set()
    for first, second in pairwise(ordered):
        if first.start in used:
            continue
        interval = _range(text, first, second)
        if interval is not None:
            results.append(interval)
            used.update((first.start, second.start))
    for token in ordered:
        if token.start not in used and token.kind in _FIGURE_KINDS:
            bound = _bounded(text, token)
            if bound is not None:
                results.append(bound)
    return tuple(sorted(results, key=lambda i: i.start))


def _range(text: str, first: Token, second: Token) -> Interval | None:
    """The range whose ends are ``first`` and ``second``, if the text joins them as one."""
    gap_start = first.end
    # a unit or a sign may follow the first end ("20 % to 30 %", "9 a.m. to 11 a.m.")
    between = text[gap_start : second.start]
    if len(between) > 12 or "\n" in between:
        return None
    opened = _BETWEEN.search(text, max(0, first.start - 24), first.start) is not None
    joined = _JOINED.fullmatch(between) is not None
    if not joined and opened:
        joined = _AND.fullmatch(between) is not None
    if not joined:
        joined = _unit_then_joined(between, opened=opened)
    if not joined:
        return None
    if _CHAIN_BEFORE.search(text, max(0, first.start - 2), first.start) or _CHAIN_AFTER.match(
        text[second.end : second.end + 2]
    ):
        return None
    if _GLUED_BEFORE.search(text, max(0, first.start - 1), first.start) or _code(
        first.surface, second.surface, between
    ):
        return None
    if second.kind == "time" or first.kind == "time":
        return _time_range(first, second)
    if len(_SIGNS.intersection(between)) > 1:
        return None
    dashed = _DASHES.fullmatch(between) is not None
    if not (opened or dashed) and _CHANGED_FROM.search(text, max(0, first.start - 48), first.start):
        return None  # a change ("rose from $90 to $105"), as ``terms`` reads it
    low, high = figure_value(first.key), figure_value(second.key)
    if low is None or high is None:
        return None
    low = _scaled_like(first, second, low, high)
    if not low < high:
        return None  # a result or a fall ("31 to 24", "from 54,000 to 36,000")
    return Interval(low, high, "figure", first.start, second.end,
                    frozenset({first.key, second.key}))  # fmt: skip


#: A letter glued to the first end: a road or a model ("between the A43 and A47"), no range.
_GLUED_BEFORE = regex.compile(r"[^\W\d_]$")
#: Bare digits (no separator) from which an end is a number to dial, not a size.
_DIAL_DIGITS = 4


def _code(first: str, second: str, between: str) -> bool:
    """Whether two figures joined by a dash alone are a number to dial or a code ("0998-5512345",
    "268-4511"): an end with a leading nought, or ends of other lengths, one of four digits or
    more written bare."""
    first, second = ascii_digits(first), ascii_digits(second)
    if between not in {"-", "–"} or not (first.isdecimal() and second.isdecimal()):
        return False
    if (first.startswith("0") and first != "0") or (second.startswith("0") and second != "0"):
        return True
    return len(first) != len(second) and max(len(first), len(second)) >= _DIAL_DIGITS


_UNIT_THEN = regex.compile(r"[^\S\n]*(?:%|[^\W\d_]{1,4}\.?(?:[^\W\d_]\.)?)(?P<rest>.*)", regex.S)


def _unit_then_joined(between: str, *, opened: bool) -> bool:
    """Whether ``between`` is a short unit or sign, then the join ("20 % to 30 %", "9am-11am")."""
    match = _UNIT_THEN.fullmatch(between)
    if match is None:
        return False
    rest = match["rest"]
    return _JOINED.fullmatch(rest) is not None or (opened and _AND.fullmatch(rest) is not None)


def _scaled_like(first: Token, second: Token, low: float, high: float) -> float:
    """The first end with the second's word of scale when it has none ("£20–30m", "2 to 3
    million": the second end's key is scaled, its digits are not)."""
    written_low, written_high = _written(first.surface), _written(second.surface)
    if written_low is None or written_high is None or written_high <= 0 or written_low != low:
        return low
    scale = high / written_high
    if scale >= _LEAST_SCALE and math.isclose(10 ** round(math.log10(scale)), scale):
        return low * scale
    return low


#: The least word of scale an end may take from the other (a thousand).
_LEAST_SCALE = 1000


def _written(surface: str) -> float | None:
    """The figure a surface writes in digits ("30", "1,200"), None if it is not all digits."""
    digits = ascii_digits(surface).replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _time_range(first: Token, second: Token) -> Interval | None:
    """A range of clock times; a bare first end takes the second's half of the day ("9–11
    a.m.", "2–4pm")."""
    high = _time_value(second)
    if high is None:
        return None
    low = _time_value(first)
    if low is None:
        hour = figure_value(first.key)
        if hour is None or not hour.is_integer() or not 0 <= hour <= 12:
            return None
        low = hour * 60 + (_HALF_DAY if high >= _HALF_DAY and hour < 12 else 0)
        if low > high:
            low -= _HALF_DAY
    if low < 0 or not low < high or high >= _MINUTES_IN_DAY:
        return None
    return Interval(low, high, "time", first.start, second.end,
                    frozenset({first.key, second.key}))  # fmt: skip


def _bounded(text: str, token: Token) -> Interval | None:
    """A bound told in words ``terms`` does not read as one ("under 5", "no more than 40",
    "not less than 300"), as far as ``BOUND_REACH`` takes it. The bounds it reads ("more
    than 300", "up to 40") are weighed already (``relations.BOUND_REACH``)."""
    value = figure_value(token.key)
    if value is None or value <= 0:
        return None
    window = max(0, token.start - 24)
    if _AT_MOST_MORE.search(text, window, token.start):
        return Interval(value / BOUND_REACH, value, "figure", token.start, token.end,
                        frozenset({token.key}), bound=True)  # fmt: skip
    if _AT_LEAST_MORE.search(text, window, token.start):
        return Interval(value, value * BOUND_REACH, "figure", token.start, token.end,
                        frozenset({token.key}), bound=True)  # fmt: skip
    return None


def _rough(token: Token, text: str) -> bool:
    """Whether the figure of ``token`` is given roughly where it stands in ``text``."""
    return any(t.hedged for t in _passage_tokens(text) if t.key == token.key)


def _shown(surface: str, text: str, own: tuple[Interval, ...]) -> list[Interval] | None:
    """What one side of a difference stands for: each figure or time it shows, as the range or
    bound of its passage that has it as an end, else as itself; None when it shows none."""
    shown: list[Interval] = []
    for token in tokens(surface):
        if token.kind == "time":
            value = _time_value(token)
            if value is None:
                return None
            kind, key = "time", token.key
        elif token.kind in _FIGURE_KINDS:
            value = figure_value(token.key)
            if value is None:
                return None
            kind, key = "figure", token.key
        else:
            continue
        holder = next((i for i in own if key in i.ends and i.kind == kind), None)
        point = Interval(value, value, kind, 0, 0, frozenset({key}), rough=_rough(token, text))
        shown.append(holder or point)
    return _deduplicated(shown) or None


def _deduplicated(shown: list[Interval]) -> list[Interval]:
    unique: list[Interval] = []
    for interval in shown:
        if interval not in unique:
            unique.append(interval)
    return unique


def inside_range(difference: str, text_a: str, text_b: str) -> bool:
    """Whether ``difference`` ("£20 ≠ £25") sets a range or a bound of one passage against a
    value or a range of the other that it takes in: "£20–30" and "£25", "12–15" and "14–18",
    "under 5" and "3". A range's ends are two figures only to a reader of loose numbers; a
    writer and a reader take "£20–30" for one price between the two, and "£25" for that
    price told more precisely. Every figure on each side must meet one on the other, and at
    least one side must be a range or a bound: "£20–30" and "£35" still disagree.
    """
    shown = difference.split(" ≠ ")
    if len(shown) != 2:
        return False
    left = _shown(shown[0], text_a, intervals(text_a))
    right = _shown(shown[1], text_b, intervals(text_b))
    if left is None or right is None:
        return False
    if all(i.low == i.high for i in (*left, *right)):
        return False
    return all(any(x.meets(y) for y in right) for x in left) and all(
        any(y.meets(x) for x in left) for y in right
    )
