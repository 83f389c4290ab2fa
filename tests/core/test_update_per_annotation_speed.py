"""The update path's per-annotation shortcuts answer as the straightforward reading did."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import _updated
from desktop_app.core.records import AnchorState, Annotation, TextPosition, TextQuote
from desktop_app.core.refrain_neighbours import RefrainNeighbours, _holding
from desktop_app.core.repeated_paragraphs import RepeatedParagraphs
from tests.core.test_refrain_neighbours import _hymn

PARAGRAPHS = [
    "Chorus: bread of heaven",
    "Yes.",
    "Verse one, guide me",
    "Verse two, open now",
    "Item 3 of the list",
    "Item 4 of the list",
]
TEXTS = st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=12).map("\n\n".join)
STATES: list[AnchorState] = ["exact", "moved", "fuzzy", "review", "orphaned"]
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2026, 2, 1, tzinfo=UTC)


def _updated_by_describing(
    annotation: Annotation, text: str, placement: Placement
) -> Annotation | None:
    """``_updated`` as it read before: the new selectors always made, then compared."""
    if not placement.placed:
        if annotation.anchor == "orphaned":
            return None
        return msgspec.structs.replace(annotation, anchor="orphaned", modified=LATER)
    position, quote = describe(text, placement.start, placement.end)
    state = placement.state
    if state == "exact" and annotation.anchor != "exact" and quote == annotation.quote:
        state = annotation.anchor
        if state == "orphaned":
            state = "exact"
    if position == annotation.position and quote == annotation.quote and state == annotation.anchor:
        return None
    return msgspec.structs.replace(
        annotation, position=position, quote=quote, anchor=state, modified=LATER
    )


@settings(max_examples=400, deadline=None)
@given(
    old=st.text(alphabet="ab \n", min_size=1, max_size=90),
    new=st.text(alphabet="ab \n", min_size=1, max_size=90),
    span=st.tuples(st.integers(0, 90), st.integers(0, 20)),
    moved=st.tuples(st.integers(0, 90), st.integers(0, 20)),
    stored_state=st.sampled_from(STATES),
    placed_state=st.sampled_from(STATES),
)
def test_updated_annotation_as_by_describing_the_new_text(
    old: str,
    new: str,
    span: tuple[int, int],
    moved: tuple[int, int],
    stored_state: AnchorState,
    placed_state: AnchorState,
) -> None:
    start = min(span[0], len(old))
    end = min(start + span[1], len(old))
    position, quote = describe(old, start, end)
    annotation = Annotation(
        id="a",
        article="t",
        position=position,
        quote=quote,
        created=WHEN,
        modified=WHEN,
        anchor=stored_state,
    )
    # most placements land where the passage stood (the quote read alike), some elsewhere
    new_start = min(moved[0], len(new))
    new_end = min(new_start + moved[1], len(new))
    for placement in (
        Placement(placed_state, new_start, new_end, 1.0),
        Placement(placed_state, min(start, len(new)), min(end, len(new)), 1.0),
    ):
        assert _updated(annotation, new, placement, LATER) == _updated_by_describing(
            annotation, new, placement
        )
        assert _updated(annotation, old, placement._replace(start=start, end=end), LATER) == (
            _updated_by_describing(annotation, old, placement._replace(start=start, end=end))
        )


def test_updated_keeps_an_unmoved_review_and_refuses_a_span_outside_the_text() -> None:
    text = "one two three four"
    position, quote = describe(text, 4, 7)
    annotation = Annotation(
        id="a",
        article="t",
        position=position,
        quote=quote,
        created=WHEN,
        modified=WHEN,
        anchor="review",
    )
    assert _updated(annotation, text, Placement("exact", 4, 7, 1.0), LATER) is None
    moved = _updated(annotation, "zero " + text, Placement("moved", 9, 12, 1.0), LATER)
    assert moved is not None
    assert moved.position == TextPosition(9, 12)
    assert moved.quote == TextQuote("two", "zero one ", " three four")
    try:
        _updated(annotation, text, Placement("exact", 4, 99, 1.0), LATER)
    except ValueError:
        pass
    else:
        raise AssertionError("a span outside the text went through")


def _spans(texts: int) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, 30 * texts), st.integers(0, 30))


def _away_by_counting(
    paragraphs: RepeatedParagraphs, old_start: int, old_end: int, start: int, end: int
) -> bool:
    """``away_from_its_own`` as it read before: the old paragraph's counts read each time."""
    if not paragraphs.copies:
        return False
    old_index = paragraphs._within(paragraphs.old_spans, paragraphs._old_starts, old_start, old_end)
    if old_index is None or not paragraphs._repeated(paragraphs.old_texts[old_index]):
        return False
    new_index = paragraphs._within(paragraphs.new_spans, paragraphs._new_starts, start, end)
    text = paragraphs.old_texts[old_index]
    if new_index is None or paragraphs.new_texts[new_index] != text:
        return False
    if paragraphs._beside(old_index, new_index) is not False:
        return False
    return any(
        paragraphs._beside(old_index, other)
        for other in paragraphs.copies.get(text, ())
        if other != new_index
    )


