"""Re-anchoring accuracy on the forty-fifth round of fresh held-out material (fresh45).

Run with ``-s`` to see the tables: a weekly programme schedule, a playlist log, a transmitter
and frequency table, an advertising rate card, a news-bulletin rundown, a presenter and
technician rota, a listener-competition winners list, a Lisu/Chinese notice and a
Saurashtra/Tamil notice, edited by twelve families and their mix, written without looking at
the re-anchoring code and never tuned on. Figures are printed, not asserted; the truth of the
families is checked, without placing anything, by ``test_fresh45_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh45_families import (
    FRESH45_FAMILIES,
    FRESH45_SEEDS,
    fresh45_spans,
    fresh45_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_forty_fifth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH45_SEEDS, FRESH45_FAMILIES, fresh45_text, fresh45_spans)
    print_all("forty-fifth fresh held-out material", tallies)
