"""Edits and operations: toggle semantics, quotes, undo/redo, and the change events emitted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.core.annotation_edits import SpanError, delete_annotations, set_note, toggle_tag
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.edits import Compound, Edit, Insert, Remove, SetInfo
from desktop_app.core.events import Signal
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Change, Project, RecordList
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Code,
    Link,
    ProjectInfo,
    new_id,
)

MIXED_ID = "00000000-0000-4000-8000-000000000001"
PLAIN_ID = "00000000-0000-4000-8000-000000000002"
# Emoji (astral, ZWJ, flags), a decomposed accent that NFC composes, Hebrew with points,
# Arabic, CJK, NBSP, blank lines and padded lines: offsets are code points of all this.
MIXED_RAW = (
    "Kazakhstan 🇰🇿 joins the Accords 👍🏽.\r\n"
    "שָׁלוֹם עולם and مرحبا بالعالم —\u00a0Cafe\u0301 au lait, 👩\u200d💻 codes 漢字 𠀀.\r\n"
    "\r\n"
    "   A padded paragraph, with   spaces   \r\n"
)
PLAIN_RAW = "Minerals matter.\nAstana wants the relationship to deepen on both sides."
CODE_IDS = [code.id for code in DEFAULT_CODES]
NOTES = ["", "  ", "Why?", "  a note with padding  ", "נימוק 😀"]


def make_project() -> Project:
    """A small project: two articles, the default codebook, one annotator."""
    articles = [
        make_article(MIXED_RAW, title="Mixed", article_id=MIXED_ID),
        make_article(PLAIN_RAW, title="Plain", article_id=PLAIN_ID),
    ]
    return new_project(articles, annotator_name="Tester")


def snapshot(project: Project) -> dict[str, Any]:
    """Everything a project holds, comparable with ``==``."""
    return {
        "info": project.info,
        "articles": list(project.articles),
        "codes": list(project.codes),
        "annotators": list(project.annotators),
        "annotations": list(project.annotations),
        "links": list(project.links),
        "found": {
            article.id: project.annotations_in(article.id, 0, len(article.text))
            for article in project.articles
        },
    }


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding white space, by string stripping."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def placed_with_span(project: Project, article_id: str, start: int, end: int) -> list[Annotation]:
    return [
        a
        for a in project.annotations
        if a.article == article_id and (a.start, a.end) == (start, end) and a.anchor != "orphaned"
    ]


@dataclass
class Mirror:
    """Rebuilds a project's lists from its change events alone, checking each event."""

    lists: dict[type, list[Any]]
    info: ProjectInfo
    events: list[Change] = field(default_factory=list)

    @classmethod
    def of(cls, project: Project) -> Mirror:
        mirror = cls(
            lists={
                Article: list(project.articles),
                Code: list(project.codes),
                Annotator: list(project.annotators),
                Annotation: list(project.annotations),
                Link: list(project.links),
            },
            info=project.info,
        )
        project.changed.connect(mirror.on_change)
        return mirror

    def on_change(self, change: Change) -> None:
        self.events.append(change)
        if isinstance(change.record, ProjectInfo):
            assert change.kind == "changed"
            assert change.old == self.info
            assert isinstance(change.new, ProjectInfo)
            self.info = change.new
            return
        records = self.lists[type(change.record)]
        ids = [r.id for r in records]
        if change.kind == "added":
            assert change.old is None
            assert change.new is not None
            assert change.new.id not in ids, "added twice"
            assert 0 <= change.index <= len(records)
            records.insert(change.index, change.new)
        elif change.kind == "removed":
            assert change.new is None
            assert records[change.index] == change.old, "removed from another row"
            del records[change.index]
        else:
            assert change.old is not None
            assert change.new is not None
            assert change.new.id == change.old.id
            assert records[change.index] == change.old, "changed another row"
            records[change.index] = change.new

    def matches(self, project: Project) -> bool:
        return self.info == project.info and self.lists == {
            Article: list(project.articles),
            Code: list(project.codes),
            Annotator: list(project.annotators),
            Annotation: list(project.annotations),
            Link: list(project.links),
        }


