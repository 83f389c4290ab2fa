"""Cross-validation of the aligner's thresholds on the development set.

Every pair is scored once at every point of a small grid of thresholds; the folds then only
add up those per-pair counts. Two schemes are printed:

- leave one pair out: each pair is scored with the grid point that does best (pair F1) on
  the other pairs, so each figure is of a pair the choice never saw;
- two folds, dealt alternately in ``split.json`` order (the pairs are listed round by round
  and each earlier round has an even count, so both folds hold half of every round).

Run ``python -m tests.core.compare.crossval [--plain] [--all] [--labels]`` (``--plain``: the
plain TF-IDF baseline of ``devset.plain_tfidf`` over its own grid; ``--all``: every pair of
the set, the held-out half too, once it has been scored and is seen; ``--labels``: only the
label figures below); it also prints the whole set at the grid point best on all of it and
with the engine's own settings, and the thresholds of the relation labels chosen the same
way (leaving one pair out) for label accuracy.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from types import ModuleType

from desktop_app.core.compare import align, neighbours, relations
from tests.core.compare import devset
from tests.core.compare.devset import Tally, load, plain_tfidf, split

#: The thresholds searched, by name in :mod:`desktop_app.core.compare.align` (72 points;
#: ``inf`` turns pairs beside pairs off). ``POSITION_WEIGHT`` was chosen over (0, 0.2, 0.3)
#: in a run of its own (0.3 in every fold) and is not searched here, nor ``ANCHOR_TERMS`` 3
#: and ``SECOND_PARTNER`` 0.7, never chosen, to keep a run within minutes on a shared machine.
GRID: dict[str, tuple[float, ...]] = {
    "MUTUAL_SCORE": (0.14, 0.17, 0.2),
    "MIN_SCORE": (0.16, 0.2, 0.24),
    "SECOND_PARTNER": (0.4,),
    "NEIGHBOUR_SCORE": (float("inf"), 0.12),
    "NEXT_PARTNER_SCORE": (0.13, 0.15, 0.17),
    "NEXT_PARTNER_RAISE": (0.0, 0.04),
    "ANCHOR_FLOOR": (float("-inf"), 0.1),
}
#: The plain baseline's thresholds (:func:`tests.core.compare.devset.plain_tfidf`).
PLAIN_GRID: dict[str, tuple[float, ...]] = {
    "PLAIN_MIN": (0.18, 0.2, 0.22, 0.24, 0.26, 0.28),
    "PLAIN_NEAR_BEST": (0.5, 0.6, 0.7, 0.8),
    "PLAIN_STRONG": (0.4, 0.5, 0.6),
}

#: The thresholds of the relation labels (:mod:`desktop_app.core.compare.relations`),
#: searched apart for label accuracy (they do not move any pair).
LABEL_GRID: dict[str, tuple[float, ...]] = {
    "DETAIL_COVERED": (0.6, 0.7, 0.8),
    "DETAIL_RATIO": (1.3, 1.5, 1.8),
    "QUOTE_FRAME_RATIO": (0.4, 0.6, 0.8),
    "ROUGH_RATIO": (1.05, 1.1),
}

Point = tuple[float, ...]
#: The rounds of pairs, in ``split.json`` order (see tests/compare_data/README.md), each
#: shown on its own: the later a round, the less the engine was tuned on it.
ROUNDS: tuple[tuple[str, int], ...] = (
    ("  rounds 1-2 (10 pairs)", 10),
    ("  rounds 3-4 (8)", 8),
    ("  round 5 (10)", 10),
    ("  round 6 (8)", 8),
    ("  round 8 (10)", 10),
    ("  round 10 (10)", 10),
    ("  round 12 (10)", 10),
    ("  round 14 (6)", 6),
    ("  round 16 (8)", 8),
    ("  round 18 (8)", 8),
    ("  round 20 (8)", 8),
    ("  round 23 (8)", 8),
    ("  round 25 (8)", 8),
    ("  round 27 (8)", 8),
    ("  round 29 (8)", 8),
    ("  round 31 (8)", 8),
    ("  round 33 (8)", 8),
    ("  round 35 (8)", 8),
    ("  round 37 (8)", 8),
    ("  round 39 (8)", 8),
    ("  round 40 (8)", 8),
    ("  round 42 (8)", 8),
    ("  round 43 (8)", 8),
    ("  round 45 (8)", 8),
    ("  round 46 (8)", 8),
    ("  round 48 (8)", 8),
    ("  round 49 (8)", 8),
    ("  round 51 (8)", 8),
    ("  round 52 (8)", 8),
    ("  round 54 (8)", 8),
    ("  round 55 (8)", 8),
    ("  round 57 (8)", 8),
    ("  round 58 (8)", 8),
    ("  round 61 (8)", 8),
    ("  round 62 (8)", 8),
    ("  round 65 (8)", 8),
    ("  round 66 (8)", 8),
    ("  round 70 (8)", 8),
    ("  round 71 (8)", 8),
    ("  round 74 (8)", 8),
    ("  round 75 (8)", 8),
    ("  round 82 (8)", 8),
    ("  round 83 (8)", 8),
    ("  round 90 (8)", 8),
    ("  round 91 (8)", 8),
    ("  round 99 (8)", 8),
    ("  round 100 (8)", 8),
    ("  round 108 (8)", 8),
    ("  round 109 (8)", 8),
    ("  round 116 (8)", 8),
    ("  round 117 (8)", 8),
    ("  round 124 (8)", 8),
    ("  round 125 (8)", 8),
    ("  round 131 (8)", 8),
    ("  round 132 (8)", 8),
    ("  round 139 (8)", 8),
    ("  round 140 (8)", 8),
    ("  round 146 (8)", 8),
    ("  round 147 (8)", 8),
    ("  round 154 (8)", 8),
    ("  round 155 (8)", 8),
    ("  round 160 (8)", 8),
    ("  round 161 (8)", 8),
    ("  round 164 (8)", 8),
    ("  round 165 (8)", 8),
    ("  round 176 (8)", 8),
    ("  round 177 (8)", 8),
    ("  round 184 (8)", 8),
    ("  round 185 (8)", 8),
    ("  round 192 (8)", 8),
    ("  round 193 (8)", 8),
    ("  round 198 (8)", 8),
    ("  round 200 (8)", 8),
    ("  round 201 (8)", 8),
    ("  round 202 (8)", 8),
)


def _module_of(name: str) -> ModuleType:
    """The module that holds the threshold ``name``."""
    return next(m for m in (align, neighbours, relations, devset) if hasattr(m, name))


@contextmanager
def thresholds(values: dict[str, float]) -> Iterator[None]:
    """Run the aligner with these thresholds, then put the engine's own back."""
    modules = {name: _module_of(name) for name in values}
    saved = {name: getattr(modules[name], name) for name in values}
    try:
        for name, value in values.items():
            setattr(modules[name], name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(modules[name], name, value)


def tally_of(names: Sequence[str], values: dict[str, float], *, plain: bool = False) -> Tally:
    """Score the named pairs with these thresholds (``plain``: the plain TF-IDF baseline)."""
    from desktop_app.core.compare import compare_texts

    tally = Tally()
    with plain_tfidf() if plain else nullcontext(), thresholds(values):
        for name in names:
            truth = load(name)
            tally.add(truth, compare_texts(truth.text_a, truth.text_b))
    return tally


def per_pair(
    names: Sequence[str], grid: dict[str, tuple[float, ...]], *, plain: bool = False
) -> dict[Point, dict[str, Tally]]:
    """The tally of every pair at every point of ``grid``."""
    return {
        point: {
            name: tally_of([name], dict(zip(grid, point, strict=True)), plain=plain)
            for name in names
        }
        for point in itertools.product(*grid.values())
    }


def summed(tallies: Sequence[Tally]) -> Tally:
    """One tally counting everything the given ones count."""
    total = Tally()
    for tally in tallies:
        total.absorb(tally)
    return total


def best_on(
    table: dict[Point, dict[str, Tally]], names: Sequence[str], figure: str = "pair_f1"
) -> Point:
    """The grid point with the best ``figure`` on ``names`` (ties: the grid's order)."""
    best: tuple[float, Point] = (-1.0, ())
    for point, tallies in table.items():
        value = summed([tallies[name] for name in names]).figures()[figure]
        if value > best[0]:
            best = (value, point)
    return best[1]


def folds(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """The two folds: every other pair."""
    return list(names[0::2]), list(names[1::2])


_SHOWN = (
    "pair_precision", "pair_recall", "pair_f1", "label_accuracy", "recall_contradicts",
    "labelled_contradicts", "labelled_adds_detail", "only_a_recall", "only_a_char_precision",
    "only_b_recall", "only_b_char_precision", "quote_recall", "quote_precision",
)  # fmt: skip


def _line(label: str, tally: Tally) -> str:
    figures = tally.figures()
    return f"{label:34}" + " ".join(f"{figures[key]:.3f}" for key in _SHOWN)


def main(plain: bool = False, everything: bool = False, labels_only: bool = False) -> None:
    """Print the cross-validated figures beside the whole-set figures."""
    halves = split()
    names = halves["tuning"] + (halves["held_out"] if everything else [])
    print(" " * 34 + " ".join(key[:5] for key in _SHOWN))
    print("  columns: " + ", ".join(_SHOWN))
    if not labels_only:
        _pairs(names, plain)
    if not plain:
        _labels(names)


def _by_round(left_out: Sequence[Tally]) -> None:
    first_pair = 0
    for label, count in ROUNDS:
        if first_pair < len(left_out):
            print(_line(label, summed(left_out[first_pair : first_pair + count])))
        first_pair += count


def _pairs(names: Sequence[str], plain: bool) -> None:
    """The aligner's thresholds, cross-validated for pair F1."""
    grid = PLAIN_GRID if plain else GRID
    table = per_pair(names, grid, plain=plain)
    combined: list[Tally] = []
    first, second = folds(names)
    for scored_on, tuned_on, label in ((first, second, "1"), (second, first, "2")):
        point = best_on(table, tuned_on)
        fold = summed([table[point][name] for name in scored_on])
        combined.append(fold)
        print(_line(f"fold {label} (tuned on the other)", fold), point)
    print(_line("two folds, cross-validated", summed(combined)))
    left_out = [table[best_on(table, [n for n in names if n != name])][name] for name in names]
    print(_line("leave one pair out", summed(left_out)))
    _by_round(left_out)
    print(_line("all pairs, best point", summed([table[best_on(table, names)][n] for n in names])))
    own = {name: getattr(devset if plain else _module_of(name), name) for name in grid}
    print(_line("all pairs, own settings", tally_of(names, own, plain=plain)), own)


def _labels(names: Sequence[str]) -> None:
    """The relation labels' thresholds, chosen leaving one pair out for label accuracy."""
    labels = per_pair(names, LABEL_GRID)
    chosen = [labels[best_on(labels, [n for n in names if n != name], "label_accuracy")][name]
              for name in names]  # fmt: skip
    print(_line("labels, leave one pair out", summed(chosen)))
    _by_round(chosen)
    print(_relations("  by relation, leave one pair out", summed(chosen)))
    own = {name: getattr(relations, name) for name in LABEL_GRID}
    engine = tally_of(names, own)
    print(_line("labels, engine settings", engine), own)
    print(_relations("  by relation, engine settings", engine))


def _relations(label: str, tally: Tally) -> str:
    """Label accuracy and, per true relation, the share of pairs found and labelled so."""
    figures = tally.figures()
    shown = " ".join(
        f"{relation} {figures[f'recall_{relation}']:.3f}/{figures[f'labelled_{relation}']:.3f}"
        for relation in sorted(tally.relation_true)
    )
    return f"{label}: found/labelled {shown}"


if __name__ == "__main__":
    main(plain="--plain" in sys.argv, everything="--all" in sys.argv,
         labels_only="--labels" in sys.argv)  # fmt: skip
