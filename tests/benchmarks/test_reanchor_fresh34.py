"""Re-anchoring accuracy on the thirty-fourth round of fresh held-out material (fresh34).

Run with ``-s`` to see the tables: an order paper, a division list, a register of members'
interests, written questions and answers, a select committee's meeting schedule, a Hansard
corrections list, a Kannada/English state legislature notice and a Syriac/English regional
assembly notice, edited by twelve families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh34_families import (
    FRESH34_FAMILIES,
    FRESH34_SEEDS,
    fresh34_spans,
    fresh34_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_fourth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH34_SEEDS, FRESH34_FAMILIES, fresh34_text, fresh34_spans)
    print_all("thirty-fourth fresh held-out material", tallies)
