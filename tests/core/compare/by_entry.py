"""Pair P/R/F1, labels, quotes and only-spans of the engine and of plain TF-IDF, entry by entry.

The entries are the rounds of ``crossval.ROUNDS`` (the pairs of each README entry, in
``split.json`` order); each line is the engine at its own settings, in-sample. Run
``python -m tests.core.compare.by_entry [--plain] [--off NAME …] [--pairs]`` (``--plain``:
plain TF-IDF beside the engine; ``--off``: switch a component of the engine off, see
``SWITCHES``, several in turn when given a comma-separated list, each printed beside the
engine; ``--pairs``: also every pair of the last four entries). The line "blind 23-29"
sums the four latest entries, the ones tuned on least.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from tests.core.compare import crossval
from tests.core.compare.devset import Tally, load, plain_tfidf, split

#: The entries whose pairs the engine was tuned on least (summed as "blind 23-29").
LATER_BLIND = ("  round 23 (8)", "  round 25 (8)", "  round 27 (8)", "  round 29 (8)")


@contextmanager
def patched(target: Any, name: str, value: object) -> Iterator[None]:
    """``target.name`` set to ``value`` for the duration, then put back."""
    saved = getattr(target, name)
    setattr(target, name, value)
    try:
        yield
    finally:
        setattr(target, name, saved)


def _switches() -> dict[str, Callable[[], AbstractContextManager[None]]]:
    """Every component that can be switched off, by name."""
    from desktop_app.core.compare import (
        align,
        bantu_numerals,
        bracketed,
        clocks,
        closing_sections,
        counted_scales,
        counts_apart,
        currency_signs,
        cut_down,
        engine,
        grams,
        lede_counts,
        left_out,
        longer_alone,
        measures,
        named_gaps,
        near_copies,
        neighbours,
        one_sided,
        paired_twice,
        quotation_rests,
        relations,
        remainders,
        still_alone,
        terms,
        unit_amounts,
        units,
    )

    def none(*_: object, **__: object) -> list[Any]:
        return []

    def same(found: object) -> object:
        return found

    return {
        "position": lambda: patched(align, "POSITION_WEIGHT", 0.0),
        "names_only": lambda: patched(align, "NAMES_ONLY_PENALTY", 0.0),
        "near_figure": lambda: patched(align, "NEAR_FIGURE_BONUS", 0.0),
        "anchors": lambda: patched(engine, "anchor_pairs", none),
        "weak_anchors": lambda: patched(neighbours, "ANCHOR_FLOOR", float("-inf")),
        "gaps": lambda: patched(engine, "_gaps", none),
        "beside": lambda: patched(neighbours, "NEIGHBOUR_SCORE", float("inf")),
        "next_partner": lambda: patched(neighbours, "NEXT_PARTNER_SCORE", float("inf")),
        "next_raise": lambda: patched(neighbours, "NEXT_PARTNER_RAISE", 0.0),
        "stranded": lambda: patched(engine, "stranded_pairs", none),
        "quoting_pairs": lambda: patched(engine, "_quoting_pairs", none),
        "inflected_names": lambda: patched(align, "_inflected_names", same),
        "head_lines": lambda: patched(units, "_head_lines", none),
        "identical": lambda: patched(engine, "_identical", none),
        "mutual_0.14": lambda: patched(align, "MUTUAL_SCORE", 0.14),
        "mutual_0.2": lambda: patched(align, "MUTUAL_SCORE", 0.2),
        "min_0.24": lambda: patched(align, "MIN_SCORE", 0.24),
        "second_0.55": lambda: patched(align, "SECOND_PARTNER", 0.55),
        "pieces_pairs": lambda: patched(grams, "GRAM_MUTUAL_SCORE", float("inf")),
        "pieces_second_partners": lambda: patched(grams, "GRAM_SECOND_SCORE", float("inf")),
        "beside_pieces": lambda: patched(neighbours, "BESIDE_PIECES_FLOOR", float("-inf")),
        "late_pairs": lambda: patched(left_out, "LATE_SCORE", float("-inf")),
        "endings": lambda: patched(engine, "ending_pairs", none),
        "far_echoes": lambda: patched(engine, "far_echo_pairs", none),
        "far_seconds": lambda: patched(left_out, "FAR_SECOND_SCORE", float("-inf")),
        "remainders": lambda: patched(remainders, "REMAINDER_SHARE", float("inf")),
        "still_alone": lambda: patched(still_alone, "STILL_ALONE_PLACE", float("-inf")),
        "lede_counts": lambda: patched(engine, "lede_count_pairs", none),
        "lede_moments": lambda: patched(lede_counts, "LEDE_MOMENT_WORDS", 0),
        "between_pairs": lambda: patched(engine, "between_pairs", none),
        "far_apart": lambda: patched(engine, "far_apart_pairs", none),
        "sizes_in_words": lambda: patched(measures, "SIZE_DIMENSIONS", frozenset()),
        "quotation_rests": lambda: patched(quotation_rests, "JOIN_QUOTATION_RESTS", False),
        "longer_alone": lambda: patched(longer_alone, "LONGER_ALONE", False),
        "paired_twice": lambda: patched(paired_twice, "PAIRED_TWICE", False),
        "cut_down": lambda: patched(cut_down, "CUT_DOWN", False),
        "named_lede": lambda: patched(cut_down, "NAMED_LEDE", False),
        "round_189": lambda: _both(
            patched(cut_down, "CUT_DOWN", False), patched(cut_down, "NAMED_LEDE", False)
        ),
        "one_sided": lambda: patched(one_sided, "ONE_SIDED", False),
        "bare_partner": lambda: patched(one_sided, "BARE_PARTNER", False),
        "named_gaps": lambda: patched(named_gaps, "NAMES_COUNT_NOTHING", False),
        "currency_signs": lambda: patched(currency_signs, "SIGN_BEFORE", False),
        "counted_scales": lambda: patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False),
        "counted_alike": lambda: patched(counted_scales, "COUNTED_TERM_WORDS", 0),
        "point_thousands": lambda: patched(terms, "POINT_THOUSANDS_COMMA_DECIMALS", False),
        "rough_times_30": lambda: patched(align, "ROUGH_TIME_MINUTES", 30),
        "ranges": lambda: patched(relations, "RANGES_AGREE", False),
        "closing_sections": lambda: patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0),
        "unlisted_titles": lambda: patched(units, "UNLISTED_TITLES", False),
        "bracketed": lambda: patched(bracketed, "BRACKETED_PLACE", 0.0),
        "name_endings": lambda: patched(units, "NAME_ENDINGS", False),
        "figure_o_clock": lambda: patched(clocks, "FIGURE_O_CLOCK", False),
        "language_months": lambda: patched(terms, "LANGUAGE_MONTHS", False),
        "days_of_months": lambda: patched(terms, "DAYS_OF_MONTHS", False),
        "class_prefixed": lambda: patched(bantu_numerals, "READ_CLASS_PREFIXED", False),
        "noun_before": lambda: patched(bantu_numerals, "NOUN_BEFORE", False),
        "figure_inside": lambda: patched(near_copies, "FIGURE_INSIDE", False),
        "one_end_moved": any_order_near_copies,
        "near_copies": lambda: _both(
            patched(near_copies, "FIGURE_INSIDE", False), any_order_near_copies()
        ),
        "counts_apart": lambda: patched(counts_apart, "COUNTS_APART_RATIO", float("inf")),
        "month_days": lambda: patched(align, "DAYS_BESIDE_MONTH_NAMES", False),
        "decades_added": lambda: patched(left_out, "DECADES_BAR_ADDED_PAIRS", False),
        "left_out": lambda: _both(
            patched(left_out, "LATE_SCORE", float("-inf")),
            patched(left_out, "FAR_SECOND_SCORE", float("-inf")),
        ),
        "units_spelt_two_ways": lambda: patched(unit_amounts, "UNITS_SPELT_TWO_WAYS_MEET", False),
    }


def any_order_near_copies() -> AbstractContextManager[None]:
    """``one_end_moved`` off: words shared in any order make a near copy, however long."""
    from desktop_app.core.compare import near_copies

    return _both(
        patched(near_copies, "ROTATED_LIKENESS", 0.0),
        patched(near_copies, "ROTATED_WORDS_AT_MOST", sys.maxsize),
    )


@contextmanager
def _both(
    first: AbstractContextManager[None], second: AbstractContextManager[None]
) -> Iterator[None]:
    """Two contexts entered together."""
    with first, second:
        yield


def tallies(names: Sequence[str], context: AbstractContextManager[None]) -> dict[str, Tally]:
    """The tally of every named pair, compared inside ``context``."""
    from desktop_app.core.compare import compare_texts

    result: dict[str, Tally] = {}
    with context:
        for name in names:
            truth = load(name)
            tally = Tally()
            tally.add(truth, compare_texts(truth.text_a, truth.text_b))
            result[name] = tally
    return result


_SHOWN = ("pair_precision", "pair_recall", "pair_f1", "label_accuracy", "quote_recall",
          "quote_precision", "only_a_recall", "only_a_char_precision", "only_b_recall",
          "only_b_char_precision")  # fmt: skip


def line(label: str, tally: Tally) -> str:
    """One printed line: the label, then the figures of ``_SHOWN``."""
    figures = tally.figures()
    return f"{label:30}" + " ".join(f"{figures[key]:.3f}" for key in _SHOWN)


def entries(names: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The README entries as ``(label, pair names)``, in order, then the later blind ones and
    all pairs together."""
    found: list[tuple[str, list[str]]] = []
    first = 0
    for label, count in crossval.ROUNDS:
        found.append((label.strip(), list(names[first : first + count])))
        first += count
    blind = [n for label, group in found if f"  {label}" in LATER_BLIND for n in group]
    found.append(("blind 23-29", blind))
    found.append(("all", list(names)))
    return found


