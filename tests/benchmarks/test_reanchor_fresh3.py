"""Re-anchoring accuracy on the third round of fresh held-out material (``reanchor_fresh3_*``).

Run with ``-s`` to see the tables: a Court of Appeal judgment, a match report, a results
release, a long read, an interview transcript and a bilingual council notice, edited by
eleven families written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh3_families import (
    FRESH3_FAMILIES,
    FRESH3_SEEDS,
    fresh3_spans,
    fresh3_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_third_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH3_SEEDS, FRESH3_FAMILIES, fresh3_text, fresh3_spans)
    print_all("third fresh held-out material", tallies)
