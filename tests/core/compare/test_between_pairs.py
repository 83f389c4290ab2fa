"""Two sentences still alone between two pairs in step (round 133, ``between_pairs``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.between_pairs import (
    BETWEEN_PAIRS_SCORE,
    TOLD_OTHERWISE_WORDS,
    between_pairs,
    told_without_values,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import (
    Pair,
    paired_both_ways,
    paired_sides,
    swapped,
    swapped_scores,
)

MEITEI_QUOTED = "ꯑꯣꯊꯣꯔꯤꯇꯤꯅ ꯐꯨꯝꯗꯤ ꯑꯗꯨꯕꯨ “ꯂꯣꯛꯇꯥꯛꯀꯤ"
MEITEI_TOLD = "ꯑꯣꯊꯣꯔꯤꯇꯤꯅ ꯍꯥꯏꯕꯗꯤ ꯐꯨꯝꯗꯤ"
SYRIAC_QUOTED = "ܐܕܘܪ ܝܘܚܢܢ ܩܪܝܠܗ ܠܗܕܐ «ܙܘܓܐ"
SYRIAC_TOLD = "ܪܫܐ ܕܒܠܕܝܐ ܒܐܡܪ ܕܟܠ ܡܪܐ ܣܐܠܘܢ"


def _found(
    pairs: list[Pair], scores: dict[Pair, float], apart: frozenset[Pair] = frozenset()
) -> list[Pair]:
    """The rule over ``pairs`` and the engine's gaps between them, scoring by ``scores`` (0
    where missing), ``apart`` the pairs dated to years apart."""
    return between_pairs(
        engine._gaps(pairs),
        pairs,
        lambda i, j: scores.get((i, j), 0.0),
        lambda i, j: (i, j) in apart,
    )


def _mirrored(
    pairs: list[Pair], scores: dict[Pair, float], apart: frozenset[Pair] = frozenset()
) -> list[Pair]:
    """The rule with the two texts exchanged, its pairs given back in A's terms."""
    return swapped(
        _found(swapped(pairs), swapped_scores(scores), frozenset(swapped(sorted(apart))))
    )


def test_the_only_sentences_between_two_pairs_in_step_pair_both_ways() -> None:
    pairs = [(2, 5), (4, 7)]
    scores = {(3, 6): BETWEEN_PAIRS_SCORE}
    assert _found(pairs, scores) == [(3, 6)]
    assert _mirrored(pairs, scores) == [(3, 6)]


def test_a_weak_score_a_sentence_paired_elsewhere_or_years_apart_pairs_nothing() -> None:
    pairs = [(2, 5), (4, 7)]
    assert _found(pairs, {(3, 6): BETWEEN_PAIRS_SCORE - 0.01}) == []
    assert _found(pairs, {}) == []
    scores = {(3, 6): 0.3}
    assert _found([*pairs, (3, 9)], scores) == []
    assert _mirrored([*pairs, (3, 9)], scores) == []
    assert _found([*pairs, (8, 6)], scores) == []
    assert _found(pairs, scores, frozenset({(3, 6)})) == []
    assert _mirrored(pairs, scores, frozenset({(3, 6)})) == []


def test_pairs_out_of_step_or_two_sentences_apart_leave_the_middle_alone() -> None:
    scores = {(3, 6): 0.3, (3, 7): 0.3, (4, 6): 0.3}
    assert _found([(2, 5), (4, 8)], scores) == []  # two sentences of B between them
    assert _found([(2, 5), (5, 8)], scores) == []  # two on both sides
    assert _found([(2, 7), (4, 5)], scores) == []  # the order crossed
    assert _found([(2, 5)], scores) == []  # one pair alone


_CELLS = st.tuples(st.integers(0, 6), st.integers(0, 6))


@given(
    pairs=st.lists(_CELLS, max_size=6),
    flanks=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=2),
    grid=st.lists(st.floats(0.0, 1.0), min_size=49, max_size=49),
    apart=st.frozensets(_CELLS, max_size=5),
)
def test_the_rule_mirrors_and_finds_the_sentences_alone_between_pairs_in_step(
    pairs: list[Pair], flanks: list[Pair], grid: list[float], apart: frozenset[Pair]
) -> None:
    # random pairs are seldom two sentences apart on both sides: add some that are
    pairs = sorted({*pairs, *flanks, *((i + 2, j + 2) for i, j in flanks)})
    scores = {(i, j): grid[7 * i + j] for i in range(7) for j in range(7)}
    found = _found(pairs, scores, apart)
    assert _mirrored(pairs, scores, apart) == found
    paired_a, paired_b = paired_sides(pairs)
    for i, j in found:
        assert (i - 1, j - 1) in pairs
        assert (i + 1, j + 1) in pairs
        assert i not in paired_a
        assert j not in paired_b
        assert scores[i, j] >= BETWEEN_PAIRS_SCORE
        assert (i, j) not in apart
    for i, j in ((i + 1, j + 1) for i, j in flanks):
        if i not in paired_a and j not in paired_b and (i, j) not in apart:
            assert ((i, j) in found) == (scores[i, j] >= BETWEEN_PAIRS_SCORE)


