"""The quote search's early stop when no region may hold an allowed span: it drops nothing."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import quote_candidates
from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_placement import map_through
from desktop_app.core.haystack import Haystack
from desktop_app.core.quote_candidates import (
    LINE_MARK_GAP,
    QUOTE_FLOOR,
    SpanRoom,
    _fuzzy_regions,
    _refined,
    _stretch,
    find_candidates,
)
from desktop_app.core.quote_search import SpanFilter
from desktop_app.core.records import TextQuote
from tests.benchmarks.reanchor_families import news_text
from tests.benchmarks.reanchor_families import words as words_changed
from tests.storage.edit_simulation import TrackedText

WORDS = (
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "accord",
    "ʻOumuamua",
    "e\u0301te\u0301",
    "😀",
    "\n-",
    "[x]",
    "\n",
    "—",
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=5, max_size=60),
    st.integers(0, 40),
    st.integers(1, 12),
    st.integers(-20, 300),
)
def test_a_span_refined_around_a_region_lies_in_its_stretch_and_is_long_enough(
    words: list[str], first: int, count: int, region: int
) -> None:
    """What the early stop relies on: every span refined around a region starts no more
    than a list mark and its gap before the region's stretch, ends inside it, and is at
    least :data:`QUOTE_FLOOR` of the quote's length."""
    text = " ".join(words)
    picked = words[first % len(words) : first % len(words) + count]
    exact = " ".join(reversed(picked)).strip() or "accord"
    quote = TextQuote(exact=exact, prefix="the minister\n", suffix=" on Tuesday")
    region = max(0, region)
    refined = _refined(text, quote, region, hint=region)
    if refined is not None:
        lo, hi = _stretch(text, len(exact), region)
        assert lo - LINE_MARK_GAP - 2 <= refined.start
        assert refined.end <= hi
        assert refined.end - refined.start >= QUOTE_FLOOR * len(exact)


def _inserted_share(marked: list[bool]) -> tuple[SpanFilter, SpanRoom]:
    """An ``allowed`` test (at least half of a span marked) and the room test it implies."""

    def allowed(lo: int, hi: int) -> bool:
        return hi > lo and sum(marked[lo:hi]) >= 0.5 * (hi - lo)

    def room(lo: int, hi: int, shortest: float) -> bool:
        return sum(marked[max(0, lo) : hi]) >= 0.5 * shortest - 1

    return allowed, room


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=5, max_size=60),
    st.integers(0, 40),
    st.integers(1, 12),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=4),
    st.integers(-20, 300),
)
def test_the_early_stop_never_drops_an_allowed_candidate(
    words: list[str],
    first: int,
    count: int,
    inserted: list[tuple[int, int]],
    hint: int,
) -> None:
    """A search told where allowed spans may lie either finds every candidate the full
    search finds, or stops when the full search finds no allowed candidate at all."""
    text = " ".join(words)
    picked = words[first % len(words) : first % len(words) + count]
    exact = " ".join(picked[::2] + picked[1::2]).strip() or "accord"
    quote = TextQuote(exact=exact, prefix="the minister\n", suffix=" on Tuesday")
    marked = [False] * len(text)
    for at, length in inserted:
        for index in range(at, min(at + length, len(text))):
            marked[index] = True
    allowed, room = _inserted_share(marked)
    haystack = Haystack(text)
    full = find_candidates(haystack, quote, hint, [])
    stopped = find_candidates(haystack, quote, hint, [], usable=room)
    if stopped != full:
        assert stopped == []
        assert not any(allowed(c.start, c.end) for c in full)


def _update_cases(seed: int) -> list[tuple[str, str, int, int]]:
    rng = random.Random(seed)
    text = news_text(rng)
    tracked = TrackedText(text)
    words_changed(tracked, rng, 8.0)
    cases = []
    for _ in range(40):
        start = rng.randrange(0, len(text) - 80)
        cases.append((text, tracked.text, start, start + rng.randint(5, 80)))
    return cases


@pytest.mark.parametrize("seed", range(3))
def test_passages_the_diff_cannot_follow_place_as_without_the_early_stop(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update's searches in inserted text (``map_through``) place every passage as
    searches that refine every region do."""
    cases = []
    for old, new, start, end in _update_cases(seed):
        cases.append((Alignment(old, new), new, *describe(old, start, end)))
    stopping = [map_through(*case) for case in cases]
    monkeypatch.setattr(quote_candidates, "_any_usable", lambda *_args: True)
    full = [map_through(*case) for case in cases]
    assert stopping == full


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab \n", min_size=1, max_size=60),
    st.text(alphabet="ab \n", min_size=1, max_size=60),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_unaligned_count_agrees_with_the_unaligned_share(
    old: str, new: str, start: int, end: int
) -> None:
    alignment = Alignment(old, new)
    if end > start:
        share = alignment.unaligned_share(start, end)
        assert alignment.unaligned_count(start, end) == round(share * (end - start))
    else:
        assert alignment.unaligned_count(start, end) == 0


def test_regions_are_found_for_the_early_stop_to_judge() -> None:
    text = "A storm closed the port for two days. Ministers met to sign the accord."
    quote = TextQuote(exact="Ministers met to sign the accord.", prefix="", suffix="")
    assert _fuzzy_regions(Haystack(text), quote, 0) == [text.index("Ministers")]
