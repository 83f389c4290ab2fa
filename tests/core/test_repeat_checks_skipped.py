"""Tests that the checks on paragraphs printed twice skip only what they would pass by."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import cloned_stretches, doubled_paragraphs
from desktop_app.core.alignment import Alignment
from desktop_app.core.cloned_stretches import doubled_stretches
from desktop_app.core.text import canonicalize

#: Paragraphs to build texts of: stock lines that recur, entries alike but for a figure,
#: and one of two lines (so that lines swapped and near copies come up).
TEMPLATES = (
    "Sailing {n} from Cowes at 10:{n:02d}\nNot on bank holidays.",
    "Sailing {n} from Ryde Pier at 11:{n:02d}\nCalls at Yarmouth.",
    "Not on bank holidays.",
    "Fares are on the back page.",
    "Item {n}: the council noted the report.",
    "Item {n}: the council noted the reprt.",
    "Same.",
)

_paragraph = st.builds(
    lambda template, figure: TEMPLATES[template].format(n=figure),
    st.integers(min_value=0, max_value=len(TEMPLATES) - 1),
    st.integers(min_value=1, max_value=12),
)

_edit = st.tuples(
    st.sampled_from(("paste beside", "insert", "delete", "retype figure", "swap")),
    st.integers(min_value=0, max_value=40),
    _paragraph,
)


def _edited(paragraphs: list[str], edits: list[tuple[str, int, str]]) -> list[str]:
    """``paragraphs`` after ``edits`` (each at its index, wrapped to the list's length)."""
    edited = list(paragraphs)
    for kind, at, paragraph in edits:
        if not edited:
            edited.append(paragraph)
            continue
        at %= len(edited)
        if kind == "paste beside":
            edited.insert(at, edited[at])
        elif kind == "insert":
            edited.insert(at, paragraph)
        elif kind == "delete" and len(edited) > 1:
            del edited[at]
        elif kind == "retype figure":
            edited[at] = edited[at].replace("1", "7", 1)
        elif kind == "swap" and at + 1 < len(edited):
            edited[at], edited[at + 1] = edited[at + 1], edited[at]
    return edited


@st.composite
def _updates(draw: st.DrawFn) -> tuple[str, str]:
    """An old text of paragraphs and a new one made from it by a few edits."""
    old = draw(st.lists(_paragraph, min_size=1, max_size=14))
    new = _edited(old, draw(st.lists(_edit, max_size=5)))
    return canonicalize("\n\n".join(old)), canonicalize("\n\n".join(new))


@settings(max_examples=300, deadline=None)
@given(update=_updates())
def test_the_spans_left_out_read_as_wholly_mapped(update: tuple[str, str]) -> None:
    old, new = update
    alignment = Alignment(old, new)
    spans = cloned_stretches.paragraph_texts(new)[0]
    meeting = alignment.spans_meeting_unaligned(spans)
    if meeting is None:
        return  # nested blocks: the caller reads every span
    assert meeting == sorted(set(meeting))
    stretches = alignment.unaligned()
    for index, (start, end) in enumerate(spans):
        meets = any(lo < end and start < hi for lo, hi in stretches)
        assert (index in meeting) == meets
        if not meets:
            assert alignment.unaligned_share(start, end) <= 0.0


@settings(max_examples=300, deadline=None)
@given(update=_updates())
def test_doubled_paragraphs_are_those_found_comparing_every_neighbour(
    update: tuple[str, str],
) -> None:
    old, new = update
    alignment = Alignment(old, new)
    found = doubled_paragraphs.doubled_paragraphs(alignment)
    spans = cloned_stretches.paragraph_texts(new)[0]
    every_neighbour = range(len(spans) - 1)
    with mock.patch.object(
        doubled_paragraphs, "_beside_inserted_text", return_value=every_neighbour
    ):
        assert doubled_paragraphs.doubled_paragraphs(alignment) == found


@settings(max_examples=300, deadline=None)
@given(update=_updates())
def test_doubled_stretches_are_those_found_without_the_precondition(
    update: tuple[str, str],
) -> None:
    old, new = update
    found = doubled_stretches(old, new)
    with mock.patch.object(cloned_stretches, "_any_printed_more", return_value=True):
        assert cloned_stretches.doubled_stretches(old, new) == found


def test_a_run_pasted_again_is_still_found_past_the_precondition() -> None:
    ports = ("Cowes", "Ryde Pier", "Yarmouth")
    entries = [f"Sailing {n} from {ports[n - 1]} at 10:{n:02d}\nNot on Sundays." for n in (1, 2, 3)]
    old = "\n\n".join(["Timetable", *entries, "Fares are on the back page."])
    pasted = [entries[0], entries[1], entries[0], entries[1].replace("10:02", "10:05")]
    new = "\n\n".join(["Timetable", *pasted, entries[2], "Fares are on the back page."])
    assert cloned_stretches._any_printed_more(
        cloned_stretches.paragraph_texts(old)[2], cloned_stretches.paragraph_texts(new)[2]
    )
    assert doubled_stretches(old, new)


def test_an_update_with_no_paragraph_gained_skips_the_search_and_finds_nothing() -> None:
    old = "\n\n".join(["Same.", "Item 1: noted.", "Same.", "Item 2: noted."])
    new = "\n\n".join(["Same.", "Item 1: noted and agreed.", "Same.", "Item 2: noted."])
    assert not cloned_stretches._any_printed_more(
        cloned_stretches.paragraph_texts(old)[2], cloned_stretches.paragraph_texts(new)[2]
    )
    assert doubled_stretches(old, new) == []
