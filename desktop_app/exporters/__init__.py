"""Writing a project to the formats other tools read: the registry the UI and CLI share.

:data:`EXPORTERS` maps a format id to an :class:`ExportFormat`: a label for people, the
usual file extension, and a pure function ``(project, scope, options) -> bytes``. Each
format's module is imported only when that format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.project import Project
from desktop_app.exporters.scope import ExportError, ExportOptions, Scope

ExportFunction = Callable[[Project, Scope, ExportOptions], bytes]


@dataclass(frozen=True)
class ExportFormat:
    """One output format."""

    label: str
    extension: str
    module: str
    function_name: str = "export"

    @property
    def function(self) -> ExportFunction:
        """The exporting function (imports its module on first use)."""
        module = importlib.import_module(f"desktop_app.exporters.{self.module}")
        function: ExportFunction = getattr(module, self.function_name)
        return function

    def export(self, project: Project, scope: Scope, options: ExportOptions) -> bytes:
        """Export ``project`` restricted to ``scope``."""
        return self.function(project, scope, options)


EXPORTERS: dict[str, ExportFormat] = {
    "w3c": ExportFormat("W3C Web Annotation collection (JSON-LD)", ".jsonld", "w3c"),
    "qdpx": ExportFormat("REFI-QDA project (NVivo, ATLAS.ti, MAXQDA…)", ".qdpx", "refi_qdpx"),
    "qdc": ExportFormat("REFI-QDA codebook", ".qdc", "refi_qdc"),
    "csv": ExportFormat("CSV, one row per annotation and tag", ".csv", "csv_export"),
    "codebook-csv": ExportFormat("CSV codebook", ".csv", "csv_export", "export_codebook"),
    "md": ExportFormat("Report (Markdown)", ".md", "report", "export_markdown"),
    "html": ExportFormat("Report (printable HTML)", ".html", "report", "export_html"),
}

__all__ = ["EXPORTERS", "ExportError", "ExportFormat", "ExportFunction", "ExportOptions", "Scope"]
