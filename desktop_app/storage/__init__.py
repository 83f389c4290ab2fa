"""The project file (no Qt): schema, atomic save, loading, validation, recovery, watching.

* ``project_file``: ``save`` (atomic, keeps ``path~``), strict ``load``/``read``
  (migrates older files; newer ones only with ``allow_newer``, then read-only).
* ``validation``: ``load_with_report``, the forgiving open: salvaged project + located report.
* ``migrations``: the chain from every released schema version to the current one.
* ``schema``: the on-disk shape and its JSON Schema (``project.schema.json``).
* ``recovery``: autosave copies in the user's data folder and what a crash left behind.
* ``watch``: fingerprints to notice that the open file changed on disk.
* ``atomic``, ``json_text``, ``semantics``: the machinery under the above.
"""
