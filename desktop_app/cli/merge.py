"""``parallax merge OUT.json FILE…`` (collect into one file), ``--driver %O %A %B`` for git."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.base import command, fail, open_checked

if TYPE_CHECKING:
    from desktop_app.core.classroom.ids import Conflict
    from desktop_app.core.project import Project


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        type=Path,
        nargs="+",
        metavar="PATH",
        help="OUT.json FILE…, or with --driver: %%O %%A %%B",
    )
    parser.add_argument(
        "--driver",
        action="store_true",
        help="git merge driver: three-way merge of BASE OURS THEIRS, written to OURS",
    )


@command(
    "merge",
    "collect project files into one (articles by SHA-256, records by id; nothing dropped)",
    _arguments,
)
def _merge(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths
    if args.driver:
        if len(paths) != 3:
            return fail("merge --driver takes three files: BASE OURS THEIRS (git's %O %A %B)", 2)
        return _driver(*paths)
    if len(paths) < 2:
        return fail("merge takes the file to write and at least one file to collect", 2)
    return _collect(paths[0], paths[1:])


def _report(conflicts: list[Conflict]) -> int:
    for conflict in conflicts:
        print(f"parallax: conflict: {conflict.describe()}", file=sys.stderr)
    return 1 if conflicts else 0


def _driver(base_path: Path, ours_path: Path, theirs_path: Path) -> int:
    from desktop_app.core.classroom.three_way import merge_three_way
    from desktop_app.core.project import Project
    from desktop_app.storage.atomic import write_atomic
    from desktop_app.storage.project_file import encode

    sides: list[Project] = []
    for path in (base_path, ours_path, theirs_path):
        if path is base_path and path.exists() and path.stat().st_size == 0:
            sides.append(Project())  # both sides added the file: no common ancestor
            continue
        project = _read_for_merge(path)
        if project is None:
            return 2
        sides.append(project)
    merged = merge_three_way(*sides)
    try:
        write_atomic(ours_path, encode(merged.project), keep_backup=False)
    except OSError as error:
        return fail(f"cannot write {ours_path}: {error.strerror or error}", 2)
    return _report(merged.conflicts)


def _read_for_merge(path: Path) -> Project | None:
    """A side of a git merge, repaired if need be; None (after saying why) if unusable."""
    from desktop_app.storage.validation import load_with_report

    project, report = load_with_report(path)
    if project is None:
        print(report.format(), file=sys.stderr)
        fail(f"cannot merge: {path} is not a readable Parallax project")
        return None
    if report.read_only:
        fail(f"cannot merge: {path} was written by a newer Parallax")
        return None
    if report.problems:
        print(report.format(), file=sys.stderr)
    return project


def _collect(output: Path, files: list[Path]) -> int:
    from desktop_app.core.classroom.collect import Incoming, collect
    from desktop_app.storage.project_file import save

    incoming = []
    for path in files:
        project = open_checked(path, writing=False)
        if project is None:
            return 2
        incoming.append(Incoming(path.name, project))
    if output.exists():
        target = open_checked(output, writing=True)
        if target is None:
            return 2
    else:
        target = _new_collection(incoming[0].project)
    collected = collect(target, incoming)
    if collected.edit is not None:
        collected.edit.apply(target)
    try:
        save(target, output)
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}", 2)
    added = ", ".join(f"{n} {section}" for section, n in sorted(collected.added.items()))
    print(f"Collected {len(files)} files into {output}: {added or 'nothing new'}.")
    for name in collected.extra_codes:
        print(f"New code from a file: {name}")
    return _report(collected.conflicts)


def _new_collection(first: Project) -> Project:
    """An empty project with the first file's codebook and assignment (as the teacher's)."""
    import msgspec

    from desktop_app.core.project import Project
    from desktop_app.core.records import ProjectInfo, new_id, utc_now

    now = utc_now()
    assignment = first.assignment
    if assignment is not None:
        assignment = msgspec.structs.replace(
            assignment, student_copy=False, reference_annotator=None
        )
    info = ProjectInfo(id=new_id(), title=first.info.title, created=now, modified=now)
    return Project(info=info, codes=list(first.codes), assignment=assignment)
