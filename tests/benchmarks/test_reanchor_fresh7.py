"""Re-anchoring accuracy on the seventh round of fresh held-out material (``reanchor_fresh7_*``).

Run with ``-s`` to see the tables: a court judgment, a quarterly results release, a recipe
collection, a conference programme, a poem anthology, a forum thread, a Persian carpet
auction catalogue and a social-media digest, edited by eleven families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed,
not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh7_families import (
    FRESH7_FAMILIES,
    FRESH7_SEEDS,
    fresh7_spans,
    fresh7_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_seventh_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH7_SEEDS, FRESH7_FAMILIES, fresh7_text, fresh7_spans)
    print_all("seventh fresh held-out material", tallies)
