"""``parallax update PROJECT ARTICLE NEW-FILE``: give an article a new text, re-anchor, save."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.base import command, fail, locked, open_checked

if TYPE_CHECKING:
    from desktop_app.core.reanchor import AnchorResult


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="project file to update")
    parser.add_argument("article", help="the article's id or its exact title")
    parser.add_argument("new_file", type=Path, help="the new version of the article's text")


@command(
    "update",
    "replace an article's text with a new version, place its annotations again, save, print "
    "how many stayed exact, moved, were placed fuzzily, need review or were orphaned, and "
    "list each one that moved more than a paragraph, is fuzzy, needs review or is orphaned",
    _arguments,
)
def _update(args: argparse.Namespace) -> int:
    with locked(args.project):
        return _update_locked(args)


def _update_locked(args: argparse.Namespace) -> int:
    from desktop_app.core.text_update import update_article_text
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
    old_quotes = {a.id: a.quote.exact for a in project.annotations_of(article.id)}
    rejected = [r for r in project.rejections if article.id in (r.article_a, r.article_b)]
    outcome = update_article_text(project, article.id, imported.articles[0].text)
    outcome.edit.apply(project)
    try:
        save(project, args.project)
    except OSError as error:
        return fail(f"cannot save {args.project}: {error.strerror or error}")
    print(f"Updated “{article.title}”: {outcome.summary()}.")
    if rejected:
        dropped = sum(1 for r in rejected if r.id not in project.rejections)
        print(
            f"Rejected compare suggestions: {len(rejected) - dropped} kept with the text, "
            f"{dropped} dropped (their passage is gone)."
        )
    text = project.articles[article.id].text
    for result in outcome.results:
        headline = _headline(result)
        if headline is None:
            continue
        placement = result.placement
        print(f"  {headline}: “{_shown(old_quotes.get(result.annotation_id, ''))}”")
        print(f"      was {result.old_start}..{result.old_end}", end="")
        if not placement.placed:
            print("; not found in the new text, kept as an orphan")
            continue
        before = text[max(0, placement.start - AROUND) : placement.start]
        after = text[placement.end : placement.end + AROUND]
        passage = text[placement.start : placement.end]
        print(f", now {placement.start}..{placement.end}")
        print(f"      …{_shown(before, tail=True)}[{_shown(passage)}]{_shown(after)}…")
    return 0


#: Code points of new text shown on either side of a listed passage.
AROUND = 40
#: Longest quote shown (longer ones are cut in the middle).
LONGEST = 80


def _headline(result: AnchorResult) -> str | None:
    """What to call a result worth listing, or None for one that is not."""
    if result.state == "review":
        return "needs review"
    if result.state in ("fuzzy", "orphaned"):
        return result.state
    if result.paragraphs_moved > 1:
        return f"moved {result.paragraphs_moved} paragraphs"
    return None


def _shown(text: str, *, tail: bool = False) -> str:
    """``text`` on one line, white space collapsed, cut to :data:`LONGEST` code points."""
    flat = re.sub(r"\s+", " ", text)
    if len(flat) <= LONGEST:
        return flat
    if tail:
        return "…" + flat[-LONGEST:]
    half = LONGEST // 2
    return f"{flat[:half]}…{flat[-half:]}"
