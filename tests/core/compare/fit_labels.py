"""A small model for the label of a found true pair, fitted and judged leaving one round out.

Run ``python -m tests.core.compare.fit_labels [record] [judge]`` from the repository:
``record`` compares every tuning pair of the development set once, keeping for each found
true pair what the label rules of ``relations.relation_of`` compute (the census of round 204,
tests/compare_data/README.md entry 204) beside the rules' label and the truth's, in
``RECORD`` (a scratch file outside the repository); ``judge`` fits a multinomial logistic
regression (numpy, a few Newton steps) on all rounds of ``crossval.ROUNDS`` but one and
scores its label accuracy on that round against the rules', for every round. The features
never read the truth; the truth is read only to fit and to score. Shared quotes stay by rule.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from unittest.mock import patch

import numpy as np

from desktop_app.core.compare import compare_texts, engine, relations
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.cut_down import cut_down, named_lede
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.longer_alone import longer_alone, sentence_words
from desktop_app.core.compare.model import AlignedPair, Comparison
from desktop_app.core.compare.near_copies import LIKENESS_WORD
from desktop_app.core.compare.one_sided import gives_value_or_name, one_sided
from desktop_app.core.compare.paired_twice import told_beside
from desktop_app.core.compare.quotes import find_quotations
from tests.core.compare.crossval import ROUNDS
from tests.core.compare.devset import load, match_pairs, split

#: Where ``record`` keeps the recorded pairs (outside the repository).
RECORD = Path("/tmp/cmp131/labels_record.json")
#: The labels the model chooses between (a shared quote stays by rule).
CLASSES: tuple[str, ...] = (
    "same_fact",
    "adds_detail/a",
    "adds_detail/b",
    "contradicts",
    "near_copy",
)
#: The classes with sides swapped (A's more detail is B's when the two sides change places).
_SWAPPED_CLASS = (0, 2, 1, 3, 4)
#: The features each side has, named for side A (side B's end in ``_b``).
SIDE_FEATURES: tuple[str, ...] = (
    "log_words",
    "log_weight",
    "new_terms",
    "own_terms",
    "own_terms_log",
    "covers_other",
    "figures_own",
    "names_own",
    "value_or_name_own",
    "lede",
    "alone",
    "quotes",
    "quoted_against_told",
    "more_detail",
    "longer_alone",
    "told_beside",
    "cut_down",
    "named_lede",
    "one_sided",
    "rule_adds",
)
#: The features of the pair as a whole.
PAIR_FEATURES: tuple[str, ...] = (
    "bias",
    "word_likeness",
    "shared_words",
    "rule_contradicts",
    "rule_near_copy",
    "rule_same_fact",
    "disagreements",
    "words_log_ratio",
    "own_terms_gap",
)


def _side(
    terms: UnitTerms,
    other: UnitTerms,
    text: str,
    other_text: str,
    new: int,
    *,
    is_lede: bool,
    alone: bool | None,
) -> dict[str, float]:
    """What the label rules compute for one side against the other."""
    pieces, other_pieces = gram_set(text), gram_set(other_text)
    words, other_words = len(LIKENESS_WORD.findall(text)), len(LIKENESS_WORD.findall(other_text))
    rich = relations._Side(terms, pieces, new, words)
    poor = relations._Side(other, other_pieces, 0, other_words)
    own = relations.own_terms(terms, other, other_pieces)
    other_own = relations.own_terms(other, terms, pieces)
    covered = relations._covered(rich, poor)
    long_words, other_long = sentence_words(text), sentence_words(other_text)
    return {
        "log_words": math.log1p(words),
        "log_weight": math.log1p(terms.total),
        "new_terms": float(new),
        "own_terms": float(min(own, 20)),
        "own_terms_log": math.log1p(own),
        "covers_other": covered,
        "figures_own": float(len(relations._figures_lacking(terms, other))),
        "names_own": float(len(terms.names - other.weights.keys())),
        "value_or_name_own": float(gives_value_or_name(terms, other)),
        "lede": float(is_lede),
        "alone": float(bool(alone)),
        "quotes": float(bool(find_quotations(text))),
        "quoted_against_told": float(relations.quoted_against_told(text, other_text)),
        "more_detail": 0.0,  # filled in by ``features`` (needs both sides' new terms)
        "longer_alone": float(
            longer_alone(terms, other, long_words, other_long, alone=bool(alone))
        ),
        "told_beside": float(told_beside(long_words, other_long, alone=bool(alone))),
        "cut_down": float(cut_down(terms, other, covered=covered, other_own_terms=other_own)),
        "named_lede": float(named_lede(terms, other, is_lede=is_lede, other_own_terms=other_own)),
        "one_sided": float(
            one_sided(
                terms,
                other,
                own_terms=(own, other_own),
                covered=covered,
                words=(words, other_words),
                alone=bool(alone),
            )
        ),
        "rule_adds": 0.0,
    }


def features(
    a: UnitTerms,
    b: UnitTerms,
    text_a: str,
    text_b: str,
    rule: tuple[str, str | None, tuple[str, ...]],
    *,
    text_terms: tuple[Any, Any] | None,
    ledes: tuple[bool, bool],
    alone: tuple[bool, bool] | None,
) -> dict[str, float]:
    """One pair's feature vector (by name) from what the label rules compute, truth unread."""
    terms_a, terms_b = text_terms or (a.weights.keys(), b.weights.keys())
    new_a, new_b = len(a.weights.keys() - terms_b), len(b.weights.keys() - terms_a)
    side_a = _side(a, b, text_a, text_b, new_a, is_lede=ledes[0], alone=alone[0] if alone else None)
    side_b = _side(b, a, text_b, text_a, new_b, is_lede=ledes[1], alone=alone[1] if alone else None)
    pieces_a, pieces_b = gram_set(text_a), gram_set(text_b)
    words_a, words_b = len(LIKENESS_WORD.findall(text_a)), len(LIKENESS_WORD.findall(text_b))
    full_a = relations._Side(a, pieces_a, new_a, words_a)
    full_b = relations._Side(b, pieces_b, new_b, words_b)
    side_a["more_detail"] = float(relations._more_detail(full_a, full_b))
    side_b["more_detail"] = float(relations._more_detail(full_b, full_a))
    relation, detail_side, disagreements = rule
    side_a["rule_adds"] = float(relation == "adds_detail" and detail_side == "a")
    side_b["rule_adds"] = float(relation == "adds_detail" and detail_side == "b")
    named = {
        "bias": 1.0,
        "word_likeness": relations.word_likeness(text_a, text_b),
        "shared_words": relations.shared_words(text_a, text_b),
        "rule_contradicts": float(relation == "contradicts"),
        "rule_near_copy": float(relation == "near_copy"),
        "rule_same_fact": float(relation == "same_fact"),
        "disagreements": float(min(len(disagreements), 3)),
        "words_log_ratio": math.log1p(words_a) - math.log1p(words_b),
        "own_terms_gap": side_a["own_terms_log"] - side_b["own_terms_log"],
    }
    named.update(side_a)
    named.update({f"{key}_b": value for key, value in side_b.items()})
    return named


