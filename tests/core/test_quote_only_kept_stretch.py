"""A passage left unplaced in a batch, placed where its stretch between placed neighbours stands."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import batch_placement
from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.figure_twins import Requested
from desktop_app.core.quote_only_kept_stretch import KEPT_GAP, placed_where_its_stretch_stands
from desktop_app.core.quote_search import Placement

NAMES = [
    "Ashdown",
    "Birchley",
    "Coldharbour",
    "Dunsfold",
    "Elmstead",
    "Fairlight",
    "Greywell",
    "Hollowell",
    "Ivybridge",
    "Juniper",
]
STATUS = "Status: Closed."


def _entry(number: int, name: str) -> str:
    return f"Notice {number} — {name} Road\n{STATUS}\n\n"


def _notices(numbers: list[int]) -> str:
    return "Road notices\n\n" + "".join(_entry(n, NAMES[n - 1]) for n in numbers)


def _heading(text: str, number: int) -> tuple[int, int]:
    at = text.index(f"Notice {number} —")
    return at, at + len(f"Notice {number}")


def _status(text: str, number: int) -> tuple[int, int]:
    at = text.index(STATUS, text.index(f"Notice {number} —"))
    return at, at + len(STATUS)


def _every_heading_and_the_sixth_status(old: str) -> list[Request]:
    """Requests for every notice's number and, after the sixth's, its status line."""
    spans = [_heading(old, number) for number in range(1, len(NAMES) + 1)]
    spans.insert(6, _status(old, 6))
    return [Request(*describe(old, start, end)) for start, end in spans]


def _edited_notices() -> str:
    """Notices 2 and 3 cut, the title and the sixth and seventh roads reworded."""
    new = _notices([1, *range(4, len(NAMES) + 1)]).replace(
        "Road notices", "Road notices, all of them"
    )
    return new.replace("Fairlight Road", "Fairlight Lane").replace("Greywell Road", "Greywell Lane")


def test_a_stock_line_whose_context_changed_is_placed_between_its_neighbours() -> None:
    old = _notices(list(range(1, len(NAMES) + 1)))
    new = _edited_notices()
    requests = _every_heading_and_the_sixth_status(old)
    placed = place_all(new, requests)
    assert placed[6].state == "moved"
    assert (placed[6].start, placed[6].end) == _status(new, 6)
    alone = place_all(new, requests[6:7])
    assert alone[0].state == "review"


def test_without_the_rule_the_same_line_stays_in_review(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = _notices(list(range(1, len(NAMES) + 1)))
    new = _edited_notices()
    requests = _every_heading_and_the_sixth_status(old)
    monkeypatch.setattr(
        batch_placement, "placed_where_its_stretch_stands", lambda text, wanted, found: found
    )
    assert place_all(new, requests)[6].state == "review"


def _batch(
    old: str, new: str, spans: list[tuple[int, int]], found: list[tuple[int, int] | None]
) -> tuple[list[Requested], list[Placement]]:
    """Requests for ``spans`` of ``old`` and placements in ``new``: a span is placed
    there ("moved"), None leaves the passage in review on the text's start."""
    requests: list[Requested] = [(*describe(old, start, end), None) for start, end in spans]
    placements = [
        Placement("review", 0, 0, 0.5) if at is None else Placement("moved", *at, 1.0)
        for at in found
    ]
    return requests, placements


def test_two_copies_between_the_neighbours_leave_it_in_review() -> None:
    old = _notices([1, 2, 3])
    new = _notices([1, 2, 3]).replace(f"{STATUS}\n\nNotice 3", f"{STATUS}\n{STATUS}\n\nNotice 3")
    spans = [_heading(old, 1), _status(old, 2), _heading(old, 3)]
    requests, placements = _batch(old, new, spans, [_heading(new, 1), None, _heading(new, 3)])
    assert placed_where_its_stretch_stands(new, requests, placements)[1].state == "review"


def test_a_copy_not_as_far_from_a_neighbour_as_it_stood_leaves_it_in_review() -> None:
    old = _notices([1, 2, 3])
    longer = "Notice 2 — Birchley Road, from the church to the green"
    new = old.replace("Notice 2 — Birchley Road", longer)
    assert len(longer) - len("Notice 2 — Birchley Road") > KEPT_GAP
    spans = [_heading(old, 1), _status(old, 2), _heading(old, 3)]
    requests, placements = _batch(old, new, spans, [_heading(new, 1), None, _heading(new, 3)])
    assert placed_where_its_stretch_stands(new, requests, placements)[1].state == "review"


def test_a_copy_reading_the_quotes_own_line_elsewhere_leaves_it_in_review() -> None:
    old = "Trains\n\n9 Jun 2026 — footnote B — train 4649\nRuns daily.\n\nEnd of list.\n"
    new = (
        "Trains\n\n9 Jun 2026 — footnote E — train 4611\nRuns daily.\n\nEnd of list.\n"
        "\n9 Jun 2026 — footnote B — train 4649\nRuns daily.\n"
    )
    quote_at = old.index("9 Jun 2026")
    spans = [(0, 6), (quote_at, quote_at + 10), (old.index("End of list."), len(old) - 1)]
    found = [(0, 6), None, (new.index("End of list."), new.index("End of list.") + 12)]
    requests, placements = _batch(old, new, spans, found)
    assert placed_where_its_stretch_stands(new, requests, placements)[1].state == "review"


