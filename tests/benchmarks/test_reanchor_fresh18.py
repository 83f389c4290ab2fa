"""Re-anchoring accuracy on the eighteenth round of fresh held-out material (reanchor_fresh18_*).

Run with ``-s`` to see the tables: a ferry timetable notice, a parish register, a patent's
claims, a hymn book, a shipping forecast, a commodity market report, an Arabic and English
municipal notice and a Korean and English station announcement list, lists of
near-identical blocks edited by eleven families and their mix, written without looking at
the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh18_families import (
    FRESH18_FAMILIES,
    FRESH18_SEEDS,
    fresh18_spans,
    fresh18_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_eighteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH18_SEEDS, FRESH18_FAMILIES, fresh18_text, fresh18_spans)
    print_all("eighteenth fresh held-out material", tallies)
