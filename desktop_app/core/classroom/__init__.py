"""Classroom and teams: assignments and hand-in, collecting files, three-way merge for git."""
