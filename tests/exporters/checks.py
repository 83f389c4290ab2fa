"""Checks shared by export and import tests: W3C conformance and REFI-QDA schema validity."""

from __future__ import annotations

import functools
import io
import json
import sys
import zipfile

from lxml import etree

from tests.conftest import SHARED

REFI = SHARED / "refi-qda"


@functools.cache
def _w3c_checker():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(SHARED / "conformance"))
    try:
        import w3c_check
    finally:
        sys.path.pop(0)
    return w3c_check


def w3c_problems(data: bytes) -> list[str]:
    """What ``conformance/w3c_check.py`` finds wrong with a W3C export (empty: conformant)."""
    problems: list[str] = _w3c_checker().check_document(json.loads(data))
    return problems


@functools.cache
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(REFI / name)))


def assert_valid_qde(data: bytes) -> None:
    """Raise unless ``data`` validates against the REFI-QDA Project schema."""
    _schema("Project-mrt2019.xsd").assertValid(etree.fromstring(data))


def assert_valid_qdc(data: bytes) -> None:
    """Raise unless ``data`` validates against the REFI-QDA Codebook schema."""
    _schema("Codebook.xsd").assertValid(etree.fromstring(data))


def qdpx_members(data: bytes) -> dict[str, bytes]:
    """The files inside a QDPX archive, by name."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}
