"""``parallax export PROJECT.json --format FMT -o OUT``: headless export, any registered format."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import command, fail, open_checked

FORMAT_IDS = (
    "w3c",
    "qdpx",
    "qdc",
    "csv",
    "codebook-csv",
    "links-csv",
    "md",
    "html",
    "compare-html",
)


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="the project file (JSON)")
    parser.add_argument("--format", "-f", required=True, choices=FORMAT_IDS, dest="format_id")
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    parser.add_argument("--article", help="only this article (its id or its exact title)")
    parser.add_argument("--tag", help="only passages with this tag (its name or id)")
    parser.add_argument(
        "--bom", action="store_true", help="start CSV with a byte-order mark (for Excel)"
    )
    from desktop_app.exporters.scope import RAW_CSV_HELP

    parser.add_argument("--raw", action="store_true", help=f"CSV formats: {RAW_CSV_HELP}")


@command(
    "export",
    "export annotations to W3C, REFI-QDA (QDPX/QDC), CSV or a Markdown/HTML report",
    _arguments,
)
def _export(args: argparse.Namespace) -> int:
    from desktop_app.exporters import EXPORTERS, ExportError, ExportOptions, Scope
    from desktop_app.storage.atomic import write_atomic

    project = open_checked(args.project, writing=False)
    article_id = tag_id = None
    if args.article is not None:
        article = project.articles.get(args.article) or next(
            (a for a in project.articles if a.title == args.article), None
        )
        if article is None:
            return fail(f"no article {args.article!r} in {args.project}")
        article_id = article.id
    if args.tag is not None:
        code = project.codes.get(args.tag) or project.code_by_name(args.tag)
        if code is None:
            names = ", ".join(c.name for c in project.codes) or "none"
            return fail(f"no tag {args.tag!r} in {args.project} (tags: {names})")
        tag_id = code.id
    exporter = EXPORTERS[args.format_id]
    try:
        data = exporter.export(
            project, Scope(article_id, tag_id), ExportOptions(bom=args.bom, raw_csv=args.raw)
        )
    except ExportError as error:
        return fail(f"cannot export: {error}")
    output: Path = args.output
    if output.is_dir():
        return fail(f"{output} is a folder; name the file to write")
    try:
        write_atomic(output, data, keep_backup=False)
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    print(f"Wrote {output} ({exporter.label}, {len(data):,} bytes).")
    return 0
