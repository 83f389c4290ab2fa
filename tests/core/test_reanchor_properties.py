"""Properties of re-anchoring under random logged edits: never misplaced without review.

The truth comes from ``tests.storage.edit_simulation.TrackedText``: every character keeps
its origin, so where an annotation should land (or that its passage is gone) is known.
"""

from __future__ import annotations

import random

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_placement import _reads, _reads_back
from desktop_app.core.line_neighbours import Lines
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import _carried_along, place, replace_article_text
from desktop_app.core.records import Annotation
from tests.benchmarks.reanchor_families import (
    BOILERPLATE,
    OTHER_SENTENCES,
    REPLACEMENT_WORDS,
    annotated_spans,
    news_text,
)
from tests.benchmarks.reanchor_families import words as words_changed
from tests.storage.builders import EPOCH, prose
from tests.storage.edit_simulation import TrackedText, Truth


def _random_operation(tracked: TrackedText, rng: random.Random, *, copies: bool = True) -> None:
    """One edit anywhere: a typo; a word or a sentence inserted; a stretch of words deleted;
    a sentence or paragraph moved or (with ``copies``) copied elsewhere. Positions and
    lengths are random, on word boundaries (people cut and paste words and sentences, not
    halves of words; typos are the letter-level edits)."""
    text = tracked.text
    words = [0, *(i for i in range(1, len(text)) if text[i - 1].isspace())]
    sentences = [0, *(i + 2 for i in range(len(text) - 2) if text[i : i + 2] in (". ", ".\n"))]
    kind = rng.randrange(6 if copies else 5)
    if kind == 0:
        tracked.replace(rng.randrange(len(text)), rng.randint(0, 2), rng.choice("abcdefghij"))
    elif kind == 1:
        tracked.replace(rng.choice(words), 0, rng.choice(REPLACEMENT_WORDS) + " ")
    elif kind == 2:
        inserted = rng.choice((*OTHER_SENTENCES, *BOILERPLATE))
        tracked.replace(rng.choice(sentences), 0, inserted + rng.choice((" ", "\n\n")))
    elif kind == 3:
        start = rng.choice(words)
        stop = max(b for b in words if b <= start + rng.randint(1, 400))
        tracked.replace(start, stop - start, "")
    elif len(sentences) > 3:
        index = rng.randrange(len(sentences) - 1)
        start = sentences[index]
        stop = sentences[min(len(sentences) - 1, index + rng.randint(1, 3))]
        # not right before or after itself: a paragraph printed twice in a row is ambiguous
        to = rng.choice([b for b in sentences if b < start or b > stop] or [0])
        if kind == 4:
            tracked.move(start, stop - start, to if to <= start else to - (stop - start))
        else:
            tracked.copy(start, stop - start, to)


def _annotations(text: str, spans: list[tuple[int, int]]) -> tuple[Project, list[str]]:
    article = make_article(text, title="A", article_id="00000000-0000-4000-a000-00000000aaaa")
    annotations = [
        Annotation(
            id=f"00000000-0000-4000-a000-{n:012d}",
            article=article.id,
            position=position,
            quote=quote,
            created=EPOCH,
            modified=EPOCH,
        )
        for n, (position, quote) in enumerate(describe(text, s, e) for s, e in spans)
    ]
    return Project(articles=[article], annotations=annotations), [a.id for a in annotations]


def _edited(
    seed: int, operations: int, *, copies: bool = True
) -> tuple[TrackedText, list[tuple[int, int]]]:
    rng = random.Random(seed)
    text = news_text(rng, paragraphs=8) if seed % 3 else prose(rng, 3000).strip()
    spans = annotated_spans(rng, text, 25)
    tracked = TrackedText(text)
    for _ in range(operations):
        _random_operation(tracked, rng, copies=copies)
    return tracked, spans


def _misplaced(truths: list[Truth], placements: list[Placement]) -> list[str]:
    """Placements (not marked for review) that are not mostly on their passage, or whose
    passage is gone."""
    return [
        f"{placement} truth {truth}"
        for truth, placement in zip(truths, placements, strict=True)
        if not truth.on_passage(placement)
    ]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32), operations=st.integers(1, 4))
