"""Re-anchoring accuracy on the thirty-ninth round of fresh held-out material (fresh39).

Run with ``-s`` to see the tables: an exam timetable, a course catalogue, a graduation order, a
results and resits notice, a reading list, a prize list, an Osage/English notice and a
Sundanese/Indonesian notice, edited by twelve families and their mix, written without looking
at the re-anchoring code and never tuned on. Figures are printed, not asserted; the truth of the
families is checked, without placing anything, by ``test_fresh39_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh39_families import (
    FRESH39_FAMILIES,
    FRESH39_SEEDS,
    fresh39_spans,
    fresh39_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_ninth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH39_SEEDS, FRESH39_FAMILIES, fresh39_text, fresh39_spans)
    print_all("thirty-ninth fresh held-out material", tallies)
