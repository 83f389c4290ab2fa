"""Per-code figures for two articles side by side: passages, coverage, absences, positions.

Qt-free: the Compare panel draws it, and the ``compare-html`` export writes it as pure SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.link_edits import absences
from desktop_app.core.project import Project


@dataclass(frozen=True, slots=True)
class CodeFigures:
    """One code in one article."""

    passages: int
    #: Share (0..1) of the article's text inside passages carrying the code.
    coverage: float
    #: Absences noted *in* this article with this code (it is silent on the other's passage).
    absences: int
    #: Where the passages fall, as (start, end) fractions of the article's length.
    positions: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class CodeRow:
    """A code with its figures in A and in B."""

    code_id: str
    name: str
    colour: str
    a: CodeFigures
    b: CodeFigures


@dataclass(frozen=True, slots=True)
class TagComparison:
    """Every code of the codebook, in codebook order, for articles A and B."""

    title_a: str
    title_b: str
    rows: tuple[CodeRow, ...]

    def summary(self) -> str:
        """A plain sentence or two on the largest difference in coverage, and absences."""
        if not self.rows:
            return "The codebook is empty: there is nothing to compare."
        coded = [
            r for r in self.rows if r.a.passages or r.b.passages or r.a.absences or r.b.absences
        ]
        if not coded:
            return "Neither article has coded passages yet."
        widest = max(coded, key=lambda r: (abs(r.a.coverage - r.b.coverage), r.name))
        parts = [
            f"A gives {widest.a.coverage:.0%} of its text to {widest.name}, "
            f"B {widest.b.coverage:.0%}."
        ]
        for row in coded:
            if row.b.absences:
                parts.append(
                    f"B is silent on {row.b.absences} {row.name} passage"
                    f"{'s' if row.b.absences != 1 else ''} of A."
                )
            if row.a.absences:
                parts.append(
                    f"A is silent on {row.a.absences} {row.name} passage"
                    f"{'s' if row.a.absences != 1 else ''} of B."
                )
        return " ".join(parts)


def _figures(project: Project, article_id: str, code_id: str, silent: set[str]) -> CodeFigures:
    text_length = max(1, len(project.articles[article_id].text))
    spans = sorted(
        (a.start, a.end)
        for a in project.annotations_of(article_id)
        if code_id in a.tags and a.end > a.start and a.anchor != "orphaned"
    )
    covered = 0
    reach = 0
    for start, end in spans:  # the union of the spans, so overlaps count once
        if end > reach:
            covered += end - max(start, reach)
            reach = end
    absent = sum(
        1 for a in project.annotations_of(article_id) if a.id in silent and code_id in a.tags
    )
    return CodeFigures(
        passages=len(spans),
        coverage=covered / text_length,
        absences=absent,
        positions=tuple((s / text_length, e / text_length) for s, e in spans),
    )


def compare_tags(project: Project, article_a: str, article_b: str) -> TagComparison:
    """Per-code figures of two articles of ``project``."""
    silent = {a.id for a in absences(project)}
    rows = tuple(
        CodeRow(
            code.id,
            code.name,
            code.color,
            _figures(project, article_a, code.id, silent),
            _figures(project, article_b, code.id, silent),
        )
        for code in project.codes
    )
    return TagComparison(project.articles[article_a].title, project.articles[article_b].title, rows)
