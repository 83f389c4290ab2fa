"""Which sentences of A and B report the same fact: TF-IDF cosine, order-free, many-to-many."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app.core.compare.acronyms import acronyms_in, expansions
from desktop_app.core.compare.terms import (
    Token,
    inverse_document_frequency,
    minutes_of,
    tokens,
    weight_of,
)
from desktop_app.core.compare.units import Unit

#: A pair below this similarity is never proposed.
MIN_SCORE = 0.24
#: Above this, a pair is kept even when both sentences have better partners.
STRONG_SCORE = 0.5
#: A pair is kept when it is within this fraction of either sentence's best partner.
NEAR_BEST = 0.6
#: The score mixes the cosine with how much of the better-covered sentence is shared.
COSINE_PART = 0.3
#: What a pair keeps of its score when everything it shares is names (who, not what).
NAME_DISCOUNT = 0.4
#: What a pair keeps of its score when it shares a single term.
SINGLE_TERM_DISCOUNT = 0.7
#: Added when both units give a figure for the same thing (see ``Token.slot``).
SAME_QUANTITY_BONUS = 0.12
#: Added when the units give two close but different figures (see ``close_figures``).
NEAR_FIGURE_BONUS = 0.1
#: Two figures are close when the larger is at most this many times the smaller.
NEAR_FIGURE_RATIO = 1.25
#: A sentence takes part in at most this many pairs (its best ones).
MAX_PARTNERS = 6
#: Terms in more units than this share of all (and this floor) do not propose candidates.
COMMON_SHARE = 0.1
COMMON_FLOOR = 20
# Terms that do not count towards "more than one shared term": small counts, and what a
# number counts (it is already there as a word).
_WEAK_KINDS = ("count", "quantity", "slot", "hour")


@dataclass(frozen=True, slots=True)
class UnitTerms:
    """The weighted terms of one unit and how they were written."""

    weights: dict[str, float]
    norm: float
    surfaces: dict[str, str]
    kinds: dict[str, str]
    tokens: tuple[Token, ...]
    #: slot -> value -> how it was written, for the specifics (see ``Token.slot``)
    specifics: dict[str, dict[str, str]]
    total: float
    #: slot -> the values given as the old one of a change ("up from $90")
    previous: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the figures of 10 or more, decimals and amounts it gives ("#14.2m"), not years or times
    figures: frozenset[str] = frozenset()


def unit_terms(texts: Sequence[str], units: Sequence[Sequence[Unit]]) -> list[list[UnitTerms]]:
    """TF-IDF weights of every unit of every text, IDF taken over all units together."""
    found = [
        [tokens(text, u.start, u.end) for u in side]
        for text, side in zip(texts, units, strict=True)
    ]
    known = acronyms_in(toks for side in found for toks in side)
    for text, text_units, text_tokens in zip(texts, units, found, strict=True):
        for unit, unit_tokens in zip(text_units, text_tokens, strict=True):
            spelled = expansions(text, unit.start, unit.end, known)
            if spelled:
                # The words of "World Health Organization" count once, as "WHO".
                kept = [t for t in unit_tokens if not _inside(t, spelled)]
                unit_tokens[:] = kept + spelled
    idf = inverse_document_frequency([{t.key for t in toks} for side in found for toks in side])
    names = _name_keys(toks for side in found for toks in side)
    result: list[list[UnitTerms]] = []
    for side in found:
        terms: list[UnitTerms] = []
        for toks in side:
            counts: dict[str, int] = defaultdict(int)
            kinds: dict[str, str] = {}
            surfaces: dict[str, str] = {}
            for token in toks:
                counts[token.key] += 1
                kind = token.kind
                if kind in ("name", "word"):
                    kind = "name" if token.key in names else "word"
                if weight_of(kind) > weight_of(kinds.get(token.key, "word")):
                    kinds[token.key] = kind
                kinds.setdefault(token.key, kind)
                surfaces.setdefault(token.key, token.surface)
            weights = {
                key: (1.0 + math.log(n)) * idf[key] * weight_of(kinds[key])
                for key, n in sorted(counts.items())
            }
            norm = math.sqrt(sum(w * w for w in weights.values()))
            specifics: dict[str, dict[str, str]] = defaultdict(dict)
            previous: dict[str, set[str]] = defaultdict(set)
            for token in toks:
                if token.slot:
                    specifics[token.slot].setdefault(token.value, token.surface)
                    if token.previous:
                        previous[token.slot].add(token.value)
            terms.append(
                UnitTerms(
                    weights,
                    norm,
                    surfaces,
                    kinds,
                    tuple(toks),
                    dict(specifics),
                    math.fsum(weights.values()),
                    {slot: frozenset(values) for slot, values in sorted(previous.items())},
                    _figures(toks),
                )
            )
        result.append(terms)
    return result


def _inside(token: Token, runs: Sequence[Token]) -> bool:
    return token.kind in ("word", "name") and any(
        run.start <= token.start and token.end <= run.end for run in runs
    )


def _figures(toks: Sequence[Token]) -> frozenset[str]:
    """The keys of the figures in ``toks``, leaving out the days of dates ("March 15")."""
    found: set[str] = set()
    for k, token in enumerate(toks):
        if token.kind != "number":
            continue
        near = [toks[m].kind for m in (k - 1, k + 1) if 0 <= m < len(toks)]
        if "month" not in near:
            found.add(token.key)
    return frozenset(found)


def _name_keys(units: Iterable[list[Token]]) -> set[str]:
    """Keys written with a capital inside a sentence and never in lower case: names."""
    capital: set[str] = set()
    lower: set[str] = set()
    for toks in units:
        for token in toks:
            if token.kind == "name":
                capital.add(token.key)
            elif token.kind == "word" and token.surface[:1].islower():
                lower.add(token.key)
    return capital - lower


def similarity(a: UnitTerms, b: UnitTerms) -> float:
    """How surely the two units report the same fact, 0..1 (symmetric).

    The cosine of the TF-IDF vectors, mixed with the share of the better-covered unit's
    weight that the other has (a short sentence inside a long one), discounted when the
    units share only names or a single term, raised when both give a figure for the same
    thing (what a number counts: "workers", "$m"). Sums run in key order, so the value is
    exactly the same whichever side is A.
    """
    if not a.norm or not b.norm:
        return 0.0
    shared = sorted(a.weights.keys() & b.weights.keys())
    if not shared:
        return 0.0
    weights_a = [a.weights[key] for key in shared]
    weights_b = [b.weights[key] for key in shared]
    dot = sum(x * y for x, y in zip(weights_a, weights_b, strict=True))
    cosine = dot / (a.norm * b.norm)
    shared_a = sum(weights_a)
    shared_b = sum(weights_b)
    if shared_a + shared_b <= 0.0:
        return 0.0
    cover = max(shared_a / a.total, shared_b / b.total)
    named = sum(
        a.weights[key] + b.weights[key]
        for key in shared
        if a.kinds[key] == "name" and b.kinds[key] == "name"
    )
    content = 1.0 - named / (shared_a + shared_b)
    score = COSINE_PART * cosine + (1.0 - COSINE_PART) * cover
    score *= NAME_DISCOUNT + (1.0 - NAME_DISCOUNT) * content
    if sum(a.kinds[key] not in _WEAK_KINDS for key in shared) < 2:
        score *= SINGLE_TERM_DISCOUNT
    if close_figures(a.figures, b.figures) or _close_times(a, b):
        # "$14.2 million" and "$14.6 million", "212 votes" and "221 votes": one figure
        # reported differently is strong evidence of one fact (and maybe a contradiction).
        score += NEAR_FIGURE_BONUS
    if any(
        a.kinds[key] == "quantity" and _comparable(a.specifics[key], b.specifics[key])
        for key in shared
    ):
        # Both give a figure for the same thing, agreeing or not ("12 workers", "15 workers"):
        # likely one fact, and a pair that disagrees on it must be aligned to be shown.
        score += SAME_QUANTITY_BONUS
    return min(1.0, score)


def similarities(
    terms_a: list[UnitTerms], terms_b: list[UnitTerms]
) -> dict[tuple[int, int], float]:
    """Similarity of the pairs of units that share a term that is not everywhere (others 0).

    A term found in more than a tenth of all units (and more than ``COMMON_FLOOR``) does
    not make two units candidates by itself: pairs sharing only such terms never reach
    ``MIN_SCORE``, and skipping them keeps long articles fast.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for j, unit in enumerate(terms_b):
        for key in unit.weights:
            index[key].append(j)
    frequency: dict[str, int] = defaultdict(int)
    for unit in (*terms_a, *terms_b):
        for key in unit.weights:
            frequency[key] += 1
    common = max(COMMON_FLOOR, COMMON_SHARE * (len(terms_a) + len(terms_b)))
    scores: dict[tuple[int, int], float] = {}
    for i, unit in enumerate(terms_a):
        partners: set[int] = set()
        for key in unit.weights:
            if frequency[key] <= common:
                partners.update(index.get(key, ()))
        for j in partners:
            scores[i, j] = similarity(unit, terms_b[j])
    return scores


