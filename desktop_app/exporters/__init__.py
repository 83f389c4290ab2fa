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
from desktop_app.exporters.scope import RAW_CSV_HELP, ExportError, ExportOptions, Scope

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
        """Export ``project`` restricted to ``scope``.

        A lone surrogate (text no file can hold) is written as U+FFFD, so no export fails
        with an encoding error.
        """
        from desktop_app.core.surrogates import scrub_project

        return self.function(scrub_project(project)[0], scope, options)


EXPORTERS: dict[str, ExportFormat] = {
    "w3c": ExportFormat("W3C Web Annotation collection (JSON-LD)", ".jsonld", "w3c"),
    "qdpx": ExportFormat("REFI-QDA project (NVivo, ATLAS.ti, MAXQDA…)", ".qdpx", "refi_qdpx"),
    "qdc": ExportFormat("REFI-QDA codebook", ".qdc", "refi_qdc"),
    "csv": ExportFormat("CSV, one row per annotation and tag", ".csv", "csv_export"),
    "codebook-csv": ExportFormat("CSV codebook", ".csv", "csv_export", "export_codebook"),
    "links-csv": ExportFormat(
        "CSV, one row per link (absences flagged)", ".csv", "csv_export", "export_links"
    ),
    "md": ExportFormat("Report (Markdown)", ".md", "report", "export_markdown"),
    "compare-html": ExportFormat(
        "Comparison per code of the first two articles (HTML, SVG charts)",
        ".html",
        "compare_html",
    ),
    "html": ExportFormat("Report (printable HTML)", ".html", "report", "export_html"),
}


def suggested_file_name(project: Project, scope: Scope, format_id: str) -> str:
    """A file name for an export: project title, scope, the format's extension.

    Characters that are unsafe in file names on any common system are replaced.
    """
    import re

    parts = [project.info.title or "Parallax export"]
    if scope.article_id and scope.article_id in project.articles:
        parts.append(project.articles[scope.article_id].title)
    if scope.tag_id and scope.tag_id in project.codes:
        parts.append(project.codes[scope.tag_id].name)
    if format_id == "codebook-csv":
        parts.append("codebook")
    joined = " - ".join(part[:60].strip() for part in parts)
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", joined).strip(" .")
    return (stem or "export") + EXPORTERS[format_id].extension


__all__ = [
    "EXPORTERS",
    "RAW_CSV_HELP",
    "ExportError",
    "ExportFormat",
    "ExportFunction",
    "ExportOptions",
    "Scope",
    "suggested_file_name",
]
