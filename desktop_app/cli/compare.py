"""``parallax compare``: align two articles (of a project, or two files) and report it.

``parallax compare PROJECT.json [A B]`` compares two of the project's articles (by id or
exact title; the first two without them); ``parallax compare A.txt B.txt`` imports two
article files as ``parallax import`` would, without writing any project. The comparison
goes to ``-o OUT`` (or standard output) as JSON, Markdown or HTML, and a one-line summary
is printed (on standard error when the comparison itself goes to standard output).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.base import command, fail, open_checked

if TYPE_CHECKING:
    from typing import TypeAlias

    from desktop_app.core.compare.model import Comparison
    from desktop_app.core.project import Project
    from desktop_app.core.records import Article
    from desktop_app.core.rejections import Spans

    #: Two articles to compare and the pairs the reader turned down for them.
    Compared: TypeAlias = tuple[Article, Article, frozenset[Spans]]

FORMATS = ("json", "md", "html")


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PROJECT.json [A B] | A-FILE B-FILE",
        help="a project file and optionally two of its articles (id or exact title), or two "
        "article files (.txt, .md, .html, .docx, .pdf, .epub)",
    )
    parser.add_argument("--format", "-f", choices=FORMATS, default="json", dest="format_id")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: print it)")


@command(
    "compare",
    "compare two articles: aligned passages with their relation, shared quotes, and what "
    "each leaves out, as JSON or a Markdown/HTML report",
    _arguments,
)
def _compare(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs
    first = Path(inputs[0])
    if first.suffix.lower() == ".json":
        if len(inputs) not in (1, 3):
            return fail("give a project and two of its articles, or only the project")
        articles = _project_articles(first, inputs[1:])
    elif len(inputs) == 2:
        articles = _file_articles([Path(name) for name in inputs])
    else:
        return fail(
            "give a project file (.json) with optional two articles, or exactly two article files"
        )
    if articles is None:
        return 1
    return _write(args, *articles)


def _project_articles(path: Path, names: list[str]) -> Compared | None:
    project = open_checked(path, writing=False)
    if project is None:
        return None
    pair = _chosen_articles(project, path, names)
    if pair is None:
        return None
    from desktop_app.core.rejections import rejected_pairs

    rejected = frozenset(rejected_pairs(project, pair[0].id, pair[1].id))
    return pair[0], pair[1], rejected


def _chosen_articles(
    project: Project, path: Path, names: list[str]
) -> tuple[Article, Article] | None:
    if not names:
        listed = list(project.articles)
        if len(listed) < 2:
            fail(f"{path} has {len(listed)} article(s); a comparison needs two")
            return None
        return listed[0], listed[1]
    found: list[Article] = []
    for name in names:
        article = project.articles.get(name) or next(
            (a for a in project.articles if a.title == name), None
        )
        if article is None:
            titles = "; ".join(a.title for a in project.articles) or "none"
            fail(f"no article {name!r} in {path} (articles: {titles})")
            return None
        found.append(article)
    return found[0], found[1]


def _file_articles(paths: list[Path]) -> Compared | None:
    from desktop_app.core.new_records import default_annotator_name, new_project
    from desktop_app.importers.registry import ImportFailed, read_file

    scratch = new_project([], annotator_name=default_annotator_name())
    found: list[Article] = []
    for path in paths:
        try:
            bundle = read_file(path, scratch)
        except ImportFailed as error:
            fail(f"cannot import {error}")
            return None
        if not bundle.articles:
            fail(f"{path} holds no article to compare")
            return None
        found.append(bundle.articles[0])
    return found[0], found[1], frozenset()


def _without_rejected(comparison: Comparison, rejected: frozenset[Spans]) -> Comparison:
    """The comparison less the suggested pairs that the reader turned down in the project."""
    from desktop_app.core.rejections import turned_down

    spans = [(p.a.start, p.a.end, p.b.start, p.b.end) for p in comparison.pairs]
    hidden = turned_down(rejected, spans)
    if not hidden:
        return comparison
    kept = tuple(pair for index, pair in enumerate(comparison.pairs) if index not in hidden)
    return replace(comparison, pairs=kept)


def _write(
    args: argparse.Namespace, article_a: Article, article_b: Article, rejected: frozenset[Spans]
) -> int:
    from desktop_app.core.compare import compare_texts
    from desktop_app.core.wording import counted
    from desktop_app.exporters.comparison_report import (
        ComparedArticle,
        summary,
        to_html,
        to_json,
        to_markdown,
    )

    found = compare_texts(article_a.text, article_b.text)
    comparison = _without_rejected(found, rejected)
    left_out = len(found.pairs) - len(comparison.pairs)
    a = ComparedArticle(article_a.id, article_a.title, article_a.sha256)
    b = ComparedArticle(article_b.id, article_b.title, article_b.sha256)
    render = {"json": to_json, "md": to_markdown, "html": to_html}[args.format_id]
    data = render(comparison, a, b)
    line = f"{article_a.title} / {article_b.title}: {summary(comparison)}"
    if left_out:
        line += f"; {counted(left_out, 'rejected suggestion')} left out"
    output: Path | None = args.output
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        print(line, file=sys.stderr)
        return 0
    if output.is_dir():
        return fail(f"{output} is a folder; name the file to write")
    from desktop_app.storage.atomic import write_atomic

    try:
        write_atomic(output, data, keep_backup=False)
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    print(line)
    return 0
