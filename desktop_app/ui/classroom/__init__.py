"""Classroom and teams in the window: Analysis ▸ Agreement… and File ▸ Collect…."""
