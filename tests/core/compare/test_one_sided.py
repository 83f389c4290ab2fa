"""More detail in a sentence telling many things its partner lacks, against one telling few."""

from __future__ import annotations

from collections.abc import Set

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import one_sided
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.near_copies import LIKENESS_WORD
from desktop_app.core.compare.one_sided import (
    ONE_SIDED_COVERED,
    ONE_SIDED_OTHER_OWN_TERMS,
    ONE_SIDED_OWN_TERMS,
    ONE_SIDED_WORDS_RATIO,
    gives_value_or_name,
)
from desktop_app.core.compare.relations import own_terms, relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    MIRRORED_SIDE,
    Label,
    detailed_both_ways,
    sentence_terms,
)

#: Entry 185's Trinidad speed humps told shorter: the richer sentence adds who builds them,
#: where and at what cost; the poorer one's "promised" and "lines" are its wording.
_RICHER = (
    "The Corporation will build three approved speed humps, with signs and road markings, on "
    "Sancoche Trace within six weeks, at a cost of TT$48,500."
)
_POORER = "Three speed humps, with signs and road lines, have been promised within six weeks."
#: Entry 184's Kayapó raid in English: the seized guns, mercury and gold against the flight.
_SEIZED = (
    "The police arrested nine miners and seized four guns, 12 kg of mercury and 1.3 kg of gold."
)
_FLED = "The miners ran away, and the police arrested nine of them."


def _label(
    rich: str, poor: str, *, alone: tuple[bool, bool], ledes: tuple[bool, bool] = (False, False)
) -> list[Label]:
    """The label with ``rich`` as A, and with it as B named from A's side; both articles
    tell every term of the two sentences (none of them new to the other article, so the
    older ways that count terms the other article lacks stay silent)."""
    a, b = sentence_terms(rich, poor)
    both: Set[str] = a.weights.keys() | b.weights.keys()
    forward = relation_of(
        a, b, rich, poor, shares_quote=False, text_terms=(both, both), ledes=ledes, alone=alone
    )[:2]
    backward = relation_of(
        b,
        a,
        poor,
        rich,
        shares_quote=False,
        text_terms=(both, both),
        ledes=ledes[::-1],
        alone=alone[::-1],
    )[:2]
    return [forward, (backward[0], MIRRORED_SIDE[backward[1]])]


@pytest.mark.parametrize(("rich", "poor"), [(_RICHER, _POORER), (_SEIZED, _FLED)])
def test_one_sided_content_is_more_detail_both_ways_and_the_same_fact_off(
    rich: str, poor: str
) -> None:
    assert _label(rich, poor, alone=(True, True)) == [("adds_detail", "a")] * 2
    # round 199's second way (``bare_partner``) reads these too: both off
    with patched(one_sided, "ONE_SIDED", False), patched(one_sided, "BARE_PARTNER", False):
        assert _label(rich, poor, alone=(True, True)) == [("same_fact", None)] * 2


def test_the_built_pairs_meet_each_setting() -> None:
    for rich_text, poor_text in ((_RICHER, _POORER), (_SEIZED, _FLED)):
        rich, poor = sentence_terms(rich_text, poor_text)
        rich_pieces, poor_pieces = gram_set(rich_text), gram_set(poor_text)
        assert own_terms(rich, poor, poor_pieces) >= ONE_SIDED_OWN_TERMS
        assert own_terms(poor, rich, rich_pieces) <= ONE_SIDED_OTHER_OWN_TERMS
        assert len(rich_pieces & poor_pieces) >= ONE_SIDED_COVERED * len(poor_pieces)
        words = len(LIKENESS_WORD.findall(rich_text)), len(LIKENESS_WORD.findall(poor_text))
        assert words[0] >= ONE_SIDED_WORDS_RATIO * words[1]
        assert gives_value_or_name(rich, poor)


def test_a_second_partner_a_lede_or_a_quotation_holds_it_back() -> None:
    # the richer sentence paired with a second sentence, which tells its extra
    assert _label(_RICHER, _POORER, alone=(False, True)) == [("same_fact", None)] * 2
    # either sentence its article's lede: the lede sums the story up
    for ledes in ((True, False), (False, True)):
        assert (
            _label(_RICHER, _POORER, alone=(True, True), ledes=ledes) == [("same_fact", None)] * 2
        )
    # a quotation on either side (without it, this pair is more detail: the quote check is
    # what holds it back)
    quoting = _POORER[:-1] + ', "as we agreed."'
    assert _label(_RICHER, quoting, alone=(True, True)) == [("same_fact", None)] * 2


