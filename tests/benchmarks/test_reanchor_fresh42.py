"""Re-anchoring accuracy on the forty-second round of fresh held-out material (fresh42).

Run with ``-s`` to see the tables: a repairs log, a service-charge schedule, a residents'
rota, the minutes of a general meeting, fire-safety notices, a waiting list, a parking-permit
register, a Cham/Vietnamese notice and a Rejang/Indonesian notice, edited by twelve families and
their mix, written without looking at the re-anchoring code and never tuned on. Figures are
printed, not asserted; the truth of the families is checked, without placing anything, by
``test_fresh42_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh42_families import (
    FRESH42_FAMILIES,
    FRESH42_SEEDS,
    fresh42_spans,
    fresh42_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_second_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH42_SEEDS, FRESH42_FAMILIES, fresh42_text, fresh42_spans)
    print_all("forty-second fresh held-out material", tallies)
