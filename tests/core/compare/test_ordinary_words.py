"""Far-apart pairs counting no word that many sentences of one text hold (round 167)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import closing_sections, compare_texts, engine
from desktop_app.core.compare.far_apart import ORDINARY_HOLDERS, ORDINARY_SHARE, ordinary_words
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import has_pair, paired_both_ways

#: Ten sentences of one flood, nine of them naming "village": the story's ordinary word.
FLOOD_A = (
    "Heavy rain flooded the village of Ashby on Monday. "
    "The village church bells rang at noon to warn people. "
    "Water from the river filled the old village well and spoiled it for the summer. "
    "Buses to the village stopped running. "
    "The village hall opened as a shelter. "
    "Forty people from the village slept there. "
    "The village shop ran out of bread. "
    "Soldiers reached the village on Tuesday. "
    "The council says the village will get a new drain. "
    "The work will cost £2 million."
)
FLOOD_B = (
    "Floods cut off Ashby after a night of rain. "
    "Buses stopped. "
    "Forty residents spent the night in the hall. "
    "Bread ran out at the shop. "
    "The army arrived on Tuesday. "
    "A new drain will be built. "
    "It will cost two million pounds. "
    "Residents say river water in the old well was spoiled twice before, in 1998 and 2007. "
    "Pupils were sent home at twelve. "
    "In the village the church bells are rung each Sunday by volunteers."
)
#: The warning of the day against the bells of every Sunday, far apart, sharing the bells,
#: the church and the village.
BELLS = ("The village church bells rang", "In the village the church bells")
OFF = 10**9


def _bells_paired(text_a: str, text_b: str) -> list[bool]:
    """Whether the engine pairs the two bells sentences, comparing A with B and B with A."""
    return [
        has_pair(compare_texts(text_a, text_b).pairs, BELLS),
        has_pair(compare_texts(text_b, text_a).pairs, (BELLS[1], BELLS[0])),
    ]


def test_the_ordinary_word_leaves_the_count_and_the_far_pair_goes_both_ways() -> None:
    assert FLOOD_A.count("village") >= ORDINARY_HOLDERS
    assert _bells_paired(FLOOD_A, FLOOD_B) == [False, False]
    with patched(engine, "ORDINARY_HOLDERS", OFF):
        # three shared terms: never far apart enough
        assert _bells_paired(FLOOD_A, FLOOD_B) == [True, True]


def test_a_word_held_by_fewer_sentences_still_counts() -> None:
    # "Ashby" for "village" in two sentences: seven holders, one fewer than needed
    fewer = FLOOD_A.replace("Buses to the village", "Buses to Ashby").replace(
        "The village shop", "Ashby's shop"
    )
    assert fewer.count("village") == ORDINARY_HOLDERS - 1
    assert _bells_paired(fewer, FLOOD_B) == [True, True]


def test_the_rest_of_the_flood_is_paired_alike_on_and_off() -> None:
    pairs = {(pair.a.text, pair.b.text) for pair in compare_texts(FLOOD_A, FLOOD_B).pairs}
    with patched(engine, "ORDINARY_HOLDERS", OFF):
        off = {(pair.a.text, pair.b.text) for pair in compare_texts(FLOOD_A, FLOOD_B).pairs}
    assert off - pairs == {next((a, b) for a, b in off if a.startswith(BELLS[0]))}
    assert pairs < off


def test_in_a_long_text_a_word_needs_a_share_of_its_sentences_too() -> None:
    held = [{"manga", "sarangola"}] * ORDINARY_HOLDERS
    short = held + [{f"lokes{k}"} for k in range(10)]
    long = held + [{f"word{k}"} for k in range(4 * ORDINARY_HOLDERS)]
    assert ORDINARY_SHARE * len(long) > ORDINARY_HOLDERS > ORDINARY_SHARE * len(short)
    assert ordinary_words((short, [])) == ordinary_words(([], short)) == {"manga", "sarangola"}
    assert ordinary_words((long, [])) == ordinary_words(([], long)) == frozenset()
    # each text by its own length: the short one's words are ordinary beside the long one
    assert ordinary_words((long, short)) == {"manga", "sarangola"}


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # Maranao: the kite contest's rule against the kite a Maranao family flew, sharing
        # "manga" (a plural word of the language) besides the kite and the lokes
        ("kite_dilausan", ("So manga wata na di pakay", "So sarangola na kiyakowa")),
        # Buginese: 85 hectares of seaweed dead now against 30 in 2021, sharing the seaweed
        # ("rumput laut"), the hectares and "mate" (dead), which the story tells throughout
        ("seaweed_lampoko", ("Rumput laut 85 hektar mate", "Ri taung 2021, ice-ice")),
    ],
)
def test_two_facts_sharing_the_storys_ordinary_words_are_unpaired_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    # the Maranao pair's two sentences also close their texts under headings of their own,
    # which round 186's ``closing_sections`` drops as well
    with (
        patched(engine, "ORDINARY_HOLDERS", OFF),
        patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0),
    ):
        assert paired_both_ways(truth, starts) == [True, True]


@given(
    st.lists(st.sets(st.sampled_from("abcdef#@")), max_size=30),
    st.lists(st.sets(st.sampled_from("abcdef#@")), max_size=30),
    st.integers(1, 6),
    st.sampled_from([0.0, 0.2, ORDINARY_SHARE, 0.5]),
)
def test_the_ordinary_words_are_those_held_often_enough_from_either_side(
    side_a: list[set[str]], side_b: list[set[str]], holders: int, share: float
) -> None:
    ordinary = ordinary_words((side_a, side_b), holders, share)
    assert ordinary == ordinary_words((side_b, side_a), holders, share)
    # fewer holders needed, more words ordinary
    assert ordinary <= ordinary_words((side_a, side_b), max(1, holders - 1), share)
    for word in "abcdef":
        often = [
            sum(word in s for s in side) >= max(holders, share * len(side))
            for side in (side_a, side_b)
        ]
        assert (word in ordinary) == any(often)
    # a figure or a moment is never ordinary
    assert ordinary.isdisjoint("#@")
