"""Tests for stretches of paragraphs an update printed twice in a row (a section cloned)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from desktop_app.core.cloned_stretches import (
    MOST_BETWEEN,
    NEAR_COPY,
    DoubledStretches,
    _candidates,
    doubled_stretches,
    paragraphs,
)
from desktop_app.core.reanchor import AnchorResult
from tests.core.test_reanchor import _updated_once

NAMES = ("Tea ceremony", "Netsuke", "Textiles", "Letters and papers", "Swords", "Prints")
NOTES = (
    "Photographs without flash are allowed in this gallery (see case {ref}).",
    "Some objects here are on loan and are marked as such.",
    "This case is turned every six months.",
    "Most of these objects were bought in Kyoto.",
)


def _section(number: int, index: int, bump: int = 0) -> str:
    """A numbered section: heading, note and a list whose figures are raised by ``bump``."""
    note = NOTES[index % len(NOTES)].format(ref=number + 2)
    bullets = "\n".join(
        f"- {NAMES[index % len(NAMES)]}, object {item}, {12 + item + bump} cm" for item in range(3)
    )
    return f"{number}. {NAMES[index % len(NAMES)]}\n\n{note}\n\n{bullets}"


def _catalogue(count: int, cloned: int | None = None) -> str:
    """A catalogue of ``count`` sections; with ``cloned``, that section copied above itself
    (the copy keeps its number and figures, the original and those below renumbered, the
    original's figures corrected one up)."""
    parts: list[str] = []
    number = 1
    for index in range(count):
        if index == cloned:
            parts.append(_section(number, index))
            number += 1
            parts.append(_section(number, index, bump=1))
        else:
            parts.append(_section(number, index))
        number += 1
    return "Catalogue\n\n" + "\n\n".join(parts) + "\n\nFooter: all rights reserved."


def _cloned_apart(count: int, cloned: int, between: int) -> str:
    """``_catalogue(count, cloned)`` with ``between`` paragraphs of a new notice put in
    between the copy and the original of the cloned section."""
    parts: list[str] = []
    number = 1
    for index in range(count):
        parts.append(_section(number, index))
        if index == cloned:
            parts.extend(f"New notice, paragraph {chr(ord('A') + n)} only." for n in range(between))
            number += 1
            parts.append(_section(number, index, bump=1))
        number += 1
    return "Catalogue\n\n" + "\n\n".join(parts) + "\n\nFooter: all rights reserved."


def test_paragraphs_are_the_runs_of_lines_between_blank_lines() -> None:
    text = "\nOne\nline two\n\n \nThree\n\n\nFour"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One\nline two", "Three", "Four"]


def test_a_section_cloned_above_itself_is_one_doubled_stretch_over_both_copies() -> None:
    old, new = _catalogue(4), _catalogue(4, cloned=1)
    (stretch,) = doubled_stretches(old, new)
    start, end = new.index("2. Netsuke"), new.index("4. Textiles") - 2
    assert stretch == (start, end)


def test_a_passage_inside_either_copy_or_coming_into_them_from_above_is_held() -> None:
    old, new = _catalogue(4), _catalogue(4, cloned=1)
    doubled = DoubledStretches(old, new)
    copy, original = new.index("2. Netsuke"), new.index("3. Netsuke")
    assert doubled.holds(copy, copy + 10)
    assert doubled.holds(original + 5, original + 40)
    assert doubled.holds(copy - 8, copy + 10)  # from the section above into the heading
    below = new.index("4. Textiles")
    assert not doubled.holds(original + 5, below + 5)  # out of them into the next section
    assert not doubled.holds(below, below + 10)
    assert not doubled.holds(0, 9)


def test_a_cloned_section_with_a_typo_in_one_copy_is_still_doubled() -> None:
    old = _catalogue(4)
    new = _catalogue(4, cloned=1).replace("on loan and are", "on laon and are", 1)
    (stretch,) = doubled_stretches(old, new)
    assert stretch == (new.index("2. Netsuke"), new.index("4. Textiles") - 2)


def test_two_neighbouring_sections_alike_but_for_a_word_are_no_doubled_stretch() -> None:
    old = "Intro\n\nCase one\n\nThe hare is ivory.\n\nCase two\n\nThe hare is boxwood.\n\nEnd"
    new = old.replace("Intro", "Introduction")
    assert doubled_stretches(old, new) == []


def test_no_doubled_stretch_when_the_old_text_held_the_tandem_already() -> None:
    new = _catalogue(4, cloned=1)
    assert doubled_stretches(new, new) == []


def test_one_paragraph_pasted_twice_or_a_refrain_repeated_is_no_doubled_stretch() -> None:
    old = "Title\n\nChorus line\n\nVerse one\n\nEnd"
    pasted = "Title\n\nChorus line\n\nVerse one\n\nVerse one\n\nEnd"
    refrain = "Title\n\nChorus line\n\nChorus line\n\nChorus line\n\nChorus line\n\nEnd"
    assert doubled_stretches(old, pasted) == []
    assert doubled_stretches(old, refrain) == []


def test_a_paragraph_edited_into_a_twin_of_its_neighbour_is_no_doubled_stretch() -> None:
    old = (
        "10:38\nLatest: no change.\n\n10:33\nKeep safe.\n\n"
        "10:32\nUpdate: no change.\n\n10:30\nKeep safe."
    )
    new = old.replace("Latest:", "Update:")
    assert doubled_stretches(old, new) == []


@settings(max_examples=60, deadline=None)
@given(count=st.integers(min_value=2, max_value=6), data=st.data())
def test_a_cloned_section_is_found_wherever_it_stands(count: int, data: st.DataObject) -> None:
    cloned = data.draw(st.integers(min_value=0, max_value=count - 1))
    old, new = _catalogue(count), _catalogue(count, cloned=cloned)
    copy = new.index(f"{cloned + 1}. {NAMES[cloned % len(NAMES)]}")
    original = new.index(f"{cloned + 2}. {NAMES[cloned % len(NAMES)]}")
    doubled = DoubledStretches(old, new)
    assert doubled.holds(copy, original + len(_section(cloned + 2, cloned, bump=1)))
    assert doubled_stretches(old, old) == []


def test_runs_are_looked_at_only_from_paragraphs_standing_more_often_than_before() -> None:
    keys = [1, 2, 1, 2, 3]
    assert _candidates(keys, {1}) == [(0, 2)]  # 1 again two further on: the run 1, 2
    assert _candidates(keys, {2}) == [(0, 2), (1, 2)]  # 2 again: the runs 1, 2 and 2, 1
    assert _candidates(keys, {3}) == []  # once only
    assert _candidates(keys, set()) == []


@settings(max_examples=30, deadline=None)
@given(count=st.integers(min_value=2, max_value=6), data=st.data())
def test_no_doubled_stretch_when_the_old_text_held_every_paragraph_as_often(
    count: int, data: st.DataObject
) -> None:
    cloned = data.draw(st.integers(min_value=0, max_value=count - 1))
    new = _catalogue(count, cloned=cloned)
    assert doubled_stretches(_catalogue(count), new)  # cloned: doubled
    assert doubled_stretches(new + "\n\n" + new, new) == []  # every paragraph stood twice


def test_an_update_reviews_a_passage_of_a_cloned_section_and_keeps_its_best_guess() -> None:
    old, new = _catalogue(4), _catalogue(4, cloned=1)
    quote = "Some objects here are on loan and are marked as such."
    start = old.index(quote)
    result = _updated_once_in_catalogue(old, (start, start + len(quote)), new)
    assert result.placement.state == "review"
    assert new[result.placement.start : result.placement.end] == quote


def test_an_update_still_places_a_passage_of_a_section_that_was_not_cloned() -> None:
    old, new = _catalogue(4), _catalogue(4, cloned=1)
    quote = "This case is turned every six months."
    start = old.index(quote)
    result = _updated_once_in_catalogue(old, (start, start + len(quote)), new)
    assert result.placement.state == "moved"
    assert new[result.placement.start : result.placement.end] == quote


def _updated_once_in_catalogue(old: str, span: tuple[int, int], new: str) -> AnchorResult:
    """Where an update from ``old`` to ``new`` puts the one annotation on ``span``."""
    return _updated_once(old, span, new, title="Catalogue")


def test_a_copy_exactly_near_copy_alike_counts_and_one_a_step_less_alike_does_not() -> None:
    # the likeness is asked of RapidFuzz with NEAR_COPY as its cut-off: a copy at exactly
    # that likeness is still one (the cut-off keeps it), one a step under is not
    old = "Head\n\nAlpha one\n\nabcdefghij\n\nEnd"
    at_the_limit, under_it = "abcdefghiX", "abcdefghXY"
    assert Indel.normalized_similarity("abcdefghij", at_the_limit) == NEAR_COPY
    assert Indel.normalized_similarity("abcdefghij", under_it) < NEAR_COPY
    doubled = "Head\n\nAlpha one\n\nabcdefghij\n\nAlpha one\n\n{}\n\nEnd"
    new = doubled.format(at_the_limit)
    assert doubled_stretches(old, new) == [(new.index("Alpha"), new.index("\n\nEnd"))]
    assert doubled_stretches(old, doubled.format(under_it)) == []


def test_a_section_cloned_with_a_notice_put_in_between_has_both_copies_doubled() -> None:
    old, new = _catalogue(4), _cloned_apart(4, cloned=1, between=2)
    copy, notice = new.index("2. Netsuke"), new.index("New notice")
    original, below = new.index("3. Netsuke"), new.index("4. Textiles")
    assert doubled_stretches(old, new) == [(copy, notice - 2), (original, below - 2)]
    doubled = DoubledStretches(old, new)
    assert doubled.holds(copy + 5, copy + 40)
    assert doubled.holds(original + 5, original + 40)
    assert not doubled.holds(notice, notice + 10)  # the notice between stands once
    assert not doubled.holds(below, below + 10)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=6), data=st.data())