def table(columns: dict[str, dict[str, Tally]], names: Sequence[str]) -> list[str]:
    """Lines per entry, one per column (engine, plain, each switch off)."""
    lines = [" " * 30 + " ".join(key[:5] for key in _SHOWN)]
    for label, group in entries(names):
        for column, by_pair in columns.items():
            tally = crossval.summed([by_pair[name] for name in group])
            lines.append(line(f"{label[:14]:14} {column[:15]}", tally))
    return lines


def main(argv: Sequence[str]) -> None:
    """Print the table the arguments ask for: the tuning half only, so that a round never
    sees the held-out pairs (``--with-held-out`` adds them, for the lead's own scoring)."""
    halves = split()
    names = halves["tuning"] + (halves["held_out"] if "--with-held-out" in argv else [])
    columns = {"engine": tallies(names, nullcontext())}
    if "--plain" in argv:
        columns["plain"] = tallies(names, plain_tfidf())
    switches = _switches()
    for k, arg in enumerate(argv):
        if arg == "--off":
            for name in argv[k + 1].split(","):
                columns[f"-{name}"] = tallies(names, switches[name]())
    print("\n".join(table(columns, names)))
    if "--pairs" in argv:
        blind = dict(entries(names))["blind 23-29"]
        for name in blind:
            for column, by_pair in columns.items():
                print(line(f"{name[:14]:14} {column[:15]}", by_pair[name]))


if __name__ == "__main__":
    main(sys.argv[1:])
