"""The model's signal holds bound methods weakly: a listener that goes away stops being called."""

from __future__ import annotations

import gc

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.events import Signal
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Change


class Listener:
    def __init__(self) -> None:
        self.heard: list[int] = []

    def hear(self, payload: int) -> None:
        self.heard.append(payload)


def test_a_listener_that_goes_away_is_not_called_and_not_kept() -> None:
    signal: Signal[int] = Signal()
    kept, dropped = Listener(), Listener()
    signal.connect(kept.hear)
    signal.connect(dropped.hear)
    heard_by_dropped = dropped.heard
    del dropped
    gc.collect()
    signal.emit(1)
    assert kept.heard == [1]
    assert heard_by_dropped == []
    assert signal.receivers() == 1


def test_the_signal_does_not_keep_its_listeners_alive() -> None:
    import weakref

    signal: Signal[int] = Signal()
    listener = Listener()
    signal.connect(listener.hear)
    alive = weakref.ref(listener)
    del listener
    gc.collect()
    assert alive() is None


def test_functions_and_lambdas_are_held_strongly_in_order() -> None:
    signal: Signal[int] = Signal()
    heard: list[str] = []

    def first(payload: int) -> None:
        heard.append(f"first {payload}")

    signal.connect(first)
    signal.connect(lambda payload: heard.append(f"lambda {payload}"))
    del first
    gc.collect()
    signal.emit(2)
    assert heard == ["first 2", "lambda 2"]
    assert signal.receivers() == 2


def test_disconnect_stops_a_bound_method_and_ignores_strangers() -> None:
    signal: Signal[int] = Signal()
    listener, stranger = Listener(), Listener()
    signal.connect(listener.hear)
    signal.disconnect(stranger.hear)
    signal.emit(1)
    signal.disconnect(listener.hear)
    signal.emit(2)
    assert listener.heard == [1]
    assert signal.receivers() == 0


def test_a_slot_may_disconnect_itself_while_the_signal_emits() -> None:
    signal: Signal[int] = Signal()
    heard: list[int] = []

    class Once:
        def hear(self, payload: int) -> None:
            heard.append(payload)
            signal.disconnect(self.hear)

    once = Once()
    signal.connect(once.hear)
    signal.emit(1)
    signal.emit(2)
    assert heard == [1]


def test_a_closed_view_of_a_project_is_not_told_of_its_changes() -> None:
    project = new_project([make_article("Minerals matter.", title="T")], annotator_name="A")

    class View:
        def __init__(self) -> None:
            self.changes: list[Change] = []

        def on_change(self, change: Change) -> None:
            self.changes.append(change)

    open_view, closed_view = View(), View()
    project.changed.connect(open_view.on_change)
    project.changed.connect(closed_view.on_change)
    seen_by_closed = closed_view.changes
    del closed_view
    gc.collect()
    article = project.articles.at(0).id
    toggle_tag(project, article, 0, 8, project.codes.at(0).id).apply(project)
    assert len(open_view.changes) == 1
    assert seen_by_closed == []
