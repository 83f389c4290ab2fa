"""The comparison development set: loading its truth and scoring the engine against it.

Run ``python -m tests.core.compare.devset [tuning] [held_out] [-v] [--plain]`` to print the
figures (``-v``: every miss; ``--plain``: the same engine as plain TF-IDF, for comparison).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from unittest.mock import patch

from desktop_app.core.compare import AlignedPair, Comparison, SharedQuote, Span, compare_texts

DATA = Path(__file__).resolve().parents[2] / "compare_data"


@dataclass(frozen=True)
class TruePair:
    """One hand-made aligned pair."""

    a: Span
    b: Span
    relation: str
    detail_side: str | None


@dataclass(frozen=True)
class Truth:
    """What a reader should see when comparing one pair of the development set."""

    name: str
    text_a: str
    text_b: str
    pairs: tuple[TruePair, ...]
    shared_quotes: tuple[SharedQuote, ...]
    only_a: tuple[Span, ...]
    only_b: tuple[Span, ...]


def locate(text: str, spec: str | dict[str, str], where: str) -> Span:
    """The span a truth entry names, by its exact text or by ``from``/``to`` text."""
    if isinstance(spec, str):
        first, last = spec, None
    else:
        first, last = spec["from"], spec["to"]
    if text.count(first) != 1:
        raise ValueError(f"{where}: {first!r} occurs {text.count(first)} times")
    start = text.index(first)
    end = start + len(first)
    if last is not None:
        found = text.find(last, start)
        if found < 0:
            raise ValueError(f"{where}: {last!r} not found after {first!r}")
        end = found + len(last)
    return Span(start, end, text[start:end])


def load(name: str) -> Truth:
    """The truth of the pair in folder ``name``."""
    folder = DATA / name
    raw = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    text_a = (folder / raw.get("a_file", "a.txt")).read_text(encoding="utf-8")
    text_b = (folder / raw.get("b_file", "b.txt")).read_text(encoding="utf-8")
    pairs = tuple(
        TruePair(
            locate(text_a, p["a"], f"{name} pair {i} a"),
            locate(text_b, p["b"], f"{name} pair {i} b"),
            p["relation"],
            p["detail_side"],
        )
        for i, p in enumerate(raw["pairs"])
    )
    quotes = tuple(
        SharedQuote(
            locate(text_a, q["a"], f"{name} quote {i} a"),
            locate(text_b, q["b"], f"{name} quote {i} b"),
            q["exact"],
        )
        for i, q in enumerate(raw["shared_quotes"])
    )
    only_a = tuple(locate(text_a, s, f"{name} only_a") for s in raw["only_a"])
    only_b = tuple(locate(text_b, s, f"{name} only_b") for s in raw["only_b"])
    return Truth(name, text_a, text_b, pairs, quotes, only_a, only_b)


def split() -> dict[str, list[str]]:
    """Names of the tuning and the held-out pairs."""
    result: dict[str, list[str]] = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    return result


# -- the matching rule ---------------------------------------------------------------------


def overlap(x: Span, y: Span) -> int:
    """Code points the two spans share."""
    return max(0, min(x.end, y.end) - max(x.start, y.start))


def spans_match(predicted: Span, true: Span) -> bool:
    """They share at least half of the shorter span."""
    shorter = min(predicted.length, true.length)
    return shorter > 0 and overlap(predicted, true) * 2 >= shorter


def _closeness(x: Span, y: Span) -> float:
    return overlap(x, y) / max(x.length, y.length)


def match_pairs(
    predicted: Sequence[AlignedPair | SharedQuote], true: Sequence[TruePair | SharedQuote]
) -> list[tuple[int, int]]:
    """One-to-one matches ``(predicted index, true index)``, best first."""
    candidates = sorted(
        (-(_closeness(p.a, t.a) + _closeness(p.b, t.b)), i, j)
        for i, p in enumerate(predicted)
        for j, t in enumerate(true)
        if spans_match(p.a, t.a) and spans_match(p.b, t.b)
    )
    used_p: set[int] = set()
    used_t: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_t:
            used_p.add(i)
            used_t.add(j)
            matches.append((i, j))
    return matches


def _solid(text: str, spans: Iterable[Span]) -> set[int]:
    return {k for s in spans for k in range(s.start, s.end) if not text[k].isspace()}


# -- scores --------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts over one or several pairs of the set, from which every figure is derived."""

    pairs_true: int = 0
    pairs_predicted: int = 0
    pairs_matched: int = 0
    labels_right: int = 0
    relation_true: Counter[str] = field(default_factory=Counter)
    relation_found: Counter[str] = field(default_factory=Counter)
    relation_labelled: Counter[str] = field(default_factory=Counter)
    quotes_true: int = 0
    quotes_predicted: int = 0
    quotes_matched: int = 0
    only_spans_true: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})
    only_spans_found: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})
    only_chars_true: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})
    only_chars_predicted: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})
    only_chars_shared: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})
    misses: list[str] = field(default_factory=list)

    def add(self, truth: Truth, result: Comparison) -> None:
        """Count how ``result`` does against ``truth``."""
        self.pairs_true += len(truth.pairs)
        self.pairs_predicted += len(result.pairs)
        matches = match_pairs(result.pairs, truth.pairs)
        self.pairs_matched += len(matches)
        for t in truth.pairs:
            self.relation_true[t.relation] += 1
        matched_true = {j for _, j in matches}
        for i, j in matches:
            p, t = result.pairs[i], truth.pairs[j]
            self.relation_found[t.relation] += 1
            if p.relation == t.relation and p.detail_side == t.detail_side:
                self.labels_right += 1
                self.relation_labelled[t.relation] += 1
            else:
                self.misses.append(
                    f"{truth.name}: label {p.relation}/{p.detail_side} for "
                    f"{t.relation}/{t.detail_side}: {t.a.text[:50]!r} ~ {t.b.text[:50]!r}"
                )
        for j, t in enumerate(truth.pairs):
            if j not in matched_true:
                self.misses.append(f"{truth.name}: missed {t.a.text[:60]!r} ~ {t.b.text[:60]!r}")
        matched_predicted = {i for i, _ in matches}
        for i, p in enumerate(result.pairs):
            if i not in matched_predicted:
                self.misses.append(f"{truth.name}: extra {p.a.text[:60]!r} ~ {p.b.text[:60]!r}")
        self.quotes_true += len(truth.shared_quotes)
        self.quotes_predicted += len(result.shared_quotes)
        quote_matches = match_pairs(result.shared_quotes, truth.shared_quotes)
        self.quotes_matched += len(quote_matches)
        for side, text, true_only, found_only in (
            ("a", truth.text_a, truth.only_a, result.only_a),
            ("b", truth.text_b, truth.only_b, result.only_b),
        ):
            self.only_spans_true[side] += len(true_only)
            self.only_spans_found[side] += sum(
                any(spans_match(p, t) for p in found_only) for t in true_only
            )
            solid_true = _solid(text, true_only)
            solid_found = _solid(text, found_only)
            self.only_chars_true[side] += len(solid_true)
            self.only_chars_predicted[side] += len(solid_found)
            self.only_chars_shared[side] += len(solid_true & solid_found)

    def absorb(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, int):
                setattr(self, name, mine + value)
            elif isinstance(value, Counter):
                mine.update(value)
            elif isinstance(value, dict):
                for key, count in value.items():
                    mine[key] += count
            else:
                mine.extend(value)

    def figures(self) -> dict[str, float]:
        """Every figure the issue asks for, by name (1.0 where there is nothing to find)."""

        def ratio(n: int, d: int) -> float:
            return n / d if d else 1.0

        precision = ratio(self.pairs_matched, self.pairs_predicted)
        recall = ratio(self.pairs_matched, self.pairs_true)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {
            "pair_precision": precision,
            "pair_recall": recall,
            "pair_f1": f1,
            "label_accuracy": ratio(self.labels_right, self.pairs_matched),
            "quote_recall": ratio(self.quotes_matched, self.quotes_true),
            "quote_precision": ratio(self.quotes_matched, self.quotes_predicted),
        }
        for relation in sorted(self.relation_true):
            total = self.relation_true[relation]
            result[f"recall_{relation}"] = ratio(self.relation_found[relation], total)
            result[f"labelled_{relation}"] = ratio(self.relation_labelled[relation], total)
        for side in ("a", "b"):
            result[f"only_{side}_recall"] = ratio(
                self.only_spans_found[side], self.only_spans_true[side]
            )
            result[f"only_{side}_char_recall"] = ratio(
                self.only_chars_shared[side], self.only_chars_true[side]
            )
            result[f"only_{side}_char_precision"] = ratio(
                self.only_chars_shared[side], self.only_chars_predicted[side]
            )
        return result


