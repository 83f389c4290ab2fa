"""Pairs found by shared pieces of words: a character n-gram cosine, best for both sentences."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from sys import intern

import regex

from desktop_app.core.compare.terms import inverse_document_frequency

#: Letters in a piece of a word (with a space marking each end of the word): a word
#: inflected, compounded or spelt a little otherwise ("alarm" / "alarms", Korean "변압기" /
#: "변압기가", Zulu "yisiphepho" / "isiphepho") still shares most of its pieces with its
#: bare form, whatever the language or script, with no stemmer and no word list, where the
#: stems of ``terms`` meet only on the first six letters. On 208 development pairs, in
#: sample, three letters scored as four (pair F1 0.792 and 0.791 at their best) and five
#: lower (0.790).
GRAM = 3
#: Two sentences that are each other's best partner by that cosine (less the position
#: term, as ``align.placed_scores``), both still without a partner when this rule runs
#: (``engine.compare_texts``: after the pairs by words, anchors, gaps and neighbours, before
#: the commonplace drop and every rule after it), are paired from this score:
#: the paraphrase the word cosine misses (round 50, tests/compare_data/README.md entry 50).
#: Of the pairs the rule added from 0.2 to 0.275, one in three was true (a pair must be
#: true two times in five to raise pair F1 here); from 0.275, four in five (29 true, 7
#: false). These figures are of a
#: first form that also paired a sentence already paired (it paired a false far sentence
#: on the bundled sample); with both unpaired, pair F1 0.786 -> 0.789 (recall 0.739, 18
#: true and 4 false pairs more), character precision 0.787 and 0.798, not cross-validated.
#: The first form, on 208 development pairs, in sample: pair F1 0.786 -> 0.792 (recall
#: 0.732 -> 0.743, precision 0.848 -> 0.847), only-A and only-B character precision
#: 0.773 -> 0.788 and 0.790 -> 0.801;
#: leaving one pair out, the score chosen from 0.25, 0.275, 0.3 or the rule off on the
#: other pairs: 0.790 (0.275 for 198 pairs, 0.25 for 10, never off). With 0.2 among the
#: choices (0.792 in sample too, at precision 0.829), a near tie that flips with the pair
#: left out: 0.784.
GRAM_MUTUAL_SCORE = 0.275
#: Subtracted times the distance between where the two sentences stand (0 first, 1 last),
#: as ``align.POSITION_WEIGHT``.
GRAM_POSITION_WEIGHT = 0.3
#: A sentence still without a partner and a sentence already paired with another, each
#: other's best partner by pieces of words, are paired from this score (less the position
#: term): the paired sentence's words chose one partner, its pieces another, and a sentence
#: that gives two facts the other text gives apart needs both (round 59, entry 59 of
#: tests/compare_data/README.md). On 256 development pairs, of the pairs it adds, two in
#: three were true (29 true and 13 false from 0.225; 36 and 23 from 0.2; 16 and 4 from
#: 0.275): pair F1 0.792 -> 0.796 in sample (recall 0.747 -> 0.756, precision 0.844 ->
#: 0.842), the same leaving one pair out, the score chosen on the other pairs from 0.225 to
#: 0.3 or the rule off (0.225 for every pair). 0.175 and 0.2 score the same F1 in sample at
#: a precision under 0.84 (0.838, 0.839), and, chosen among them, 0.795 leaving one pair out.
GRAM_SECOND_SCORE = 0.225
#: … and only when their sentences share at least this many terms (what a number counts
#: or that a moment is given not counted), as an anchor needs two: on the bundled sample
#: one shared word ("significant", whose pieces meet "signals") paired two sentences of an
#: analysis that tell two things. Round 59, on 256 development pairs: 4 true and 5 false
#: pairs fewer, pair F1 0.798 both.
SECOND_PARTNER_TERMS = 2
#: Pieces found in more sentences than this are left out: pieces of common words and
#: endings, that tell no two sentences apart. A fixed bound, not a share, so that a long
#: article's common pieces do not make every sentence a candidate of every other.
GRAM_COMMON = 20

_WORD = regex.compile(r"[^\W\d_]+|\d+")

Vector = dict[str, float]


def gram_counts(sentence: str) -> Counter[str]:
    """The ``GRAM``-letter pieces of the words of ``sentence`` (lower-cased), with counts.

    A word shorter than a piece is a piece of its own (" of "). The pieces are interned:
    one string for each piece, however many sentences hold it (9 MB less held at once on a
    10,000-word pair, with the counts let go as in ``gram_vectors``).
    """
    return Counter(intern(piece) for piece in _pieces(sentence))


def gram_set(sentence: str) -> set[str]:
    """The ``GRAM``-letter pieces of the words of ``sentence``, once each, not interned (the
    pieces of one pair of sentences, let go at once: interning them would only grow the
    interpreter's table of interned strings)."""
    return set(_pieces(sentence))


def _pieces(sentence: str) -> Iterator[str]:
    for word in _WORD.findall(sentence.casefold()):
        padded = f" {word} "
        if len(padded) <= GRAM:
            yield padded
            continue
        for k in range(len(padded) - GRAM + 1):
            yield padded[k : k + GRAM]


def gram_vectors(sentences: Sequence[Sequence[str]]) -> list[list[Vector]]:
    """Unit-length TF-IDF vectors of the pieces of every sentence of every text.

    The IDF is taken over the sentences of all texts together, as ``align.unit_terms``,
    from the counts' own keys (a set of each sentence's pieces beside its counts held 5 MB
    more on a 10,000-word pair), and each sentence's counts are let go once its vector is
    made.
    """
    counts: list[list[Counter[str] | None]] = [
        [gram_counts(sentence) for sentence in side] for side in sentences
    ]
    idf = inverse_document_frequency(
        (found.keys() for side in counts for found in side if found is not None),
        most=GRAM_COMMON,
    )
    vectors: list[list[Vector]] = []
    for side in counts:
        side_vectors: list[Vector] = []
        for k, found in enumerate(side):
            side[k] = None
            weights = {
                key: (1.0 + math.log(n)) * idf[key]
                for key, n in sorted((found or {}).items())
                if key in idf
            }
            norm = math.sqrt(math.fsum(w * w for w in weights.values()))
            side_vectors.append({key: w / norm for key, w in weights.items()} if norm else {})
        vectors.append(side_vectors)
    return vectors


def gram_cosine(a: Vector, b: Vector) -> float:
    """The cosine of two unit-length vectors of pieces (summed in key order)."""
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(weight * b[key] for key, weight in sorted(a.items()) if key in b)


def gram_pairs(
    vectors: tuple[Sequence[Vector], Sequence[Vector]],
    places: tuple[Sequence[float], Sequence[float]],
    paired: tuple[Iterable[int], Iterable[int]],
) -> list[tuple[int, int]]:
    """Sentences that are each other's best partner by the cosine of their ``vectors`` less
    the position term, from ``GRAM_MUTUAL_SCORE``, both with no partner yet
    (``paired``: the sentences of A and of B that have one). Sorted.
    """
    return both_unpaired(mutual_gram_partners(vectors, places, paired), paired)


def both_unpaired(
    mutual: Iterable[tuple[int, int, float]], paired: tuple[Iterable[int], Iterable[int]]
) -> list[tuple[int, int]]:
    """Of ``mutual`` (see ``mutual_gram_partners``), the pairs from ``GRAM_MUTUAL_SCORE``
    whose sentences both have no partner yet. Sorted."""
    have_a, have_b = set(paired[0]), set(paired[1])
    return sorted(
        (i, j)
        for i, j, score in mutual
        if score >= GRAM_MUTUAL_SCORE and i not in have_a and j not in have_b
    )


def second_partners(
    mutual: Iterable[tuple[int, int, float]], paired: tuple[Iterable[int], Iterable[int]]
) -> list[tuple[int, int]]:
    """Of ``mutual`` (see ``mutual_gram_partners``), the pairs from ``GRAM_SECOND_SCORE``
    of which one sentence has a partner already and the other none. Sorted."""
    have_a, have_b = set(paired[0]), set(paired[1])
    return sorted(
        (i, j)
        for i, j, score in mutual
        if score >= GRAM_SECOND_SCORE and (i in have_a) != (j in have_b)
    )


def mutual_gram_partners(
    vectors: tuple[Sequence[Vector], Sequence[Vector]],
    places: tuple[Sequence[float], Sequence[float]],
    paired: tuple[Iterable[int], Iterable[int]],
    floor: float | None = None,
) -> list[tuple[int, int, float]]:
    """``(i, j, score)`` for sentences that are each other's best partner by the cosine of
    their ``vectors`` less the position term, one of them at least with no partner yet
    (``paired``: the sentences of A and of B that have one), from ``floor`` or, when it is
    not given, from the lower of ``GRAM_MUTUAL_SCORE`` and ``GRAM_SECOND_SCORE``.

    Only the rows of the sentences without a partner, and the columns of their best
    partners, are scored. Sums run in key order and ties count as best for both, so the
    pairs are the same whichever side is A. Sorted.
    """
    if floor is None:
        floor = min(GRAM_MUTUAL_SCORE, GRAM_SECOND_SCORE)
    sides = (
        PieceRows(vectors[0], vectors[1], places[0], places[1]),
        PieceRows(vectors[1], vectors[0], places[1], places[0]),
    )
    found: dict[tuple[int, int], float] = {}
    for k, (side, other) in enumerate((sides, sides[::-1])):
        have = set(paired[k])
        for i in range(len(side.vectors)):
            if i in have:
                continue
            row = side.row(i)
            best = max(row.values(), default=0.0)
            if best < floor:
                continue
            for j, score in row.items():
                if score >= best and score >= max(other.row(j).values()):
                    key = (i, j) if k == 0 else (j, i)
                    # the larger of the two rows' sums, whichever side is A
                    found[key] = max(score, found.get(key, score))
    return sorted((i, j, score) for (i, j), score in found.items())


class PieceRows:
    """The scores of one text's sentences against the other's, row by row, kept once made."""

    def __init__(
        self,
        vectors: Sequence[Vector],
        others: Sequence[Vector],
        places: Sequence[float],
        other_places: Sequence[float],
    ) -> None:
        self.vectors = vectors
        self.others = others
        self.places = places
        self.other_places = other_places
        #: piece -> the other text's sentences that hold it; the weights stay in ``others``
        #: (a list of (sentence, weight) tuples here held 10 MB more on 10,000 words)
        self.index: dict[str, list[int]] = defaultdict(list)
        for j, vector in enumerate(others):
            for key in vector:
                self.index[key].append(j)
        self.rows: dict[int, dict[int, float]] = {}

    def row(self, i: int) -> dict[int, float]:
        """Sentence ``i``'s score (cosine less the position term) with every sentence of
        the other text it shares a piece with."""
        made = self.rows.get(i)
        if made is not None:
            return made
        sums: dict[int, float] = defaultdict(float)
        others = self.others
        for key, weight in sorted(self.vectors[i].items()):
            for j in self.index.get(key, ()):
                sums[j] += weight * others[j][key]
        place = self.places[i]
        made = {
            j: total - GRAM_POSITION_WEIGHT * abs(place - self.other_places[j])
            for j, total in sums.items()
        }
        self.rows[i] = made
        return made
