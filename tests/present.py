"""``present``: a value a test expects to exist, narrowed from ``X | None`` to ``X``."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, failing the test when it is None (a Qt item, a child widget, a code by name)."""
    assert value is not None, "expected a value, got None"
    return value
