"""A passage on a numbered line followed to its own line renumbered (update path)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.update_renumbered_lines import (
    DIGITS,
    figures_aside,
    has_digits,
    line_around,
    offset_in_twin,
    renumbered_line_followed,
    twin_lines,
)

OLD = (
    "Notices are in date order.\n\n"
    "Notice 31\nWater off tomorrow.\nPosted · 9 likes\n\n"
    "Notice 32\nSweep the road.\nPosted · 4 likes\n\n"
    "Notice 33\nWater off tomorrow.\nPosted · 2 likes"
)
#: Notice 30 deleted upstream: every later number one down.
NEW = (
    "Notices are in date order.\n\n"
    "Notice 30\nWater off tomorrow.\nPosted · 9 likes\n\n"
    "Notice 31\nSweep the road.\nPosted · 4 likes\n\n"
    "Notice 32\nWater off tomorrow.\nPosted · 2 likes"
)


def test_figures_aside_and_lines_around() -> None:
    assert figures_aside("Q12. (3 marks) 2024") == "Q#. (# marks) #"
    assert line_around("ab\ncd\nef", 4) == (3, 5)
    assert line_around("ab\ncd", 0) == (0, 2)
    assert line_around("ab\n", 3) == (3, 3)


def test_twin_lines_read_alike_figures_aside_with_their_neighbours() -> None:
    shape = ("", "Notice #", "Water off tomorrow.")
    starts = twin_lines(NEW, "Notice 31", shape)
    assert [NEW[at : at + 9] for at in starts] == ["Notice 30", "Notice 32"]
    assert twin_lines(NEW, "No 1", ("", "No #", "")) == []  # too short to look up


def test_the_old_number_on_the_next_notice_is_left_for_its_own_renumbered() -> None:
    start = OLD.index("Notice 31")
    placed = Placement("moved", NEW.index("Notice 31"), NEW.index("Notice 31") + 9, 1.0)
    followed = renumbered_line_followed(OLD, NEW, start, start + 9, placed)
    assert NEW[followed.start : followed.end] == "Notice 30"
    assert followed.state == "fuzzy"
    assert 0.5 < followed.score < 1.0
    # a passage inside the line: the same words on the twin
    start = OLD.index("tice 31")
    placed = Placement("moved", NEW.index("tice 31"), NEW.index("tice 31") + 4, 1.0)
    followed = renumbered_line_followed(OLD, NEW, start, start + 4, placed)
    assert followed == Placement("exact", NEW.index("tice 30"), NEW.index("tice 30") + 4, 1.0)


def test_lines_among_their_own_neighbours_or_quoted_alike_are_kept() -> None:
    start = OLD.index("Notice 32")
    own = Placement("fuzzy", NEW.index("Notice 31"), NEW.index("Notice 31") + 9, 0.9)
    assert renumbered_line_followed(OLD, NEW, start, start + 9, own) == own  # not its words
    same = NEW.replace("Notice 30", "Notice 31").replace("Notice 32", "Notice 33")
    start = OLD.index("Notice 31")
    placed = Placement("exact", start, start + 9, 1.0)
    assert renumbered_line_followed(OLD, same, start, start + 9, placed) == placed
    # a line whose neighbours changed while no other old item had it renumbered
    edited = OLD.replace("Sweep the road.", "Sweep the road, please.")
    start = OLD.index("Notice 32")
    placed = Placement("exact", start, start + 9, 1.0)
    assert renumbered_line_followed(OLD, edited, start, start + 9, placed) == placed
    across = Placement("fuzzy", 0, 40, 0.9)
    assert renumbered_line_followed(OLD, NEW, 0, 40, across) == across
    plain = OLD.index("Sweep")
    kept = Placement("moved", NEW.index("Sweep"), NEW.index("Sweep") + 5, 1.0)
    assert renumbered_line_followed(OLD, NEW, plain, plain + 5, kept) == kept  # no figures


@given(
    st.lists(st.integers(0, 999), min_size=1, max_size=4),
    st.lists(st.integers(0, 999), min_size=4, max_size=4),
    st.data(),
)
def test_offsets_off_the_figures_keep_their_letter(
    old_numbers: list[int], new_numbers: list[int], data: st.DataObject
) -> None:
    words = ["Q", " part ", " of ", " in "]
    line = "".join(f"{words[k]}{n}" for k, n in enumerate(old_numbers)) + "."
    twin = "".join(f"{words[k]}{new_numbers[k]}" for k in range(len(old_numbers))) + "."
    assert figures_aside(line) == figures_aside(twin)
    offset = data.draw(st.integers(0, len(line) - 1))
    if line[offset].isdigit():
        return
    for at_end in (False, True):
        mapped = offset_in_twin(line, twin, offset, at_end=at_end)
        assert twin[mapped] == line[offset]
        assert twin[:mapped].count(" ") == line[:offset].count(" ")


def test_a_notice_of_one_template_kept_whole_is_not_taken_for_the_passage_renumbered() -> None:
    # nothing renumbered: notice 10's body retyped, notice 1 (the same template) unchanged
    old = (
        "Board\n\nNotice 1\nWater off tomorrow.\n\nNotice 5\nWater off TOMORROW.\n\n"
        "Notice 10\nWater off tomorrow."
    )
    new = old[: old.rindex("Water")] + "Water off TOMORROW."
    start = old.index("Notice 10")
    placed = Placement("exact", start, start + 9, 1.0)
    assert renumbered_line_followed(old, new, start, start + 9, placed) == placed


@given(
    st.text(
        st.one_of(
            st.sampled_from("abc ’“é\t٣३7۹0\U0001d7ce\ud800"),
            st.characters(codec=None),
        ),
        max_size=40,
    )
)
def test_has_digits_reads_as_the_pattern(line: str) -> None:
    # digits of any script (Arabic-Indic, Devanagari, mathematical), a lone surrogate
    assert has_digits(line) == (DIGITS.search(line) is not None)


def test_has_digits_finds_a_digit_among_other_scripts() -> None:
    assert has_digits("Notice ٣ · “posted”")
    assert not has_digits("Notice three · “posted”")
    assert has_digits("Notice 3")
    assert not has_digits("Notice three")
