"""Next/previous annotation and word-wise resizing: order, wrapping, Unicode word stops."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.annotation_edits import set_note, toggle_tag
from desktop_app.core.navigation import resize_annotation, resize_span, step, word_stops
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project

TEXT = "Kazakhstan’s desire 👨\u200d👩\u200d👧 to join, café now.\nNext line 🇰🇿🇺🇸 here."
ARTICLE_ID = "00000000-0000-4000-8000-00000000000a"

# Pieces that stress word and grapheme breaks: ZWJ emoji, flags, skin tones, combining marks.
PIECES = st.sampled_from(
    [
        "word",
        "Straße",
        "e\u0301",
        "a\u0308\u0301",
        "👨\u200d👩\u200d👧",
        "🇰🇿",
        "👍🏽",
        "don’t",
        "3.14",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "—",
        "漢字",
        "שָׁלוֹם",
        "\u0301",  # a mark with nothing of its own before it (after a space, say)
        "\u200d",
        "🇰",  # a lone regional indicator: flags pair up from the left
        "\u00ad",
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=30).map("".join)


def grapheme_ends(text: str) -> set[int]:
    return {0} | {m.end() for m in regex.finditer(r"\X", text)}


def project_with(text: str = TEXT) -> Project:
    return new_project([make_article(text, title="T", article_id=ARTICLE_ID)], annotator_name="A")


def tag(project: Project, phrase: str, code: int = 0, occurrence: int = 0) -> str:
    text = project.articles[ARTICLE_ID].text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    code_id = project.codes.at(code).id
    toggle_tag(project, ARTICLE_ID, start, start + len(phrase), code_id).apply(project)
    found = project.annotation_with_span(ARTICLE_ID, start, start + len(phrase))
    assert found is not None
    return found.id


def ordered(project: Project):  # type: ignore[no-untyped-def]
    return project.annotations_in(ARTICLE_ID, 0, len(TEXT))


def test_step_moves_in_reading_order_and_wraps() -> None:
    project = project_with()
    first, second, third = tag(project, "desire"), tag(project, "join"), tag(project, "Next")
    annotations = ordered(project)
    assert step(annotations, 0, forward=True).annotation.id == first  # type: ignore[union-attr]
    moved = step(annotations, 0, forward=True, current=first)
    assert moved is not None
    assert (moved.annotation.id, moved.wrapped) == (second, False)
    wrapped = step(annotations, 0, forward=True, current=third)
    assert wrapped is not None
    assert (wrapped.annotation.id, wrapped.wrapped) == (first, True)
    back = step(annotations, 0, forward=False, current=first)
    assert back is not None
    assert (back.annotation.id, back.wrapped) == (third, True)
    middle = TEXT.index("to join")
    assert step(annotations, middle, forward=False).annotation.id == first  # type: ignore[union-attr]
    assert step(annotations, middle, forward=True).annotation.id == second  # type: ignore[union-attr]


def test_step_within_one_tag_skips_other_tags() -> None:
    project = project_with()
    motive = project.codes.at(0).id
    first = tag(project, "desire", 0)
    tag(project, "join", 1)
    third = tag(project, "Next", 0)
    annotations = ordered(project)
    moved = step(annotations, 0, forward=True, current=first, tag=motive)
    assert moved is not None
    assert moved.annotation.id == third
    assert step(annotations, 0, forward=True, tag=project.codes.at(2).id) is None


def test_nested_annotations_are_each_visited() -> None:
    project = project_with()
    outer = tag(project, "Kazakhstan’s desire")
    inner = tag(project, "Kazakhstan’s", 1)
    annotations = ordered(project)
    visited = []
    current = None
    for _ in range(2):
        moved = step(annotations, 0, forward=True, current=current)
        assert moved is not None
        current = moved.annotation.id
        visited.append(current)
    assert visited == [inner, outer]


def test_resize_by_words_keeps_graphemes_and_apostrophes() -> None:
    start = TEXT.index("Kazakhstan")
    assert resize_span(TEXT, start, start + 3, "end", grow=True) == (start, start + 12)
    desire_end = TEXT.index("desire") + len("desire")
    emoji_end = TEXT.index(" to join")
    assert resize_span(TEXT, start, desire_end, "end", grow=True) == (start, emoji_end)
    assert resize_span(TEXT, start, desire_end, "end", grow=False) == (start, start + 12)
    assert resize_span(TEXT, start, desire_end, "start", grow=False) == (
        TEXT.index("desire"),
        desire_end,
    )
    cafe = TEXT.index("café")
    assert resize_span(TEXT, cafe, cafe + 4, "start", grow=True) == (TEXT.index(","), cafe + 4)


def test_resize_never_empties_and_stops_at_text_edges() -> None:
    assert resize_span(TEXT, 0, 10, "end", grow=False) == (0, 10)
    assert resize_span(TEXT, 0, 10, "start", grow=False) == (0, 10)
    assert resize_span(TEXT, 0, 10, "start", grow=True) == (0, 10)
    end = len(TEXT)
    assert resize_span(TEXT, end - 5, end, "end", grow=True) == (end - 5, end)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_word_stops_are_grapheme_boundaries_and_resizing_stays_valid(text: str, data) -> None:  # type: ignore[no-untyped-def]
    graphemes = grapheme_ends(text)
    stops = word_stops(text, 0, len(text))
    assert set(stops) <= graphemes
    # Stops computed on a part equal the stops of the whole text in that part.
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert word_stops(text, lo, hi) == [p for p in stops if lo <= p <= hi]
    start = data.draw(st.sampled_from(sorted(graphemes - {len(text)}) or [0]))
    end = data.draw(st.sampled_from(sorted(p for p in graphemes if p > start) or [len(text)]))
    if start >= end:
        return
    for edge in ("start", "end"):
        for grow in (True, False):
            new_start, new_end = resize_span(text, start, end, edge, grow=grow)
            assert 0 <= new_start < new_end <= len(text)
            assert {new_start, new_end} <= graphemes
            if grow:
                assert new_start <= start
                assert new_end >= end
            else:
                assert new_start >= start
                assert new_end <= end


def test_resize_annotation_keeps_identity_and_undoes() -> None:
    project = project_with()
    annotation_id = tag(project, "desire")
    set_note(project, annotation_id, "why").apply(project)  # type: ignore[union-attr]
    before = project.annotations[annotation_id]
    edit = resize_annotation(project, annotation_id, "end", grow=True)
    assert edit is not None
    edit.apply(project)
    after = project.annotations[annotation_id]
    assert (after.id, after.tags, after.note) == (before.id, before.tags, before.note)
    assert after.quote.exact == TEXT[after.start : after.end] == "desire 👨\u200d👩\u200d👧"
    assert after.quote.prefix == TEXT[max(0, after.start - 32) : after.start]
    assert project.annotations_in(ARTICLE_ID, after.end - 1, after.end - 1) == [after]
    edit.revert(project)
    assert project.annotations[annotation_id] == before
    word = tag(project, "join")
    assert resize_annotation(project, word, "end", grow=False) is None
