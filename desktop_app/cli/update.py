"""``parallax update PROJECT ARTICLE NEW-FILE``: give an article a new text, re-anchor, save."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import command, fail, locked, open_checked


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="project file to update")
    parser.add_argument("article", help="the article's id or its exact title")
    parser.add_argument("new_file", type=Path, help="the new version of the article's text")


@command(
    "update",
    "replace an article's text with a new version, place its annotations again, save, and "
    "print how many stayed exact, moved, were placed fuzzily or were orphaned",
    _arguments,
)
def _update(args: argparse.Namespace) -> int:
    with locked(args.project):
        return _update_locked(args)


def _update_locked(args: argparse.Namespace) -> int:
    from desktop_app.core.reanchor import replace_article_text
    from desktop_app.importers.registry import ImportFailed, read_file
    from desktop_app.storage.project_file import save

    project = open_checked(args.project, writing=True)
    matches = [a for a in project.articles if a.id == args.article or a.title == args.article]
    if len(matches) != 1:
        titles = "; ".join(f"{a.title} ({a.id})" for a in project.articles)
        problem = "no article" if not matches else f"{len(matches)} articles"
        return fail(f"{problem} with id or title {args.article!r}; the project has: {titles}")
    article = matches[0]
    try:
        imported = read_file(args.new_file, project)
    except ImportFailed as error:
        return fail(f"cannot import: {error}")
    if len(imported.articles) != 1:
        return fail(f"{args.new_file} holds {len(imported.articles)} articles, expected one")
    outcome = replace_article_text(project, article.id, imported.articles[0].text)
    outcome.edit.apply(project)
    try:
        save(project, args.project)
    except OSError as error:
        return fail(f"cannot save {args.project}: {error.strerror or error}")
    print(f"Updated “{article.title}”: {outcome.summary()}.")
    for result in outcome.results:
        if result.state in ("fuzzy", "orphaned"):
            quote = project.annotations[result.annotation_id].quote.exact
            shown = " ".join(quote.split())[:60]
            print(f"  {result.state}: “{shown}” (was {result.old_start}..{result.old_end})")
    return 0
