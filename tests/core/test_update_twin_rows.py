"""The update path follows a re-sorted row among twins by the nearest line that tells it
apart (``whole_lines.found_on_its_own_lines``): a recurring "Expired — do not use" line by
its row above, a recurring note by its heading; lines now apart, or a copy of its
paragraph beside it, are left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import reanchor
from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import PLACED_STATES
from desktop_app.core.reanchor import replace_article_text
from desktop_app.core.whole_lines import found_on_its_own_lines
from tests.benchmarks.reanchor_fresh40_families import (
    FRESH40_FAMILIES,
    FRESH40_SEEDS,
    fresh40_spans,
    fresh40_text,
)
from tests.benchmarks.test_reanchor_accuracy import EditedCase, _project, edited_cases
from tests.core.test_reanchor import _updated_once

EXPIRED = "Expired — do not use"
NOTE = "Units as in the lab protocols."
REAGENTS = [
    "A3  Primer GAPDH-R 10 µM  Lot 2305-158  exp 2027-02",
    "B1  Anti-actin, mouse  Lot 2406-103  exp 2025-11",
    "C4  Phenol–chloroform, H301, H314  Lot 2503-160  exp 2026-09",
    "D2  RNase A 100 mg/mL  Lot 2403-193  exp 2025-07",
    "E5  TE buffer 10×  Lot 2311-102  exp 2027-04",
    "F8  pUC19, 1 µg/µL  Lot 2302-120  exp 2026-01",
]


def _inventory(rows: list[tuple[str, bool]]) -> str:
    """A freezer box's inventory: each row, with its "Expired" line under it when flagged."""
    lines = [line for row, expired in rows for line in ([row, EXPIRED] if expired else [row])]
    return "\n\n".join(
        [
            "Freezer −80 °C No. 1",
            "Box 12  Enzymes (owner: Tom Bekker)\n" + "\n".join(lines),
            "Positions are row and column.",
        ]
    )


def _expired_after(text: str, row: str) -> int:
    """Where the "Expired" line under ``row`` starts."""
    at = text.index(row) + len(row) + 1
    assert text.startswith(EXPIRED, at)
    return at


def test_an_expired_line_follows_its_row_when_the_inventory_is_re_sorted() -> None:
    rows = [(REAGENTS[0], True), (REAGENTS[1], True), (REAGENTS[2], False), (REAGENTS[3], True)]
    old = _inventory(rows)
    new = _inventory(sorted(rows, key=lambda row: row[0].rsplit("exp ", 1)[1]))
    start = _expired_after(old, REAGENTS[1])
    result = _updated_once(old, (start, start + len(EXPIRED)), new)
    assert result.state in PLACED_STATES
    assert result.placement.start == _expired_after(new, REAGENTS[1])
    assert found_on_its_own_lines(Alignment(old, new), start, start + len(EXPIRED)) == (
        _expired_after(new, REAGENTS[1])
    )


@settings(max_examples=80, deadline=None)
@given(
    flags=st.lists(st.booleans(), min_size=len(REAGENTS), max_size=len(REAGENTS)),
    order=st.permutations(range(len(REAGENTS))),
)
def test_an_expired_line_is_followed_to_its_own_row_or_left_alone(
    flags: list[bool], order: list[int]
) -> None:
    """Whatever the order the rows are put in, an "Expired" line is followed to the one
    under its own row or not at all (the row below it pointing elsewhere)."""
    rows = list(zip(REAGENTS, flags, strict=True))
    old, new = _inventory(rows), _inventory([rows[index] for index in order])
    alignment = Alignment(old, new)
    for row, expired in rows:
        if expired:
            start = _expired_after(old, row)
            found = found_on_its_own_lines(alignment, start, start + len(EXPIRED) - 4)
            assert found in (None, _expired_after(new, row))


def test_the_row_with_its_expired_line_moved_together_is_followed_whole() -> None:
    rows = [(REAGENTS[0], True), (REAGENTS[1], True), (REAGENTS[4], True)]
    old, new = _inventory(rows), _inventory(rows[::-1])
    start = old.index(REAGENTS[1])
    end = _expired_after(old, REAGENTS[1]) + len(EXPIRED)
    assert found_on_its_own_lines(Alignment(old, new), start, end) == new.index(REAGENTS[1])


def _sections(headings: list[str]) -> str:
    return "\n\n".join(
        part
        for heading in headings
        for part in (heading, NOTE, f"The {heading.lower()} were done twice over, in March.")
    )


def test_a_recurring_note_follows_its_heading_across_a_blank_line() -> None:
    headings = ["Cell culture", "RNA extraction", "Western blots"]
    old, new = _sections(headings), _sections(headings[::-1])
    start = old.index(NOTE, old.index("RNA extraction"))
    result = _updated_once(old, (start + 6, start + 14), new)
    expected = new.index(NOTE, new.index("RNA extraction")) + 6
    assert (result.state, result.placement.start) in (("moved", expected), ("exact", expected))