def select_pairs(scores: dict[tuple[int, int], float]) -> list[tuple[int, int, float]]:
    """The pairs worth showing: strong ones, and each sentence's best partners."""
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in scores.items():
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    kept: list[tuple[int, int, float]] = []
    for (i, j), score in sorted(scores.items()):
        if score < MIN_SCORE:
            continue
        near_best = score >= NEAR_BEST * best_a[i] or score >= NEAR_BEST * best_b[j]
        if score >= STRONG_SCORE or near_best:
            kept.append((i, j, score))
    return _best_partners_only(kept)


def _best_partners_only(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Keep a pair only if it is among the ``MAX_PARTNERS`` best of both its sentences.

    A sentence that matches a hundred others (an article pasted many times over) would
    otherwise make the comparison quadratic; ties rank by position, the same from A or B.
    """
    ranked_a: dict[int, list[tuple[float, int]]] = defaultdict(list)
    ranked_b: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, j, score in pairs:
        ranked_a[i].append((-score, j))
        ranked_b[j].append((-score, i))
    top_a = {i: {j for _, j in sorted(partners)[:MAX_PARTNERS]} for i, partners in ranked_a.items()}
    top_b = {j: {i for _, i in sorted(partners)[:MAX_PARTNERS]} for j, partners in ranked_b.items()}
    return [(i, j, score) for i, j, score in pairs if j in top_a[i] and i in top_b[j]]


_FIGURE = re.compile(r"#(\d+(?:\.\d+)?)([a-z]*)")
#: Two counts of one thing are comparable (one fact, agreeing or not) within this ratio.
QUANTITY_RATIO = 1.5


def _comparable(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether a value of ``a`` and one of ``b`` (figure keys) are within ``QUANTITY_RATIO``."""
    for x in a:
        fx = _FIGURE.fullmatch(x)
        for y in b:
            fy = _FIGURE.fullmatch(y)
            if x == y:
                return True
            if fx is None or fy is None or fx[2] != fy[2]:
                continue
            low, high = sorted((float(fx[1]), float(fy[1])))
            if low > 0 and high <= QUANTITY_RATIO * low:
                return True
    return False


def close_figures(a: frozenset[str], b: frozenset[str]) -> list[tuple[str, str]]:
    """Figures of ``a`` and ``b`` that are close but not equal, neither found on the other side.

    Both must have the same scale ("m", "bn" or none); "212" and "221" are close, "8" and
    "12" thousand are not (see ``NEAR_FIGURE_RATIO``). Sorted, so the same from either side.
    """
    only_a = sorted(a - b)
    only_b = sorted(b - a)
    found: list[tuple[str, str]] = []
    for x in only_a:
        fx = _FIGURE.fullmatch(x)
        if fx is None:
            continue
        for y in only_b:
            fy = _FIGURE.fullmatch(y)
            if fy is None or fx[2] != fy[2]:
                continue
            low, high = sorted((float(fx[1]), float(fy[1])))
            if low > 0 and high <= NEAR_FIGURE_RATIO * low:
                found.append((x, y))
    return sorted(found, key=lambda pair: sorted(pair))


#: Two clock times this many minutes apart or less are close; a hedged one agrees with it.
TIME_TOLERANCE = 30


def times_agree(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether the time values (see ``Token.value``) of two units have one in common.

    The same minute agrees; a hedged time ("shortly after 9 p.m.", "~21:00") also agrees
    with a time at most ``TIME_TOLERANCE`` minutes from it.
    """
    for x in a:
        for y in b:
            gap = abs(minutes_of(x) - minutes_of(y))
            gap = min(gap, 24 * 60 - gap)
            if gap == 0 or (gap <= TIME_TOLERANCE and "~" in x + y):
                return True
    return False


def _close_times(a: UnitTerms, b: UnitTerms) -> bool:
    """Both give a clock time, the two close but not the same minute (3:40 and about 4)."""
    times_a = a.specifics.get("time")
    times_b = b.specifics.get("time")
    if not times_a or not times_b:
        return False
    gaps = [
        min(abs(minutes_of(x) - minutes_of(y)), 24 * 60 - abs(minutes_of(x) - minutes_of(y)))
        for x in times_a
        for y in times_b
    ]
    return 0 not in gaps and min(gaps) <= TIME_TOLERANCE