@settings(max_examples=60, deadline=None)
@given(
    kept=st.lists(st.booleans(), min_size=len(NAMES), max_size=len(NAMES)),
    annotated=st.lists(st.booleans(), min_size=len(NAMES), max_size=len(NAMES)),
)
def test_a_stock_line_is_only_ever_placed_on_its_own_entrys_copy(
    kept: list[bool], annotated: list[bool]
) -> None:
    """Entries cut at random; every heading still there placed where it is now, every
    stock line in review: the rule places a stock line only on its own entry's copy, and
    does place it when its own heading and the next heading annotated stand around it."""
    numbers = list(range(1, len(NAMES) + 1))
    old = _notices(numbers)
    new = _notices([n for n, keep in zip(numbers, kept, strict=True) if keep])
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, int] | None] = []
    lines: dict[int, int] = {}
    for number, keep, marked in zip(numbers, kept, annotated, strict=True):
        spans.append(_heading(old, number))
        found.append(_heading(new, number) if keep else None)
        if marked:
            lines[len(spans)] = number
            spans.append(_status(old, number))
            found.append(None)
    requests, placements = _batch(old, new, spans, found)
    settled = placed_where_its_stretch_stands(new, requests, placements)
    for index, number in lines.items():
        placement = settled[index]
        if placement.state == "review":
            next_kept = index + 1 < len(spans) and found[index + 1] is not None
            assert not (kept[number - 1] and next_kept)
            continue
        assert kept[number - 1]
        assert (placement.start, placement.end) == _status(new, number)


def test_a_copy_under_another_authors_line_leaves_it_in_review() -> None:
    old = "Replies\n\n@Abebe · reply\nOK 👍\n\n@Dawit · reply\nThanks 🙏\n\nEnd of thread.\n"
    swapped = "Replies\n\n@Dawit · reply\nOK 👍\n\n@Abebe · reply\nThanks 🙏\n\nEnd of thread.\n"
    quote_at = old.index("OK 👍")
    end_at = old.index("End of thread.")
    spans = [(0, 7), (quote_at, quote_at + 4), (end_at, end_at + 14)]
    found = [(0, 7), None, (end_at, end_at + 14)]
    requests, placements = _batch(old, swapped, spans, found)
    assert placed_where_its_stretch_stands(swapped, requests, placements)[1].state == "exact"
    with_its_own = swapped + "\n@Abebe · reply\nOK 👍\n"
    requests, placements = _batch(old, with_its_own, spans, found)
    assert placed_where_its_stretch_stands(with_its_own, requests, placements)[1].state == "review"


def test_a_neighbour_overlapping_the_passage_is_passed_over_for_one_clear_of_it() -> None:
    old = _notices([1, 2, 3])
    new = old.replace("Road notices", "Road notices, all of them")
    across = (_status(old, 2)[0], _heading(old, 3)[1])
    spans = [_heading(old, 2), _status(old, 2), across, _heading(old, 3)]
    shift = len(new) - len(old)
    found = [(start + shift, end + shift) for start, end in spans]
    requests, placements = _batch(old, new, spans, [found[0], None, found[2], found[3]])
    settled = placed_where_its_stretch_stands(new, requests, placements)
    assert settled[1].state == "moved"
    assert (settled[1].start, settled[1].end) == _status(new, 2)


def test_neighbours_placed_out_of_their_order_leave_it_in_review() -> None:
    old = _notices([1, 2, 3])
    new = _notices([3, 2, 1])
    spans = [_heading(old, 1), _status(old, 2), _heading(old, 3)]
    requests, placements = _batch(old, new, spans, [_heading(new, 1), None, _heading(new, 3)])
    assert placed_where_its_stretch_stands(new, requests, placements)[1].state == "review"


def test_a_copy_elsewhere_reading_the_stored_context_better_leaves_it_in_review() -> None:
    old = "Header\n\nwhen the storm came the Dawlish line closed at noon for repairs again\n\nEnd\n"
    edited = (
        "Header\n\nwhen the gale came the Dawlish road closed at noon for works and again\n\nEnd\n"
    )
    closer = edited + "\nwhen a storm came the Dawlish line closed at noon for repairs, again\n"
    quote_at = old.index("closed at noon")
    spans = [(0, 6), (quote_at, quote_at + 14), (old.index("End"), old.index("End") + 3)]
    found = [(0, 6), None, (edited.index("End"), edited.index("End") + 3)]
    requests, placements = _batch(old, edited, spans, found)
    alone = placed_where_its_stretch_stands(edited, requests, placements)[1]
    assert (alone.state, alone.start) == ("moved", edited.index("closed at noon"))
    requests, placements = _batch(old, closer, spans, found)
    assert placed_where_its_stretch_stands(closer, requests, placements)[1].state == "review"
