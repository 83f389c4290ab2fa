"""Re-anchoring accuracy on the thirty-seventh round of fresh held-out material (fresh37).

Run with ``-s`` to see the tables: a statement of persons nominated, a notice of polling
stations, results by ward, a recount notice with amended results, voter guidance, a Pular/French
notice in Adlam and a Northern Thai notice in Tai Tham, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted; the truth of the families is checked, without placing anything, by
``test_fresh37_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh37_families import (
    FRESH37_FAMILIES,
    FRESH37_SEEDS,
    fresh37_spans,
    fresh37_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_seventh_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH37_SEEDS, FRESH37_FAMILIES, fresh37_text, fresh37_spans)
    print_all("thirty-seventh fresh held-out material", tallies)
