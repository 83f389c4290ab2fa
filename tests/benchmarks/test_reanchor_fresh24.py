"""Re-anchoring accuracy on the twenty-fourth round of fresh held-out material (reanchor_fresh24_*).

Run with ``-s`` to see the tables: an oral-history interview transcript with line numbers,
a survey's open answers, a focus group's transcript, ethnographic field notes, a speech as
prepared, a family's letters, a Persian/English transcript and Kazakh letters in Cyrillic,
Latin and English, edited by twelve families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh24_families import (
    FRESH24_FAMILIES,
    FRESH24_SEEDS,
    fresh24_spans,
    fresh24_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_fourth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH24_SEEDS, FRESH24_FAMILIES, fresh24_text, fresh24_spans)
    print_all("twenty-fourth fresh held-out material", tallies)
