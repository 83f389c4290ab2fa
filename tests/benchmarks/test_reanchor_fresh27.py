"""Re-anchoring accuracy on the twenty-seventh round of fresh held-out material (fresh27).

Run with ``-s`` to see the tables: a humanitarian situation report, an outbreak bulletin with a
case table, a travel disruption page, a school closures list, a departures board, a power-cut
status page, an N'Ko/French notice and a Balinese/Indonesian one, edited by twelve families
and their mix, written without looking at the re-anchoring code and never tuned on. Figures
are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh27_families import (
    FRESH27_FAMILIES,
    FRESH27_SEEDS,
    fresh27_spans,
    fresh27_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_seventh_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH27_SEEDS, FRESH27_FAMILIES, fresh27_text, fresh27_spans)
    print_all("twenty-seventh fresh held-out material", tallies)
