"""Properties of the project file: save/load is the identity; corruption never crashes the
loader and never costs an annotation the corruption did not touch."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Code, ProjectInfo
from desktop_app.storage.json_text import Locator
from desktop_app.storage.project_file import encode, load, save
from desktop_app.storage.validation import salvage
from tests.storage.builders import build_project

PATH = Path("p.parallax.json")
# Emoji (with ZWJ and flags), combining marks, right-to-left scripts, CR/CRLF, NBSP.
PIECES = st.sampled_from(
    [
        "a",
        "B",
        " ",
        "\n",
        "\r\n",
        "\r",
        "é",
        "e\u0301",
        "👩‍👩‍👧",
        "🇰🇿",
        "שלום",
        "سلام",
        "\u00a0",
        "—",
        "“",
        '"',
        "\\",
        "\t",
    ]
)
RAW_TEXT = st.lists(PIECES, min_size=1, max_size=80).map("".join)
UUIDS = st.uuids(version=4).map(str)
WHEN = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
NOTES = st.text(max_size=30)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """Random projects: 1-3 articles, codes (some nested), annotators, annotations, notes."""
    articles = [
        make_article(draw(RAW_TEXT), title=draw(st.text(max_size=20)), article_id=draw(UUIDS))
        for _ in range(draw(st.integers(1, 3)))
    ]
    extra = Code(
        id=draw(UUIDS),
        name=draw(st.text(min_size=1, max_size=10)),
        color="#A0B0C0",
        parent=DEFAULT_CODES[0].id,
    )
    codes = [*DEFAULT_CODES, extra]
    annotators = [Annotator(id=draw(UUIDS), name=draw(st.text(max_size=10)))]
    annotations = []
    for _ in range(draw(st.integers(0, 12))):
        article = draw(st.sampled_from(articles))
        start = draw(st.integers(0, len(article.text)))
        end = draw(st.integers(start, len(article.text)))
        position, quote = describe(article.text, start, end)
        created = draw(WHEN)
        annotations.append(
            Annotation(
                id=draw(UUIDS),
                article=article.id,
                position=position,
                quote=quote,
                tags=tuple(draw(st.lists(st.sampled_from([c.id for c in codes]), unique=True))),
                note=draw(NOTES),
                annotator=draw(st.sampled_from([None, annotators[0].id])),
                created=created,
                modified=draw(WHEN),
                anchor=draw(st.sampled_from(["exact", "moved", "fuzzy"])),
            )
        )
    when = draw(WHEN)
    info = ProjectInfo(
        id=draw(UUIDS), title=draw(st.text(max_size=20)), created=when, modified=when
    )
    return Project(
        info=info, articles=articles, codes=codes, annotators=annotators, annotations=annotations
    )


def _records(project: Project) -> tuple[object, ...]:
    return (
        project.info,
        list(project.articles),
        list(project.codes),
        list(project.annotators),
        list(project.annotations),
        list(project.links),
    )


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=projects())
def test_save_then_load_is_the_identity(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "p.parallax.json"
    save(project, target)
    assert _records(load(target)) == _records(project)
    salvaged, report = salvage(target.read_bytes(), target)
    assert report.ok, report.format()
    assert salvaged is not None
    assert _records(salvaged) == _records(project)


# -- corruption -------------------------------------------------------------------------

BASE = build_project(annotations=12, text_size=1500, seed=11)
RAW = encode(BASE)
DATA = json.loads(RAW)


def _annotation_spans(raw: bytes) -> list[tuple[int, int]]:
    """Byte ranges of each annotation's object in the file (from its line start to '}')."""
    text = raw.decode()
    locator = Locator(text)
    spans = []
    for index in range(len(DATA["annotations"])):
        found = locator.locate(f"$.annotations[{index}]")
        assert found is not None
        line = found[0]
        start = sum(len(row) + 1 for row in text.split("\n")[: line - 1])
        _, end = json.JSONDecoder().raw_decode(text, text.index("{", start))
        spans.append((len(text[:start].encode()), len(text[:end].encode())))
    return spans


