"""The statistics against published worked examples and the `krippendorff` package."""

from __future__ import annotations

import math
from collections import Counter

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.agreement.statistics import (
    NO_UNITS,
    NO_VARIATION,
    TOO_FEW,
    Estimate,
    binary_all_agree,
    binary_alpha,
    binary_kappa,
    binary_percent,
    cohen_kappa,
    krippendorff_alpha,
)

# Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four
# observers, twelve units, values 1-5, missing values (None). Nominal alpha = 0.743.
KRIPPENDORFF_2011_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
# Same paper, section A: two observers, ten units, binary data. Alpha = 0.095.
KRIPPENDORFF_2011_A: list[list[int | None]] = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]


def _units(by_coder: list[list[int | None]]) -> list[list[int | None]]:
    return [list(unit) for unit in zip(*by_coder, strict=True)]


def test_krippendorffs_worked_example_with_four_coders_and_missing_values() -> None:
    alpha = krippendorff_alpha(_units(KRIPPENDORFF_2011_C))
    assert alpha.value == pytest.approx(0.743, abs=5e-4)
    # The exact value: 1 - (n - 1) * observed / expected = 1 - 39 * 4 / 608.
    assert alpha.value == pytest.approx(1 - 39 * 4 / 608)


def test_krippendorffs_binary_example() -> None:
    alpha = krippendorff_alpha(_units(KRIPPENDORFF_2011_A))
    assert alpha.value == pytest.approx(0.095, abs=5e-4)
    ones = [a + b for a, b in zip(*KRIPPENDORFF_2011_A, strict=True)]
    depth = Counter(ones)
    assert binary_alpha(depth, 2).value == pytest.approx(alpha.value)


@pytest.mark.parametrize(
    ("yes_yes", "yes_no", "no_yes", "no_no", "kappa"),
    [
        # Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by two readers.
        (20, 5, 10, 15, 0.4),
        # Same article: equal agreement (60 %), different kappa, because of the margins.
        (45, 15, 25, 15, 0.1304),
        (25, 35, 5, 35, 0.2593),
    ],
)
def test_textbook_cohen_kappa(
    yes_yes: int, yes_no: int, no_yes: int, no_no: int, kappa: float
) -> None:
    table = {("y", "y"): yes_yes, ("y", "n"): yes_no, ("n", "y"): no_yes, ("n", "n"): no_no}
    assert cohen_kappa(table).value == pytest.approx(kappa, abs=5e-5)
    units = yes_yes + yes_no + no_yes + no_no
    binary = binary_kappa(units, yes_yes + yes_no, yes_yes + no_yes, yes_yes)
    assert binary.value == pytest.approx(kappa, abs=5e-5)
    agreed = binary_percent(units, yes_yes + yes_no, yes_yes + no_yes, yes_yes)
    assert agreed.value == pytest.approx((yes_yes + no_no) / units)


def test_cohens_1960_three_category_example() -> None:
    # Cohen (1960), table 1: 200 cases, three categories; p_o = .70, p_e = .41, kappa = .492.
    table = {
        (1, 1): 88, (1, 2): 14, (1, 3): 18,
        (2, 1): 10, (2, 2): 40, (2, 3): 10,
        (3, 1): 2, (3, 2): 6, (3, 3): 12,
    }  # fmt: skip
    assert cohen_kappa(table).value == pytest.approx(0.492, abs=5e-4)


def test_degenerate_cases_have_no_value_and_a_reason() -> None:
    assert cohen_kappa({}).reason == NO_UNITS
    assert cohen_kappa({("a", "a"): 7}).reason == NO_VARIATION
    assert binary_kappa(0, 0, 0, 0).reason == NO_UNITS
    assert binary_kappa(10, 0, 0, 0).reason == NO_VARIATION  # nobody coded anything
    assert binary_kappa(10, 10, 10, 10).reason == NO_VARIATION  # everybody coded everything
    assert binary_kappa(10, 4, 0, 0).value == 0.0  # only one coder used the code
    assert binary_kappa(10, 4, 4, 4).value == 1.0  # identical codings
    assert binary_alpha({0: 10}, 3).reason == NO_VARIATION
    assert binary_alpha({3: 10}, 3).reason == NO_VARIATION
    assert binary_alpha({1: 10}, 1).reason == TOO_FEW
    assert binary_alpha({}, 2).reason == NO_UNITS
    assert binary_alpha({0: 6, 2: 4}, 2).value == 1.0
    assert binary_all_agree({0: 6, 2: 4}, 2).value == 1.0
    assert binary_all_agree({0: 6, 1: 4}, 1).reason == TOO_FEW
    assert krippendorff_alpha([[1], [None, 2]]).reason == NO_UNITS
    assert krippendorff_alpha([[1, 1], [1, 1]]).reason == NO_VARIATION


_VALUES = st.one_of(st.none(), st.integers(0, 3))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda c: st.lists(st.lists(_VALUES, min_size=c, max_size=c), min_size=1, max_size=30)
    )
)
def test_alpha_matches_the_krippendorff_package(units: list[list[int | None]]) -> None:
    ours = krippendorff_alpha(units)
    data = np.array([[np.nan if v is None else v for v in unit] for unit in units], dtype=float).T
    pairable = [u for u in units if sum(v is not None for v in u) >= 2]
    values = {v for u in pairable for v in u if v is not None}
    if ours.value is None:
        assert len(values) <= 1
        return
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert math.isclose(ours.value, theirs, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 6).flatmap(
        lambda c: st.lists(
            st.lists(st.integers(0, 1), min_size=c, max_size=c), min_size=1, max_size=40
        )
    )
)
def test_binary_alpha_and_kappa_from_counts_match_the_general_ones(units: list[list[int]]) -> None:
    coders = len(units[0])
    depth = Counter(sum(unit) for unit in units)
    _same(binary_alpha(depth, coders), krippendorff_alpha(units))
    a = [unit[0] for unit in units]
    b = [unit[1] for unit in units]
    table = Counter(zip(a, b, strict=True))
    _same(binary_kappa(len(units), sum(a), sum(b), table[1, 1]), cohen_kappa(table))


def _same(fast: Estimate, general: Estimate) -> None:
    assert fast.reason == general.reason
    if general.value is None:
        assert fast.value is None
    else:
        assert fast.value is not None
        assert math.isclose(fast.value, general.value, rel_tol=1e-12, abs_tol=1e-12)
