"""What every headless command shares: the command registry, error lines, opening a project checked.

Each subcommand is a function registered in :data:`COMMANDS` with :func:`command`. Errors the
user can act on are printed as one clear line on stderr, with a non-zero status, never as a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
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


#: Exit statuses every command uses (the README's command-line section lists them).
EXIT_OK = 0
#: Something failed or was refused (a file not imported, problems found, a busy project).
EXIT_PROBLEMS = 1
#: A project file that cannot be read at all (missing, not a file, not JSON, too deep…).
EXIT_UNREADABLE = 2


class CommandError(Exception):
    """A command that must stop: the message for the user and the exit status."""

    def __init__(self, message: str, status: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: int = 1) -> int:
    """Print an error line for the user and return ``status``."""
    print(f"parallax: {message}", file=sys.stderr)
    return status


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the project's write lock (see ``storage.lock``); :class:`CommandError` if busy.

    Every command that reads, changes and saves a project runs inside one, so two
    commands (or a command and the window) never lose each other's changes.
    """
    from desktop_app.storage.lock import NotAProjectFileError, ProjectBusyError, project_lock

    with ExitStack() as stack:
        try:
            stack.enter_context(project_lock(path))
        except NotAProjectFileError as error:
            raise CommandError(f"cannot open {path}: {error.strerror}", EXIT_UNREADABLE) from None
        except ProjectBusyError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        except OSError as error:
            raise CommandError(f"cannot lock {path}: {error.strerror or error}") from None
        yield


def open_checked(path: Path, *, writing: bool) -> Project:
    """The project in ``path`` as the app would open it; :class:`CommandError` if it cannot be.

    The file is validated like the app validates it. A command that only reads carries on
    with a repaired project (and says what was repaired); a command that writes refuses a
    file with problems, or from a newer Parallax, so nothing changes behind the user's back.
    A file that cannot be read at all stops the command with :data:`EXIT_UNREADABLE`.
    """
    from desktop_app.storage.validation import load_with_report

    project, report = load_with_report(path)
    if project is None:
        print(report.format(), file=sys.stderr)
        raise CommandError(f"cannot open {path}", EXIT_UNREADABLE)
    if writing and report.read_only:
        raise CommandError(f"{path} was written by a newer Parallax: it can be read, not changed")
    if report.problems:
        print(report.format(), file=sys.stderr)
        if writing or report.with_outcome("dropped"):
            raise CommandError(f"{path} has the problems above: open it in Parallax to repair it")
        print(
            "parallax: going on with the repaired project; the file is unchanged", file=sys.stderr
        )
    return project
