"""Re-anchoring accuracy on the nineteenth round of fresh held-out material (reanchor_fresh19_*).

Run with ``-s`` to see the tables: news articles as they change on the web through a day (a
wire story re-issued as writethrus, a long-read with pull quotes and captions, a live blog
turned into a story, a Q&A interview, a local paper's syndicated copy, a court report, and
Spanish/English and Chinese/English community paper articles), edited by eleven families and
their mix, written without looking at the re-anchoring code and never tuned on. Figures are
printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh19_families import (
    FRESH19_FAMILIES,
    FRESH19_SEEDS,
    fresh19_spans,
    fresh19_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_nineteenth_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH19_SEEDS, FRESH19_FAMILIES, fresh19_text, fresh19_spans)
    print_all("nineteenth fresh held-out material", tallies)
