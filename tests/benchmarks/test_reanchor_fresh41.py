"""Re-anchoring accuracy on the forty-first round of fresh held-out material (fresh41).

Run with ``-s`` to see the tables: a restaurant menu, an allergen matrix, recipe cards, a
supplier order sheet, a temperature log, a staff rota, a school canteen's week, a Tai
Viet/Vietnamese notice and a Kayah Li/Thai notice, edited by twelve families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted; the truth of the families is checked, without placing anything, by
``test_fresh41_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh41_families import (
    FRESH41_FAMILIES,
    FRESH41_SEEDS,
    fresh41_spans,
    fresh41_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_first_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH41_SEEDS, FRESH41_FAMILIES, fresh41_text, fresh41_spans)
    print_all("forty-first fresh held-out material", tallies)
