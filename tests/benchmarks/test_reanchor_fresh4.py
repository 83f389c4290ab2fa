"""Re-anchoring accuracy on the fourth round of fresh held-out material (``reanchor_fresh4_*``).

Run with ``-s`` to see the tables: a science news piece with citations, a recipe, a
Commons debate, a press release with its boilerplate twice, a concert review quoting a
refrain, an Arabic-Hebrew brief and a Japanese article, edited by twelve families
written without looking at the re-anchoring code and never tuned on. Figures are
printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh4_families import (
    FRESH4_FAMILIES,
    FRESH4_SEEDS,
    fresh4_spans,
    fresh4_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fourth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH4_SEEDS, FRESH4_FAMILIES, fresh4_text, fresh4_spans)
    print_all("fourth fresh held-out material", tallies)
