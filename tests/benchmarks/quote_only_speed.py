"""CPU time and instructions per annotation of quote-only placement (``place_all``) by batch.

Run ``python -m tests.benchmarks.quote_only_speed [--every N]``: it builds every ``N``-th
text of each of the nine sets of re-anchoring material (default every 10th), then places
each text's annotations in one batch as ``test_reanchor_accuracy.evaluate`` does, and
prints the CPU time (``time.process_time``) per annotation of each set and of all of them.
The material is built before any timing starts. ``--one-at-a-time`` places each annotation
by itself instead (``reanchor.place``, as the figures of one at a time are made).

``--callgrind`` runs the same twice under ``valgrind --tool=callgrind`` (once only building
the material, ``--build-only``) and prints the instructions per annotation that placing
costs: the difference of the two totals of ``callgrind_annotate``, over the annotations
placed. Instructions barely move with the machine's load; CPU time does (±25 % here).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.reanchor import place
from tests.benchmarks.reanchor_identity import MATERIAL_SETS, MaterialSet, batch_requests
from tests.benchmarks.test_reanchor_accuracy import edited_cases

#: Every how many texts of a set one is placed, unless told.
EVERY = 10

Batch = tuple[str, list[Request]]


def sampled(material: MaterialSet, every: int) -> list[Batch]:
    """Every ``every``-th text of a set, counted over its families, rates and seeds in the
    order of ``test_reanchor_accuracy.edited_cases`` (only those built, so a sparse sample
    builds quickly): its new text and its batch's requests."""
    cases = edited_cases(
        material.seeds, material.families, material.text_of, material.spans_of, every
    )
    return [(case.tracked.text, batch_requests(case)) for case in cases]


def material(every: int) -> dict[str, list[Batch]]:
    """Per set, the sampled texts' new text and requests."""
    return {material.label: sampled(material, every) for material in MATERIAL_SETS}


def timed(
    batches: dict[str, list[Batch]], one_at_a_time: bool = False
) -> dict[str, tuple[int, float]]:
    """Per set, the annotations placed and the CPU seconds ``place_all`` took (``place``,
    called for each annotation, when ``one_at_a_time``)."""
    spent: dict[str, tuple[int, float]] = {}
    for label, texts in batches.items():
        annotations, seconds = 0, 0.0
        for text, requests in texts:
            started = time.process_time()
            if one_at_a_time:
                for request in requests:
                    place(text, request.position, request.quote, hint=request.hint)
            else:
                place_all(text, requests)
            seconds += time.process_time() - started
            annotations += len(requests)
        spent[label] = (annotations, seconds)
    return spent


def _report(spent: dict[str, tuple[int, float]]) -> None:
    total_annotations = sum(count for count, _ in spent.values())
    total_seconds = sum(seconds for _, seconds in spent.values())
    for label, (count, seconds) in spent.items():
        print(f"{label:12s} {count:7d} annotations {seconds / max(1, count) * 1e6:8.1f} µs")
    per = total_seconds / max(1, total_annotations) * 1e6
    print(f"{'overall':12s} {total_annotations:7d} annotations {per:8.1f} µs")


def _instructions(every: int, build_only: bool, one_at_a_time: bool) -> tuple[int, int]:
    """Total instructions of one run under callgrind, and the annotations it placed."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "tests.benchmarks.quote_only_speed",
            "--every",
            str(every),
        ]
        if build_only:
            command.append("--build-only")
        if one_at_a_time:
            command.append("--one-at-a-time")
        run = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env=os.environ | {"PYTHONHASHSEED": "0"},
        )
        annotations = int(re.findall(r"overall\s+(\d+) annotations", run.stdout)[-1])
        summary = subprocess.run(
            ["callgrind_annotate", out], capture_output=True, text=True, check=True
        ).stdout
        match = re.search(r"^\s*([\d,]+)\s*\(100\.0%\)\s*PROGRAM TOTALS", summary, re.MULTILINE)
        if match is None:
            match = re.search(r"^\s*([\d,]+)\s*PROGRAM TOTALS", summary, re.MULTILINE)
        if match is None:
            raise RuntimeError("no PROGRAM TOTALS in callgrind_annotate's output")
        return int(match.group(1).replace(",", "")), annotations


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=int, default=EVERY, help="place every Nth text")
    parser.add_argument("--build-only", action="store_true", help="build, place nothing")
    parser.add_argument("--callgrind", action="store_true", help="count instructions")
    parser.add_argument(
        "--one-at-a-time", action="store_true", help="place each annotation by itself"
    )
    args = parser.parse_args(argv[1:])
    if args.callgrind:
        one_at_a_time = args.one_at_a_time
        built, _ = _instructions(args.every, build_only=True, one_at_a_time=one_at_a_time)
        total, annotations = _instructions(
            args.every, build_only=False, one_at_a_time=one_at_a_time
        )
        print(f"instructions: {total:,} total, {built:,} building the material")
        print(f"{annotations} annotations: {(total - built) / annotations / 1e6:.4f} M each")
        return
    batches = material(args.every)
    if args.build_only:
        counts = {label: (sum(len(r) for _, r in texts), 0.0) for label, texts in batches.items()}
        _report(counts)
        return
    _report(timed(batches, args.one_at_a_time))


if __name__ == "__main__":
    main(sys.argv)