def score(names: Iterable[str]) -> Tally:
    """Compare every named pair and count the results."""
    tally = Tally()
    for name in names:
        truth = load(name)
        tally.add(truth, compare_texts(truth.text_a, truth.text_b))
    return tally


def report(half: str, tally: Tally) -> str:
    """The figures of one half as printable lines."""
    lines = [f"{half} ({tally.pairs_true} true pairs, {tally.quotes_true} shared quotes):"]
    lines += [f"  {key:32} {value:.3f}" for key, value in tally.figures().items()]
    return "\n".join(lines)


#: The plain baseline's selection (the first engine's): a pair from ``PLAIN_MIN``, kept if
#: from ``PLAIN_STRONG`` or within ``PLAIN_NEAR_BEST`` of either sentence's best partner.
PLAIN_MIN = 0.24
PLAIN_STRONG = 0.5
PLAIN_NEAR_BEST = 0.6


def _plain_select(scores: dict[tuple[int, int], float]) -> list[tuple[int, int, float]]:
    from desktop_app.core.compare.align import _best_partners_only

    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), value in scores.items():
        best_a[i] = max(best_a.get(i, 0.0), value)
        best_b[j] = max(best_b.get(j, 0.0), value)
    kept = [
        (i, j, value)
        for (i, j), value in sorted(scores.items())
        if value >= PLAIN_MIN
        and (
            value >= PLAIN_STRONG
            or value >= PLAIN_NEAR_BEST * best_a[i]
            or value >= PLAIN_NEAR_BEST * best_b[j]
        )
    ]
    return _best_partners_only(kept)


