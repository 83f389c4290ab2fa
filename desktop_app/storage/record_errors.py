"""Where a JSON value does not fit a record type, found by checking it, not from a message."""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any

import msgspec


def failing_path(value: Any, kind: Any) -> str | None:
    """The path inside ``value`` of the first part that does not fit ``kind``; None if it fits.

    Paths read as msgspec writes them after ``$``: ``".position.start"``, ``".tags[1]"``,
    ``""`` for the value itself. A missing required field is placed at the object that
    lacks it (the object is what is wrong), and fields are checked in the order they come
    in the value, as msgspec does. The path comes from converting the parts one by one, so
    it never depends on the wording of msgspec's messages.
    """
    if _fits(value, kind):
        return None
    return _inside(value, kind)


def without_location(message: str, path: str) -> str:
    """``message`` without a trailing mention of ``path``, where the library adds one.

    Cosmetic only: a message worded otherwise is shown whole.
    """
    for suffix in (f" - at `${path}`", f" at `${path}`"):
        if message.endswith(suffix):
            return message[: -len(suffix)]
    return message


def _fits(value: Any, kind: Any) -> bool:
    try:
        msgspec.convert(value, kind)
    except msgspec.ValidationError:
        return False
    return True


def _inside(value: Any, kind: Any) -> str:
    """The path of what does not fit, given that ``value`` as a whole does not fit ``kind``."""
    origin = typing.get_origin(kind)
    if origin is Annotated:  # a constrained type: the constraint, or the type under it
        base = typing.get_args(kind)[0]
        return "" if _fits(value, base) else _inside(value, base)
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return _inside_record(value, kind)
    if origin in (list, tuple, set, frozenset) and isinstance(value, list):
        return _inside_items(value, typing.get_args(kind), fixed=origin is tuple)
    if origin in (typing.Union, types.UnionType):
        choices = [choice for choice in typing.get_args(kind) if choice is not type(None)]
        if len(choices) == 1 and value is not None:  # ``X | None`` given something: X's path
            return _inside(value, choices[0])
    return ""


def _inside_record(value: Any, kind: type[msgspec.Struct]) -> str:
    if not isinstance(value, dict):
        return ""
    fields = {field.encode_name: field for field in msgspec.structs.fields(kind)}
    for key, item in value.items():
        field = fields.get(key)
        if field is not None and not _fits(item, field.type):
            return f".{key}{_inside(item, field.type)}"
    return ""  # every field given fits: one that is required is missing


def _inside_items(value: list[Any], arguments: tuple[Any, ...], *, fixed: bool) -> str:
    if not arguments:
        return ""
    variadic = not fixed or (len(arguments) == 2 and arguments[1] is Ellipsis)
    if not variadic and len(value) != len(arguments):
        return ""
    for index, item in enumerate(value):
        item_kind = arguments[0] if variadic else arguments[index]
        if not _fits(item, item_kind):
            return f"[{index}]{_inside(item, item_kind)}"
    return ""  # every item fits: the list's own length is wrong
