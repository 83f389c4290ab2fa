"""Entries that each close with the same lines (a disclaimer, "Ends", a stock reply) put in
another order: the repeated lines go with their own entry (``core.block_moves``,
``core.repeated_line_pairs``; by the quote alone, ``quote_search``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from desktop_app.core.anchoring import describe
from desktop_app.core.block_moves import Edit, block_moves, slid_to_moves
from desktop_app.core.reanchor import place
from desktop_app.core.repeated_line_pairs import Repairs, repaired_pairs
from tests.core.test_reanchor import _updated_once

DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error, please tell the sender and delete it."
)
FOOTER = "Ends/Tuesday, March 3, 2026\nIssued at HKT 16:30"
BODIES = [
    "From: Oliver Brandt\nSubject: Revised dates\n\nThe sensors are three days late; the new "
    "plan is attached.",
    "From: Somchai Rattanakorn\nSubject: Test report\n\nThirty-eight of four hundred sensors "
    "read too high and were recalibrated.",
    "From: Marta Kowalczyk\nSubject: Delayed sensors\n\nThe twelve pallets did not arrive on "
    "Monday; please confirm a date.",
    "From: Ilse Warnke\nSubject: Customs\n\nThe customs papers for the second lorry are "
    "ready and signed by the broker.",
]


def _thread(order: list[int], closing: str = DISCLAIMER) -> str:
    entries = [f"{BODIES[index]}\n\n{closing}" for index in order]
    return "Conversation export\n\n" + "\n\n".join(entries) + "\n\nEnd of export."


def _nth(text: str, part: str, count: int) -> tuple[int, int]:
    at = -1
    for _ in range(count + 1):
        at = text.index(part, at + 1)
    return at, at + len(part)


def _owner(text: str, at: int) -> str:
    """The sender of the entry that holds offset ``at``."""
    start = text.rindex("From: ", 0, at)
    return text[start : text.index("\n", start)]


def _check(old_order: list[int], new_order: list[int], closing: str, part: str) -> None:
    old, new = _thread(old_order, closing), _thread(new_order, closing)
    for copy in range(len(old_order)):
        span = _nth(old, part, copy)
        result = _updated_once(old, span, new)
        placement = result.placement
        assert placement.state != "orphaned"
        assert new[placement.start : placement.end] == part
        if placement.state != "review":
            assert _owner(new, placement.start) == _owner(old, span[0])


def test_two_e_mails_swapped_keep_their_own_disclaimers() -> None:
    _check([0, 1, 2], [1, 0, 2], DISCLAIMER, DISCLAIMER)


def test_a_log_put_in_reverse_order_keeps_each_entry_s_closing_lines() -> None:
    _check([0, 1, 2, 3], [3, 2, 1, 0], FOOTER, "Issued at HKT 16:30")
    _check([0, 1, 2, 3], [3, 2, 1, 0], DISCLAIMER, "please tell the sender")


@settings(max_examples=30, deadline=None)
@given(order=st.permutations([0, 1, 2, 3]), closing=st.sampled_from([DISCLAIMER, FOOTER]))
def test_any_order_of_entries_keeps_closing_lines_with_their_entry(
    order: list[int], closing: str
) -> None:
    part = closing.split("\n")[1]
    _check([0, 1, 2, 3], list(order), closing, part)


def test_lines_in_the_same_order_stay_paired_as_they_were() -> None:
    old = _thread([0, 1, 2])
    new = old.replace("three days late", "four days late")
    for copy in range(3):
        span = _nth(old, DISCLAIMER, copy)
        placement = _updated_once(old, span, new).placement
        assert placement.state == "moved" or placement.state == "exact"
        assert (placement.start, placement.end) == _nth(new, DISCLAIMER, copy)


def test_a_deletion_slides_along_repeated_lines_to_read_as_the_insertion() -> None:
    old = ["a1", "a2", "a3", "F", "b", "F", "c"]  # two entries, each closed by F, swapped
    new = ["b", "F", "a1", "a2", "a3", "F", "c"]
    for kept_copy in (3, 5):  # whichever copy of F the diff keeps with the longer entry
        steps = [
            Edit("insert", 0, 0, 0, 2),
            Edit("equal", 0, 3, 2, 5),
            Edit("delete", 3, 5, 5, 5) if kept_copy == 5 else Edit("equal", 3, 4, 5, 6),
            Edit("equal", 5, 7, 5, 7) if kept_copy == 5 else Edit("delete", 4, 6, 6, 6),
        ]
        if kept_copy == 3:
            steps.append(Edit("equal", 6, 7, 6, 7))
        assert _valid(steps, old, new)
        slid = slid_to_moves(steps, old, new)
        assert _valid(slid, old, new)
        deleted = [tuple(old[s.src_start : s.src_end]) for s in slid if s.tag == "delete"]
        assert deleted == [("b", "F")]


def test_a_block_that_reads_the_same_once_in_each_text_moves_whole() -> None:
    old = ["head\n", "unique line of some length\n", "F\n", "tail\n"]
    new = ["unique line of some length\n", "F\n", "head\n", "tail\n"]
    steps = [
        Edit("insert", 0, 0, 0, 2),
        Edit("equal", 0, 1, 2, 3),
        Edit("delete", 1, 3, 3, 3),
        Edit("equal", 3, 4, 3, 4),
    ]
    assert block_moves(steps, old, new, 10) == [(1, 0), (2, 1)]


def test_a_repeated_line_follows_the_unique_line_above_it() -> None:
    old = ["one\n", "F\n", "two\n", "F\n"]
    new = ["two\n", "F\n", "one\n", "F\n"]
    pairs = {0: 2, 1: 1, 2: 0, 3: 3}  # the diff kept both copies in place
    assert repaired_pairs(old, new, pairs) == Repairs({1: 3, 3: 1}, set())


def test_a_repeated_heading_follows_the_line_in_its_own_paragraph() -> None:
    old = ["Methods:\n", "one\n", "\n", "Methods:\n", "two\n"]
    new = ["Methods:\n", "two\n", "\n", "Methods:\n", "one\n"]
    pairs = {0: 0, 1: 4, 3: 3, 4: 1}
    assert repaired_pairs(old, new, pairs) == Repairs({0: 3, 3: 0}, set())


def test_a_repeated_line_follows_a_unique_line_the_diff_left_unpaired() -> None:
    old = ["top\n", "\n", "F\n", "Sent: Thursday 16:42\n", "\n", "F\n", "Sent: Wednesday 18:20\n"]
    new = ["top\n", "\n", "F\n", "Sent: Wednesday 18:20\n", "\n", "F\n", "Sent: Thursday 16:42\n"]
    # the two "Sent" lines read alike, so the diff took each for edited where it stood
    pairs = {0: 0, 1: 1, 2: 2, 4: 4, 5: 5}
    assert repaired_pairs(old, new, pairs) == Repairs({2: 5, 5: 2}, set())


def test_a_closing_line_below_an_edited_line_that_moved_away_is_doubtful() -> None:
    old = ["Lane closures\n", "\n", "Ends\n", "\n", "Ask for a copy 🙋\u200d♀️.\n", "\n"]
    old += ["Ends\n", "\n", "Ferry fares"]
    new = ["Ask for a copy 🙋♀️.\n", "\n", "Ends\n", "\n", "Lane closures\n", "\n"]
    new += ["Ends\n", "\n", "Ferry fares"]
    # the first two entries swapped, the second edited on the way: the "Ends" below it
    # went up with it, or stayed above "Ferry fares" (which opened the next entry)
    pairs = {0: 4, 1: 1, 2: 2, 3: 3, 5: 5, 6: 6, 7: 7, 8: 8}
    assert 6 in repaired_pairs(old, new, pairs).doubtful


def test_an_edited_line_alone_does_not_pair_a_repeated_line() -> None:
    read_more = "Read more: the accords.\n"
    old = ["A first report on the summit.\n", read_more, "Another story here.\n", read_more]
    new = ["Another story here.\n", read_more, "A first report on the summit, joined.\n", read_more]
    pairs = {1: 1, 2: 0, 3: 3}
    # the first "Read more" has only the edited report above it to go by, which is not
    # enough to send it down: the last one's claim (the story above it) against nothing
    # leaves the first on its copy, in doubt, and neither is swapped
    assert repaired_pairs(old, new, pairs) == Repairs({}, {1})


def test_two_e_mails_from_one_sender_swapped_keep_their_own_from_lines() -> None:
    def mail(sent: str, body: str) -> str:
        return (
            f"From: Oliver Brandt <oliver.brandt@kestrel.example>\nSent: {sent}\n"
            f"To: Marta Kowalczyk\n\nHi Marta,\n{body}\n\nBest regards,\nOliver Brandt"
        )

    first = mail("Thursday, 12 March 2026 16:42", "Confirmed: the pallets leave on Monday.")
    between = "From: Marta Kowalczyk\nSent: Thursday, 12 March 2026 11:05\n\nTwo open points."
    third = mail("Wednesday, 11 March 2026 18:20", "Sorry, the sensors are three days late.")
    old = "Messages\n\n" + "\n\n".join([first, between, third])
    new = "Messages\n\n" + "\n\n".join([third, between, first])
    line = "From: Oliver Brandt <oliver.brandt@kestrel.example>"
    for copy, entry in ((0, first), (1, third)):
        placement = _updated_once(old, _nth(old, line, copy), new).placement
        if placement.state != "review":
            assert placement.start == new.index(entry)


def test_a_repeated_paragraph_whose_neighbour_moved_alone_stays() -> None:
    old = ["one\n", "\n", "R\n", "\n", "two\n", "\n", "three\n", "\n", "R\n", "\n", "four\n"]
    new = ["two\n", "\n", "R\n", "\n", "one\n", "\n", "three\n", "\n", "R\n", "\n", "four\n"]
    # "one" moved down past "two"; each R is its own paragraph and stayed where it stood
    pairs = {0: 4, 2: 2, 4: 0, 6: 6, 8: 8, 10: 10}
    assert repaired_pairs(old, new, pairs) == Repairs({}, set())


def test_a_line_whose_unique_neighbour_was_deleted_is_not_paired_past_it() -> None:
    old = ["Q: first?\n", "A: No.\n", "Q: second?\n", "A: No.\n", "Q: third?\n"]
    new = ["Q: first?\n", "A: No.\n", "Q: third?\n"]
    pairs = {0: 0, 1: 1, 4: 2}
    assert repaired_pairs(old, new, pairs) == Repairs({}, set())


def test_a_paragraph_of_its_own_between_entries_that_parted_is_doubtful() -> None:
    old = ["top\n", "\n", "R\n", "\n", "one\n", "\n", "R\n", "\n", "two\n", "\n", "R\n"]
    new = ["top\n", "\n", "R\n", "\n", "two\n", "\n", "R\n", "\n", "one\n", "\n", "R\n"]
    # the middle R may have closed "one" (and gone down with it) or opened "two" (and
    # come up with it); the last closed "two" or came down after "one"
    pairs = {0: 0, 2: 2, 4: 8, 6: 6, 8: 4, 10: 10}
    repairs = repaired_pairs(old, new, pairs)
    assert 6 in repairs.doubtful
    assert repairs.changes.get(6) is None or repairs.changes[6] in (2, 10)


def _valid(steps: list[Edit], old: list[str], new: list[str]) -> bool:
    at_old = at_new = 0
    for step in steps:
        if (step.src_start, step.dest_start) != (at_old, at_new):
            return False
        if (
            step.tag == "equal"
            and old[step.src_start : step.src_end] != new[step.dest_start : step.dest_end]
        ):
            return False
        at_old, at_new = step.src_end, step.dest_end
    return (at_old, at_new) == (len(old), len(new))


@settings(max_examples=200, deadline=None)
@given(
    old=st.lists(st.sampled_from(["a", "b", "F", "G", "\n"]), max_size=14),
    new=st.lists(st.sampled_from(["a", "b", "F", "G", "\n"]), max_size=14),
)
def test_sliding_keeps_a_valid_diff(old: list[str], new: list[str]) -> None:
    steps = [
        Edit(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Indel.opcodes(old, new)
    ]
    slid = slid_to_moves(steps, old, new)
    assert _valid(slid, old, new)
    kept = sum(s.src_end - s.src_start for s in slid if s.tag == "equal")
    assert kept == sum(s.src_end - s.src_start for s in steps if s.tag == "equal")


def test_quote_only_a_closing_line_at_its_old_offsets_in_another_entry_is_not_taken_there() -> None:
    closing = "This e-mail is confidential.\nPlease delete it if you are not the addressee."
    first, second = "Alpha reports the sensors late.", "Bravo reports the pallets lost."
    old = f"Thread\n\n{first}\n\n{closing}\n\n{second}\n\n{closing}\n\nEnd."
    new = f"Thread\n\n{second}\n\n{closing}\n\n{first}\n\n{closing}\n\nEnd."
    line = closing.split("\n")[0]
    start = old.index(line)  # the line closing Alpha's entry, now at Bravo's place
    assert new[start : start + len(line)] == line
    placement = place(new, *describe(old, start, start + len(line)))
    alpha_copy = new.index(line, new.index(first))
    assert placement.state == "review" or placement.start == alpha_copy
