"""Re-anchoring accuracy on the fifth round of fresh held-out material (``reanchor_fresh5_*``).

Run with ``-s`` to see the tables: a travel and weather bulletin, an election night
results page, an inquiry timeline, a play scene, a group chat export, an energy price
explainer, an Asia transport digest (Thai and Korean) and a festival digest (Hindi and
Greek), edited by eleven families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh5_families import (
    FRESH5_FAMILIES,
    FRESH5_SEEDS,
    fresh5_spans,
    fresh5_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fifth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH5_SEEDS, FRESH5_FAMILIES, fresh5_text, fresh5_spans)
    print_all("fifth fresh held-out material", tallies)
