"""Two-fold cross-validation of the aligner's thresholds on the development set.

The tuning pairs are dealt into two folds (alternately, in ``split.json`` order). For each
fold the thresholds are chosen on the other fold (best pair F1 over a small grid) and the
figures are reported on this one, so they say how the choice does on pairs it did not see.
Run ``python -m tests.core.compare.crossval``; it prints both folds, their sum, and the
figures of the whole set with the engine's own settings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop_app.core.compare import align
from tests.core.compare.devset import Tally, load, split

#: The thresholds searched, by name in :mod:`desktop_app.core.compare.align`.
GRID: dict[str, tuple[float, ...]] = {
    "MIN_SCORE": (0.18, 0.2, 0.22, 0.24, 0.26, 0.28),
    "NEAR_BEST": (0.5, 0.6, 0.7, 0.8),
    "STRONG_SCORE": (0.4, 0.5, 0.6),
    "SINGLE_TERM_DISCOUNT": (0.5, 0.7, 0.9),
}


@contextmanager
def thresholds(values: dict[str, float]) -> Iterator[None]:
    """Run the aligner with these thresholds, then put the engine's own back."""
    saved = {name: getattr(align, name) for name in values}
    try:
        for name, value in values.items():
            setattr(align, name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(align, name, value)


def tally_of(names: Sequence[str], values: dict[str, float]) -> Tally:
    """Score the named pairs with these thresholds."""
    from desktop_app.core.compare import compare_texts

    tally = Tally()
    with thresholds(values):
        for name in names:
            truth = load(name)
            tally.add(truth, compare_texts(truth.text_a, truth.text_b))
    return tally


def best_on(names: Sequence[str]) -> dict[str, float]:
    """The grid point with the best pair F1 on ``names`` (ties: the engine's order of the grid)."""
    best: tuple[float, dict[str, float]] = (-1.0, {})
    for point in itertools.product(*GRID.values()):
        values = dict(zip(GRID, point, strict=True))
        f1 = tally_of(names, values).figures()["pair_f1"]
        if f1 > best[0]:
            best = (f1, values)
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


def main() -> None:
    """Print the cross-validated figures beside the whole-set figures."""
    names = split()["tuning"]
    first, second = folds(names)
    print(" " * 34 + " ".join(key[:5] for key in _SHOWN))
    print("  columns: " + ", ".join(_SHOWN))
    combined = Tally()
    for tuned_on, scored_on, label in ((first, second, "fold 2"), (second, first, "fold 1")):
        values = best_on(tuned_on)
        tally = tally_of(scored_on, values)
        print(_line(f"{label} (tuned on the other)", tally), values)
        for truth_name in scored_on:
            truth = load(truth_name)
            with thresholds(values):
                from desktop_app.core.compare import compare_texts

                combined.add(truth, compare_texts(truth.text_a, truth.text_b))
    print(_line("both folds, cross-validated", combined))
    engine = {name: getattr(align, name) for name in GRID}
    print(_line("all pairs, engine settings", tally_of(names, engine)), engine)


if __name__ == "__main__":
    main()
