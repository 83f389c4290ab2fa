"""A minimal synchronous signal, so the model can announce changes without Qt."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Signal(Generic[T]):
    """Calls every connected slot with one payload, in connection order."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[[T], object]] = []

    def connect(self, slot: Callable[[T], object]) -> None:
        """Call ``slot(payload)`` on every emit."""
        self._slots.append(slot)

    def disconnect(self, slot: Callable[[T], object]) -> None:
        """Stop calling ``slot``; unknown slots are ignored."""
        with contextlib.suppress(ValueError):
            self._slots.remove(slot)

    def receivers(self) -> int:
        """How many slots are connected."""
        return len(self._slots)

    def emit(self, payload: T) -> None:
        """Deliver ``payload`` to every slot (a copy of the list, so slots may disconnect)."""
        for slot in tuple(self._slots):
            slot(payload)
