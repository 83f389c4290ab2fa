"""The cheap bound never skips a partial_ratio call that would have found a stretch."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from desktop_app.core.partial_bound import may_reach
from tests.storage.builders import prose


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdefghij ", min_size=65, max_size=120),
    st.text(alphabet="fghijklmnop ", min_size=0, max_size=400),
    st.sampled_from([40, 50, 60, 75, 90]),
)
def test_a_skipped_call_would_have_found_nothing(needle: str, haystack: str, cutoff: int) -> None:
    if not may_reach(needle, haystack, cutoff):
        assert fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=cutoff) is None


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 200), st.sampled_from([75, 90]))
def test_a_copy_edited_in_a_few_places_is_never_skipped(seed: int, at: int, cutoff: int) -> None:
    rng = random.Random(seed)
    text = prose(rng, 600)
    needle = text[100:220]
    edited = list(needle)
    for _ in range(3):
        edited[rng.randrange(len(edited))] = "#"
    haystack = text[300:][:at] + "".join(edited) + text[400:]
    assert fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=cutoff) is not None
    assert may_reach(needle, haystack, cutoff)


def test_unrelated_prose_is_skipped_mostly() -> None:
    rng = random.Random(4)
    skipped = 0
    for _ in range(50):
        text = prose(rng, 2_000)
        skipped += not may_reach(text[:120], text[600:1100], 75)
    assert skipped > 25