def test_a_section_cloned_apart_is_found_wherever_it_stands(
    count: int, data: st.DataObject
) -> None:
    cloned = data.draw(st.integers(min_value=0, max_value=count - 1))
    between = data.draw(st.integers(min_value=1, max_value=MOST_BETWEEN))
    old, new = _catalogue(count), _cloned_apart(count, cloned, between)
    name = NAMES[cloned % len(NAMES)]
    copy, original = new.index(f"{cloned + 1}. {name}"), new.index(f"{cloned + 2}. {name}")
    doubled = DoubledStretches(old, new)
    assert doubled.holds(copy, copy + len(_section(cloned + 1, cloned)))
    assert doubled.holds(original, original + len(_section(cloned + 2, cloned, bump=1)))
    assert not doubled.holds(new.index("New notice"), new.index("New notice") + 10)


def test_copies_further_apart_than_a_few_paragraphs_are_no_doubled_stretch() -> None:
    old, new = _catalogue(4), _cloned_apart(4, cloned=1, between=MOST_BETWEEN + 1)
    assert doubled_stretches(old, new) == []


def test_no_section_apart_when_the_old_text_held_both_copies_already() -> None:
    new = _cloned_apart(4, cloned=1, between=2)
    assert doubled_stretches(new, new) == []


def test_entries_of_one_template_standing_again_apart_are_no_section() -> None:
    # a listing's day repeated further on: its entries read alike each other, figures aside
    day = "Day {day}\n\nScreening at 10:00 in room 1.\n\nScreening at 12:00 in room 2."
    old = "Listings\n\n" + day.format(day=1) + "\n\nTickets at the door.\n\nEnd"
    new = (
        "Listings\n\n"
        + day.format(day=1)
        + "\n\nTickets at the door.\n\nNo late entry.\n\n"
        + day.format(day=2)
        + "\n\nEnd"
    )
    assert doubled_stretches(old, new) == []


def test_a_heading_standing_again_over_other_paragraphs_is_no_section() -> None:
    old = "Report\n\nNotes\n\nThe bridge reopens on Monday.\n\nBuses run as usual.\n\nEnd"
    new = old.replace(
        "\n\nEnd",
        "\n\nMore\n\nNotes\n\nThe ferry is cancelled.\n\nTrams are on strike.\n\nEnd",
    )
    assert doubled_stretches(old, new) == []


def test_an_update_reviews_a_passage_of_a_section_cloned_apart_and_keeps_its_best_guess() -> None:
    old, new = _catalogue(4), _cloned_apart(4, cloned=1, between=2)
    quote = "Some objects here are on loan and are marked as such."
    start = old.index(quote)
    result = _updated_once_in_catalogue(old, (start, start + len(quote)), new)
    assert result.placement.state == "review"
    assert new[result.placement.start : result.placement.end] == quote
