"""Quote-only placement of one copy of a repeated sentence after a label was put before
every copy ("Important: "): its prefix stands whole just before the label
(``core.displaced_context``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.displaced_context import appended_copy, displaced_copy

REPEATED = "Nothing in this agreement affects the tenant’s statutory rights."
SECTIONS = [
    "Part 1: Rent. The rent is due on the first day of every month, paid by standing order.",
    "Part 2: Deposit. The deposit is held in a government-backed scheme for the whole term.",
    "Part 3: Repairs. The landlord keeps the structure and exterior in repair at all times.",
    "Part 4: Ending. Either party may end the tenancy with two months' notice in writing.",
]


def _agreement(label: str) -> str:
    return "\n\n".join(f"{section}\n\n{label}{REPEATED}" for section in SECTIONS)


def _flagged_spans(text: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(REPEATED)
    while at != -1:
        spans.append((at, at + len(REPEATED)))
        at = text.find(REPEATED, at + 1)
    return spans


@settings(max_examples=20, deadline=None)
@given(
    label=st.sampled_from(["Important: ", "⚠️ Important: ", "Note: ", "⚠️ ", "• "]),
    which=st.integers(0, len(SECTIONS) - 1),
)
def test_each_copy_of_a_flagged_sentence_is_placed_where_it_stood(label: str, which: int) -> None:
    old = _agreement("")
    new = _agreement(label)
    old_spans, new_spans = _flagged_spans(old), _flagged_spans(new)
    _, quote = describe(old, *old_spans[which])
    assert displaced_copy(new, quote) == new_spans[which][0]
    placements = place_all(new, [Request(*describe(old, s, e)) for s, e in old_spans])
    assert [(p.state, p.start, p.end) for p in placements] == [
        ("moved", s, e) for s, e in new_spans
    ]


def test_words_that_are_no_label_leave_the_copy_a_guess() -> None:
    old = _agreement("")
    new = _agreement("As reported above, ")  # a back-reference, not a label
    _, quote = describe(old, *_flagged_spans(old)[1])
    assert displaced_copy(new, quote) is None


def test_a_copy_needs_its_suffix_whole_and_its_prefix_a_label_off() -> None:
    old = _agreement("")
    _, quote = describe(old, *_flagged_spans(old)[2])
    # The context unchanged: nothing displaced (the search's own business).
    assert displaced_copy(old, quote) is None
    # The suffix changed too: no copy.
    changed = _agreement("Important: ").replace("Part 4: Ending", "Part 4: Leaving")
    assert displaced_copy(changed, quote) is None
    # A line break between the prefix and the passage: not a label.
    broken = old.replace(f"\n\n{REPEATED}", f"\n\nImportant:\n{REPEATED}")
    assert displaced_copy(broken, quote) is None


def test_two_copies_with_the_same_context_tell_nothing() -> None:
    old = _agreement("")
    new = _agreement("Important: ")
    _, quote = describe(old, *_flagged_spans(old)[0])
    doubled = new + "\n\n" + new
    assert displaced_copy(doubled, quote) is None
    start = _flagged_spans(old)[0][0]
    _, short = describe(old, start, start + len("Nothing in"))
    assert displaced_copy(new, short) is None  # too short to tell, however clear
    _, longer = describe(old, start, start + len("Nothing in this"))
    assert displaced_copy(new, longer) == _flagged_spans(new)[0][0]


def test_the_last_copy_is_placed_when_notes_were_appended_after_it() -> None:
    old = _agreement("")
    last = _flagged_spans(old)[-1]
    new = old + "\n\nNotes\n\n1. see clause 4.2\n2. closed on bank holidays"
    _, quote = describe(old, *last)
    assert appended_copy(new, quote) == last[0]
    assert appended_copy(old, quote) is None  # nothing appended: the search's business
    placements = place_all(new, [Request(*describe(old, s, e)) for s, e in _flagged_spans(old)])
    assert [(p.start, p.end) for p in placements] == _flagged_spans(old)
    assert all(p.state in ("exact", "moved") for p in placements)


def test_a_last_copy_followed_by_text_that_stood_before_it_stays_a_guess() -> None:
    old = _agreement("")
    _, quote = describe(old, *_flagged_spans(old)[-1])
    # Another copy after it: what follows was not only appended.
    assert appended_copy(old + "\n\n" + REPEATED, quote) is None
    # The first paragraph moved to the end: text follows the last passage, and a passage
    # that stood before it (placed with confidence) stands after it now: what follows
    # may be text moved there rather than appended, and the batch leaves it a guess.
    rent = (
        "The rent is due on the first day of every month. It is paid by standing order to"
        " the agent. Late rent carries a charge of ten pounds a week."
    )
    deposit = "The deposit is held in a government-backed scheme for the whole term."
    old = "\n\n".join([rent, deposit, REPEATED])
    new = "\n\n".join([deposit, REPEATED, rent])
    _, quote = describe(old, *_span_of(old, REPEATED))
    assert appended_copy(new, quote) == new.index(REPEATED)
    pieces = ["It is paid by standing order", "first day of every month", REPEATED]
    placements = place_all(new, [Request(*describe(old, *_span_of(old, p))) for p in pieces])
    assert placements[0].state == "moved"
    assert placements[0].start == new.index(pieces[0])
    assert placements[2].state == "review"


def _span_of(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)
