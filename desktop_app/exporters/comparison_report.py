"""A comparison of two articles as the ``parallax-comparison`` JSON, Markdown or HTML report.

The JSON has exactly the shape of issue 12 (offsets are code points of each article's
canonical text, end-exclusive). The reports put the aligned passages side by side with
their relation, then the shared quotes and what each article leaves out. The HTML
escapes every string from the texts, carries its own style and loads nothing.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from desktop_app.core.compare import AlignedPair, Comparison, Span
from desktop_app.exporters.report import md_escape, md_line

FORMAT_NAME = "parallax-comparison"
FORMAT_VERSION = 1
RELATION_LABELS = {
    "same_fact": "same fact",
    "near_copy": "near copy",
    "shared_quote": "shared quote",
    "adds_detail": "more detail",
    "contradicts": "contradicts",
}


@dataclass(frozen=True)
class ComparedArticle:
    """What a comparison says about each article it compared."""

    id: str
    title: str
    sha256: str


def summary(comparison: Comparison) -> str:
    """One line: pairs (and contradictions), shared quotes, only-A and only-B shares."""
    pairs = len(comparison.pairs)
    contradictions = sum(pair.relation == "contradicts" for pair in comparison.pairs)
    quotes = len(comparison.shared_quotes)
    line = f"{pairs} aligned pair{'s' if pairs != 1 else ''}"
    if contradictions:
        line += f" ({contradictions} contradicting)"
    line += f", {quotes} shared quote{'s' if quotes != 1 else ''}"
    line += f"; only in A: {comparison.only_share('a'):.0%} of its text"
    line += f", only in B: {comparison.only_share('b'):.0%}"
    return line


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _article(article: ComparedArticle) -> dict[str, str]:
    return {"id": article.id, "title": article.title, "sha256": article.sha256}


def to_document(comparison: Comparison, a: ComparedArticle, b: ComparedArticle) -> dict[str, Any]:
    """The comparison as the JSON-ready ``parallax-comparison`` document."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "a": _article(a),
        "b": _article(b),
        "pairs": [
            {
                "a": _span(pair.a),
                "b": _span(pair.b),
                "relation": pair.relation,
                "detail_side": pair.detail_side,
                "score": pair.score,
                "shared_terms": list(pair.shared_terms),
                "differences": list(pair.differences),
            }
            for pair in comparison.pairs
        ],
        "shared_quotes": [
            {"a": _span(quote.a), "b": _span(quote.b), "exact": quote.exact}
            for quote in comparison.shared_quotes
        ],
        "only_a": [_span(span) for span in comparison.only_a],
        "only_b": [_span(span) for span in comparison.only_b],
    }


def to_json(comparison: Comparison, a: ComparedArticle, b: ComparedArticle) -> bytes:
    """The JSON document, indented, UTF-8, ending with a newline."""
    document = to_document(comparison, a, b)
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def relation_text(pair: AlignedPair) -> str:
    """How a reader reads the relation: "more detail in B", "contradicts: 12 ≠ 15"."""
    label = RELATION_LABELS[pair.relation]
    if pair.relation == "adds_detail" and pair.detail_side:
        label += f" in {pair.detail_side.upper()}"
    if pair.differences:
        label += ": " + "; ".join(pair.differences)
    return label


# -- Markdown ------------------------------------------------------------------------------


#: A paragraph's start Markdown may read as a list item, a rule or a fence: a hyphen, a plus or a
#: tilde ("- ", "---", "~~~"; escaped where it means none too, which shows alike), or a number
#: before "." or ")" and a space ("2. "); ``md_escape`` escapes "*", "_", "#", ">" and "`".
_BLOCK_START = re.compile(r"[-+~]|\d{1,9}[.)](?=\s|$)")


def _md_paragraph(line: str) -> str:
    """``line`` as a Markdown paragraph of its own: escaped, on one line, and beginning no
    list, rule or fence (the last character of such a start escaped: "2\\. ", "\\---")."""
    text = md_line(line)
    mark = _BLOCK_START.match(text)
    if mark is None:
        return text
    return f"{text[: mark.end() - 1]}\\{text[mark.end() - 1 :]}"


def _md_where(span: Span) -> str:
    return f"<sub>{span.start}–{span.end}</sub>"


def _md_quoted(span: Span) -> str:
    """A passage as a Markdown quote, a paragraph for each of its lines not blank, where
    it stands (``_md_where``) after the last."""
    paragraphs = [_md_paragraph(line) for line in span.text.splitlines() if line.strip()]
    paragraphs = paragraphs or [""]
    paragraphs[-1] = f"{paragraphs[-1]} {_md_where(span)}".lstrip()
    return "\n>\n".join(f"> {paragraph}" for paragraph in paragraphs)