def test_update_never_places_an_annotation_outside_its_passage_unless_for_review(
    seed: int, operations: int
) -> None:
    tracked, spans = _edited(seed, operations)
    project, ids = _annotations(tracked.old, spans)
    outcome = replace_article_text(project, project.articles.at(0).id, tracked.text)
    placed = {result.annotation_id: result.placement for result in outcome.results}
    assert _misplaced(tracked.truths(spans), [placed[i] for i in ids]) == [], tracked.log


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32))
def test_unchanged_text_keeps_every_annotation_exactly(seed: int) -> None:
    rng = random.Random(seed)
    text = news_text(rng, paragraphs=6)
    for start, end in annotated_spans(rng, text, 20):
        placement = place(text, *describe(text, start, end))
        assert (placement.state, placement.start, placement.end) == ("exact", start, end)


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32), shift=st.integers(1, 5000))
def test_text_added_at_the_top_moves_every_annotation(seed: int, shift: int) -> None:
    rng = random.Random(seed)
    text = prose(rng, 3000)
    new = prose(random.Random(seed + 1), shift) + "\n\n" + text
    offset = len(new) - len(text)
    spans = annotated_spans(rng, text, 20)
    project, ids = _annotations(text, spans)
    outcome = replace_article_text(project, project.articles.at(0).id, new)
    placed = {result.annotation_id: result.placement for result in outcome.results}
    for annotation_id, (start, end) in zip(ids, spans, strict=True):
        placement = placed[annotation_id]
        if placement.state in ("exact", "moved", "fuzzy"):
            assert (placement.start, placement.end) == (start + offset, end + offset)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether nothing else in ``text`` is like ``text[start:end]`` (half its characters or
    more in common, in order), its own place blanked out."""
    quote = text[start:end]
    others = text[:start] + "\0" * (end - start) + text[end:]
    found = fuzz.partial_ratio_alignment(quote, others, score_cutoff=90)
    return found is None


@settings(max_examples=60, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32), operations=st.integers(1, 4))
def test_quote_search_never_places_an_annotation_outside_its_passage_unless_for_review(
    seed: int, operations: int
) -> None:
    """The quote-only path (imports, files whose old text is unknown) under the same edits
    but copies, for passages with nothing like them elsewhere in the old text. Seeing only
    the new text, no method can tell a passage from a copy of it pasted elsewhere with its
    context, nor a deleted passage from a near copy the text already had (boilerplate, a
    paragraph printed twice): the update path, which sees both texts, is held to those
    too, and the benchmark measures the quote-only path on them."""
    tracked, spans = _edited(seed, operations, copies=False)
    alone = [(s, e) for s, e in spans if _alone(tracked.old, s, e)]
    placements = [place(tracked.text, *describe(tracked.old, s, e)) for s, e in alone]
    assert _misplaced(tracked.truths(alone), placements) == [], tracked.log


@given(
    st.text(alphabet="ab \n", max_size=40),
    st.integers(0, 45),
    st.text(alphabet="ab \n", max_size=8),
)
def test_reading_back_is_reading_the_reversed_text(text: str, at: int, words: str) -> None:
    at = min(at, len(text))
    forward = _reads(text[::-1], len(text) - at, words[::-1])
    expected = None if forward is None else len(text) - forward
    assert _reads_back(text, at, words) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.5, 2.0, 5.0]))
def test_remembered_line_shifts_answer_as_a_fresh_look_up_would(seed: int, rate: float) -> None:
    """``_carried_along`` shares its look-ups across the passages of a line: sharing them
    never changes an answer (each is what a fresh look-up gives)."""
    rng = random.Random(seed)
    text = prose(rng, 3_000)
    tracked = TrackedText(text)
    words_changed(tracked, rng, rate)
    alignment, lines = Alignment(text, tracked.text), Lines(text)
    shared: dict[tuple[int, int], int | None] = {}
    for start, end in annotated_spans(rng, text, 40):
        position, quote = describe(text, start, end)
        fresh = _carried_along(alignment, lines, position, quote, {})
        assert _carried_along(alignment, lines, position, quote, shared) == fresh


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    seed=st.integers(0, 2**32),
    operations=st.integers(1, 4),
    orphaned=st.lists(st.booleans(), min_size=25, max_size=25),
)
def test_a_passage_annotated_twice_is_placed_as_each_copy_alone_would_be(
    seed: int, operations: int, orphaned: list[bool]
) -> None:
    # the update places a passage once for all annotations with its selectors and its
    # orphaned state: each must land where it lands with no other annotation like it
    tracked, spans = _edited(seed, operations)
    alone, alone_ids = _annotations(tracked.old, spans)
    twice, twice_ids = _annotations(tracked.old, [*spans, *spans])
    marked = [
        msgspec.structs.replace(annotation, anchor="orphaned")
        if index >= len(spans) and orphaned[(index - len(spans)) % len(orphaned)]
        else annotation
        for index, annotation in enumerate(twice.annotations_of(twice.articles.at(0).id))
    ]
    twice = Project(articles=list(twice.articles), annotations=marked)
    for_orphans = Project(
        articles=list(alone.articles),
        annotations=[
            msgspec.structs.replace(annotation, anchor="orphaned")
            for annotation in alone.annotations_of(alone.articles.at(0).id)
        ],
    )
    expected = {}
    for project, anchor in ((alone, "exact"), (for_orphans, "orphaned")):
        outcome = replace_article_text(project, project.articles.at(0).id, tracked.text)
        for result in outcome.results:
            expected[(anchor, result.annotation_id)] = result.placement
    outcome = replace_article_text(twice, twice.articles.at(0).id, tracked.text)
    placed = {result.annotation_id: result.placement for result in outcome.results}
    for index, annotation_id in enumerate(twice_ids):
        copy = index % len(spans)
        anchor = "orphaned" if index >= len(spans) and orphaned[copy % len(orphaned)] else "exact"
        assert placed[annotation_id] == expected[(anchor, alone_ids[copy])]


def test_a_passage_is_carried_along_only_with_the_lines_around_its_own() -> None:
    """The look-up's three shapes: a passage inside a middle line (carried with the text
    around its line), one on the text's first line (nothing above it came along: never
    carried) and one across lines (carried with the text around all of them)."""
    text = "Title line\n\nFirst paragraph here.\nIt goes on.\n\nLast line"
    new = "New head\n\n" + text
    alignment, lines = Alignment(text, new), Lines(text)
    shift = len("New head\n\n")
    middle = text.index("paragraph")
    across = text.index("here.")
    for start, end, expected in (
        (middle, middle + len("paragraph"), middle + shift),
        (0, len("Title"), None),
        (across, text.index("goes") + len("goes"), across + shift),
    ):
        position, quote = describe(text, start, end)
        assert _carried_along(alignment, lines, position, quote, {}) == expected
