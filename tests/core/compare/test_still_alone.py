"""Two sentences still alone that alone in their texts share two words and prefer each other."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import still_alone
from desktop_app.core.compare.align import (
    anchor_pairs,
    word_anchor_pairs,
)
from desktop_app.core.compare.still_alone import (
    STILL_ALONE_PLACE,
    alone_before,
    anchors_still_alone,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import (
    draw_places_and_paired,
    paired_both_ways,
    swapped,
    swapped_scores,
)
from tests.core.compare.sentence_pairs import texts_terms

Pair = tuple[int, int]
EVEN = ([0.0, 0.25, 0.5], [0.0, 0.25, 0.5])


def _found(
    anchors: list[Pair],
    scores: dict[Pair, float],
    paired: tuple[set[int], set[int]] = (set(), set()),
    places: tuple[list[float], list[float]] = EVEN,
) -> list[Pair]:
    return anchors_still_alone(anchors, paired, scores, places)


def test_two_lone_anchored_sentences_preferring_each_other_pair() -> None:
    assert _found([(0, 1), (2, 2)], {(0, 1): 0.12, (2, 2): 0.2, (0, 0): 0.05}) == [
        (0, 1),
        (2, 2),
    ]


def test_a_sentence_already_paired_takes_no_partner_here() -> None:
    scores = {(0, 1): 0.12, (2, 2): 0.2}
    assert _found([(0, 1), (2, 2)], scores, paired=({0}, set())) == [(2, 2)]
    assert _found([(0, 1), (2, 2)], scores, paired=(set(), {2})) == [(0, 1)]


def test_a_lone_sentence_liking_another_lone_one_better_is_no_partner() -> None:
    assert _found([(0, 1)], {(0, 1): 0.12, (0, 2): 0.3}) == []
    assert _found([(0, 1)], {(0, 1): 0.12, (1, 1): 0.3}) == []


def test_a_better_partner_already_paired_does_not_count() -> None:
    scores = {(0, 1): 0.12, (0, 2): 0.3, (1, 1): 0.3}
    assert _found([(0, 1)], scores, paired=({1}, {2})) == [(0, 1)]


def test_a_tie_counts_as_best_for_both() -> None:
    assert _found([(0, 1)], {(0, 1): 0.2, (0, 2): 0.2, (1, 1): 0.2}) == [(0, 1)]


def test_only_anchors_pair_and_only_with_a_score() -> None:
    assert _found([], {(0, 1): 0.4}) == []
    assert _found([(0, 1)], {}) == []


def test_both_sentences_must_stand_before_the_place() -> None:
    late_a = ([0.0, STILL_ALONE_PLACE], [0.0, 0.1])
    late_b = ([0.0, 0.1], [0.0, STILL_ALONE_PLACE])
    assert _found([(1, 1)], {(1, 1): 0.3}, places=late_a) == []
    assert _found([(1, 1)], {(1, 1): 0.3}, places=late_b) == []
    early = ([0.0, STILL_ALONE_PLACE * 0.99], [0.0, 0.1])
    assert _found([(1, 1)], {(1, 1): 0.3}, places=early) == [(1, 1)]


def test_a_sentence_is_alone_before_a_place_only_unpaired_and_earlier() -> None:
    assert alone_before(1, set(), [0.0, 0.3], 0.5)
    assert not alone_before(1, {1}, [0.0, 0.3], 0.5)
    assert not alone_before(1, {0}, [0.0, 0.5], 0.5)
    assert alone_before(0, {1}, [0.0, 0.5], 0.5)


@given(st.data())
def test_swapping_the_texts_swaps_the_pairs(data: st.DataObject) -> None:
    size_a, size_b = data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5))
    cells = [(g, h) for g in range(size_a) for h in range(size_b)]
    scores = data.draw(st.dictionaries(st.sampled_from(cells), st.floats(0.0, 1.0)))
    anchors = data.draw(st.lists(st.sampled_from(cells), unique=True))
    places, paired = draw_places_and_paired(data, (size_a, size_b))
    found = anchors_still_alone(anchors, paired, scores, places)
    mirrored = anchors_still_alone(
        swapped(anchors), (paired[1], paired[0]), swapped_scores(scores), (places[1], places[0])
    )
    assert mirrored == swapped(found)
    for g, h in found:
        assert (g, h) in anchors
        assert g not in paired[0]
        assert h not in paired[1]
        assert places[0][g] < STILL_ALONE_PLACE
        assert places[1][h] < STILL_ALONE_PLACE
        assert all(
            score <= scores[g, h]
            for (x, y), score in scores.items()
            if (x == g or y == h) and x not in paired[0] and y not in paired[1]
        )


def test_an_anchor_by_a_figure_alone_is_no_anchor_by_words() -> None:
    text_a = "Some 4,120 people lost power. Divers searched the north shore on Monday."
    text_b = "Homes left in the dark numbered 4,120. The police divers began at the jetty."
    terms_a, terms_b = texts_terms(text_a, text_b)
    assert (0, 0) in anchor_pairs(terms_a, terms_b)
    assert (0, 0) not in word_anchor_pairs(terms_a, terms_b)


def test_two_rare_words_make_an_anchor_by_words() -> None:
    text_a = "The ferry lost power near the lighthouse. A tug towed the vessel to Kelmar."
    text_b = "Passengers waited for hours. A tug towed the stricken vessel to the quay at Kelmar."
    terms_a, terms_b = texts_terms(text_a, text_b)
    assert (1, 1) in word_anchor_pairs(terms_a, terms_b)


_WORDS = ("tug", "ferry", "quay", "storm", "harbour", "mayor", "412", "wall", "boat", "rope")


@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), min_size=1, max_size=4),
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), min_size=1, max_size=4),
)
def test_anchors_by_words_are_anchors_and_mirror(
    sentences_a: list[list[str]], sentences_b: list[list[str]]
) -> None:
    text_a = " ".join(" ".join(words).capitalize() + "." for words in sentences_a)
    text_b = " ".join(" ".join(words).capitalize() + "." for words in sentences_b)
    terms_a, terms_b = texts_terms(text_a, text_b)
    by_words = word_anchor_pairs(terms_a, terms_b)
    assert set(by_words) <= set(anchor_pairs(terms_a, terms_b))
    assert swapped(word_anchor_pairs(terms_b, terms_a)) == by_words


LIFEBOAT = ("Three fishermen were pulled from the sea", "The 36ft crabber went over")


def test_the_engine_pairs_a_capsizing_told_twice_both_ways() -> None:
    assert paired_both_ways(load("lifeboat_porthkerran"), LIFEBOAT) == [True, True]
    with patched(still_alone, "STILL_ALONE_PLACE", float("-inf")):
        assert paired_both_ways(load("lifeboat_porthkerran"), LIFEBOAT) == [False, False]


def test_the_engine_pairs_a_red_sky_told_in_a_quotation_both_ways() -> None:
    starts = ("Dooyrt naboo elley dy row yn speyr", "“Va'n speyr jiarg myr fuill")
    assert paired_both_ways(load("mwyllin_ballaragh"), starts) == [True, True]
    with patched(still_alone, "STILL_ALONE_PLACE", float("-inf")):
        assert paired_both_ways(load("mwyllin_ballaragh"), starts) == [False, False]