def test_each_setting_alone_keeps_the_rule_off() -> None:
    rich, poor = sentence_terms(_RICHER, _POORER)
    fitting = {"own_terms": (6, 4), "covered": 0.6, "words": (12, 10), "alone": True}
    assert one_sided.one_sided(rich, poor, **fitting)  # type: ignore[arg-type]
    for name, value in (
        ("own_terms", (5, 0)),
        ("own_terms", (9, 5)),
        ("covered", 0.59),
        ("words", (11, 10)),
        ("alone", False),
    ):
        assert not one_sided.one_sided(rich, poor, **{**fitting, name: value})  # type: ignore[arg-type]
    # no figure, moment or name of its own
    assert not one_sided.one_sided(poor, poor, **fitting)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "starts", "side"),
    [
        # entry 184, Yakan: the road to the highway Isabela-Maluso, and why no one is charged
        ("baril_bohesallang", ("Barangay Bohe Sallang makatanggap todo p", "Barangay Bohe"), "b"),
        ("baril_bohesallang", ("Ngga' sigey kasuhan amban", "Ngga' sigey kasuhan, sabab"), "b"),
        # entry 177, Gorontalo: the eleven nets
        ("ecenggondok_lopoulu", ("Jala lo mongo nelayan 11", "Jala ta lo'ilango"), "a"),
        # entry 165, Toraja: the crowd of some 500 and what it did
        ("tedongbonga_rantesarapa", ("Ratu-ratu tau sae", "Buda tau, kira-kira 500"), "b"),
    ],
)  # fmt: skip
def test_development_pairs_are_more_detail_both_ways_and_the_same_fact_off(
    name: str, starts: tuple[str, str], side: str
) -> None:
    assert detailed_both_ways(load(name), starts) == [("adds_detail", side)] * 2
    # round 199's second way (``bare_partner``) reads these too: both off
    with patched(one_sided, "ONE_SIDED", False), patched(one_sided, "BARE_PARTNER", False):
        assert detailed_both_ways(load(name), starts) == [("same_fact", None)] * 2


def test_an_older_writers_same_fact_of_this_shape_is_read_as_more_detail() -> None:
    # entry 62: the writers call it the same fact (each side adds a little); the rule reads
    # the skipper's name and age and the quarter of an hour as more detail (one of the 15
    # same facts it makes wrong on all 560)
    starts = ("Two of the men were clinging", "The lifeboat was under way")
    assert detailed_both_ways(load("lifeboat_porthkerran"), starts) == [("adds_detail", "b")] * 2


_WORDS = st.sampled_from(
    [
        "humps",
        "signs",
        "road",
        "weeks",
        "Sancoche",
        "48,500",
        "Corporation",
        "six",
        "built",
        "lines",
    ]
)


@given(
    words_a=st.lists(_WORDS, min_size=1, max_size=14),
    words_b=st.lists(_WORDS, min_size=1, max_size=14),
    alone=st.tuples(st.booleans(), st.booleans()),
)
def test_the_rule_only_turns_the_same_fact_into_more_detail_and_mirrors(
    words_a: list[str], words_b: list[str], alone: tuple[bool, bool]
) -> None:
    text_a = "The " + " ".join(words_a) + "."
    text_b = "The " + " ".join(words_b) + "."
    a, b = sentence_terms(text_a, text_b)
    on = relation_of(a, b, text_a, text_b, shares_quote=False, alone=alone)[:2]
    mirrored = relation_of(b, a, text_b, text_a, shares_quote=False, alone=alone[::-1])[:2]
    assert mirrored == (on[0], MIRRORED_SIDE[on[1]])
    with patched(one_sided, "ONE_SIDED", False):
        off = relation_of(a, b, text_a, text_b, shares_quote=False, alone=alone)[:2]
    if on != off:
        assert off == ("same_fact", None)
        assert on[0] == "adds_detail"
        rich, other, rich_text, other_text = (
            (a, b, text_a, text_b) if on[1] == "a" else (b, a, text_b, text_a)
        )
        assert _fits(rich, other, rich_text, other_text, alone[0] if on[1] == "a" else alone[1])


def _fits(rich: UnitTerms, other: UnitTerms, rich_text: str, other_text: str, alone: bool) -> bool:
    """Whether the pair meets every setting of the rule, counted afresh."""
    rich_pieces, other_pieces = gram_set(rich_text), gram_set(other_text)
    words = len(LIKENESS_WORD.findall(rich_text)), len(LIKENESS_WORD.findall(other_text))
    return (
        alone
        and own_terms(rich, other, other_pieces) >= ONE_SIDED_OWN_TERMS
        and own_terms(other, rich, rich_pieces) <= ONE_SIDED_OTHER_OWN_TERMS
        and len(rich_pieces & other_pieces) >= ONE_SIDED_COVERED * len(other_pieces)
        and words[0] >= ONE_SIDED_WORDS_RATIO * words[1]
        and gives_value_or_name(rich, other)
    )
