"""Re-anchoring accuracy on fresh held-out material (``reanchor_fresh_families``).

Run with ``-s`` to see the tables: council minutes, a court report, a mixed-script festival
report and a long feature, edited by eight families written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh_families import (
    FRESH_FAMILIES,
    FRESH_SEEDS,
    fresh_spans,
    fresh_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH_SEEDS, FRESH_FAMILIES, fresh_text, fresh_spans)
    print_all("fresh held-out material", tallies)
