"""What a feature may use of the window: the narrow, typed :class:`Host` features install into.

A feature module has ``install(host: Host) -> None``. It adds its commands to
``host.commands`` and ``host.menus``, follows ``host.document_changed`` and
``host.panes_changed``, speaks through ``host.announce`` and asks through
``host.prompter``. It registers the object it made with ``host.add_feature(obj)``;
another feature finds it by its type with ``host.feature(Kind)``. Only what Qt needs a
real widget for (a dialog's parent, an event filter, a toolbar) goes through
``host.widget``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

    from desktop_app.core.project import Change
    from desktop_app.ui.annotating.annotation_list import AnnotationPanel
    from desktop_app.ui.reading.article_pane import ArticlePane
    from desktop_app.ui.reading.reader_area import ReaderArea
    from desktop_app.ui.shell.commands import ActionRegistry
    from desktop_app.ui.shell.document import ProjectDocument
    from desktop_app.ui.shell.prompts import Prompter

FeatureT = TypeVar("FeatureT")


class FeatureMissing(LookupError):
    """A feature asked for another that is not installed (a mistake in ``FEATURES``)."""


class Host(Protocol):
    """The window as features see it."""

    @property
    def document(self) -> ProjectDocument:
        """The project shown, its file and undo stack."""

    @property
    def commands(self) -> ActionRegistry:
        """Every action by id (``file.save``, ``tag.<code id>``…)."""

    @property
    def menus(self) -> dict[str, QMenu]:
        """The menu bar's menus by key: file, edit, tags, view, help (and what features add)."""

    @property
    def reader(self) -> ReaderArea:
        """The reader panes."""

    @property
    def prompter(self) -> Prompter:
        """Where every question to the user goes (tests replace it)."""

    @property
    def panel(self) -> AnnotationPanel:
        """The annotation list."""

    @property
    def widget(self) -> QMainWindow:
        """The window as a Qt widget: the parent of dialogs, docks and toolbars."""

    @property
    def document_replacing(self) -> SignalInstance:
        """Another project is about to be shown; ``document`` is still the old one."""

    @property
    def document_changed(self) -> SignalInstance:
        """A new project is shown (after Open or New)."""

    @property
    def panes_changed(self) -> SignalInstance:
        """The reader panes were rebuilt."""

    @property
    def closing(self) -> SignalInstance:
        """The window is closing (the user did not cancel)."""

    @property
    def announced(self) -> SignalInstance:
        """Something was said to the user (the status bar and screen readers): the text."""

    def active_pane(self) -> ArticlePane | None:
        """The pane commands act on: the one that last had the keyboard focus."""

    def show_articles(self, article_ids: list[str], active: int = 0) -> None:
        """Rebuild the panes to show these articles side by side."""

    def replace_document(self, document: ProjectDocument) -> None:
        """Show another project in this window (after Open, New or a restore)."""

    def jump_to(self, annotation_id: str) -> None:
        """Show an annotation's passage in its pane and flash it."""

    def follow_project(self, slot: Callable[[Change], object]) -> None:
        """Call ``slot`` with every change of whichever project is shown."""

    def announce(self, text: str, timeout_ms: int = 4000) -> None:
        """Say what happened: in the status bar and to screen readers."""

    def add_panel(
        self, title: str, object_name: str, content: QWidget, *, shown: bool = False
    ) -> QDockWidget:
        """A dock holding ``content``, tabbed behind the annotation list; hidden until its
        command shows it unless ``shown``."""

    def add_feature(self, feature: object) -> None:
        """Register an installed feature, found again by its type with :meth:`feature`."""

    def feature(self, kind: type[FeatureT]) -> FeatureT:
        """The installed feature of type ``kind`` (:class:`FeatureMissing` if there is none)."""
