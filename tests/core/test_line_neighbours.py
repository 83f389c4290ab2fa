"""The lines around a line: each line's nearest long neighbours, worked out in one pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import MOVE_MIN
from desktop_app.core.line_neighbours import Lines

LINES = st.lists(
    st.sampled_from(
        [
            "",
            " ",
            "14:02",
            "A heading",
            "x" * (MOVE_MIN - 1),
            "y" * MOVE_MIN,
            "  " + "z" * MOVE_MIN + "  ",
            "A paragraph long enough to count, edited.",
        ]
    ),
    max_size=12,
)


def _walked(lines: Lines, index: int) -> list[tuple[int, int]]:
    """The nearest long line before and after line ``index``, found by walking the lines
    one by one (as ``Twins`` did for every changed line)."""
    found: list[tuple[int, int]] = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines.starts):
            start, end = lines.line(other)
            if len(lines.text[start:end].strip()) >= MOVE_MIN:
                found.append((start, end))
                break
            other += step
    return found


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_each_lines_neighbours_are_those_a_walk_finds(parts: list[str]) -> None:
    lines = Lines("\n".join(parts))
    for index in range(len(lines.starts)):
        assert lines.neighbours(index) == _walked(lines, index)
        assert lines.index_of(lines.line(index)[0]) == index


def test_short_and_blank_lines_are_passed_over() -> None:
    text = "A first paragraph, long enough to count.\n\n14:02\nA second paragraph, long as well.\n"
    lines = Lines(text)
    second = text.index("A second")
    assert lines.neighbours(lines.index_of(text.index("14:02"))) == [
        (0, text.index("\n")),
        (second, len(text) - 1),
    ]
    assert lines.neighbours(lines.index_of(second)) == [(0, text.index("\n"))]


@settings(max_examples=300, deadline=None)
@given(LINES, st.data())
def test_passage_surroundings_is_the_two_lookups_it_replaces(
    texts: list[str], data: st.DataObject
) -> None:
    """One look-up of a passage's line gives what ``reanchor._carried_along`` read before:
    the surroundings of its line when it lies within one (None on the text's first or last
    line), else those of all the lines it spans; asked in any order, the tables shared."""
    text = "\n".join(texts)
    lines, fresh = Lines(text), Lines(text)
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted),
            max_size=8,
        )
    )
    for start, end in spans:
        expected = (
            fresh.surroundings(start, end)
            if fresh.line_of(start, end) is not None
            else fresh.surroundings_of_lines(start, end)
        )
        assert lines.passage_surroundings(start, end) == expected
        assert lines.surroundings(start, end) == fresh.surroundings(start, end)
