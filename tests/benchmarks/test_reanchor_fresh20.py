"""Re-anchoring accuracy on the twentieth round of fresh held-out material (reanchor_fresh20_*).

Run with ``-s`` to see the tables: a journal article's preprint, a peer-review report with
the authors' response, an encyclopaedia article, a policy white paper, a court judgment, a
research group's minutes, a thesis's German and English abstracts and a Japanese and
English conference abstract, each revised between versions by eleven families and their
mix, written without looking at the re-anchoring code and never tuned on. Figures are
printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh20_families import (
    FRESH20_FAMILIES,
    FRESH20_SEEDS,
    fresh20_spans,
    fresh20_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twentieth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH20_SEEDS, FRESH20_FAMILIES, fresh20_text, fresh20_spans)
    print_all("twentieth fresh held-out material", tallies)
