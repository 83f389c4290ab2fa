"""Frozen entry point of the bundle: PyInstaller needs a script; it runs ``parallax``'s main."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
