"""Parallax: read articles side by side, highlight and tag passages, export the coding."""

__version__ = "0.1.0"
APP_NAME = "Parallax"
APP_ID = "org.parallax_reader.Parallax"