def assert_rows_consistent(project: Project) -> None:
    for collection in (project.articles, project.codes, project.annotations, project.annotators):
        ids = collection.ids()
        assert [collection.row(i) for i in ids] == list(range(len(ids)))
        assert [collection.at(r).id for r in range(len(ids))] == ids


def assert_quote_matches(text: str, annotation: Annotation) -> None:
    start, end = annotation.start, annotation.end
    assert annotation.quote.exact == text[start:end]
    assert annotation.quote.prefix == text[max(0, start - 32) : start]
    assert annotation.quote.suffix == text[end : end + 32]


# -- a random session with undo and redo -----------------------------------------------------


class EditSession(RuleBasedStateMachine):
    """Tags, notes, deletions, undo and redo in any order, as a reader would do them."""

    def __init__(self) -> None:
        super().__init__()
        self.project = make_project()
        self.initial = snapshot(self.project)
        self.mirror = Mirror.of(self.project)
        self.done: list[tuple[Edit, dict[str, Any], dict[str, Any]]] = []
        self.undone: list[tuple[Edit, dict[str, Any], dict[str, Any]]] = []

    def _push(self, edit: Edit) -> None:
        before = snapshot(self.project)
        edit.apply(self.project)
        self.done.append((edit, before, snapshot(self.project)))
        self.undone.clear()

    def _expect_toggle(self, article_id: str, start: int, end: int, code_id: str) -> None:
        """Toggle a tag and check the outcome against the documented semantics."""
        text = self.project.articles[article_id].text
        if not 0 <= start <= end <= len(text) or not text[start:end].strip():
            with pytest.raises(SpanError):
                toggle_tag(self.project, article_id, start, end, code_id)
            return
        s, e = trimmed(text, start, end)
        existing = placed_with_span(self.project, article_id, s, e)
        assert len(existing) <= 1
        count = len(self.project.annotations)
        self._push(toggle_tag(self.project, article_id, start, end, code_id))
        if not existing:
            created = self.project.annotations.at(count)
            assert (created.start, created.end, created.tags) == (s, e, (code_id,))
            assert created.note == ""
            assert created.article == article_id
            return
        old = existing[0]
        now = self.project.annotations.get(old.id)
        if code_id not in old.tags:
            assert now is not None
            assert now.tags == (*old.tags, code_id)
        elif len(old.tags) == 1 and not old.note:
            assert now is None
        else:
            assert now is not None
            assert now.tags == tuple(t for t in old.tags if t != code_id)
            assert now.note == old.note

    @rule(
        article_id=st.sampled_from([MIXED_ID, PLAIN_ID]),
        a=st.integers(-2, 160),
        b=st.integers(-2, 160),
        code_id=st.sampled_from(CODE_IDS),
    )
    def tag_a_span(self, article_id: str, a: int, b: int, code_id: str) -> None:
        self._expect_toggle(article_id, a, b, code_id)

    @precondition(lambda self: len(self.project.annotations) > 0)
    @rule(data=st.data(), pad=st.booleans(), code_id=st.sampled_from(CODE_IDS))
    def toggle_on_an_annotated_span(self, data: st.DataObject, pad: bool, code_id: str) -> None:
        annotation = data.draw(st.sampled_from(list(self.project.annotations)))
        text = self.project.articles[annotation.article].text
        start, end = annotation.start, annotation.end
        while pad and start > 0 and text[start - 1].isspace():
            start -= 1  # a selection dragging white space along
        while pad and end < len(text) and text[end].isspace():
            end += 1
        self._expect_toggle(annotation.article, start, end, code_id)

    @precondition(lambda self: len(self.project.annotations) > 0)
    @rule(data=st.data(), note=st.sampled_from(NOTES))
    def write_a_note(self, data: st.DataObject, note: str) -> None:
        annotation = data.draw(st.sampled_from(list(self.project.annotations)))
        edit = set_note(self.project, annotation.id, note)
        if edit is None:
            assert annotation.note == note.strip()
            return
        self._push(edit)
        updated = self.project.annotations[annotation.id]
        assert updated.note == note.strip()
        assert msgspec.structs.replace(
            updated, note=annotation.note, modified=annotation.modified
        ) == (annotation)

    @rule(data=st.data())
    def delete_some(self, data: st.DataObject) -> None:
        ids = self.project.annotations.ids()
        chosen = data.draw(st.lists(st.sampled_from(ids), max_size=4)) if ids else []
        edit = delete_annotations(self.project, chosen)
        if not chosen:
            assert edit is None
            return
        assert edit is not None
        remaining = [i for i in ids if i not in chosen]
        self._push(edit)
        assert self.project.annotations.ids() == remaining

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo(self) -> None:
        edit, before, after = self.done.pop()
        edit.revert(self.project)
        assert snapshot(self.project) == before
        self.undone.append((edit, before, after))

    @precondition(lambda self: bool(self.undone))
    @rule()
    def redo(self) -> None:
        edit, before, after = self.undone.pop()
        edit.apply(self.project)
        assert snapshot(self.project) == after
        self.done.append((edit, before, after))

    @invariant()
    def events_mirror_the_project(self) -> None:
        assert self.mirror.matches(self.project)

    @invariant()
    def rows_and_quotes_are_consistent(self) -> None:
        assert_rows_consistent(self.project)
        for annotation in self.project.annotations:
            assert_quote_matches(self.project.articles[annotation.article].text, annotation)

    @invariant()
    def the_index_agrees_with_the_list(self) -> None:
        for article in self.project.articles:
            for start, end in ((0, len(article.text)), (10, 40), (25, 25)):
                expected = sorted(
                    (
                        a
                        for a in self.project.annotations
                        if a.article == article.id
                        and (
                            a.start <= start < a.end
                            if start == end
                            else a.start < end and start < a.end
                        )
                    ),
                    key=lambda a: (a.start, a.end, a.id),
                )
                assert self.project.annotations_in(article.id, start, end) == expected

    def teardown(self) -> None:
        # Reverting everything still applied, newest first, restores the fresh project.
        for edit, before, _after in reversed(self.done):
            edit.revert(self.project)
            assert snapshot(self.project) == before
        assert snapshot(self.project) == self.initial
        assert self.mirror.matches(self.project)


