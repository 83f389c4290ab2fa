"""Settings of the one-sided label rules chosen on the latest writers, leaving one round out.

Run ``python -m tests.core.compare.fit_one_sided [record] [judge]`` from the repository:
``record`` compares every tuning pair of the development set once and keeps, for each found
true pair, the label the rules give with and without ``one_sided`` (both of its ways off),
whether the pair reaches that rule (``alone`` known, neither sentence a lede, none quoting)
and, for each side against the other, what ``one_sided`` and ``bare_partner`` read (own
terms, coverage, words, a figure, moment or name of its own, paired alone), in ``RECORD`` (a
scratch file outside the repository); ``judge`` replays the rules on the record for every
setting of ``bare_partner`` in ``BARE_GRID`` (and off), chooses on all of ``LATEST`` but one
round the setting with most labels right (fewest labels moved on a tie), scores the round
left out, and tells what the setting chosen on all of ``LATEST`` costs on the older rounds
(round 207, tests/compare_data/README.md entry 207). The truth is read only to choose and
to score.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest.mock import patch

from desktop_app.core.compare import compare_texts, engine, relations
from desktop_app.core.compare import one_sided as one_sided_module
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.model import AlignedPair, Comparison
from desktop_app.core.compare.near_copies import LIKENESS_WORD
from desktop_app.core.compare.one_sided import gives_value_or_name
from tests.core.compare.crossval import ROUNDS
from tests.core.compare.devset import load, match_pairs, split
from tests.core.compare.fit_labels import _label, _round_of_pair

#: Where ``record`` keeps the recorded pairs (outside the repository).
RECORD = Path("/tmp/cmp134/one_sided_record.json")
#: The rounds whose writers the settings are chosen for (``crossval.ROUNDS`` labels).
LATEST: tuple[str, ...] = tuple(
    f"round {number} (8)" for number in (155, 160, 161, 164, 165, 176, 177, 184, 185, 192, 193, 198)
)
#: ``bare_partner``'s settings tried: own terms at least, times the partner's, coverage, words.
BARE_GRID: tuple[tuple[float, float, float, float], ...] = tuple(
    itertools.product(
        (3, 4, 5, 6, 7), (1.0, 1.5, 2.0, 3.0), (0.0, 0.3, 0.5, 0.6), (1.0, 1.2, 1.5, 2.0)
    )
)
Setting = tuple[float, float, float, float] | None


def _side(terms: Any, other: Any, text: str, other_text: str, alone: bool) -> dict[str, Any]:
    """What ``one_sided`` and ``bare_partner`` read of one side against the other."""
    pieces, other_pieces = gram_set(text), gram_set(other_text)
    words = len(LIKENESS_WORD.findall(text))
    rich = relations._Side(terms, pieces, 0, words)
    poor = relations._Side(other, other_pieces, 0, len(LIKENESS_WORD.findall(other_text)))
    return {
        "own": relations.own_terms(terms, other, other_pieces),
        "covered": relations._covered(rich, poor),
        "words": words,
        "value_or_name": gives_value_or_name(terms, other),
        "alone": alone,
    }


def _compare_recording(text_a: str, text_b: str) -> tuple[Comparison, dict[int, dict[str, Any]]]:
    """The engine's comparison, and what the one-sided stage reads of each pair by its ``id``."""
    made: dict[int, dict[str, Any]] = {}
    last: list[dict[str, Any]] = []
    real_relation_of = relations.relation_of

    def recording_relation_of(*args: Any, **kwargs: Any) -> Any:
        result = real_relation_of(*args, **kwargs)
        with (
            patch.object(one_sided_module, "ONE_SIDED", False),
            patch.object(one_sided_module, "BARE_PARTNER", False),
        ):
            before = real_relation_of(*args, **kwargs)
        a, b, text_a, text_b = args
        alone = kwargs.get("alone")
        ledes = kwargs.get("ledes", (False, False))
        last[:] = [
            {
                "rule": _label(result[0], result[1]),
                "before": _label(before[0], before[1]),
                "reached": alone is not None
                and not any(ledes)
                and not relations._quoting(text_a, text_b),
                "a": _side(a, b, text_a, text_b, bool(alone and alone[0])),
                "b": _side(b, a, text_b, text_a, bool(alone and alone[1])),
            }
        ]
        return result

    def recording_pair(*args: Any, **kwargs: Any) -> AlignedPair:
        pair = AlignedPair(*args, **kwargs)
        made[id(pair)] = last[0]
        return pair

    with (
        patch.object(engine, "relation_of", recording_relation_of),
        patch.object(engine, "AlignedPair", recording_pair),
    ):
        result = compare_texts(text_a, text_b)
    return result, made


