"""A text's opening on a person the other never names, paired past the other's opening (163)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, scene_openings
from desktop_app.core.compare.align import UnitTerms, unit_terms
from desktop_app.core.compare.scene_openings import opens_on_a_person, scene_opening_pairs
from desktop_app.core.compare.units import split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Pair = tuple[int, int]

REPORT = """Clock hand falls from Morrowden town hall

A minute hand weighing 40 kilograms fell from the town hall clock in Morrowden on Tuesday \
morning.

The hand came away from the clock face at 11.20am and landed on the pavement outside the post \
office.

No one was hurt, the council said.

Engineers will inspect the other hand and the tower this week.
"""
SCENE = """Near miss in the square

Jean Ackroyd was choosing a birthday card in the post office window when something black \
flashed past.

The minute hand of the town hall clock had fallen on Tuesday, and it lay on the pavement a few \
feet from the door.

"I could have been standing right there," she said.

The council said engineers would look at the tower.
"""
HAND_CAME_AWAY = "The hand came away from the clock face at 11.20am"
ACKROYD = "Jean Ackroyd was choosing a birthday card"


def _pairs(text_a: str, text_b: str) -> set[tuple[str, str]]:
    """The engine's pairs as the first words of their two sentences."""
    return {(p.a.text[:30], p.b.text[:30]) for p in compare_texts(text_a, text_b).pairs}


def test_a_scene_opening_met_past_the_other_opening_is_no_pair_both_ways() -> None:
    scene_pair = (HAND_CAME_AWAY[:30], ACKROYD[:30])
    lede_pair = ("A minute hand weighing 40 kilo", "The minute hand of the town ha")
    found = _pairs(REPORT, SCENE)
    assert scene_pair not in found
    assert lede_pair in found  # the other opening keeps its partner further in
    assert {(b, a) for a, b in _pairs(SCENE, REPORT)} == found
    with patched(scene_openings, "SCENE_OPENINGS", False):
        assert scene_pair in _pairs(REPORT, SCENE)
        assert (scene_pair[1], scene_pair[0]) in _pairs(SCENE, REPORT)


def test_a_scene_opening_left_alone_is_an_only_span() -> None:
    result = compare_texts(REPORT, SCENE)
    assert any(span.text.startswith(ACKROYD) for span in result.only_b)
    with patched(scene_openings, "SCENE_OPENINGS", False):
        assert not any(
            span.text.startswith(ACKROYD) for span in compare_texts(REPORT, SCENE).only_b
        )


def _opening_terms(text: str, other: str) -> tuple[UnitTerms, set[str]]:
    """The terms of ``text``'s first sentence and every key of ``other``'s sentences."""
    terms, other_terms = unit_terms((text, other), (split_units(text), split_units(other)))
    return terms[0], {key for unit in other_terms for key in unit.weights}


def test_a_person_the_other_text_never_names_and_no_value_make_a_scene() -> None:
    assert opens_on_a_person(*_opening_terms(SCENE, REPORT))
    # the report's opening gives a weight and a weekday: a value, no scene
    assert not opens_on_a_person(*_opening_terms(REPORT, SCENE))
    # the person named in the other text too: a fact both tell, not a scene of one
    named = REPORT.replace("No one was hurt", "Jean Ackroyd was not hurt")
    assert not opens_on_a_person(*_opening_terms(SCENE, named))
    # the same scene with a clock time: a value of the event
    timed = SCENE.replace("when something", "at 11.20am when something")
    assert not opens_on_a_person(*_opening_terms(timed, REPORT))


def test_an_acronym_is_no_person() -> None:
    text = "The crew of PPUC was working by the road when the pipe gave way.\n\nIt broke.\n"
    other = "A water pipe burst on the main road on Monday.\n\nRepairs went on all night.\n"
    assert not opens_on_a_person(*_opening_terms(text, other))
    assert opens_on_a_person(*_opening_terms(text.replace("PPUC", "Tomas Reyes"), other))


GROUPS = (list(range(6)), list(range(6)))


def _scene_of(scenes: tuple[set[int], set[int]]) -> Callable[[int, int], bool]:
    return lambda side, k: k in scenes[side]


def test_the_drop_needs_the_other_opening_paired_further_in() -> None:
    scenes: tuple[set[int], set[int]] = (set(), {0})
    # B's scene opening with A's second sentence, A's opening with B's second: dropped
    assert scene_opening_pairs([(0, 1), (1, 0)], GROUPS, _scene_of(scenes)) == [(1, 0)]
    # A's opening paired with nothing else: kept
    assert scene_opening_pairs([(1, 0), (2, 2)], GROUPS, _scene_of(scenes)) == []
    # B's scene opening with A's opening: the rule leaves the two openings alone
    assert scene_opening_pairs([(0, 0), (0, 1)], GROUPS, _scene_of(scenes)) == []
    # no scene: nothing dropped
    assert scene_opening_pairs([(0, 1), (1, 0)], GROUPS, _scene_of((set(), set()))) == []


def test_a_repeated_opening_counts_once_and_one_sentence_texts_have_no_opening() -> None:
    scenes: tuple[set[int], set[int]] = (set(), {0, 3})
    groups = ([0, 1, 2, 3], [0, 1, 2, 0])  # B's sentence 3 repeats its opening word for word
    assert scene_opening_pairs([(0, 1), (1, 3)], groups, _scene_of(scenes)) == [(1, 3)]
    assert scene_opening_pairs([(0, 0), (1, 0)], ([0, 1], [0, 0]), _scene_of(scenes)) == []


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=10, unique=True),
    st.sets(st.integers(0, 5)),
    st.sets(st.integers(0, 5)),
)
def test_swapping_the_texts_swaps_the_result_and_each_drop_is_a_scene_past_the_other_opening(
    selected: list[Pair], scenes_a: set[int], scenes_b: set[int]
) -> None:
    found = scene_opening_pairs(selected, GROUPS, _scene_of((scenes_a, scenes_b)))
    mirrored = scene_opening_pairs(swapped(selected), GROUPS, _scene_of((scenes_b, scenes_a)))
    assert mirrored == swapped(found)
    assert found == sorted(found)
    for i, j in found:
        assert (i, j) in selected
        if i == 0:
            assert j != 0
            assert i in scenes_a
            assert any(b == 0 and a != 0 for a, b in selected)
        else:
            assert j == 0
            assert j in scenes_b
            assert any(a == 0 and b != 0 for a, b in selected)


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # entry 99's clock hand: the card shopper in the post office window, against the hand
        # landing outside the post office at 11.20am
        ("clockhand_morrowden", (HAND_CAME_AWAY, ACKROYD)),
        # entry 139's glacier lake: the ranger making tea in the hut, against the rangers
        # waking thirty-eight campers at Orrin Forks
        (
            "glacierlake_orrinvale",
            ("Thirty-eight campers at the Orrin Forks", "Ranger Josh Kereama was making tea"),
        ),
    ],
)
def test_a_scene_opening_of_the_development_set_is_no_pair_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    assert any(span.text.startswith(starts[1]) for span in truth.only_b)
    with patched(scene_openings, "SCENE_OPENINGS", False):
        assert paired_both_ways(truth, starts) == [True, True]
