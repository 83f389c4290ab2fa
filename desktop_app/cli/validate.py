"""``parallax validate FILE``: check a project file and print every problem, located."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import command


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="project file to check")


@command(
    "validate",
    "check a project file; exit 0 when valid, 1 when problems were found (what can be "
    "salvaged is listed) or when a newer Parallax wrote it (readable, not fully checked), "
    "2 when it cannot be read at all (missing, not a regular file, not JSON, nested too "
    "deep or damaged beyond salvage)",
    _arguments,
)
def _validate(args: argparse.Namespace) -> int:
    from desktop_app.storage.validation import load_with_report

    _, report = load_with_report(args.project)
    print(report.format())
    return report.exit_status
