"""``parallax new PROJECT.json [ARTICLE …]``: write a new project file headlessly."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import command, fail, locked
from desktop_app.core.new_records import default_annotator_name
from desktop_app.core.wording import counted


def _new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="project file to write (JSON)")
    parser.add_argument(
        "articles", type=Path, nargs="*", help="plain-text articles (default: the samples)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing project file")


@command(
    "new",
    "write a new project file (the sample articles unless articles are named)",
    _new_arguments,
)
def _new(args: argparse.Namespace) -> int:
    with locked(args.project):
        return _new_locked(args)


def _new_locked(args: argparse.Namespace) -> int:
    from desktop_app.core.new_records import new_project
    from desktop_app.importers.base import ImportFailed
    from desktop_app.importers.plain_text import read_article
    from desktop_app.importers.samples import sample_articles
    from desktop_app.storage.project_file import save

    target: Path = args.project
    if target.exists() and not args.force:
        return fail(f"{target} already exists (use --force to overwrite it)")
    try:
        articles = [read_article(p) for p in args.articles] if args.articles else sample_articles()
    except (OSError, ImportFailed) as error:
        return fail(f"cannot import: {error}")
    project = new_project(articles, annotator_name=default_annotator_name())
    try:
        save(project, target)
    except OSError as error:
        return fail(f"cannot write {target}: {error.strerror or error}")
    print(f"Wrote {target} with {counted(len(articles), 'article')}.")
    return 0
