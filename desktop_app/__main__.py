"""Entry point of ``parallax`` and ``python -m desktop_app``: a headless command or the app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: ``parallax COMMAND …`` runs headless; anything else opens the window."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args:  # no arguments: straight to the window, without loading the commands
        from desktop_app import cli

        if args[0] in cli.command_names() or args[0] in ("-h", "--help", "--version"):
            return cli.main(args)
    # Start-up allocates much and frees little: no cycle collection until the first frame is
    # painted (app.run turns it back on then), some 10 ms less before the window shows.
    gc.disable()
    # The project first, in pure Python: once PySide6 is imported it inspects the source of
    # every module imported after it (for its ``__feature__`` switches), which the model's
    # modules (msgspec, uuid, datetime…) then skip.
    from desktop_app.opening import first_opening

    opening = first_opening(args)
    from desktop_app.display_support import display_problem

    if (problem := display_problem()) is not None:
        print(problem, file=sys.stderr)
        return 1
    from desktop_app.app import run

    return run(args, opening)


if __name__ == "__main__":
    sys.exit(main())
