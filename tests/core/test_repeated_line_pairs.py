"""Repeated lines paired by their neighbours: lines the new text lacks are no one's concern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.repeated_line_pairs import repaired_pairs

LINES = ["Ends", "Sent: Monday", "Dear guest,", "alpha beta", "alpha betta", "gamma", ""]


def _pairs(old: list[str], new: list[str]) -> dict[int, int]:
    """Old index → new index of the lines kept in order (a greedy stand-in for a diff)."""
    pairs: dict[int, int] = {}
    at = 0
    for index, line in enumerate(old):
        if line in new[at:]:
            at = new.index(line, at)
            pairs[index] = at
            at += 1
    return pairs


def test_copies_follow_their_entries_past_a_line_edited_in_one() -> None:
    old = ["First entry", "Ends", "", "Second entry", "Ends", "", "an edited line"]
    new = ["Second entry", "Ends", "", "First entry", "Ends", "", "an edyted line"]
    # the diff kept each "Ends" where it stood: each goes with the entry above it
    changes, doubtful = repaired_pairs(old, new, {0: 3, 1: 1, 2: 2, 3: 0, 4: 4, 5: 5})
    assert changes == {1: 4, 4: 1}
    assert doubtful == set()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), max_size=12),
    st.lists(st.sampled_from(LINES), max_size=12),
)
def test_a_line_the_new_text_lacks_is_never_repaired_nor_doubted(
    old: list[str], new: list[str]
) -> None:
    changes, doubtful = repaired_pairs(old, new, _pairs(old, new))
    keys = {line.strip() for line in new}
    for index in [*changes, *doubtful]:
        assert old[index].strip() in keys
    for target in changes.values():
        assert target is None or 0 <= target < len(new)
