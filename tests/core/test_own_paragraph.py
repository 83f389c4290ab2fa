"""Tests for a passage taken back from another paragraph's renumbered copy to its own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.own_paragraph import OwnParagraphs
from desktop_app.core.quote_search import Placement
from tests.core.test_reanchor import _updated_once

PARTS = ("seal", "valve", "lever", "spring", "housing", "sensor")
METALS = ("bronze", "brass", "PTFE", "stainless steel")
TYPED_IN = "A method for metering a fluid, comprising a spring and a seal."


def _claim(number: int, index: int) -> str:
    part, metal = PARTS[index % len(PARTS)], METALS[index % len(METALS)]
    return (
        f"Claim {number}.\nThe apparatus of claim 1, wherein the {part} is made of {metal}.\n"
        f"The {part} is {10 + index % 3 * 5} µm to {40 + index % 2 * 10} µm thick."
    )


def _claims(count: int, typed_in: int | None = None) -> str:
    """``count`` claims; with ``typed_in``, a new claim typed in before that one, it and
    every later claim renumbered one up."""
    parts: list[str] = []
    number = 1
    for index in range(count):
        if index == typed_in:
            parts.append(f"Claim {number}.\n{TYPED_IN}")
            number += 1
        parts.append(_claim(number, index))
        number += 1
    return "Claims\n\n" + "\n\n".join(parts) + "\n\nEnd of claims."


def _label(text: str, number: int) -> tuple[int, int]:
    start = text.index(f"Claim {number}.\n")
    return start, start + len(f"Claim {number}.")


def test_a_label_put_on_the_renumbered_label_of_another_claim_goes_back_to_its_own() -> None:
    old, new = _claims(6), _claims(6, typed_in=2)
    start, end = _label(old, 4)  # claim 4 is now claim 5
    wrong = _label(new, 4)  # the old claim 3, renumbered, reads "Claim 4."
    placed = OwnParagraphs(old, new).put_back(
        start, end, old[start:end], Placement("moved", *wrong, 1.0)
    )
    assert (placed.state, placed.start, placed.end) == ("fuzzy", *_label(new, 5))


def test_a_placement_in_its_own_paragraph_is_left_as_it_was() -> None:
    old, new = _claims(6), _claims(6, typed_in=2)
    start, end = _label(old, 4)
    own = Placement("fuzzy", *_label(new, 5), 0.9)
    assert OwnParagraphs(old, new).put_back(start, end, old[start:end], own) == own


def test_a_passage_that_was_mostly_the_changed_figure_goes_to_review() -> None:
    old, new = _claims(6), _claims(6, typed_in=2)
    start, end = _label(old, 4)
    start += len("Claim ")
    end -= 1  # "4"
    wrong = new.index("4", _label(new, 4)[0])
    placed = OwnParagraphs(old, new).put_back(
        start, end, old[start:end], Placement("moved", wrong, wrong + 1, 1.0)
    )
    assert placed.state == "review"


def test_paragraphs_of_another_length_put_the_passage_in_review() -> None:
    old, new = _claims(10), _claims(10, typed_in=2)
    start, end = _label(old, 9)  # claim 9 is now claim 10
    wrong = _label(new, 9)
    placed = OwnParagraphs(old, new).put_back(
        start, end, old[start:end], Placement("moved", *wrong, 1.0)
    )
    assert (placed.state, placed.start, placed.end) == ("review", *wrong)


def test_an_unchanged_text_changes_no_placement() -> None:
    old = _claims(5)
    start, end = _label(old, 3)
    placement = Placement("exact", start, end, 1.0)
    assert OwnParagraphs(old, old).put_back(start, end, old[start:end], placement) == placement


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=3, max_value=8), data=st.data())
def test_a_label_taken_by_the_claim_before_goes_back_to_its_own_wherever_typed_in(
    count: int, data: st.DataObject
) -> None:
    typed_in = data.draw(st.integers(min_value=0, max_value=count - 2))
    claim = data.draw(st.integers(min_value=typed_in + 1, max_value=count - 1))
    old, new = _claims(count), _claims(count, typed_in=typed_in)
    start, end = _label(old, claim + 1)
    wrong = _label(new, claim + 1)  # the claim before it, renumbered into its number
    placed = OwnParagraphs(old, new).put_back(
        start, end, old[start:end], Placement("moved", *wrong, 1.0)
    )
    assert (placed.start, placed.end) == _label(new, claim + 2)
    assert placed.state == "fuzzy"


def test_an_update_reviews_a_label_the_diff_put_on_another_claim() -> None:
    old, new = _claims(10), _claims(10, typed_in=2)
    start, end = _label(old, 9)
    result = _updated_once(old, (start, end), new, title="Claims")
    assert result.placement.state == "review"
    assert (result.placement.start, result.placement.end) == _label(new, 9)


def test_twins_whose_lines_were_both_swapped_keep_the_diffs_placement() -> None:
    saves, off = "Alnwick saves well, tipping it over the bar.", "Substitution: Ota on, Hill off."
    old = f"Match\n\n47' {off}\n{saves}\n\nHalf time.\n\n67' {saves}\n{off}\n\nFull time."
    new = f"Match\n\n47' {saves}\n{off}\n\nHalf time.\n\n67' {off}\n{saves}\n\nFull time."
    start = old.index(off, old.index("67'"))
    placed_at = new.index(off, new.index("67'"))
    placement = Placement("moved", placed_at, placed_at + len(off), 1.0)
    own = OwnParagraphs(old, new)
    assert own.put_back(start, start + len(off), off, placement) == placement
