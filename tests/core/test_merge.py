"""Merging imported bundles: new records once, codes aliased by name, one undoable edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.edits import Compound
from desktop_app.core.merge import merge_imported
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Change, Project
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Code,
    Link,
    Rejection,
    new_id,
    utc_now,
)

MOTIVE, REACTION, ECONOMICS = (code.id for code in DEFAULT_CODES)


def make_project() -> Project:
    """Two articles, the default codebook, one annotator."""
    articles = [
        make_article("Kazakhstan joins the Abraham Accords.", title="A"),
        make_article("Critical minerals 😀 and a summit.", title="B"),
    ]
    return new_project(articles, annotator_name="Reader")


def snapshot(project: Project) -> dict[str, Any]:
    """Everything a project holds, comparable with ``==``."""
    return {
        "info": project.info,
        "articles": list(project.articles),
        "codes": list(project.codes),
        "annotators": list(project.annotators),
        "annotations": list(project.annotations),
        "found": {a.id: project.annotations_in(a.id, 0, len(a.text)) for a in project.articles},
    }


def record_changes(project: Project) -> list[Change]:
    """The list that every change of ``project`` will be appended to."""
    changes: list[Change] = []
    project.changed.connect(changes.append)
    return changes


@dataclass
class Bundle:
    """What an importer hands over (the shape ``core.merge.Bundle`` asks for)."""

    articles: list[Article] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    annotators: list[Annotator] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def _annotation(article: Article, start: int, end: int, tags: tuple[str, ...]) -> Annotation:
    position, quote = describe(article.text, start, end)
    now = utc_now()
    return Annotation(
        id=new_id(),
        article=article.id,
        position=position,
        quote=quote,
        tags=tags,
        created=now,
        modified=now,
    )


def _code(name: str, colour: str = "#0072B2") -> Code:
    return Code(id=new_id(), name=name, color=colour)


def _fresh_bundle() -> Bundle:
    article = make_article("Imported text about critical minerals.", title="Imported")
    framing = _code("framing")
    return Bundle(
        articles=[article],
        codes=[framing],
        annotators=[Annotator(id=new_id(), name="Importer")],
        annotations=[_annotation(article, 0, 8, (framing.id, MOTIVE))],
    )


def test_new_records_are_added_once() -> None:
    project = make_project()
    bundle = _fresh_bundle()
    edit = merge_imported(project, bundle, label="Import file")
    assert isinstance(edit, Compound)
    assert edit.label == "Import file"
    edit.apply(project)
    assert bundle.articles[0].id in project.articles
    assert bundle.codes[0].id in project.codes
    assert bundle.annotators[0].id in project.annotators
    assert list(project.annotations) == bundle.annotations
    article_id = bundle.articles[0].id
    assert project.annotations_in(article_id, 0, 3) == bundle.annotations
    # The same bundle again brings nothing new.
    assert merge_imported(project, bundle) is None


def test_records_already_in_the_project_are_not_replaced() -> None:
    project = make_project()
    existing = project.articles.at(0)
    bundle = _fresh_bundle()
    bundle.articles.append(msgspec.structs.replace(existing, title="A different title"))
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    assert project.articles[existing.id] == existing
    assert len(project.articles) == 3


def test_codes_are_aliased_by_name_case_insensitively() -> None:
    project = make_project()
    article = project.articles.at(1)
    motive_again, economics_again, framing = _code("Motive"), _code("ECONOMICS"), _code("framing")
    tags = (motive_again.id, framing.id, economics_again.id, MOTIVE)
    annotation = _annotation(article, 0, 8, tags)
    bundle = Bundle(codes=[motive_again, economics_again, framing], annotations=[annotation])
    codes_before = len(project.codes)
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    assert len(project.codes) == codes_before + 1  # only "framing" is new
    assert motive_again.id not in project.codes
    assert economics_again.id not in project.codes
    (merged,) = project.annotations
    assert merged.id == annotation.id
    # Aliased to the existing codes, in order, without the duplicate motive.
    assert merged.tags == (MOTIVE, framing.id, ECONOMICS)
    assert merge_imported(project, bundle) is None


def test_nothing_new_gives_none() -> None:
    project = make_project()
    assert merge_imported(project, Bundle()) is None
    same = Bundle(
        articles=list(project.articles),
        codes=list(project.codes),
        annotators=list(project.annotators),
    )
    assert merge_imported(project, same) is None
    renamed_only = Bundle(codes=[_code("REACTION")])
    assert merge_imported(project, renamed_only) is None


def test_merge_is_undoable() -> None:
    project = make_project()
    before = snapshot(project)
    changes = record_changes(project)
    edit = merge_imported(project, _fresh_bundle())
    assert edit is not None
    edit.apply(project)
    added = [c.record for c in changes]
    assert [c.kind for c in changes] == ["added"] * 4
    after = snapshot(project)
    assert after != before
    changes.clear()
    edit.revert(project)
    assert snapshot(project) == before
    # Undone newest first: the annotation goes before the article it refers to.
    assert [c.kind for c in changes] == ["removed"] * 4
    assert [c.record for c in changes] == added[::-1]
    edit.apply(project)  # and redoable
    assert snapshot(project) == after


@given(
    keep_articles=st.lists(st.booleans(), min_size=2, max_size=2),
    existing_code_names=st.lists(st.sampled_from(["motive", "Reaction", "ECONOMICS"]), max_size=3),
    new_code_names=st.lists(st.sampled_from(["framing", "actor", "place"]), unique=True),
    spans=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 20)), max_size=6),
)
def test_merging_random_bundles(
    keep_articles: list[bool],
    existing_code_names: list[str],
    new_code_names: list[str],
    spans: list[tuple[int, int]],
) -> None:
    project = make_project()
    before = snapshot(project)
    changes = record_changes(project)
    imported = make_article("Another outlet's take on the summit, with 😀 emoji.", title="New")
    articles = [a for a, keep in zip(project.articles, keep_articles, strict=True) if keep]
    codes = [_code(name) for name in existing_code_names + new_code_names]
    by_name = {c.name.casefold(): c.id for c in project.codes}
    annotations = [
        _annotation(
            imported, start, min(start + length, len(imported.text)), (codes[i % len(codes)].id,)
        )
        for i, (start, length) in enumerate(spans)
        if codes
    ]
    bundle = Bundle(articles=[*articles, imported], codes=codes, annotations=annotations)

    edit = merge_imported(project, bundle)
    assert isinstance(edit, Compound)  # the imported article is always new
    edit.apply(project)
    assert len(project.articles) == len(before["articles"]) + 1
    assert len(project.codes) == len(before["codes"]) + len(new_code_names)
    for annotation in annotations:
        merged = project.annotations[annotation.id]
        assert all(tag in project.codes for tag in merged.tags)
        (original_tag,) = annotation.tags
        name = next(c.name for c in codes if c.id == original_tag).casefold()
        assert merged.tags == (by_name.get(name, original_tag),)
    assert merge_imported(project, bundle) is None
    edit.revert(project)
    assert snapshot(project) == before
    kinds = [c.kind for c in changes]
    assert kinds.count("added") == kinds.count("removed") == len(edit.edits)


def test_links_come_in_only_with_both_of_their_annotations() -> None:
    project = make_project()
    bundle = _fresh_bundle()
    article = bundle.articles[0]
    bundle.annotations.append(_annotation(article, 9, 17, (MOTIVE,)))
    first, second = bundle.annotations
    now = utc_now()
    kept = Link(id=new_id(), source=first.id, target=second.id, relation="same fact", created=now)
    dangling = Link(id=new_id(), source=first.id, target=new_id(), created=now)
    bundle.links = [kept, dangling]
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    assert list(project.links) == [kept]
    edit.revert(project)
    assert len(project.links) == 0


def test_an_id_repeated_inside_a_bundle_comes_in_once() -> None:
    project = make_project()
    bundle = _fresh_bundle()
    bundle.annotations.append(bundle.annotations[0])
    bundle.codes.append(bundle.codes[0])
    edit = merge_imported(project, bundle)
    assert edit is not None
    edit.apply(project)
    assert sum(1 for a in project.annotations if a.id == bundle.annotations[0].id) == 1
    assert sum(1 for c in project.codes if c.id == bundle.codes[0].id) == 1
