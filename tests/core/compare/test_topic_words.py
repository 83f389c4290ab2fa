"""Second partners sharing only the story's topic words, no value on either side (round 171)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, engine
from desktop_app.core.compare.topic_words import (
    TOPIC_HOLDERS,
    TOPIC_SHARE,
    topic_only_second_partners,
    topic_words,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import has_pair, paired_both_ways

#: A mill fire told twice; "union" and "mill" come back in two sentences of each text.
MILL_A = (
    "Fire destroyed the old mill at Ashby on Monday night. "
    "Firefighters from three stations fought the blaze until dawn. "
    "The owners told the union that about 120 jobs could go while the mill is rebuilt. "
    "The union is unconvinced. "
    "Its official, Gethin Rowlands, called the plan a rebuild on paper and said members "
    "would be balloted on strike action. "
    "The cause of the fire is not yet known."
)
MILL_B = (
    "The old Ashby mill burned down on Monday night. "
    "Three fire crews fought the flames until dawn. "
    "About 120 jobs could go while the mill is rebuilt, the owners said. "
    "The union said it would ballot members on industrial action. "
    "The union's office beside the mill was also damaged. "
    "Investigators have not yet found what caused the fire."
)
#: The union's doubt against its ballot, which B's ballot sentence tells with A's official.
DOUBT = ("The union is unconvinced.", "The union said it would ballot")


def _off() -> AbstractContextManager[None]:
    return patched(engine, "topic_only_second_partners", lambda *_, **__: [])


def _doubt_paired() -> list[bool]:
    """Whether the engine pairs the doubt with the ballot, comparing A with B and B with A."""
    return [
        has_pair(compare_texts(MILL_A, MILL_B).pairs, DOUBT),
        has_pair(compare_texts(MILL_B, MILL_A).pairs, (DOUBT[1], DOUBT[0])),
    ]


def test_the_topic_only_second_partner_goes_both_ways_and_stays_off() -> None:
    assert _doubt_paired() == [False, False]
    with _off():
        assert _doubt_paired() == [True, True]


def test_the_rest_of_the_mill_fire_is_paired_alike_on_and_off() -> None:
    on = {(pair.a.text, pair.b.text) for pair in compare_texts(MILL_A, MILL_B).pairs}
    with _off():
        off = {(pair.a.text, pair.b.text) for pair in compare_texts(MILL_A, MILL_B).pairs}
    assert off - on == {(DOUBT[0], next(b for _, b in off if b.startswith(DOUBT[1])))}
    # the ballot keeps the official's sentence, its fact
    assert any(a.startswith("Its official") and b.startswith(DOUBT[1]) for a, b in on)


def test_topic_words_are_held_by_two_sentences_of_each_text() -> None:
    side_a = [{"union", "mill"}, {"union"}, {"mill", "fire"}, {"#120"}, {"#120"}]
    side_b = [{"union"}, {"union", "fire"}, {"mill"}, {"@has:day"}, {"@has:day"}]
    # "mill" twice in A but once in B, "fire" once in each; figures and moments never
    assert topic_words((side_a, side_b)) == {"union"}
    assert topic_words((side_b, side_a)) == {"union"}
    assert topic_words((side_a, [])) == frozenset()


def test_in_a_long_text_a_topic_word_needs_a_share_of_its_sentences() -> None:
    held = [{"union"}] * TOPIC_HOLDERS
    short = held + [{f"word{k}"} for k in range(10)]
    long = held + [{f"word{k}"} for k in range(40)]
    assert TOPIC_SHARE * len(long) > TOPIC_HOLDERS >= TOPIC_SHARE * len(short)
    assert topic_words((short, short)) == {"union"}
    assert topic_words((long, short)) == frozenset()


KEYS_A = [{"union", "unconvinced"}, {"union", "official", "ballot"}, {"mill", "#120"}]
KEYS_B = [{"union", "ballot", "members"}, {"mill", "#120", "jobs"}]
TOPIC = frozenset({"union", "mill"})


def _never(i: int, j: int) -> bool:
    return False


def test_the_rule_drops_the_second_partner_only() -> None:
    pairs = [(0, 0), (1, 0), (2, 1)]
    found = topic_only_second_partners(pairs, (KEYS_A, KEYS_B), TOPIC, _never)
    assert found == [(0, 0)]
    # alone, the pair stands: no other partner tells the fact
    assert topic_only_second_partners([(0, 0), (2, 1)], (KEYS_A, KEYS_B), TOPIC, _never) == []


def test_a_value_a_shared_moment_or_a_word_of_its_own_keeps_the_pair() -> None:
    pairs = [(0, 0), (1, 0)]
    with_figure = [KEYS_A[0] | {"#300"}, *KEYS_A[1:]]
    assert topic_only_second_partners(pairs, (with_figure, KEYS_B), TOPIC, _never) == []
    with_day = [KEYS_A[0] | {"@has:day"}, *KEYS_A[1:]]
    assert topic_only_second_partners(pairs, (with_day, KEYS_B), TOPIC, _never) == []
    assert topic_only_second_partners(pairs, (KEYS_A, KEYS_B), TOPIC, lambda i, j: True) == []
    # "union" no topic word: the two share a word of their own
    assert topic_only_second_partners(pairs, (KEYS_A, KEYS_B), {"mill"}, _never) == []


def test_two_topic_only_partners_of_one_sentence_are_both_kept() -> None:
    keys_a = [{"union", "unconvinced"}, {"union", "angry"}]
    keys_b = [{"union", "ballot"}]
    pairs = [(0, 0), (1, 0)]
    assert topic_only_second_partners(pairs, (keys_a, keys_b), TOPIC, _never) == []


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # the union's doubt against its ballot, which the official's sentence tells
        ("uni_merger_wales", ("The union is unconvinced.", "The University and College Union")),
        # Madurese: every grave moved while tahlil is read, against the unknown graves moved
        # with new numbered markers, sharing the graves and "moved" (entry 160)
        ("kobhuran_karangpelle", ("Sabbân kobhur èpèndha", "Bâdâ kobhur sè ta'")),
        # Bissa: the maternity's lamp and the women, against the pupils bringing lamps to the
        # CSPS, sharing the lamp and the women (entry 155)
        ("solaire_kankamtinga", ("Maternité lɛ ka fitla", "Pugba ba yɛ ba pa na ta CSPS")),
    ],
)
def test_development_topic_only_second_partners_go_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with _off():
        assert paired_both_ways(truth, starts) == [True, True]


WORDS = st.sets(st.sampled_from(["union", "mill", "ballot", "fire", "#3", "@has:day"]))


@given(
    st.lists(WORDS, min_size=1, max_size=6),
    st.lists(WORDS, min_size=1, max_size=6),
    st.data(),
)
def test_the_rule_mirrors_and_drops_only_what_it_says(
    keys_a: list[set[str]], keys_b: list[set[str]], data: st.DataObject
) -> None:
    every = [(i, j) for i in range(len(keys_a)) for j in range(len(keys_b))]
    pairs = data.draw(st.lists(st.sampled_from(every), unique=True))
    topic = topic_words((keys_a, keys_b))
    found = topic_only_second_partners(pairs, (keys_a, keys_b), topic, _never)
    mirrored = topic_only_second_partners(
        [(j, i) for i, j in pairs], (keys_b, keys_a), topic, _never
    )
    assert sorted((j, i) for i, j in mirrored) == found
    assert set(found) <= set(pairs)
    for i, j in found:
        shared = keys_a[i] & keys_b[j]
        assert shared
        assert shared <= topic
        assert not any(key.startswith(("#", "@")) for key in keys_a[i] | keys_b[j])
        # another partner of one of the two sentences, which the rule keeps
        assert any((k, m) not in found and (k == i or m == j) for k, m in pairs if (k, m) != (i, j))
