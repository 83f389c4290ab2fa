"""Re-anchoring accuracy on the thirty-third round of fresh held-out material (fresh33).

Run with ``-s`` to see the tables: a library's new-accessions list, an archive's finding aid, a
museum's accession register, an exhibition's object labels, a reading room's opening hours and
closures, a conservation studio's treatment log, a Telugu/English district library notice and a
Lao/English provincial museum notice, edited by twelve families and their mix, written without
looking at the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh33_families import (
    FRESH33_FAMILIES,
    FRESH33_SEEDS,
    fresh33_spans,
    fresh33_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_third_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH33_SEEDS, FRESH33_FAMILIES, fresh33_text, fresh33_spans)
    print_all("thirty-third fresh held-out material", tallies)
