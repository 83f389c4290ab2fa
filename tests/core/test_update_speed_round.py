"""This speed round's shortcuts of the update path answer as the readings they replace."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.alignment import EDITED_IN_PLACE, MOVE_MIN, Alignment
from desktop_app.core.cloned_stretches import (
    FIGURE,
    DoubledStretches,
    figures_masked,
    paired_once,
    paired_once_figures_aside,
    paragraph_texts,
    paragraphs,
)
from desktop_app.core.diff_placement import _signs_in_text
from desktop_app.core.doubled_paragraphs import DoubledParagraphs
from desktop_app.core.edge_lines import _renumbered_edges
from desktop_app.core.line_neighbours import (
    NEIGHBOUR_SHIFT,
    LeftBehind,
    Lines,
    neighbour_shifts,
)
from desktop_app.core.refrain_neighbours import RefrainNeighbours
from desktop_app.core.repeated_paragraphs import RepeatedParagraphs
from desktop_app.core.twin_line_moves import TWIN_LINE_MIN, _unique_lines

#: Letters, white space and digits of several scripts (Arabic-Indic, Devanagari, full
#: width) with look-alikes that are not decimal digits (a superscript, a Roman numeral).
PIECES = ["a", "b", " ", "\n", "1", "23", "٣", "७", "４", "²", "Ⅻ", ".", "é", "😀"]
MIXED = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_figures_masked_is_the_figure_pattern_replaced(text: str) -> None:
    assert figures_masked(text) == FIGURE.sub("0", text)


def test_figures_masked_at_the_edges() -> None:
    assert figures_masked("") == ""
    assert figures_masked("2026") == "0"
    assert figures_masked("12 May 2026") == "0 May 0"
    assert figures_masked("٣٤ and ४") == "0 and 0"


def _renumbered_edges_eagerly(
    old: str, new: str, old_start: int, old_end: int, quote: str, start: int, end: int
) -> tuple[int, int]:
    """``edge_lines._renumbered_edges`` reading the placement's lines before any check."""
    if end <= start:
        return start, end
    held = {FIGURE.sub("0", line) for line in new[start:end].split("\n")}
    first, _, rest = quote.partition("\n")
    if (
        rest
        and (old_start == 0 or old[old_start - 1] == "\n")
        and start > 0
        and new[start - 1] == "\n"
        and new[start] != "\n"
        and FIGURE.search(first)
        and FIGURE.sub("0", first) not in held
    ):
        line_start = new.rfind("\n", 0, start - 1) + 1
        line = new[line_start : start - 1]
        if line != first and FIGURE.sub("0", line) == FIGURE.sub("0", first):
            start = line_start
    head, _, last = quote.rpartition("\n")
    if (
        head
        and (old_end == len(old) or old[old_end] == "\n")
        and end < len(new)
        and new[end] == "\n"
        and new[end - 1] != "\n"
        and FIGURE.search(last)
        and FIGURE.sub("0", last) not in held
    ):
        line_end = new.find("\n", end + 1)
        line_end = len(new) if line_end == -1 else line_end
        line = new[end + 1 : line_end]
        if line != last and FIGURE.sub("0", line) == FIGURE.sub("0", last):
            end = line_end
    return start, end


LINES = st.lists(st.sampled_from(["Item 1", "Item 2", "Note", "", "Total 3", "x 12 y"]), max_size=8)


@settings(max_examples=400, deadline=None)
@given(LINES, LINES, st.data())
def test_renumbered_edges_read_lazily_as_eagerly(
    old_lines: list[str], new_lines: list[str], data: st.DataObject
) -> None:
    old, new = "\n".join(old_lines), "\n".join(new_lines)
    old_start = data.draw(st.integers(0, len(old)))
    old_end = data.draw(st.integers(old_start, len(old)))
    start = data.draw(st.integers(0, len(new)))
    end = data.draw(st.integers(start, len(new)))
    quote = old[old_start:old_end]
    assert _renumbered_edges(old, new, old_start, old_end, quote, start, end) == (
        _renumbered_edges_eagerly(old, new, old_start, old_end, quote, start, end)
    )


