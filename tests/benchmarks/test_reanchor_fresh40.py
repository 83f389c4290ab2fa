"""Re-anchoring accuracy on the fortieth round of fresh held-out material (fresh40).

Run with ``-s`` to see the tables: a bench protocol, a safety data sheet, a reagent and freezer
inventory, an instrument booking rota, a lab induction checklist, a paper's methods section, a
Bamum/French notice and a Batak/Indonesian notice, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted; the truth of the families is checked, without placing anything, by
``test_fresh40_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh40_families import (
    FRESH40_FAMILIES,
    FRESH40_SEEDS,
    fresh40_spans,
    fresh40_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fortieth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH40_SEEDS, FRESH40_FAMILIES, fresh40_text, fresh40_spans)
    print_all("fortieth fresh held-out material", tallies)
