"""A list item placed by its paragraph's lines, checked against whole copies of that paragraph."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.update_item_copies import (
    paragraph_around,
    placed_off_its_block,
    stripped_lines,
    whole_copies,
)

MARA = "MARA\nI told you the boat was late.\nNobody listens to me in this\nhouse."
TOMAS = "TOMÁS\nI told you the boat was late.\nNobody listens to me in this\nhouse."
LINE = "I told you the boat was late."


def test_paragraph_around_and_its_lines() -> None:
    text = "One\n\n  Two a \nTwo b\n\nThree"
    span = paragraph_around(text, text.index("Two b"))
    assert text[span[0] : span[1]] == "  Two a \nTwo b"
    assert stripped_lines(text, span) == ("Two a", "Two b")
    assert paragraph_around(text, 0) == (0, 3)
    assert paragraph_around(text, len(text) - 1) == (len(text) - 5, len(text))


def test_whole_copies_are_found_in_order_and_partial_ones_left_out() -> None:
    text = f"{MARA}\n\n{TOMAS}\n\nCUT TO:\n\n{MARA}"
    lines = stripped_lines(MARA, (0, len(MARA)))
    copies = whole_copies(text, lines)
    assert [text[a:b] for a, b in copies] == [MARA, MARA]
    assert copies[0][0] == 0
    assert copies[1][1] == len(text)
    assert whole_copies(text, ()) == []
    assert whole_copies("nothing here", lines) == []


def test_a_line_placed_in_a_block_that_shares_it_while_its_own_block_stands_elsewhere() -> None:
    old = f"INT. KITCHEN\n\n{MARA}\n\nCUT TO:\n\n{TOMAS}\n\nEND"
    new = f"END\n\n{TOMAS}\n\nCUT TO:\n\n{MARA}\n\nINT. KITCHEN"
    alignment = Alignment(old, new)
    old_at = old.index(LINE)
    on_tomas = new.index(LINE)
    on_mara = new.index(LINE, new.index(MARA))
    assert placed_off_its_block(alignment, old_at, on_tomas)
    assert not placed_off_its_block(alignment, old_at, on_mara)


def test_a_line_whose_block_was_edited_everywhere_is_not_doubted() -> None:
    old = f"INT. KITCHEN\n\n{MARA}\n\nCUT TO:\n\n{TOMAS}\n\nEND"
    edited = MARA.replace("MARA", "MARA (V.O.)")
    new = f"END\n\n{TOMAS}\n\nCUT TO:\n\n{edited}\n\nINT. KITCHEN"
    alignment = Alignment(old, new)
    assert not placed_off_its_block(alignment, old.index(LINE), new.index(LINE))


words = st.text(alphabet="abcxyz ", min_size=1, max_size=8).map(str.strip).filter(bool)
blocks = st.lists(st.lists(words, min_size=1, max_size=3), min_size=1, max_size=5)


def _starts(paragraphs: list[list[str]]) -> list[int]:
    """Where each paragraph starts once they are joined by blank lines."""
    starts, at = [], 0
    for lines in paragraphs:
        starts.append(at)
        at += len("\n".join(lines)) + 2
    return starts


@given(blocks, st.data())
def test_never_doubted_on_its_own_paragraph_whole(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    old = "\n\n".join("\n".join(lines) for lines in paragraphs)
    order = data.draw(st.permutations(range(len(paragraphs))))
    reordered = [paragraphs[i] for i in order]
    new = "\n\n".join("\n".join(lines) for lines in reordered)
    alignment = Alignment(old, new)
    index = data.draw(st.integers(0, len(paragraphs) - 1))
    old_at = _starts(paragraphs)[index]
    new_at = _starts(reordered)[order.index(index)]
    assert not placed_off_its_block(alignment, old_at, new_at)


@given(blocks, st.data())
def test_never_doubted_when_its_paragraph_is_gone_whole(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    old = "\n\n".join("\n".join(lines) for lines in paragraphs)
    index = data.draw(st.integers(0, len(paragraphs) - 1))
    old_at = _starts(paragraphs)[index]
    lines = stripped_lines(old, paragraph_around(old, old_at))
    new = "\n\n".join("\n".join(p) for p in paragraphs if tuple(p) != lines) or "gone"
    alignment = Alignment(old, new)
    new_at = data.draw(st.integers(0, len(new) - 1))
    if not whole_copies(new, lines):
        assert not placed_off_its_block(alignment, old_at, new_at)
