"""Who is coding: the user's name (kept per user) and the annotator record new work carries.

The name lives in the user's settings, never in a project. A new annotation, note or link
carries the project's annotator of that name; a project that has none gains one in the
same undoable edit as the annotation (see :func:`attributed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.records import Annotator, new_id
from desktop_app.ui.shell.settings import load_user_name, save_user_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.core.edits import Edit
    from desktop_app.core.project import Project
    from desktop_app.ui.shell.host import Host


def user_annotator(project: Project, name: str) -> tuple[str | None, Edit | None]:
    """The annotator id new work in ``project`` carries, and the edit adding it (if needed).

    Without a name, the project's first annotator (or none), as before names were asked.
    """
    name = " ".join(name.split())
    if not name:
        annotators = project.annotators
        return (annotators.at(0).id if len(annotators) else None), None
    found = next((a for a in project.annotators if a.name == name), None)
    if found is not None:
        return found.id, None
    # core.edits is loaded with the first edit, not before the window's first paint.
    from desktop_app.core.edits import Insert

    annotator = Annotator(id=new_id(), name=name)
    return annotator.id, Insert(f"Add annotator “{name}”", annotator)


def attributed(project: Project, make: Callable[[str | None], Edit]) -> Edit:
    """The edit ``make(annotator id)`` builds, adding the user's annotator record first when
    the edit creates a record and the project lacks that annotator (one undo step)."""
    from desktop_app.core.edits import Compound, Insert

    annotator, adding = user_annotator(project, load_user_name())
    edit = make(annotator)
    if adding is None or not isinstance(edit, Insert | Compound):
        return edit
    if isinstance(edit, Compound) and not any(isinstance(e, Insert) for e in edit.edits):
        return edit
    return Compound(edit.label, (adding, edit))


class Coder(QObject):
    """Asks and remembers the user's name for one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host

    @property
    def name(self) -> str:
        """The user's name ("" when not given)."""
        return load_user_name()

    def set_name(self, name: str) -> None:
        """Remember the user's name; new annotations carry it."""
        save_user_name(name)
        if name.strip():
            self.host.announce(f"New annotations are marked as coded by {' '.join(name.split())}.")

    def ask_name(self) -> str | None:
        """Ask the name (through the prompter) and remember it; None when cancelled."""
        answer = self.host.prompter.ask_name(self.name)
        if answer is None or not answer.strip():
            return None
        self.set_name(answer)
        return self.name

    def ask_if_unknown(self) -> None:
        """On first start: ask the name when none is known yet (the app calls this)."""
        if not self.name:
            self.ask_name()


def install(host: Host) -> None:
    """Register the coder; Edit ▸ Your Name… changes it."""
    coder = Coder(host)
    host.add_feature(coder)
    action = host.commands.add(
        "edit.user_name",
        "Your Na&me…",
        coder.ask_name,
        tip="The name your new annotations, notes and links carry",
    )
    menu = host.menus["edit"]
    actions = menu.actions()
    after = next((i for i, a in enumerate(actions) if a.objectName() == "edit.preferences"), None)
    if after is not None and after + 1 < len(actions):
        menu.insertAction(actions[after + 1], action)  # beside Preferences, where it is too
    else:
        menu.addAction(action)
