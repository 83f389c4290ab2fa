"""A sentence moved into a passage from another paragraph, opened with a connector and a
word changed, splits the passage; typed text does not (``core.moved_sentences``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.moved_sentences import moved_in_sentences
from tests.core.test_reanchor import _updated_once

FIRST = "The stadium is full tonight, and the rain has finally stopped."
SECOND = "Rovers have won four of their last five at Mill Lane. United have won one away."
MOVABLE = [
    "The referee has checked the pitch twice before kick-off.",
    "Lindqvist has now scored in four games this season.",
    "Both managers said the draw for the cup was fair to everyone.",
    "Subtitles are checked ahead of broadcast.",
]
OTHER = "Team news follows below. " + " ".join(MOVABLE) + " Kick-off is at 19:45."
LAST = "Thanks for joining us. Full report and reaction to follow."
CONNECTORS = ["Meanwhile, ", "In addition, ", "Separately, ", "Separately, as noted above, "]
#: The passage: the end of the first paragraph and the start of the second.
PASSAGE = "and the rain has finally stopped.\n\nRovers have won four of their last five"


def _old() -> str:
    return "\n\n".join([FIRST, SECOND, OTHER, LAST])


def _moved_in(sentence: str, connector: str, swap: bool) -> str:
    """The old text with ``sentence`` cut from its paragraph and put at the end of the
    first one, opened with ``connector`` (its first word lowered) and a word changed."""
    moved = connector + sentence[0].lower() + sentence[1:]
    if swap:
        moved = moved.replace(" has ", " had ").replace(" said ", " stated ")
    other = OTHER.replace(sentence + " ", "")
    return "\n\n".join([f"{FIRST} {moved}", SECOND, other, LAST])


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@settings(max_examples=24, deadline=None)
@given(
    sentence=st.sampled_from(MOVABLE),
    connector=st.sampled_from(CONNECTORS),
    swap=st.booleans(),
)
def test_a_sentence_moved_into_a_passage_is_never_taken_in_unmarked(
    sentence: str, connector: str, swap: bool
) -> None:
    old, new = _old(), _moved_in(sentence, connector, swap)
    result = _updated_once(old, _span(old, PASSAGE), new)
    inserted = new.index(connector)
    placement = result.placement
    assert result.state == "review" or not placement.start <= inserted < placement.end


def test_the_moved_sentence_is_seen_as_text_from_elsewhere() -> None:
    old, new = _old(), _moved_in(MOVABLE[1], "Meanwhile, ", swap=True)
    alignment = Alignment(old, new)
    lo = new.index(" Meanwhile, ")
    hi = new.index("\n\n", lo)
    own = _span(old, PASSAGE)
    assert not alignment.was_elsewhere(lo, hi, own)  # not word for word: connector, a word
    assert moved_in_sentences(alignment, lo, hi, own)


def test_a_sentence_typed_into_a_passage_is_taken_in() -> None:
    """New words, like nothing that went away, are the passage's: it grows over them."""
    old = _old()
    typed = "Meanwhile, the home fans have been singing for an hour."
    new = old.replace(FIRST, f"{FIRST} {typed}")
    result = _updated_once(old, _span(old, PASSAGE), new)
    assert result.state == "fuzzy"
    start = new.index("and the rain has finally stopped.")
    assert (result.placement.start, result.placement.end) == (
        start,
        new.index("of their last five") + len("of their last five"),
    )


def test_the_passage_own_sentence_rewritten_in_place_is_not_from_elsewhere() -> None:
    """A sentence of the passage edited where it stood, though a copy of it elsewhere went
    away too (a line repeated and edited everywhere), stays the passage's own."""
    refrain = "The referee has checked the pitch twice before kick-off."
    old = "\n\n".join([f"{FIRST} {refrain}", SECOND, f"{refrain} Then it rained.", LAST])
    edited = refrain.replace("checked", "inspected")
    new = old.replace(refrain, edited)
    own = _span(old, f"rain has finally stopped. {refrain}\n\nRovers")
    alignment = Alignment(old, new)
    lo = new.index(edited)
    assert not moved_in_sentences(alignment, lo, lo + len(edited), own)


def test_a_short_sentence_opened_with_a_long_connector_is_seen_as_moved() -> None:
    """Most of "Separately, as noted above, subtitles are checked ahead of broadcast." is
    typed, but all of it after the connector came from elsewhere."""
    old, new = _old(), _moved_in(MOVABLE[3], "Separately, as noted above, ", swap=False)
    alignment = Alignment(old, new)
    lo = new.index(" Separately, ")
    hi = new.index("\n\n", lo)
    assert moved_in_sentences(alignment, lo, hi, _span(old, PASSAGE))
