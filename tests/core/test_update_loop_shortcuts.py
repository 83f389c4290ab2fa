"""The update path's per-passage loop: repeat checks asked only where they apply, passages
annotated twice placed once by their selectors' fields, results in text order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.cloned_stretches import DoubledStretches
from desktop_app.core.doubled_paragraphs import DoubledParagraphs
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import _on_a_repeat, replace_article_text
from desktop_app.core.records import Annotation, TextPosition, utc_now
from desktop_app.core.refrain_neighbours import RefrainNeighbours
from desktop_app.core.repeated_paragraphs import RepeatedParagraphs

#: Paragraphs that recur (a chorus, a stock reply), entries one figure apart, and others.
PARAGRAPHS = st.lists(
    st.sampled_from(
        ["Chorus", "Verse 1", "Verse 2", "Yes.", "Note 3", "Note 4", "Same.", "Closing."]
    ),
    max_size=9,
)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, PARAGRAPHS, st.data())
def test_the_repeat_checks_that_apply_answer_as_all_four(
    old_paragraphs: list[str], new_paragraphs: list[str], data: st.DataObject
) -> None:
    old, new = "\n\n".join(old_paragraphs), "\n\n".join(new_paragraphs)
    checks = (
        DoubledStretches(old, new),
        DoubledParagraphs(Alignment(old, new)),
        RepeatedParagraphs(old, new),
        RefrainNeighbours(old, new),
    )
    doubled, doubled_paragraphs, repeated, refrains = checks
    applying = (
        doubled if doubled.applies else None,
        doubled_paragraphs if doubled_paragraphs.applies else None,
        repeated if repeated.applies else None,
        refrains if refrains.applies else None,
    )
    for _ in range(6):
        old_start = data.draw(st.integers(0, len(old)))
        old_end = data.draw(st.integers(old_start, len(old)))
        start = data.draw(st.integers(0, len(new)))
        end = data.draw(st.integers(start, len(new)))
        position, placement = TextPosition(old_start, old_end), Placement("moved", start, end, 1.0)
        assert _on_a_repeat(*applying, position, placement) == _on_a_repeat(
            *checks, position, placement
        )


def _annotation(number: int, article_id: str, text: str, span: tuple[int, int]) -> Annotation:
    position, quote = describe(text, *span)
    return Annotation(
        id=f"00000000-0000-4000-a000-{number:012d}",
        article=article_id,
        position=position,
        quote=quote,
        created=utc_now(),
        modified=utc_now(),
    )


OLD = (
    "Minutes of the parish meeting.\n\nItem 1: the hall roof.\nAgreed.\n\n"
    "Item 2: the footpath.\nAgreed.\n\nAny other business: none."
)
NEW = (
    "Minutes of the parish meeting (draft).\n\nItem 2: the footpath.\nAgreed.\n\n"
    "Item 1: the hall roof, again.\nAgreed.\n\nAny other business: none."
)


def test_a_passage_annotated_twice_is_placed_once_and_alike() -> None:
    article = make_article(OLD, title="Minutes")
    spans = [(OLD.index("footpath"), OLD.index("footpath") + 8)] * 2 + [
        (OLD.index("hall roof"), OLD.index("hall roof") + 9),
        (OLD.rindex("Agreed"), OLD.rindex("Agreed") + 6),
    ]
    annotations = [_annotation(n, article.id, OLD, span) for n, span in enumerate(spans)]
    project = Project(articles=[article], annotations=list(reversed(annotations)))
    results = replace_article_text(project, article.id, NEW).results
    by_id = {result.annotation_id: result for result in results}
    twice = [by_id[annotations[0].id], by_id[annotations[1].id]]
    assert twice[0].placement == twice[1].placement
    assert NEW[twice[0].placement.start : twice[0].placement.end] == "footpath"
    # results in text order (start, then end), whatever order the project holds them in
    assert [(r.old_start, r.old_end) for r in results] == sorted(spans)
