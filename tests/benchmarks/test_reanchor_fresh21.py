"""Re-anchoring accuracy on the twenty-first round of fresh held-out material (reanchor_fresh21_*).

Run with ``-s`` to see the tables: a bill as amended in committee, an interview transcript,
an English SDH subtitle file, a software project's README and changelog, a router's manual
and FAQ, a hymn with its refrain and a Welsh singing version, a Welsh and English
oral-history transcript and a Korean and English subtitle pair, edited by eleven families
and their mix, written without looking at the re-anchoring code and never tuned on.
Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh21_families import (
    FRESH21_FAMILIES,
    FRESH21_SEEDS,
    fresh21_spans,
    fresh21_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_first_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH21_SEEDS, FRESH21_FAMILIES, fresh21_text, fresh21_spans)
    print_all("twenty-first fresh held-out material", tallies)
