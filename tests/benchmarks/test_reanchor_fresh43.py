"""Re-anchoring accuracy on the forty-third round of fresh held-out material (fresh43).

Run with ``-s`` to see the tables: a concert programme, a rehearsal schedule, a player list by
desk, a box-office price list, programme notes, a music-library loan register, a choir's
seating plan, a Buginese/Indonesian notice and a Buhid/Filipino notice, edited by twelve
families and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted; the truth of the families is checked, without placing
anything, by ``test_fresh43_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh43_families import (
    FRESH43_FAMILIES,
    FRESH43_SEEDS,
    fresh43_spans,
    fresh43_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_third_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH43_SEEDS, FRESH43_FAMILIES, fresh43_text, fresh43_spans)
    print_all("forty-third fresh held-out material", tallies)
