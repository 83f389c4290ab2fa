"""Per-annotation verdicts of the update path on every set, to compare two engines.

Run ``python -m tests.benchmarks.update_verdicts OUT [--sets A,B]``: for every text of the
seventeen sets of ``update_speed`` (or those of ``--sets``) it updates the article as
``test_reanchor_accuracy.evaluate`` does and writes one line per annotation to OUT: set,
family, text and annotation number, its verdict (right, wrong, review, orphaned, partial)
and its placement. ``--compare BEFORE AFTER`` prints the annotations whose verdict or
placement differs between two such files, and how many turned from each verdict to each
other per set and family: a change meant to fix some wrong placements must turn nothing
right into anything else.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from desktop_app.core.reanchor import replace_article_text
from tests.benchmarks.test_reanchor_accuracy import _project, edited_cases
from tests.benchmarks.update_speed import UPDATE_SETS


def write_verdicts(out_path: str, labels: list[str] | None) -> None:
    """One line per annotation of every set (those of ``labels``, else all) to ``out_path``."""
    with open(out_path, "w", encoding="utf-8") as out:
        for material_set in UPDATE_SETS:
            if labels is not None and material_set.label not in labels:
                continue
            for case in edited_cases(
                material_set.seeds,
                material_set.families,
                material_set.text_of,
                material_set.spans_of,
            ):
                project, ids = _project(case.text, case.spans)
                truths = case.tracked.truths(case.spans)
                article_id = project.articles.at(0).id
                outcome = replace_article_text(project, article_id, case.tracked.text)
                placed = {result.annotation_id: result.placement for result in outcome.results}
                for number, (annotation_id, truth) in enumerate(zip(ids, truths, strict=True)):
                    placement = placed[annotation_id]
                    key = f"{material_set.label}|{case.family}|{case.label}|{number}"
                    out.write(
                        f"{key}\t{truth.verdict(placement)}\t{placement.state} "
                        f"{placement.start} {placement.end} {placement.score!r}\n"
                    )
            print(material_set.label, flush=True)


def _read(path: str) -> dict[str, tuple[str, str]]:
    verdicts: dict[str, tuple[str, str]] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            key, verdict, placement = line.rstrip("\n").split("\t")
            verdicts[key] = (verdict, placement)
    return verdicts


def compare(before_path: str, after_path: str) -> None:
    """Print the annotations placed differently, and the verdicts' moves per set and family."""
    before, after = _read(before_path), _read(after_path)
    moves: Counter[tuple[str, str, str]] = Counter()
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key, ("absent", "")), after.get(key, ("absent", ""))
        if old != new:
            print(f"{key}: {old[0]} {old[1]} -> {new[0]} {new[1]}")
            material, family = key.split("|")[:2]
            moves[(f"{material} / {family}", old[0], new[0])] += 1
    for (where, old_verdict, new_verdict), count in sorted(moves.items()):
        print(f"{where}: {old_verdict} -> {new_verdict}: {count}")
    print(f"{sum(moves.values())} of {len(after)} annotations placed differently")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", help="file to write one verdict line per annotation")
    parser.add_argument("--sets", help="comma-separated set labels to run (default: all)")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv[1:])
    if args.compare:
        compare(*args.compare)
    elif args.out:
        write_verdicts(args.out, args.sets.split(",") if args.sets else None)
    else:
        parser.error("give OUT or --compare BEFORE AFTER")


if __name__ == "__main__":
    main(sys.argv)
