"""The project file: schema, atomic save, loading (no Qt)."""
