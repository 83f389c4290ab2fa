"""Re-anchoring accuracy on the sixth round of fresh held-out material (``reanchor_fresh6_*``).

Run with ``-s`` to see the tables: a product recall notice, a football live commentary, a
parliamentary written answer, an abstract book, a wiki-style village article, a weather
warning, a subtitle script and a multilingual community newsletter, edited by eleven
families and their mix, written without looking at the re-anchoring code and never tuned
on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh6_families import (
    FRESH6_FAMILIES,
    FRESH6_SEEDS,
    fresh6_spans,
    fresh6_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_sixth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH6_SEEDS, FRESH6_FAMILIES, fresh6_text, fresh6_spans)
    print_all("sixth fresh held-out material", tallies)