def record(names: Sequence[str]) -> list[dict[str, Any]]:
    """Every found true pair of ``names``: its round, what the stage reads, both labels."""
    rows: list[dict[str, Any]] = []
    for name, round_index in zip(names, _round_of_pair(names), strict=True):
        truth = load(name)
        result, made = _compare_recording(truth.text_a, truth.text_b)
        for i, j in match_pairs(result.pairs, truth.pairs):
            found, true = result.pairs[i], truth.pairs[j]
            row = dict(made[id(found)])
            row.update(
                name=name,
                round=ROUNDS[round_index][0].strip(),
                truth=_label(true.relation, true.detail_side),
            )
            rows.append(row)
    return rows


def _one_sided(rich: dict[str, Any], other: dict[str, Any]) -> bool:
    """``one_sided``'s first way, as set in the engine."""
    return bool(
        rich["alone"]
        and rich["own"] >= one_sided_module.ONE_SIDED_OWN_TERMS
        and other["own"] <= one_sided_module.ONE_SIDED_OTHER_OWN_TERMS
        and rich["covered"] >= one_sided_module.ONE_SIDED_COVERED
        and rich["words"] >= one_sided_module.ONE_SIDED_WORDS_RATIO * other["words"]
        and rich["value_or_name"]
    )


def _bare(rich: dict[str, Any], other: dict[str, Any], setting: Setting) -> bool:
    """``bare_partner`` with ``setting`` (own terms, times the partner's, coverage, words)."""
    if setting is None:
        return False
    own, times, covered, ratio = setting
    return bool(
        rich["alone"]
        and rich["own"] >= own
        and rich["own"] >= times * max(other["own"], 1)
        and rich["covered"] >= covered
        and rich["words"] >= ratio * other["words"]
        and rich["value_or_name"]
        and not other["value_or_name"]
    )


def replay(row: dict[str, Any], setting: Setting) -> str:
    """The label the rules give ``row`` with ``bare_partner`` set to ``setting``."""
    if row["before"] != "same_fact" or not row["reached"]:
        return str(row["before"])
    for side, other in (("a", "b"), ("b", "a")):
        if _one_sided(row[side], row[other]) or _bare(row[side], row[other], setting):
            return f"adds_detail/{side}"
    return "same_fact"


def _choose(rows: Sequence[dict[str, Any]], settings: Sequence[Setting]) -> Setting:
    """The setting with most labels right on ``rows``, fewest labels moved on a tie."""

    def merit(setting: Setting) -> tuple[int, int]:
        labels = [replay(row, setting) for row in rows]
        right = sum(label == row["truth"] for label, row in zip(labels, rows, strict=True))
        moved = sum(label != row["rule"] for label, row in zip(labels, rows, strict=True))
        return right, -moved

    return max(settings, key=merit)


def judge(rows: Sequence[dict[str, Any]]) -> None:
    """Print the rounds of ``LATEST`` left out one by one, then the cost on the older rounds."""
    current = (
        one_sided_module.BARE_PARTNER_OWN_TERMS,
        one_sided_module.BARE_PARTNER_OWN_TIMES,
        one_sided_module.BARE_PARTNER_COVERED,
        one_sided_module.BARE_PARTNER_WORDS_RATIO,
    )
    settings: list[Setting] = [current, *BARE_GRID, None]
    assert all(replay(row, current) == row["rule"] for row in rows), "replay is not exact"
    latest = [row for row in rows if row["round"] in LATEST]
    before_total = after_total = 0
    for left_out in LATEST:
        chosen = _choose([row for row in latest if row["round"] != left_out], settings)
        scored = [row for row in latest if row["round"] == left_out]
        before = sum(row["rule"] == row["truth"] for row in scored)
        after = sum(replay(row, chosen) == row["truth"] for row in scored)
        before_total, after_total = before_total + before, after_total + after
        print(f"{left_out:15} {len(scored):4} rules {before:4} left out {after:4}  chose {chosen}")
    print(f"rounds 155-198 left out: {before_total} -> {after_total} of {len(latest)}")
    chosen = _choose(latest, settings)
    older = [row for row in rows if row["round"] not in LATEST]
    mended = sum(replay(row, chosen) == row["truth"] != row["rule"] for row in older)
    made_wrong = sum(row["rule"] == row["truth"] != replay(row, chosen) for row in older)
    print(
        f"chosen on all of 155-198: {chosen}; older rounds ({len(older)} pairs): "
        f"{mended} mended, {made_wrong} made wrong"
    )


def main(arguments: Sequence[str]) -> None:
    """Record, judge or both (see the module's docstring)."""
    if "record" in arguments:
        rows = record(split()["tuning"])
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        RECORD.write_text(json.dumps(rows), encoding="utf-8")
        right = sum(row["rule"] == row["truth"] for row in rows)
        print(f"recorded {len(rows)} found true pairs, rules right {right}")
    if "judge" in arguments:
        judge(json.loads(RECORD.read_text(encoding="utf-8")))


if __name__ == "__main__":
    main(sys.argv[1:])
