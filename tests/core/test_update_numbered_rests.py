"""A doubted passage on a numbered line placed on its line renumbered (update path)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.update_numbered_rests import renumbered_rest_followed

OLD = (
    "Places 1–4 · Elite women\n"
    "1. Ida Duarte (Lyon AC) 2:24:12\n"
    "2. Kim Berg (Northgate AC) 2:24:14\n"
    "3. Sara Mensah (Lyon AC) 2:24:23\n"
    "4. Eva Petit (Riverside) 2:24:30\n"
    "Ends"
)
#: Kim Berg disqualified: her line removed, the places below one up, a DSQ line at the foot.
NEW = (
    "Places 1–4 · Elite women\n"
    "1. Ida Duarte (Lyon AC) 2:24:12\n"
    "2. Sara Mensah (Lyon AC) 2:24:23\n"
    "3. Eva Petit (Riverside) 2:24:30\n"
    "Ends\n"
    "DSQ Kim Berg (Northgate AC)"
)
REVIEW = Placement("review", 0, 4, 0.5)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_whole_line_goes_to_its_line_renumbered() -> None:
    start, end = _span(OLD, "3. Sara Mensah (Lyon AC) 2:24:23")
    placed = renumbered_rest_followed(OLD, NEW, start, end, REVIEW)
    assert placed.state == "fuzzy"
    assert NEW[placed.start : placed.end] == "2. Sara Mensah (Lyon AC) 2:24:23"


def test_the_number_alone_and_the_words_alone_follow_too() -> None:
    start, end = _span(OLD, "4.")
    placed = renumbered_rest_followed(OLD, NEW, start, end, Placement("orphaned", 0, 0, 0.0))
    assert NEW[placed.start : placed.end] == "3."
    start, end = _span(OLD, "Eva Petit")
    placed = renumbered_rest_followed(OLD, NEW, start, end, REVIEW)
    assert (placed.state, NEW[placed.start : placed.end]) == ("moved", "Eva Petit")


def test_a_placed_passage_is_left_as_it_was() -> None:
    start, end = _span(OLD, "Eva Petit")
    moved = Placement("moved", 3, 12, 1.0)
    assert renumbered_rest_followed(OLD, NEW, start, end, moved) is moved


def test_a_removed_line_is_not_taken_for_its_disqualification() -> None:
    start, end = _span(OLD, "Kim Berg (Northgate AC)")
    assert renumbered_rest_followed(OLD, NEW, start, end, REVIEW) is REVIEW


def test_words_standing_twice_or_off_a_numbered_line_are_left() -> None:
    twice = NEW + "\n5. Eva Petit (Riverside) 2:24:30"
    start, end = _span(OLD, "Eva Petit")
    assert renumbered_rest_followed(OLD, twice, start, end, REVIEW) is REVIEW
    unnumbered = NEW.replace("3. Eva", "Eva")
    assert renumbered_rest_followed(OLD, unnumbered, start, end, REVIEW) is REVIEW
    other_marks = NEW.replace("3. Eva", "3) Eva")
    assert renumbered_rest_followed(OLD, other_marks, start, end, REVIEW) is REVIEW


def test_a_heading_naming_its_number_again_is_left() -> None:
    old = "17. Notice 17\nRubbish.\n\n18. Notice 18\nPlayground shut."
    new = "18. Notice 18\nRoad repairs.\n\n17. Notice 17\nPlayground shut."
    start, end = _span(old, "18. Notice 18")
    assert renumbered_rest_followed(old, new, start, end, REVIEW) is REVIEW


def test_a_passage_across_lines_or_in_a_short_rest_is_left() -> None:
    start, end = _span(OLD, "2:24:23\n4. Eva")
    assert renumbered_rest_followed(OLD, NEW, start, end, REVIEW) is REVIEW
    old, new = "1. Ends\n2. Go on", "1. Go on"
    assert renumbered_rest_followed(old, new, 11, 16, REVIEW) is REVIEW


@given(
    names=st.lists(
        st.text(alphabet="abcdefgh ", min_size=8, max_size=14).filter(
            lambda name: name == name.strip()
        ),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    data=st.data(),
)
def test_lines_renumbered_after_a_removal_keep_their_words(
    names: list[str], data: st.DataObject
) -> None:
    old = "\n".join(f"{n}. {name}" for n, name in enumerate(names, 1))
    removed = data.draw(st.integers(0, len(names) - 1))
    kept = names[:removed] + names[removed + 1 :]
    new = "\n".join(f"{n}. {name}" for n, name in enumerate(kept, 1))
    line = data.draw(st.integers(0, len(names) - 1))
    line_start = sum(len(f"{n}. {name}\n") for n, name in enumerate(names[:line], 1))
    rest_start = line_start + len(f"{line + 1}. ")
    start = data.draw(st.integers(rest_start, rest_start + len(names[line]) - 1))
    end = data.draw(st.integers(start + 1, rest_start + len(names[line])))
    placed = renumbered_rest_followed(old, new, start, end, REVIEW)
    if placed is REVIEW:  # words standing twice, the removed line's, or too short a rest
        rest = names[line]
        assert line == removed or len(rest) < 8 or old.count(rest) != 1 or new.count(rest) != 1
        return
    assert line != removed
    assert new[placed.start : placed.end] == old[start:end]
