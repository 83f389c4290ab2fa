"""Pairs found by pieces of words: the pieces, the mutual best partners, the engine's use."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, engine, grams
from desktop_app.core.compare.echoes import far_echo_pairs
from desktop_app.core.compare.grams import (
    Vector,
    both_unpaired,
    gram_counts,
    gram_pairs,
    gram_vectors,
    mutual_gram_partners,
    second_partners,
)
from tests.core.compare import devset

# Korean glues its particles to the word (변압기 / 변압기가, 소방관들은 / 소방관들이), so the
# stems of ``terms`` never meet; every sentence names the firm 반도체, the one term shared.
_FIRE_A = (
    "반도체 공장 노조는 임금 협상을 다시 요구했다. 반도체 소방관들은 변압기 고장을 원인으로 "
    "본다. 반도체 주가는 이날 조금 올랐다."
)
_FIRE_B = (
    "반도체 사장은 새 공장을 내년에 짓겠다고 밝혔다. 반도체 변압기가 고장나 불이 붙은 것으로 "
    "소방관들이 추정한다. 반도체 직원 식당은 오늘 문을 닫았다."
)


def test_pieces_are_three_letters_of_each_word_with_its_edges() -> None:
    assert gram_counts("Alarms, alarm 7") == {
        " al": 2, "ala": 2, "lar": 2, "arm": 2, "rms": 1, "ms ": 1, "rm ": 1, " 7 ": 1,
    }  # fmt: skip


def test_an_inflected_word_shares_most_of_its_pieces_with_its_bare_form() -> None:
    bare, glued = gram_counts("변압기"), gram_counts("변압기가")
    assert set(bare) & set(glued) == {" 변압", "변압기"}
    assert gram_counts("yisiphepho").keys() >= gram_counts("isiphepho").keys() - {" is"}


def test_pieces_in_more_sentences_than_the_bound_weigh_nothing() -> None:
    common = [f"word{k} shared" for k in range(grams.GRAM_COMMON + 1)]
    vectors_a, _ = gram_vectors((common, ["shared"]))
    assert all("har" not in vector for vector in vectors_a)
    assert all(abs(sum(w * w for w in v.values()) - 1.0) < 1e-9 for v in vectors_a)


Vectors = list[dict[str, float]]


def _vectors(a: Vectors, b: Vectors) -> tuple[Vectors, Vectors]:
    return a, b


def test_only_mutual_best_partners_from_the_floor_both_still_unpaired() -> None:
    same = {"x": 1.0}
    half = {"x": 0.6, "y": 0.8}
    vectors = _vectors([same, half], [same, {"y": 1.0}])
    places = ([0.0, 1.0], [0.0, 1.0])
    # (0, 0) scores 1, (1, 1) scores 0.8; (1, 0) 0.6 is nobody's best
    assert gram_pairs(vectors, places, ([], [])) == [(0, 0), (1, 1)]
    assert gram_pairs(vectors, places, ([0], [0])) == [(1, 1)]
    assert gram_pairs(vectors, places, ([0, 1], [1])) == []  # A's 0 has a partner
    # across the articles the position term takes 0.3: 0.8 - 0.3 still passes the floor
    assert gram_pairs(_vectors([half], [{"y": 1.0}]), ([0.0], [1.0]), ([], [])) == [(0, 0)]
    # B in the other order: A's second sentence stands level with B's first (0.6, now its
    # best), which likes A's first better (1 - 0.3); and B's second likes A's second best
    # (0.8 - 0.3), which does not like it back: one pair
    assert gram_pairs(vectors, ([0.0, 1.0], [1.0, 0.0]), ([], [])) == [(0, 0)]


def test_a_pair_under_the_floor_is_not_kept() -> None:
    low = grams.GRAM_MUTUAL_SCORE - 0.01
    vectors = _vectors([{"x": low, "z": (1 - low * low) ** 0.5}], [{"x": 1.0}])
    assert gram_pairs(vectors, ([0.0], [0.0]), ([], [])) == []


def test_the_engine_pairs_an_inflected_paraphrase_only_with_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = compare_texts(_FIRE_A, _FIRE_B)
    assert [(p.a.text[4:9], p.b.text[4:8]) for p in found.pairs] == [("소방관들은", "변압기가")]
    assert compare_texts(_FIRE_B, _FIRE_A) == found.mirrored()
    monkeypatch.setattr(grams, "GRAM_MUTUAL_SCORE", float("inf"))
    assert compare_texts(_FIRE_A, _FIRE_B).pairs == ()


def test_pieces_alone_without_a_shared_term_pair_nothing() -> None:
    without_firm_a = _FIRE_A.replace("반도체 ", "")
    without_firm_b = _FIRE_B.replace("반도체 ", "")
    assert compare_texts(without_firm_a, without_firm_b).pairs == ()


_SYLLABLES = st.sampled_from(["ka", "lo", "mi", "ne", "tu", "ra", "se", "vo"])
_WORDS = st.lists(_SYLLABLES, min_size=1, max_size=4).map("".join)
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_SIDE = st.lists(_SENTENCES, min_size=1, max_size=6)


def _two_sides(
    side_a: list[str], side_b: list[str], data: st.DataObject
) -> tuple[
    tuple[list[Vector], list[Vector]],
    tuple[list[float], list[float]],
    tuple[set[int], set[int]],
]:
    """Both sides' gram vectors, each sentence's place in its side (0 to 1) and a drawn set
    of sentences already paired on each side."""
    vectors_a, vectors_b = gram_vectors((side_a, side_b))
    places_a = [k / max(1, len(side_a) - 1) for k in range(len(side_a))]
    places_b = [k / max(1, len(side_b) - 1) for k in range(len(side_b))]
    paired_a = data.draw(st.sets(st.integers(0, len(side_a) - 1)))
    paired_b = data.draw(st.sets(st.integers(0, len(side_b) - 1)))
    return (vectors_a, vectors_b), (places_a, places_b), (paired_a, paired_b)


@settings(max_examples=80, deadline=None)
@given(_SIDE, _SIDE, st.data())
def test_the_pairs_are_the_same_whichever_side_is_a(
    side_a: list[str], side_b: list[str], data: st.DataObject
) -> None:
    (vectors_a, vectors_b), (places_a, places_b), (paired_a, paired_b) = _two_sides(
        side_a, side_b, data
    )
    forward = gram_pairs((vectors_a, vectors_b), (places_a, places_b), (paired_a, paired_b))
    backward = gram_pairs((vectors_b, vectors_a), (places_b, places_a), (paired_b, paired_a))
    assert forward == sorted((i, j) for j, i in backward)
    for i, j in forward:
        assert i not in paired_a
        assert j not in paired_b


def test_a_second_partner_when_pieces_prefer_an_unpaired_sentence_to_the_words_partner() -> None:
    # A's 0 is paired (by words) with B's 0, but by pieces it likes B's 1 best (0.8), which
    # likes it best back: one sentence of A giving what B gives in two
    vectors = _vectors([{"x": 0.6, "y": 0.8}], [{"x": 1.0}, {"y": 1.0}])
    places = ([0.0], [0.0, 0.0])
    paired = ([0], [0])
    mutual = mutual_gram_partners(vectors, places, paired)
    assert [(i, j) for i, j, _ in mutual] == [(0, 1)]
    assert second_partners(mutual, paired) == [(0, 1)]
    assert both_unpaired(mutual, paired) == []
    # nobody paired yet: the same two are a pair of two unpaired sentences, not a second partner
    unpaired = mutual_gram_partners(vectors, places, ([], []))
    assert second_partners(unpaired, ([], [])) == []
    assert both_unpaired(unpaired, ([], [])) == [(0, 1)]


def test_no_second_partner_under_its_floor_or_when_the_words_partner_is_best_by_pieces_too() -> (
    None
):
    low = grams.GRAM_SECOND_SCORE - 0.01
    rest = (1 - low * low) ** 0.5
    vectors = _vectors([{"x": rest, "y": low}], [{"x": 1.0}, {"y": 1.0}])
    paired = ([0], [0])
    # B's 1 likes A's 0 best, but A's 0 likes its own partner better: not each other's best
    mutual = mutual_gram_partners(vectors, ([0.0], [0.0, 0.0]), paired)
    assert second_partners(mutual, paired) == []
    # A's 0 likes B's 1 best, at a score under the floor
    vectors = _vectors([{"z": rest, "y": low}], [{"x": 1.0}, {"y": 1.0}])
    mutual = mutual_gram_partners(vectors, ([0.0], [0.0, 0.0]), paired)
    assert second_partners(mutual, paired) == []


def test_no_second_partner_between_two_sentences_both_paired() -> None:
    vectors = _vectors([{"x": 0.6, "y": 0.8}, {"y": 1.0}], [{"x": 1.0}, {"y": 1.0}])
    paired = ([0, 1], [0, 1])
    assert (
        second_partners(mutual_gram_partners(vectors, ([0.0, 0.0], [0.0, 0.0]), paired), paired)
        == []
    )


@settings(max_examples=80, deadline=None)
@given(_SIDE, _SIDE, st.data())
def test_second_partners_are_the_same_whichever_side_is_a_and_join_one_paired_sentence(
    side_a: list[str], side_b: list[str], data: st.DataObject
) -> None:
    (vectors_a, vectors_b), (places_a, places_b), (paired_a, paired_b) = _two_sides(
        side_a, side_b, data
    )
    forward_mutual = mutual_gram_partners(
        (vectors_a, vectors_b), (places_a, places_b), (paired_a, paired_b)
    )
    backward_mutual = mutual_gram_partners(
        (vectors_b, vectors_a), (places_b, places_a), (paired_b, paired_a)
    )
    assert [(i, j) for i, j, _ in forward_mutual] == sorted((i, j) for j, i, _ in backward_mutual)
    forward = second_partners(forward_mutual, (paired_a, paired_b))
    backward = second_partners(backward_mutual, (paired_b, paired_a))
    assert forward == sorted((i, j) for j, i in backward)
    for i, j in forward:
        assert (i in paired_a) != (j in paired_b)


def test_the_engine_finds_the_second_partner_of_a_development_pair_only_with_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # balloon_ashwell: B tells in one sentence the three taken to hospital and the pilot
    # treated at the scene; its words pair it with A's "The pilot was unhurt.", its pieces
    # with A's three passengers taken to the Lister (both true pairs of the set)
    truth = devset.load("balloon_ashwell")
    three = "Three passengers were taken to Lister Hospital"
    pilot = "The pilot was unhurt."
    b_sentence = "Two women and a man went to the Lister"

    def partners() -> set[str]:
        pairs = compare_texts(truth.text_a, truth.text_b).pairs
        return {
            first
            for first in (three, pilot)
            for p in pairs
            if p.a.text.startswith(first) and p.b.text.startswith(b_sentence)
        }

    assert partners() == {three, pilot}
    monkeypatch.setattr(grams, "GRAM_SECOND_SCORE", float("inf"))
    assert partners() == {pilot}


def test_a_second_partner_sharing_one_term_is_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # the bundled sample: A's "Kazakhstan carries significant weight in Central Asia." and
    # B's "This decision signals a profound reorientation …" share one word ("significant",
    # whose pieces meet "signals"); the truth pairs them with nothing
    truth = devset.load("sample")
    weight = "Kazakhstan carries significant weight"
    signals = "This decision signals a profound reorientation"

    def paired() -> bool:
        pairs = compare_texts(truth.text_a, truth.text_b).pairs
        return any(p.a.text.startswith(weight) and p.b.text.startswith(signals) for p in pairs)

    assert not paired()
    # a weaker partner far from its sentence's better one: the far echoes drop it too, and
    # so does the rule for two sentences of one topic with no pair beside them (round 114,
    # ``unflanked``), so both are off while the one term is shown to be what keeps it out
    monkeypatch.setattr(engine, "far_echo_pairs", lambda *_: [])
    monkeypatch.setattr(engine, "unflanked_pairs", lambda *_: [])
    assert not paired()
    monkeypatch.setattr(engine, "SECOND_PARTNER_TERMS", 1)
    assert paired()
    monkeypatch.setattr(engine, "far_echo_pairs", far_echo_pairs)
    assert not paired()
