"""Re-anchoring accuracy on the thirty-first round of fresh held-out material (fresh31).

Run with ``-s`` to see the tables: a harbour's tide table, an inshore waters forecast and its
reissue, notices to mariners, a marina's berth list, a list of lights and buoys, a fish
market's auction prices, a Gujarati/English port notice and a Javanese/English fishing
cooperative notice, edited by twelve families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    FRESH31_SEEDS,
    fresh31_spans,
    fresh31_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_first_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH31_SEEDS, FRESH31_FAMILIES, fresh31_text, fresh31_spans)
    print_all("thirty-first fresh held-out material", tallies)
