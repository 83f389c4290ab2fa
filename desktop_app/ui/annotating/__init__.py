"""Annotating: the annotation list, keyboard coding, tag picker, notes, highlight toggles."""
