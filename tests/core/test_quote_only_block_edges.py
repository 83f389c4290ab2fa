"""Quotes across a block's edge with one piece on a twin unit, its own unit renumbered:
``core.quote_only_block_edges``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_block_edges import piece_on_a_twin, review_unsettled_edge
from desktop_app.core.quote_only_figures import figures_apart, refigured
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState
from tests.core.numbered_units import INSERTED, VERSES, hymn_text, in_order, renumbered


def _across(old: str, before: str, after: str) -> tuple[int, int]:
    """A span of ``old`` from ``before`` (its last occurrence ahead of ``after``) across the
    blank line into ``after``."""
    edge = old.index("\n\n" + after)
    return old.rindex(before, 0, edge), edge + 2 + len(after)


def _found(new: str, piece: str, state: str = "fuzzy") -> Placement:
    at = new.index(piece)
    return Placement(state, at, at + len(piece), 0.95)  # type: ignore[arg-type]


def test_figure_helpers_read_renumbered_heads() -> None:
    assert refigured("Verse 5:", "Verse 6:")
    assert not refigured("Verse 6:", "Verse 6:")
    assert not refigured("Verse 6:", "Verse six:")
    assert figures_apart("Verse 5:\n[01:48.92]", "Verse 6:\n[01:48.92]") == 1
    assert figures_apart("Verse 1:\n[02:15.45]", "Verse 1:\n[00:12.31]") == 3


def test_a_renumbered_head_alone_keeps_the_placement() -> None:
    old = hymn_text(VERSES)
    start, end = _across(old, "home, bring them home.", "Verse 3:\n[01:05.18] The fishers")
    _, quote = describe(old, start, end)
    for verses in (in_order(1, 3, 2, 4, 5), renumbered([INSERTED, *VERSES])):
        new = hymn_text(verses)  # reordered or pushed down: the text alone reads alike
        head = next(f"Verse {number}:" for number, sung, _, _ in verses if sung == "01:05.18")
        found = _found(new, f"home, bring them home.\n\n{head}\n[01:05.18] The fishers")
        assert not piece_on_a_twin(new, found.start, found.end, quote)
        assert review_unsettled_edge(new, quote, found) == found


def test_a_twin_verse_read_with_other_times_goes_to_review() -> None:
    old = hymn_text(VERSES)
    start, end = _across(old, "Lights", "Verse 1:\n[00:12.31] The harbour lights")
    _, quote = describe(old, start, end)
    first = VERSES[0]
    reprinted = [(1, "02:15.45", first[2], first[3]), *VERSES[1:], first]
    new = hymn_text(renumbered(reprinted))  # the verse itself now last, "Verse 6:"
    found = _found(new, "Lights\n\nVerse 1:\n[02:15.45] The harbour lights")
    assert piece_on_a_twin(new, found.start, found.end, quote)
    assert review_unsettled_edge(new, quote, found).state == "review"


@settings(max_examples=60, deadline=None)
@given(
    verse=st.integers(min_value=1, max_value=len(VERSES) - 1),
    back=st.integers(min_value=1, max_value=40),
    ahead=st.integers(min_value=1, max_value=40),
    refrain_last=st.booleans(),
)
def test_a_passage_across_an_edge_in_the_unchanged_text_stays(
    verse: int, back: int, ahead: int, refrain_last: bool
) -> None:
    old = hymn_text(VERSES, refrain_last=refrain_last)
    edge = old.index(f"\n\nVerse {verse + 1}:")
    start, end = edge - back, edge + 2 + ahead
    _, quote = describe(old, start, end)
    settled: tuple[AnchorState, ...] = ("exact", "fuzzy")
    for state in settled:
        found = Placement(state, start, end, 1.0)
        assert review_unsettled_edge(old, quote, found) == found
