"""A census of the true pairs the engine misses: what the two sentences share, and what it did.

Run ``python -m tests.core.compare.missed_pairs [-v]`` (tuning pairs only; ``-v``: every miss
of the newest groups, 192 on, one by one). For each true pair not found, the sentences of the
pair (those a true span covers more than half of; of several, the two the words score best)
are read for the terms they share after stemming (words, names, figures: the same number, or
close ones as ``align.close_figures`` reads them), whether the two texts are written in one
language or two (``language_share``), the word score the engine gave the pair, its rank among
each sentence's partners, and what the engine paired each sentence with instead.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from unittest.mock import patch

from desktop_app.core.compare import Span, align, engine
from desktop_app.core.compare import units as units_module
from desktop_app.core.compare.align import UnitTerms, figures_close
from desktop_app.core.compare.units import Unit
from tests.core.compare import devset
from tests.core.compare.crossval import ROUNDS

#: Texts whose common words the other text writes less than this share of are in two
#: languages (``language_share``): the official text against a local-language one.
TWO_LANGUAGES = 0.5
#: The groups shown on their own; the rest are "older".
NEWEST = ("200", "201", "202", "192", "193", "198")
_WORD = re.compile(r"[^\W\d_]+")


def language_share(sentences: tuple[Sequence[str], Sequence[str]]) -> float:
    """The lower, over both texts, of the share of a text's common lowercase words (written in
    three of its sentences or more) that the other text writes anywhere; 1.0 for a text with
    fewer than three such words. Two texts in one language share "the", "of", "dan", "yang";
    an English text and an Ilocano one hardly any."""
    words = tuple(
        [{w for w in _WORD.findall(sentence) if w.islower()} for sentence in side]
        for side in sentences
    )
    shares = []
    for side in (0, 1):
        counts = Counter(w for sentence in words[side] for w in sentence)
        common = [w for w, count in counts.items() if count >= 3]
        other: set[str] = set().union(*words[1 - side]) if words[1 - side] else set()
        shares.append(sum(w in other for w in common) / len(common) if len(common) >= 3 else 1.0)
    return min(shares)


def units_in(span: Span, units: Sequence[Unit]) -> list[int]:
    """The units a span covers more than half of."""
    return [
        k
        for k, unit in enumerate(units)
        if min(unit.end, span.end) - max(unit.start, span.start) > (unit.end - unit.start) / 2
    ]


def _figures(terms: UnitTerms) -> set[str]:
    years = {"#" + year for year in terms.specifics.get("year", {})}
    return {key for key in terms.weights if key.startswith("#") and key not in years}


def shared_kinds(a: UnitTerms, b: UnitTerms) -> list[str]:
    """What two sentences share, one label per feature (not exclusive)."""
    figures_a, figures_b = _figures(a), _figures(b)
    same = figures_a & figures_b
    close = [(x, y) for x in figures_a - same for y in figures_b - same if figures_close(x, y)]
    names = (a.names & b.weights.keys()) | (b.names & a.weights.keys())
    words = [
        key
        for key in a.weights.keys() & b.weights.keys()
        if not key.startswith(("#", "@", "qty:", "acr:")) and key not in a.names | b.names
    ]
    kinds = [f"same figure x{min(len(same), 2)}" if same else "no same figure"]
    if close:
        kinds.append("close figure (written two ways)")
    if not figures_a and not figures_b:
        kinds.append("no figure on either side")
    elif not figures_a or not figures_b:
        kinds.append("a figure on one side only")
    elif not same and not close:
        kinds.append("figures on both sides, differing")
    kinds.append("a name shared" if names else "no name shared")
    kinds.append(f"shared words {min(len(words), 3)}{'+' if len(words) >= 3 else ''}")
    if not same and not close and not names and not words:
        kinds.append("nothing shared")
    return kinds


@dataclass
class _Seen:
    """What one comparison read: its units, their terms and the word scores."""

    units: list[list[Unit]] = field(default_factory=list)
    terms: tuple[list[UnitTerms], list[UnitTerms]] = ([], [])
    scores: dict[tuple[int, int], float] = field(default_factory=dict)


@dataclass(frozen=True)
class Miss:
    """One true pair the engine did not find, as the census reads it."""

    name: str
    group: str
    relation: str
    two_languages: bool
    kinds: tuple[str, ...]
    score: float
    ranks: tuple[int, int]
    state: str
    text_a: str
    text_b: str
    instead: tuple[str, ...]


def _groups() -> dict[str, str]:
    names = devset.split()["tuning"]
    group: dict[str, str] = {}
    start = 0
    for label, count in ROUNDS:
        for name in names[start : start + count]:
            group[name] = label.strip().split(" (")[0].replace("round ", "")
        start += count
    return group


def misses_of(name: str, group: str) -> list[Miss]:
    """Compare pair ``name`` and read every true pair the engine misses."""
    truth = devset.load(name)
    seen = _Seen()
    real_similarities = align.similarities
    real_split = units_module.split_units

    def similarities(a: list[UnitTerms], b: list[UnitTerms]) -> dict[tuple[int, int], float]:
        seen.terms, seen.scores = (a, b), real_similarities(a, b)
        return seen.scores

    def split_units(text: str, other: str = "") -> list[Unit]:
        units = real_split(text, other)
        seen.units.append(units)
        return units

    with (
        patch.object(engine, "similarities", similarities),
        patch.object(engine, "split_units", split_units),
    ):
        result = engine.compare_texts(truth.text_a, truth.text_b)
    units_a, units_b = seen.units
    terms_a, terms_b = seen.terms
    scores = seen.scores
    group_a = _group_of(truth.text_a, units_a)
    group_b = _group_of(truth.text_b, units_b)
    texts_a = [truth.text_a[u.start : u.end] for u in units_a]
    texts_b = [truth.text_b[u.start : u.end] for u in units_b]
    two = language_share((texts_a, texts_b)) < TWO_LANGUAGES
    partners_a: dict[int, set[int]] = defaultdict(set)
    partners_b: dict[int, set[int]] = defaultdict(set)
    for pair in result.pairs:
        for i in units_in(pair.a, units_a):
            for j in units_in(pair.b, units_b):
                partners_a[i].add(j)
                partners_b[j].add(i)
    true_units = {
        (i, j) for t in truth.pairs for i in units_in(t.a, units_a) for j in units_in(t.b, units_b)
    }
    found = {j for _, j in devset.match_pairs(result.pairs, truth.pairs)}

    def score(i: int, j: int) -> float:
        return scores.get((group_a[i], group_b[j]), 0.0)

    misses: list[Miss] = []
    for k, t in enumerate(truth.pairs):
        in_a, in_b = units_in(t.a, units_a), units_in(t.b, units_b)
        if k in found or not in_a or not in_b:
            continue
        i, j = max(((i, j) for i in in_a for j in in_b), key=lambda ij: score(*ij))
        s = score(i, j)
        ranks = (
            1 + sum(score(i, m) > s for m in range(len(units_b))),
            1 + sum(score(m, j) > s for m in range(len(units_a))),
        )
        misses.append(
            Miss(
                name,
                group,
                t.relation,
                two,
                tuple(shared_kinds(terms_a[group_a[i]], terms_b[group_b[j]])),
                s,
                ranks,
                _state(i, j, (partners_a, partners_b), true_units),
                texts_a[i],
                texts_b[j],
                tuple(texts_b[m] for m in sorted(partners_a[i]))
                + tuple(texts_a[m] for m in sorted(partners_b[j])),
            )
        )
    return misses


def _group_of(text: str, units: list[Unit]) -> list[int]:
    group = [0] * len(units)
    for g, members in enumerate(engine._copies(text, units)):
        for k in members:
            group[k] = g
    return group


def _state(
    i: int,
    j: int,
    partners: tuple[dict[int, set[int]], dict[int, set[int]]],
    true_units: set[tuple[int, int]],
) -> str:
    """Where the engine left the two sentences: alone, or paired with a true or a false
    partner."""
    with_true = any((i, m) in true_units for m in partners[0][i]) or any(
        (m, j) in true_units for m in partners[1][j]
    )
    if not partners[0][i] and not partners[1][j]:
        return "both alone"
    if with_true:
        return "a sentence paired with a true partner"
    return "paired with false partners only"


def _bucket(group: str) -> str:
    return group if group in NEWEST else "older"


def _table(title: str, misses: Sequence[Miss], labels: Callable[[Miss], Sequence[str]]) -> None:
    columns = [*NEWEST, "older"]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for miss in misses:
        for label in labels(miss):
            counts[label][_bucket(miss.group)] += 1
    print(f"-- {title}")
    for label, row in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " ".join(f"{column} {row[column]}" for column in columns)
        print(f"  {label:<40} all {sum(row.values()):5d} | {cells}")


def _score_bin(score: float) -> str:
    if score == 0:
        return "score 0 (no term shared)"
    for bound in (0.05, 0.1, 0.15, 0.2):
        if score < bound:
            return f"score under {bound}"
    return "score 0.2 or more"


def main(verbose: bool = False) -> None:
    """Print the census of missed true pairs over the tuning pairs."""
    group = _groups()
    misses = [miss for name in devset.split()["tuning"] for miss in misses_of(name, group[name])]
    print(f"missed true pairs: {len(misses)}")
    _table("relation", misses, lambda m: [m.relation])
    _table("where the engine left them", misses, lambda m: [m.state])
    _table(
        "texts in one language or two",
        misses,
        lambda m: ["two languages" if m.two_languages else "one language"],
    )
    _table("what the two sentences share", misses, lambda m: m.kinds)
    _table(
        "two languages: what they share",
        [m for m in misses if m.two_languages],
        lambda m: m.kinds,
    )
    _table("word score", misses, lambda m: [_score_bin(m.score)])
    _table(
        "rank of the true partner",
        misses,
        lambda m: [
            "first both ways"
            if m.ranks == (1, 1)
            else "first one way"
            if 1 in m.ranks
            else "second or later both ways"
        ],
    )
    if verbose:
        for miss in misses:
            if miss.group in NEWEST:
                print(
                    f"[{miss.group}] {miss.name} {miss.relation} score {miss.score:.3f} "
                    f"ranks {miss.ranks} {miss.state}; {', '.join(miss.kinds)}"
                )
                print(f"   A: {miss.text_a[:160]}")
                print(f"   B: {miss.text_b[:160]}")
                for other in miss.instead[:3]:
                    print(f"   instead: {other[:100]}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
