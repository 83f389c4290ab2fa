"""Preferences and reading comfort: the dialog, zoom, themes and typography."""
