"""The Qt layer: the only package that imports PySide6. It adapts the core to widgets."""
