"""Files: import, export, article details and list, safe saves, autosave, disk changes."""
