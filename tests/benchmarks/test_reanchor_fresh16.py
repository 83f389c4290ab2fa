"""Re-anchoring accuracy on the sixteenth round of fresh held-out material (reanchor_fresh16_*).

Run with ``-s`` to see the tables: a committee's transcript of evidence, a storm's live
blog, a chapel's hymn sheet, an interview's subtitle cues, a court hearing in Q./A. turns, a
football commentary, a Welsh and English council record and a Japanese and English press
conference, whose stock replies and refrains stand many times word for word, edited by
eleven families and their mix, written without looking at the re-anchoring code and never
tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh16_families import (
    FRESH16_FAMILIES,
    FRESH16_SEEDS,
    fresh16_spans,
    fresh16_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_sixteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH16_SEEDS, FRESH16_FAMILIES, fresh16_text, fresh16_spans)
    print_all("sixteenth fresh held-out material", tallies)
