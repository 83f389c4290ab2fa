"""Shortcuts of the quote search that must not change a placement: bounds, reused copies."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import quote_candidates, quote_search
from desktop_app.core.anchoring import describe
from desktop_app.core.haystack import Haystack
from desktop_app.core.quote_candidates import Refinements, _reach, _refined, exact_copies
from desktop_app.core.quote_scoring import Candidate, score_at_most
from desktop_app.core.quote_search import search
from desktop_app.core.records import TextQuote
from tests.benchmarks.reanchor_families import news_text
from tests.benchmarks.reanchor_families import words as words_changed
from tests.storage.edit_simulation import TrackedText

WORDS = ("the", "minister", "said", "on", "Tuesday", "accord", "ʻOumuamua", "e\u0301te\u0301", "😀")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=5, max_size=60),
    st.integers(0, 40),
    st.integers(1, 12),
    st.integers(-20, 300),
)
def test_no_span_refined_around_a_region_beats_its_reach(
    words: list[str], first: int, count: int, region: int
) -> None:
    text = " ".join(words)
    picked = words[first % len(words) : first % len(words) + count]
    exact = " ".join(reversed(picked)) or "accord"
    quote = TextQuote(exact=exact, prefix="the minister ", suffix=" on Tuesday")
    region = max(0, region)
    refined = _refined(text, quote, region, hint=region)
    if refined is not None:
        assert refined.quote <= _reach(text, exact, region) + 1e-12
        assert refined.score <= score_at_most(_reach(text, exact, region)) + 1e-12


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=5, max_size=60),
    st.integers(0, 40),
    st.integers(1, 12),
    st.lists(st.tuples(st.integers(-20, 300), st.integers(-50, 400)), min_size=1, max_size=8),
)
def test_a_region_refined_again_for_another_hint_is_refined_as_anew(
    words: list[str], first: int, count: int, asked: list[tuple[int, int]]
) -> None:
    """A batch's searches share what they worked out around a region (``Refinements``):
    asked again, for any hint, the best span is the one worked out from scratch."""
    text = " ".join(words)
    picked = words[first % len(words) : first % len(words) + count]
    exact = " ".join(picked[::2] + picked[1::2]) or "accord"
    quote = TextQuote(exact=exact, prefix="the minister ", suffix=" on Tuesday")
    memo = Refinements()
    for region, hint in asked:
        region = max(0, region)
        assert _refined(text, quote, region, hint, memo) == _refined(text, quote, region, hint)


def test_the_reach_of_a_region_far_from_the_quote_is_low() -> None:
    text = "A storm closed the port for two days. " * 3 + "Ministers met to sign the accord."
    exact = "Ministers met to sign the accord."
    assert _reach(text, exact, 0) < 0.8
    assert _reach(text, exact, text.index(exact)) == 1.0


def _cases(seed: int) -> list[tuple[str, str, int, int]]:
    rng = random.Random(seed)
    text = news_text(rng)
    tracked = TrackedText(text)
    words_changed(tracked, rng, 8.0)
    spans = []
    for _ in range(30):
        start = rng.randrange(0, len(text) - 80)
        spans.append((text, tracked.text, start, start + rng.randint(5, 80)))
    return spans


@pytest.mark.parametrize("seed", range(4))
def test_leaving_regions_unrefined_changes_no_placement(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search with its bounds places every passage as the search that refines every
    region does (the bounds only leave out candidates that cannot change the choice)."""
    cases = _cases(seed)
    refinements = [0]

    def counted(*args: Any) -> Candidate | None:
        refinements[0] += 1
        return _refined(*args)

    monkeypatch.setattr(quote_candidates, "_refined", counted)
    bounded = [search(new, *describe(old, start, end)) for old, new, start, end in cases]
    with_bounds = refinements[0]
    monkeypatch.setattr(quote_search, "_fuzzy_limits", lambda *_args: None)
    refined = [search(new, *describe(old, start, end)) for old, new, start, end in cases]
    assert bounded == refined
    assert with_bounds < refinements[0] - with_bounds  # the bounds did leave some out


def test_given_copies_place_as_copies_found_anew() -> None:
    for old, new, start, end in _cases(7):
        position, quote = describe(old, start, end)
        copies = exact_copies(Haystack(new), quote, position.start)
        assert search(new, position, quote, copies=copies) == search(new, position, quote)


SPANS = st.tuples(st.integers(0, 30), st.integers(0, 30))


@given(st.lists(SPANS, max_size=12), SPANS)
def test_rivals_are_the_candidates_that_do_not_overlap_the_best(
    spans: list[tuple[int, int]], best_span: tuple[int, int]
) -> None:
    """The rivals test without ``min`` and ``max`` keeps what they kept, empty spans too."""
    candidates = [Candidate(s, e, 0.5, 0.5, 0.5, 0.5) for s, e in spans]
    best = Candidate(*best_span, 0.5, 0.5, 0.5, 0.5)
    expected = [c for c in candidates if min(c.end, best.end) <= max(c.start, best.start)]
    assert quote_search._rivals(candidates, best) == expected


_ITEMS = ["Adult return €25", "Child return €12", "Island resident return €8", "Bicycle €5"]


@settings(max_examples=40, deadline=None)
@given(
    item=st.integers(min_value=1, max_value=len(_ITEMS) - 1),
    words=st.integers(min_value=2, max_value=3),
    box=st.sampled_from(["[ ] ", "[x] ", "[X] "]),
    mark=st.sampled_from(["-", "*", "•"]),
)
def test_a_passage_from_a_list_mark_starts_at_the_mark_after_a_box_is_typed(
    item: int, words: int, box: str, mark: str
) -> None:
    old = "Fares\n\n" + "".join(f"{mark} {line}\n" for line in _ITEMS) + "\nBook early."
    new = "Fares\n\n" + "".join(f"{mark} {box}{line}\n" for line in _ITEMS) + "\nBook early."
    start = old.index(f"{mark} {_ITEMS[item]}")
    end = start + len(mark) + 1 + len(" ".join(_ITEMS[item].split()[:words]))
    placed = search(new, *describe(old, start, end))
    line = new.index(f"{mark} {box}{_ITEMS[item]}")
    if placed.state != "orphaned":  # fuzzy, or a review whose best guess is the passage
        assert (placed.start, placed.end) == (line, line + end - start + len(box))


def test_a_list_item_found_past_its_box_is_placed_from_its_mark() -> None:
    old = "Fares\n\n- Adult return €25\n- Child return €12\n"
    new = "Fares\n\n- [ ] Adult return €25\n- [ ] Child return €12\n"
    placed = search(new, *describe(old, old.index("- Child"), len(old) - 1))
    assert placed.state == "fuzzy"
    assert new[placed.start : placed.end] == "- [ ] Child return €12"


def test_a_mark_is_not_reached_over_a_typed_word_or_from_mid_line() -> None:
    words = "Fares\n\n- Note: Child return €12\n"
    _, quote = describe("Fares\n\n- Child return €12\n", 7, 23)
    assert quote_candidates._at_line_mark(words, quote, 16) == 16
    _, mid = describe("Pay - Child return €12\n", 4, 20)
    assert quote_candidates._at_line_mark("Pay - [ ] Child return €12\n", mid, 10) == 10
    boxed = "Fares\n\n- [ ] Child return €12\n"
    assert quote_candidates._at_line_mark(boxed, quote, 11) == 7
