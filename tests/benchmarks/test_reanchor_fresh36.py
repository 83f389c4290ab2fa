"""Re-anchoring accuracy on the thirty-sixth round of fresh held-out material (fresh36).

Run with ``-s`` to see the tables: an avalanche bulletin, a mountain rescue team's
call-out log, a hut warden's booking and closure list, a trail and pass conditions
report, a severe-weather warning page, a Lepcha/English notice from Sikkim and a
Limbu/English notice from eastern Nepal, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are
printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh36_families import (
    FRESH36_FAMILIES,
    FRESH36_SEEDS,
    fresh36_spans,
    fresh36_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_sixth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH36_SEEDS, FRESH36_FAMILIES, fresh36_text, fresh36_spans)
    print_all("thirty-sixth fresh held-out material", tallies)
