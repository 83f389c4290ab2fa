"""Re-anchoring accuracy on the eighth round of fresh held-out material (``reanchor_fresh8_*``).

Run with ``-s`` to see the tables: a supply contract, an e-mail thread, a medicine's
package leaflet, a cycling stage report, a page of bilingual Chinese and English press
releases, a railway division's Hindi and English passenger notices, a program's release
notes and a hotel's guest reviews, edited by eleven families and their mix, written
without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh8_families import (
    FRESH8_FAMILIES,
    FRESH8_SEEDS,
    fresh8_spans,
    fresh8_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_eighth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH8_SEEDS, FRESH8_FAMILIES, fresh8_text, fresh8_spans)
    print_all("eighth fresh held-out material", tallies)
