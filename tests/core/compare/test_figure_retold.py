"""A sentence alike word for word but for a figure written out in words is retold (round 153)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import near_copies, relations
from desktop_app.core.compare.relations import figure_retold, relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    detailed_both_ways,
    relations_both_ways,
    sentence_terms,
)

# Runyankore (entries 124-125): the fridge's two metres in digits and as "ibiri"
_IN_DIGITS = "Firiiji egi eine mita 2 z'oburaingwa."
_IN_WORDS = "Firiiji egi eine mita ibiri z'oburaingwa."


def test_a_figure_written_out_is_the_same_fact_both_ways() -> None:
    assert relations_both_ways(_IN_DIGITS, _IN_WORDS) == ("same_fact", "same_fact")
    assert relations_both_ways(_IN_WORDS, _IN_DIGITS) == ("same_fact", "same_fact")
    with patched(relations, "FIGURE_RETOLD", False):
        assert relations_both_ways(_IN_DIGITS, _IN_WORDS) == ("near_copy", "near_copy")


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a tail cut: the figure's side tells words of its own beside the figure
        (
            "Anyone who was in Church Lane on Saturday night or who is offered old silver is "
            "asked to call 101, quoting crime reference 44/19873/26.",
            "Anyone who was in Church Lane on Saturday night or who is offered old silver is "
            "asked to call 101, the police say.",
        ),
        # the figure told in more words than a number in words takes (Kirundi)
        (
            "Abakorerabushake 35 ba Croix-Rouge bashitse aho ivyago vyabereye.",
            "Abakorerabushake mirongo itatu na batanu ba Croix-Rouge bashitse aho ivyago "
            "vyabereye.",
        ),
        # the figure left out with nothing in its place
        ("The crane lifted the 11 tonne plough out.", "The crane lifted the tonne plough out."),
    ],
)
def test_other_edits_around_a_figure_stay_near_copies(text_a: str, text_b: str) -> None:
    a, b = sentence_terms(text_a, text_b)
    assert not figure_retold(a, b, text_a, text_b)
    assert not figure_retold(b, a, text_b, text_a)
    # round 173's ``near_copies.figure_inside`` off: it reads a figure left out of the body of
    # a sentence ("the 11 tonne plough" / "the tonne plough") as no copy, as the writers do
    with patched(near_copies, "FIGURE_INSIDE", False):
        assert relations_both_ways(text_a, text_b) == ("near_copy", "near_copy")


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entries 124-125, Runyankore: "mita 2" / "mita ibiri"
        ("amate_rwakaraba", ("Firiiji egi eine mita 2", "Firiiji egi eine mita ibiri")),
        # entry 147, Nupe: six forest guards / "kan dzankali"
        ("baboons_tswashagi", ("Forest guard 6", "Forest guard ya be")),
        # entries 139-140, Urhobo: the money as "igho" / "₦3,100,000"
        ("atm_oghorovwe", ("Ihwo 150 vwọ igho", "Ihwo 150 vwọ ₦3,100,000")),
    ],
)  # fmt: skip
def test_development_pairs_are_the_same_fact_both_ways(name: str, starts: tuple[str, str]) -> None:
    assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2
    # with round 173's ``near_copies.figure_inside``, which reads these figures as no copy too
    with patched(relations, "FIGURE_RETOLD", False), patched(near_copies, "FIGURE_INSIDE", False):
        assert detailed_both_ways(load(name), starts) == [("near_copy", None)] * 2


_WORDS = st.sampled_from(["ra", "hai", "hmunts'i", "ge", "yoho", "ya", "hectárea", "2", "40"])


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=10),
    words_b=st.lists(_WORDS, min_size=1, max_size=10),
)
def test_the_rule_mirrors_and_only_unmakes_near_copies(
    words_a: list[str], words_b: list[str]
) -> None:
    text_a = " ".join(words_a).capitalize() + "."
    text_b = " ".join(words_b).capitalize() + "."
    a, b = sentence_terms(text_a, text_b)
    assert figure_retold(a, b, text_a, text_b) == figure_retold(b, a, text_b, text_a)
    forward = relation_of(a, b, text_a, text_b, shares_quote=False)[:2]
    backward = relation_of(b, a, text_b, text_a, shares_quote=False)[:2]
    assert backward == (forward[0], MIRRORED_SIDE[forward[1]])
    with patched(relations, "FIGURE_RETOLD", False):
        plain = relation_of(a, b, text_a, text_b, shares_quote=False)[:2]
    if plain != forward:
        assert plain[0] == "near_copy"
        assert figure_retold(a, b, text_a, text_b)
