"""The value a comparison of two articles returns: spans, aligned pairs, shared quotes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

#: How the two passages of an aligned pair relate.
Relation = Literal["same_fact", "near_copy", "shared_quote", "adds_detail", "contradicts"]
RELATIONS: tuple[Relation, ...] = (
    "same_fact",
    "near_copy",
    "shared_quote",
    "adds_detail",
    "contradicts",
)
#: Which article a passage (or the extra detail of a pair) belongs to.
Side = Literal["a", "b"]


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of one article's canonical text (code points, end-exclusive)."""

    start: int
    end: int
    text: str

    @property
    def length(self) -> int:
        """Number of code points covered."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """A passage of A and a passage of B that report the same fact.

    ``detail_side`` says which side carries more detail when ``relation`` is
    ``adds_detail`` (None otherwise); ``score`` is the similarity in 0..1 and
    ``shared_terms`` the words both passages use that made it, strongest first.
    ``differences`` lists the specifics that disagree in a ``contradicts`` pair
    (``"12 ≠ 15"``), empty otherwise.
    """

    a: Span
    b: Span
    relation: Relation
    detail_side: Side | None
    score: float
    shared_terms: tuple[str, ...]
    differences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedQuote:
    """A quotation found in both articles; ``exact`` when the quoted words are identical."""

    a: Span
    b: Span
    exact: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the engine found when comparing article A with article B.

    ``units_a``/``units_b`` are the sentences that took part (headings, bylines,
    datelines and titles left out); ``only_a``/``only_b`` are the runs of those that
    have no counterpart, merged over whole paragraphs and sections.
    """

    pairs: tuple[AlignedPair, ...]
    shared_quotes: tuple[SharedQuote, ...]
    only_a: tuple[Span, ...]
    only_b: tuple[Span, ...]
    units_a: tuple[Span, ...] = ()
    units_b: tuple[Span, ...] = ()

    def only_share(self, side: Side) -> float:
        """Fraction (0..1) of that side's compared text that has no counterpart."""
        units = self.units_a if side == "a" else self.units_b
        only = self.only_a if side == "a" else self.only_b
        total = sum(unit.length for unit in units)
        if not total:
            return 0.0
        covered = 0
        k = 0  # both are in text order and do not overlap among themselves
        for unit in units:
            while k < len(only) and only[k].end <= unit.start:
                k += 1
            m = k
            while m < len(only) and only[m].start < unit.end:
                covered += min(unit.end, only[m].end) - max(unit.start, only[m].start)
                m += 1
        return min(1.0, covered / total)

    def mirrored(self) -> Comparison:
        """The same comparison seen from B: every A and B exchanged."""
        swap: dict[Side | None, Side | None] = {"a": "b", "b": "a", None: None}
        pairs = tuple(
            sorted(
                (
                    replace(
                        pair,
                        a=pair.b,
                        b=pair.a,
                        detail_side=swap[pair.detail_side],
                        differences=tuple(
                            " ≠ ".join(reversed(d.split(" ≠ ", 1))) for d in pair.differences
                        ),
                    )
                    for pair in self.pairs
                ),
                key=lambda pair: (pair.a.start, pair.b.start),
            )
        )
        quotes = tuple(
            sorted(
                (SharedQuote(quote.b, quote.a, quote.exact) for quote in self.shared_quotes),
                key=lambda quote: (quote.a.start, quote.b.start),
            )
        )
        return Comparison(pairs, quotes, self.only_b, self.only_a, self.units_b, self.units_a)
