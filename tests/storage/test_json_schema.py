"""The JSON Schema shipped in the package is the model's, and saved files conform to it."""

from __future__ import annotations

import json

import jsonschema

from desktop_app.storage.project_file import encode
from desktop_app.storage.schema import JSON_SCHEMA_FILE, json_schema, json_schema_text
from tests.storage.builders import build_project


def test_shipped_schema_matches_the_model() -> None:
    assert JSON_SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), (
        "regenerate with: python -m desktop_app.storage.schema"
    )


def test_saved_project_validates_against_the_schema() -> None:
    schema = json.loads(JSON_SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(encode(build_project(annotations=25)))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_schema_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    document = json.loads(encode(build_project(annotations=2)))
    document["annotations"][0]["position"]["start"] = -1
    document["codebook"][0]["color"] = "orange"
    errors = sorted(".".join(map(str, e.absolute_path)) for e in validator.iter_errors(document))
    assert errors == ["annotations.0.position.start", "codebook.0.color"]
