"""Re-anchoring accuracy on the thirty-eighth round of fresh held-out material (fresh38).

Run with ``-s`` to see the tables: a museum's object labels, its gallery guide by rooms, an
exhibition checklist, the loans-out register with amended entries, conservation notes, visitors'
questions and answers, a Vai/English label case and a Chakma label case, edited by twelve
families and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted; the truth of the families is checked, without placing
anything, by ``test_fresh38_families_truth``.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh38_families import (
    FRESH38_FAMILIES,
    FRESH38_SEEDS,
    fresh38_spans,
    fresh38_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_thirty_seventh_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH38_SEEDS, FRESH38_FAMILIES, fresh38_text, fresh38_spans)
    print_all("thirty-eighth fresh held-out material", tallies)
