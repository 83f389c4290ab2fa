"""Re-anchoring accuracy on the twenty-second round of fresh held-out material (reanchor_fresh22_*).

Run with ``-s`` to see the tables: a newspaper page run through OCR, an e-mail thread
exported to text, a scraped news article, a PDF report's extracted text, a screenplay, a
machine-translated article, a Hebrew and English guide and a Thai and English notice, as
the tools emit them, edited by eleven families and their mix, written without looking at
the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh22_families import (
    FRESH22_FAMILIES,
    FRESH22_SEEDS,
    fresh22_spans,
    fresh22_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_second_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH22_SEEDS, FRESH22_FAMILIES, fresh22_text, fresh22_spans)
    print_all("twenty-second fresh held-out material", tallies)
