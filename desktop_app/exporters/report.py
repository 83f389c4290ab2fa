"""A readable report comparing articles per tag, in Markdown and standalone printable HTML.

For each tag, the passages of each article (side by side in HTML) with their notes; then
a table of counts and coverage (the share of an article's characters that a tag covers,
overlaps counted once) per article and tag. The HTML escapes everything, carries its own
print style and loads nothing from anywhere.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Article, Code
from desktop_app.exporters.scope import ExportOptions, Scope

UNTAGGED = "Notes without a tag"
#: Column key of the "all tags" total in :attr:`Report.counts`.
ALL_TAGS = ""


@dataclass
class TagSection:
    """The passages of one tag (None: untagged notes), grouped by article."""

    code: Code | None
    passages: dict[str, list[Annotation]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The tag's name, or the heading for untagged notes."""
        return self.code.name if self.code else UNTAGGED


@dataclass
class Report:
    """Everything a report shows, computed once for both renderings."""

    title: str
    scope_label: str
    articles: list[Article]
    sections: list[TagSection]
    #: (article id, code id or ALL_TAGS) -> (passages, characters covered)
    counts: dict[tuple[str, str], tuple[int, int]]

    @property
    def columns(self) -> list[tuple[str, str]]:
        """(heading, key) of the count table's columns: each tag, then all tags together."""
        codes = [(s.code.name, s.code.id) for s in self.sections if s.code]
        return [*codes, ("All tags", ALL_TAGS)]

    def cell(self, article: Article, key: str) -> str:
        """ "3 (4.2%)": passages and the share of the article's characters they cover."""
        count, chars = self.counts[article.id, key]
        return f"{count} ({share(chars, article)})"


def build(project: Project, scope: Scope) -> Report:
    """Gather the report's content."""
    articles = scope.articles(project)
    annotations = scope.annotations(project)
    codes = [c for c in scope.codes(project) if scope.tag_id in (None, c.id)]
    sections = {c.id: TagSection(c) for c in codes}
    untagged = TagSection(None)
    for annotation in annotations:
        for tag in annotation.tags:
            if tag in sections:
                sections[tag].passages.setdefault(annotation.article, []).append(annotation)
        if not annotation.tags and annotation.note:
            untagged.passages.setdefault(annotation.article, []).append(annotation)
    counts = {}
    for article in articles:
        tagged: dict[str, Annotation] = {}
        for code in codes:
            passages = sections[code.id].passages.get(article.id, [])
            tagged.update((a.id, a) for a in passages)
            placed = [a for a in passages if a.anchor != "orphaned"]
            counts[article.id, code.id] = (len(passages), covered(placed))
        placed = [a for a in tagged.values() if a.anchor != "orphaned"]
        counts[article.id, ALL_TAGS] = (len(tagged), covered(placed))
    ordered = list(sections.values()) + ([untagged] if untagged.passages else [])
    return Report(
        title=project.info.title or "Parallax project",
        scope_label=scope.label(project),
        articles=articles,
        sections=ordered,
        counts=counts,
    )


def covered(annotations: list[Annotation]) -> int:
    """Characters covered by the union of the annotations' spans."""
    total, reach = 0, 0
    for start, end in sorted((a.start, a.end) for a in annotations):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def share(characters: int, article: Article) -> str:
    """``characters`` as a percentage of the article's length."""
    return f"{100 * characters / len(article.text):.1f}%" if article.text else "0.0%"


def article_heading(article: Article) -> str:
    """Title, then outlet and date when known."""
    extra = ", ".join(part for part in (article.outlet, article.date) if part)
    return f"{article.title} ({extra})" if extra else article.title


# -- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_escape(text: str) -> str:
    """Text safe to put in Markdown: special characters backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_line(text: str) -> str:
    """Text safe on one Markdown line (a heading, a table cell): escaped, breaks as spaces.

    A line break inside a table cell or heading would end it and turn the rest into
    markup of its own (a new row, a paragraph).
    """
    return md_escape(" ".join(text.split()))


def _md_cell(annotation: Annotation) -> str:
    """One passage in a table cell: the quote, where it is, its note (cells hold no newlines)."""
    quote = md_escape(" ".join(annotation.quote.exact.split()))
    where = f"characters {annotation.start}–{annotation.end}"
    if annotation.anchor == "orphaned":
        where += ", orphaned: no longer found in the text"
    cell = f"“{quote}”<br><sub>{where}</sub>"
    if annotation.note:
        note = "<br>".join(md_escape(line) for line in annotation.note.split("\n"))
        cell += f"<br>*Note:* {note}"
    return cell


def _md_row(cells: list[str]) -> str:
    """One table row; a line break left in a cell would end the row, so it becomes <br>."""
    return "| " + " | ".join(_NEWLINES.sub("<br>", cell) for cell in cells) + " |"


_NEWLINES = re.compile(r"\r\n|[\r\n]")


def export_markdown(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The report as Markdown: per tag, a table with one column per article, side by side."""
    report = build(project, scope)
    lines = [f"# {md_line(report.title)}", "", f"Report on {md_line(report.scope_label)}.", ""]
    headings = [md_line(article_heading(article)) for article in report.articles]
    for section in report.sections:
        lines += [f"## {md_line(section.name)}", ""]
        if section.code and section.code.description:
            lines += [f"*{md_line(section.code.description)}*", ""]
        columns = [section.passages.get(article.id, []) for article in report.articles]
        lines += [_md_row(headings), "|" + " --- |" * len(headings)]
        depth = max((len(column) for column in columns), default=0)
        if depth == 0:
            lines.append(_md_row(["No passages."] * len(headings)))
        for row in range(depth):
            lines.append(_md_row([_md_cell(c[row]) if row < len(c) else "" for c in columns]))
        lines.append("")
    lines += ["## Counts and coverage", ""]
    header = ["Article", *[md_line(name) for name, _ in report.columns]]
    lines += [_md_row(header), "|" + " --- |" * len(header)]
    for article in report.articles:
        cells = [md_line(article.title), *[report.cell(article, k) for _, k in report.columns]]
        lines.append(_md_row(cells))
    lines += ["", "Each cell: passages (share of the article's characters they cover)."]
    links = _links(project, scope)
    if links:
        lines += ["", "## Links", "", _md_row(["Passage", "Relation", "Passage", "Note"])]
        lines.append("|" + " --- |" * 4)
        for first, relation, second, note in links:
            lines.append(
                _md_row([md_escape(first), md_escape(relation), md_escape(second), md_escape(note)])
            )
    return ("\n".join(lines) + "\n").encode("utf-8")


