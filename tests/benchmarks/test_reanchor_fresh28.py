"""Re-anchoring accuracy on the twenty-eighth round of fresh held-out material (fresh28).

Run with ``-s`` to see the tables: a bank's schedule of fees, a privacy policy, a
parcel-tracking history, a product listing, an invoice and statement, an app's help centre,
a Malayalam/English bill notice and a Dhivehi/English operator's notice, edited by twelve
families and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh28_families import (
    FRESH28_FAMILIES,
    FRESH28_SEEDS,
    fresh28_spans,
    fresh28_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_eighth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH28_SEEDS, FRESH28_FAMILIES, fresh28_text, fresh28_spans)
    print_all("twenty-eighth fresh held-out material", tallies)
