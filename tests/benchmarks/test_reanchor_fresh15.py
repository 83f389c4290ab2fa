"""Re-anchoring accuracy on the fifteenth round of fresh held-out material (reanchor_fresh15_*).

Run with ``-s`` to see the tables: a container ship's cargo manifest, a care home's daily
log, a lab notebook, a parish register of baptisms, a timetable's footnotes, a Greek and
English harbour notice, a Vietnamese and English Tết market's stall register and a
council's weekly planning list, edited by eleven families and their mix, written without
looking at the re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh15_families import (
    FRESH15_FAMILIES,
    FRESH15_SEEDS,
    fresh15_spans,
    fresh15_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_fifteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH15_SEEDS, FRESH15_FAMILIES, fresh15_text, fresh15_spans)
    print_all("fifteenth fresh held-out material", tallies)
