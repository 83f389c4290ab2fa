"""Who coded what: annotators, codes and shared articles gathered from several projects.

Annotators are told apart by id across files (a file's annotations without annotator count
as one annotator named after the file); codes are matched by id, then by name; articles by
their SHA-256. Only articles every input holds are compared; the others are reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.agreement.units import Layer, merged
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation


class AgreementError(ValueError):
    """Inputs agreement cannot be computed on (nothing in common, nothing given)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a project and the name it goes by (the file's stem)."""

    name: str
    project: Project


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An article some inputs hold and others do not."""

    title: str
    sha256: str
    found_in: tuple[str, ...]
    missing_from: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Passage:
    """One annotation's span carrying a code."""

    sha256: str
    start: int
    end: int
    quote: str


def passages_match(a: Passage, b: Passage) -> bool:
    """Two passages match when they share at least half of the shorter one."""
    if a.sha256 != b.sha256:
        return False
    shared = min(a.end, b.end) - max(a.start, b.start)
    shorter = min(a.end - a.start, b.end - b.start)
    return shared > 0 and 2 * shared >= shorter


@dataclass
class Coder:
    """One annotator's coding: per code key, per article hash, the passages."""

    key: str
    name: str
    passages: dict[str, dict[str, dict[str, Passage]]] = field(default_factory=dict)

    def add(self, code: str, sha256: str, annotation: Annotation) -> None:
        """File one annotation's span under a code (an annotation id counts once)."""
        by_article = self.passages.setdefault(code, {}).setdefault(sha256, {})
        by_article[annotation.id] = Passage(
            sha256, annotation.start, annotation.end, annotation.quote.exact
        )

    def layer(self, code: str, sha256: str) -> Layer:
        """The coded intervals of one code in one article."""
        spans = self.passages.get(code, {}).get(sha256, {}).values()
        return merged((p.start, p.end) for p in spans)

    def passages_of(self, code: str, shared: set[str]) -> list[Passage]:
        """Every passage with this code in the shared articles."""
        return [
            passage
            for sha, by_id in self.passages.get(code, {}).items()
            if sha in shared
            for passage in by_id.values()
        ]


@dataclass
class Gathered:
    """Everything agreement needs from the inputs."""

    coders: list[Coder]
    #: code key -> code name, in first-seen order.
    codes: dict[str, str]
    #: sha256 -> (title, text) of the articles every input holds, in first-seen order.
    shared: dict[str, tuple[str, str]]
    left_out: list[LeftOut]
    #: Annotations not compared (orphaned: no place in the text).
    orphaned: int = 0


class _CodeKeys:
    """Codes matched across projects by id, then by name (case-insensitive)."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self._by_name: dict[str, str] = {}

    def key(self, code_id: str, name: str) -> str:
        if code_id in self.names:
            return code_id
        folded = name.casefold()
        if folded in self._by_name:
            return self._by_name[folded]
        self.names[code_id] = name
        self._by_name[folded] = code_id
        return code_id


def gather(
    sources: Sequence[Source], reference: Source | None = None
) -> tuple[Gathered, Coder | None]:
    """Coders of ``sources`` (and the reference coder) over the articles all of them hold."""
    if not sources:
        raise AgreementError("no project to compare")
    everyone = [*sources, *([reference] if reference else [])]
    holders: dict[str, list[int]] = defaultdict(list)
    titles: dict[str, tuple[str, str]] = {}
    for number, source in enumerate(everyone):
        for article in source.project.articles:
            if number not in holders[article.sha256]:
                holders[article.sha256].append(number)
            titles.setdefault(article.sha256, (article.title, article.text))
    shared = {sha: titles[sha] for sha, found in holders.items() if len(found) == len(everyone)}
    left_out = [
        LeftOut(
            titles[sha][0],
            sha,
            tuple(everyone[n].name for n in found),
            tuple(s.name for n, s in enumerate(everyone) if n not in found),
        )
        for sha, found in holders.items()
        if sha not in shared
    ]
    if not shared:
        raise AgreementError(
            "the files have no article in common (articles are matched by their text's SHA-256)"
        )
    codes = _CodeKeys()
    coders: dict[str, Coder] = {}
    orphaned = 0
    for source in sources:
        orphaned += _collect(source, codes, coders, only=None)
    reference_coder = None
    if reference is not None:
        reference_coder = _reference_coder(reference, codes)
    _label_uniquely(list(coders.values()) + ([reference_coder] if reference_coder else []))
    gathered = Gathered(list(coders.values()), dict(codes.names), shared, left_out, orphaned)
    return gathered, reference_coder


def _collect(
    source: Source, codes: _CodeKeys, coders: dict[str, Coder], *, only: str | None
) -> int:
    project = source.project
    keys = {code.id: codes.key(code.id, code.name) for code in project.codes}
    hashes = {article.id: article.sha256 for article in project.articles}
    orphaned = 0
    made_any = False
    for annotation in project.annotations:
        if only is not None and annotation.annotator != only:
            continue
        if annotation.anchor == "orphaned":
            orphaned += 1
            continue
        coder = _coder_for(source, annotation.annotator, coders)
        made_any = True
        for tag in annotation.tags:
            if tag in keys:
                coder.add(keys[tag], hashes[annotation.article], annotation)
    if not made_any and only is None:
        # A file with no annotation still has a coder: one who found nothing to code.
        listed = list(project.annotators)
        if listed:
            for annotator in listed:
                _coder_for(source, annotator.id, coders)
        else:
            _coder_for(source, None, coders)
    return orphaned


def _coder_for(source: Source, annotator_id: str | None, coders: dict[str, Coder]) -> Coder:
    if annotator_id is None:
        key, name = f"file:{source.name}", source.name
    else:
        annotator = source.project.annotators.get(annotator_id)
        key, name = annotator_id, annotator.name if annotator else annotator_id[:8]
    coder = coders.get(key)
    if coder is None:
        coder = coders[key] = Coder(key, name)
    return coder


def _reference_coder(reference: Source, codes: _CodeKeys) -> Coder:
    """The reference coding: the assignment's reference annotator, else the whole file.

    It goes by its annotator's name when there is one, else by the file's.
    """
    assignment = reference.project.assignment
    only = assignment.reference_annotator if assignment is not None else None
    found: dict[str, Coder] = {}
    _collect(reference, codes, found, only=only)
    coder = Coder(f"reference:{reference.name}", reference.name)
    if only is not None:
        annotator = reference.project.annotators.get(only)
        coder.name = annotator.name if annotator else reference.name
    elif len(found) == 1:
        coder.name = next(iter(found.values())).name
    for part in found.values():
        for code, by_article in part.passages.items():
            for sha, by_id in by_article.items():
                coder.passages.setdefault(code, {}).setdefault(sha, {}).update(by_id)
    return coder


def _label_uniquely(coders: list[Coder]) -> None:
    """Two annotators with one name (two files' "Reader") get numbered names."""
    counts: dict[str, int] = defaultdict(int)
    for coder in coders:
        counts[coder.name] += 1
    seen: dict[str, int] = defaultdict(int)
    for coder in coders:
        if counts[coder.name] > 1:
            seen[coder.name] += 1
            coder.name = f"{coder.name} ({seen[coder.name]})"


def split_reference(source: Source, annotator_id: str) -> tuple[Source, Source]:
    """``source`` without one annotator's coding, and that coding alone (as the reference)."""
    project = source.project
    annotator = project.annotators.get(annotator_id)
    name = annotator.name if annotator else source.name

    def part(keep: bool) -> Project:
        return Project(
            info=project.info,
            articles=list(project.articles),
            codes=list(project.codes),
            annotators=[a for a in project.annotators if (a.id == annotator_id) == keep],
            annotations=[a for a in project.annotations if (a.annotator == annotator_id) == keep],
        )

    return Source(source.name, part(False)), Source(name, part(True))