def test_a_passage_over_rows_now_apart_is_not_followed() -> None:
    """Two rows the re-sort parted: no stretch holds both now, and none joining other rows
    is taken for them."""
    rows = [(REAGENTS[0], False), (REAGENTS[1], False), (REAGENTS[2], False)]
    old, new = _inventory(rows), _inventory([rows[1], rows[2], rows[0]])
    start = old.index("Lot 2305-158")
    end = old.index("Anti-actin") + len("Anti-actin")
    assert found_on_its_own_lines(Alignment(old, new), start, end) is None
    result = _updated_once(old, (start, end), new)
    placed = new[result.placement.start : result.placement.end]
    assert result.state not in PLACED_STATES or REAGENTS[2] not in placed


def test_a_copy_of_its_paragraph_beside_it_leaves_it_alone() -> None:
    """The note's paragraph printed twice in a row now: which copy is the passage is a
    guess, though the heading above stands once."""
    headings = ["Cell culture", "RNA extraction"]
    old = _sections(headings)
    at = old.index(NOTE, old.index("RNA extraction"))
    new = old[: at + len(NOTE)] + "\n\n" + NOTE + old[at + len(NOTE) :]
    assert found_on_its_own_lines(Alignment(old, new), at, at + len(NOTE)) is None


def _fresh40_case(label: str) -> EditedCase:
    families = {"inventory re-sorted": FRESH40_FAMILIES["inventory re-sorted"]}
    for case in edited_cases(FRESH40_SEEDS, families, fresh40_text, fresh40_spans):
        if case.label == label:
            return case
    raise LookupError(label)


def _verdicts(case: EditedCase) -> list[str]:
    project, ids = _project(case.text, case.spans)
    outcome = replace_article_text(project, project.articles.at(0).id, case.tracked.text)
    placed = {result.annotation_id: result.placement for result in outcome.results}
    truths = case.tracked.truths(case.spans)
    return [truth.verdict(placed[id_]) for id_, truth in zip(ids, truths, strict=True)]


def test_recurring_lines_of_a_re_sorted_protocol_follow_their_headings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A protocol's sections put in order of their headings (fresh40, "inventory
    re-sorted"): its recurring lines ("Units as in the lab protocols.", "Comments to Chidi
    Okoye by Friday.") were left in review; followed by the heading above them, they are
    placed right, and no other passage of the text moves."""
    case = _fresh40_case("inventory re-sorted rate 3.0 seed 40109")
    recurring = [8, 17, 18, 48]
    after = _verdicts(case)
    assert [after[number] for number in recurring] == ["right"] * 4
    monkeypatch.setattr(reanchor, "found_on_its_own_lines", lambda *_: None)
    before = _verdicts(case)
    changed = [
        number
        for number, verdicts in enumerate(zip(before, after, strict=True))
        if len(set(verdicts)) > 1
    ]
    assert changed == recurring
    assert [before[number] for number in recurring] == ["review"] * 4


def test_a_copy_of_its_row_right_under_it_leaves_it_alone() -> None:
    """A row printed twice in a row now (a division list corrected): which copy is the
    passage's is a guess, though its row stands as often as before elsewhere."""
    rows = [(REAGENTS[0], True), (REAGENTS[1], True), (REAGENTS[2], True)]
    old = _inventory(rows)
    start = _expired_after(old, REAGENTS[1])
    new = old.replace(EXPIRED + "\n" + REAGENTS[2], EXPIRED + "\n" + EXPIRED + "\n" + REAGENTS[2])
    new = new.replace(REAGENTS[2] + "\n" + EXPIRED, REAGENTS[2])
    assert found_on_its_own_lines(Alignment(old, new), start, start + len(EXPIRED)) is None


def test_a_note_under_a_paragraph_of_prose_is_not_followed_by_it() -> None:
    """Prose above a recurring note is no heading of it (paragraphs moved apart)."""
    prose = ["The samples were frozen at once.", "Cells were counted twice.", "Gels ran cold."]
    old = "\n\n".join(part for line in prose for part in (line, NOTE))
    new = "\n\n".join(part for line in prose[::-1] for part in (line, NOTE))
    start = old.index(NOTE, old.index(prose[1]))
    assert found_on_its_own_lines(Alignment(old, new), start, start + len(NOTE)) is None
    headings = ["Cell culture", "RNA extraction", "Western blots"]
    old, new = _sections(headings), _sections(headings[::-1])
    start = old.index(NOTE, old.index(headings[1]))
    assert found_on_its_own_lines(Alignment(old, new), start, start + len(NOTE)) == new.index(
        NOTE, new.index(headings[1])
    )


def test_a_text_typed_anew_is_not_followed_by_the_lines_it_kept() -> None:
    """Most of the new text typed anew: a byline standing as before may be typed too."""
    old = "Energy prices rose again\n\nBy Joanna Lillis, Almaty\n\nThe first story in full."
    new = "Rail plans shelved for now\n\nBy Joanna Lillis, Almaty\n\n" + "Another story. " * 12
    start = old.index("Joanna")
    assert found_on_its_own_lines(Alignment(old, new), start, start + 6) is None
