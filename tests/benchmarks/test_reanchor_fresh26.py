"""Re-anchoring accuracy on the twenty-sixth round of fresh held-out material (reanchor_fresh26_*).

Run with ``-s`` to see the tables: a live football report that became the final one, a
league table and round-up, race results, a revised obituary, a theatre review with star
ratings, a TV and radio listings page, a Khmer/English notice and a Tibetan/English one,
edited by twelve families and their mix, written without looking at the re-anchoring code
and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh26_families import (
    FRESH26_FAMILIES,
    FRESH26_SEEDS,
    fresh26_spans,
    fresh26_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_sixth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH26_SEEDS, FRESH26_FAMILIES, fresh26_text, fresh26_spans)
    print_all("twenty-sixth fresh held-out material", tallies)
