"""Passages of one batch found on the same span though they stood in different places."""

from __future__ import annotations

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextPosition
from desktop_app.core.span_conflicts import review_shared_spans

LINE = "For more information call 01970 633 900."
CONTACT = f"{LINE} Am ragor o wybodaeth ffoniwch 01970 633 900."
PARAGRAPHS = [
    "The council will close the promenade while the sea wall is repaired this spring.",
    CONTACT,
    "Work on the harbour steps will start in May and should take about six weeks.",
    CONTACT,
    "Residents can collect a leaflet about the works from the library on Great Darkgate St.",
]


def test_the_passage_of_a_deleted_copy_found_on_the_copy_left_is_reviewed() -> None:
    # the first copy of the line keeps its passage; the second copy's passage, found on
    # the first copy too (its quote long, found once, one side of its context intact), is
    # not given that span as well
    old = "\n\n".join(PARAGRAPHS)
    first = old.index(LINE)
    second = old.index(LINE, first + 1)
    new = "\n\n".join(PARAGRAPHS[:3] + PARAGRAPHS[4:]).replace(
        "will close", "will have to close"
    )  # the second copy deleted, and every passage shifted
    requests = [Request(*describe(old, start, start + len(LINE))) for start in (first, second)]
    placements = place_all(new, requests)
    assert [p.state for p in placements] == ["moved", "review"]
    assert placements[0].start == new.index(LINE)


def test_the_clear_best_of_a_shared_span_keeps_it() -> None:
    positions = [TextPosition(10, 20), TextPosition(50, 60), TextPosition(50, 60)]
    placements = [
        Placement("moved", 12, 22, 0.99),
        Placement("moved", 12, 22, 0.9),
        Placement("moved", 12, 22, 0.9),
    ]
    review_shared_spans(positions, placements, [False, False, False])
    assert [p.state for p in placements] == ["moved", "review", "review"]


def test_a_passage_annotated_twice_shares_its_span_without_doubt() -> None:
    positions = [TextPosition(10, 20), TextPosition(10, 20)]
    placements = [Placement("moved", 12, 22, 0.9), Placement("moved", 12, 22, 0.9)]
    review_shared_spans(positions, placements, [False, False])
    assert [p.state for p in placements] == ["moved", "moved"]


def test_a_settled_passage_keeps_its_span_and_the_other_is_reviewed() -> None:
    positions = [TextPosition(10, 20), TextPosition(50, 60)]
    placements = [Placement("moved", 12, 22, 0.8), Placement("exact", 12, 22, 1.0)]
    review_shared_spans(positions, placements, [False, True])
    assert [p.state for p in placements] == ["review", "exact"]