def _beside_one_by_looking_up(
    refrains: RefrainNeighbours, old_start: int, old_end: int, start: int, end: int
) -> bool:
    """``beside_one_neighbour`` as it read before: the old paragraph's text looked up."""
    if not refrains._anchors:
        return False
    old_index = _holding(refrains._old_spans, refrains._old_starts, old_start, old_end)
    if old_index is None or refrains._old_texts[old_index] not in refrains._refrains:
        return False
    above = refrains._anchors.get(old_index - 1)
    below = refrains._anchors.get(old_index + 1)
    if above is None or below is None or abs(above - below) != 2:
        return False
    between = (above + below) // 2
    text = refrains._old_texts[old_index]
    if refrains._new_texts[between] != text:
        return False
    new_index = _holding(refrains._new_spans, refrains._new_starts, start, end)
    return new_index != between and new_index is not None and refrains._new_texts[new_index] == text


def _passages(text: str, picks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text``: the picks clipped to it, and each paragraph's first words."""
    spans = [(min(at, len(text)), min(at + length, len(text))) for at, length in picks]
    at = 0
    for paragraph in text.split("\n\n"):
        spans.append((at, at + min(9, len(paragraph))))
        at += len(paragraph) + 2
    return spans


@settings(max_examples=300, deadline=None)
@given(old=TEXTS, new=TEXTS, picks=st.lists(_spans(12), max_size=4))
def test_repeated_paragraph_check_reads_its_table_as_the_counts(
    old: str, new: str, picks: list[tuple[int, int]]
) -> None:
    paragraphs = RepeatedParagraphs(old, new)
    for old_start, old_end in _passages(old, picks):
        for start, end in _passages(new, picks):
            assert paragraphs.away_from_its_own(old_start, old_end, start, end) == (
                _away_by_counting(paragraphs, old_start, old_end, start, end)
            )


@settings(max_examples=300, deadline=None)
@given(old=TEXTS, new=TEXTS, picks=st.lists(_spans(12), max_size=4))
def test_refrain_check_reads_its_table_as_the_refrains(
    old: str, new: str, picks: list[tuple[int, int]]
) -> None:
    refrains = RefrainNeighbours(old, new)
    for old_start, old_end in _passages(old, picks):
        for start, end in _passages(new, picks):
            assert refrains.beside_one_neighbour(old_start, old_end, start, end) == (
                _beside_one_by_looking_up(refrains, old_start, old_end, start, end)
            )


def test_refrain_check_on_a_reversed_hymn_reads_as_before() -> None:
    old, new = _hymn(5), _hymn(5, reversed_blocks=True)
    refrains = RefrainNeighbours(old, new)
    doubted = 0
    for old_start, old_end in _passages(old, []):
        for start, end in _passages(new, []):
            found = refrains.beside_one_neighbour(old_start, old_end, start, end)
            assert found == _beside_one_by_looking_up(refrains, old_start, old_end, start, end)
            doubted += found
    assert doubted > 0  # the table says yes where the refrains did, not only no
