"""Re-anchoring accuracy on the twelfth round of fresh held-out material (``reanchor_fresh12_*``).

Run with ``-s`` to see the tables: a wiki talk page, a restaurant menu with allergen codes,
a home insurance policy's wording, a video game's patch notes, a job advertisement, an
allotment society's newsletter, an Irish and English ferry notice and a Tamil school's term
letter, edited by eleven families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh12_families import (
    FRESH12_FAMILIES,
    FRESH12_SEEDS,
    fresh12_spans,
    fresh12_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twelfth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH12_SEEDS, FRESH12_FAMILIES, fresh12_text, fresh12_spans)
    print_all("twelfth fresh held-out material", tallies)