def _signs_by_category(text: str) -> bool:
    return any(unicodedata.category(char)[0] in "LNS" for char in text)


def test_alnum_is_exactly_the_letter_and_number_categories() -> None:
    assert all(
        chr(code).isalnum() == (unicodedata.category(chr(code))[0] in "LN")
        for code in range(sys.maxunicode + 1)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "!", "€", "—", "\u0301", "\t", "_"])).map("".join))
def test_signs_in_text_reads_as_the_categories(text: str) -> None:
    assert _signs_in_text(text) == _signs_by_category(text)


def _with_anchors_always(old: str, new: str) -> RepeatedParagraphs:
    """``RepeatedParagraphs`` with its anchors worked out whether or not a paragraph repeats."""
    paragraphs = RepeatedParagraphs(old, new)
    paragraphs.anchors = paired_once_figures_aside(
        paragraph_texts(old)[1],
        paragraph_texts(new)[1],
        paragraph_texts(old)[2],
        paragraph_texts(new)[2],
    )
    paragraphs._anchored = sorted(paragraphs.anchors.values())
    return paragraphs


PARAGRAPHS = st.lists(
    st.sampled_from(["Chorus", "Verse 1", "Verse 2", "Yes.", "Note 3"]), max_size=8
)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, PARAGRAPHS, st.data())
def test_repeated_paragraphs_need_anchors_only_with_copies(
    old_paragraphs: list[str], new_paragraphs: list[str], data: st.DataObject
) -> None:
    old, new = "\n\n".join(old_paragraphs), "\n\n".join(new_paragraphs)
    lazy, eager = RepeatedParagraphs(old, new), _with_anchors_always(old, new)
    for _ in range(5):
        old_start = data.draw(st.integers(0, len(old)))
        old_end = data.draw(st.integers(old_start, len(old)))
        start = data.draw(st.integers(0, len(new)))
        end = data.draw(st.integers(start, len(new)))
        assert lazy.away_from_its_own(old_start, old_end, start, end) == (
            eager.away_from_its_own(old_start, old_end, start, end)
        )


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, PARAGRAPHS, st.data())
def test_a_repeat_check_that_does_not_apply_says_no(
    old_paragraphs: list[str], new_paragraphs: list[str], data: st.DataObject
) -> None:
    old, new = "\n\n".join(old_paragraphs), "\n\n".join(new_paragraphs)
    doubled, doubled_paragraphs = DoubledStretches(old, new), DoubledParagraphs(Alignment(old, new))
    repeated, refrains = RepeatedParagraphs(old, new), RefrainNeighbours(old, new)
    for _ in range(5):
        old_start = data.draw(st.integers(0, len(old)))
        old_end = data.draw(st.integers(old_start, len(old)))
        start = data.draw(st.integers(0, len(new)))
        end = data.draw(st.integers(start, len(new)))
        if not doubled.applies:
            assert not doubled.holds(start, end)
        if not doubled_paragraphs.applies:
            assert not doubled_paragraphs.holds(start, end)
        if not repeated.applies:
            assert not repeated.away_from_its_own(old_start, old_end, start, end)
        if not refrains.applies:
            assert not refrains.beside_one_neighbour(old_start, old_end, start, end)
            assert not refrains.beside_its_copy(old_start, old_end, start, end)


def _paired_once_by_reading(
    old_keys: list[str], new_keys: list[str], old_indices: list[int], new_indices: list[int]
) -> dict[int, int]:
    """``cloned_stretches.paired_once`` read straightforwardly."""
    result = {}
    for index in old_indices:
        key = old_keys[index]
        olds = [i for i in old_indices if old_keys[i] == key]
        news = [i for i in new_indices if new_keys[i] == key]
        if len(olds) == 1 and len(news) == 1:
            result[index] = news[0]
    return result


KEYS = st.lists(st.sampled_from("abcde"), max_size=10)


