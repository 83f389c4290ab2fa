"""Re-anchoring accuracy on the fourteenth round of fresh held-out material (reanchor_fresh14_*).

Run with ``-s`` to see the tables: a theatre programme, a county court's cause list, a
swimming gala's results, an online forum's FAQ, a Catalan, Spanish and English festa major
notice, a Punjabi and English gurdwara langar notice, a marathon's runner pack and a parish
church's notice sheet, edited by eleven families and their mix, written without looking at
the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh14_families import (
    FRESH14_FAMILIES,
    FRESH14_SEEDS,
    fresh14_spans,
    fresh14_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fourteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH14_SEEDS, FRESH14_FAMILIES, fresh14_text, fresh14_spans)
    print_all("fourteenth fresh held-out material", tallies)
