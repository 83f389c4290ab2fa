"""Headless commands: ``parallax new|validate|import|export|update|agreement|merge …`` (no UI).

Each command lives in its own module of this package and registers itself with
:func:`desktop_app.cli.base.command`; ``main`` parses the command line and returns the exit status.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli.base import COMMANDS, Handler

# Modules that register commands with @command (each imports desktop_app.cli.base).
_COMMAND_MODULES: tuple[str, ...] = (
    "desktop_app.cli.new",
    "desktop_app.cli.export",
    "desktop_app.cli.validate",
    "desktop_app.cli.update",
    "desktop_app.cli.import_files",
    "desktop_app.cli.agreement",
    "desktop_app.cli.merge",
    "desktop_app.cli.feedback",
    "desktop_app.cli.compare",
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
