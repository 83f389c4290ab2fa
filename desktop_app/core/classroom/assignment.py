"""Assignments: a teacher's project made into the file students receive, and a student's hand-in.

The assignment file is an ordinary project holding the articles, the codebook with its
descriptions and the assignment record (instructions, deadline), and nothing of anyone's
coding: no annotations, links, annotators or article notes, so the reference coding never
leaves the teacher's project. A hand-in is the student's project with every annotation and
link that carries no annotator attributed to the student.
"""

from __future__ import annotations

import msgspec

from desktop_app.core.edits import SetAssignment
from desktop_app.core.project import Project
from desktop_app.core.records import Annotator, Assignment, ProjectInfo, new_id, utc_now


class AssignmentError(ValueError):
    """A project that cannot be handed out or in (no assignment, a student copy, no name)."""


def set_assignment(
    project: Project,
    *,
    title: str,
    instructions: str = "",
    deadline: str = "",
    reference_annotator: str | None = None,
) -> SetAssignment:
    """The edit making ``project`` (a teacher's) an assignment, or changing it."""
    if not title.strip():
        raise AssignmentError("an assignment needs a title")
    if reference_annotator is not None and reference_annotator not in project.annotators:
        raise AssignmentError(f"no annotator {reference_annotator} in the project")
    old = project.assignment
    new = Assignment(
        id=old.id if old is not None else new_id(),
        title=title.strip(),
        instructions=instructions,
        deadline=deadline.strip(),
        reference_annotator=reference_annotator,
        student_copy=old.student_copy if old is not None else False,
    )
    return SetAssignment("Set Assignment" if old is None else "Edit Assignment", old, new)


def assignment_file(project: Project) -> Project:
    """The project students receive: articles, codebook, instructions; nobody's coding."""
    assignment = project.assignment
    if assignment is None:
        raise AssignmentError("the project is not an assignment yet: give it a title first")
    if assignment.student_copy:
        raise AssignmentError("this is a student's copy; hand out the teacher's project")
    now = utc_now()
    return Project(
        info=ProjectInfo(id=new_id(), title=project.info.title, created=now, modified=now),
        assignment=msgspec.structs.replace(assignment, reference_annotator=None, student_copy=True),
        articles=[
            msgspec.structs.replace(article, note="", note_modified=None)
            for article in project.articles
        ],
        codes=list(project.codes),
    )


def hand_in_copy(project: Project, student_name: str) -> Project:
    """The student's project as handed in (annotations, links, absences and rejected
    compare suggestions): unattributed work attributed to ``student_name``."""
    name = " ".join(student_name.split())
    if not name:
        raise AssignmentError("a hand-in needs the student's name")
    if project.assignment is None:
        raise AssignmentError("the project is not an assignment: there is nothing to hand in")
    student = next((a for a in project.annotators if a.name == name), None)
    annotators = list(project.annotators)
    if student is None:
        student = Annotator(id=new_id(), name=name)
        annotators.append(student)
    return Project(
        info=msgspec.structs.replace(project.info, modified=utc_now()),
        assignment=project.assignment,
        articles=list(project.articles),
        codes=list(project.codes),
        annotators=annotators,
        annotations=[
            a if a.annotator else msgspec.structs.replace(a, annotator=student.id)
            for a in project.annotations
        ],
        links=[
            link if link.annotator else msgspec.structs.replace(link, annotator=student.id)
            for link in project.links
        ],
        rejections=[
            rejection
            if rejection.annotator
            else msgspec.structs.replace(rejection, annotator=student.id)
            for rejection in project.rejections
        ],
    )
