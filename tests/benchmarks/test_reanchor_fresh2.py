"""Re-anchoring accuracy on the second round of fresh held-out material (``reanchor_fresh2_*``).

Run with ``-s`` to see the tables: a live blog, press releases, question time, an obituary,
a how-to and a multilingual press review, edited by ten families written without looking
at the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh2_families import (
    FRESH2_FAMILIES,
    FRESH2_SEEDS,
    fresh2_spans,
    fresh2_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_second_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH2_SEEDS, FRESH2_FAMILIES, fresh2_text, fresh2_spans)
    print_all("second fresh held-out material", tallies)
