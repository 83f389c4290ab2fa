"""Pairs found by where sentences stand: next to a partner, and weak anchors left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, left_out, neighbours, second_halves
from desktop_app.core.compare.grams import gram_cosine, gram_vectors
from desktop_app.core.compare.neighbours import (
    ANCHOR_FLOOR,
    BESIDE_PIECES_FLOOR,
    BOTH_UNPAIRED_EASING,
    FAINT_ANCHOR_SCORE,
    NEIGHBOUR_SCORE,
    NEXT_PARTNER_RAISE,
    NEXT_PARTNER_SCORE,
    beside_pairs,
    common_share,
    common_terms,
    commonplace_pairs,
    faint_anchors,
    lone_pairs,
    next_partner_pairs,
    unflanked,
    weak_anchors,
)

KIEL_A = (
    "Kiel Canal Reopens\n"
    "A container ship ran aground in the Kiel Canal early on Tuesday. "
    "The vessel lost steering near Rendsburg and blocked both lanes of the waterway, the canal "
    "authority said. "
    "Divers checked the hull for damage. "
    "Traffic resumed in the evening. "
    "The authority will inspect the banks on Wednesday. "
    "The canal links the North Sea and the Baltic."
)
KIEL_B = (
    "Ship Blocks Canal\n"
    "A cargo ship went aground in the Kiel Canal on Tuesday morning. "
    "Its steering failed close to Rendsburg, the canal authority said. "
    "Both lanes were shut. "
    "Two tugs pulled the ship free. "
    "Ships queued at both ends until the evening. "
    "The canal joins the North Sea to the Baltic."
)


def _has_pair(a_start: str, b_text: str) -> bool:
    pairs = compare_texts(KIEL_A, KIEL_B).pairs
    return any(p.a.text.startswith(a_start) and p.b.text == b_text for p in pairs)


def test_a_sentence_giving_two_facts_pairs_with_the_one_after_its_partner() -> None:
    # "lost steering near Rendsburg and blocked both lanes" is told in two sentences of B;
    # the second shares one rare word and would not be kept on its own
    assert _has_pair("The vessel lost steering", "Both lanes were shut.")


def test_without_next_partners_the_second_sentence_is_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(neighbours, "NEXT_PARTNER_SCORE", float("inf"))
    # round 68's second halves find it too, by the pieces of words the first partner left
    # (``test_second_halves``); off here, to see what next partners alone do
    monkeypatch.setattr(second_halves, "FRESH_PIECES_SCORE", float("inf"))
    assert not _has_pair("The vessel lost steering", "Both lanes were shut.")


def test_next_partners_are_beside_a_partner_on_one_side_and_strong_enough() -> None:
    placed = {
        (1, 1): 0.5,  # the pair
        (1, 2): NEXT_PARTNER_SCORE,  # after A1's partner: kept
        (0, 1): NEXT_PARTNER_SCORE - 0.01,  # before B1's partner, too weak: dropped
        (2, 2): 0.3,  # beside the pair on both sides: left to ``beside_pairs``
        (1, 3): 0.4,  # two steps from the partner: left to the selection
    }
    groups = [0, 1, 2, 3]
    assert next_partner_pairs([(1, 1)], placed, groups, groups) == [(1, 2)]
    mirrored = {(j, i): score for (i, j), score in placed.items()}
    assert next_partner_pairs([(1, 1)], mirrored, groups, groups) == [(2, 1)]


def test_a_sentence_with_a_partner_of_its_own_needs_more_to_be_a_next_partner() -> None:
    weak = NEXT_PARTNER_SCORE + NEXT_PARTNER_RAISE / 2
    placed = {(1, 1): 0.5, (4, 2): 0.4, (1, 2): weak, (1, 0): weak}
    groups = [0, 1, 2, 3, 4]
    # B2 has a partner of its own (A4), B0 has none: only B0 joins A1 at this score
    assert next_partner_pairs([(1, 1), (4, 2)], placed, groups, groups) == [(1, 0)]
    placed[1, 2] = NEXT_PARTNER_SCORE + NEXT_PARTNER_RAISE
    assert next_partner_pairs([(1, 1), (4, 2)], placed, groups, groups) == [(1, 0), (1, 2)]


def test_copies_of_one_sentence_pair_are_not_next_partners() -> None:
    # units 0 and 1 of each side are copies of one sentence (group 0), paired copy by copy
    placed = {(0, 0): 1.0}
    groups = [0, 0, 1]
    assert next_partner_pairs([(0, 0), (1, 1)], placed, groups, groups) == []


def test_an_anchor_the_selection_left_out_and_scoring_low_is_weak() -> None:
    placed = {(0, 5): ANCHOR_FLOOR - 0.05, (1, 1): ANCHOR_FLOOR - 0.05, (2, 2): ANCHOR_FLOOR}
    anchors = [(0, 5), (1, 1), (2, 2), (3, 3)]  # (3, 3) shares only common terms: no score
    assert weak_anchors(anchors, {(1, 1)}, placed) == {(0, 5), (3, 3)}


def test_a_weak_anchor_is_lone_when_no_pair_stands_near_it_on_both_sides() -> None:
    pairs = [(0, 0), (1, 1), (9, 2), (10, 10), (11, 11)]
    candidates = [(9, 2), (10, 10)]
    # (9, 2) stands eight units from (1, 1) in A and from (10, 10) in B; (10, 10) is beside
    # (11, 11)
    assert lone_pairs(candidates, pairs, (12, 12)) == [(9, 2)]
    assert lone_pairs(candidates, [*pairs, (8, 3)], (12, 12)) == []
    # in texts of a few sentences every pair stands near every other: nothing is lone
    assert lone_pairs(candidates, pairs, (12, 5)) == []


def test_a_figure_shared_by_two_sentences_far_apart_with_nothing_around_is_no_pair() -> None:
    a = " ".join(
        [
            "Vellacott Growers said a hailstorm destroyed a third of the glass at its main site.",
            "The storm struck the Wyberton Fen site late on Saturday afternoon.",
            "Sixty staff were evacuated from the glasshouses.",
            "Specialist glaziers have been booked.",
            "The company hopes to replant the damaged houses by September.",
            "Its insurers have sent assessors.",
            "Vellacott employs about 600 people at three sites in Lincolnshire and Norfolk.",
        ]
    )
    b = " ".join(
        [
            "The storm also brought down power lines, leaving 600 homes without electricity.",
            "Hail the size of golf balls shattered acres of glass at Vellacott Growers.",
            "Staff ran for cover as the roof panes fell.",
            "Dutch glaziers arrive next week.",
            "The firm wants tomato plants growing under the new panes before summer.",
            "Local shops have offered to help.",
            "Paramedics treated two workers for cuts.",
        ]
    )

    def paired_by_600() -> bool:
        pairs = compare_texts(a, b).pairs
        return any("600" in p.a.text and "600" in p.b.text for p in pairs)

    assert not paired_by_600()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(neighbours, "ANCHOR_FLOOR", float("-inf"))
        assert paired_by_600()  # an anchor, as before the floor


def test_two_sentences_without_partners_beside_a_pair_are_paired_from_a_lower_floor() -> None:
    floor = NEIGHBOUR_SCORE - BOTH_UNPAIRED_EASING
    placed = {
        (1, 1): 0.5,  # the pair
        (2, 2): floor,  # after it on both sides, neither paired: kept, though not their best
        (2, 3): 0.3,  # A2's best partner is elsewhere
        (0, 0): floor - 0.01,  # before it on both sides, too weak: dropped
    }
    identity = list(range(5))
    assert beside_pairs([(1, 1), (2, 3)], placed, identity, identity) == []  # A2 paired
    assert beside_pairs([(1, 1)], placed, identity, identity) == [(2, 2)]


def test_a_sentence_with_a_partner_beside_a_pair_still_needs_the_full_floor() -> None:
    placed = {(1, 1): 0.5, (2, 2): NEIGHBOUR_SCORE - 0.01, (3, 2): 0.4}
    identity = list(range(5))
    # B2 has a partner (A3): the pair beside (1, 1) is held to NEIGHBOUR_SCORE and to being
    # the best partner of one of its sentences
    assert beside_pairs([(1, 1), (3, 2)], placed, identity, identity) == []


def test_a_pair_beside_a_pair_needs_its_pieces_of_words_to_meet() -> None:
    placed = {(1, 1): 0.5, (2, 2): 0.3, (0, 0): 0.3}
    identity = list(range(5))
    pieces = {(2, 2): BESIDE_PIECES_FLOOR, (0, 0): BESIDE_PIECES_FLOOR - 0.01}
    assert beside_pairs([(1, 1)], placed, identity, identity) == [(0, 0), (2, 2)]
    found = beside_pairs([(1, 1)], placed, identity, identity, pieces=lambda g, h: pieces[g, h])
    assert found == [(2, 2)]


# B's second sentence shares with A's only "people" (and "and"): the two stories go on in
# step after the bridge, but tell two things
_BRIDGE_A = (
    "The council approved the new bridge on Tuesday night. Residents of Millbrook heard "
    "quarry lorries thundering past their cottages at dawn, and people complained bitterly."
)
_BRIDGE_B = (
    "Council members approved the new bridge on Tuesday night. Shopkeepers along Harbour "
    "Street worry about parking fees and delivery vans, and many people grumble."
)


def test_the_engine_keeps_a_pair_beside_a_pair_only_from_the_pieces_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences_a = _BRIDGE_A.split(". ")
    sentences_b = _BRIDGE_B.split(". ")
    grams_a, grams_b = gram_vectors(
        ([f"{sentences_a[0]}.", sentences_a[1]], [f"{sentences_b[0]}.", sentences_b[1]])
    )
    meet = gram_cosine(grams_a[1], grams_b[1])
    assert 0.1 < meet < 0.2

    def second_sentences_paired() -> bool:
        return any(
            p.a.text.startswith("Residents") for p in compare_texts(_BRIDGE_A, _BRIDGE_B).pairs
        )

    monkeypatch.setattr(neighbours, "BESIDE_PIECES_FLOOR", meet)
    assert second_sentences_paired()
    monkeypatch.setattr(neighbours, "BESIDE_PIECES_FLOOR", meet + 0.001)
    assert not second_sentences_paired()


@given(
    st.dictionaries(st.sampled_from("abcdef"), st.floats(0.01, 1.0), min_size=1),
    st.dictionaries(st.sampled_from("abcdef"), st.floats(0.01, 1.0), min_size=1),
)
def test_the_cosine_of_pieces_is_the_same_either_way_and_one_for_a_vector_with_itself(
    raw_a: dict[str, float], raw_b: dict[str, float]
) -> None:
    def unit(raw: dict[str, float]) -> dict[str, float]:
        norm = sum(w * w for w in raw.values()) ** 0.5
        return {key: w / norm for key, w in raw.items()}

    a, b = unit(raw_a), unit(raw_b)
    assert gram_cosine(a, b) == gram_cosine(b, a)
    assert gram_cosine(a, a) == pytest.approx(1.0)
    assert -1e-9 <= gram_cosine(a, b) <= 1.0 + 1e-9


def test_without_pairs_beside_pairs_nothing_is_paired_by_standing_beside_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(neighbours, "NEIGHBOUR_SCORE", float("inf"))
    placed = {(1, 1): 0.5, (2, 2): 0.9}
    identity = list(range(5))
    assert neighbours.beside_pairs([(1, 1)], placed, identity, identity) == []


def test_a_pair_is_flanked_only_by_a_pair_diagonally_before_or_after_it() -> None:
    pairs = [(2, 2), (4, 7), (6, 6)]
    candidates = [(3, 3), (5, 8), (5, 5), (7, 7), (9, 1)]
    # (3, 3) follows (2, 2); (5, 8) follows (4, 7); (5, 5) precedes (6, 6); (7, 7) follows
    # (6, 6); (9, 1) has a pair two units away at most on neither diagonal
    assert unflanked(candidates, pairs) == [(9, 1)]
    # a pair beside it in one text only (same sentence of B) does not flank it
    assert unflanked([(3, 2)], [(2, 2), (4, 2)]) == [(3, 2)]


def test_a_weak_anchor_under_the_faint_score_stays_only_when_flanked() -> None:
    selected = {
        (0, 0): 0.5,
        (1, 1): 0.4,
        (5, 9): FAINT_ANCHOR_SCORE - 0.04,  # faint and alone: dropped
        (2, 2): FAINT_ANCHOR_SCORE - 0.04,  # faint, but (1, 1) stands before it
        (8, 3): FAINT_ANCHOR_SCORE,  # weak, not faint: left to lone_pairs
    }
    assert faint_anchors([(5, 9), (2, 2), (8, 3)], selected, (12, 12)) == [(5, 9)]
    # an anchor no longer selected is not dropped twice
    assert faint_anchors([(7, 7)], selected, (12, 12)) == []
    # in texts of a few sentences every pair stands near every other: nothing is dropped
    assert faint_anchors([(5, 9)], selected, (12, 5)) == []


def test_common_terms_are_those_held_by_enough_sentences_of_one_text() -> None:
    holders = neighbours.COMMON_HOLDERS
    a = [{"ipan": 1.0, "tlitl": 1.0, "#30": 1.0}] * holders + [{"puestos": 1.0}]
    b = [{"tlitl": 1.0, "ipan": 1.0}] * (holders - 1) + [{"@day:sun": 1.0, "#30": 1.0}] * 9
    # "ipan" and "tlitl" stand in enough sentences of A; a figure or a day never is common
    assert common_terms((a, b)) == frozenset({"ipan", "tlitl"})
    assert common_terms((b, a)) == frozenset({"ipan", "tlitl"})
    assert common_terms((a[holders:], b[: holders - 1])) == frozenset()


def test_the_common_share_of_a_cosine() -> None:
    a = {"doo": 3.0, "tsékoo": 1.0, "bitah": 2.0}
    b = {"doo": 1.0, "tsékoo": 2.0, "ashdla": 5.0}
    # doo gives 3 of the shared 3 + 2
    assert common_share((a, b), (1.0, 1.0), frozenset({"doo"})) == pytest.approx(0.6)
    assert common_share((b, a), (1.0, 1.0), frozenset({"doo"})) == pytest.approx(0.6)
    assert common_share((a, {"ashdla": 1.0}), (1.0, 1.0), frozenset({"doo"})) == 0.0
    assert common_share((a, b), (0.0, 1.0), frozenset({"doo"})) == 0.0


@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefg"), st.floats(0.01, 5.0), max_size=5),
        min_size=2,
        max_size=2,
    ),
    st.sets(st.sampled_from("abcdefg")),
)
def test_the_common_share_is_a_share_and_the_same_from_either_side(
    vectors: list[dict[str, float]], common: set[str]
) -> None:
    a, b = vectors
    share = common_share((a, b), (1.0, 1.0), frozenset(common))
    assert 0.0 <= share <= 1.0 + 1e-12
    assert share == common_share((b, a), (1.0, 1.0), frozenset(common))
    if a.keys() & b.keys() and a.keys() & b.keys() <= common:
        assert share == pytest.approx(1.0)


def test_a_pair_held_by_common_terms_stays_only_when_flanked() -> None:
    common = frozenset({"doo", "ipan"})
    weights_a = [{"doo": 2.0, "x": 0.1}, {"doo": 2.0, "rare": 2.0}, {"ipan": 1.0}, {"y": 1.0}]
    weights_b = [{"doo": 2.0, "z": 0.1}, {"doo": 2.0, "rare": 2.0}, {"ipan": 1.0}, {"y": 1.0}]
    norms = ([1.0] * 4, [1.0] * 4)
    # (0, 0): all its cosine from "doo", and nothing flanks it once (1, 1) is out
    # of the pairs; (2, 2) is held by "ipan" alone but (3, 3) follows it; (1, 1) shares a
    # rare term as much as the common one
    assert commonplace_pairs([(0, 0), (2, 2), (3, 3)], (weights_a, weights_b), norms, common) == [
        (0, 0)
    ]
    assert commonplace_pairs([(0, 0), (1, 1)], (weights_a, weights_b), norms, common) == []
    assert commonplace_pairs([(2, 2)], (weights_a, weights_b), norms, common) == [(2, 2)]


GOTSATL_A = (
    "Fire At Gotsatl Mosque\n"
    "Fire crews from Khunzakh reached the village of Gotsatl at ten in the evening. "
    "The fire spread across the roof of the Friday mosque within an hour. "
    "Neighbours carried water from the spring in buckets. "
    "The imam said the carpets and the old books were saved. "
    "The fire was out by dawn. "
    "Investigators think a faulty heater in the fire hall started it. "
    "The district will pay for a new roof."
)
GOTSATL_B = (
    "Mosque Roof Lost\n"
    "Villagers in Gotsatl watched the fire take the roof of their mosque on Thursday night. "
    "The fire brigade came from Khunzakh, thirty kilometres away. "
    "A student who slept inside woke to smoke and ran out. "
    "Women of the village brought food for the fire crews. "
    "The fire burned on. "
    "The carpets and the old books were saved, the imam said. "
    "The mufti has opened a collection for the repairs."
)


def test_two_sentences_sharing_only_the_events_own_word_are_no_pair_when_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "fire" stands in five sentences of A and four of B: it names the event, not a fact
    def pairs() -> set[tuple[str, str]]:
        return {(p.a.text, p.b.text) for p in compare_texts(GOTSATL_A, GOTSATL_B).pairs}

    alone = ("The fire was out by dawn.", "The fire burned on.")
    imam = (
        "The imam said the carpets and the old books were saved.",
        "The carpets and the old books were saved, the imam said.",
    )
    found = pairs()
    assert imam in found
    assert alone not in found
    monkeypatch.setattr(neighbours, "COMMON_SHARE", 1.5)  # the rule off
    # and the story-words rule of the endings, which drops the same pair for the same reason
    monkeypatch.setattr(left_out, "STORY_HOLDERS", len(GOTSATL_A))
    assert alone in pairs()
