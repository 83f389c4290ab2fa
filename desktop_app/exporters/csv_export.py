"""CSV export for R, pandas and Excel: one row per annotation and tag, and a codebook CSV.

By default the CSV is safe to open in a spreadsheet: a text cell that a spreadsheet would
run as a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``, a leading tab or carriage return)
is written with a leading apostrophe, which spreadsheets show as text. ``raw_csv`` writes
every cell exactly as it is, for R and pandas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from desktop_app.core.project import Project
from desktop_app.exporters.scope import ExportOptions, Scope, utc_iso

ANNOTATION_COLUMNS: tuple[str, ...] = (
    "annotation_id",
    "article_id",
    "article_title",
    "outlet",
    "tag",
    "tag_id",
    "quote",
    "note",
    "start",
    "end",
    "annotator",
    "created",
    "modified",
)
CODEBOOK_COLUMNS: tuple[str, ...] = (
    "code_id",
    "name",
    "color",
    "description",
    "shortcut",
    "parent_id",
    "parent",
)


def export(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """One row per annotation and tag (an untagged annotation gets one row, tag empty)."""
    rows: list[Sequence[object]] = []
    for annotation in scope.annotations(project):
        article = project.articles.get(annotation.article)
        annotator = project.annotators.get(annotation.annotator)
        tag_ids: Iterable[str | None] = annotation.tags or (None,)
        for tag_id in tag_ids:
            code = project.codes.get(tag_id)
            rows.append(
                (
                    annotation.id,
                    annotation.article,
                    article.title if article else "",
                    article.outlet if article else "",
                    code.name if code else "",
                    tag_id or "",
                    annotation.quote.exact,
                    annotation.note,
                    # An orphan's offsets select other words now: leave them empty.
                    "" if annotation.anchor == "orphaned" else annotation.start,
                    "" if annotation.anchor == "orphaned" else annotation.end,
                    annotator.name if annotator else "",
                    utc_iso(annotation.created),
                    utc_iso(annotation.modified),
                )
            )
    return _to_csv(ANNOTATION_COLUMNS, rows, options)


LINK_COLUMNS = (
    "link_id",
    "relation",
    "absence",
    "note",
    "annotator",
    "created",
    "a_annotation_id",
    "a_article_id",
    "a_article_title",
    "a_start",
    "a_end",
    "a_quote",
    "b_annotation_id",
    "b_article_id",
    "b_article_title",
    "b_start",
    "b_end",
    "b_quote",
    "b_codes",
)


def export_links(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """One row per link between two annotations in scope; ``absence`` is 1 for an absence
    (B is silent on passage A: B's end is an empty passage carrying the codes)."""
    from desktop_app.core.link_edits import ABSENT

    annotations = scope.annotations(project)
    ids = {annotation.id for annotation in annotations}
    rows: list[Sequence[object]] = []
    for link in project.links:
        if link.source not in ids or link.target not in ids:
            continue
        annotator = project.annotators.get(link.annotator)
        row: list[object] = [
            link.id,
            link.relation,
            1 if link.relation == ABSENT else 0,
            link.note,
            annotator.name if annotator else "",
            utc_iso(link.created),
        ]
        for end_id in (link.source, link.target):
            end = project.annotations[end_id]
            article = project.articles.get(end.article)
            orphan = end.anchor == "orphaned"
            row += [
                end.id,
                end.article,
                article.title if article else "",
                "" if orphan else end.start,
                "" if orphan else end.end,
                end.quote.exact,
            ]
        target = project.annotations[link.target]
        row.append("; ".join(project.codes[t].name for t in target.tags if t in project.codes))
        rows.append(row)
    return _to_csv(LINK_COLUMNS, rows, options)


def export_codebook(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The codebook in scope, one code per row, parents named and referenced by id."""
    rows = []
    for code in scope.codes(project):
        parent = project.codes.get(code.parent)
        rows.append(
            (
                code.id,
                code.name,
                code.color,
                code.description,
                code.shortcut,
                code.parent or "",
                parent.name if parent else "",
            )
        )
    return _to_csv(CODEBOOK_COLUMNS, rows, options)


#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """``cell``, with an apostrophe before text a spreadsheet would run as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _to_csv(
    header: Sequence[str], rows: Iterable[Sequence[object]], options: ExportOptions
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    if options.raw_csv:
        writer.writerows(rows)
    else:
        writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return ("\ufeff" if options.bom else "").encode() + buffer.getvalue().encode("utf-8")
