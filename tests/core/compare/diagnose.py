"""Print what the engine misses on development pairs: missed and extra pairs, wrong only-spans.

Run ``python -m tests.core.compare.diagnose [NAME…]`` (default: every pair of the set).
"""

from __future__ import annotations

import sys

from desktop_app.core.compare import Comparison, Span, compare_texts
from desktop_app.core.compare.align import similarity, unit_terms
from desktop_app.core.compare.units import split_units
from tests.core.compare.devset import Truth, load, match_pairs, spans_match, split


def _unit_of(units: list[Span], span: Span) -> int:
    for k, unit in enumerate(units):
        if spans_match(unit, span):
            return k
    return -1


def diagnose(truth: Truth, result: Comparison) -> list[str]:
    """Lines describing every miss of ``result`` against ``truth``."""
    lines: list[str] = []
    units_a = split_units(truth.text_a, truth.text_b)
    units_b = split_units(truth.text_b, truth.text_a)
    terms_a, terms_b = unit_terms((truth.text_a, truth.text_b), (units_a, units_b))
    spans_a = list(result.units_a)
    spans_b = list(result.units_b)

    def score_of(a: Span, b: Span) -> str:
        i, j = _unit_of(spans_a, a), _unit_of(spans_b, b)
        if i < 0 or j < 0:
            return "no unit"
        return f"{similarity(terms_a[i], terms_b[j]):.3f}"

    matches = match_pairs(result.pairs, truth.pairs)
    matched_p = {i for i, _ in matches}
    matched_t = {j for _, j in matches}
    for i, j in matches:
        p, t = result.pairs[i], truth.pairs[j]
        if (p.relation, p.detail_side) != (t.relation, t.detail_side):
            lines.append(
                f"  LABEL {p.relation}/{p.detail_side} for {t.relation}/{t.detail_side} "
                f"({p.score}) {p.shared_terms}\n    A: {t.a.text}\n    B: {t.b.text}"
            )
    for j, t in enumerate(truth.pairs):
        if j not in matched_t:
            lines.append(
                f"  MISSED {t.relation} sim={score_of(t.a, t.b)}"
                f"\n    A: {t.a.text}\n    B: {t.b.text}"
            )
    for i, p in enumerate(result.pairs):
        if i not in matched_p:
            lines.append(
                f"  EXTRA {p.relation} ({p.score}) {p.shared_terms}"
                f"\n    A: {p.a.text}\n    B: {p.b.text}"
            )
    for side, true_only, found_only in (
        ("A", truth.only_a, result.only_a),
        ("B", truth.only_b, result.only_b),
    ):
        for span in found_only:
            if not any(spans_match(span, t) for t in true_only):
                lines.append(f"  FALSE ONLY-{side}: {span.text}")
        for span in true_only:
            if not any(spans_match(p, span) for p in found_only):
                lines.append(f"  MISSED ONLY-{side}: {span.text}")
    return lines


if __name__ == "__main__":
    names = sys.argv[1:] or [name for half in split().values() for name in half]
    for name in names:
        truth = load(name)
        print(f"== {name}")
        print("\n".join(diagnose(truth, compare_texts(truth.text_a, truth.text_b))))
