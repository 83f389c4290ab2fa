"""Re-anchoring accuracy on the thirtieth round of fresh held-out material (fresh30).

Run with ``-s`` to see the tables: a medicine's patient leaflet, a surgery's opening hours
and services, a childhood vaccination schedule, a hospital discharge letter, a care home's
menu, a laboratory results report, a Mongolian/English and a Cherokee/English clinic notice,
edited by twelve families and their mix, written without looking at the re-anchoring code
and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh30_families import (
    FRESH30_FAMILIES,
    FRESH30_SEEDS,
    fresh30_spans,
    fresh30_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirtieth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH30_SEEDS, FRESH30_FAMILIES, fresh30_text, fresh30_spans)
    print_all("thirtieth fresh held-out material", tallies)
