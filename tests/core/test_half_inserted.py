"""The bound on spans half inserted, and the search after a diff it lets map_through skip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import diff_placement
from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_placement import NEW_TEXT, map_through
from desktop_app.core.quote_candidates import QUOTE_FLOOR

WORDS = ["alpha ", "beta ", "gamma ", "delta. ", "\n", "epsilon ", "zeta, ", "eta "]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map("".join)


def _longest_by_every_span(alignment: Alignment) -> int:
    """The longest new span that :meth:`Alignment.unaligned_share` finds half inserted."""
    length = len(alignment.new)
    return max(
        (
            hi - lo
            for lo in range(length)
            for hi in range(lo + 1, length + 1)
            if alignment.unaligned_share(lo, hi) >= NEW_TEXT
        ),
        default=0,
    )


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS)
def test_no_span_half_inserted_is_longer_than_the_bound(old: str, new: str) -> None:
    alignment = Alignment(old, new)
    assert _longest_by_every_span(alignment) <= alignment.longest_half_inserted()


def test_the_bound_is_twice_one_inserted_stretch_in_a_long_text() -> None:
    old = "alpha beta gamma delta epsilon zeta " * 4
    new = old[:72] + "INSERTED " + old[72:]
    assert Alignment(old, new).longest_half_inserted() == 2 * len("INSERTED ")


def test_a_text_without_inserted_text_has_no_span_half_inserted() -> None:
    text = "alpha beta gamma delta"
    assert Alignment(text, text).longest_half_inserted() == 0


def _searched_alike(old: str, new: str, start: int, end: int) -> None:
    """map_through answers as it does with the search after the diff never skipped."""
    alignment = Alignment(old, new)
    position, quote = describe(old, start, end)
    placed = map_through(alignment, new, position, quote)
    unbounded = Alignment(old, new)
    unbounded._longest_half_inserted = len(new) + len(old)  # the shortcut never applies
    assert map_through(unbounded, new, position, quote) == placed


def test_a_passage_lost_in_a_text_with_one_word_typed_in_is_orphaned_without_a_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = "The council met on Monday. It voted to close the old library branch. Then it rose."
    new = "The council met on Monday late. Then it rose."
    start = old.index("It voted")
    end = old.index(" Then")
    alignment = Alignment(old, new)
    assert alignment.longest_half_inserted() < QUOTE_FLOOR * (end - start)

    def no_search(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("searched")

    monkeypatch.setattr(diff_placement, "search", no_search)
    placed = map_through(alignment, new, *describe(old, start, end))
    assert placed.state == "orphaned"
    assert (placed.start, placed.end) == (start, end)


@settings(max_examples=100, deadline=None)
@given(TEXTS, TEXTS, st.integers(min_value=0, max_value=200), st.integers(1, 60))
def test_map_through_places_as_without_the_bound(old: str, new: str, at: int, size: int) -> None:
    start = at % len(old)
    _searched_alike(old, new, start, min(len(old), start + size))