TestEditSession = EditSession.TestCase
TestEditSession.settings = settings(stateful_step_count=25)  # keep the suite quick


@given(
    operations=st.lists(
        st.tuples(
            st.sampled_from([MIXED_ID, PLAIN_ID]),
            st.integers(0, 120),
            st.integers(0, 60),
            st.sampled_from(CODE_IDS),
            st.sampled_from(NOTES),
        ),
        max_size=25,
    )
)
def test_applying_then_reverting_everything_restores_the_project(
    operations: list[tuple[str, int, int, str, str]],
) -> None:
    project = make_project()
    initial = snapshot(project)
    mirror = Mirror.of(project)
    applied: list[Edit] = []
    for article_id, start, length, code_id, note in operations:
        text = project.articles[article_id].text
        end = min(start + length, len(text))
        start = min(start, end)
        try:
            edit: Edit | None = toggle_tag(project, article_id, start, end, code_id)
        except SpanError:
            edit = delete_annotations(project, project.annotations.ids()[::2])
        if edit is not None:
            edit.apply(project)
            applied.append(edit)
        last = project.annotations.at(-1) if len(project.annotations) else None
        if last is not None and (edit := set_note(project, last.id, note)) is not None:
            edit.apply(project)
            applied.append(edit)
    assert mirror.matches(project)
    for edit in reversed(applied):
        edit.revert(project)
    assert snapshot(project) == initial
    assert mirror.matches(project)
    kinds = [change.kind for change in mirror.events]
    assert kinds.count("added") == kinds.count("removed")


# -- toggle semantics, by example ------------------------------------------------------------


@pytest.fixture
def project() -> Project:
    return make_project()


def _apply(project: Project, edit: Edit | None) -> Edit:
    assert edit is not None
    edit.apply(project)
    return edit


def _span_of(project: Project, article_id: str, passage: str) -> tuple[int, int]:
    start = project.articles[article_id].text.index(passage)
    return start, start + len(passage)


