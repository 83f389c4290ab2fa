"""Sizes of one dimension told in other units that disagree ("14 kilometres" / "six miles")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.measures import (
    MEASURE_TOLERANCE,
    SIZE_DIMENSIONS,
    Read,
    measures,
    unit_named_at,
)
from desktop_app.core.compare.numerals import HALVES
from desktop_app.core.compare.terms import bound_before

#: Two sentences that each give a measure of one dimension, in units of other sizes, and no
#: two of which agree (within ``measures.MEASURE_TOLERANCE``, or as a bound the other keeps:
#: "more than a mile" and "two kilometres"), contradict: "The break is 14 kilometres from
#: the landing point" against "The break lies some six miles out", "about 800 metres from
#: the slipway" against "more than a mile from the slipway". The figures' own comparison
#: sees two counts of two units (``qty:kilome``, ``qty:mile``) and sets neither against the
#: other; a reader converts. Two measures in the same unit are left to that comparison.
#: Round 175, on all 512 development pairs: 7 contradictions read as the same fact mended, 1
#: same fact made a contradiction (a drowned village's reservoir, "about two centimetres a day"
#: against "around an inch a day", a writer's loose conversion).
OTHER_UNITS = True
#: A unit's name after "a", "an", "half a" or "a quarter of a" is one of it or that share of
#: one ("a mile", "half a kilometre", "nearly half a tonne", "three-quarters of a tonne"), and
#: after a word for a half of another language (``numerals.HALVES``) half of one ("ҫур метр"),
#: read only for a thing's size (``SIZE_DIMENSIONS``): "an hour", "a day" and "a week" are
#: as often a rate ("twice a week") or a manner of speaking ("a day later") as a duration.
#: Figures before a unit's name are read in every dimension, durations too ("tri mesiace"
#: against "pol roka"), but for a measure written as an attribute (``_ATTRIBUTE``).
_ONE_OF = regex.compile(
    r"(?<![\w\p{M}])(?:(?:(?P<part>half|quarter\s+of|three[\s-]quarters\s+of)\s+)?(?:a|an)"
    r"|(?P<half>" + "|".join(sorted(HALVES - {"half"})) + r"))\s+$",
    regex.IGNORECASE,
)
#: The share of the unit each of those words before the article gives.
_SHARES = {"half": 0.5, "quarter": 0.25, "three": 0.75}
#: A figure or an amount of money just before the article makes it a rate ("£5 a kilo").
_RATE_BEFORE = regex.compile(r"[\p{Nd}\p{Sc}][\p{L}\p{Nd}.,]*\s+(?:a|an)\s+$")
_WORD = regex.compile(r"(?<![\w\p{M}])[\p{L}\p{M}]+")
#: A measure written as an attribute of the thing named after it ("a 12-metre pole", "the
#: 36ft crabber", "a 1,100-foot pier"): its figure joined to its unit by a hyphen or with no
#: space, a word following. It sizes that thing, not the distance or the amount the other
#: side gives.
_ATTRIBUTE = regex.compile(r"[\p{Nd}.,]+(?:-[\p{L}\p{M}]+|[\p{L}\p{M}]+(?=\s+[\p{Ll}]))")
#: How far back an article before a unit's name is looked for.
_ARTICLE_REACH = 24


@dataclass(frozen=True, slots=True)
class Told:
    """A measure as a sentence tells it: its dimension, size in the base unit, the size of
    its unit, how it is written, and whether it is given as a bound ("<", ">" or "")."""

    dimension: str
    size: float
    unit: float
    surface: str
    bound: str
    #: told by a word before the unit's name ("a mile"), which no figure's comparison reads
    worded: bool = False


def told_measures(text: str, terms: UnitTerms) -> list[Told]:
    """The measures ``text`` gives: figures before a unit's name (``measures.measures``),
    and a unit of size after "a", "an" or "half a" (see ``_ONE_OF``)."""
    found: list[Told] = []
    for measure in measures(text, terms.read):
        start = min(s for s, _, keys in terms.read if keys & measure.figures)
        if _ATTRIBUTE.match(text, start):
            continue
        bound = next((terms.bounds[k] for k in sorted(measure.figures) if k in terms.bounds), "")
        found.append(
            Told(measure.dimension, measure.size, measure.unit, text[start : measure.end], bound)
        )
    return found + _one_of_a_unit(text, terms.read)


def _one_of_a_unit(text: str, read: Read) -> list[Told]:
    """Units of size named after "a", "an" or "half a", not as a rate ("£5 a kilo")."""
    found: list[Told] = []
    for word in _WORD.finditer(text):
        named = unit_named_at(text, word.start())
        if named is None:
            continue
        (dimension, unit), end = named
        if dimension not in SIZE_DIMENSIONS or any(s <= word.start() < e for s, e, _ in read):
            continue
        article = _ONE_OF.search(text, max(0, word.start() - _ARTICLE_REACH), word.start())
        if article is None or _RATE_BEFORE.search(text, 0, word.start()):
            continue
        part = article.group("part")
        share = _SHARES[regex.split(r"[\s-]", part.casefold())[0]] if part else 1.0
        share = 0.5 if article.group("half") else share
        found.append(
            Told(
                dimension,
                share * unit,
                unit,
                text[article.start() : end],
                bound_before(text, article.start()),
                worded=True,
            )
        )
    return found


def other_unit_difference(a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> str:
    """The first dimension both sentences measure only in units of other sizes, with no
    measure of one agreeing with one of the other's, as "14 kilometres ≠ six miles"; ""
    if none (see ``OTHER_UNITS``). Symmetric."""
    if not OTHER_UNITS:
        return ""
    told_a, told_b = told_measures(text_a, a), told_measures(text_b, b)
    for dimension in sorted({t.dimension for t in told_a} & {t.dimension for t in told_b}):
        xs = [t for t in told_a if t.dimension == dimension]
        ys = [t for t in told_b if t.dimension == dimension]
        if any(x.unit == y.unit and not (x.worded or y.worded) for x in xs for y in ys):
            continue
        if any(_agree(x, y) or _agree(y, x) for x in xs for y in ys):
            continue
        return f"{xs[0].surface} ≠ {ys[0].surface}"
    return ""


def _agree(x: Told, y: Told) -> bool:
    """Whether ``y`` agrees with ``x``: within the tolerance, or on the side of ``x``'s bound."""
    if abs(x.size - y.size) <= MEASURE_TOLERANCE * max(x.size, y.size):
        return True
    if x.bound == ">":
        return y.size >= x.size
    if x.bound == "<":
        return y.size <= x.size
    return False
