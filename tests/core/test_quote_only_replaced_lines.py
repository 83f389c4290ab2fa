"""A passage placed on its words beside another line while its own paragraph stands
elsewhere: ``core.quote_only_replaced_lines``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.figure_twins import own_context
from desktop_app.core.quote_only_replaced_lines import (
    own_paragraph_elsewhere,
    reads_another_line,
    reviewed_off_its_lines,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place

#: The line several notices share, and the lines that may close a notice.
SHARED = "City hall notice: streets in central Yerevan stay closed."
CLOSINGS = ("Շնորհակալութիւն։", "Thank you.", "Merci beaucoup.", "Danke schön.")


def notices(closings: tuple[int, ...], order: tuple[int, ...] | None = None) -> str:
    """Notices numbered from 1, each holding the shared line and one closing line (the
    ``closings``-th), in ``order`` (the notices' numbers; as numbered when None)."""
    numbers = order or tuple(range(1, len(closings) + 1))
    blocks = [
        f"Notice {number} · {10 + number} March 2026\n{SHARED}\n{CLOSINGS[closings[number - 1]]}"
        for number in numbers
    ]
    return "Notices\n\n" + "\n\n".join(blocks) + "\n\nEnd.\n"


def _shared_in(text: str, notice: int) -> tuple[int, int]:
    """The span of the shared line in the notice numbered ``notice``."""
    at = text.index(f"Notice {notice} ·")
    start = text.index(SHARED, at)
    return start, start + len(SHARED)


def _shared_at(text: str, rank: int) -> tuple[int, int]:
    """The span of the shared line in the ``rank``-th notice of ``text`` (from 1)."""
    start = -1
    for _ in range(rank):
        start = text.index(SHARED, start + 1)
    return start, start + len(SHARED)


def test_another_line_is_one_under_half_alike() -> None:
    assert reads_another_line("\nThank you.", "\nՇնորհակալութիւն։")
    assert not reads_another_line("\nThank yuo.", "\nThank you.")
    assert not reads_another_line("\nNo.", "\nYes.")  # too short a side to tell


def test_the_shared_line_beside_another_closing_goes_to_review() -> None:
    old = notices((0, 1, 2))
    start, end = _shared_in(old, 1)
    position, quote = describe(old, start, end)
    # the notices re-sorted: another notice's shared line now stands where the passage's
    # stood, its closing another, while the passage's notice moved down whole
    new = notices((0, 1, 2), order=(2, 3, 1))
    here, here_end = _shared_at(new, 1)
    assert here == start
    assert own_paragraph_elsewhere(new, here, here_end, quote)
    assert place(new, position, quote).state == "review"


def test_a_closing_with_a_typo_is_the_passage_s_own() -> None:
    old = notices((1, 2, 3))
    start, end = _shared_in(old, 1)
    _, quote = describe(old, start, end)
    new = old.replace("Thank you.", "Thank yuo.", 1)
    assert not own_paragraph_elsewhere(new, start, end, quote)


def test_nothing_is_reviewed_when_the_own_paragraph_stands_nowhere() -> None:
    old = notices((0, 1, 2))
    start, end = _shared_in(old, 1)
    _, quote = describe(old, start, end)
    new = notices((1, 2, 3)).replace("Notice 1", "Notice 9")
    here, here_end = _shared_at(new, 2)
    placed = Placement("moved", here, here_end, 0.9)
    assert reviewed_off_its_lines(new, quote, placed) == placed


@settings(max_examples=60, deadline=None)
@given(
    closings=st.lists(st.integers(0, len(CLOSINGS) - 1), min_size=2, max_size=5),
    data=st.data(),
)
def test_a_placement_reading_its_own_paragraph_is_never_reviewed(
    closings: list[int], data: st.DataObject
) -> None:
    text = notices(tuple(closings))
    notice = data.draw(st.integers(1, len(closings)))
    start, end = _shared_in(text, notice)
    _, quote = describe(text, start, end)
    for state in ("exact", "moved", "fuzzy"):
        placed = Placement(state, start, end, 1.0)
        assert reviewed_off_its_lines(text, quote, placed) == placed


@settings(max_examples=60, deadline=None)
@given(
    closings=st.lists(st.integers(0, len(CLOSINGS) - 1), min_size=2, max_size=5),
    data=st.data(),
)
def test_only_a_copy_beside_another_closing_is_doubted(
    closings: list[int], data: st.DataObject
) -> None:
    text = notices(tuple(closings))
    mine = data.draw(st.integers(1, len(closings)))
    other = data.draw(st.integers(1, len(closings)))
    start, end = _shared_in(text, mine)
    _, quote = describe(text, start, end)
    here, here_end = _shared_in(text, other)
    doubted = own_paragraph_elsewhere(text, here, here_end, quote)
    assert doubted == (closings[mine - 1] != closings[other - 1])


def test_a_line_put_in_between_leaves_the_passage_where_it_stood() -> None:
    old = notices((0, 1, 2))
    start, end = _shared_in(old, 1)
    _, quote = describe(old, start, end)
    own_notice = old[old.index("Notice 1 ·") : end + 1 + len(CLOSINGS[0])]
    # a line put in after the passage, its closing further down its own paragraph, and the
    # notice reprinted whole at the end: the quote with its own context stands there
    new = old.replace(f"{SHARED}\n{CLOSINGS[0]}", f"{SHARED}\nFollowed by News\n{CLOSINGS[0]}")
    new = new.replace("\n\nEnd.", f"\n\n{own_notice}\n\nEnd.")
    _, own_suffix = own_context(quote)
    assert reads_another_line(new[end : end + len(own_suffix)], own_suffix)
    assert own_notice in new
    assert not own_paragraph_elsewhere(new, start, end, quote)
    # the same notice with its closing gone from beside the passage is doubted
    cut = new.replace(f"Followed by News\n{CLOSINGS[0]}", "Followed by News", 1)
    assert own_paragraph_elsewhere(cut, start, end, quote)
