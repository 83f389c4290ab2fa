"""A student's feedback against the reference coding as one standalone HTML page.

Per code: the reference passages the student found (with the student's matching passage),
those missed, and the student's passages the reference does not have. Every string from a
file is escaped; the page loads nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop_app.core.agreement.feedback import CodeFeedback, StudentFeedback
from desktop_app.core.agreement.inputs import Passage

_STYLE = """body { font-family: Georgia, serif; max-width: 52rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.5; color: #222; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
.found { border-left: 4px solid #1b7837; } .missed { border-left: 4px solid #b2182b; }
.added { border-left: 4px solid #2166ac; }
blockquote { margin: .5rem 0; padding: .2rem .8rem; background: #f7f7f5; white-space: pre-wrap; }
.where { font-size: .8rem; color: #555; }
.theirs { margin-left: 1.5rem; }
@media print { blockquote { break-inside: avoid; background: none; } }"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_feedback(reports: Sequence[StudentFeedback], title: str = "") -> bytes:
    """The feedback reports (usually one student's) as one HTML page."""
    heading = title or (f"Feedback for {reports[0].student}" if len(reports) == 1 else "Feedback")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{_e(heading)}</title>',
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f"<h1>{_e(heading)}</h1>",
    ]
    for report in reports:
        out += _student(report, several=len(reports) > 1)
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def _student(report: StudentFeedback, *, several: bool) -> list[str]:
    out = [f"<section><h2>{_e(report.student)}</h2>" if several else "<section>"]
    out.append(
        f"<p>Compared with the reference coding by {_e(report.reference)}, on "
        f"{_e(', '.join(report.articles.values()))}. A reference passage counts as found when "
        "one of your passages with the same code shares at least half of the shorter of the "
        "two.</p>"
    )
    if report.left_out:
        out.append(f"<p>Not compared: {_e(', '.join(report.left_out))}.</p>")
    for code in report.codes:
        out += _code(code, report.articles)
    out.append("</section>")
    return out


def _code(code: CodeFeedback, articles: dict[str, str]) -> list[str]:
    total = len(code.found) + len(code.missed)
    out = [
        f"<h3>{_e(code.name)}</h3>",
        f"<p>Found {len(code.found)} of {total}; missed {len(code.missed)}; "
        f"{len(code.added)} of yours not in the reference.</p>",
    ]
    if code.description:
        out.append(f"<p><em>{_e(code.description)}</em></p>")
    if code.found:
        out.append("<h4>Found</h4>")
        for passage, theirs in code.found:
            out += _passage(passage, articles, "found")
            for mine in theirs:
                out.append('<div class="theirs">')
                out += _passage(mine, articles, "found", label="Yours: ")
                out.append("</div>")
    if code.missed:
        out.append("<h4>Missed</h4>")
        for passage in code.missed:
            out += _passage(passage, articles, "missed")
    if code.added:
        out.append("<h4>Yours, not in the reference</h4>")
        for passage in code.added:
            out += _passage(passage, articles, "added")
    return out


def _passage(passage: Passage, articles: dict[str, str], kind: str, label: str = "") -> list[str]:
    where = f"{label}{articles.get(passage.sha256, '')}, characters {passage.start}–{passage.end}"
    return [
        f'<blockquote class="{kind}" dir="auto">{_e(passage.quote)}</blockquote>',
        f'<div class="where">{_e(where)}</div>',
    ]
