"""Re-anchoring accuracy on the twenty-ninth round of fresh held-out material (fresh29).

Run with ``-s`` to see the tables: a staff handbook's policies, a ward's shift rota, a
cleaning product's safety data sheet, a press's operating procedure, a maintenance log, a
job advert with a second role, a Sinhala/English safety notice and an Inuktitut/English
notice, edited by twelve families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh29_families import (
    FRESH29_FAMILIES,
    FRESH29_SEEDS,
    fresh29_spans,
    fresh29_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_ninth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH29_SEEDS, FRESH29_FAMILIES, fresh29_text, fresh29_spans)
    print_all("twenty-ninth fresh held-out material", tallies)
