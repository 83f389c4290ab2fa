"""Headless commands: ``parallax new|validate|import|export|update …`` (never imports the UI).

Each subcommand lives in its own function registered in :data:`COMMANDS`; ``main`` parses
the command line and returns the process exit status. Errors the user can act on are
printed as one clear line on stderr, with a non-zero status, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.factory import default_annotator_name

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


# -- parallax new ------------------------------------------------------------------------


def _new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="project file to write (JSON)")
    parser.add_argument(
        "articles", type=Path, nargs="*", help="plain-text articles (default: the samples)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing project file")


@command(
    "new",
    "write a new project file (the sample articles unless articles are named)",
    _new_arguments,
)
def _new(args: argparse.Namespace) -> int:
    from desktop_app.core.factory import new_project
    from desktop_app.importers.plain_text import ImportError_, read_article
    from desktop_app.importers.samples import sample_articles
    from desktop_app.storage.project_file import save

    target: Path = args.project
    if target.exists() and not args.force:
        return fail(f"{target} already exists (use --force to overwrite it)")
    try:
        articles = [read_article(p) for p in args.articles] if args.articles else sample_articles()
    except (OSError, ImportError_) as error:
        return fail(f"cannot import: {error}")
    project = new_project(articles, annotator_name=default_annotator_name())
    try:
        save(project, target)
    except OSError as error:
        return fail(f"cannot write {target}: {error.strerror or error}")
    print(f"Wrote {target} with {len(articles)} article{'s' if len(articles) != 1 else ''}.")
    return 0


# Modules that register more commands with @command (each imports this module).
_COMMAND_MODULES: tuple[str, ...] = (
    "desktop_app.cli_export",
    "desktop_app.cli_validate",
    "desktop_app.cli_update",
    "desktop_app.cli_import",
)


def _load_command_modules() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(name)


# -- entry -------------------------------------------------------------------------------


def command_names() -> set[str]:
    """Names of all headless commands."""
    _load_command_modules()
    return set(COMMANDS)


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``parallax COMMAND …``."""
    _load_command_modules()
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Parallax: read articles side by side and tag passages. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"Parallax {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, arguments, handler) in COMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        arguments(child)
        child.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; returns the exit status."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)