MOTIVE, REACTION, ECONOMICS = CODE_IDS


def test_tagging_a_span_creates_an_annotation(project: Project) -> None:
    start, end = _span_of(project, PLAIN_ID, "Minerals matter.")
    edit = _apply(project, toggle_tag(project, PLAIN_ID, start, end, ECONOMICS))
    (annotation,) = project.annotations
    assert (annotation.start, annotation.end, annotation.tags) == (start, end, (ECONOMICS,))
    assert annotation.quote.exact == "Minerals matter."
    assert annotation.created == annotation.modified
    assert annotation.created.tzinfo is not None
    assert edit.label == "Tag “economics”"


def test_tagging_the_same_span_with_another_tag_adds_it(project: Project) -> None:
    span = _span_of(project, PLAIN_ID, "Astana")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    _apply(project, toggle_tag(project, PLAIN_ID, *span, REACTION))
    (annotation,) = project.annotations
    assert annotation.tags == (MOTIVE, REACTION)


def test_same_span_and_same_tag_removes_the_tag(project: Project) -> None:
    span = _span_of(project, PLAIN_ID, "Astana")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    _apply(project, toggle_tag(project, PLAIN_ID, *span, REACTION))
    edit = _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    (annotation,) = project.annotations
    assert annotation.tags == (REACTION,)
    assert edit.label == "Remove tag “motive”"


def test_removing_the_last_tag_of_an_annotation_without_note_removes_it(project: Project) -> None:
    span = _span_of(project, PLAIN_ID, "Astana")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    edit = _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    assert isinstance(edit, Remove)
    assert len(project.annotations) == 0
    assert project.annotations_in(PLAIN_ID, 0, 100) == []


def test_removing_the_last_tag_of_an_annotation_with_a_note_keeps_it_untagged(
    project: Project,
) -> None:
    span = _span_of(project, PLAIN_ID, "Astana")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    (annotation,) = project.annotations
    _apply(project, set_note(project, annotation.id, "the capital"))
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    (kept,) = project.annotations
    assert kept.id == annotation.id
    assert kept.tags == ()
    assert kept.note == "the capital"


def test_the_span_is_trimmed_of_white_space(project: Project) -> None:
    text = project.articles[MIXED_ID].text
    start = text.index("   A padded")
    end = text.index("spaces") + len("spaces   \n")
    _apply(project, toggle_tag(project, MIXED_ID, start, end, MOTIVE))
    (annotation,) = project.annotations
    assert annotation.quote.exact == "A padded paragraph, with   spaces"
    # Toggling the untrimmed selection again finds the same (trimmed) annotation.
    _apply(project, toggle_tag(project, MIXED_ID, start, end, MOTIVE))
    assert len(project.annotations) == 0


def _blank_span(text: str) -> tuple[int, int]:
    start = text.index("\n\n")
    return start, start + 5  # two newlines and three spaces


def _nbsp_span(text: str) -> tuple[int, int]:
    start = text.index("\u00a0")
    return start, start + 1


@pytest.mark.parametrize(
    "span_of",
    [
        lambda text: (5, 5),  # empty
        lambda text: (-1, 3),  # before the text
        lambda text: (3, 2),  # reversed
        lambda text: (0, len(text) + 1),  # past the end
        _blank_span,
        _nbsp_span,  # a no-break space is white space too
    ],
    ids=["empty", "negative", "reversed", "past-the-end", "blank", "nbsp"],
)
def test_span_errors(project: Project, span_of: Callable[[str], tuple[int, int]]) -> None:
    start, end = span_of(project.articles[MIXED_ID].text)
    with pytest.raises(SpanError):
        toggle_tag(project, MIXED_ID, start, end, MOTIVE)
    assert len(project.annotations) == 0


def test_set_note_strips_and_reports_no_change(project: Project) -> None:
    span = _span_of(project, PLAIN_ID, "deepen")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    annotation_id = project.annotations.at(0).id
    assert set_note(project, annotation_id, "   ") is None
    edit = _apply(project, set_note(project, annotation_id, "  a reason "))
    assert edit.label == "Add note"
    assert project.annotations[annotation_id].note == "a reason"
    assert set_note(project, annotation_id, "a reason") is None
    assert _apply(project, set_note(project, annotation_id, "another")).label == "Edit note"
    assert _apply(project, set_note(project, annotation_id, "")).label == "Remove note"


