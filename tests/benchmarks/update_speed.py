"""CPU time per annotation of the update path (``replace_article_text``) on every set, and a digest.

Run ``python -m tests.benchmarks.update_speed [--every N] [--sets A,B] [--profile OUT]
[--digests OUT]``:
it builds every ``N``-th text of each set of re-anchoring material in ``UPDATE_SETS`` (default
every 10th), then updates each text's article as ``test_reanchor_accuracy.evaluate`` does
(a project of one article and its annotations, then ``replace_article_text`` with the new
text), and prints the CPU time (``time.process_time``) per annotation of each set, with a
SHA-256 of the update path's placements (state, start, end, score) per set and of all of
them: a pure speed change leaves every digest as it was. The material and the projects are
built before any timing starts. ``--profile OUT`` writes a cProfile of the updates to OUT;
``--digests OUT`` writes one line per text (its digest and label) to compare two runs.

``--callgrind`` runs the same per set under ``valgrind --tool=callgrind``, once only
building the material (``--build-only``) and once updating too, and prints the
instructions per annotation that updating costs (the difference of the two totals over the
annotations updated): instructions barely move with the machine's load; CPU time does.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import NamedTuple

from desktop_app.core.project import Project
from desktop_app.core.reanchor import replace_article_text
from tests.benchmarks.reanchor_fresh6_families import (
    FRESH6_FAMILIES,
    FRESH6_SEEDS,
    fresh6_spans,
    fresh6_text,
)
from tests.benchmarks.reanchor_fresh7_families import (
    FRESH7_FAMILIES,
    FRESH7_SEEDS,
    fresh7_spans,
    fresh7_text,
)
from tests.benchmarks.reanchor_fresh8_families import (
    FRESH8_FAMILIES,
    FRESH8_SEEDS,
    fresh8_spans,
    fresh8_text,
)
from tests.benchmarks.reanchor_fresh9_families import (
    FRESH9_FAMILIES,
    FRESH9_SEEDS,
    fresh9_spans,
    fresh9_text,
)
from tests.benchmarks.reanchor_fresh10_families import (
    FRESH10_FAMILIES,
    FRESH10_SEEDS,
    fresh10_spans,
    fresh10_text,
)
from tests.benchmarks.reanchor_fresh11_families import (
    FRESH11_FAMILIES,
    FRESH11_SEEDS,
    fresh11_spans,
    fresh11_text,
)
from tests.benchmarks.reanchor_fresh12_families import (
    FRESH12_FAMILIES,
    FRESH12_SEEDS,
    fresh12_spans,
    fresh12_text,
)
from tests.benchmarks.reanchor_fresh13_families import (
    FRESH13_FAMILIES,
    FRESH13_SEEDS,
    fresh13_spans,
    fresh13_text,
)
from tests.benchmarks.reanchor_fresh14_families import (
    FRESH14_FAMILIES,
    FRESH14_SEEDS,
    fresh14_spans,
    fresh14_text,
)
from tests.benchmarks.reanchor_fresh15_families import (
    FRESH15_FAMILIES,
    FRESH15_SEEDS,
    fresh15_spans,
    fresh15_text,
)
from tests.benchmarks.reanchor_fresh16_families import (
    FRESH16_FAMILIES,
    FRESH16_SEEDS,
    fresh16_spans,
    fresh16_text,
)
from tests.benchmarks.reanchor_fresh17_families import (
    FRESH17_FAMILIES,
    FRESH17_SEEDS,
    fresh17_spans,
    fresh17_text,
)
from tests.benchmarks.reanchor_fresh18_families import (
    FRESH18_FAMILIES,
    FRESH18_SEEDS,
    fresh18_spans,
    fresh18_text,
)
from tests.benchmarks.reanchor_fresh19_families import (
    FRESH19_FAMILIES,
    FRESH19_SEEDS,
    fresh19_spans,
    fresh19_text,
)
from tests.benchmarks.reanchor_fresh20_families import (
    FRESH20_FAMILIES,
    FRESH20_SEEDS,
    fresh20_spans,
    fresh20_text,
)
from tests.benchmarks.reanchor_fresh21_families import (
    FRESH21_FAMILIES,
    FRESH21_SEEDS,
    fresh21_spans,
    fresh21_text,
)
from tests.benchmarks.reanchor_fresh22_families import (
    FRESH22_FAMILIES,
    FRESH22_SEEDS,
    fresh22_spans,
    fresh22_text,
)
from tests.benchmarks.reanchor_fresh23_families import (
    FRESH23_FAMILIES,
    FRESH23_SEEDS,
    fresh23_spans,
    fresh23_text,
)
from tests.benchmarks.reanchor_fresh24_families import (
    FRESH24_FAMILIES,
    FRESH24_SEEDS,
    fresh24_spans,
    fresh24_text,
)
from tests.benchmarks.reanchor_fresh25_families import (
    FRESH25_FAMILIES,
    FRESH25_SEEDS,
    fresh25_spans,
    fresh25_text,
)
from tests.benchmarks.reanchor_fresh26_families import (
    FRESH26_FAMILIES,
    FRESH26_SEEDS,
    fresh26_spans,
    fresh26_text,
)
from tests.benchmarks.reanchor_fresh27_families import (
    FRESH27_FAMILIES,
    FRESH27_SEEDS,
    fresh27_spans,
    fresh27_text,
)
from tests.benchmarks.reanchor_fresh28_families import (
    FRESH28_FAMILIES,
    FRESH28_SEEDS,
    fresh28_spans,
    fresh28_text,
)
from tests.benchmarks.reanchor_fresh29_families import (
    FRESH29_FAMILIES,
    FRESH29_SEEDS,
    fresh29_spans,
    fresh29_text,
)
from tests.benchmarks.reanchor_fresh30_families import (
    FRESH30_FAMILIES,
    FRESH30_SEEDS,
    fresh30_spans,
    fresh30_text,
)
from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    FRESH31_SEEDS,
    fresh31_spans,
    fresh31_text,
)
from tests.benchmarks.reanchor_fresh32_families import (
    FRESH32_FAMILIES,
    FRESH32_SEEDS,
    fresh32_spans,
    fresh32_text,
)
from tests.benchmarks.reanchor_fresh33_families import (
    FRESH33_FAMILIES,
    FRESH33_SEEDS,
    fresh33_spans,
    fresh33_text,
)
from tests.benchmarks.reanchor_fresh34_families import (
    FRESH34_FAMILIES,
    FRESH34_SEEDS,
    fresh34_spans,
    fresh34_text,
)
from tests.benchmarks.reanchor_fresh35_families import (
    FRESH35_FAMILIES,
    FRESH35_SEEDS,
    fresh35_spans,
    fresh35_text,
)
from tests.benchmarks.reanchor_fresh36_families import (
    FRESH36_FAMILIES,
    FRESH36_SEEDS,
    fresh36_spans,
    fresh36_text,
)
from tests.benchmarks.reanchor_fresh37_families import (
    FRESH37_FAMILIES,
    FRESH37_SEEDS,
    fresh37_spans,
    fresh37_text,
)
from tests.benchmarks.reanchor_fresh38_families import (
    FRESH38_FAMILIES,
    FRESH38_SEEDS,
    fresh38_spans,
    fresh38_text,
)
from tests.benchmarks.reanchor_fresh39_families import (
    FRESH39_FAMILIES,
    FRESH39_SEEDS,
    fresh39_spans,
    fresh39_text,
)
from tests.benchmarks.reanchor_fresh40_families import (
    FRESH40_FAMILIES,
    FRESH40_SEEDS,
    fresh40_spans,
    fresh40_text,
)
from tests.benchmarks.reanchor_fresh41_families import (
    FRESH41_FAMILIES,
    FRESH41_SEEDS,
    fresh41_spans,
    fresh41_text,
)
from tests.benchmarks.reanchor_fresh42_families import (
    FRESH42_FAMILIES,
    FRESH42_SEEDS,
    fresh42_spans,
    fresh42_text,
)
from tests.benchmarks.reanchor_fresh43_families import (
    FRESH43_FAMILIES,
    FRESH43_SEEDS,
    fresh43_spans,
    fresh43_text,
)
from tests.benchmarks.reanchor_fresh44_families import (
    FRESH44_FAMILIES,
    FRESH44_SEEDS,
    fresh44_spans,
    fresh44_text,
)
from tests.benchmarks.reanchor_identity import MATERIAL_SETS, MaterialSet
from tests.benchmarks.test_reanchor_accuracy import EditedCase, _project, edited_cases

#: Every set of material whose update path the accuracy tables report.
UPDATE_SETS = (
    *MATERIAL_SETS,
    MaterialSet("fresh6", FRESH6_SEEDS, FRESH6_FAMILIES, fresh6_text, fresh6_spans),
    MaterialSet("fresh7", FRESH7_SEEDS, FRESH7_FAMILIES, fresh7_text, fresh7_spans),
    MaterialSet("fresh8", FRESH8_SEEDS, FRESH8_FAMILIES, fresh8_text, fresh8_spans),
    MaterialSet("fresh9", FRESH9_SEEDS, FRESH9_FAMILIES, fresh9_text, fresh9_spans),
    MaterialSet("fresh10", FRESH10_SEEDS, FRESH10_FAMILIES, fresh10_text, fresh10_spans),
    MaterialSet("fresh11", FRESH11_SEEDS, FRESH11_FAMILIES, fresh11_text, fresh11_spans),
    MaterialSet("fresh12", FRESH12_SEEDS, FRESH12_FAMILIES, fresh12_text, fresh12_spans),
    MaterialSet("fresh13", FRESH13_SEEDS, FRESH13_FAMILIES, fresh13_text, fresh13_spans),
    MaterialSet("fresh14", FRESH14_SEEDS, FRESH14_FAMILIES, fresh14_text, fresh14_spans),
    MaterialSet("fresh15", FRESH15_SEEDS, FRESH15_FAMILIES, fresh15_text, fresh15_spans),
    MaterialSet("fresh16", FRESH16_SEEDS, FRESH16_FAMILIES, fresh16_text, fresh16_spans),
    MaterialSet("fresh17", FRESH17_SEEDS, FRESH17_FAMILIES, fresh17_text, fresh17_spans),
    MaterialSet("fresh18", FRESH18_SEEDS, FRESH18_FAMILIES, fresh18_text, fresh18_spans),
    MaterialSet("fresh19", FRESH19_SEEDS, FRESH19_FAMILIES, fresh19_text, fresh19_spans),
    MaterialSet("fresh20", FRESH20_SEEDS, FRESH20_FAMILIES, fresh20_text, fresh20_spans),
    MaterialSet("fresh21", FRESH21_SEEDS, FRESH21_FAMILIES, fresh21_text, fresh21_spans),
    MaterialSet("fresh22", FRESH22_SEEDS, FRESH22_FAMILIES, fresh22_text, fresh22_spans),
    MaterialSet("fresh23", FRESH23_SEEDS, FRESH23_FAMILIES, fresh23_text, fresh23_spans),
    MaterialSet("fresh24", FRESH24_SEEDS, FRESH24_FAMILIES, fresh24_text, fresh24_spans),
    MaterialSet("fresh25", FRESH25_SEEDS, FRESH25_FAMILIES, fresh25_text, fresh25_spans),
    MaterialSet("fresh26", FRESH26_SEEDS, FRESH26_FAMILIES, fresh26_text, fresh26_spans),
    MaterialSet("fresh27", FRESH27_SEEDS, FRESH27_FAMILIES, fresh27_text, fresh27_spans),
    MaterialSet("fresh28", FRESH28_SEEDS, FRESH28_FAMILIES, fresh28_text, fresh28_spans),
    MaterialSet("fresh29", FRESH29_SEEDS, FRESH29_FAMILIES, fresh29_text, fresh29_spans),
    MaterialSet("fresh30", FRESH30_SEEDS, FRESH30_FAMILIES, fresh30_text, fresh30_spans),
    MaterialSet("fresh31", FRESH31_SEEDS, FRESH31_FAMILIES, fresh31_text, fresh31_spans),
    MaterialSet("fresh32", FRESH32_SEEDS, FRESH32_FAMILIES, fresh32_text, fresh32_spans),
    MaterialSet("fresh33", FRESH33_SEEDS, FRESH33_FAMILIES, fresh33_text, fresh33_spans),
    MaterialSet("fresh34", FRESH34_SEEDS, FRESH34_FAMILIES, fresh34_text, fresh34_spans),
    MaterialSet("fresh35", FRESH35_SEEDS, FRESH35_FAMILIES, fresh35_text, fresh35_spans),
    MaterialSet("fresh36", FRESH36_SEEDS, FRESH36_FAMILIES, fresh36_text, fresh36_spans),
    MaterialSet("fresh37", FRESH37_SEEDS, FRESH37_FAMILIES, fresh37_text, fresh37_spans),
    MaterialSet("fresh38", FRESH38_SEEDS, FRESH38_FAMILIES, fresh38_text, fresh38_spans),
    MaterialSet("fresh39", FRESH39_SEEDS, FRESH39_FAMILIES, fresh39_text, fresh39_spans),
    MaterialSet("fresh40", FRESH40_SEEDS, FRESH40_FAMILIES, fresh40_text, fresh40_spans),
    MaterialSet("fresh41", FRESH41_SEEDS, FRESH41_FAMILIES, fresh41_text, fresh41_spans),
    MaterialSet("fresh42", FRESH42_SEEDS, FRESH42_FAMILIES, fresh42_text, fresh42_spans),
    MaterialSet("fresh43", FRESH43_SEEDS, FRESH43_FAMILIES, fresh43_text, fresh43_spans),
    MaterialSet("fresh44", FRESH44_SEEDS, FRESH44_FAMILIES, fresh44_text, fresh44_spans),
)


class Update(NamedTuple):
    """One text of a set, ready to update: its label, project, annotation ids and new text."""

    label: str
    project: Project
    ids: list[str]
    new: str


def material(every: int, labels: list[str] | None = None) -> dict[str, list[Update]]:
    """Per set (those of ``labels``, else all), every ``every``-th text as a project ready
    for its update."""
    built: dict[str, list[Update]] = {}
    for material_set in UPDATE_SETS:
        if labels is not None and material_set.label not in labels:
            continue
        updates = []
        for case in _sampled(material_set, every):
            project, ids = _project(case.text, case.spans)
            updates.append(Update(case.label, project, ids, case.tracked.text))
        built[material_set.label] = updates
    return built


def _sampled(material_set: MaterialSet, every: int) -> Iterator[EditedCase]:
    """Every ``every``-th text of a set, counted over its families, rates and seeds in the
    order of ``test_reanchor_accuracy.edited_cases`` and built only when sampled."""
    return edited_cases(
        material_set.seeds,
        material_set.families,
        material_set.text_of,
        material_set.spans_of,
        every,
    )


def run(
    updates: dict[str, list[Update]], profiler: cProfile.Profile | None = None
) -> tuple[dict[str, tuple[int, float]], dict[str, str], list[str]]:
    """Per set, the annotations updated and CPU seconds spent; per set a digest of the
    placements; and one digest line per text."""
    spent: dict[str, tuple[int, float]] = {}
    digests: dict[str, str] = {}
    lines: list[str] = []
    for label, texts in updates.items():
        count, seconds = 0, 0.0
        set_digest = hashlib.sha256()
        for update in texts:
            article_id = update.project.articles.at(0).id
            if profiler is not None:
                profiler.enable()
            started = time.process_time()
            outcome = replace_article_text(update.project, article_id, update.new)
            seconds += time.process_time() - started
            if profiler is not None:
                profiler.disable()
            count += len(update.ids)
            placed = {r.annotation_id: r.placement for r in outcome.results}
            digest = hashlib.sha256()
            for annotation_id in update.ids:
                state, start, end, score = placed[annotation_id]
                digest.update(f"{state} {start} {end} {score!r}\n".encode())
            lines.append(f"{digest.hexdigest()} {label} {update.label}")
            set_digest.update(digest.digest())
        spent[label] = (count, seconds)
        digests[label] = set_digest.hexdigest()
    return spent, digests, lines


def _instructions(every: int, label: str, build_only: bool) -> tuple[int, int]:
    """Total instructions of one run over set ``label`` under callgrind, and the annotations
    it updated (or built, with ``build_only``)."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "tests.benchmarks.update_speed",
            "--every",
            str(every),
            "--sets",
            label,
        ]
        if build_only:
            command.append("--build-only")
        run = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env=os.environ | {"PYTHONHASHSEED": "0"},
        )
        annotations = int(re.findall(r"^all\s+(\d+) annotations", run.stdout, re.MULTILINE)[-1])
        summary = subprocess.run(
            ["callgrind_annotate", out], capture_output=True, text=True, check=True
        ).stdout
        match = re.search(r"^\s*([\d,]+)\s*(?:\(100\.0%\))?\s*PROGRAM TOTALS", summary, re.M)
        if match is None:
            raise RuntimeError("no PROGRAM TOTALS in callgrind_annotate's output")
        return int(match.group(1).replace(",", "")), annotations


