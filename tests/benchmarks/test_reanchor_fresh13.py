"""Re-anchoring accuracy on the thirteenth round of fresh held-out material (reanchor_fresh13_*).

Run with ``-s`` to see the tables: a school timetable and term calendar, a hotel's house
rules, a cycling club's route sheet, a town council's budget summary, a ferry's safety
card, a Georgian and English botanical garden notice, a Swahili and English water notice
and a utility bill's explanatory notes, edited by eleven families and their mix, written
without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh13_families import (
    FRESH13_FAMILIES,
    FRESH13_SEEDS,
    fresh13_spans,
    fresh13_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH13_SEEDS, FRESH13_FAMILIES, fresh13_text, fresh13_spans)
    print_all("thirteenth fresh held-out material", tallies)