SPANS = _annotation_spans(RAW)


def _survivors(project: Project | None) -> dict[str, Annotation]:
    return {} if project is None else {a.id: a for a in project.annotations}


def _untouched_survive(corrupted: bytes, touched: set[int]) -> None:
    project, report = salvage(corrupted, PATH)  # must not raise
    assert (project is None) == (not report.readable)
    survivors = _survivors(project)
    for index, original in enumerate(BASE.annotations):
        if index not in touched:
            assert survivors.get(original.id) == original, (index, report.format())


@given(at=st.integers(SPANS[0][0], SPANS[-1][1] - 1), mask=st.integers(1, 255))
def test_a_flipped_byte_costs_at_most_the_annotation_it_hit(at: int, mask: int) -> None:
    corrupted = bytearray(RAW)
    corrupted[at] ^= mask
    touched = {i for i, (start, end) in enumerate(SPANS) if start <= at < end}
    _untouched_survive(bytes(corrupted), touched)


@given(at=st.integers(0, len(RAW) - 1), mask=st.integers(1, 255))
def test_a_flipped_byte_anywhere_never_crashes_the_loader(at: int, mask: int) -> None:
    corrupted = bytearray(RAW)
    corrupted[at] ^= mask
    project, report = salvage(bytes(corrupted), PATH)
    assert project is not None or report.exit_status == 2
    assert report.exit_status in (0, 1, 2)


@given(cut=st.integers(0, len(RAW)))
def test_truncation_keeps_every_annotation_before_the_cut(cut: int) -> None:
    touched = {i for i, (_, end) in enumerate(SPANS) if end > cut}
    if cut < SPANS[0][0]:
        project, report = salvage(RAW[:cut], PATH)  # before any annotation: nothing to keep
        assert report.exit_status in (1, 2)
        assert project is None or len(project.annotations) == 0
        return
    _untouched_survive(RAW[:cut], touched)


WRONG_VALUES: st.SearchStrategy[object] = st.sampled_from(
    [None, 7, -1, "text", [], {}, True, 1.5, ["x"]]
)
FIELDS = st.sampled_from(
    [
        "id",
        "article",
        "position",
        "quote",
        "tags",
        "note",
        "annotator",
        "created",
        "modified",
        "anchor",
    ]
)


@given(
    hits=st.lists(
        st.tuples(st.integers(0, len(BASE.annotations) - 1), FIELDS, WRONG_VALUES, st.booleans()),
        min_size=1,
        max_size=4,
    )
)
def test_deleted_keys_and_wrong_types_cost_only_the_items_hit(
    hits: list[tuple[int, str, Any, bool]],
) -> None:
    data = json.loads(RAW)
    for index, field, value, delete in hits:
        item = data["annotations"][index]
        if delete:
            item.pop(field, None)
        else:
            item[field] = value
    corrupted = json.dumps(data, indent=2, ensure_ascii=False).encode()
    project, report = salvage(corrupted, PATH)
    assert project is not None
    touched = {index for index, *_ in hits}
    survivors = _survivors(project)
    for index, original in enumerate(BASE.annotations):
        if index not in touched:
            assert survivors.get(original.id) == original, report.format()
    # Nothing dropped silently: each annotation missing from the project is reported.
    reported = {p.json_path.split("]")[0] + "]" for p in report.problems if p.json_path}
    for index, original in enumerate(BASE.annotations):
        if original.id not in survivors:
            assert f"$.annotations[{index}]" in reported, report.format()


@given(
    section=st.sampled_from(["project", "annotators", "codebook", "articles", "links"]),
    value=WRONG_VALUES,
)
def test_wrong_types_elsewhere_never_crash(section: str, value: Any) -> None:
    data = json.loads(RAW)
    data[section] = value
    project, report = salvage(json.dumps(data).encode(), PATH)
    assert project is not None or report.exit_status == 2
    if not (value == [] and section != "project"):  # an empty list is a valid section
        assert not report.ok