def record(names: Sequence[str]) -> list[dict[str, Any]]:
    """Every found true pair of ``names``: its round, features, the rules' label and the truth's."""
    rows: list[dict[str, Any]] = []
    for name, round_index in zip(names, _round_of_pair(names), strict=True):
        truth = load(name)
        result, made = _compare_recording(truth.text_a, truth.text_b)
        for i, j in match_pairs(result.pairs, truth.pairs):
            found, true = result.pairs[i], truth.pairs[j]
            rows.append(
                {
                    "name": name,
                    "round": round_index,
                    "rule": _label(found.relation, found.detail_side),
                    "truth": _label(true.relation, true.detail_side),
                    "features": made[id(found)],
                }
            )
    return rows


def _compare_recording(text_a: str, text_b: str) -> tuple[Comparison, dict[int, dict[str, float]]]:
    """The engine's comparison, and the features of each of its pairs by the pair's ``id``."""
    made: dict[int, dict[str, float]] = {}
    last: list[dict[str, float]] = []
    real_relation_of = relations.relation_of

    def recording_relation_of(*args: Any, **kwargs: Any) -> Any:
        result = real_relation_of(*args, **kwargs)
        a, b, sentence_a, sentence_b = args
        last[:] = [
            features(
                a,
                b,
                sentence_a,
                sentence_b,
                result,
                text_terms=kwargs.get("text_terms"),
                ledes=kwargs.get("ledes", (False, False)),
                alone=kwargs.get("alone"),
            )
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


def _label(relation: str, side: str | None) -> str:
    return f"{relation}/{side}" if relation == "adds_detail" else relation


def _round_of_pair(names: Sequence[str]) -> list[int]:
    """The index in ``crossval.ROUNDS`` of each pair, in ``split.json`` order."""
    rounds: list[int] = []
    for index, (_, count) in enumerate(ROUNDS):
        rounds += [index] * count
    return rounds[: len(names)]


FEATURE_NAMES: tuple[str, ...] = (
    PAIR_FEATURES + SIDE_FEATURES + tuple(f"{name}_b" for name in SIDE_FEATURES)
)


def _matrix(rows: Sequence[dict[str, Any]], *, swapped: bool = False) -> np.ndarray:
    """The rows' features as a matrix, sides swapped if asked (A's features read as B's)."""
    read_as: Callable[[str], str] = _other_side if swapped else str
    matrix = np.array([[row["features"][read_as(name)] for name in FEATURE_NAMES] for row in rows])
    if swapped:
        for sign_flipped in ("words_log_ratio", "own_terms_gap"):
            matrix[:, FEATURE_NAMES.index(sign_flipped)] *= -1
    return matrix


def _other_side(name: str) -> str:
    """The same feature read for the other side."""
    if name.endswith("_b"):
        return name[:-2]
    return f"{name}_b" if name in SIDE_FEATURES else name


def fit(
    rows: Sequence[dict[str, Any]], *, penalty: float = 1e-3, steps: int = 8
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights of a multinomial logistic regression on the rows (both ways round, an L2
    ``penalty``, ``steps`` Newton steps from zero), with the features' mean and spread used
    to scale them."""
    kept = [row for row in rows if row["truth"] in CLASSES and row["rule"] != "shared_quote"]
    x = np.vstack([_matrix(kept), _matrix(kept, swapped=True)])
    classes = [CLASSES.index(row["truth"]) for row in kept]
    y = np.array(classes + [_SWAPPED_CLASS[c] for c in classes])
    mean, spread = x.mean(axis=0), x.std(axis=0)
    mean[0], spread[0] = 0.0, 1.0
    spread[spread == 0] = 1.0
    z = (x - mean) / spread
    count, width = z.shape
    kinds = len(CLASSES)
    targets = np.eye(kinds)[y]
    weights = np.zeros((width, kinds))
    for _ in range(steps):
        probabilities = _softmax(z @ weights)
        gradient = z.T @ (probabilities - targets) / count + penalty * weights
        hessian = np.zeros((width * kinds, width * kinds))
        for k in range(kinds):
            for m in range(k, kinds):
                spread_km = probabilities[:, k] * ((k == m) - probabilities[:, m])
                block = (z * spread_km[:, None]).T @ z / count
                hessian[k * width : (k + 1) * width, m * width : (m + 1) * width] = block
                hessian[m * width : (m + 1) * width, k * width : (k + 1) * width] = block.T
        hessian += penalty * np.eye(width * kinds)
        step = np.linalg.solve(hessian, gradient.T.reshape(-1))
        weights -= step.reshape(kinds, width).T
    return weights, mean, spread


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return result


def predict(
    model: tuple[np.ndarray, np.ndarray, np.ndarray], rows: Sequence[dict[str, Any]]
) -> list[str]:
    """The model's label for each row, both ways round averaged; a rule's shared quote stays."""
    if not rows:
        return []
    weights, mean, spread = model
    straight = _softmax(((_matrix(rows) - mean) / spread) @ weights)
    turned = _softmax(((_matrix(rows, swapped=True) - mean) / spread) @ weights)
    probabilities = (straight + turned[:, list(_SWAPPED_CLASS)]) / 2
    return [
        row["rule"] if row["rule"] == "shared_quote" else CLASSES[int(best)]
        for row, best in zip(rows, probabilities.argmax(axis=1), strict=True)
    ]


def judge(
    rows: Sequence[dict[str, Any]], *, penalty: float = 1e-3
) -> list[tuple[str, int, int, int]]:
    """Per round of ``crossval.ROUNDS``: its name, true pairs found, labels right by the rules
    and by the model fitted on all other rounds."""
    table: list[tuple[str, int, int, int]] = []
    for index, (label, _) in enumerate(ROUNDS):
        scored = [row for row in rows if row["round"] == index]
        if not scored:
            continue
        model = fit([row for row in rows if row["round"] != index], penalty=penalty)
        guesses = predict(model, scored)
        rules_right = sum(row["rule"] == row["truth"] for row in scored)
        model_right = sum(g == row["truth"] for g, row in zip(guesses, scored, strict=True))
        table.append((label.strip(), len(scored), rules_right, model_right))
    return table


def main(arguments: Sequence[str]) -> None:
    """Record, judge or both (see the module's docstring)."""
    if "record" in arguments:
        rows = record(split()["tuning"])
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        RECORD.write_text(json.dumps(rows), encoding="utf-8")
        print(f"recorded {len(rows)} found true pairs, rules right {_right(rows)}")
    if "judge" in arguments:
        rows = json.loads(RECORD.read_text(encoding="utf-8"))
        table = judge(rows)
        for label, found, rules_right, model_right in table:
            rules_share, model_share = rules_right / found, model_right / found
            print(f"{label:28} {found:5} rules {rules_share:.3f} model {model_share:.3f}")
        found = sum(t[1] for t in table)
        print(
            f"all rounds left out: {found} pairs, rules {sum(t[2] for t in table)} "
            f"({sum(t[2] for t in table) / found:.4f}), model {sum(t[3] for t in table)} "
            f"({sum(t[3] for t in table) / found:.4f})"
        )


def _right(rows: Sequence[dict[str, Any]]) -> str:
    right = sum(row["rule"] == row["truth"] for row in rows)
    return f"{right} of {len(rows)} ({right / len(rows):.4f})"


if __name__ == "__main__":
    main(sys.argv[1:])
