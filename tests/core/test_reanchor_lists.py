"""The update path follows list items re-sorted and repeated lines moved (``whole_lines``)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import block_diff, diff_doubts, reanchor
from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.paired_paragraphs import PairedParagraphs
from desktop_app.core.whole_lines import (
    carried_in_a_single_line,
    found_in_its_paragraph,
    the_copy_left,
)
from tests.benchmarks.reanchor_families import FAMILIES, annotated_spans
from tests.benchmarks.test_reanchor_accuracy import ANNOTATIONS, _base_text
from tests.core.test_reanchor import PARAGRAPHS, _updated_once
from tests.storage.edit_simulation import TrackedText

ITEMS = ["• Training", "• Joint research", "• Apps", "• River gauges"]
SORTED = sorted(ITEMS)
LEAD_IN = "What the partnership covers:"


def _with_list(items: list[str], lead_in: str = LEAD_IN) -> str:
    return "\n\n".join([*PARAGRAPHS[:2], "\n".join([lead_in, *items]), *PARAGRAPHS[2:]])


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _without_paired_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The update path without ``paired_paragraphs``, which finds a re-sorted list's item
    where its paragraph went: to show what another rule changes on its own."""
    monkeypatch.setattr(
        PairedParagraphs, "follow", lambda _self, _start, _end, _exact, found: found
    )


def _placed(old: str, span: tuple[int, int], new: str) -> tuple[str, str]:
    result = _updated_once(old, span, new)
    return result.state, new[result.placement.start : result.placement.end]


# -- short lines found once in each text are followed where the list put them ---------------------


def test_an_item_moved_past_the_others_is_followed_to_its_new_place() -> None:
    old, new = _with_list(ITEMS), _with_list(SORTED)
    assert _placed(old, _span(old, "Training"), new) == ("moved", "Training")


def test_a_short_line_moved_is_a_block_of_the_diff() -> None:
    old, new = _with_list(ITEMS), _with_list(SORTED)
    start, end = _span(old, "• Training")
    pieces = Alignment(old, new).pieces(start, end)
    assert [(piece.new, piece.length, piece.moved) for piece in pieces] == [
        (new.index("• Training"), end - start, True)
    ]