@settings(max_examples=300, deadline=None)
@given(KEYS, KEYS, st.data())
def test_paired_once_pairs_keys_standing_once_on_each_side(
    old_keys: list[str], new_keys: list[str], data: st.DataObject
) -> None:
    old_indices = data.draw(
        st.lists(st.sampled_from(range(len(old_keys))), unique=True) if old_keys else st.just([])
    )
    new_indices = data.draw(
        st.lists(st.sampled_from(range(len(new_keys))), unique=True) if new_keys else st.just([])
    )
    assert paired_once(old_keys, new_keys, old_indices, new_indices) == (
        _paired_once_by_reading(old_keys, new_keys, old_indices, new_indices)
    )


def _edited_original_elsewhere_by_reading(
    left_behind: LeftBehind, line: tuple[int, int], shift: int
) -> bool:
    """``LeftBehind.edited_original_elsewhere`` reading every unmatched line."""
    alignment = left_behind.alignment
    shifts = neighbour_shifts(alignment, line)
    old_line = alignment.old[line[0] : line[1]]
    left = len(shifts) < 2 or any(abs(other - shift) > NEIGHBOUR_SHIFT for other in shifts)
    if not left or len(old_line.strip()) < MOVE_MIN:
        return False
    own = Lines(alignment.new).line_of(line[0] + shift, line[0] + shift)
    places = [line[0] + other for other in shifts]
    reach = NEIGHBOUR_SHIFT + len(old_line)
    unmatched = [
        text
        for at, text in left_behind._unmatched_lines()
        if (own is None or at != own[0])
        and (not places or any(abs(at - place) <= reach for place in places))
    ]
    found = process.extractOne(
        old_line, unmatched, scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE
    )
    return found is not None


LONG_LINES = st.lists(
    st.sampled_from(
        [
            "The committee met on Tuesday to discuss the budget.",
            "The committee met on Tuesdey to discus the budget.",
            "Minutes were taken by the secretary of the board.",
            "",
            "Short line.",
            "A completely different sentence stands here now.",
        ]
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(LONG_LINES, LONG_LINES, st.data())
def test_edited_original_elsewhere_reads_only_lines_in_reach(
    old_lines: list[str], new_lines: list[str], data: st.DataObject
) -> None:
    old, new = "\n".join(old_lines), "\n".join(new_lines)
    alignment = Alignment(old, new)
    left_behind = LeftBehind(alignment, Lines(new))
    lines = Lines(old)
    for _ in range(4):
        index = data.draw(st.integers(0, len(lines.starts) - 1))
        shift = data.draw(st.integers(-len(old), len(new)))
        line = lines.line(index)
        assert left_behind.edited_original_elsewhere(line, shift) == (
            _edited_original_elsewhere_by_reading(left_behind, line, shift)
        )


def _paragraph_texts_by_spans(text: str) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """``cloned_stretches.paragraph_texts`` read as the paragraphs of the text and of its
    masked copy."""
    spans = paragraphs(text)
    masked_text = FIGURE.sub("0", text)
    masked = [masked_text[start:end] for start, end in paragraphs(masked_text)]
    return spans, [text[start:end] for start, end in spans], masked


TEXT_PIECES = [*PIECES, "\n\n", " \n", "\t", "\r", "\x0b", "\u2003", "x 12\n", "\n  \n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), max_size=40).map("".join))
def test_paragraph_texts_by_lines_read_as_by_spans(text: str) -> None:
    assert paragraph_texts.__wrapped__(text) == _paragraph_texts_by_spans(text)


def _unique_lines_by_walking(text: str) -> dict[str, tuple[int, int]]:
    """``twin_line_moves._unique_lines`` walking the lines with a running offset."""
    lines = text.split("\n")
    found, at = {}, 0
    for line in lines:
        if len(line) >= TWIN_LINE_MIN and lines.count(line) == 1:
            found[line] = (at, at + len(line))
        at += len(line) + 1
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a line long enough", "short", "", "another long line"])))
def test_unique_lines_read_as_by_walking(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _unique_lines(text) == _unique_lines_by_walking(text)
