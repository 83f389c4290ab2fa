"""The offset map against a real Qt document: display positions select the intended text."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop_app.core.layout import DisplayPlan, plan_display
from desktop_app.core.text import canonicalize

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt"))

# Raw input as importers meet it: CRLF and CR line ends, decomposed accents, emoji with
# ZWJ and skin tones, flags, Hebrew with points, Arabic, CJK (BMP and astral), NBSP.
_PIECES = st.sampled_from(
    [
        "word",
        " ",
        "\r\n",
        "\r\n\r\n",
        "\r",
        "\n",
        "😀",
        "👍🏽",
        "👩\u200d💻",
        "🇰🇿",
        "e\u0301",
        "a\u0308\u0323",
        "漢字",
        "𠀀",
        "שָׁלוֹם",
        "مرحبا",
        "\u00a0",
        "\u200f",
        "A Heading",
        "  • item",
        "A long sentence of a paragraph that goes on for quite a while, as they do.",
    ]
)
raw_texts = st.lists(_PIECES, min_size=1, max_size=40).map("".join)


@pytest.fixture(scope="module")
def editor(qapp: QApplication) -> Iterator[QPlainTextEdit]:
    """One read-only plain-text editor, as a reader pane uses."""
    widget = QPlainTextEdit()
    widget.setReadOnly(True)
    yield widget
    widget.deleteLater()


def _utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def _load(editor: QPlainTextEdit, canonical: str) -> DisplayPlan:
    plan = plan_display(canonical)
    editor.setPlainText(plan.text)
    document = editor.document()
    assert document.characterCount() == plan.offsets.display_length + 1
    assert document.blockCount() == len(plan.roles)
    return plan


def _assert_span_selects_its_display_slice(
    editor: QPlainTextEdit, plan: DisplayPlan, a: int, b: int
) -> None:
    start, end = plan.offsets.to_display(a), plan.offsets.to_display(b)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    expected = _utf16_slice(plan.text, start, end).replace("\n", "\u2029")
    assert cursor.selectedText() == expected, (a, b)


def _assert_blocks_are_display_lines(editor: QPlainTextEdit, plan: DisplayPlan) -> None:
    document = editor.document()
    lines = plan.text.split("\n")
    assert [document.findBlockByNumber(n).text() for n in range(document.blockCount())] == lines


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_spans_select_exactly_their_text(editor: QPlainTextEdit, path: Path) -> None:
    canonical = canonicalize(path.read_text(encoding="utf-8"))
    plan = _load(editor, canonical)
    _assert_blocks_are_display_lines(editor, plan)
    rng = random.Random(path.name)
    line_ends = [i for i, ch in enumerate(canonical) if ch == "\n"]
    spans = [(rng.randrange(len(canonical)), 0) for _ in range(300)]
    spans = [(a, rng.randint(a, min(len(canonical), a + 2000))) for a, _ in spans]
    spans += [(e, e + 1) for e in line_ends] + [(e - 5, e + 6) for e in line_ends if e >= 5]
    spans += [(0, len(canonical))]
    for a, b in spans:
        _assert_span_selects_its_display_slice(editor, plan, a, min(b, len(canonical)))


@given(raw=raw_texts, data=st.data())
def test_random_text_spans_select_exactly_their_text(
    editor: QPlainTextEdit, raw: str, data: st.DataObject
) -> None:
    canonical = canonicalize(raw)
    plan = _load(editor, canonical)
    _assert_blocks_are_display_lines(editor, plan)
    for _ in range(15):
        a = data.draw(st.integers(0, len(canonical)), label="a")
        b = data.draw(st.integers(a, len(canonical)), label="b")
        _assert_span_selects_its_display_slice(editor, plan, a, b)


@given(raw=st.text(st.characters(codec="utf-8"), max_size=60))
def test_arbitrary_text_keeps_block_count_and_length(editor: QPlainTextEdit, raw: str) -> None:
    canonical = canonicalize(raw)
    _load(editor, canonical)


def test_frame_marker_noncharacters_do_not_split_blocks(editor: QPlainTextEdit) -> None:
    _load(editor, "before\ufdd0after\nnext line")
