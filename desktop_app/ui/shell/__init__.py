"""The window's frame: main window, commands, prompts, settings, undo, accessibility."""
