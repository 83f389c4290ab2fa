"""A sentence whole inside one of many times its words is less detail, wherever else the other
article tells the rest (round 142)."""

from __future__ import annotations

from collections.abc import Set

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import relations
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.relations import CONTAINED_WORDS_RATIO
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    CONTAINED_WAY_OFF,
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    labelled_both_ways,
    sentence_terms,
)


def _labels(richer: str, poorer: str, *, told_elsewhere: bool) -> tuple[Label, Label]:
    """The relation and detail side with ``richer`` as A, and with it as B; with
    ``told_elsewhere`` the poorer side's article has every term of the richer sentence."""
    rich_terms, poor_terms = sentence_terms(richer, poorer)
    poor_article: Set[str] = poor_terms.weights.keys()
    if told_elsewhere:
        poor_article = poor_article | rich_terms.weights.keys()
    articles = (rich_terms.weights.keys(), poor_article)
    return labelled_both_ways(rich_terms, poor_terms, (richer, poorer), articles)


_MORE = (("adds_detail", "a"), ("adds_detail", "b"))
_SAME = (("same_fact", None), ("same_fact", None))


@pytest.mark.parametrize(
    ("richer", "poorer"),
    [
        # a clause of another fact after the short sentence whole (entry 74's Erzya, in English)
        ("The children were taken to hospital in an ambulance, and their mothers must pay for "
         "it themselves.", "The children were taken to hospital in an ambulance."),
        # the place and the cause after the short sentence's words
        ("Council closes the houses on Mill Road after a wall cracked.",
         "Council closes houses."),
    ],
)  # fmt: skip
def test_the_short_sentence_whole_in_many_more_words_is_less_detail_told_elsewhere_or_not(
    richer: str, poorer: str
) -> None:
    for told_elsewhere in (False, True):
        assert _labels(richer, poorer, told_elsewhere=told_elsewhere) == _MORE
    # before round 142 the rest had to be news to the other article
    with patched(relations, "CONTAINED_WORDS_RATIO", CONTAINED_WAY_OFF):
        assert _labels(richer, poorer, told_elsewhere=True) == _SAME


def test_the_same_terms_in_more_words_are_the_same_fact() -> None:
    richer = "The children were taken to the hospital, to the hospital, in the ambulance."
    poorer = "Children taken to hospital in ambulance."
    rich_terms, poor_terms = sentence_terms(richer, poorer)
    assert rich_terms.weights.keys() == poor_terms.weights.keys()
    assert _labels(richer, poorer, told_elsewhere=True) == _SAME


def test_a_short_sentence_telling_a_word_of_its_own_is_left_to_the_other_ways() -> None:
    richer = "The children were taken to hospital in an ambulance, and their mothers must pay."
    poorer = "The children were rushed to hospital."
    assert _labels(richer, poorer, told_elsewhere=True) == _SAME


@pytest.mark.parametrize(
    ("name", "starts", "side"),
    [
        # entry 117, Vai: the short sentence whole, then a clause the other article tells later
        ("kulu_bomakoo", ("ꖴꖨ ꔳꕩ ꗪ ꗞꗞ ꕃꕉꗕꖨ꘎", "ꖴꖨ ꔳꕩ ꗪ ꗞꗞ ꕃꕉꗕꖨ꘍"), "b"),
        # entry 124, Bamum
        ("make_ngapaket", ("ꛝꛜꚷ ꚨ ꛣꛥ ꛪ ꚵ", "ꛝꛜꚷ ꚨ ꛣꛥ ꛪ꛳"), "a"),
        # entry 74, Erzya: the children in the ambulance, and the mothers paying for it
        ("bolnica_kovylkino", ("Эйкакштнень усксесызь больницань машинаса.",
                               "Эйкакштнень усксесызь больницань машинаса, а"), "b"),
    ],
)  # fmt: skip
def test_development_pairs_whole_in_the_longer_sentence_add_detail_both_ways(
    name: str, starts: tuple[str, str], side: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("adds_detail", side)] * 2
    with patched(relations, "CONTAINED_WORDS_RATIO", CONTAINED_WAY_OFF):
        assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2


_WORDS = st.sampled_from(
    ["children", "ambulance", "hospital", "mothers", "taken", "paid", "night", "road", "Kelby"]
)
#: Words only the poorer sentence may have, so that it is not always whole in the richer.
_OWN_WORDS = st.sampled_from(["rushed", "Friday", "nurses"])


def _whole_in(short: UnitTerms, short_words: int, long: UnitTerms, long_words: int) -> bool:
    """Whether the fourth way reads ``short`` whole in ``long``: every term of it there, and
    a term more, in at least ``CONTAINED_WORDS_RATIO`` times its words."""
    return (
        short.weights.keys() < long.weights.keys()
        and long_words >= CONTAINED_WORDS_RATIO * short_words
    )


@given(
    shared=st.lists(_WORDS, min_size=1, max_size=4),
    extra=st.lists(_WORDS, min_size=0, max_size=10),
    own=st.lists(_OWN_WORDS, min_size=0, max_size=2),
    told_elsewhere=st.booleans(),
)
def test_the_rule_reads_containment_and_length_and_mirrors(
    shared: list[str], extra: list[str], own: list[str], told_elsewhere: bool
) -> None:
    poorer = " ".join(shared + own).capitalize() + "."
    richer = " ".join(shared + extra).capitalize() + "."
    rich_terms, poor_terms = sentence_terms(richer, poorer)
    forward, backward = _labels(richer, poorer, told_elsewhere=told_elsewhere)
    assert backward == (forward[0], MIRRORED_SIDE[forward[1]])
    rich_words, poor_words = len(shared + extra), len(shared + own)
    poorer_in_richer = _whole_in(poor_terms, poor_words, rich_terms, rich_words)
    richer_in_poorer = _whole_in(rich_terms, rich_words, poor_terms, poor_words)
    if poorer_in_richer:
        assert forward in (("adds_detail", "a"), ("near_copy", None))
    elif richer_in_poorer:
        assert forward in (("adds_detail", "b"), ("near_copy", None))
    else:
        with patched(relations, "CONTAINED_WORDS_RATIO", CONTAINED_WAY_OFF):
            assert _labels(richer, poorer, told_elsewhere=told_elsewhere)[0] == forward