def test_without_short_moves_the_item_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the rule changes: the diff keeps some items in place and loses the others,
    and the quote search cannot tell a short item from its context (nor, here, is the
    item looked for where the rest of its list went, where its paragraph went, or where its
    line went, standing once in each text: ``paired_paragraphs`` and
    ``whole_lines.found_on_its_own_lines`` find it there too)."""
    monkeypatch.setattr(block_diff, "short_moves", lambda *_: [])
    monkeypatch.setattr(reanchor, "found_in_its_paragraph", lambda *_: None)
    monkeypatch.setattr(reanchor, "found_on_its_own_lines", lambda *_: None)
    _without_paired_paragraphs(monkeypatch)
    old, new = _with_list(ITEMS), _with_list(SORTED)
    assert _placed(old, _span(old, "Training"), new)[0] in ("review", "orphaned")


def test_a_short_line_edited_where_it_stood_and_pasted_elsewhere_is_no_move() -> None:
    """An item edited in place ("Apps" made "App") whose old words were typed again
    elsewhere: the typed copy is not the item."""
    old = _with_list(ITEMS)
    edited = ["• Training", "• Joint research", "• App", "• River gauges"]
    new = _with_list(edited) + "\n\nSee also:\n• Apps"
    start, end = _span(old, "• Apps")
    pieces = Alignment(old, new).pieces(start, end)
    assert not any(piece.moved for piece in pieces)


# -- a line found once in each text is its own evidence, whatever stands beside it ----------------


def test_an_item_the_diff_kept_in_place_among_reordered_neighbours_stays_placed() -> None:
    old, new = _with_list(ITEMS), _with_list(SORTED)
    assert _placed(old, _span(old, "River gauges"), new) == ("moved", "River gauges")


def test_without_the_whole_line_its_changed_neighbours_cast_doubt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, new = _with_list(ITEMS), _with_list(SORTED)
    start, end = _span(old, "River gauges")
    alignment = Alignment(old, new)
    new_start = new.index("River gauges")
    assert carried_in_a_single_line(alignment, start, end, new_start)
    position, quote = describe(old, start, end)
    pieces = alignment.pieces(start, end)
    args = (alignment, new, position, quote, pieces, new_start, new_start + end - start, 0)
    assert diff_doubts.checked_placement(*args).state == "moved"
    monkeypatch.setattr(diff_doubts, "carried_in_a_single_line", lambda *_: False)
    assert diff_doubts.checked_placement(*args).state == "review"


def test_a_byline_another_article_shares_is_not_its_own_evidence() -> None:
    """The whole text replaced by another article under the same byline: the line is
    found once in each text, but nothing around it came along."""
    byline = "By Joanna Lillis, Almaty"
    old = "\n\n".join([PARAGRAPHS[0], byline, *PARAGRAPHS[1:]])
    others = [
        "The embassy said visas would be processed faster from next year.",
        "A spokesperson declined to comment on the report on Friday morning.",
        "Officials gave no timetable for the first joint projects in the region.",
    ]
    new = "\n\n".join([others[0], byline, *others[1:]])
    assert _placed(old, _span(old, byline), new)[0] in ("review", "orphaned")


def test_a_line_whose_near_twin_went_away_is_not_its_own_evidence() -> None:
    """Of two near twins, one deleted and the other edited into it: the line left is
    found once in each text, but which of the two the passage is, is a guess."""
    one = "Item 7. Street lighting on the Northfield estate."
    twin = "Item 7. Street lighting on quiet Northfield estate."
    old = "\n\n".join([PARAGRAPHS[0], one, PARAGRAPHS[1], PARAGRAPHS[2], twin, PARAGRAPHS[3]])
    new = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], one, PARAGRAPHS[3]])
    alignment = Alignment(old, new)
    start, end = _span(old, "Street lighting", old.index(twin))
    assert not carried_in_a_single_line(alignment, start, end, new.index("Street lighting"))


# -- an item its text repeats elsewhere is found in the list where the rest of its list went ------

SUMMARY = ["• Hospital admissions fell by 38%", "• No effect over 80", "• Samples kept cold"]


def _two_lists(summary: list[str]) -> str:
    findings = "\n".join(["Key findings:", "• Recovery was faster", *SUMMARY])
    glance = "\n".join(["Results at a glance:", *summary])
    return "\n\n".join([PARAGRAPHS[0], findings, PARAGRAPHS[1], glance, PARAGRAPHS[2]])


def test_an_item_repeated_in_another_list_is_followed_where_its_list_went() -> None:
    old, new = _two_lists(SUMMARY), _two_lists(SUMMARY[::-1])
    item = "• Samples kept cold"
    start, end = _span(old, item, old.index("Results at a glance"))
    expected = new.index(item, new.index("Results at a glance"))
    assert found_in_its_paragraph(Alignment(old, new), start, end) == expected
    result = _updated_once(old, (start, end), new)
    assert (result.state, result.placement.start) == ("moved", expected)


def test_without_following_its_list_the_repeated_item_is_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reanchor, "found_in_its_paragraph", lambda *_: None)
    _without_paired_paragraphs(monkeypatch)  # which also follows the list (its words)
    old, new = _two_lists(SUMMARY), _two_lists(SUMMARY[::-1])
    start, end = _span(old, "• Samples kept cold", old.index("Results at a glance"))
    assert _updated_once(old, (start, end), new).state in ("review", "orphaned")


def test_an_entry_printed_twice_is_not_followed_by_its_time_stamp() -> None:
    """A live-blog entry (time stamp and text) printed twice in a row, the original then
    edited: the time stamp went to one copy, but which copy is the passage is a guess."""
    entry = "11:35 GMT\nCorrection: trade would grow as new routes opened, two people said."
    edited = entry.replace("people", "peple")
    old = "\n\n".join([PARAGRAPHS[0], entry, PARAGRAPHS[1]])
    new = "\n\n".join([PARAGRAPHS[0], entry, edited, PARAGRAPHS[1]])
    start, end = _span(old, "trade would grow")
    assert found_in_its_paragraph(Alignment(old, new), start, end) is None


# -- any re-sorting of distinct items ------------------------------------------------------------

WORDS = ["apps", "training", "river", "gauges", "joint", "research", "salt", "eggs", "flour"]


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
        min_size=3,
        max_size=7,
        unique=True,
    ),
    data=st.data(),
)
def test_every_item_of_a_list_re_sorted_is_placed_on_itself_or_left_for_review(
    items: list[str], data: st.DataObject
) -> None:
    old_items = [f"• {item}" for item in items]
    new_items = data.draw(st.permutations(old_items))
    old, new = _with_list(old_items), _with_list(new_items)
    item = data.draw(st.sampled_from(old_items))
    start = old.index(item + "\n", old.index(LEAD_IN))
    result = _updated_once(old, (start, start + len(item)), new)
    where = new.index(item + "\n", new.index(LEAD_IN))
    if result.state != "review":
        assert (result.placement.start, result.placement.end) == (where, where + len(item))


# -- a repeated line moved: the copies that stayed among their neighbours leave one over -------

BOILERPLATE = "Read more: Kazakhstan and the Abraham Accords."


def _boilerplate_moved() -> tuple[str, str, tuple[int, int]]:
    """A news text of the benchmark material whose paragraphs were moved (development seed
    0, rate 3): the paragraph before the second copy of the boilerplate line went away,
    and the diff took that copy along with the paragraph after it."""
    rng = random.Random("paragraphs moved/3.0/0")
    text = _base_text(0, rng)
    annotated_spans(rng, text, ANNOTATIONS)
    tracked = TrackedText(text)
    FAMILIES["paragraphs moved"](tracked, rng, 3.0)
    start = text.index(BOILERPLATE, text.index(BOILERPLATE) + 1)
    return text, tracked.text, (start, start + len("Read more"))


def test_a_repeated_line_moved_is_the_copy_its_other_copies_left_over() -> None:
    old, new, span = _boilerplate_moved()
    assert old.count(BOILERPLATE) == new.count(BOILERPLATE) == 2
    result = _updated_once(old, span, new)
    second = new.index(BOILERPLATE, new.index(BOILERPLATE) + 1)
    assert (result.state, result.placement.start) == ("moved", second)


def test_without_the_copy_left_over_a_repeated_line_moved_is_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reanchor, "the_copy_left", lambda *_: False)
    old, new, span = _boilerplate_moved()
    assert _updated_once(old, span, new).state == "review"


def test_a_repeated_line_deleted_once_and_pasted_again_is_not_a_copy_left_over() -> None:
    """One more copy than before (pasted, the original kept): no copy is left over."""
    old, new, (start, _) = _boilerplate_moved()
    second = new.index(BOILERPLATE, new.index(BOILERPLATE) + 1)
    line = (start, start + len(BOILERPLATE))
    assert the_copy_left(Alignment(old, new), line, second)
    pasted = new + "\n\n" + BOILERPLATE
    assert not the_copy_left(Alignment(old, pasted), line, second)
