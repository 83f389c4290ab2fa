"""The update path at a passage's edges: halves of a paragraph swapped, time stamps, punctuation."""

from __future__ import annotations

import pytest

from desktop_app.core import diff_doubts, diff_placement, swapped_halves
from desktop_app.core.alignment import Alignment
from tests.benchmarks.reanchor_check_families import CHECK_FAMILIES
from tests.benchmarks.reanchor_families import annotated_spans
from tests.benchmarks.test_reanchor_accuracy import _base_text, edited_cases
from tests.core.test_reanchor import _updated_once

BEFORE = "Mr Speaker: Order. The minister will answer.\n\n"
AFTER = "\n\n2.47 pm\n\nMrs Hughes asked about the harbour.\n"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_passage_that_was_a_whole_paragraph_takes_in_both_swapped_halves() -> None:
    old = BEFORE + "Hon. Members: Hear, hear!" + AFTER
    new = BEFORE + "Members: Hear, hear!\n\nHon." + AFTER
    result = _updated_once(old, _span(old, "Hon. Members: Hear, hear!"), new)
    assert result.state in ("fuzzy", "review")
    assert (result.placement.start, result.placement.end) == _span(
        new, "Members: Hear, hear!\n\nHon."
    )


def test_without_the_rule_the_swapped_head_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff_placement, "lost_end_beyond", lambda _a, _o, _p, s, e: (s, e))
    old = BEFORE + "Hon. Members: Hear, hear!" + AFTER
    new = BEFORE + "Members: Hear, hear!\n\nHon." + AFTER
    result = _updated_once(old, _span(old, "Hon. Members: Hear, hear!"), new)
    assert (result.placement.start, result.placement.end) == _span(new, "Members: Hear, hear!")


def test_a_lost_tail_found_just_before_the_start_is_taken_in() -> None:
    old = BEFORE + "The harbour will reopen on Monday. (Applause)" + AFTER
    new = BEFORE + "(Applause)\n\nThe harbour will reopen on Monday." + AFTER
    span = _span(old, "The harbour will reopen on Monday. (Applause)")
    result = _updated_once(old, span, new)
    assert (result.placement.start, result.placement.end) == _span(
        new, "(Applause)\n\nThe harbour will reopen on Monday."
    )


def test_the_same_words_typed_after_a_passage_whose_head_survived_are_left_out() -> None:
    old = BEFORE + "Hon. Members: Hear, hear!" + AFTER
    new = BEFORE + "Hon. Members: Hear, hear! Hon." + AFTER
    result = _updated_once(old, _span(old, "Hon. Members: Hear, hear!"), new)
    assert result.state == "exact"
    assert (result.placement.start, result.placement.end) == _span(old, "Hon. Members: Hear, hear!")


STEP_ONE = "1. Mix the flour with the water in a large bowl. Stir well."
STEP_TWO = "2. Add the starter and the salt, then squeeze the dough."


def test_the_other_half_swapped_between_the_pieces_of_a_passage_splits_it() -> None:
    """A passage over the end of a paragraph and the start of the next, where the
    paragraph's first half ("1.") now stands between the two: its pieces are not one
    stretch (the passage does not take in "1."), and its placement is only a guess."""
    old = f"Method\n\n{STEP_ONE}\n\n{STEP_TWO}\n"
    new = f"Method\n\n{STEP_ONE[3:]}\n\n1.\n\n{STEP_TWO}\n"
    span = _span(old, "in a large bowl. Stir well.\n\n2. Add the starter and the")
    result = _updated_once(old, span, new)
    assert result.state == "review"
    assert (result.placement.start, result.placement.end) in (
        _span(new, "in a large bowl. Stir well."),
        _span(new, "2. Add the starter and the"),
    )
    assert swapped_halves.moved_in_from_beside(
        _alignment(old, new), new.index("1.\n\n2."), new.index("1.\n\n2.") + 2, span
    )


def test_words_typed_between_the_pieces_of_a_passage_are_part_of_it() -> None:
    old = f"Method\n\n{STEP_ONE}\n\n{STEP_TWO}\n"
    new = f"Method\n\n{STEP_ONE}\n\nNote.\n\n{STEP_TWO}\n"
    span = _span(old, "in a large bowl. Stir well.\n\n2. Add the starter and the")
    lo = new.index("Note.")
    assert not swapped_halves.moved_in_from_beside(_alignment(old, new), lo, lo + 5, span)


def _alignment(old: str, new: str) -> Alignment:
    return Alignment(old, new)


def test_a_letter_typed_inside_a_word_between_pieces_is_no_other_half() -> None:
    """A typo's letter, found deleted elsewhere on the passage's lines (another typo), is
    typed, not moved, though it begins a line."""
    old = "It said so.\n\npresident Ray warned that the accords were symbolic.\n"
    new = "It said so.\n\neresident Ray warned that th accords were symbolic.\n"
    span = (old.index("so."), old.index(" that"))
    lo = new.index("eresident")
    assert not swapped_halves.moved_in_from_beside(_alignment(old, new), lo, lo + 1, span)


LIVE = "The road is closed.\n\n09:40 GMT\n\n{stamp}\n\nStay away from the coast today.\n"


