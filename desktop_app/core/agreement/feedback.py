"""Feedback for a student against the reference coding: per code, passages found, missed, added."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.agreement.inputs import Passage, Source, gather, passages_match


@dataclass(frozen=True, slots=True)
class CodeFeedback:
    """One code: reference passages the student found (with theirs), missed, and extra ones."""

    name: str
    description: str
    found: tuple[tuple[Passage, tuple[Passage, ...]], ...]
    missed: tuple[Passage, ...]
    added: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class StudentFeedback:
    """Everything one student's report shows."""

    student: str
    reference: str
    #: sha256 -> article title, for the articles compared.
    articles: dict[str, str]
    codes: tuple[CodeFeedback, ...]
    left_out: tuple[str, ...]


def feedback(student: Source, reference: Source) -> list[StudentFeedback]:
    """One report per annotator of ``student`` (usually one), against ``reference``.

    Passages match when they share at least half of the shorter one, as in agreement.
    Raises ``AgreementError`` when the files share no article.
    """
    gathered, reference_coder = gather([student], reference)
    assert reference_coder is not None
    shared = set(gathered.shared)
    position = {sha: index for index, sha in enumerate(gathered.shared)}

    def order(passage: Passage) -> tuple[int, int, int]:
        return position[passage.sha256], passage.start, passage.end

    descriptions = {
        code.id: code.description for code in (*student.project.codes, *reference.project.codes)
    }
    reports = []
    for coder in gathered.coders:
        codes = []
        for key, name in gathered.codes.items():
            wanted = sorted(reference_coder.passages_of(key, shared), key=order)
            given = sorted(coder.passages_of(key, shared), key=order)
            found = []
            missed = []
            for passage in wanted:
                matching = tuple(p for p in given if passages_match(passage, p))
                if matching:
                    found.append((passage, matching))
                else:
                    missed.append(passage)
            added = tuple(p for p in given if not any(passages_match(p, w) for w in wanted))
            codes.append(
                CodeFeedback(name, descriptions.get(key, ""), tuple(found), tuple(missed), added)
            )
        reports.append(
            StudentFeedback(
                student=coder.name,
                reference=reference_coder.name,
                articles={sha: title for sha, (title, _) in gathered.shared.items()},
                codes=tuple(codes),
                left_out=tuple(left.title for left in gathered.left_out),
            )
        )
    return reports
