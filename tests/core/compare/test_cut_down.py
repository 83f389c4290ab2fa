"""More detail in a sentence holding all its partner says and a figure more, or a fuller lede."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import cut_down
from desktop_app.core.compare.cut_down import (
    CUT_DOWN_COVERED,
    LEDE_NAMES,
    LEDE_NAMES_OWN_TERMS,
    named_lede,
)
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.relations import own_terms, relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    sentence_terms,
)

#: Entry 165's Wapishana grinder told in English: the poorer sentence is the richer one with
#: its figure left out.
_RICHER = "The new grinder makes 80 jars of peanut butter in one day."
_POORER = "The new grinder makes jars of peanut butter in one day."
#: Entry 177's Qom lede told in English: nine names the other sentence lacks, and one word of
#: its own ("technicians").
_LEDE = (
    "The Provincial Chagas Programme of the Chaco Health Ministry sprayed the homes of Paraje "
    "Qolqaic, Pampa del Indio, from Monday to Friday."
)
_TOLD = "Health technicians sprayed the homes from Monday to Friday."
#: Entry 176's Mambai lede with four names only ("Ermelau" opens it): it sums the story up.
_FOUR_NAMES = (
    "Ermelau village in Remexio Post, Aileu Municipality, held a Tara Bandu ceremony on Saturday "
    "to protect its forest and springs."
)
_FOUR_NAMES_TOLD = "The village held its tara bandu ceremony on Saturday, and everyone came."


def _both_ways(rich: str, poor: str, ledes: tuple[bool, bool] = (False, False)) -> list[Label]:
    """The label with ``rich`` as A, and with it as B named from A's side (``ledes`` given
    for ``rich`` first)."""
    a, b = sentence_terms(rich, poor)
    forward = relation_of(a, b, rich, poor, shares_quote=False, ledes=ledes)[:2]
    backward = relation_of(b, a, poor, rich, shares_quote=False, ledes=ledes[::-1])[:2]
    return [forward, (backward[0], MIRRORED_SIDE[backward[1]])]


def test_a_sentence_cut_down_by_a_figure_is_less_detail_both_ways_and_off() -> None:
    assert _both_ways(_RICHER, _POORER) == [("adds_detail", "a")] * 2
    # the lede and a second partner do not hold it back: nothing is told elsewhere
    assert _both_ways(_RICHER, _POORER, (True, False)) == [("adds_detail", "a")] * 2
    with patched(cut_down, "CUT_DOWN", False):
        assert _both_ways(_RICHER, _POORER) == [("same_fact", None)] * 2


def test_a_partner_with_words_of_its_own_is_not_cut_down() -> None:
    poorer = "The new grinder makes jars of butter in one long day."
    a, b = sentence_terms(_RICHER, poorer)
    assert own_terms(b, a, gram_set(_RICHER)) > 0
    assert _both_ways(_RICHER, poorer) == [("same_fact", None)] * 2


def test_without_a_figure_more_or_with_too_little_covered_nothing_is_cut_down() -> None:
    rich, poor = sentence_terms(_RICHER, _POORER)
    assert cut_down.cut_down(rich, poor, covered=1.0, other_own_terms=0)
    assert not cut_down.cut_down(poor, rich, covered=1.0, other_own_terms=0)
    assert not cut_down.cut_down(rich, poor, covered=CUT_DOWN_COVERED - 0.01, other_own_terms=0)
    assert not cut_down.cut_down(rich, poor, covered=1.0, other_own_terms=1)
    named, plain = sentence_terms(
        "The grinder from Maawatau makes jars.", "The grinder makes jars."
    )
    assert named.names
    assert not cut_down.cut_down(named, plain, covered=1.0, other_own_terms=0)


def test_a_lede_naming_many_places_adds_detail_both_ways_and_off() -> None:
    assert _both_ways(_LEDE, _TOLD, (True, False)) == [("adds_detail", "a")] * 2
    assert _both_ways(_LEDE, _TOLD, (True, True)) == [("adds_detail", "a")] * 2
    with patched(cut_down, "NAMED_LEDE", False):
        assert _both_ways(_LEDE, _TOLD, (True, False)) == [("same_fact", None)] * 2
    # not a lede: the older ways already call it more detail
    assert _both_ways(_LEDE, _TOLD) == [("adds_detail", "a")] * 2


def test_a_lede_naming_four_places_sums_the_story_up() -> None:
    rich, poor = sentence_terms(_FOUR_NAMES, _FOUR_NAMES_TOLD)
    assert len(rich.names - poor.weights.keys()) == LEDE_NAMES - 1
    assert _both_ways(_FOUR_NAMES, _FOUR_NAMES_TOLD, (True, False)) == [("same_fact", None)] * 2


def test_a_lede_against_a_partner_telling_much_of_its_own_stays_the_same_fact() -> None:
    rich, poor = sentence_terms(_LEDE, _TOLD)
    assert named_lede(rich, poor, is_lede=True, other_own_terms=LEDE_NAMES_OWN_TERMS)
    assert not named_lede(rich, poor, is_lede=True, other_own_terms=LEDE_NAMES_OWN_TERMS + 1)
    assert not named_lede(rich, poor, is_lede=False, other_own_terms=0)


@pytest.mark.parametrize(
    ("name", "starts", "switches"),
    [
        # entry 165, Wapishana: the 80 jars left out
        ("peanuts_maawatau", ("Na grinder ipai peanut butter 80", "Na grinder ipai"), "CUT_DOWN"),
        # entry 177, Xavante: twelve teachers, nine elders and the years left out, the richer
        # sentence paired twice
        ("dicionario_riawape", ("Professores A'uwẽ 12", "Professores ne ĩhi"), "CUT_DOWN"),
        # entry 165, Terena: the lede with the full place and date, cut down and naming more
        ("sementes_capaoalto", ("Ne Casa de Sementes ya Aldeia", "Ne Casa de Sementes ya Capão"),
         "CUT_DOWN NAMED_LEDE"),
        # entry 176, Mambai: the lede naming the post and the municipality
        ("tarabandu_ermelau", ("Sábadu, 20 Novembru 2027", "Sábadu, suku Ermelau"), "NAMED_LEDE"),
    ],
)  # fmt: skip
def test_development_pairs_are_more_detail_both_ways_and_the_same_fact_off(
    name: str, starts: tuple[str, str], switches: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("adds_detail", "a")] * 2
    with ExitStack() as stack:
        for switch in switches.split():
            stack.enter_context(patched(cut_down, switch, False))
        assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2


def test_an_older_writers_lede_of_four_names_stays_the_same_fact() -> None:
    # entry 161, Iban: the museum's lede against the jar's return to the longhouse
    starts = ("Jabatan Muzium Sarawak", "Tajau pesaka nya pulai")
    assert detailed_both_ways(load("tajau_entawau"), starts) == [("same_fact", None)] * 2


_WORDS = st.sampled_from(
    ["grinder", "jars", "butter", "Maawatau", "day", "80", "Region", "9", "women", "Saturday"]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=12),
    words_b=st.lists(_WORDS, min_size=1, max_size=12),
    ledes=st.tuples(st.booleans(), st.booleans()),
)
def test_the_rules_only_turn_the_same_fact_into_more_detail_and_mirror(
    words_a: list[str], words_b: list[str], ledes: tuple[bool, bool]
) -> None:
    text_a = "The " + " ".join(words_a) + "."
    text_b = "The " + " ".join(words_b) + "."
    a, b = sentence_terms(text_a, text_b)
    on = relation_of(a, b, text_a, text_b, shares_quote=False, ledes=ledes)[:2]
    mirrored = relation_of(b, a, text_b, text_a, shares_quote=False, ledes=ledes[::-1])[:2]
    assert mirrored == (on[0], MIRRORED_SIDE[on[1]])
    with patched(cut_down, "CUT_DOWN", False), patched(cut_down, "NAMED_LEDE", False):
        off = relation_of(a, b, text_a, text_b, shares_quote=False, ledes=ledes)[:2]
    if on != off:
        assert off == ("same_fact", None)
        assert on[0] == "adds_detail"
        rich, other = (a, b) if on[1] == "a" else (b, a)
        rich_text = text_a if on[1] == "a" else text_b
        other_own = own_terms(other, rich, gram_set(rich_text))
        lacking = rich.weights.keys() - other.weights.keys()
        is_lede = ledes[0] if on[1] == "a" else ledes[1]
        assert (other_own == 0 and any(key.startswith("#") for key in lacking)) or (
            is_lede
            and other_own <= LEDE_NAMES_OWN_TERMS
            and len(rich.names - other.weights.keys()) >= LEDE_NAMES
        )
