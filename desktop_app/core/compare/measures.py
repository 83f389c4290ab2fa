"""Figures measuring one thing in other units ("1.5 metres", "five feet"), compared as such."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.unit_words import measure_words

#: How far apart two measures of one dimension may be and still agree, as a share of the
#: larger: a writer converting rounds ("190ft" for 58 metres, "five feet" for 1.5 metres,
#: "thirteen feet" for around 4 metres, 1.6 % to 3.5 % apart; "two hours and fifty
#: minutes" for "nearly three hours", 5.6 %). Round 110, on the 3,858 true pairs found of
#: all 384 development pairs, same facts read as contradictions mended (none made wrong at
#: any share): 0 -> 3, 0.03 and 0.05 -> 6, 0.1 to 0.3 -> 7; 0.1, the least of the best.
MEASURE_TOLERANCE = 0.1
#: Most words a unit's name runs to ("square metres", Urdu "سینٹی میٹر").
MOST_NAME_WORDS = 3
#: The dimensions of a thing's size, a time's left out: a figure right beside the name of one
#: of their units gives a size (``size_in_digits``).
SIZE_DIMENSIONS = frozenset({"length", "area", "mass", "volume"})

#: A word after a figure: letters and their marks, with the signs of "m²" and "m³".
_WORD = regex.compile(r"[\p{L}\p{M}²³]+")
#: What may stand between a figure and its unit: spaces and a hyphen ("58-metre").
_BEFORE_UNIT = regex.compile(r"[\s-]*")
#: What may join the parts of one measure in two units ("two metres and forty centimetres",
#: "iki metr kyrk santimetre"): nothing but spaces and a comma, or one short word.
_JOINED = regex.compile(r"[\s,]*(?:[\p{L}\p{M}]{1,4}[\s,]+)?")
_CURRENCY = regex.compile(r"\p{Sc}")
#: The word right before a figure, with nothing but spaces or a hyphen between ("metre 2",
#: "m² 400"): a ``_WORD``, as one after a figure is.
_WORD_BEFORE = regex.compile(rf"({_WORD.pattern})[\s-]*$")
#: Where a sentence reads figures: start, end and the keys read (``UnitTerms.read``).
Read = Sequence[tuple[int, int, frozenset[str]]]


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure and its unit, or the figures of one measure in two units, summed."""

    dimension: str
    #: the measure in the dimension's base unit (metres, kilograms, square or cubic metres)
    size: float
    #: the keys of its figures ("#2", "#40")
    figures: frozenset[str]
    #: the size of its last unit, in the base unit
    unit: float
    #: where its last unit's name ends in the sentence
    end: int


def measures(text: str, read: Read) -> list[Measure]:
    """The figures of ``text`` followed by the name of a unit (``measure_words``), in order;
    one figure after another of the same dimension in a smaller unit, joined by at most one
    short word, is one measure ("two metres and forty centimetres", 2.4 metres).

    A figure read with a currency sign ("£140m") is money, no measure.
    """
    found: list[Measure] = []
    for start, end, keys in read:
        figures = [key for key in keys if key.startswith("#")]
        if len(figures) != 1 or _CURRENCY.search(text, start, end):
            continue
        try:
            value = float(figures[0][1:])
        except ValueError:
            continue  # an amount with a word of scale or a currency ("#5m")
        named = _unit_after(text, end)
        if named is None:
            continue
        (dimension, unit), unit_end = named
        if found and _joined(found[-1], dimension, unit, text, start):
            last = found[-1]
            found[-1] = Measure(
                dimension, last.size + value * unit, last.figures | {figures[0]}, unit, unit_end
            )
        else:
            found.append(Measure(dimension, value * unit, frozenset(figures), unit, unit_end))
    return found


def unit_named_at(text: str, start: int) -> tuple[tuple[str, float], int] | None:
    """The unit whose name starts at ``start`` (its dimension and size) and where it ends."""
    return _unit_after(text, start)


def _unit_after(text: str, end: int) -> tuple[tuple[str, float], int] | None:
    """The unit named right after a figure ending at ``end``, and where its name ends."""
    at = _BEFORE_UNIT.match(text, end)
    position = at.end() if at else end
    words: list[regex.Match[str]] = []
    while len(words) < MOST_NAME_WORDS:
        word = _WORD.match(text, position)
        if word is None:
            break
        words.append(word)
        position = word.end()
        if position >= len(text) or text[position] != " ":
            break
        position += 1
    names = measure_words()
    for count in range(len(words), 0, -1):
        name = " ".join(word.group() for word in words[:count]).casefold()
        if name in names:
            return names[name], words[count - 1].end()
    return None


def _joined(last: Measure, dimension: str, unit: float, text: str, start: int) -> bool:
    """Whether a figure at ``start`` in ``unit`` goes on the measure ``last``."""
    if last.dimension != dimension or unit >= last.unit:
        return False
    joint = _JOINED.match(text, last.end)
    return joint is not None and joint.end() == start


