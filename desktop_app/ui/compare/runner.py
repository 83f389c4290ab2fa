"""Runs the comparison engine off the GUI thread and hands the newest result back to it."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_app.core.compare import Comparison

#: What a result is for: the two texts' SHA-256, in pane order.
Key = tuple[str, str]


def _compare(text_a: str, text_b: str) -> Comparison:
    from desktop_app.core.compare import compare_texts  # lazy: not needed at cold start

    return compare_texts(text_a, text_b)


class CompareRunner(QObject):
    """One worker thread; a result is delivered only if nothing newer was asked since."""

    #: (key, comparison) on the GUI thread, for the most recent request only.
    finished = Signal(object, object)
    #: The engine failed on this key: the message.
    failed = Signal(object, str)
    # Emitted from the worker; Qt queues it to this object's (the GUI) thread.
    _done = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._latest: Key | None = None
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """True while a requested result has not arrived."""
        return self._latest is not None

    def request(self, key: Key, text_a: str, text_b: str) -> None:
        """Compare these texts; an earlier request still running is left to be discarded."""
        self._latest = key
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compare")
        future = self._pool.submit(_compare, text_a, text_b)
        future.add_done_callback(lambda done: self._finish(key, done))

    def cancel(self) -> None:
        """Forget what was asked: any result still to come is discarded."""
        self._latest = None

    def _finish(self, key: Key, future: Future[Comparison]) -> None:
        error = future.exception()
        with suppress(RuntimeError):  # the window (and this object) went away meanwhile
            self._done.emit(key, None if error else future.result(), error)

    def _deliver(self, key: Key, comparison: object, error: object) -> None:
        if key != self._latest:
            return  # stale: the texts changed (or compare mode went off) meanwhile
        self._latest = None
        if error is not None:
            self.failed.emit(key, str(error))
        else:
            self.finished.emit(key, comparison)

    def shutdown(self) -> None:
        """Stop the worker (results still running are dropped)."""
        self._latest = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
