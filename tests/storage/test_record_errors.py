"""What in a record is wrong is found by checking it, whatever msgspec's messages say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.records import Annotation, Article, Code
from desktop_app.storage.project_file import encode
from desktop_app.storage.record_errors import failing_path, without_location
from desktop_app.storage.validation import salvage
from tests.storage.builders import build_project

ID = "12345678-1234-1234-1234-123456789abc"
WHEN = "2025-01-01T00:00:00Z"
PATH = Path("p.parallax.json")


def _annotation(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": ID,
        "article": ID,
        "position": {"start": 1, "end": 3},
        "quote": {"exact": "xy"},
        "created": WHEN,
        "modified": WHEN,
    }
    record.update(changes)
    return {key: value for key, value in record.items() if value is not ...}


@pytest.mark.parametrize(
    ("value", "kind", "path"),
    [
        (_annotation(), Annotation, None),
        (_annotation(position={"start": -1, "end": 3}), Annotation, ".position.start"),
        (_annotation(position={"start": 1}), Annotation, ".position"),  # missing: the object
        (_annotation(tags=[ID, 5]), Annotation, ".tags[1]"),
        (_annotation(tags=[ID, "short"]), Annotation, ".tags[1]"),  # a constraint
        (_annotation(tags="not a list"), Annotation, ".tags"),
        (_annotation(annotator=7), Annotation, ".annotator"),
        (_annotation(annotator="short"), Annotation, ".annotator"),
        (_annotation(modified=...), Annotation, ""),
        (_annotation(anchor="nowhere", note=3), Annotation, ".anchor"),  # the first in order
        (_annotation(note=3, anchor="nowhere"), Annotation, ".note"),
        (_annotation(quote={"exact": "x", "prefix": 9}), Annotation, ".quote.prefix"),
        ([], Annotation, ""),
        ({"id": ID, "title": 5, "text": "t", "sha256": "0"}, Article, ".title"),
        ({"id": ID, "name": "n", "color": "red"}, Code, ".color"),
    ],
)
def test_the_path_of_what_is_wrong(value: Any, kind: Any, path: str | None) -> None:
    assert failing_path(value, kind) == path
    if path is None:
        msgspec.convert(value, kind)
    else:
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert(value, kind)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
FIELDS = ["id", "article", "position", "quote", "tags", "note", "annotator", "created", "anchor"]


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(FIELDS),
    inner=st.sampled_from([None, "start", "end", "exact", "prefix", 0, 1]),
    value=JSON,
    drop=st.sampled_from([None, *FIELDS]),
)
def test_a_spoiled_annotation_is_found_where_msgspec_finds_it(
    field: str, inner: str | int | None, value: Any, drop: str | None
) -> None:
    record = _annotation()
    target = record.get(field)
    if isinstance(inner, str) and isinstance(target, dict):
        record[field] = {**target, inner: value}
    elif isinstance(inner, int) and field == "tags":
        record[field] = [ID, value] if inner else [value]
    else:
        record[field] = value
    if drop is not None:
        record.pop(drop, None)
    path = failing_path(record, Annotation)
    try:
        msgspec.convert(record, Annotation)
    except msgspec.ValidationError as error:
        assert path is not None
        message = str(error)
        # A cross-check with today's wording only (the code never reads it).
        if " - at `$" in message:
            assert message.endswith(f" - at `${path}`")
        else:
            assert path == ""
    else:
        assert path is None


def test_the_location_is_cut_from_a_message_only_where_it_is_there() -> None:
    assert without_location("Expected `int` - at `$.a.b`", ".a.b") == "Expected `int`"
    assert without_location("Wert ungültig", ".a.b") == "Wert ungültig"


@pytest.fixture
def otherwise_worded(monkeypatch: pytest.MonkeyPatch) -> None:
    """msgspec as a later release might be: the same errors, worded with no location."""
    real = msgspec.convert

    def convert(value: Any, kind: Any, **options: Any) -> Any:
        try:
            return real(value, kind, **options)
        except msgspec.ValidationError:
            raise msgspec.ValidationError("Ungültiger Wert") from None

    monkeypatch.setattr(msgspec, "convert", convert)


@pytest.mark.usefixtures("otherwise_worded")
def test_salvage_repairs_the_same_fields_whatever_the_wording() -> None:
    data = json.loads(encode(build_project(annotations=6, articles=2, seed=3)))
    data["articles"][0]["date"] = 20250101  # an optional field: reset, the article kept
    data["annotations"][1]["position"] = {"start": -4, "end": 2}  # placed by its quote
    data["annotations"][2]["note"] = ["not", "text"]  # optional: reset, the rest kept
    data["annotations"][3]["created"] = "twelve"  # required, no default: dropped
    project, report = salvage(json.dumps(data).encode(), PATH)
    assert project is not None
    assert data["articles"][0]["id"] in project.articles
    assert len(project.annotations) == 5
    assert data["annotations"][1]["id"] in project.annotations
    assert data["annotations"][2]["id"] in project.annotations
    assert data["annotations"][3]["id"] not in project.annotations
    where = {problem.json_path: problem for problem in report.problems}
    assert where["$.articles[0].date"].outcome == "repaired"
    assert where["$.annotations[1].position.start"].outcome == "repaired"
    assert where["$.annotations[2].note"].outcome == "repaired"
    assert where["$.annotations[3].created"].outcome == "dropped"
    for path in ("$.articles[0].date", "$.annotations[2].note", "$.annotations[3].created"):
        assert "Ungültiger Wert" in where[path].message, where[path].message
