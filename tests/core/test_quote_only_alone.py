"""One annotation placed alone gets the batch's first pass that needs no other annotation:
``core.quote_only_alone``."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_alone import (
    first_passes_alone,
    has_whole_context,
    on_its_whole_context,
    whole_copies,
)
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


REPORT = (
    "The council met on Tuesday. The decision fell after a long session with 14 votes "
    "against 3.\nFishermen welcomed the decision; one said that they lost two boats\nin "
    "January.\n\nAccording to the harbour master, work begins in April and ends in October."
)
WORDS = "Fishermen welcomed the decision"


def _with_a_reply_on_top() -> tuple[str, str]:
    """A report and the same report below a reply that quotes it, its lines marked "> "."""
    old = "Harbour wall: the vote\n\n" + REPORT + "\n\nReporting by the news desk."
    quoted = "\n".join(f"> {line}" if line else ">" for line in REPORT.split("\n"))
    return old, f"Hi all,\nsee below.\n\n{quoted}\n\n{old}"


def test_a_moved_placement_on_a_quoted_copy_goes_to_the_copy_with_its_whole_context() -> None:
    old, new = _with_a_reply_on_top()
    start = old.index(WORDS)
    position, quote = describe(old, start, start + len(WORDS))
    in_the_reply = new.index(WORDS)
    assert not has_whole_context(new, in_the_reply, in_the_reply + len(WORDS), quote)
    found = Placement("moved", in_the_reply, in_the_reply + len(WORDS), 0.9)
    placed = on_its_whole_context(new, position, quote, found)
    at = new.index(WORDS, in_the_reply + 1)
    assert (placed.state, placed.start, placed.end) == ("moved", at, at + len(WORDS))


def test_a_placement_reviewed_when_the_whole_context_stands_twice_kept_when_nowhere() -> None:
    old, new = _with_a_reply_on_top()
    start = old.index(WORDS)
    position, quote = describe(old, start, start + len(WORDS))
    in_the_reply = new.index(WORDS)
    found = Placement("moved", in_the_reply, in_the_reply + len(WORDS), 0.9)
    twice = new + "\n\n" + old
    assert on_its_whole_context(twice, position, quote, found) == found._replace(state="review")
    nowhere = new.replace("Reporting by", "Written by").replace("\nFishermen", " Fishermen")
    assert whole_copies(nowhere, quote) == []
    assert on_its_whole_context(nowhere, position, quote, found) == found


@settings(max_examples=80, deadline=None)
@given(
    state=st.sampled_from(["exact", "fuzzy", "review", "orphaned"]),
    start=st.integers(0, 300),
)
def test_only_a_moved_placement_is_moved_onto_its_whole_context(state: str, start: int) -> None:
    old, new = _with_a_reply_on_top()
    at = old.index(WORDS)
    position, quote = describe(old, at, at + len(WORDS))
    placement = Placement(state, start, start + len(WORDS), 0.5)  # type: ignore[arg-type]
    assert on_its_whole_context(new, position, quote, placement) == placement


@settings(max_examples=80, deadline=None)
@given(start=st.integers(0, 600))
def test_a_moved_placement_ends_on_its_quote_word_for_word_or_stays(start: int) -> None:
    old, new = _with_a_reply_on_top()
    at = old.index(WORDS)
    position, quote = describe(old, at, at + len(WORDS))
    placement = Placement("moved", start, start + len(WORDS), 0.5)
    placed = on_its_whole_context(new, position, quote, placement)
    assert placed in (placement, placement._replace(state="review")) or (
        new[placed.start : placed.end] == WORDS
        and has_whole_context(new, placed.start, placed.end, quote)
    )


def test_a_context_cut_short_by_an_end_of_the_text_tells_too_little() -> None:
    old = REPORT + "\n\nAt the end: " + WORDS + " too."
    start = old.rindex(WORDS)
    position, quote = describe(old, start, start + len(WORDS))
    assert quote.suffix == " too."
    new = "Summary: " + old
    assert new.count(quote.prefix + quote.exact + quote.suffix) == 1
    assert whole_copies(new, quote) == []
    found = Placement("moved", new.index(WORDS), new.index(WORDS) + len(WORDS), 0.9)
    assert on_its_whole_context(new, position, quote, found) == found


NOTICE = (
    "The road along the quay remains open during the works, with a traffic light.\n\n"
    "The road along the harbour wall closes in April, and buses stop at the market instead."
)
ACROSS = "light.\n\nThe road along the"
MARKED = "light.\n>\n> The road along the"


def _notice_with_a_reply_on_top() -> tuple[str, str, int]:
    """A notice, the same notice below a reply quoting it ("> " marks), and where the quoted
    copy of :data:`ACROSS` stands (marks inside it, its context whole around them)."""
    old = "Harbour works\n\n" + NOTICE + "\n\nIssued by the harbour office."
    quoted = "\n".join(f"> {line}" if line else ">" for line in NOTICE.split("\n"))
    new = f"Hi all,\nsee below.\n\n{quoted}\n\n{old}"
    return old, new, new.index(MARKED)


def test_a_folded_guess_on_the_quoted_copy_goes_to_the_one_word_for_word() -> None:
    # placed alone in a folded text (the reply's "> " marks), a guess in review on the quoted
    # copy, whose context stands whole around the marks inside it: the passage stands word
    # for word, its whole context around it, once, below the reply
    old, new, marked = _notice_with_a_reply_on_top()
    start = old.index(ACROSS)
    position, quote = describe(old, start, start + len(ACROSS))
    guess = Placement("review", marked, marked + len(MARKED), 0.9)
    assert has_whole_context(new, guess.start, guess.end, quote)
    at = new.index(ACROSS)
    placed = on_its_whole_context(new, position, quote, guess, folded=True)
    assert (placed.state, placed.start, placed.end) == ("moved", at, at + len(ACROSS))
    # without folding, a guess in review stays as it was
    assert on_its_whole_context(new, position, quote, guess) == guess
    # one reading its quote word for word with its whole context stays too
    right = Placement("review", at, at + len(ACROSS), 0.9)
    assert on_its_whole_context(new, position, quote, right, folded=True) == right


@settings(max_examples=80, deadline=None)
@given(start=st.integers(0, 400), length=st.integers(1, 60))
# the guess on the copy word for word (new.index(ACROSS) is 276), which stays: no draw was
@example(start=276, length=26)
def test_a_folded_guess_in_review_ends_on_its_quote_word_for_word_or_stays(
    start: int, length: int
) -> None:
    old, new, _ = _notice_with_a_reply_on_top()
    at = old.index(ACROSS)
    position, quote = describe(old, at, at + len(ACROSS))
    guess = Placement("review", start, start + length, 0.5)
    placed = on_its_whole_context(new, position, quote, guess, folded=True)
    if new[start : start + length] == ACROSS:
        assert placed == guess
    assert placed == guess or (
        placed.state == "moved"
        and new[placed.start : placed.end] == ACROSS
        and has_whole_context(new, placed.start, placed.end, quote)
    )
