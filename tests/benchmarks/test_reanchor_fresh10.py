"""Re-anchoring accuracy on the tenth round of fresh held-out material (``reanchor_fresh10_*``).

Run with ``-s`` to see the tables: a university course catalogue, a weekly paper's
classified and lost-and-found column, a pub quiz sheet with its answers, a Colombo tea
auction report, a walking guide to the Kumano Kodō, an evening Hebrew class's lesson notes,
a cricket league's round-up and a public library's bulletin, edited by eleven families and
their mix, written without looking at the re-anchoring code and never tuned on. Figures
are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh10_families import (
    FRESH10_FAMILIES,
    FRESH10_SEEDS,
    fresh10_spans,
    fresh10_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_tenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH10_SEEDS, FRESH10_FAMILIES, fresh10_text, fresh10_spans)
    print_all("tenth fresh held-out material", tallies)