def test_development_pairs_are_found_both_ways_and_not_without_the_rule() -> None:
    for name, starts in (
        ("phumdi_keinoupat", (MEITEI_QUOTED, MEITEI_TOLD)),
        ("hlula_bethnuhra", (SYRIAC_QUOTED, SYRIAC_TOLD)),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [True, True], name
        with patched(engine, "between_pairs", lambda *_, **__: []):
            assert paired_both_ways(truth, starts) == [False, False], name


_LONG = TOLD_OTHERWISE_WORDS + 1


def _told_otherwise_found(pairs: list[Pair], told: frozenset[Pair]) -> list[Pair]:
    """The rule over ``pairs`` with no word score at all, ``told`` the pairs of sentences that
    share nothing and tell no value (``told_otherwise``)."""
    return between_pairs(
        engine._gaps(pairs),
        pairs,
        lambda i, j: 0.0,
        lambda i, j: False,
        lambda i, j: (i, j) in told,
    )


def test_two_long_sentences_sharing_nothing_and_no_value_pair_between_pairs_both_ways() -> None:
    pairs = [(2, 5), (4, 7)]
    assert _told_otherwise_found(pairs, frozenset({(3, 6)})) == [(3, 6)]
    mirrored = _told_otherwise_found(swapped(pairs), frozenset({(6, 3)}))
    assert swapped(mirrored) == [(3, 6)]
    assert _told_otherwise_found(pairs, frozenset()) == []
    assert _told_otherwise_found([(2, 5), (4, 8)], frozenset({(3, 6)})) == []  # not in step
    assert _told_otherwise_found([*pairs, (3, 9)], frozenset({(3, 6)})) == []  # A's paired
    dated_apart = between_pairs(
        engine._gaps(pairs), pairs, lambda i, j: 0.0, lambda i, j: True, lambda i, j: True
    )
    assert dated_apart == []


def test_told_without_values_asks_no_term_long_sentences_and_no_value_on_either_side() -> None:
    assert told_without_values(False, (_LONG, _LONG + 5), (False, False))
    assert told_without_values(False, (_LONG + 5, _LONG), (False, False))
    assert not told_without_values(True, (_LONG, _LONG), (False, False))  # scored: a term
    for counts in ((TOLD_OTHERWISE_WORDS, _LONG), (_LONG, TOLD_OTHERWISE_WORDS)):
        assert not told_without_values(False, counts, (False, False))  # a short aside
    for values in ((True, False), (False, True), (True, True)):
        assert not told_without_values(False, (_LONG, _LONG), values)  # a fact of its own


@given(
    scored=st.booleans(),
    counts=st.tuples(st.integers(0, 30), st.integers(0, 30)),
    values=st.tuples(st.booleans(), st.booleans()),
)
def test_told_without_values_is_symmetric_and_holds_just_when_all_three_hold(
    scored: bool, counts: tuple[int, int], values: tuple[bool, bool]
) -> None:
    told = told_without_values(scored, counts, values)
    assert told == told_without_values(scored, counts[::-1], values[::-1])
    assert told == (not scored and min(counts) > TOLD_OTHERWISE_WORDS and values == (False,) * 2)


GIRAFFE_QUOTED = "She described the morning as"
GIRAFFE_TOLD = "Ms Mallory admitted her officers"
TIKA_CAUSE = "जाँचक अनुसार, दुनू टीकाक डिब्बा"
TIKA_OTHER_CAUSE = "गामक लोक कहैत छथि"


def test_sentences_told_otherwise_between_pairs_are_found_both_ways_not_without_it() -> None:
    def never_told_otherwise(*_: object) -> bool:
        return False

    for name, starts in (
        ("giraffe_corbenhall", (GIRAFFE_QUOTED, GIRAFFE_TOLD)),
        ("tika_rahika", (TIKA_CAUSE, TIKA_OTHER_CAUSE)),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [True, True], name
        with patched(engine, "told_without_values", never_told_otherwise):
            assert paired_both_ways(truth, starts) == [False, False], name
