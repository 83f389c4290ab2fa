"""An exact quote placed alone near where it stood, one side of its context whole, well
ahead of every other candidate: ``core.quote_only_one_side_whole``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_one_side_whole import (
    KEPT_NEAR,
    OTHER_SIDE,
    WELL_AHEAD,
    one_side_kept_near,
)
from desktop_app.core.quote_scoring import Candidate
from desktop_app.core.quote_search import search
from desktop_app.core.reanchor import place

OLD = (
    "Harbour board minutes\n\nThe chair opened the meeting at seven. The treasurer read the "
    "accounts for March. Members asked about the slipway repairs and the new crane.\n\n"
    + "".join(f"Item {n} was noted without comment.\n" for n in range(12))
    + "\nSee: the slipway repairs, 2019.\n\nNext meeting: Tuesday.\n"
)
PASSAGE = "the slipway repairs"


def _edited() -> tuple[str, int]:
    """OLD with a line put in before the passage and the words before it reworded (its
    suffix whole), a copy of the quote standing farther off: where the passage now starts."""
    new = OLD.replace("Harbour board minutes\n", "Harbour board minutes\nDraft, not approved\n")
    new = new.replace("for March. Members asked about", "for April; the members then asked about")
    return new, new.index(PASSAGE)


def test_a_candidate_near_with_one_side_whole_and_well_ahead_is_kept() -> None:
    kept = Candidate(120, 140, 0.9, 1.0, 0.6, 1.0)
    assert one_side_kept_near(kept, WELL_AHEAD, 120 + KEPT_NEAR)
    assert not one_side_kept_near(kept, WELL_AHEAD, 120 + KEPT_NEAR + 1)
    assert not one_side_kept_near(kept, WELL_AHEAD - 0.01, 120)
    assert not one_side_kept_near(kept._replace(quote=0.99), WELL_AHEAD, 120)
    assert not one_side_kept_near(kept._replace(suffix=0.99), WELL_AHEAD, 120)
    assert not one_side_kept_near(kept._replace(prefix=OTHER_SIDE - 0.01), WELL_AHEAD, 120)
    assert one_side_kept_near(kept._replace(prefix=1.0, suffix=OTHER_SIDE), WELL_AHEAD, 120)


def test_placed_alone_a_shifted_quote_with_one_side_whole_is_placed() -> None:
    start = OLD.index(PASSAGE)
    position, quote = describe(OLD, start, start + len(PASSAGE))
    new, now = _edited()
    placed = place(new, position, quote)
    assert (placed.state, placed.start, placed.end) == ("moved", now, now + len(PASSAGE))
    # without ``alone`` (a batch, whose neighbours vouch) the search asks both sides whole
    assert search(new, position, quote).state == "review"


def test_a_copy_of_the_quote_far_off_is_not_taken() -> None:
    start = OLD.index(PASSAGE)
    position, quote = describe(OLD, start, start + len(PASSAGE))
    padding = "".join(f"Item {n} was noted without comment.\n" for n in range(12))
    new = OLD.replace("Members asked about " + PASSAGE, "Members asked about the lights")
    new += padding + "Members asked about " + PASSAGE
    assert place(new, position, quote).state != "moved"


WORDS = st.lists(
    st.text(alphabet="bcdfghklmnprstvz", min_size=4, max_size=9),
    min_size=40,
    max_size=60,
    unique=True,
)


@settings(max_examples=40, deadline=None)
@given(words=WORDS, at=st.integers(10, 30), length=st.integers(1, 3), put_in=st.integers(1, 5))
def test_placed_alone_in_text_without_copies_it_is_never_placed_wrong(
    words: list[str], at: int, length: int, put_in: int
) -> None:
    old = " ".join(words)
    start = len(" ".join(words[:at])) + 1
    end = start + len(" ".join(words[at : at + length]))
    position, quote = describe(old, start, end)
    respelt = words[:]
    respelt[at - 2] = respelt[at - 2].upper()  # one word of the prefix respelt
    new_words = ["aeiou" * n for n in range(1, put_in + 1)] + respelt
    new = " ".join(new_words)
    shift = len(" ".join(new_words[:put_in])) + 1
    placed = place(new, position, quote)
    assert placed.state == "review" or (placed.start, placed.end) == (start + shift, end + shift)
    if placed.state != "review":
        assert new[placed.start : placed.end] == quote.exact
