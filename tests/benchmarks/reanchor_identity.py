"""A digest of every placement on the re-anchoring benchmark material (a speed-up changes none).

Run ``python -m tests.benchmarks.reanchor_identity [--every N] [--batches-only] [OUT]``: it
runs ``replace_article_text`` and ``place`` over the material of
``test_reanchor_accuracy.evaluate`` (the first five family sets with their seeds, texts and
spans) and over the four cases of ``test_reanchor_bench``, then ``place_all`` (one batch per
text, as ``evaluate`` calls it) over every one of the nine sets, and prints (and writes to
OUT, one line per case) a SHA-256 of each case's placements (state, start, end, score), of
the first part (the digest of earlier rounds), of the batches, and of all of them. Compare
the output on main and after a change. ``--every N`` keeps every Nth text of each set (a
quick sample while iterating; the final check is the full run); ``--batches-only`` skips
the first part.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Callable, Iterator
from typing import NamedTuple

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place, replace_article_text
from tests.benchmarks.reanchor_check_families import CHECK_FAMILIES, CHECK_SEEDS
from tests.benchmarks.reanchor_families import FAMILIES, Family, annotated_spans
from tests.benchmarks.reanchor_fresh2_families import (
    FRESH2_FAMILIES,
    FRESH2_SEEDS,
    fresh2_spans,
    fresh2_text,
)
from tests.benchmarks.reanchor_fresh3_families import (
    FRESH3_FAMILIES,
    FRESH3_SEEDS,
    fresh3_spans,
    fresh3_text,
)
from tests.benchmarks.reanchor_fresh4_families import (
    FRESH4_FAMILIES,
    FRESH4_SEEDS,
    fresh4_spans,
    fresh4_text,
)
from tests.benchmarks.reanchor_fresh5_families import (
    FRESH5_FAMILIES,
    FRESH5_SEEDS,
    fresh5_spans,
    fresh5_text,
)
from tests.benchmarks.reanchor_fresh_families import (
    FRESH_FAMILIES,
    FRESH_SEEDS,
    fresh_spans,
    fresh_text,
)
from tests.benchmarks.reanchor_new_families import NEW_FAMILIES, NEW_SEEDS, new_text
from tests.benchmarks.test_reanchor_accuracy import (
    DEVELOPMENT,
    HELD_OUT,
    EditedCase,
    _base_text,
    _project,
    edited_cases,
)
from tests.benchmarks.test_reanchor_bench import _revised, _sprinkled
from tests.storage.builders import build_project

Spans = Callable[[random.Random, str, int], list[tuple[int, int]]]
TextOf = Callable[[int, random.Random], str]


class MaterialSet(NamedTuple):
    """One set of benchmark material, as its ``test_reanchor_*`` file evaluates it."""

    label: str
    seeds: range
    families: dict[str, Family]
    text_of: TextOf = _base_text
    spans_of: Spans = annotated_spans


#: Every set of material, in the order of the accuracy benchmarks.
MATERIAL_SETS = (
    MaterialSet("development", DEVELOPMENT, FAMILIES),
    MaterialSet("held out", HELD_OUT, FAMILIES),
    MaterialSet("new", NEW_SEEDS, NEW_FAMILIES, new_text),
    MaterialSet("check", CHECK_SEEDS, FAMILIES | CHECK_FAMILIES),
    MaterialSet("fresh", FRESH_SEEDS, FRESH_FAMILIES, fresh_text, fresh_spans),
    MaterialSet("fresh2", FRESH2_SEEDS, FRESH2_FAMILIES, fresh2_text, fresh2_spans),
    MaterialSet("fresh3", FRESH3_SEEDS, FRESH3_FAMILIES, fresh3_text, fresh3_spans),
    MaterialSet("fresh4", FRESH4_SEEDS, FRESH4_FAMILIES, fresh4_text, fresh4_spans),
    MaterialSet("fresh5", FRESH5_SEEDS, FRESH5_FAMILIES, fresh5_text, fresh5_spans),
)


def _line(placement: Placement) -> str:
    state, start, end, score = placement
    return f"{state} {start} {end} {score!r}\n"


def sampled_cases(material: MaterialSet, every: int = 1) -> Iterator[EditedCase]:
    """Every ``every``-th edited text of a set, as ``evaluate`` walks them."""
    walk = edited_cases(material.seeds, material.families, material.text_of, material.spans_of)
    for index, case in enumerate(walk):
        if index % every == 0:
            yield case


def batch_requests(case: EditedCase) -> list[Request]:
    """The requests of one text's batch, as ``evaluate`` makes them."""
    return [Request(*describe(case.text, start, end)) for start, end in case.spans]