def test_set_note_uses_the_time_given(project: Project) -> None:
    span = _span_of(project, PLAIN_ID, "deepen")
    _apply(project, toggle_tag(project, PLAIN_ID, *span, MOTIVE))
    annotation_id = project.annotations.at(0).id
    when = datetime(2025, 11, 6, 12, 0, tzinfo=UTC)
    _apply(project, set_note(project, annotation_id, "n", now=when))
    assert project.annotations[annotation_id].modified == when


# -- removal and rows ------------------------------------------------------------------------


def _three_annotations(project: Project) -> list[str]:
    for passage in ("Minerals", "Astana", "deepen"):
        _apply(
            project, toggle_tag(project, PLAIN_ID, *_span_of(project, PLAIN_ID, passage), MOTIVE)
        )
    return project.annotations.ids()


def test_remove_restores_the_original_row(project: Project) -> None:
    ids = _three_annotations(project)
    middle = project.annotations[ids[1]]
    edit = _apply(project, delete_annotations(project, [middle.id]))
    assert project.annotations.ids() == [ids[0], ids[2]]
    edit.revert(project)
    assert project.annotations.ids() == ids
    assert project.annotations.row(middle.id) == 1
    assert project.annotations_in(PLAIN_ID, middle.start, middle.end) == [middle]


@pytest.mark.parametrize("chosen", [[0, 2], [2, 0], [1, 1, 0], [0, 1, 2]])
def test_deleting_several_annotations_is_one_undoable_step(
    project: Project, chosen: list[int]
) -> None:
    ids = _three_annotations(project)
    before = snapshot(project)
    mirror = Mirror.of(project)
    edit = _apply(project, delete_annotations(project, [ids[i] for i in chosen]))
    assert isinstance(edit, Compound)
    assert edit.label == f"Delete {len(set(chosen))} annotations"
    assert project.annotations.ids() == [i for n, i in enumerate(ids) if n not in chosen]
    edit.revert(project)
    assert snapshot(project) == before
    assert mirror.matches(project)


def test_nothing_to_delete(project: Project) -> None:
    assert delete_annotations(project, []) is None


def test_insert_at_a_row_and_set_info_are_undoable(project: Project) -> None:
    before = snapshot(project)
    mirror = Mirror.of(project)
    code = Code(id="00000000-0000-4000-8000-0000000000c0", name="framing", color="#CC79A7")
    edits: list[Edit] = [
        Insert("Add code", code, 1),
        SetInfo("Rename", project.info, msgspec.structs.replace(project.info, title="Study")),
    ]
    for edit in edits:
        edit.apply(project)
    assert project.codes.ids()[1] == code.id
    assert project.info.title == "Study"
    for edit in reversed(edits):
        edit.revert(project)
    assert snapshot(project) == before
    assert mirror.matches(project)
    assert [c.kind for c in mirror.events] == ["added", "changed", "changed", "removed"]


# -- quotes ----------------------------------------------------------------------------------


@given(data=st.data())
def test_quotes_are_canonical_slices_with_32_code_points_of_context(data: st.DataObject) -> None:
    project = make_project()
    text = project.articles[MIXED_ID].text
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    if not text[start:end].strip():
        return
    _apply(project, toggle_tag(project, MIXED_ID, start, end, MOTIVE))
    (annotation,) = project.annotations
    assert_quote_matches(text, annotation)
    assert len(annotation.quote.prefix) == min(32, annotation.start)
    assert len(annotation.quote.suffix) == min(32, len(text) - annotation.end)


