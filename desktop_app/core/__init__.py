"""Pure-Python domain layer: texts, offsets, the annotation model and its edits (no Qt)."""
