"""A text's shared table of lines holds what reading its lines one by one finds."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import MOVE_MIN
from desktop_app.core.line_neighbours import Lines, RepeatedLines
from desktop_app.core.reanchor import _paragraph_starts
from desktop_app.core.text_lines import text_lines

#: Letters, line breaks and every kind of white space a blank line may hold (some of them
#: line separators to ``str.splitlines``, none to ``split("\n")``), with figures.
PIECES = [
    "a",
    "é",
    "1",
    " ",
    "\n",
    "\n\n",
    " \n",
    "\t",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\xa0",
    "\u2003",
    "\u2028",
    "\u3000",
    "word line\n",
    "a line long enough to count as moved\n",
    "😀",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _paragraph_runs_by_walking(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of non-blank lines, walking the lines one by one."""
    found: list[tuple[int, int]] = []
    first = -1
    for index, line in enumerate(lines):
        if line and not line.isspace():
            if first < 0:
                first = index
        elif first >= 0:
            found.append((first, index))
            first = -1
    if first >= 0:
        found.append((first, len(lines)))
    return found


def _paragraph_starts_by_walking(text: str) -> list[int]:
    """The start of the text and of each line after a line break that is neither another
    line break nor the end of the text."""
    return [
        0,
        *(at + 1 for at, char in enumerate(text[:-1]) if char == "\n" and text[at + 1] != "\n"),
    ]


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_the_table_holds_each_line_read_one_by_one(text: str) -> None:
    table = text_lines.__wrapped__(text)
    lines = text.split("\n")
    assert table.text == text
    assert table.lines == lines
    offset, starts = 0, []
    for line in lines:
        starts.append(offset)
        assert text[offset : offset + len(line)] == line
        offset += len(line) + 1
    assert table.starts == [*starts, len(text) + 1]
    assert table.counts == Counter(lines)
    assert table.stripped == [line.strip() for line in lines]
    assert table.paragraph_runs == _paragraph_runs_by_walking(lines)
    assert table.paragraph_starts() == _paragraph_starts_by_walking(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_readers_of_the_table_read_lines_as_before(text: str) -> None:
    lines = Lines(text)
    assert lines.starts == [0, *(at + 1 for at, char in enumerate(text) if char == "\n")]
    assert _paragraph_starts(lines) == _paragraph_starts_by_walking(text)
    repeated = RepeatedLines(text)
    expected = [
        (lines.starts[index], lines.starts[index] + len(line))
        for index, line in enumerate(text.split("\n"))
        if text.split("\n").count(line) > 1 and len(line.strip()) >= MOVE_MIN
    ]
    assert list(zip(repeated.starts, repeated.ends, strict=True)) == expected


def test_a_text_read_twice_shares_one_table() -> None:
    text = "one\n\ntwo\ntwo\n"
    assert text_lines(text) is text_lines("".join(["one\n", "\ntwo\ntwo\n"]))
    assert text_lines(text).paragraph_runs == [(0, 1), (2, 4)]