def agreeing_figures(
    measures_a: list[Measure], measures_b: list[Measure]
) -> tuple[frozenset[str], frozenset[str]]:
    """The figures of each side in a measure that agrees with one of the other side told in
    other units (within ``MEASURE_TOLERANCE``). Two measures each of one figure in the same
    unit are left to the figures' own comparison."""
    figures_a: set[str] = set()
    figures_b: set[str] = set()
    for x in measures_a:
        for y in measures_b:
            if x.dimension != y.dimension:
                continue
            if x.unit == y.unit and len(x.figures) == len(y.figures) == 1:
                continue
            if abs(x.size - y.size) <= MEASURE_TOLERANCE * max(x.size, y.size):
                figures_a |= x.figures
                figures_b |= y.figures
    return frozenset(figures_a), frozenset(figures_b)


def measured_alike(difference: str, a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> bool:
    """Whether ``difference`` ("1.5 ≠ five") sets figures against each other that measure
    one thing alike in other units: "1.5 metres" and "five feet", "58-metre" and "190ft",
    "1.2 मीटर" and "१२० सेंटीमीटर", "2.4 metres" and "two metres and forty centimetres",
    "72 घंटे" and "तीन दिन" (three days). Every figure shown on each side must be in such
    a measure. A reader converts; the engine, reading only the figures, saw 1.5 against 5."""
    shown = _shown_figures(difference, a, b)
    if shown is None:
        return False
    alike = agreeing_figures(measures(text_a, a.read), measures(text_b, b.read))
    return all(keys <= figures for side, figures in zip(shown, alike, strict=True) for keys in side)


def measured_apart(difference: str, a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> bool:
    """Whether ``difference`` sets figures against each other that measure things of other
    dimensions: "The 1,100-foot pier" and "The 150-year-old pier", "a 4.2-kilometre stretch"
    and "a hundred years old", a length and an age. Every figure shown on each side must be
    in a measure, and no dimension of one side's be among the other side's: two figures
    about two things, which no reader sets against each other."""
    shown = _shown_figures(difference, a, b)
    if shown is None:
        return False
    dimensions: list[set[str]] = []
    for side, text, terms in zip(shown, (text_a, text_b), (a, b), strict=True):
        found = measures(text, terms.read)
        side_dimensions: set[str] = set()
        for keys in side:
            measured = {m.dimension for m in found if m.figures & keys}
            if not measured:
                return False
            side_dimensions |= measured
        dimensions.append(side_dimensions)
    return dimensions[0].isdisjoint(dimensions[1])


def _shown_figures(
    difference: str, a: UnitTerms, b: UnitTerms
) -> tuple[list[frozenset[str]], list[frozenset[str]]] | None:
    """The keys of each figure a difference shows ("2.4 ≠ two, forty"), A's and B's; None
    when a side shows something that is no figure of its sentence."""
    shown = difference.split(" ≠ ")
    if len(shown) != 2:
        return None
    sides: list[list[frozenset[str]]] = []
    for surfaces, terms in zip(shown, (a, b), strict=True):
        side = []
        for surface in surfaces.split(", "):
            keys = frozenset(
                key
                for key, written in terms.surfaces.items()
                if written == surface and key.startswith("#")
            )
            if not keys:
                return None
            side.append(keys)
        sides.append(side)
    return sides[0], sides[1]


def size_in_digits(difference: str, text_a: str, text_b: str) -> bool:
    """Whether ``difference`` ("2 ≠ ɓɔɔ") sets a size given in digits on one side, a figure
    right beside the name of a unit of length, area, mass or volume (``SIZE_DIMENSIONS``, the
    unit just after it or, none following, just before it), against words on the other side,
    which shows no digit: Gbaya "metre 2" against "metre ɓɔɔ", Chokwe "metro 1,5" against
    "metro imwe ni cipanga", Comorian "metre 1,2" against "metre moja na santimetre shirini".

    A size is measured, not estimated: two accounts of one thing give it alike, and the words
    a reader cannot read in its place are that size told in words, not another one. Counts,
    amounts and times, which sources and witnesses tell otherwise, are left to the rules that
    read words in a figure's place (``framed``, ``time_gaps``). Symmetric.
    """
    shown = difference.split(" ≠ ")
    if len(shown) != 2:
        return False
    in_digits = [any(char.isdigit() for char in surface) for surface in shown]
    if in_digits[0] == in_digits[1]:
        return False
    surface, text = (shown[0], text_a) if in_digits[0] else (shown[1], text_b)
    return _beside_a_unit_of_size(surface, text)


def _beside_a_unit_of_size(surface: str, text: str) -> bool:
    """Whether the figure ``surface`` stands in ``text`` right beside a unit of size: the
    unit just after it, or when none follows it, the one just before it ("metre 2")."""
    names = measure_words()
    figure = regex.compile(rf"(?<![\p{{Nd}}.,]){regex.escape(surface)}(?![\p{{Nd}}]|[.,]\p{{Nd}})")
    for match in figure.finditer(text):
        after = _unit_after(text, match.end())
        if after is not None:
            if after[0][0] in SIZE_DIMENSIONS:
                return True
            continue  # "10 kilometres 2 minutes": the unit after the figure is its own
        before = _WORD_BEFORE.search(text, 0, match.start())
        unit = names.get(before.group(1).casefold()) if before else None
        if unit is not None and unit[0] in SIZE_DIMENSIONS:
            return True
    return False
