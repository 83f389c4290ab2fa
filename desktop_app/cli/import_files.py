"""``parallax import PROJECT FILE…``: add articles (and annotation files) to a project.

Every file goes through ``importers.registry.read_file`` and ``core.merge.merge_imported``,
the path the app's File ▸ Import takes. A file that fails is reported on stderr with its
reason and the others are still imported; the project is saved once at the end when
anything was added, and the exit status is 1 if any file failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.base import command, fail, locked, open_checked
from desktop_app.core.new_records import default_annotator_name

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.importers.registry import Imported


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "project", type=Path, help="project file (JSON); created without articles if missing"
    )
    parser.add_argument(
        "files",
        type=Path,
        nargs="+",
        help="files to import: .txt, .md, .html/.htm, .docx, .pdf, .epub (and annotation "
        "files the app can import)",
    )


@command(
    "import",
    "import articles (text, Markdown, web pages, Word, PDF, EPUB) and annotation files into a "
    "project; exit 1 if any file failed (the others are still imported)",
    _arguments,
)
def _import(args: argparse.Namespace) -> int:
    with locked(args.project):
        return _import_locked(args)


def _import_locked(args: argparse.Namespace) -> int:
    from desktop_app.core.edits import Insert
    from desktop_app.core.merge import already_present, merge_imported
    from desktop_app.core.new_records import new_project
    from desktop_app.core.project import Project
    from desktop_app.importers.registry import ImportFailed, read_file
    from desktop_app.storage.project_file import save

    target: Path = args.project
    created = not target.exists()
    if created:
        # A project made by an import takes the imported codebook: the default codes come
        # in only if no file brings any (else they would take over codes of the same name).
        starter = new_project([], annotator_name=default_annotator_name())
        project = Project(info=starter.info, annotators=list(starter.annotators))
    else:
        project = open_checked(target, writing=True)
    failures = 0
    changed = False
    for path in args.files:
        try:
            bundle = read_file(path, project)
        except ImportFailed as error:
            failures += 1
            print(f"parallax: cannot import {error}", file=sys.stderr)
            continue
        known = already_present(project, bundle)
        if known:
            bundle.warnings.append(
                f"{known} annotation(s) were already in the project (same article, passage and "
                "codes) and were not added again"
            )
        edit = merge_imported(project, bundle, label=f"Import {path.name}")
        if edit is None:
            for warning in bundle.warnings:
                print(f"parallax: {path.name}: {warning}", file=sys.stderr)
            print(f"{path}: nothing new to import")
            continue
        edit.apply(project)
        changed = True
        print(f"{path}: {describe(bundle, project)}")
        for warning in bundle.warnings:
            print(f"  warning: {warning}")
    if created and not len(project.codes):
        for code in starter.codes:
            Insert("Default codebook", code).apply(project)
    if changed:
        try:
            save(project, target)
        except OSError as error:
            return fail(f"cannot write {target}: {error.strerror or error}")
        print(f"{'Created' if created else 'Saved'} {target}.")
    if failures:
        plural = "s" if failures != 1 else ""
        return fail(f"{failures} file{plural} of {len(args.files)} could not be imported")
    return 0


def describe(bundle: Imported, project: Project) -> str:
    """One line saying what a bundle brought: each article with its title and size."""
    from desktop_app.importers.article_formats import format_name

    parts: list[str] = []
    for article in bundle.articles:
        same_text = [
            other.title
            for other in project.articles
            if other.sha256 == article.sha256 and other.id != article.id
        ]
        detail = f"“{article.title}” ({len(article.text):,} characters"
        detail += f", {format_name(article.source_format)})" if article.source_format else ")"
        if same_text:
            detail += f" — same text as “{same_text[0]}”"
        parts.append(f"article {detail}")
    for label, records in (
        ("code", bundle.codes),
        ("annotator", bundle.annotators),
        ("annotation", bundle.annotations),
    ):
        if records:
            parts.append(f"{len(records)} {label}{'s' if len(records) != 1 else ''}")
    return "; ".join(parts) or "nothing to import"
