"""A passage placed on its words while its own unit stands, renumbered, elsewhere:
``core.quote_only_renumbered_context``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_figures import any_figures
from desktop_app.core.quote_only_renumbered_context import (
    heads_a_paragraph,
    nearer_twin_elsewhere,
    renumbered_elsewhere,
    renumbered_in_the_quote,
    review_renumbered_context,
)
from desktop_app.core.quote_search import Placement
from tests.core.numbered_units import INSERTED, VERSES, hymn_text, renumbered


def _placed(text: str, start: int, end: int) -> Placement:
    return Placement("exact", start, end, 1.0)


def test_figures_read_as_any_others() -> None:
    pattern = any_figures("Verse 3:\n[01:05.18] The")
    assert pattern is not None
    assert pattern.fullmatch("Verse 14:\n[2:5.9] The")
    assert not pattern.fullmatch("Verse three:\n[01:05.18] The")
    assert any_figures("Refrain:\nBring them home") is None


def test_a_head_now_over_an_inserted_verse_goes_to_review() -> None:
    old = hymn_text(VERSES)
    start = old.index("Verse 3:")
    _, quote = describe(old, start, start + len("Verse 3:"))
    new = hymn_text(renumbered([*VERSES[:2], INSERTED, *VERSES[2:]]))
    at = new.index("Verse 3:")  # the inserted verse; the old verse 3 is "Verse 4:"
    assert new[at:].startswith("Verse 3:\n[00:05.00]")
    assert renumbered_elsewhere(new, at, at + 8, quote)
    placed = review_renumbered_context(new, quote, _placed(new, at, at + 8))
    assert (placed.state, placed.start, placed.end) == ("review", at, at + 8)


def test_a_head_renumbered_where_it_stands_is_not_a_concern_here() -> None:
    old = hymn_text(VERSES)
    start = old.index("Verse 3:")
    _, quote = describe(old, start, start + len("Verse 3:"))
    new = hymn_text(renumbered([INSERTED, *VERSES]))
    at = new.index("Verse 3:")  # old verse 2: its own lines are not the quote's
    other = new.index("Verse 4:")  # old verse 3: its quote reads otherwise, not found so
    assert renumbered_elsewhere(new, at, at + 8, quote)
    assert not renumbered_elsewhere(new, other, other + 8, quote)


def test_twin_units_told_by_no_figure_keep_the_placement() -> None:
    old = hymn_text(VERSES)
    start = old.index("Bring them home,")
    _, quote = describe(old, start, start + len("Bring them home,"))
    placed = _placed(old, start, start + len("Bring them home,"))
    assert review_renumbered_context(old, quote, placed) == placed


@settings(max_examples=60, deadline=None)
@given(
    start=st.integers(min_value=0, max_value=len(hymn_text(VERSES)) - 1),
    length=st.integers(min_value=1, max_value=60),
    refrain_last=st.booleans(),
)
def test_a_passage_in_the_unchanged_text_stays(start: int, length: int, refrain_last: bool) -> None:
    old = hymn_text(VERSES, refrain_last=refrain_last)
    end = min(len(old), start + length)
    _, quote = describe(old, start, end)
    placed = _placed(old, start, end)
    assert review_renumbered_context(old, quote, placed) == placed


def test_a_twin_verse_with_other_times_goes_to_review_when_its_own_stands_renumbered() -> None:
    old = hymn_text(VERSES)
    start = old.index("Verse 1:")
    end = old.index("\n", old.index("[00:12.31]"))
    _, quote = describe(old, start, end)
    first = VERSES[0]
    reprinted = [(1, "02:15.45", first[2], first[3]), *VERSES[1:], first]
    new = hymn_text(renumbered(reprinted))  # the verse itself now last, "Verse 6:"
    at = new.index("Verse 1:")
    found = Placement("fuzzy", at, at + end - start, 0.9)
    assert (
        new[found.start : found.end] == "Verse 1:\n[02:15.45] The harbour lights are burning low,"
    )
    assert nearer_twin_elsewhere(new, found.start, found.end, quote)
    assert review_renumbered_context(new, quote, found).state == "review"
    retimed = [(number, "09:" + sung[3:], one, two) for number, sung, one, two in VERSES]
    shifted = hymn_text(retimed)  # every verse retimed where it stands: no twin elsewhere
    assert not nearer_twin_elsewhere(shifted, at, at + end - start, quote)


def test_only_a_units_number_in_the_quote_counts() -> None:
    key = "Verse 2:\n[00:39.73] So raise"
    assert renumbered_in_the_quote("Verse 6:\n[00:39.73] So raise", key, 0, 8) == 6
    assert renumbered_in_the_quote("Verse 2:\n[00:41.73] So raise", key, 0, 8) is None
    assert renumbered_in_the_quote("Verse 6:\n[00:41.73] So raise", key, 0, 8) is None
    assert heads_a_paragraph("Intro\n\n12. Offences", len("Intro\n\n"))
    assert heads_a_paragraph("12. Offences", 0)
    assert heads_a_paragraph("Intro\n\nSection 12: Offences", len("Intro\n\nSection "))
    assert not heads_a_paragraph("Intro\n\n3 ships and 12. Offences", len("Intro\n\n3 ships and "))
    assert not heads_a_paragraph("Intro\nline 12", len("Intro\nline "))