def _material_cases(material: MaterialSet, every: int) -> Iterator[tuple[str, str]]:
    """As ``evaluate``'s loops: per family, rate and seed, the digest of both paths."""
    for case in sampled_cases(material, every):
        text, spans, new = case.text, case.spans, case.tracked.text
        project, ids = _project(text, spans)
        outcome = replace_article_text(project, project.articles.at(0).id, new)
        digest = hashlib.sha256()
        placed = {r.annotation_id: r.placement for r in outcome.results}
        for annotation_id in ids:
            digest.update(_line(placed[annotation_id]).encode())
        for start, end in spans:
            digest.update(_line(place(new, *describe(text, start, end))).encode())
        yield f"{material.label} {case.label}", digest.hexdigest()


def _batch_cases(material: MaterialSet, every: int) -> Iterator[tuple[str, str]]:
    """Per text of a set, the digest of its placements by ``place_all`` in one batch."""
    for case in sampled_cases(material, every):
        digest = hashlib.sha256()
        for placement in place_all(case.tracked.text, batch_requests(case)):
            digest.update(_line(placement).encode())
        yield f"batch {material.label} {case.label}", digest.hexdigest()


def _bench_cases() -> Iterator[tuple[str, str]]:
    project = build_project(annotations=10_000, text_size=1_000_000, articles=1, seed=8)
    article = project.articles.at(0)
    cases = {
        "unchanged": article.text,
        "paragraph added": "A new opening paragraph.\n\n" + article.text,
        "sprinkled": _sprinkled(article.text, every=2_000),
        "revised": _revised(article.text, random.Random(3)),
    }
    for label, changed in cases.items():
        outcome = replace_article_text(project, article.id, changed)
        digest = hashlib.sha256()
        for result in outcome.results:
            digest.update(f"{result.annotation_id} {_line(result.placement)}".encode())
        yield f"bench {label}", digest.hexdigest()


def cases(every: int = 1) -> Iterator[tuple[str, str]]:
    """Every case of the first part (update and ``place``): label and digest, in a fixed
    order (the first five sets, then the bench cases, which ``every`` does not sample)."""
    for material in MATERIAL_SETS[:5]:
        yield from _material_cases(material, every)
    yield from _bench_cases()


def batch_cases(every: int = 1) -> Iterator[tuple[str, str]]:
    """Every text's ``place_all`` batch over all nine sets: label and digest."""
    for material in MATERIAL_SETS:
        yield from _batch_cases(material, every)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", help="file to write every case's line to")
    parser.add_argument("--every", type=int, default=1, help="keep every Nth text of each set")
    parser.add_argument("--batches-only", action="store_true", help="only the place_all part")
    args = parser.parse_args(argv[1:])
    lines: list[str] = []
    summary: list[str] = []
    everything = hashlib.sha256()
    parts = [("ALL", cases(args.every)), ("BATCHES", batch_cases(args.every))]
    for name, walk in parts[1:] if args.batches_only else parts:
        part = hashlib.sha256()
        count = 0
        for label, digest in walk:
            part.update(f"{label} {digest}\n".encode())
            everything.update(f"{label} {digest}\n".encode())
            lines.append(f"{digest} {label}")
            count += 1
        summary.append(f"{part.hexdigest()} {name} ({count} cases)")
    if not args.batches_only:
        summary.append(f"{everything.hexdigest()} BOTH ({len(lines)} cases)")
    lines += summary
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    print("\n".join(summary))


if __name__ == "__main__":
    main(sys.argv)
