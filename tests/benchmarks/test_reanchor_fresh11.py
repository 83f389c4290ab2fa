"""Re-anchoring accuracy on the eleventh round of fresh held-out material (``reanchor_fresh11_*``).

Run with ``-s`` to see the tables: a local history podcast's transcript, a patent's claims,
a museum's audio-guide script, a bus network change notice, a tenancy agreement, a sailing
club's race instructions, a Korean cooking class handout and a Marathi and English
festival notice, edited by eleven families and their mix, written without looking at the
re-anchoring code and never tuned on. Figures are printed, not asserted.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.reanchor_fresh11_families import (
    FRESH11_FAMILIES,
    FRESH11_SEEDS,
    fresh11_spans,
    fresh11_text,
)
from tests.benchmarks.test_reanchor_accuracy import evaluate, print_all

pytestmark = pytest.mark.benchmark


def test_reanchoring_accuracy_on_eleventh_fresh_held_out_material() -> None:
    tallies = evaluate(FRESH11_SEEDS, FRESH11_FAMILIES, fresh11_text, fresh11_spans)
    print_all("eleventh fresh held-out material", tallies)
