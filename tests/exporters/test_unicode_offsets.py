"""Unicode edge cases keep offsets exact in every format (emoji, combining marks, RTL, CRLF)."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from desktop_app.exporters import EXPORTERS, ExportOptions, Scope
from tests.exporters.checks import assert_valid_qde, qdpx_members
from tests.exporters.sample import PIECES, unicode_project


@given(
    st.lists(PIECES, min_size=1, max_size=40).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), min_size=1, max_size=5),
)
def test_offsets_select_the_quote_in_every_format(raw: str, spans: list[tuple[int, int]]) -> None:
    project, article = unicode_project(raw, spans)
    text = article.text
    quotes = {a.id: a.quote.exact for a in project.annotations}

    w3c = EXPORTERS["w3c"].export(project, Scope(), ExportOptions())
    items = json.loads(w3c).get("first", {}).get("items", [])
    for item in items:
        quote, position = item["target"]["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"]

    members = qdpx_members(EXPORTERS["qdpx"].export(project, Scope(), ExportOptions()))
    assert_valid_qde(members["project.qde"])
    source = members[f"sources/{article.id}.txt"].decode("utf-8")
    assert source == text
    for selection in etree.fromstring(members["project.qde"]).iter(
        "{urn:QDA-XML:project:1.0}PlainTextSelection"
    ):
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert source[start:end] == quotes[selection.get("guid")]

    data = EXPORTERS["csv"].export(project, Scope(), ExportOptions(bom=True))
    for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")):
        assert (
            text[int(row["start"]) : int(row["end"])]
            == row["quote"]
            == quotes[row["annotation_id"]]
        )