def to_markdown(comparison: Comparison, a: ComparedArticle, b: ComparedArticle) -> bytes:
    """A readable Markdown report: pairs side by side, shared quotes, what each leaves out."""
    lines = [
        f"# Comparison: {md_line(a.title)} / {md_line(b.title)}",
        "",
        f"**A:** {md_line(a.title)}  ",
        f"**B:** {md_line(b.title)}",
        "",
        md_escape(summary(comparison)) + ".",
        "",
        "## What both report",
        "",
    ]
    if comparison.pairs:
        lines += ["| A | Relation | B | Shared terms |", "|---|---|---|---|"]
        for pair in comparison.pairs:
            relation = f"**{md_line(relation_text(pair))}**<br><sub>score {pair.score:.2f}</sub>"
            terms = md_line(", ".join(pair.shared_terms))
            lines.append(
                f"| {md_line(pair.a.text)} {_md_where(pair.a)} | {relation} "
                f"| {md_line(pair.b.text)} {_md_where(pair.b)} | {terms} |"
            )
    else:
        lines.append("No passage of A reports the same fact as a passage of B.")
    lines += ["", "## Shared quotes", ""]
    if comparison.shared_quotes:
        lines += ["| A | B | Wording |", "|---|---|---|"]
        for quote in comparison.shared_quotes:
            wording = "identical" if quote.exact else "cut differently"
            lines.append(f"| “{md_line(quote.a.text)}” | “{md_line(quote.b.text)}” | {wording} |")
    else:
        lines.append("No quotation appears in both.")
    for side, title, spans in (
        ("A", a.title, comparison.only_a),
        ("B", b.title, comparison.only_b),
    ):
        lines += ["", f"## Only in {side} ({md_line(title)})", ""]
        if not spans:
            lines.append("Nothing: every passage has a counterpart.")
        for span in spans:
            lines += [_md_quoted(span), ""]
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


# -- HTML ----------------------------------------------------------------------------------

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 76rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.5; color: #222; }
h1, h2, th { font-family: 'Helvetica Neue', Arial, sans-serif; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; vertical-align: top; }
td.relation { width: 11rem; font-family: 'Helvetica Neue', Arial, sans-serif; font-size: .85rem; }
.contradicts { background: #fdecea; } .near_copy { background: #eef6ee; }
.shared_quote { background: #eef2fb; } .adds_detail { background: #fbf6e9; }
.where, .terms { display: block; font-size: .75rem; color: #666; }
blockquote { margin: .6rem 0; padding: .2rem .8rem; border-left: 4px solid #999;
  background: #f7f7f5; white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } tr { break-inside: avoid; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(span: Span) -> str:
    return f'<td dir="auto">{_e(span.text)}<span class="where">{span.start}–{span.end}</span></td>'


def to_html(comparison: Comparison, a: ComparedArticle, b: ComparedArticle) -> bytes:
    """The report as one standalone HTML page, passages of A and B side by side."""
    title = f"Comparison: {a.title} / {b.title}"
    out = [
        "<!DOCTYPE html>",
        "<html>",
        '<head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
        f"<p><strong>A:</strong> {_e(a.title)}<br><strong>B:</strong> {_e(b.title)}</p>",
        f"<p>{_e(summary(comparison))}.</p>",
        "<h2>What both report</h2>",
    ]
    if comparison.pairs:
        out.append("<table><thead><tr><th>A</th><th>Relation</th><th>B</th></tr></thead><tbody>")
        for pair in comparison.pairs:
            terms = ", ".join(pair.shared_terms)
            out.append(
                f'<tr class="{_e(pair.relation)}">{_cell(pair.a)}'
                f'<td class="relation"><strong>{_e(relation_text(pair))}</strong>'
                f'<span class="terms">score {pair.score:.2f}; {_e(terms)}</span></td>'
                f"{_cell(pair.b)}</tr>"
            )
        out.append("</tbody></table>")
    else:
        out.append("<p>No passage of A reports the same fact as a passage of B.</p>")
    out.append("<h2>Shared quotes</h2>")
    if comparison.shared_quotes:
        out.append("<table><thead><tr><th>A</th><th>B</th><th>Wording</th></tr></thead><tbody>")
        for quote in comparison.shared_quotes:
            wording = "identical" if quote.exact else "cut differently"
            out.append(f"<tr>{_cell(quote.a)}{_cell(quote.b)}<td>{wording}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append("<p>No quotation appears in both.</p>")
    for side, name, spans in (("A", a.title, comparison.only_a), ("B", b.title, comparison.only_b)):
        out.append(f"<h2>Only in {side} ({_e(name)})</h2>")
        if not spans:
            out.append("<p>Nothing: every passage has a counterpart.</p>")
        for span in spans:
            out.append(
                f'<blockquote dir="auto">{_e(span.text)}'
                f'<span class="where">{span.start}–{span.end}</span></blockquote>'
            )
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")
