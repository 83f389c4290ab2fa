"""End-to-end tests drive the same window fixtures as the GUI tests."""

from tests.ui.conftest import make_window, prompter, window

__all__ = ["make_window", "prompter", "window"]
