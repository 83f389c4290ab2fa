"""Re-anchoring accuracy on the seventeenth round of fresh held-out material (reanchor_fresh17_*).

Run with ``-s`` to see the tables: a tenancy agreement, a family recipe collection, a
software changelog, a school newsletter, a kettle's safety leaflet in German, French and
Italian, a Hindi and English railway circular, a Sunday league round-up and a museum
catalogue, numbered documents whose sections cross-refer and share bullets, edited by eleven
families and their mix, written without looking at the re-anchoring code and never tuned
on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh17_families import (
    FRESH17_FAMILIES,
    FRESH17_SEEDS,
    fresh17_spans,
    fresh17_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_seventeenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH17_SEEDS, FRESH17_FAMILIES, fresh17_text, fresh17_spans)
    print_all("seventeenth fresh held-out material", tallies)
