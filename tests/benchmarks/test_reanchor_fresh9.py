"""Re-anchoring accuracy on the ninth round of fresh held-out material (``reanchor_fresh9_*``).

Run with ``-s`` to see the tables: a river and flood levels bulletin, a television
listings page, a gallery's wall labels, a bill's amendment paper, an estate agent's
listings, a chess tournament's round bulletin, a Bengali and English community weekly and
an animal rescue's adoption page, edited by eleven families and their mix, written
without looking at the re-anchoring code and never tuned on. Figures are printed, not
asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh9_families import (
    FRESH9_FAMILIES,
    FRESH9_SEEDS,
    fresh9_spans,
    fresh9_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_ninth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH9_SEEDS, FRESH9_FAMILIES, fresh9_text, fresh9_spans)
    print_all("ninth fresh held-out material", tallies)