@contextmanager
def plain_tfidf() -> Iterator[None]:
    """Run the engine as plain TF-IDF: the cosine alone, and the first engine's selection.

    Where sentences stand plays no part (no position term, no pairs beside pairs or next
    to a partner).

    No anchors either (pairs of sentences that alone share a figure or two rare terms).
    """
    from desktop_app.core.compare import align, engine, neighbours

    stand_ins: tuple[tuple[ModuleType, str, object], ...] = (
        (align, "NEAR_FIGURE_BONUS", 0.0),
        (align, "POSITION_WEIGHT", 0.0),
        (neighbours, "NEIGHBOUR_SCORE", float("inf")),
        (neighbours, "NEXT_PARTNER_SCORE", float("inf")),
        # the engine imports these stages by name: they are replaced where it looks them up
        (engine, "select_pairs", _plain_select),
        (engine, "anchor_pairs", _no_anchors),
        (engine, "word_anchor_pairs", _no_anchors),
    )
    with ExitStack() as stack:
        for module, name, stand_in in stand_ins:
            stack.enter_context(patch.object(module, name, stand_in))
        yield


def _no_anchors(terms_a: object, terms_b: object) -> list[tuple[int, int]]:
    return []


if __name__ == "__main__":
    halves = [arg for arg in sys.argv[1:] if not arg.startswith("-")] or ["tuning"]
    for half in halves:
        if not split()[half]:
            print(f"{half}: empty, not scored")
            continue
        if "--plain" in sys.argv:
            with plain_tfidf():
                print(report(f"{half}, plain TF-IDF", score(split()[half])))
            continue
        result = score(split()[half])
        print(report(half, result))
        if "-v" in sys.argv:
            print("\n".join(result.misses))
