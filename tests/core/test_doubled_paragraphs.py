"""Tests for one paragraph an update printed twice in a row, a figure of one copy changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.doubled_paragraphs import DoubledParagraphs, doubled_paragraphs
from tests.core.test_reanchor import _updated_once

PORTS = ("Cowes", "Ryde Pier", "Yarmouth", "Fishbourne", "St Peter Port", "Lymington")


def _sailing(number: int, index: int, bump: int = 0) -> str:
    """A sailing of the timetable; ``bump`` raises its departure by that many minutes."""
    port = PORTS[index % len(PORTS)]
    return (
        f"Sailing {number} — {port}, 10:{10 + index * 5 + bump:02d} from Southampton\n"
        f"Calls at {PORTS[(index + 1) % len(PORTS)]}, {port} 11:{index * 5:02d}.\n"
        "Not on bank holidays."
    )


def _timetable(count: int, pasted: int | None = None, *, before: bool = True) -> str:
    """A timetable of ``count`` sailings; with ``pasted``, that sailing pasted again before
    (or after) itself, then the original's departure corrected one minute on."""
    parts: list[str] = []
    for index in range(count):
        if index == pasted:
            copy, original = _sailing(index + 1, index), _sailing(index + 1, index, bump=1)
            parts.extend((copy, original) if before else (original, copy))
        else:
            parts.append(_sailing(index + 1, index))
    return "Timetable\n\n" + "\n\n".join(parts) + "\n\nFares are on the back page."


def _both_copies(new: str, index: int) -> tuple[int, int]:
    """The span of the two copies of sailing ``index`` in ``new``."""
    start = new.index(f"Sailing {index + 1} —")
    end = new.index("\n\n", new.index(f"Sailing {index + 1} —", start + 1))
    return start, end


def test_a_block_pasted_beside_itself_then_corrected_is_one_doubled_paragraph() -> None:
    old = _timetable(4)
    for before in (True, False):
        new = _timetable(4, pasted=1, before=before)
        assert doubled_paragraphs(Alignment(old, new)) == [_both_copies(new, 1)]


def test_a_passage_inside_either_copy_or_coming_in_or_out_of_them_is_held() -> None:
    old, new = _timetable(4), _timetable(4, pasted=1)
    doubled = DoubledParagraphs(Alignment(old, new))
    start, end = _both_copies(new, 1)
    assert doubled.holds(start, start + 10)
    assert doubled.holds(end - 20, end)
    assert doubled.holds(start - 8, start + 10)  # from the sailing above into a copy
    assert doubled.holds(end - 8, end + 12)  # out of a copy into the sailing below
    below = new.index("Sailing 3 —")
    assert not doubled.holds(below, below + 10)
    assert not doubled.holds(0, 9)
    assert not doubled.holds(start - 30, end + 12)  # across both copies: whichever, whole


def test_two_old_twins_put_side_by_side_are_no_doubled_paragraph() -> None:
    first = "Sailing 1 — Cowes, 10:10\nNot on bank holidays."
    second = "Sailing 2 — Cowes, 10:40\nNot on bank holidays."
    old = f"Timetable\n\n{first}\n\nFares\n\n{second}"
    new = f"Timetable\n\n{first}\n\n{second}\n\nFares"
    assert doubled_paragraphs(Alignment(old, new)) == []


def test_two_entries_made_alike_by_a_line_dropped_are_no_doubled_paragraph() -> None:
    old = (
        "Register\n\nNo. 4 — 5 May\nJohn was baptised.\nBy the Vicar.\n\n"
        "No. 5 — 6 May\nJohn was baptised.\n\nNo. 5 — 6 May\nJohn was baptised.\nBy the Curate."
    )
    new = old.replace("\nBy the Curate.", "")
    assert doubled_paragraphs(Alignment(old, new)) == []


def test_a_block_pasted_word_for_word_is_left_to_the_other_rules() -> None:
    old = _timetable(3)
    copy = _sailing(2, 1)
    new = old.replace(copy, f"{copy}\n\n{copy}")
    assert doubled_paragraphs(Alignment(old, new)) == []


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=1, max_value=6), data=st.data())
def test_a_pasted_and_corrected_block_is_found_wherever_it_stands(
    count: int, data: st.DataObject
) -> None:
    pasted = data.draw(st.integers(min_value=0, max_value=count - 1))
    before = data.draw(st.booleans())
    old, new = _timetable(count), _timetable(count, pasted=pasted, before=before)
    assert doubled_paragraphs(Alignment(old, new)) == [_both_copies(new, pasted)]
    assert doubled_paragraphs(Alignment(old, old)) == []


def test_an_update_reviews_a_passage_of_a_pasted_block_and_keeps_its_best_guess() -> None:
    old, new = _timetable(4), _timetable(4, pasted=2, before=True)
    quote = "Calls at Fishbourne, Yarmouth 11:10."
    start = old.index(quote)
    result = _updated_once(old, (start, start + len(quote)), new, title="Timetable")
    assert result.placement.state == "review"
    assert new[result.placement.start : result.placement.end] == quote


def test_an_update_still_places_a_passage_of_a_block_that_was_not_pasted() -> None:
    old, new = _timetable(4), _timetable(4, pasted=2, before=True)
    quote = "Calls at Yarmouth, Ryde Pier 11:05."
    start = old.index(quote)
    result = _updated_once(old, (start, start + len(quote)), new, title="Timetable")
    assert result.placement.state in ("exact", "moved")
    assert new[result.placement.start : result.placement.end] == quote


def test_a_pasted_block_retyped_with_a_typo_or_its_lines_swapped_is_still_doubled() -> None:
    old = _timetable(4)
    pasted = _timetable(4, pasted=1, before=True)
    copy = _sailing(2, 1)
    lines = copy.split("\n")
    for retyped in (copy.replace("Southampton", "Southamptn"), "\n".join(lines[::-1])):
        new = pasted.replace(copy, retyped, 1)
        start = new.index(retyped)
        end = new.index("\n\n", start + len(retyped) + 2)
        assert doubled_paragraphs(Alignment(old, new)) == [(start, end)]


def test_an_old_near_twin_moved_beside_its_twin_is_no_doubled_paragraph() -> None:
    first = "Verse 1\nGuide me, O thou great Redeemer,\nPilgrim through this barren land."
    second = "Verse 2\nGuide me, O thou great Redeemer,\nPilgrim through this barren sand."
    old = f"Hymn\n\n{first}\n\nChorus\n\nNotes\n\n{second}\n\nEnd"
    new = f"Hymn\n\n{first}\n\n{second}\n\nChorus\n\nNotes\n\nEnd"
    assert doubled_paragraphs(Alignment(old, new)) == []