def _callgrind(every: int, labels: list[str]) -> None:
    """Print, per set, the instructions per annotation that updating costs."""
    for label in labels:
        built, _ = _instructions(every, label, build_only=True)
        total, annotations = _instructions(every, label, build_only=False)
        per = (total - built) / max(1, annotations) / 1e6
        print(f"{label:12s} {annotations:7d} annotations {per:8.4f} M instructions", flush=True)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=int, default=10, help="keep every Nth text of each set")
    parser.add_argument("--profile", help="file to write a cProfile of the updates to")
    parser.add_argument("--digests", help="file to write one digest line per text to")
    parser.add_argument("--sets", help="comma-separated set labels to run (default: all)")
    parser.add_argument("--build-only", action="store_true", help="build, update nothing")
    parser.add_argument("--callgrind", action="store_true", help="count instructions per set")
    args = parser.parse_args(argv[1:])
    labels = args.sets.split(",") if args.sets else None
    if args.callgrind:
        _callgrind(args.every, labels or [material_set.label for material_set in UPDATE_SETS])
        return
    updates = material(args.every, labels)
    if args.build_only:
        count = sum(len(update.ids) for texts in updates.values() for update in texts)
        print(f"{'all':12s} {count:7d} annotations")
        return
    profiler = cProfile.Profile() if args.profile else None
    spent, digests, lines = run(updates, profiler)
    total = hashlib.sha256()
    all_annotations, all_seconds = 0, 0.0
    for label, (count, seconds) in spent.items():
        per = seconds / max(1, count) * 1e6
        print(f"{label:12s} {count:7d} annotations {per:7.1f} µs  {digests[label][:16]}")
        all_annotations += count
        all_seconds += seconds
        total.update(digests[label].encode())
    per = all_seconds / max(1, all_annotations) * 1e6
    print(f"{'all':12s} {all_annotations:7d} annotations {per:7.1f} µs  {total.hexdigest()[:16]}")
    if profiler is not None and args.profile:
        profiler.dump_stats(args.profile)
    if args.digests:
        with open(args.digests, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv)
