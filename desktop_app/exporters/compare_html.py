"""The per-code comparison of two articles as one HTML page with pure SVG charts (headless).

Grouped bars of coverage per code (A solid, B hatched: told apart without colour), a
strip per code and article showing where its passages fall, the figures in a table and a
plain summary. No plotting library: the SVG is written by hand, small and exact.
"""

from __future__ import annotations

from html import escape

from desktop_app.core.project import Project
from desktop_app.core.tag_comparison import TagComparison, compare_tags
from desktop_app.exporters.scope import ExportError, ExportOptions, Scope

BAR_WIDTH = 26
GROUP_GAP = 30
CHART_HEIGHT = 180
STRIP_WIDTH = 360


def _e(text: str) -> str:
    return escape(text, quote=True)


def bars_svg(comparison: TagComparison) -> str:
    """Grouped bars: coverage of each code in A (solid) and B (hatched), with a 0–100 % axis
    scaled to the largest share shown."""
    rows = comparison.rows
    top = max([0.05, *(max(r.a.coverage, r.b.coverage) for r in rows)])
    left, bottom = 44, CHART_HEIGHT - 40
    width = left + len(rows) * (2 * BAR_WIDTH + GROUP_GAP) + 20
    scale = (bottom - 16) / top
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{CHART_HEIGHT}" '
        f'viewBox="0 0 {width} {CHART_HEIGHT}" role="img" '
        f'aria-label="Coverage per code, A against B">',
        "<defs>",
    ]
    for i, row in enumerate(rows):
        out.append(
            f'<pattern id="h{i}" width="6" height="6" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
            f'<rect width="3" height="6" fill="{_e(row.colour)}"/></pattern>'
        )
    out.append("</defs>")
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#555"/>')
    for k in range(3):
        share = top * k / 2
        y = bottom - share * scale
        out.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'font-family="sans-serif">{share:.0%}</text>'
        )
    for i, row in enumerate(rows):
        x = left + 10 + i * (2 * BAR_WIDTH + GROUP_GAP)
        for j, (figures, fill) in enumerate(((row.a, _e(row.colour)), (row.b, f"url(#h{i})"))):
            height = figures.coverage * scale
            label = f"{'A' if j == 0 else 'B'}: {row.name} {figures.coverage:.0%}"
            out.append(
                f'<rect x="{x + j * BAR_WIDTH}" y="{bottom - height:.1f}" width="{BAR_WIDTH - 4}" '
                f'height="{height:.1f}" fill="{fill}" stroke="{_e(row.colour)}">'
                f"<title>{_e(label)}</title></rect>"
            )
            out.append(
                f'<text x="{x + j * BAR_WIDTH + (BAR_WIDTH - 4) / 2}" y="{bottom + 14}" '
                f'font-size="11" text-anchor="middle" font-family="sans-serif">'
                f"{'A' if j == 0 else 'B'}</text>"
            )
        out.append(
            f'<text x="{x + BAR_WIDTH - 2}" y="{bottom + 30}" font-size="12" '
            f'text-anchor="middle" font-family="sans-serif">{_e(row.name)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def strip_svg(positions: tuple[tuple[float, float], ...], colour: str, label: str) -> str:
    """Where a code's passages fall along an article: marks on a thin bar."""
    marks = "".join(
        f'<rect x="{start * STRIP_WIDTH:.1f}" y="1" '
        f'width="{max(1.5, (end - start) * STRIP_WIDTH):.1f}" height="12" fill="{_e(colour)}"/>'
        for start, end in positions
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{STRIP_WIDTH}" height="14" '
        f'role="img" aria-label="{_e(label)}"><rect width="{STRIP_WIDTH}" height="14" '
        f'fill="#f1efea" stroke="#c9c5bc"/>{marks}</svg>'
    )


def render(comparison: TagComparison) -> str:
    """The whole page."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>Comparison per code: {_e(comparison.title_a)} / {_e(comparison.title_b)}</title>",
        "<style>body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;color:#1d1f23}"
        "table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;"
        "text-align:left}td.n{text-align:right}</style>",
        "</head>",
        "<body>",
        "<h1>Comparison per code</h1>",
        f"<p><b>A</b>: {_e(comparison.title_a)}<br><b>B</b>: {_e(comparison.title_b)}</p>",
        f'<p class="summary">{_e(comparison.summary())}</p>',
        "<h2>Coverage per code</h2>",
        bars_svg(comparison),
        "<h2>Figures and where each code falls</h2>",
        "<table><tr><th>Code</th><th>Article</th><th>Passages</th><th>Coverage</th>"
        "<th>Absences</th><th>Position in the article</th></tr>",
    ]
    for row in comparison.rows:
        for side, figures in (("A", row.a), ("B", row.b)):
            label = f"{row.name} in {side}"
            out.append(
                f"<tr><td>{_e(row.name)}</td><td>{side}</td><td class=n>{figures.passages}</td>"
                f"<td class=n>{figures.coverage:.1%}</td><td class=n>{figures.absences}</td>"
                f"<td>{strip_svg(figures.positions, row.colour, label)}</td></tr>"
            )
    out += ["</table>", "</body>", "</html>", ""]
    return "\n".join(out)


def export(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The first two articles in scope, compared per code."""
    articles = scope.articles(project)
    if len(articles) < 2:
        raise ExportError("comparing per code needs two articles in the project")
    return render(compare_tags(project, articles[0].id, articles[1].id)).encode("utf-8")
