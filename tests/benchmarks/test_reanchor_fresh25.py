"""Re-anchoring accuracy on the twenty-fifth round of fresh held-out material (reanchor_fresh25_*).

Run with ``-s`` to see the tables: a fact-check article, a media-monitoring digest, a TV
news rundown, a wire agency's daily budget, a corrections column, a reader-comments page, a
Burmese/English notice and an Armenian/English one, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed,
not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh25_families import (
    FRESH25_FAMILIES,
    FRESH25_SEEDS,
    fresh25_spans,
    fresh25_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_fifth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH25_SEEDS, FRESH25_FAMILIES, fresh25_text, fresh25_spans)
    print_all("twenty-fifth fresh held-out material", tallies)
