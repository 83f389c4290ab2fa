"""The only-spans by span: each true only-span found or why not, each false only character's place.

Run ``python -m tests.core.compare.only_spans [NAME…] [--entry N …]`` (default: every tuning
pair; ``--entry``: the pairs of README entry ``N`` as ``by_entry`` groups them). A true
only-span is found (a predicted run shares half of the shorter), partly found (a run overlaps
it, less), or taken by pairs: false ones, whose other sentence the truth leaves out too
(background both tell) or pairs elsewhere (a decoy), or true ones (the truth pairs a sentence
it also leaves out: units read otherwise). A predicted only character that no true only-span
holds stands in a sentence of a true pair the engine missed (its partner left out too, or
paired elsewhere), in a sentence of a true pair the engine found, whose span the truth draws
over more sentences than the engine's pair (a quotation's rest, a sentence cut short at an
abbreviation), in a unit the truth leaves out of pairs and spans alike, in a unit only partly
in a true span or pair (its edges), or between units (a heading, a byline, a caption inside a
run: beside a sentence the truth pairs, or where the truth parts two only spans); those in
sentences of missed true pairs are counted again by what the pair tells, as a reader sees it
(``TOLD``). Characters are non-space code points, as the scorer counts them.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.compare import Comparison, Span, compare_texts
from tests.core.compare.by_entry import entries
from tests.core.compare.devset import Truth, load, match_pairs, overlap, spans_match, split

SIDES = (("a", "b"), ("b", "a"))
#: What a missed true pair tells, by its relation in the truth (round 102).
TOLD = {
    "contradicts": "a value told two ways (contradicts)",
    "same_fact": "one fact in other words (same fact)",
    "near_copy": "one fact in other words (near copy)",
    "adds_detail": "a sentence half told by the other side (more detail)",
    "shared_quote": "the rest of a shared quotation (shared quote)",
}


@dataclass
class OnlySpanTally:
    """Counts of true only-spans by outcome and of only characters by where they stand."""

    #: (side, outcome) -> true only-spans
    spans: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (side, place) -> predicted only characters that no true only-span holds
    false_chars: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (side, place) -> true only characters that no predicted run holds
    missed_chars: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (side, what the pair tells) -> false only characters in sentences of missed true pairs
    missed_pair_chars: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, truth: Truth, result: Comparison) -> None:
        """Count one compared pair of the set."""
        matches = match_pairs(result.pairs, truth.pairs)
        true_found = {i for i, _ in matches}
        truth_found = {j for _, j in matches}
        for side, other in SIDES:
            text = truth.text_a if side == "a" else truth.text_b
            view = _SideView(truth, result, side, other, true_found, truth_found)
            true_solid = _solid(text, view.true_only)
            found_solid = _solid(text, view.runs)
            for k in found_solid - true_solid:
                self.false_chars[side, view.false_place(k)] += 1
                told = view.told(k)
                if told:
                    self.missed_pair_chars[side, told] += 1
            for k in true_solid - found_solid:
                self.missed_chars[side, view.missed_place(k)] += 1
            for span in view.true_only:
                self.spans[side, view.outcome(span)] += 1

    def lines(self) -> list[str]:
        """The counts as printable lines, side by side."""
        lines: list[str] = []
        for title, counts in (
            ("true only-spans", self.spans),
            ("false only characters", self.false_chars),
            ("missed only characters", self.missed_chars),
            (
                "false only characters in missed true pairs, by what they tell",
                self.missed_pair_chars,
            ),
        ):
            lines.append(f"{title} (A / B):")
            for key in sorted({key for _, key in counts}):
                lines.append(f"  {key:58} {counts['a', key]:7} {counts['b', key]:7}")
        return lines


class _SideView:
    """One side of one compared pair, as the tally reads it."""

    def __init__(
        self,
        truth: Truth,
        result: Comparison,
        side: str,
        other: str,
        true_found: set[int],
        truth_found: set[int],
    ) -> None:
        self.units: Sequence[Span] = result.units_a if side == "a" else result.units_b
        self.other_units: Sequence[Span] = result.units_b if side == "a" else result.units_a
        self.runs: Sequence[Span] = result.only_a if side == "a" else result.only_b
        self.other_runs: Sequence[Span] = result.only_b if side == "a" else result.only_a
        self.true_only: Sequence[Span] = truth.only_a if side == "a" else truth.only_b
        self.other_true_only: Sequence[Span] = truth.only_b if side == "a" else truth.only_a
        self.true_pairs = [(_side(pair, side), _side(pair, other)) for pair in truth.pairs]
        self.true_relations = [(_side(pair, side), pair.relation) for pair in truth.pairs]
        #: this side's spans of the true pairs the engine found
        self.found_true = [
            _side(pair, side) for j, pair in enumerate(truth.pairs) if j in truth_found
        ]
        self.found_pairs = [
            (_side(pair, side), _side(pair, other), k in true_found)
            for k, pair in enumerate(result.pairs)
        ]

    def _unit_at(self, k: int) -> Span | None:
        return next((unit for unit in self.units if unit.start <= k < unit.end), None)

    def false_place(self, k: int) -> str:
        """Where a predicted only character that no true only-span holds stands."""
        unit = self._unit_at(k)
        if unit is None:
            return self._between_place(k)
        if any(mine.start <= k < mine.end for mine in self.found_true):
            return "true pair found, its span's other sentence left out"
        partners = [
            mine_other for mine, mine_other in self.true_pairs if mine.start <= k < mine.end
        ]
        if partners:
            left_out = all(
                _inside_any(other_unit, self.other_runs)
                for partner in partners
                for other_unit in self.other_units
                if overlap(other_unit, partner)
            )
            return (
                "true pair missed, partner left out too"
                if left_out
                else "true pair missed, partner paired elsewhere"
            )
        if any(overlap(unit, span) for span in self.true_only) or any(
            overlap(unit, mine) for mine, _ in self.true_pairs
        ):
            return "unit partly in a true span or pair (its edges)"
        return "unit the truth leaves out of pairs and spans"

    def _between_place(self, k: int) -> str:
        """Where a false only character between units stands: beside a unit the truth pairs
        (most of it in a true pair's span), or where the truth parts two only spans."""
        before = [unit for unit in self.units if unit.end <= k]
        after = [unit for unit in self.units if unit.start > k]
        beside = before[-1:] + after[:1]
        if any(
            overlap(unit, mine) * 2 >= unit.length for unit in beside for mine, _ in self.true_pairs
        ):
            return "heading between units, beside a sentence the truth pairs"
        return "heading between units, where the truth parts its spans"

    def told(self, k: int) -> str:
        """What the first true pair whose sentence holds character ``k`` tells (``TOLD``), or
        "" when no true pair's sentence holds it or a true pair the engine found does."""
        unit = self._unit_at(k)
        if unit is None or any(mine.start <= k < mine.end for mine in self.found_true):
            return ""
        relation = next(
            (relation for mine, relation in self.true_relations if mine.start <= k < mine.end),
            None,
        )
        return TOLD[relation] if relation else ""

    def missed_place(self, k: int) -> str:
        """What holds a true only character that no predicted run holds."""
        unit = self._unit_at(k)
        if unit is None:
            return "outside every unit (heading, byline)"
        return "unit paired by " + self._pairs_taking([unit])

    def outcome(self, span: Span) -> str:
        """Found, partly found, or what took a true only-span's sentences."""
        if any(spans_match(run, span) for run in self.runs):
            return "found"
        if any(overlap(run, span) for run in self.runs):
            return "partly found"
        units = [unit for unit in self.units if overlap(unit, span)]
        if not units:
            return "no unit"
        taking = self._pairs_taking(units)
        if taking != "false pairs":
            return "taken by " + taking
        others = {
            self._where_other(other)
            for mine, other, true in self.found_pairs
            if not true and any(mine.start == unit.start for unit in units)
        }
        return "taken by false pairs, the other " + " and ".join(sorted(others))

    def _pairs_taking(self, units: Sequence[Span]) -> str:
        kinds = {true for mine, _, true in self.found_pairs for u in units if mine.start == u.start}
        return {frozenset({False}): "false pairs", frozenset({True}): "true pairs"}.get(
            frozenset(kinds), "true and false pairs"
        )

    def _where_other(self, other: Span) -> str:
        left_out = any(overlap(other, span) * 2 >= other.length for span in self.other_true_only)
        paired = any(overlap(other, partner) * 2 >= other.length for _, partner in self.true_pairs)
        if left_out and paired:
            return "left out and paired"
        if left_out:
            return "left out too (background)"
        return "paired elsewhere (a decoy)" if paired else "in neither"


def _side(pair: object, side: str) -> Span:
    span = getattr(pair, side)
    assert isinstance(span, Span)
    return span


def _inside_any(unit: Span, runs: Sequence[Span]) -> bool:
    return any(run.start <= unit.start and unit.end <= run.end for run in runs)


def _solid(text: str, spans: Sequence[Span]) -> set[int]:
    return {k for span in spans for k in range(span.start, span.end) if not text[k].isspace()}


def entry_pairs(entry: str) -> list[str]:
    """The pairs of README entry ``entry`` (its number, or a label such as "1-2"), as
    ``by_entry.entries`` groups the tuning half."""
    for label, names in entries(split()["tuning"]):
        if label.split(" (")[0].split(" ", 1)[-1] == entry:
            return names
    raise ValueError(f"no README entry {entry!r} among the rounds")


def main(arguments: Sequence[str]) -> None:
    """Print the tally of the named pairs and those of the entries after ``--entry`` (all
    tuning pairs when none are named)."""
    names: list[str] = []
    words = iter(arguments)
    for word in words:
        if word == "--entry":
            entry = next(words, None)
            if entry is None:
                raise ValueError("--entry needs a README entry's number, such as 160 or 1-2")
            names += entry_pairs(entry)
        else:
            names.append(word)
    tally = OnlySpanTally()
    for name in names or split()["tuning"]:
        truth = load(name)
        tally.add(truth, compare_texts(truth.text_a, truth.text_b))
    print("\n".join(tally.lines()))


if __name__ == "__main__":
    main(sys.argv[1:])