def _links(project: Project, scope: Scope) -> list[tuple[str, str, str, str]]:
    """Links between passages in scope: (passage A, relation, passage B, note); an
    absence's empty end reads "(silent here: codes)"."""
    from desktop_app.core.link_edits import ABSENT

    ids = {annotation.id for annotation in scope.annotations(project)}
    rows = []
    for link in project.links:
        if link.source not in ids or link.target not in ids:
            continue
        ends = []
        for end_id in (link.source, link.target):
            end = project.annotations[end_id]
            title = project.articles[end.article].title if end.article in project.articles else ""
            if end.start == end.end:
                codes = ", ".join(project.codes[t].name for t in end.tags if t in project.codes)
                quote = f"(silent here: {codes})" if codes else "(silent here)"
            else:
                quote = f"“{end.quote.exact}”"
            ends.append(f"{quote} — {title}")
        relation = "absent (the second is silent)" if link.relation == ABSENT else link.relation
        rows.append((ends[0], relation, ends[1], link.note))
    return rows


# -- HTML --------------------------------------------------------------------------------

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 72rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.5; color: #222; }
h1, h2, h3 { font-family: 'Helvetica Neue', Arial, sans-serif; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em;
  margin-right: .4em; vertical-align: baseline; }
.columns { display: grid; grid-template-columns: repeat(var(--n), minmax(0, 1fr)); gap: 1.5rem; }
.columns h3 { font-size: 1rem; margin: .5rem 0; }
blockquote { margin: .6rem 0 .2rem; padding: .2rem .8rem; border-left: 4px solid var(--c);
  background: #f7f7f5; white-space: pre-wrap; }
.where, .empty { font-size: .8rem; color: #666; }
.note { font-size: .9rem; margin: .2rem 0 .8rem .8rem; white-space: pre-wrap; }
table { border-collapse: collapse; margin-top: 1rem; }
th, td { border: 1px solid #bbb; padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  blockquote, .note, tr { break-inside: avoid; }
  blockquote { background: none; }
  .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def export_html(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The report as one standalone HTML page."""
    report = build(project, scope)
    language = next((a.language for a in report.articles if a.language), "en")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(report.title)}</h1>",
        f"<p>Report on {_e(report.scope_label)}.</p>",
    ]
    columns = len(report.articles) or 1
    for section in report.sections:
        colour = section.code.color if section.code else "#999999"
        out.append(f'<section style="--c: {_e(colour)}">')
        out.append(
            f'<h2><span class="swatch" style="background: {_e(colour)}"></span>'
            f"{_e(section.name)}</h2>"
        )
        if section.code and section.code.description:
            out.append(f"<p><em>{_e(section.code.description)}</em></p>")
        out.append(f'<div class="columns" style="--n: {columns}">')
        for article in report.articles:
            out.append(f'<div dir="auto"><h3>{_e(article_heading(article))}</h3>')
            passages = section.passages.get(article.id, [])
            if not passages:
                out.append('<p class="empty">No passages.</p>')
            for annotation in passages:
                out.append(f"<blockquote>{_e(annotation.quote.exact)}</blockquote>")
                where = f"Characters {annotation.start}–{annotation.end}"
                if annotation.anchor == "orphaned":
                    where += " (orphaned: no longer found in the text)"
                out.append(f'<div class="where">{_e(where)}</div>')
                if annotation.note:
                    out.append(f'<p class="note">{_e(annotation.note)}</p>')
            out.append("</div>")
        out.append("</div>")
        out.append("</section>")
    out += _html_table(report)
    links = _links(project, scope)
    if links:
        out += ["<h2>Links</h2>", "<table>"]
        out.append("<tr><th>Passage</th><th>Relation</th><th>Passage</th><th>Note</th></tr>")
        for cells in links:
            out.append("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in cells) + "</tr>")
        out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def _html_table(report: Report) -> list[str]:
    out = ["<section>", "<h2>Counts and coverage</h2>", "<table>", "<thead><tr><th>Article</th>"]
    out += [f"<th>{_e(name)}</th>" for name, _ in report.columns]
    out.append("</tr></thead><tbody>")
    for article in report.articles:
        out.append(f"<tr><th>{_e(article.title)}</th>")
        for _, key in report.columns:
            out.append(f'<td class="number">{_e(report.cell(article, key))}</td>')
        out.append("</tr>")
    out += [
        "</tbody></table>",
        "<p>Each cell: passages (share of the article's characters they cover).</p>",
        "</section>",
    ]
    return out
