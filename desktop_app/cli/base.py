"""What every headless command shares: the command registry, error lines, opening a project checked.

Each subcommand is a function registered in :data:`COMMANDS` with :func:`command`. Errors the
user can act on are printed as one clear line on stderr, with a non-zero status, never as a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.project import Project

Handler = Callable[[argparse.Namespace], int]
#: name -> (help, function adding arguments, handler)
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Handler]] = {}


def command(
    name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None]
) -> Callable[[Handler], Handler]:
    """Register a subcommand."""

    def register(handler: Handler) -> Handler:
        COMMANDS[name] = (help_text, arguments, handler)
        return handler

    return register


def fail(message: str, status: int = 1) -> int:
    """Print an error line for the user and return ``status``."""
    print(f"parallax: {message}", file=sys.stderr)
    return status


def open_checked(path: Path, *, writing: bool) -> Project | None:
    """The project in ``path`` as the app would open it, or None after saying why not.

    The file is validated like the app validates it. A command that only reads carries on
    with a repaired project (and says what was repaired); a command that writes refuses a
    file with problems, or from a newer Parallax, so nothing changes behind the user's back.
    """
    from desktop_app.storage.validation import load_with_report

    project, report = load_with_report(path)
    if project is None:
        print(report.format(), file=sys.stderr)
        fail(f"cannot open {path}")
        return None
    if writing and report.read_only:
        fail(f"{path} was written by a newer Parallax: it can be read, not changed")
        return None
    if report.problems:
        print(report.format(), file=sys.stderr)
        if writing or report.with_outcome("dropped"):
            fail(f"{path} has the problems above: open it in Parallax to repair it")
            return None
        print(
            "parallax: going on with the repaired project; the file is unchanged", file=sys.stderr
        )
    return project
