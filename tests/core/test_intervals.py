"""The bucketed interval index, checked against a brute-force model of half-open ranges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.core.intervals import BUCKET, IntervalIndex

KEYS = st.sampled_from([f"k{i}" for i in range(12)])
# Offsets cluster around bucket boundaries, where an off-by-one would show, but also
# spread over several buckets so long spans cross many of them.
_NEAR_BOUNDARY = st.builds(
    lambda bucket, delta: max(0, bucket * BUCKET + delta),
    st.integers(0, 6),
    st.integers(-2, 2),
)
OFFSETS = st.one_of(_NEAR_BOUNDARY, st.integers(0, 7 * BUCKET), st.integers(0, 40))


def model_overlapping(spans: dict[str, tuple[int, int]], start: int, end: int) -> list[str]:
    """What ``IntervalIndex.overlapping`` must answer, computed the obvious way."""
    if start == end:
        hits = [k for k, (s, e) in spans.items() if s <= start < e]
    else:
        # The usual test of half-open ranges; an empty span is found strictly inside.
        hits = [k for k, (s, e) in spans.items() if s < end and start < e]
    return sorted(hits, key=lambda k: (*spans[k], k))


class IntervalIndexMachine(RuleBasedStateMachine):
    """Random adds, removes and queries; the index must always agree with a plain dict."""

    def __init__(self) -> None:
        super().__init__()
        self.index = IntervalIndex()
        self.model: dict[str, tuple[int, int]] = {}

    @rule(key=KEYS, a=OFFSETS, b=OFFSETS)
    def add(self, key: str, a: int, b: int) -> None:
        start, end = min(a, b), max(a, b)
        self.index.add(key, start, end)  # re-adding a key moves it
        self.model[key] = (start, end)

    @rule(key=KEYS, start=OFFSETS, length=st.integers(0, 5 * BUCKET))
    def add_long(self, key: str, start: int, length: int) -> None:
        self.index.add(key, start, start + length)
        self.model[key] = (start, start + length)

    @rule(key=KEYS)
    def remove(self, key: str) -> None:
        self.index.remove(key)  # unknown keys are ignored
        self.model.pop(key, None)

    @rule(a=OFFSETS, b=OFFSETS)
    def query(self, a: int, b: int) -> None:
        start, end = min(a, b), max(a, b)
        assert self.index.overlapping(start, end) == model_overlapping(self.model, start, end)

    @rule(point=OFFSETS)
    def query_point(self, point: int) -> None:
        assert self.index.overlapping(point, point) == model_overlapping(self.model, point, point)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def query_around_a_span(self, data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(sorted(self.model)))
        s, e = self.model[key]
        for start, end in ((s, s), (e, e), (s - 1, s), (e, e + 1), (s, e), (e - 1, e)):
            if 0 <= start <= end:
                expected = model_overlapping(self.model, start, end)
                assert self.index.overlapping(start, end) == expected

    @invariant()
    def same_keys_and_spans(self) -> None:
        assert len(self.index) == len(self.model)
        assert set(self.index) == set(self.model)
        for key, span in self.model.items():
            assert key in self.index
            assert self.index.span(key) == span

    @invariant()
    def whole_range_query_finds_every_non_empty_span(self) -> None:
        everything = self.index.overlapping(0, 8 * BUCKET + 1)
        assert everything == model_overlapping(self.model, 0, 8 * BUCKET + 1)


TestIntervalIndexMachine = IntervalIndexMachine.TestCase
TestIntervalIndexMachine.settings = settings(stateful_step_count=25)  # keep the suite quick


@given(
    spans=st.dictionaries(KEYS, st.tuples(OFFSETS, st.integers(0, 3 * BUCKET)), max_size=12),
    queries=st.lists(st.tuples(OFFSETS, st.integers(0, 4 * BUCKET)), min_size=1, max_size=20),
)
def test_overlapping_matches_the_model(
    spans: dict[str, tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    index = IntervalIndex()
    model = {key: (start, start + length) for key, (start, length) in spans.items()}
    for key, (start, end) in model.items():
        index.add(key, start, end)
    for start, length in queries:
        assert index.overlapping(start, start + length) == model_overlapping(
            model, start, start + length
        )


def test_a_span_crossing_many_buckets_is_found_from_each() -> None:
    index = IntervalIndex()
    index.add("long", 10, 10 * BUCKET + 10)
    for point in (*(bucket * BUCKET + 10 for bucket in range(10)), 10 * BUCKET + 9):
        assert index.overlapping(point, point) == ["long"]
    assert index.overlapping(9, 9) == []
    assert index.overlapping(10 * BUCKET + 10, 10 * BUCKET + 10) == []  # end-exclusive
    index.remove("long")
    assert index.overlapping(0, 11 * BUCKET) == []
    assert len(index) == 0


def test_re_adding_a_key_moves_it() -> None:
    index = IntervalIndex()
    index.add("a", 0, 5)
    index.add("a", 3 * BUCKET, 3 * BUCKET + 5)
    assert len(index) == 1
    assert index.overlapping(0, 5) == []
    assert index.overlapping(3 * BUCKET, 3 * BUCKET + 1) == ["a"]
    assert index.span("a") == (3 * BUCKET, 3 * BUCKET + 5)


def test_results_are_ordered_by_start_end_key() -> None:
    index = IntervalIndex()
    for key, span in {"c": (5, 9), "b": (5, 9), "a": (5, 12), "d": (1, 20)}.items():
        index.add(key, *span)
    assert index.overlapping(0, 30) == ["d", "b", "c", "a"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ((10, 10), []),  # a point query never finds an empty span
        ((9, 11), ["empty"]),  # a query strictly around it does
        ((10, 11), []),  # half-open ranges: [10, 10) and [10, 11) share nothing
        ((9, 10), []),
    ],
)
def test_empty_spans(query: tuple[int, int], expected: list[str]) -> None:
    index = IntervalIndex()
    index.add("empty", 10, 10)
    assert index.overlapping(*query) == expected
    assert index.overlapping(*query) == model_overlapping({"empty": (10, 10)}, *query)


def test_removing_an_unknown_key_is_harmless() -> None:
    index = IntervalIndex()
    index.add("a", 1, 2)
    index.remove("zzz")
    assert list(index) == ["a"]
