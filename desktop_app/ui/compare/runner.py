"""Runs the comparison engine off the GUI thread and hands the newest result back to it."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from itertools import count
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from desktop_app.core.compare import Comparison

#: What a result is for: the two texts' SHA-256, in pane order.
Key = tuple[str, str]


def _compare(text_a: str, text_b: str) -> Comparison:
    from desktop_app.core.compare import compare_texts  # lazy: not needed at cold start

    return compare_texts(text_a, text_b)


class _Relay(QObject):
    """Takes results from the worker threads to the GUI thread, and lives as long as the
    application: a worker never signals a runner itself, which its window may have deleted
    while the comparison ran (a window closed mid-comparison)."""

    # Emitted from a worker; Qt queues it to the relay's (the GUI) thread.
    delivered = Signal(int, object, object, object)

    def __init__(self) -> None:
        super().__init__()
        #: The runners still alive, by their number; touched on the GUI thread only.
        self.runners: dict[int, CompareRunner] = {}
        self.delivered.connect(self._dispatch)

    @Slot(int, object, object, object)
    def _dispatch(self, number: int, key: object, comparison: object, error: object) -> None:
        runner = self.runners.get(number)
        if runner is not None:
            runner.deliver(key, comparison, error)


_relay: _Relay | None = None
_numbers = count()


def _the_relay() -> _Relay:
    """The one relay, made on first use (on the GUI thread, which makes the runners)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class CompareRunner(QObject):
    """One worker thread; a result is delivered only if nothing newer was asked since."""

    #: (key, comparison) on the GUI thread, for the most recent request only.
    finished = Signal(object, object)
    #: The engine failed on this key: the message.
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._latest: Key | None = None
        relay = _the_relay()
        number = self._number = next(_numbers)
        relay.runners[number] = self
        # On the GUI thread, as the relay's deliveries are: none reaches a deleted runner.
        self.destroyed.connect(lambda *_: relay.runners.pop(number, None))

    @property
    def busy(self) -> bool:
        """True while a requested result has not arrived."""
        return self._latest is not None

    def request(self, key: Key, text_a: str, text_b: str) -> None:
        """Compare these texts; an earlier request still running is left to be discarded."""
        self._latest = key
        _the_relay().runners[self._number] = self  # again, if it was shut down
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compare")
        future = self._pool.submit(_compare, text_a, text_b)
        number = self._number
        future.add_done_callback(lambda done: _finish(number, key, done))

    def cancel(self) -> None:
        """Forget what was asked: any result still to come is discarded."""
        self._latest = None

    def deliver(self, key: object, comparison: object, error: object) -> None:
        """A result from the worker (through the relay, on the GUI thread)."""
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
        _the_relay().runners.pop(self._number, None)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _finish(number: int, key: Key, future: Future[Comparison]) -> None:
    """On the worker thread: hand the result (or the error) to the relay."""
    if future.cancelled():
        return
    error = future.exception()
    assert _relay is not None  # made with the runner that asked
    _relay.delivered.emit(number, key, None if error else future.result(), error)
