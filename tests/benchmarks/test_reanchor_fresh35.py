"""Re-anchoring accuracy on the thirty-fifth round of fresh held-out material (fresh35).

Run with ``-s`` to see the tables: a daily cause list, a judgment with numbered paragraphs, a
magistrates' court register of results, an employment tribunal's list of decisions, a coroner's
list of inquests, a practice direction with its amendment history, a Santali/English notice in
Ol Chiki and a Manipuri/English notice in Meetei Mayek, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh35_families import (
    FRESH35_FAMILIES,
    FRESH35_SEEDS,
    fresh35_spans,
    fresh35_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_fifth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH35_SEEDS, FRESH35_FAMILIES, fresh35_text, fresh35_spans)
    print_all("thirty-fifth fresh held-out material", tallies)
