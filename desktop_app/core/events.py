"""A minimal synchronous signal, so the model can announce changes without Qt.

Bound methods are held weakly: a listener that goes away stops being called, without a
hand-written disconnect, and the model never keeps a closed view alive. Plain functions
and lambdas are held strongly (nothing else may hold them).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import MethodType
from typing import Generic, TypeVar

T = TypeVar("T")

Slot = Callable[[T], object]


class _Connection(Generic[T]):
    """One connected slot: a weak reference to a bound method, or the callable itself."""

    __slots__ = ("_method", "_strong")

    def __init__(self, slot: Slot[T]) -> None:
        self._method: weakref.WeakMethod[Slot[T]] | None = None
        self._strong: Slot[T] | None = None
        if isinstance(slot, MethodType):
            self._method = weakref.WeakMethod(slot)
        else:
            self._strong = slot

    def target(self) -> Slot[T] | None:
        """The slot to call, or None once its object is gone."""
        if self._method is not None:
            return self._method()
        return self._strong

    def holds(self, slot: Slot[T]) -> bool:
        """True when this connection calls ``slot``."""
        return self.target() == slot


class Signal(Generic[T]):
    """Calls every connected slot with one payload, in connection order."""

    __slots__ = ("_connections",)

    def __init__(self) -> None:
        self._connections: list[_Connection[T]] = []

    def connect(self, slot: Slot[T]) -> None:
        """Call ``slot(payload)`` on every emit (a bound method: while its object lives)."""
        self._connections.append(_Connection(slot))

    def disconnect(self, slot: Slot[T]) -> None:
        """Stop calling ``slot``; unknown slots are ignored."""
        for index, connection in enumerate(self._connections):
            if connection.holds(slot):
                del self._connections[index]
                return

    def receivers(self) -> int:
        """How many slots are connected (to objects still alive)."""
        self._connections = [c for c in self._connections if c.target() is not None]
        return len(self._connections)

    def emit(self, payload: T) -> None:
        """Deliver ``payload`` to every live slot (a copy of the list, so slots may
        disconnect); connections whose object is gone are dropped."""
        dead = False
        for connection in tuple(self._connections):
            slot = connection.target()
            if slot is None:
                dead = True
                continue
            slot(payload)
        if dead:
            self._connections = [c for c in self._connections if c.target() is not None]