def test_a_time_stamp_ending_a_passage_restyled_on_its_own_line_stays_in_it() -> None:
    old = LIVE.format(stamp="Bring your own spade.\n\n10:35 GMT")
    new = LIVE.format(stamp="Bring your own spade.\n\n11:35 BST")
    result = _updated_once(old, _span(old, "Bring your own spade.\n\n10:35 GMT"), new)
    assert result.state in ("fuzzy", "review")
    assert (result.placement.start, result.placement.end) == _span(
        new, "Bring your own spade.\n\n11:35 BST"
    )


def test_a_time_stamp_opening_a_passage_restyled_on_its_own_line_stays_in_it() -> None:
    """The time stamp before it rewritten too: the passage's line is found by its breaks."""
    old = LIVE.format(stamp="10:35 GMT\n\nBring your own spade.")
    new = LIVE.format(stamp="Just now\n\nBring your own spade.").replace("09:40 GMT", "Earlier")
    result = _updated_once(old, _span(old, "10:35 GMT\n\nBring your own spade."), new)
    assert (result.placement.start, result.placement.end) == _span(
        new, "Just now\n\nBring your own spade."
    )


def test_a_passage_of_which_only_its_punctuation_survives_is_not_placed_on_that() -> None:
    """A full stop that the diff matched is no evidence of where an emoji and its stop
    went; without the rule the passage lands on the full stop alone."""
    old = "Prices rose for goods 📦.\n\nReaders wrote in.\n"
    new = "Prices rose for goods.\n\nReaders wrote in.\n"
    result = _updated_once(old, _span(old, "📦."), new)
    assert result.state == "orphaned"


def test_a_head_moved_inside_the_passage_is_not_also_taken_from_after_it() -> None:
    """A case of the check material's "sentences reordered": a paragraph's first sentence
    moved inside it, and the same sentence now also opens the next paragraph; the lost
    head is found inside the placement, so the copy after it is not the passage's."""
    cases = edited_cases(
        range(3000, 3001),
        {"sentences reordered": CHECK_FAMILIES["sentences reordered"]},
        _base_text,
        annotated_spans,
    )
    case = next(case for case in cases if case.label.endswith("rate 8.0 seed 3000"))
    head = "“The decision followed years of talks,” she said. Local traders confirmed"
    (span,) = {span for span in case.spans if case.text[span[0] :].startswith(head)}
    (truth,) = case.tracked.truths([span])
    placement = _updated_once(case.text, span, case.tracked.text).placement
    assert truth.verdict(placement) != "wrong"


FIRST = "She would correct your grammar even at the bus stop."
SECOND = "In 1969 she founded Read Together, which offered evening classes."
BETWEEN = "By 1983 it had 68 centres and had taught more than 23,000 people."
OBITUARY = f"Tributes came in.\n\n{FIRST}\n\n{SECOND}\n\nShe never retired.\n\n{BETWEEN}\n"
#: The last paragraph moved up between the two, and much edited on the way (too much to
#: be followed as a move).
EDITED = "By 1983 the charity ran 68 centers and had taught over 23,000 adults."
MOVED_BETWEEN = OBITUARY.replace(f"\n\n{BETWEEN}", "").replace(SECOND, f"{EDITED}\n\n{SECOND}")
#: A paragraph typed between the two.
TYPED_BETWEEN = OBITUARY.replace(SECOND, "Friends recall her long walks by the river.\n\n" + SECOND)
OVER_TWO = (OBITUARY.index("your grammar"), OBITUARY.index(" classes."))


def test_a_paragraph_moved_in_between_two_pieces_of_a_passage_asks_for_review() -> None:
    """Which side of a paragraph moved inside it the passage still holds is the reader's
    call, for one paragraph as for several."""
    result = _updated_once(OBITUARY, OVER_TWO, MOVED_BETWEEN)
    assert result.state == "review"


def test_without_the_rule_a_paragraph_moved_in_between_is_silently_taken_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(diff_doubts, "_a_paragraph_from_elsewhere", lambda *_: False)
    result = _updated_once(OBITUARY, OVER_TWO, MOVED_BETWEEN)
    assert result.state == "fuzzy"
    assert "68 centers" in MOVED_BETWEEN[result.placement.start : result.placement.end]


def test_a_paragraph_typed_between_two_pieces_of_a_passage_is_part_of_it() -> None:
    result = _updated_once(OBITUARY, OVER_TWO, TYPED_BETWEEN)
    assert result.state == "fuzzy"
    assert (result.placement.start, result.placement.end) == (
        TYPED_BETWEEN.index("your grammar"),
        TYPED_BETWEEN.index(" classes."),
    )


@pytest.mark.parametrize(
    ("label", "relabelled"), [("Q: ", "Question: "), ("A: ", "Answer: "), ("Mr Hale: ", "Hale: ")]
)
def test_a_label_restyled_under_a_new_heading_leaves_the_heading_out(
    label: str, relabelled: str
) -> None:
    """A passage's first word rewritten where a heading was inserted above it: the new
    word is the passage's, the heading's line is not."""
    line = "Is it true that you write every morning at five?"
    old = f"It will be out in April, in a translation.\n\n{label}{line}\n\nMore to come."
    new = old.replace(f"\n\n{label}", f"\n\nWhat happened\n\n{relabelled}")
    result = _updated_once(old, _span(old, label + line), new)
    assert result.state in ("fuzzy", "review")
    assert (result.placement.start, result.placement.end) == _span(new, relabelled + line)
