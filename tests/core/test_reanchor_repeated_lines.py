"""A line printed more than once keeps its placement while it stands beside a neighbour it had."""

from __future__ import annotations

import random

import pytest

from desktop_app.core import reanchor
from tests.benchmarks.reanchor_families import FAMILIES, annotated_spans
from tests.benchmarks.reanchor_new_families import NEW_FAMILIES, new_text
from tests.benchmarks.test_reanchor_accuracy import _base_text, edited_cases
from tests.core.test_reanchor import _updated_once
from tests.storage.edit_simulation import TrackedText, Truth

CREDIT = "Reporting by Aigerim Seitkali; Editing by Mark Potter."


def _credit_case() -> tuple[str, str, tuple[int, int], Truth]:
    """A case of the benchmark's "moved then edited" (new held-out material): the
    paragraph after the last of three credits moved away, edited; the credit still
    follows the paragraph it followed."""
    family, rate, seed = "moved then edited", 3.0, 2004
    rng = random.Random(f"{family}/{rate}/{seed}")
    text = new_text(seed, rng)
    spans = annotated_spans(rng, text, 60)
    tracked = TrackedText(text)
    NEW_FAMILIES[family](tracked, rng, rate)
    span = text.rindex(CREDIT), text.rindex(CREDIT) + len(CREDIT)
    assert span in spans
    assert text.count(CREDIT) > 1
    (truth,) = tracked.truths([span])
    return text, tracked.text, span, truth


def test_a_repeated_line_beside_the_neighbour_it_had_is_placed() -> None:
    old, new, span, truth = _credit_case()
    result = _updated_once(old, span, new)
    assert result.state == "moved"
    assert truth.verdict(result.placement) == "right"


def test_without_the_neighbour_a_repeated_line_that_left_its_place_is_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reanchor, "kept_one_side_alone", lambda *_: False)
    old, new, span, _ = _credit_case()
    assert _updated_once(old, span, new).state == "review"


def test_a_side_shared_by_both_copies_of_a_repeated_paragraph_is_no_evidence() -> None:
    """A case of the benchmark's "typos" (development seeds): a paragraph printed twice,
    typos in both; the passage's suffix lies inside the paragraph, so both copies have it,
    and the copy the diff chose does not stand beside the original's neighbours."""
    cases = edited_cases(range(0, 1), {"typos": FAMILIES["typos"]}, _base_text, annotated_spans)
    case = next(case for case in cases if case.label.endswith("rate 8.0 seed 0"))
    head = "that critical minerals were the real prize according to two people familiar"
    span = next(span for span in case.spans if case.text[span[0] :].startswith(head))
    assert case.text.count(case.text[span[0] : span[1]]) > 1
    (truth,) = case.tracked.truths([span])
    placement = _updated_once(case.text, span, case.tracked.text).placement
    assert truth.verdict(placement) != "wrong"
