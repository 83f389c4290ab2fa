"""CPU time of each stage and rule of the update path (``replace_article_text``), per set.

Run ``python -m tests.benchmarks.update_stages [--every N] [--sets A,B]``: it builds the
same texts as ``update_speed`` (every ``N``-th of each set, default every 10th), then
updates each with a CPU timer (``time.thread_time_ns``) around every stage that
``replace_article_text`` calls by name: the diff (``Alignment``), each per-text table a
rule builds, the one look-up that carries a passage along unchanged, ``map_through``,
each rule after it, the repeat checks, and each annotation's result (``_updated``). A
stage's time is its own, less that of the stages it calls (the quote search that
``_among_neighbours`` runs is the search's); what no stage holds is the loop of
``replace_article_text`` itself (``body``), which also pays most of the timers' own cost
(printed: about 1 µs a timed call here, a third of it inside the stage). It prints, per
stage over all sets, µs an annotation, calls and µs a call; then per set the stages
grouped. Every timer is taken off again when the run ends.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from desktop_app.core import reanchor
from tests.benchmarks.update_speed import Update, material

#: The stages timed, by group: names that ``core.reanchor`` calls (functions and the
#: classes it builds once a text), and ``Class.method`` for the rules it asks per passage.
STAGES: dict[str, tuple[str, ...]] = {
    "diff": ("Alignment",),
    "tables": (
        "canonicalize",
        "sha256_hex",
        "RepeatedLines",
        "Lines",
        "LeftBehind",
        "Twins",
        "DoubledStretches",
        "DoubledParagraphs",
        "RepeatedParagraphs",
        "RefrainNeighbours",
        "PairedParagraphs",
        "OwnParagraphs",
        "ParagraphCopies",
        "SplitParagraphs",
        "ForeignEdges",
        "_paragraph_starts",
    ),
    "carried": ("_carried_along",),
    "map_through": ("map_through", "search"),
    "rules": (
        "once_in_both_placed",
        "next_head_left_out",
        "number_lines_put_back",
        "numbered_line_start_put_back",
        "edge_lines_taken_in",
        "_among_neighbours",
        "_beside_a_twin",
        "_item_of_its_list",
        "on_a_doubtful_line",
        "PairedParagraphs.follow",
        "OwnParagraphs.put_back",
        "review_moved_in_block",
        "ParagraphCopies.follow",
        "renumbered_line_followed",
        "SplitParagraphs.kept_part_reviewed",
        "SplitParagraphs.moved_copy_left_out",
        "ForeignEdges.reviewed",
        "ParagraphCopies.in_its_one_copy",
        "renumbered_rest_followed",
        "rewritten_edges_taken_in",
        "_on_a_repeat",
    ),
    "result": ("_updated", "AnchorResult", "body"),
}


class StageTimes:
    """Own CPU nanoseconds and calls per set and stage, gathered by the timers."""

    def __init__(self) -> None:
        self.spent: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.calls: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.annotations: dict[str, int] = defaultdict(int)
        self.label = ""
        self._inner: list[int] = []  # per open stage, the time of the stages it called

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` with a timer that books its own time to ``stage``."""

        def timer(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0)
            started = time.thread_time_ns()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.thread_time_ns() - started
                inner = self._inner.pop()
                self.spent[self.label][stage] += spent - inner
                self.calls[self.label][stage] += 1
                if self._inner:
                    self._inner[-1] += spent

        return timer


@contextmanager
def timers_on(times: StageTimes) -> Iterator[Callable[..., Any]]:
    """Put a timer around every stage of :data:`STAGES` while the block runs; it gets
    ``replace_article_text`` with its own timer (``body``)."""
    originals: list[tuple[object, str, object]] = []
    classes = {
        name: getattr(reanchor, name)
        for group in STAGES.values()
        for name in group
        if name != "body" and "." not in name
    }
    try:
        for group in STAGES.values():
            for name in group:
                if name == "body":
                    continue
                owner_name, _, method = name.rpartition(".")
                owner: object = classes[owner_name] if owner_name else reanchor
                attribute = method or name
                original = getattr(owner, attribute)
                originals.append((owner, attribute, original))
                setattr(owner, attribute, times.timed(name, original))
        yield times.timed("body", reanchor.replace_article_text)
    finally:
        for owner, attribute, original in reversed(originals):
            setattr(owner, attribute, original)


def timer_cost(times: StageTimes) -> tuple[float, float]:
    """µs a timed call costs in all, and the part of it booked inside the stage."""
    times.label = "(timer cost)"
    empty = times.timed("nothing", lambda: None)
    rounds = 20_000
    started = time.thread_time_ns()
    for _ in range(rounds):
        empty()
    whole = (time.thread_time_ns() - started) / rounds / 1e3
    inside = times.spent["(timer cost)"]["nothing"] / rounds / 1e3
    del times.spent["(timer cost)"], times.calls["(timer cost)"]
    return whole, inside


def measure(updates: dict[str, list[Update]]) -> StageTimes:
    """Every update of ``updates`` run with the timers on."""
    times = StageTimes()
    with timers_on(times) as update:
        for label, texts in updates.items():
            times.label = label
            for one in texts:
                update(one.project, one.project.articles.at(0).id, one.new)
                times.annotations[label] += len(one.ids)
    return times


def report(times: StageTimes) -> list[str]:
    """The tables: per stage over all sets, then per set by group (µs an annotation)."""
    total: dict[str, int] = defaultdict(int)
    calls: dict[str, int] = defaultdict(int)
    for label, spent in times.spent.items():
        for stage, nanoseconds in spent.items():
            total[stage] += nanoseconds
            calls[stage] += times.calls[label][stage]
    count = max(1, sum(times.annotations.values()))
    lines = [f"all sets, {count} annotations: {sum(total.values()) / count / 1e3:.1f} µs each"]
    for stage, nanoseconds in sorted(total.items(), key=lambda item: -item[1]):
        per_call = nanoseconds / calls[stage] / 1e3
        lines.append(
            f"  {stage:36s} {nanoseconds / count / 1e3:7.2f} µs  {calls[stage]:7d} calls "
            f"{per_call:8.1f} µs a call"
        )
    lines.append(f"{'set':12s} {'all':>7s} " + " ".join(f"{g:>11s}" for g in STAGES))
    rows = [*times.spent.items(), ("all", total)]
    for label, spent in rows:
        annotations = count if label == "all" else max(1, times.annotations[label])
        groups = " ".join(
            f"{sum(spent.get(name, 0) for name in names) / annotations / 1e3:11.1f}"
            for names in STAGES.values()
        )
        lines.append(f"{label:12s} {sum(spent.values()) / annotations / 1e3:7.1f} {groups}")
    return lines


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=int, default=10, help="keep every Nth text of each set")
    parser.add_argument("--sets", help="comma-separated set labels to run (default: all)")
    args = parser.parse_args(argv[1:])
    updates = material(args.every, args.sets.split(",") if args.sets else None)
    times = measure(updates)
    print("\n".join(report(times)))
    whole, inside = timer_cost(StageTimes())
    print(f"timers: {whole:.2f} µs a timed call, {inside:.2f} µs of it inside the stage")


if __name__ == "__main__":
    main(sys.argv)
