"""Re-anchoring accuracy on the forty-sixth round of fresh held-out material (fresh46).

Run with ``-s`` to see the tables: a trail-conditions list, campsite pitch bookings, a permit
and fee table, a ranger duty roster, a wildlife-sightings log, a shuttle-bus timetable,
fire-danger notices, a New Tai Lue/Chinese notice and a Newa/Nepali notice, edited by twelve
families and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted; the truth of the families is checked, without placing
anything, by ``test_fresh46_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh46_families import (
    FRESH46_FAMILIES,
    FRESH46_SEEDS,
    fresh46_spans,
    fresh46_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_sixth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH46_SEEDS, FRESH46_FAMILIES, fresh46_text, fresh46_spans)
    print_all("forty-sixth fresh held-out material", tallies)
