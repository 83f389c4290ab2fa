"""Agreement per code and overall, between every pair of annotators and against a reference.

The counts come from :mod:`.units` (interval arithmetic, never a loop over characters per
pair) and the statistics from :mod:`.statistics`. "Overall" pools the codes: every (unit,
code) pair is one yes/no decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from desktop_app.core.agreement.inputs import (
    Coder,
    Gathered,
    LeftOut,
    Source,
    gather,
    passages_match,
)
from desktop_app.core.agreement.statistics import (
    Estimate,
    binary_all_agree,
    binary_alpha,
    binary_kappa,
    binary_percent,
)
from desktop_app.core.agreement.units import UnitKind, Units, units_of

OVERALL = "(all codes)"


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """Two annotators on one code."""

    a: str
    b: str
    kappa: Estimate
    percent_agreement: Estimate


@dataclass(frozen=True, slots=True)
class CodeAgreement:
    """Everyone on one code (or on all codes pooled)."""

    name: str
    units: int
    percent_agreement: Estimate
    krippendorff_alpha: Estimate
    cohen_kappa: tuple[PairAgreement, ...]
    #: annotator -> units they coded with this code.
    coded: dict[str, int]


@dataclass(frozen=True, slots=True)
class ReferenceCode:
    """One annotator against the reference on one code."""

    name: str
    kappa: Estimate
    passages: int
    found: int
    recall: Estimate
    spans: int
    matching_spans: int
    precision: Estimate


@dataclass(frozen=True, slots=True)
class ReferenceAgreement:
    """Every annotator against the reference coding."""

    annotator: str
    by_annotator: tuple[tuple[str, tuple[ReferenceCode, ...]], ...]


@dataclass(frozen=True)
class AgreementResult:
    """What ``parallax agreement`` and the Agreement dialog show."""

    unit: UnitKind
    annotators: tuple[str, ...]
    codes: tuple[CodeAgreement, ...]
    overall: CodeAgreement
    reference: ReferenceAgreement | None
    #: (title, sha256) of the articles compared.
    articles: tuple[tuple[str, str], ...]
    left_out: tuple[LeftOut, ...]
    notes: tuple[str, ...] = field(default=())


@dataclass
class _Tally:
    units: int = 0
    coded: Counter[int] = field(default_factory=Counter)
    both: Counter[tuple[int, int]] = field(default_factory=Counter)
    depth: Counter[int] = field(default_factory=Counter)

    def add(self, other: _Tally) -> None:
        self.units += other.units
        self.coded.update(other.coded)
        self.both.update(other.both)
        self.depth.update(other.depth)


def compute_agreement(
    sources: Sequence[Source], *, unit: UnitKind = "character", reference: Source | None = None
) -> AgreementResult:
    """Agreement of every annotator in ``sources``, optionally each against ``reference``.

    Raises :class:`~.inputs.AgreementError` when the inputs share no article.
    """
    gathered, reference_coder = gather(sources, reference)
    coders = gathered.coders
    article_units = {sha: units_of(text, unit) for sha, (_, text) in gathered.shared.items()}
    tallies: dict[str, _Tally] = {}
    overall = _Tally()
    for code in gathered.codes:
        tally = _Tally()
        for sha, units in article_units.items():
            encoded = [units.encode(coder.layer(code, sha)) for coder in coders]
            tally.units += units.size
            for i, layer in enumerate(encoded):
                tally.coded[i] += units.coded(layer)
            for i, j in combinations(range(len(coders)), 2):
                tally.both[i, j] += units.coded_both(encoded[i], encoded[j])
            tally.depth.update(units.depth(encoded))
        tallies[code] = tally
        overall.add(tally)
    names = [coder.name for coder in coders]
    results = tuple(_statistics(gathered.codes[c], tallies[c], names) for c in gathered.codes)
    if not gathered.codes:
        overall.units = sum(units.size for units in article_units.values())
    reference_result = None
    if reference_coder is not None:
        reference_result = _against_reference(gathered, reference_coder, article_units)
    notes = _notes(gathered)
    return AgreementResult(
        unit=unit,
        annotators=tuple(names),
        codes=results,
        overall=_statistics(OVERALL, overall, names),
        reference=reference_result,
        articles=tuple((title, sha) for sha, (title, _) in gathered.shared.items()),
        left_out=tuple(gathered.left_out),
        notes=notes,
    )


def _statistics(name: str, tally: _Tally, names: list[str]) -> CodeAgreement:
    count = len(names)
    depth = tally.depth if tally.units else Counter[int]()
    pairs = tuple(
        PairAgreement(
            names[i],
            names[j],
            binary_kappa(tally.units, tally.coded[i], tally.coded[j], tally.both[i, j]),
            binary_percent(tally.units, tally.coded[i], tally.coded[j], tally.both[i, j]),
        )
        for i, j in combinations(range(count), 2)
    )
    return CodeAgreement(
        name=name,
        units=tally.units,
        percent_agreement=binary_all_agree(depth, count),
        krippendorff_alpha=binary_alpha(depth, count),
        cohen_kappa=pairs,
        coded={names[i]: tally.coded[i] for i in range(count)},
    )


def _against_reference(
    gathered: Gathered, reference: Coder, article_units: dict[str, Units]
) -> ReferenceAgreement:
    shared = set(gathered.shared)
    by_annotator = []
    for coder in gathered.coders:
        codes = []
        for code, name in gathered.codes.items():
            units = coded_a = coded_b = both = 0
            for sha, kind in article_units.items():
                mine = kind.encode(coder.layer(code, sha))
                theirs = kind.encode(reference.layer(code, sha))
                units += kind.size
                coded_a += kind.coded(mine)
                coded_b += kind.coded(theirs)
                both += kind.coded_both(mine, theirs)
            wanted = reference.passages_of(code, shared)
            given = coder.passages_of(code, shared)
            found = sum(any(passages_match(p, q) for q in given) for p in wanted)
            matching = sum(any(passages_match(q, p) for p in wanted) for q in given)
            codes.append(
                ReferenceCode(
                    name=name,
                    kappa=binary_kappa(units, coded_a, coded_b, both),
                    passages=len(wanted),
                    found=found,
                    recall=_share(
                        found, len(wanted), "the reference has no passage with this code"
                    ),
                    spans=len(given),
                    matching_spans=matching,
                    precision=_share(matching, len(given), "no passage was coded with this code"),
                )
            )
        by_annotator.append((coder.name, tuple(codes)))
    return ReferenceAgreement(reference.name, tuple(by_annotator))


def _share(part: int, whole: int, reason: str) -> Estimate:
    return Estimate(part / whole) if whole else Estimate.undefined(reason)


def _notes(gathered: Gathered) -> tuple[str, ...]:
    notes = []
    for left in gathered.left_out:
        notes.append(
            f"article “{left.title}” left out: it is not in {', '.join(left.missing_from)}"
        )
    if gathered.orphaned:
        notes.append(f"{gathered.orphaned} orphaned annotations left out (no place in the text)")
    if len(gathered.coders) < 2:
        notes.append("only one annotator: agreement needs two or more")
    return tuple(notes)
