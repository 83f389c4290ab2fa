"""A digest of every placement on the re-anchoring benchmark material (a speed-up changes none).

Run ``python -m tests.benchmarks.reanchor_identity [OUT]``: it runs ``replace_article_text``
and ``place`` over the material of ``test_reanchor_accuracy.evaluate`` (every family set with
its seeds, texts and spans) and over the four cases of ``test_reanchor_bench``, and prints
(and writes to OUT, one line per case) a SHA-256 of each case's placements (state, start,
end, score) and of all of them. Compare the output on main and after a change.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Callable, Iterator

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place, replace_article_text
from tests.benchmarks.reanchor_check_families import CHECK_FAMILIES, CHECK_SEEDS
from tests.benchmarks.reanchor_families import FAMILIES, Family, annotated_spans
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
    _base_text,
    _project,
    edited_cases,
)
from tests.benchmarks.test_reanchor_bench import _revised, _sprinkled
from tests.storage.builders import build_project

Spans = Callable[[random.Random, str, int], list[tuple[int, int]]]


def _line(placement: Placement) -> str:
    state, start, end, score = placement
    return f"{state} {start} {end} {score!r}\n"


def _material_cases(
    label: str,
    seeds: range,
    families: dict[str, Family],
    text_of: Callable[[int, random.Random], str] = _base_text,
    spans_of: Spans = annotated_spans,
) -> Iterator[tuple[str, str]]:
    """As ``evaluate``'s loops: per family, rate and seed, the digest of both paths."""
    for case in edited_cases(seeds, families, text_of, spans_of):
        text, spans, new = case.text, case.spans, case.tracked.text
        project, ids = _project(text, spans)
        outcome = replace_article_text(project, project.articles.at(0).id, new)
        digest = hashlib.sha256()
        placed = {r.annotation_id: r.placement for r in outcome.results}
        for annotation_id in ids:
            digest.update(_line(placed[annotation_id]).encode())
        for start, end in spans:
            digest.update(_line(place(new, *describe(text, start, end))).encode())
        yield f"{label} {case.label}", digest.hexdigest()


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


def cases() -> Iterator[tuple[str, str]]:
    """Every case's label and digest, in a fixed order."""
    yield from _material_cases("development", DEVELOPMENT, FAMILIES)
    yield from _material_cases("held out", HELD_OUT, FAMILIES)
    yield from _material_cases("new", NEW_SEEDS, NEW_FAMILIES, new_text)
    yield from _material_cases("check", CHECK_SEEDS, FAMILIES | CHECK_FAMILIES)
    yield from _material_cases("fresh", FRESH_SEEDS, FRESH_FAMILIES, fresh_text, fresh_spans)
    yield from _bench_cases()


def main(argv: list[str]) -> None:
    total = hashlib.sha256()
    lines = []
    for label, digest in cases():
        total.update(f"{label} {digest}\n".encode())
        lines.append(f"{digest} {label}")
    lines.append(f"{total.hexdigest()} ALL ({len(lines)} cases)")
    if len(argv) > 1:
        with open(argv[1], "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    print(lines[-1])


if __name__ == "__main__":
    main(sys.argv)
