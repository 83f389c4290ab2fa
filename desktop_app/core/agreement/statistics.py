"""Agreement statistics: percent agreement, Cohen's kappa and Krippendorff's nominal alpha.

Two entry points per statistic: the general one over any values (a confusion table, or units
with missing values, as in the published worked examples), and the binary one over counts
(how many units each annotator coded, how many both did, how many units carry the code for
how many annotators), which is what interval arithmetic yields for character units. A
statistic that is undefined (no units, no variation) is an :class:`Estimate` with no value
and the reason, never a division by zero.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TypeVar


@dataclass(frozen=True, slots=True)
class Estimate:
    """A statistic's value, or None with the reason it is undefined."""

    value: float | None
    reason: str | None = None

    @classmethod
    def of(cls, value: Fraction | float) -> Estimate:
        """A defined value."""
        return cls(float(value))

    @classmethod
    def undefined(cls, reason: str) -> Estimate:
        """No value, and why."""
        return cls(None, reason)


NO_UNITS = "no units to compare"
NO_VARIATION = "no variation: every unit has the same value for everyone, so chance agreement is 1"
TOO_FEW = "fewer than two annotators"


#: The values coders give: any that can be counted (codes, numbers, names).
Value = TypeVar("Value", bound=Hashable)


def cohen_kappa(confusion: Mapping[tuple[Value, Value], int]) -> Estimate:
    """Cohen's kappa of two coders from ``{(value_a, value_b): units}``, any nominal values."""
    total = sum(confusion.values())
    if total == 0:
        return Estimate.undefined(NO_UNITS)
    row: Counter[Value] = Counter()
    column: Counter[Value] = Counter()
    agreed = 0
    for (a, b), count in confusion.items():
        row[a] += count
        column[b] += count
        if a == b:
            agreed += count
    observed = Fraction(agreed, total)
    expected = sum((Fraction(row[v] * column[v], total * total) for v in row), Fraction(0))
    if expected == 1:
        return Estimate.undefined(NO_VARIATION)
    return Estimate.of((observed - expected) / (1 - expected))


def binary_kappa(units: int, coded_a: int, coded_b: int, coded_both: int) -> Estimate:
    """Cohen's kappa for one code: units in all, coded by a, by b, and by both."""
    if units == 0:
        return Estimate.undefined(NO_UNITS)
    neither = units - coded_a - coded_b + coded_both
    # kappa = (N*agreed - chance) / (N^2 - chance), in integers, so identical codings give 1.
    chance = coded_a * coded_b + (units - coded_a) * (units - coded_b)
    denominator = units * units - chance
    if denominator == 0:
        return Estimate.undefined(NO_VARIATION)
    return Estimate.of(Fraction(units * (coded_both + neither) - chance, denominator))


def binary_percent(units: int, coded_a: int, coded_b: int, coded_both: int) -> Estimate:
    """Share of units on which two annotators agree (both coded, or neither)."""
    if units == 0:
        return Estimate.undefined(NO_UNITS)
    return Estimate.of(Fraction(units - coded_a - coded_b + 2 * coded_both, units))


def binary_alpha(depth: Mapping[int, int], coders: int) -> Estimate:
    """Krippendorff's nominal alpha for one code, every coder valuing every unit.

    ``depth[k]`` is how many units carry the code for exactly ``k`` of the ``coders``.
    """
    if coders < 2:
        return Estimate.undefined(TOO_FEW)
    units = sum(depth.values())
    if units == 0:
        return Estimate.undefined(NO_UNITS)
    pairable = units * coders
    ones = sum(k * count for k, count in depth.items())
    zeros = pairable - ones
    if ones == 0 or zeros == 0:
        return Estimate.undefined(NO_VARIATION)
    disagreeing = sum(count * k * (coders - k) for k, count in depth.items())
    return Estimate.of(1 - Fraction((pairable - 1) * disagreeing, (coders - 1) * zeros * ones))


def binary_all_agree(depth: Mapping[int, int], coders: int) -> Estimate:
    """Share of units on which every annotator agrees (all coded it, or none did)."""
    if coders < 2:
        return Estimate.undefined(TOO_FEW)
    units = sum(depth.values())
    if units == 0:
        return Estimate.undefined(NO_UNITS)
    return Estimate.of(Fraction(depth.get(0, 0) + depth.get(coders, 0), units))


def krippendorff_alpha(units: Iterable[Iterable[Hashable | None]]) -> Estimate:
    """Krippendorff's alpha, nominal metric, of units given as their coders' values.

    Each unit lists one value per coder, None where that coder gave none; units with fewer
    than two values are not pairable and do not count (Krippendorff 2011, section C).
    """
    coincidence: defaultdict[tuple[Hashable, Hashable], Fraction] = defaultdict(Fraction)
    for unit in units:
        values = Counter(value for value in unit if value is not None)
        pairable = sum(values.values())
        if pairable < 2:
            continue
        for c, n_c in values.items():
            for k, n_k in values.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                coincidence[c, k] += Fraction(pairs, pairable - 1)
    return _alpha_from_coincidences(coincidence)


def _alpha_from_coincidences(coincidence: Mapping[tuple[Hashable, Hashable], Fraction]) -> Estimate:
    margins: defaultdict[Hashable, Fraction] = defaultdict(Fraction)
    for (c, _), weight in coincidence.items():
        margins[c] += weight
    total = sum(margins.values(), Fraction(0))
    if total == 0:
        return Estimate.undefined(NO_UNITS)
    observed = sum((w for (c, k), w in coincidence.items() if c != k), Fraction(0))
    expected_pairs = total * total - sum((n * n for n in margins.values()), Fraction(0))
    if expected_pairs == 0:
        return Estimate.undefined(NO_VARIATION)
    return Estimate.of(1 - (total - 1) * observed / expected_pairs)
