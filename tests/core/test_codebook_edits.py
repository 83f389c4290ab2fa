"""Codebook edits: add, rename, recolour, describe, shortcuts, move, nest, merge, delete, undo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.codebook import DEFAULT_CODES, PALETTE
from desktop_app.core.codebook_edits import (
    CodebookError,
    add_code,
    ancestors,
    annotation_count,
    children_of,
    delete_code,
    describe_code,
    merge_codes,
    move_among_siblings,
    move_code,
    place_code,
    recolour_code,
    rename_code,
    set_parent,
    set_shortcut,
)
from desktop_app.core.edits import Edit
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Code, Link, TextPosition, TextQuote
from desktop_app.storage import project_file

MOTIVE, REACTION, ECONOMICS = (code.id for code in DEFAULT_CODES)
WHEN = datetime(2025, 11, 7, 12, 0, tzinfo=UTC)
TEXT = "Kazakhstan joins the Accords. Critics object. Minerals matter to everyone."


def uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def annotation(
    n: int, tags: tuple[str, ...], note: str = "", article: str = uuid(900)
) -> Annotation:
    start = n % 20
    return Annotation(
        id=uuid(1000 + n),
        article=article,
        position=TextPosition(start=start, end=start + 5),
        quote=TextQuote(exact=TEXT[start : start + 5]),
        tags=tags,
        note=note,
        created=WHEN,
        modified=WHEN,
    )


def make_project(*annotations: Annotation, links: tuple[Link, ...] = ()) -> Project:
    project = new_project([make_article(TEXT, title="One", article_id=uuid(900))])
    records: tuple[Annotation | Link, ...] = (*annotations, *links)
    for record in records:
        project._insert(record)
    return project


def snapshot(project: Project) -> dict[str, Any]:
    return {
        "codes": list(project.codes),
        "annotations": list(project.annotations),
        "links": list(project.links),
        "found": project.annotations_in(uuid(900), 0, len(TEXT)),
    }


def names(project: Project) -> list[str]:
    return [code.name for code in project.codes]


def check_consistent(project: Project) -> None:
    """No annotation tags a missing code, no link ends nowhere, no parent is missing or cyclic."""
    for item in project.annotations:
        assert all(tag in project.codes for tag in item.tags)
        assert len(set(item.tags)) == len(item.tags)
    for link in project.links:
        assert link.source in project.annotations
        assert link.target in project.annotations
    for code in project.codes:
        assert code.parent is None or code.parent in project.codes
        assert code.id not in ancestors(project, code.id)
        chain, parent = set(), code.parent
        while parent is not None:
            assert parent not in chain, "parent cycle"
            chain.add(parent)
            parent = project.codes[parent].parent


def apply(project: Project, edit: Edit | None) -> None:
    assert edit is not None
    edit.apply(project)


# -- single fields ----------------------------------------------------------------------


def test_new_project_starts_with_the_three_defined_codes() -> None:
    project = make_project()
    assert names(project) == ["motive", "reaction", "economics"]
    assert all(code.description for code in project.codes)


def test_add_takes_the_next_free_palette_colour_and_undoes() -> None:
    project = make_project()
    before = snapshot(project)
    edit = add_code(project, "  legitimacy  ", description=" Claims of right. ")
    edit.apply(project)
    added = project.codes.at(3)
    assert (added.name, added.color, added.description) == (
        "legitimacy",
        PALETTE[3],
        "Claims of right.",
    )
    assert edit.label == "Add code “legitimacy”"
    edit.revert(project)
    assert snapshot(project) == before


def test_add_child_goes_after_the_parent_family() -> None:
    project = make_project()
    apply(project, add_code(project, "trade", parent=ECONOMICS))
    apply(project, add_code(project, "why", parent=MOTIVE))
    apply(project, add_code(project, "why not", parent=MOTIVE))
    assert names(project) == ["motive", "why", "why not", "reaction", "economics", "trade"]
    assert [c.name for c in children_of(project, MOTIVE)] == ["why", "why not"]


@pytest.mark.parametrize("name", ["", "   ", "MOTIVE", " Reaction "])
def test_names_must_be_present_and_unique_ignoring_case(name: str) -> None:
    project = make_project()
    with pytest.raises(CodebookError):
        add_code(project, name)
    with pytest.raises(CodebookError):
        rename_code(project, ECONOMICS, name)


def test_rename_recolour_describe_and_nothing_to_do() -> None:
    project = make_project()
    apply(project, rename_code(project, MOTIVE, "Motive "))
    apply(project, recolour_code(project, MOTIVE, "#abcdef"))
    apply(project, describe_code(project, MOTIVE, "Reasons. "))
    code = project.codes[MOTIVE]
    assert (code.name, code.color, code.description) == ("Motive", "#ABCDEF", "Reasons.")
    assert rename_code(project, MOTIVE, "Motive") is None
    assert recolour_code(project, MOTIVE, "#ABCDEF") is None
    assert describe_code(project, MOTIVE, "Reasons.") is None
    with pytest.raises(CodebookError):
        recolour_code(project, MOTIVE, "orange")


def test_shortcuts_are_unique_and_never_a_prefix_of_another() -> None:
    project = make_project()
    with pytest.raises(CodebookError, match="motive"):
        set_shortcut(project, REACTION, "1")
    apply(project, set_shortcut(project, ECONOMICS, "Ctrl+K, E"))
    with pytest.raises(CodebookError, match="economics"):
        set_shortcut(project, REACTION, "ctrl+k")
    with pytest.raises(CodebookError, match="economics"):
        set_shortcut(project, REACTION, "Ctrl+K, E, X")
    apply(project, set_shortcut(project, REACTION, "Ctrl+K, R"))
    assert set_shortcut(project, REACTION, "Ctrl+K, R") is None
    apply(project, set_shortcut(project, MOTIVE, ""))
    assert project.codes[MOTIVE].shortcut == ""
    with pytest.raises(CodebookError):
        add_code(project, "new", shortcut="Ctrl+K, R")


# -- order and nesting ------------------------------------------------------------------


def test_move_to_an_index_and_among_siblings() -> None:
    project = make_project()
    apply(project, move_code(project, ECONOMICS, 0))
    assert names(project) == ["economics", "motive", "reaction"]
    apply(project, move_among_siblings(project, ECONOMICS, +1))
    assert names(project) == ["motive", "economics", "reaction"]
    apply(project, move_among_siblings(project, REACTION, -1))
    assert names(project) == ["motive", "reaction", "economics"]
    assert move_among_siblings(project, MOTIVE, -1) is None
    assert move_among_siblings(project, ECONOMICS, +1) is None
    assert move_code(project, MOTIVE, 0) is None


def test_siblings_move_past_each_other_inside_a_parent() -> None:
    project = make_project()
    apply(project, add_code(project, "a", parent=MOTIVE, code_id=uuid(1)))
    apply(project, add_code(project, "b", parent=MOTIVE, code_id=uuid(2)))
    apply(project, move_among_siblings(project, uuid(1), +1))
    assert [c.name for c in children_of(project, MOTIVE)] == ["b", "a"]
    assert [c.name for c in children_of(project, None)] == ["motive", "reaction", "economics"]


def test_place_puts_a_code_at_a_row_of_any_parent_as_one_step() -> None:
    project = make_project()
    before = snapshot(project)
    done: list[Edit] = []

    def place(code_id: str, parent_id: str | None, row: int | None = None) -> None:
        edit = place_code(project, code_id, parent_id, row)
        assert edit is not None
        edit.apply(project)
        done.append(edit)

    place(ECONOMICS, MOTIVE)
    assert [c.name for c in children_of(project, MOTIVE)] == ["economics"]
    place(REACTION, MOTIVE, 0)
    assert [c.name for c in children_of(project, MOTIVE)] == ["reaction", "economics"]
    place(REACTION, MOTIVE, 2)  # dropped below its sibling
    assert [c.name for c in children_of(project, MOTIVE)] == ["economics", "reaction"]
    assert place_code(project, REACTION, MOTIVE, 2) is None
    place(ECONOMICS, None, 0)
    assert [c.name for c in children_of(project, None)] == ["economics", "motive"]
    with pytest.raises(CodebookError):
        place_code(project, MOTIVE, REACTION)
    for edit in reversed(done):
        edit.revert(project)
    assert snapshot(project) == before


def test_nesting_refuses_cycles() -> None:
    project = make_project()
    apply(project, set_parent(project, REACTION, MOTIVE))
    apply(project, set_parent(project, ECONOMICS, REACTION))
    assert ancestors(project, ECONOMICS) == [REACTION, MOTIVE]
    for parent in (MOTIVE, REACTION, ECONOMICS):
        with pytest.raises(CodebookError, match="inside itself"):
            set_parent(project, MOTIVE, parent)
    assert set_parent(project, REACTION, MOTIVE) is None
    apply(project, set_parent(project, REACTION, None))
    assert project.codes[REACTION].parent is None


# -- merge and delete -------------------------------------------------------------------


def test_merge_moves_annotations_without_duplicates_and_children_then_undoes() -> None:
    both = annotation(1, (MOTIVE, REACTION))
    only_reaction = annotation(2, (REACTION,), note="n")
    untouched = annotation(3, (ECONOMICS,))
    project = make_project(both, only_reaction, untouched)
    apply(project, add_code(project, "praise", parent=REACTION, code_id=uuid(1)))
    before = snapshot(project)

    edit = merge_codes(project, REACTION, MOTIVE, now=WHEN)
    edit.apply(project)
    assert REACTION not in project.codes
    assert project.annotations[both.id].tags == (MOTIVE,)
    assert project.annotations[only_reaction.id].tags == (MOTIVE,)
    assert project.annotations[untouched.id] == untouched
    assert project.codes[uuid(1)].parent == MOTIVE
    assert annotation_count(project, MOTIVE) == 2
    check_consistent(project)
    edit.revert(project)
    assert snapshot(project) == before


def test_merging_a_parent_into_its_grandchild_keeps_the_tree_acyclic() -> None:
    project = make_project()
    apply(project, set_parent(project, REACTION, MOTIVE))
    apply(project, set_parent(project, ECONOMICS, REACTION))
    apply(project, merge_codes(project, MOTIVE, ECONOMICS))
    check_consistent(project)
    assert project.codes[ECONOMICS].parent is None
    assert project.codes[REACTION].parent == ECONOMICS
    with pytest.raises(CodebookError):
        merge_codes(project, ECONOMICS, ECONOMICS)


def test_delete_untags_removes_emptied_annotations_and_their_links_and_lifts_children() -> None:
    kept_by_tag = annotation(1, (MOTIVE, ECONOMICS))
    kept_by_note = annotation(2, (ECONOMICS,), note="why?")
    emptied = annotation(3, (ECONOMICS,))
    other = annotation(4, (REACTION,))
    link = Link(id=uuid(5), source=emptied.id, target=other.id, created=WHEN)
    project = make_project(kept_by_tag, kept_by_note, emptied, other, links=(link,))
    apply(project, set_parent(project, ECONOMICS, MOTIVE))
    apply(project, add_code(project, "trade", parent=ECONOMICS, code_id=uuid(1)))
    assert annotation_count(project, ECONOMICS) == 3
    before = snapshot(project)

    edit = delete_code(project, ECONOMICS, now=WHEN)
    edit.apply(project)
    assert ECONOMICS not in project.codes
    assert project.annotations[kept_by_tag.id].tags == (MOTIVE,)
    assert project.annotations[kept_by_note.id].tags == ()
    assert emptied.id not in project.annotations
    assert link.id not in project.links
    assert project.codes[uuid(1)].parent == MOTIVE
    check_consistent(project)
    edit.revert(project)
    assert snapshot(project) == before


def test_the_codebook_is_saved_in_the_project_file_and_survives_reopening(tmp_path: Path) -> None:
    project = make_project(annotation(1, (REACTION,)))
    apply(project, add_code(project, "trade", parent=ECONOMICS, shortcut="T", colour="#123456"))
    apply(project, move_code(project, ECONOMICS, 0))
    apply(project, rename_code(project, MOTIVE, "motives"))
    path = tmp_path / "study.parallax.json"
    project_file.save(project, path)
    reopened = project_file.load(path)
    assert list(reopened.codes) == list(project.codes)
    assert names(reopened) == ["economics", "motives", "reaction", "trade"]
    assert reopened.code_by_name("trade") == Code(
        id=reopened.codes.at(3).id, name="trade", color="#123456", shortcut="T", parent=ECONOMICS
    )


# -- properties -------------------------------------------------------------------------

EXTRA_CODES = 4
ALL_CODES = [MOTIVE, REACTION, ECONOMICS, *(uuid(i) for i in range(1, EXTRA_CODES + 1))]


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """A project with nested codes, annotations tagged with any of them, and links."""
    project = make_project()
    for i in range(1, EXTRA_CODES + 1):
        parent = draw(st.sampled_from([None, *ALL_CODES[: 2 + i]]))
        apply_edit = add_code(project, f"code {i}", parent=parent, code_id=uuid(i))
        apply_edit.apply(project)
    count = draw(st.integers(0, 8))
    for n in range(count):
        tags = tuple(draw(st.lists(st.sampled_from(ALL_CODES), max_size=3, unique=True)))
        note = draw(st.sampled_from(["", "note"]))
        project._insert(annotation(n, tags, note) if tags or note else annotation(n, (MOTIVE,)))
    ids = project.annotations.ids()
    if len(ids) >= 2:
        for k in range(draw(st.integers(0, 3))):
            source, target = draw(st.permutations(ids))[:2]
            project._insert(Link(id=uuid(500 + k), source=source, target=target, created=WHEN))
    return project


operations = st.one_of(
    st.tuples(st.just("merge"), st.sampled_from(ALL_CODES), st.sampled_from(ALL_CODES)),
    st.tuples(st.just("delete"), st.sampled_from(ALL_CODES), st.none()),
    st.tuples(st.just("nest"), st.sampled_from(ALL_CODES), st.sampled_from([None, *ALL_CODES])),
    st.tuples(st.just("move"), st.sampled_from(ALL_CODES), st.integers(-1, len(ALL_CODES))),
    st.tuples(st.just("step"), st.sampled_from(ALL_CODES), st.sampled_from([-1, 1])),
    st.tuples(st.just("rename"), st.sampled_from(ALL_CODES), st.sampled_from(["x", "MOTIVE", ""])),
    st.tuples(st.just("add"), st.sampled_from([None, *ALL_CODES]), st.none()),
    st.tuples(
        st.just("place"),
        st.sampled_from(ALL_CODES),
        st.tuples(st.sampled_from([None, *ALL_CODES]), st.integers(0, 4)),
    ),
)


def build(project: Project, operation: tuple[str, Any, Any]) -> Edit | None:
    kind, first, second = operation
    if kind == "merge":
        return merge_codes(project, first, second)
    if kind == "delete":
        return delete_code(project, first)
    if kind == "nest":
        return set_parent(project, first, second)
    if kind == "move":
        return move_code(project, first, second)
    if kind == "step":
        return move_among_siblings(project, first, second)
    if kind == "place":
        parent, row = second
        return place_code(project, first, parent, row)
    if kind == "rename":
        return rename_code(project, first, second)
    return add_code(project, "added", parent=first)


@settings(max_examples=150, deadline=None)
@given(projects(), st.lists(operations, min_size=1, max_size=5))
def test_edits_keep_the_project_consistent_and_revert_exactly(
    project: Project, steps: list[tuple[str, Any, Any]]
) -> None:
    applied: list[tuple[Edit, dict[str, Any]]] = []
    for step in steps:
        if step[1] is not None and step[1] not in project.codes:
            continue
        target = step[2][0] if step[0] == "place" else step[2]
        if (
            step[0] in ("merge", "nest", "place")
            and target is not None
            and target not in project.codes
        ):
            continue
        before = snapshot(project)
        try:
            edit = build(project, step)
        except CodebookError:
            assert snapshot(project) == before
            continue
        if edit is None:
            continue
        edit.apply(project)
        check_consistent(project)
        applied.append((edit, before))
    for edit, before in reversed(applied):
        edit.revert(project)
        assert snapshot(project) == before
