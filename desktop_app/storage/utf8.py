"""Where a byte string stops being UTF-8, found by Python's own codec (not a library's message)."""

from __future__ import annotations


def first_invalid_byte(raw: bytes) -> int | None:
    """Offset of the first byte that is not valid UTF-8, or None when all of ``raw`` is.

    JSON libraries differ in how (and whether) they say where bad UTF-8 is, and change it
    between releases; the standard codec's ``start`` is part of Python's API.
    """
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None
