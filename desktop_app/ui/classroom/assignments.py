"""Assignments in the window: File ▸ Make Assignment…, File ▸ Hand In…, and the instructions.

The teacher's project keeps the assignment record (one undoable edit) and the reference
coding; the file students receive is written beside it without anybody's coding
(``storage.classroom_files``). A student sees the instructions on opening the file and
from Help ▸ Assignment Instructions; Hand In writes one file named after them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.records import Assignment

if TYPE_CHECKING:
    from desktop_app.core.project import Change
    from desktop_app.ui.shell.host import Host

PROJECT_FILTER = "Parallax projects (*.parallax.json *.json);;All files (*)"


def instructions_text(assignment: Assignment) -> str:
    """What the student reads: the title, the deadline and the instructions (plain text)."""
    parts = [assignment.title]
    if assignment.deadline:
        parts.append(f"Hand in by: {assignment.deadline}")
    parts.append(assignment.instructions or "No instructions were given.")
    parts.append("Code the articles, then choose File ▸ Hand In… to write the file to hand in.")
    return "\n\n".join(parts)


class AssignmentCommands(QObject):
    """Make Assignment, Hand In and the instructions, for one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        #: The project whose instructions were shown on opening (shown once per project).
        self._greeted: object | None = None
        add = host.commands.add
        self.make = add(
            "file.make_assignment",
            "&Make Assignment…",
            self.make_assignment,
            tip="Write the file students receive: articles, codebook and instructions",
        )
        self.hand_in_action = add(
            "file.hand_in",
            "&Hand In…",
            self.hand_in,
            tip="Write your coding of this assignment to one file named after you",
        )
        self.instructions = add(
            "help.assignment",
            "Assignment &Instructions",
            self.show_instructions,
            tip="What the teacher asks of this assignment",
        )
        file_menu = host.menus["file"]
        quit_action = host.commands["file.quit"]
        file_menu.insertAction(quit_action, self.make)
        file_menu.insertAction(quit_action, self.hand_in_action)
        file_menu.insertSeparator(quit_action)
        help_menu = host.menus["help"]
        first = help_menu.actions()[0] if help_menu.actions() else None
        if first is None:
            help_menu.addAction(self.instructions)
        else:
            help_menu.insertAction(first, self.instructions)
        host.follow_project(self._on_project_changed)
        host.document_changed.connect(self._on_document_changed)
        self._update_actions()

    # -- state ---------------------------------------------------------------------------

    @property
    def assignment(self) -> Assignment | None:
        """The open project's assignment record."""
        return self.host.document.project.assignment

    def _update_actions(self) -> None:
        assignment = self.assignment
        student = assignment is not None and assignment.student_copy
        self.hand_in_action.setEnabled(student)
        self.instructions.setEnabled(assignment is not None)
        self.make.setEnabled(not student)

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Assignment):
            self._update_actions()

    def _on_document_changed(self) -> None:
        self._update_actions()
        self.show_on_opening()

    def show_on_opening(self) -> None:
        """A student's assignment file was opened: show its instructions."""
        assignment = self.assignment
        project = self.host.document.project
        if assignment is not None and assignment.student_copy and self._greeted is not project:
            self._greeted = project
            self.show_instructions()

    # -- the commands --------------------------------------------------------------------------

    def show_instructions(self) -> None:
        """Show the assignment's instructions (plain text)."""
        assignment = self.assignment
        if assignment is None:
            self.host.announce("This project is not an assignment.", 4000)
            return
        self.host.prompter.inform("Assignment Instructions", instructions_text(assignment))

    def make_assignment(self) -> Path | None:
        """Ask title, instructions, deadline and reference; record them (undoable) and write
        the file students receive. Returns its path, or None when cancelled."""
        from desktop_app.core.classroom.assignment import AssignmentError, set_assignment
        from desktop_app.storage.classroom_files import safe_name_part, write_assignment
        from desktop_app.storage.schema import EXTENSION
        from desktop_app.ui.classroom.assignment_dialog import AssignmentDraft
        from desktop_app.ui.classroom.coder import Coder

        document = self.host.document
        project = document.project
        old = project.assignment
        user = self.host.feature(Coder).name
        mine = next((a.id for a in project.annotators if a.name == user), None)
        draft = AssignmentDraft(
            title=old.title if old else (project.info.title or document.name),
            instructions=old.instructions if old else "",
            deadline=old.deadline if old else "",
            reference=old.reference_annotator if old else mine,
            references=tuple((a.id, a.name) for a in project.annotators),
        )
        answer = self.host.prompter.edit_assignment(draft)
        if answer is None:
            return None
        try:
            edit = set_assignment(
                project,
                title=answer.title,
                instructions=answer.instructions,
                deadline=answer.deadline,
                reference_annotator=answer.reference,
            )
        except AssignmentError as error:
            self.host.prompter.error("Cannot make the assignment", f"{error}.".capitalize())
            return None
        if edit.new != old:
            document.push(edit)
        folder = document.path.parent if document.path else Path.home()
        suggested = folder / f"{safe_name_part(answer.title, 'Assignment')}{EXTENSION}"
        if document.path is not None and suggested == document.path:
            stem = suggested.name[: -len(EXTENSION)]
            suggested = suggested.with_name(f"{stem} (students){EXTENSION}")
        path = self.host.prompter.export_path(
            suggested, PROJECT_FILTER, title="Save Assignment for Students"
        )
        if path is None:
            return None
        if document.path is not None and path.resolve() == document.path.resolve():
            self.host.prompter.error(
                "Choose another file",
                "The students' file cannot replace your own project: it would lose your coding.",
            )
            return None
        try:
            write_assignment(project, path)
        except (OSError, AssignmentError) as error:
            self.host.prompter.error("Could not write the assignment", f"“{path}”: {error}.")
            return None
        self.host.announce(f"Assignment for students written to {path.name}.", 6000)
        return path

    def hand_in(self) -> Path | None:
        """Write the student's coding to ``<assignment> - <name>.parallax.json``."""
        from desktop_app.core.classroom.assignment import AssignmentError, hand_in_copy
        from desktop_app.storage.classroom_files import hand_in_file_name, write_hand_in
        from desktop_app.storage.project_file import save
        from desktop_app.ui.classroom.coder import Coder

        document = self.host.document
        assignment = self.assignment
        if assignment is None:
            self.host.announce("This project is not an assignment: there is nothing to hand in.")
            return None
        coder = self.host.feature(Coder)
        name = coder.name or coder.ask_name()
        if not name:
            return None
        folder = document.path.parent if document.path else Path.home()
        suggested = folder / hand_in_file_name(assignment.title, name)
        path = self.host.prompter.export_path(suggested, PROJECT_FILTER, title="Hand In")
        if path is None:
            return None
        try:
            if path.name == suggested.name:
                path = write_hand_in(document.project, name, path.parent)
            else:
                save(hand_in_copy(document.project, name), path)
        except (OSError, AssignmentError) as error:
            self.host.prompter.error("Could not hand in", f"“{path}”: {error}.")
            return None
        self.host.announce(f"Handed in as {path.name}.", 6000)
        return path


def install(host: Host) -> None:
    """Add File ▸ Make Assignment…, File ▸ Hand In… and Help ▸ Assignment Instructions."""
    host.add_feature(AssignmentCommands(host))
