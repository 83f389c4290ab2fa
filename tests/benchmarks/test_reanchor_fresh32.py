"""Re-anchoring accuracy on the thirty-second round of fresh held-out material (fresh32).

Run with ``-s`` to see the tables: a livestock market's sale catalogue, an agricultural show's
prize list, a farm's field operations record, a dairy's milk collection report, a grain
store's weighbridge intake log, a growers' cooperative sowing calendar, an Odia/English
producer company notice and a Tamazight/English argan cooperative notice, edited by twelve
families and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh32_families import (
    FRESH32_FAMILIES,
    FRESH32_SEEDS,
    fresh32_spans,
    fresh32_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_second_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH32_SEEDS, FRESH32_FAMILIES, fresh32_text, fresh32_spans)
    print_all("thirty-second fresh held-out material", tallies)
