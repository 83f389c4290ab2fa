"""What every round of fresh re-anchoring material checks: its families' tracked truth is sound."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from desktop_app.core.text import is_canonical
from tests.benchmarks.reanchor_families import RATES
from tests.storage.edit_simulation import TrackedText

Family = Callable[[TrackedText, random.Random, float], None]
Span = tuple[int, int]


def assert_family_sound(
    name: str,
    family: Family,
    seeds: range,
    text_of: Callable[[int, random.Random], str],
    spans_of: Callable[[random.Random, str, int], list[Span]],
    *,
    no_blank_runs: bool = False,
) -> None:
    """At every seed and rate, ``family`` changes the text, keeps it canonical (and, with
    ``no_blank_runs``, free of three line breaks in a row), and its truth is consistent for
    60 annotated spans that start and end on a visible character."""
    for seed in seeds:
        for rate in RATES:
            rng = random.Random(f"{name}/{rate}/{seed}")
            text = text_of(seed, rng)
            spans = spans_of(rng, text, 60)
            assert len(spans) == 60
            assert all(0 <= start < end <= len(text) for start, end in spans)
            assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
            tracked = TrackedText(text)
            family(tracked, rng, rate)
            new = tracked.text
            assert new != text, (name, seed, rate)
            assert is_canonical(new)
            if no_blank_runs:
                assert "\n\n\n" not in new, (name, seed, rate)
            assert_consistent(tracked, spans)


def assert_hostile_text(text: str, name: str) -> None:
    """A round's text is canonical without three line breaks in a row, 4-9 KB, and holds
    the marks that trip placement: a typographic apostrophe, a no-break space, a zero-width
    joiner and a combining mark."""
    assert is_canonical(text), name
    assert "\n\n\n" not in text, name
    assert 4_000 <= len(text.encode()) <= 9_000, name
    assert all(mark in text for mark in ("\u2019", "\u00a0", "\u200d")), name
    assert any(unicodedata.category(c) == "Mn" for c in text), name


def assert_spans_distinct(
    seeds: range,
    text_of: Callable[[int, random.Random], str],
    spans_of: Callable[[random.Random, str, int], list[Span]],
) -> None:
    """At every seed, the 60 spans readers make are distinct passages that start and end on
    a visible character."""
    for seed in seeds:
        rng = random.Random(seed)
        text = text_of(seed, rng)
        spans = spans_of(rng, text, 60)
        assert len(set(spans)) == 60, seed
        assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans), seed


def assert_consistent(tracked: TrackedText, spans: list[Span]) -> None:
    """Kept and copied characters are what they were; a passage no edit touched is found
    whole, exactly where its characters now stand; a passage with nothing left is gone."""
    old, new = tracked.old, tracked.text
    where = [-1] * len(old)
    for now, origin in enumerate(tracked.origin):
        assert origin < 0 or new[now] == old[origin]
        assert tracked.copy_of[now] < 0 or new[now] == old[tracked.copy_of[now]]
        if origin >= 0:
            where[origin] = now
    for (start, end), truth in zip(spans, tracked.truths(spans), strict=True):
        at = where[start]
        untouched = at >= 0 and all(where[o] == at + o - start for o in range(start, end))
        if untouched:
            assert new[at : at + end - start] == old[start:end]
            assert truth.survived == 1.0
            assert truth.start_range == (at, at)
            assert truth.end_range == (at + end - start, at + end - start)
        if all(where[o] < 0 for o in range(start, end)):
            assert not truth.findable


def span_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``needle`` in ``text`` (for hand-checked truth)."""
    at = [m.start() for m in re.finditer(re.escape(needle), text)][nth]
    return at, at + len(needle)


def edited_page(page: str, family: Family, rate: float, seed: int = 1) -> TrackedText:
    """``page`` edited by ``family`` at ``rate`` with a seeded random (for hand-checked truth)."""
    tracked = TrackedText(page)
    family(tracked, random.Random(seed), rate)
    return tracked


def text_now(tracked: TrackedText, span: tuple[int, int]) -> str | None:
    """What stands where an old passage's truth says it is now (None when it is gone)."""
    truth = tracked.truths([span])[0]
    if not truth.findable:
        return None
    return tracked.text[truth.start_range[1] : truth.end_range[0]]