def test_quotes_of_emoji_combining_and_rtl_passages(project: Project) -> None:
    text = project.articles[MIXED_ID].text
    assert "Café" in text  # the decomposed accent was composed at import
    for passage in ("🇰🇿", "👍🏽", "שָׁלוֹם", "مرحبا بالعالم", "Café", "👩\u200d💻", "𠀀"):
        start, end = _span_of(project, MIXED_ID, passage)
        _apply(project, toggle_tag(project, MIXED_ID, start, end, REACTION))
        annotation = placed_with_span(project, MIXED_ID, start, end)[0]
        assert annotation.quote.exact == passage
        assert_quote_matches(text, annotation)


# -- record lists and signals ----------------------------------------------------------------


class RecordListModel(RuleBasedStateMachine):
    """RecordList's row cache against a plain list of ids, under inserts and removals."""

    def __init__(self) -> None:
        super().__init__()
        self.records: RecordList[Annotator] = RecordList()
        self.model: list[Annotator] = []
        self.serial = 0

    @rule(where=st.one_of(st.none(), st.integers(0, 12)))
    def insert(self, where: int | None) -> None:
        self.serial += 1
        record = Annotator(id=f"00000000-0000-4000-8000-{self.serial:012d}", name=str(self.serial))
        row = self.records._insert(record, where)
        position = len(self.model) if where is None else min(where, len(self.model))
        self.model.insert(position, record)
        assert row == position

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        record = data.draw(st.sampled_from(self.model))
        assert self.records._remove(record.id) == self.model.index(record)
        self.model.remove(record)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data(), name=st.text(max_size=3))
    def replace(self, data: st.DataObject, name: str) -> None:
        old = data.draw(st.sampled_from(self.model))
        new = msgspec.structs.replace(old, name=name)
        assert self.records._replace(new) == self.model.index(old)
        self.model[self.model.index(old)] = new

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def look_up_a_row(self, data: st.DataObject) -> None:
        record = data.draw(st.sampled_from(self.model))
        assert self.records.row(record.id) == self.model.index(record)

    @invariant()
    def same_records_in_the_same_order(self) -> None:
        assert list(self.records) == self.model
        assert len(self.records) == len(self.model)
        assert self.records.ids() == [r.id for r in self.model]


TestRecordListModel = RecordListModel.TestCase
TestRecordListModel.settings = settings(stateful_step_count=25)  # keep the suite quick


def test_record_list_rejects_duplicates() -> None:
    annotator = Annotator(id="00000000-0000-4000-8000-00000000000a", name="A")
    with pytest.raises(ValueError, match="duplicate"):
        RecordList([annotator, annotator])
    records = RecordList([annotator])
    with pytest.raises(ValueError, match="duplicate"):
        records._insert(annotator)
    assert records.get(None) is None
    assert records.get("missing") is None


def test_a_slot_may_disconnect_while_being_called() -> None:
    signal: Signal[int] = Signal()
    calls: list[tuple[str, int]] = []

    def once(value: int) -> None:
        calls.append(("once", value))
        signal.disconnect(once)

    signal.connect(once)
    signal.connect(lambda value: calls.append(("always", value)))
    signal.emit(1)
    signal.emit(2)
    signal.disconnect(once)  # no longer connected: ignored
    assert calls == [("once", 1), ("always", 1), ("always", 2)]


def test_removing_an_article_then_undoing_restores_its_annotations(project: Project) -> None:
    _three_annotations(project)
    before = snapshot(project)
    edit = Remove.of(project, project.articles[PLAIN_ID], "Remove article")
    edit.apply(project)
    edit.revert(project)
    assert snapshot(project) == before


def test_a_compound_that_fails_half_way_leaves_nothing_applied(project: Project) -> None:
    from desktop_app.core.edits import Compound, Insert

    before = snapshot(project)
    code = Code(id=new_id(), name="extra", color="#0072B2")
    broken = Compound("Broken", (Insert("", code), Insert("", code)))  # the second duplicates
    with pytest.raises(ValueError, match="duplicate id"):
        broken.apply(project)
    assert snapshot(project) == before


def test_a_note_outside_the_article_is_a_span_error(project: Project) -> None:
    from desktop_app.core.annotation_edits import SpanError, add_note

    article = project.articles.at(0)
    with pytest.raises(SpanError):
        add_note(project, article.id, 5, len(article.text) + 10, "too far")
