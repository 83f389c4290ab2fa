"""One annotation placed alone gets the batch's first pass that needs no other annotation:
``core.quote_only_alone``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_alone import first_passes_alone
from desktop_app.core.quote_search import Placement, search
from desktop_app.core.reanchor import place

VERSES = [
    "Pilgrim through this barren land;\nBread of heaven, bread of heaven,",
    "He sends the snow in winter,",
    "Now thank we all our God",
    "The warmth to swell the grain,\nFeed me till I want no more;",
    "We plough the fields and scatter\nThe good seed on the land,",
]
SONG = "\n\n".join(f"Verse {n}\n{VERSES[n % len(VERSES)]}" for n in range(1, 12))
PASSAGE = (
    "Second song · Here I am, Lord\n\nSung at 14:31. Please stand for the last verse.\n\n"
    + SONG
    + "\n\nAll\nAlleluia!"
)
OLD = (
    "Opening hymn · Guide me\n\nVerse 1\nGuide me, O thou great Jehovah,\n\n"
    + PASSAGE
    + "\n\nClosing hymn · Now thank we all our God\n\nVerse 1\nAmen."
)
CORRECTION = "All\nPlease sing instead: “The nets come in at evening,”"


def _corrected() -> str:
    """The order of service with a correction put in just before the second song."""
    return OLD.replace("\n\nSecond song", f"\n\n{CORRECTION}\n\nSecond song")


def test_a_correction_put_in_before_a_long_passage_is_cut_off_as_a_batch_does() -> None:
    start = OLD.index(PASSAGE)
    position, quote = describe(OLD, start, start + len(PASSAGE))
    new = _corrected()
    found = search(new, position, quote)
    assert found.state == "fuzzy"
    assert new[found.start : found.end].startswith(CORRECTION)  # the search takes it in
    placed = place(new, position, quote)
    at = new.index(PASSAGE)
    assert (placed.state, placed.start, placed.end) == ("moved", at, at + len(PASSAGE))
    assert place_all(new, [Request(position, quote)])[0] == placed


def test_the_pass_cuts_only_the_foreign_paragraph() -> None:
    start = OLD.index(PASSAGE)
    position, quote = describe(OLD, start, start + len(PASSAGE))
    new = _corrected()
    whole = Placement("fuzzy", new.index(CORRECTION), new.index(PASSAGE) + len(PASSAGE), 0.9)
    cut = first_passes_alone(new, position, quote, whole)
    assert new[cut.start : cut.end] == PASSAGE
    assert cut.state == "moved"


@settings(max_examples=60, deadline=None)
@given(
    state=st.sampled_from(["exact", "moved", "review", "orphaned"]),
    start=st.integers(0, len(OLD)),
    length=st.integers(0, 200),
)
def test_anything_but_a_fuzzy_placement_is_kept_as_it_is(
    state: str, start: int, length: int
) -> None:
    position, quote = describe(OLD, OLD.index(PASSAGE), OLD.index(PASSAGE) + len(PASSAGE))
    new = _corrected()
    placement = Placement(state, start, min(len(new), start + length), 0.5)  # type: ignore[arg-type]
    assert first_passes_alone(new, position, quote, placement) == placement


@settings(max_examples=60, deadline=None)
@given(start=st.integers(0, 400), length=st.integers(1, 900))
def test_a_fuzzy_placement_is_only_ever_shortened(start: int, length: int) -> None:
    position, quote = describe(OLD, OLD.index(PASSAGE), OLD.index(PASSAGE) + len(PASSAGE))
    new = _corrected()
    placement = Placement("fuzzy", start, min(len(new), start + length), 0.5)
    cut = first_passes_alone(new, position, quote, placement)
    assert placement.start <= cut.start <= cut.end <= placement.end
