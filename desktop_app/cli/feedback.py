"""``parallax feedback STUDENT.json --reference TEACHER.json -o OUT.html``: found, missed, added."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import command, fail, open_checked


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("student", type=Path, help="the student's hand-in (a project file)")
    parser.add_argument("--reference", type=Path, required=True, help="the teacher's project")
    parser.add_argument("-o", "--output", type=Path, required=True, help="HTML file to write")


@command(
    "feedback",
    "a student's feedback (HTML) against the reference: passages found, missed, added per code",
    _arguments,
)
def _feedback(args: argparse.Namespace) -> int:
    from desktop_app.cli.agreement import file_label
    from desktop_app.core.agreement import AgreementError, Source
    from desktop_app.core.agreement.feedback import feedback
    from desktop_app.exporters.feedback_report import render_feedback
    from desktop_app.storage.atomic import write_atomic

    student = open_checked(args.student, writing=False)
    reference = open_checked(args.reference, writing=False)
    if student is None or reference is None:
        return 1
    try:
        reports = feedback(
            Source(file_label(args.student), student),
            Source(file_label(args.reference), reference),
        )
    except AgreementError as error:
        return fail(str(error))
    if args.output.is_dir():
        return fail(f"{args.output} is a folder; name the file to write")
    try:
        write_atomic(args.output, render_feedback(reports), keep_backup=False)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror or error}")
    names = ", ".join(report.student for report in reports)
    print(f"Wrote {args.output} (feedback for {names}).")
    return 0
