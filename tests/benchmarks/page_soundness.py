"""Checks the truth tests of every fresh material share: each kind of page, and the mix."""

from __future__ import annotations

from collections.abc import Iterable

from tests.benchmarks.family_soundness import assert_consistent, assert_hostile_text, span_of
from tests.benchmarks.reanchor_fresh23_kit import item_runs, items, sections
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.storage.edit_simulation import TrackedText


def assert_kind_has_what_families_edit(
    text: str, name: str, marks: Iterable[str], fewest_items: int
) -> None:
    """A kind of page ``name`` is hostile text and holds what the families edit: at least
    ``fewest_items`` items in four sections or more, a run of three items, a line standing
    three times, and every one of ``marks``."""
    assert_hostile_text(text, name)
    assert len(items(text)) >= fewest_items, name
    assert len(sections(text)) >= 4, name
    assert any(len(run) >= 3 for run in item_runs(text)), name
    lines = [text[slice(*line)] for line in item_lines(text)]
    assert max(lines.count(line) for line in lines) >= 3, name  # a line recurs
    assert all(mark in text for mark in marks), name


def assert_mix_consistent(tracked: TrackedText, page: str) -> None:
    """The mix of families changed ``page`` into ``tracked``, left no run of blank lines, and
    kept the truth of every line of the page consistent."""
    assert tracked.text != page
    assert "\n\n\n" not in tracked.text
    assert_consistent(tracked, [span_of(page, line) for line in page.split("\n") if line])
