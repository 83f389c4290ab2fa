"""Re-anchoring accuracy on the forty-fourth round of fresh held-out material (fresh44).

Run with ``-s`` to see the tables: a departures and arrivals board, a seasonal timetable, a
fare table, a notice-to-airmen digest, a lost-property log, a staff duty roster, a
baggage-allowance table, a Tagbanwa/Filipino notice and a Hanunoo/Filipino notice, edited by
twelve families and their mix, written without looking at the re-anchoring code and never tuned
on. Figures are printed, not asserted; the truth of the families is checked, without placing
anything, by ``test_fresh44_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh44_families import (
    FRESH44_FAMILIES,
    FRESH44_SEEDS,
    fresh44_spans,
    fresh44_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_fourth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH44_SEEDS, FRESH44_FAMILIES, fresh44_text, fresh44_spans)
    print_all("forty-fourth fresh held-out material", tallies)
