"""Writing an assignment for students and a student's hand-in, under safe file names."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from desktop_app.core.classroom.assignment import AssignmentError, assignment_file, hand_in_copy
from desktop_app.core.project import Project
from desktop_app.storage.project_file import save
from desktop_app.storage.schema import EXTENSION

# Characters no file name may hold on Windows, macOS or Linux, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}
#: Bytes one part of a name may take (most file systems allow 255 for the whole name).
PART_BYTES = 100


def safe_name_part(text: str, fallback: str) -> str:
    """``text`` made safe inside a file name on every system, or ``fallback`` if nothing is left."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cs")  # lone surrogates
    text = " ".join(unicodedata.normalize("NFC", text).split())
    cleaned = "".join("_" if unicodedata.category(ch) == "Cc" else ch for ch in text)
    cleaned = _FORBIDDEN.sub("_", cleaned)
    encoded = cleaned.encode("utf-8")[:PART_BYTES]
    cleaned = encoded.decode("utf-8", errors="ignore").strip(" .")
    if not cleaned:
        cleaned = fallback
    if cleaned.split(".")[0].strip().upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def hand_in_file_name(assignment_title: str, student_name: str) -> str:
    """``<assignment title> - <student name>.parallax.json``, safe on every system."""
    title = safe_name_part(assignment_title, "Assignment")
    return f"{title} - {safe_name_part(student_name, 'Student')}{EXTENSION}"


def write_assignment(project: Project, path: Path | str) -> Project:
    """Write the file students receive (see ``assignment_file``); returns what was written."""
    handed_out = assignment_file(project)
    save(handed_out, path)
    return handed_out


def write_hand_in(project: Project, student_name: str, folder: Path | str) -> Path:
    """Write the student's hand-in into ``folder``; returns its path.

    Handing in again replaces the earlier hand-in (kept as its ``~`` backup).
    """
    assignment = project.assignment
    if assignment is None:
        raise AssignmentError("the project is not an assignment: there is nothing to hand in")
    path = Path(folder) / hand_in_file_name(assignment.title, student_name)
    save(hand_in_copy(project, student_name), path)
    return path
