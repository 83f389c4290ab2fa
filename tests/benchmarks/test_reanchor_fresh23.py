"""Re-anchoring accuracy on the twenty-third round of fresh held-out material (reanchor_fresh23_*).

Run with ``-s`` to see the tables: a social-media thread's export, an encyclopaedia
article's revision, an exam paper with its mark scheme, a glossary, a community Q&A page, a
fan wiki's episode list, and Amharic/English and Yoruba/English community notice boards,
texts that crowds write and platforms re-export, edited by thirteen families and their mix,
written without looking at the re-anchoring code and never tuned on. Figures are printed,
not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh23_families import (
    FRESH23_FAMILIES,
    FRESH23_SEEDS,
    fresh23_spans,
    fresh23_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_twenty_third_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH23_SEEDS, FRESH23_FAMILIES, fresh23_text, fresh23_spans)
    print_all("twenty-third fresh held-out material", tallies)
