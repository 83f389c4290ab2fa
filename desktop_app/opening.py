"""What the window opens first (a project file, importable articles or the samples), without Qt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.storage.watch import DiskState


class Opening(msgspec.Struct):
    """The first project and what is known about its file (nothing for new projects)."""

    project: Project
    path: Path | None = None
    disk_state: DiskState | None = None
    read_only: bool = False
    schema_version: int | None = None
    #: Problems with the files named, told once the window is up.
    problems: list[str] = msgspec.field(default_factory=list)


def project_argument(args: Sequence[str]) -> Path | None:
    """The project file named on the command line, if the only argument is one."""
    if len(args) == 1 and Path(args[0]).suffix.lower() == ".json":
        return Path(args[0])
    return None


def first_opening(args: Sequence[str]) -> Opening:
    """The project to show first: the file named, the articles named, or the samples.

    Pure Python, so the app builds it before importing Qt (and before Qt watches every
    import). Modules are imported only for the case at hand: starting on the samples loads
    no importer and no validator.
    """
    from desktop_app.importers.samples import sample_project

    if (path := project_argument(args)) is not None:
        from desktop_app.storage.validation import load_with_report

        project, report = load_with_report(path)
        if project is None or report.problems:
            # The app opens it again once the window is up, showing the report or the error.
            return Opening(sample_project())
        return Opening(
            project,
            path,
            disk_state=report.disk_state,
            read_only=report.read_only,
            schema_version=report.schema_version,
        )
    if args:
        from desktop_app.core.merge import merge_imported
        from desktop_app.core.new_records import default_annotator_name, new_project
        from desktop_app.importers.registry import ImportFailed, importer_for

        problems: list[str] = []
        project = new_project([], annotator_name=default_annotator_name())
        for named in map(Path, args):
            try:
                bundle = importer_for(named).read(named, project)
            except ImportFailed as error:
                problems.append(str(error))
                continue
            edit = merge_imported(project, bundle)
            if edit is not None:
                edit.apply(project)
        if len(project.articles):
            return Opening(project, problems=problems)
        return Opening(sample_project(), problems=problems)
    return Opening(sample_project())
