"""Find and coding keys on a 1 MB article: search, length-changing folds, resizing, tag all.

Figures are printed (run with ``-s``); nothing is asserted about time, only about results.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from desktop_app.core.navigation import resize_span
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.search import find_all, folded_text, search_project, tag_all

pytestmark = pytest.mark.benchmark

SENTENCE = "Kazakhstan joins the Abraham Accords amid talk of critical minerals and Straße deals. "
MEGABYTE = 1_000_000


def _best_ms(run: Callable[[], object], repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def _paragraphs(total: int) -> str:
    paragraph = SENTENCE * 6 + "\n\n"
    return (paragraph * (total // len(paragraph) + 1))[:total]


def test_find_in_a_megabyte_article() -> None:
    text = _paragraphs(MEGABYTE)
    folded_text.cache_clear()
    started = time.perf_counter()
    matches = find_all(text, "critical minerals")
    first = (time.perf_counter() - started) * 1000
    assert matches
    assert all(text[s:e] == "critical minerals" for s, e in matches)
    cached = _best_ms(lambda: find_all(text, "critical minerals"))
    folded = _best_ms(lambda: find_all(text, "STRASSE"))
    words = _best_ms(lambda: find_all(text, "deal", whole_words=True))
    print(
        f"\nfind in 1 MB: {len(matches)} matches, first {first:.1f} ms (fold built), "
        f"then {cached:.1f} ms; ß↔SS {folded:.1f} ms; whole words {words:.1f} ms"
    )


def test_resize_by_word_in_a_megabyte_article_without_line_breaks() -> None:
    text = (SENTENCE * (MEGABYTE // len(SENTENCE) + 1))[:MEGABYTE]
    middle = MEGABYTE // 2
    middle = text.index(" ", middle) + 1
    end = text.index(" ", middle)
    grow = _best_ms(lambda: resize_span(text, middle, end, "end", grow=True))
    start = _best_ms(lambda: resize_span(text, middle, end, "start", grow=True))
    grown = resize_span(text, middle, end, "end", grow=True)
    assert grown[1] > end
    print(f"\nresize by a word in a 1 MB one-line text: end {grow:.3f} ms, start {start:.3f} ms")


def test_tag_all_thousand_results() -> None:
    article = make_article(_paragraphs(200_000), title="Long")
    project = new_project([article], annotator_name="B")
    hits = search_project(project, "minerals")[:1000]
    code = project.codes.at(0).id
    started = time.perf_counter()
    plan = tag_all(project, hits, code)
    planned = (time.perf_counter() - started) * 1000
    assert plan.edit is not None
    assert plan.passages == len(hits)
    started = time.perf_counter()
    plan.edit.apply(project)
    applied = (time.perf_counter() - started) * 1000
    assert len(project.annotations) == len(hits)
    print(f"\ntag all {len(hits)} results: plan {planned:.1f} ms, apply {applied:.1f} ms")
