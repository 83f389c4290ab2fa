"""What one side quotes someone saying, where the other quotes nothing, is no detail (round 134)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import relations
from desktop_app.core.compare.relations import QUOTED_DETAIL_WORDS, quoted_against_told
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    labelled_both_ways,
    related_both_ways,
    sentence_terms,
)

#: The rule switched off: no quotation is that long.
_OFF = 10**6


def _labels_both_ways(
    richer: str, poorer: str
) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """The relation and detail side with ``richer`` as A, and with it as B."""
    rich_terms, poor_terms = sentence_terms(richer, poorer)
    articles = (rich_terms.weights.keys(), poor_terms.weights.keys())
    return labelled_both_ways(rich_terms, poor_terms, (richer, poorer), articles)


@pytest.mark.parametrize(
    ("quoting", "told"),
    [
        # a speaker's whole sentence quoted against the fact told in a few words
        ("Inspector Jane Moss said: “The van was found burnt out in a lay-by near Hexham on "
         "Sunday night.”", "The van was found."),
        # a quotation that runs on at the end of the writer's sentence
        ("The mayor said the bridge would reopen “as soon as the engineers are satisfied it is "
         "safe”.", "The bridge will reopen."),
        # a name in quote marks on the told side is no one's words either
        ("Jane Moss of the “Hexham Watch” group said: “The van was found burnt out in a lay-by "
         "near Hexham on Sunday night.”", "The “Hexham Watch” group said the van was found."),
    ],
)  # fmt: skip
def test_a_quotation_against_a_sentence_quoting_nothing_is_the_same_fact(
    quoting: str, told: str
) -> None:
    assert quoted_against_told(quoting, told)
    assert not quoted_against_told(told, quoting)
    assert _labels_both_ways(quoting, told) == (("same_fact", None), ("same_fact", None))
    with patched(relations, "QUOTED_DETAIL_WORDS", _OFF):
        assert _labels_both_ways(quoting, told) == (("adds_detail", "a"), ("adds_detail", "b"))


@pytest.mark.parametrize(
    ("richer", "poorer"),
    [
        # the same words told, not quoted
        ("Inspector Jane Moss said the van was found burnt out in a lay-by near Hexham on "
         "Sunday night.", "The van was found."),
        # a name in quote marks (``quotes.is_quoted_name``) is no one's words
        ("The van, a white “Transit Custom”, was found burnt out in a lay-by near Hexham on "
         "Sunday night.", "The van was found."),
        # a longer name in quote marks, its last word capitalised too
        # (``quotes.reads_as_long_name``; entry 132's fountain_selwardine)
        ("The “Friends of the Jubilee Fountain”, a group of about twenty volunteers, scrub the "
         "basin on the first weekend of every month.", "Volunteers clean the basin."),
    ],
)  # fmt: skip
def test_more_detail_told_or_named_in_quote_marks_stays_more_detail(
    richer: str, poorer: str
) -> None:
    assert not quoted_against_told(richer, poorer)
    assert _labels_both_ways(richer, poorer) == (("adds_detail", "a"), ("adds_detail", "b"))


def test_a_quotation_on_both_sides_is_left_to_the_other_rules() -> None:
    quoting = "Jane Moss said: “The van was found burnt out near Hexham.”"
    other = "“It was found,” she said."
    assert not quoted_against_told(quoting, other)
    assert not quoted_against_told(other, quoting)


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entry 52: the detective's words against the police's belief told
        ("hives_pendrell", ("Detective Sergeant Ian Moss", "Police think the hives")),
        # entry 39: the judge's words to the company against their gist told
        ("gangway_brackwater", ("District Judge Alan Peake told the company",
                                "District Judge Alan Peake told the firm")),
    ],
)  # fmt: skip
def test_development_pairs_quoted_against_told_are_the_same_fact_both_ways(
    name: str, starts: tuple[str, str]
) -> None:
    truth = load(name)
    assert related_both_ways(truth, starts) == ["same_fact", "same_fact"]
    with patched(relations, "QUOTED_DETAIL_WORDS", _OFF):
        assert related_both_ways(truth, starts) == ["adds_detail", "adds_detail"]


def test_a_boat_named_in_quote_marks_still_adds_detail_both_ways() -> None:
    # entry 62: the neighbour who towed the hull in his own boat, the “Girl Tamsin”
    starts = ("The hull was towed", "The hull was towed")
    assert related_both_ways(load("lifeboat_porthkerran"), starts) == [
        "adds_detail",
        "adds_detail",
    ]


_WORDS = st.sampled_from(["the", "van", "was", "found", "near", "hexham", "late", "burnt", "out"])


@given(
    frame=st.lists(_WORDS, min_size=1, max_size=5),
    quoted=st.lists(_WORDS, min_size=1, max_size=8),
    told=st.lists(_WORDS, min_size=1, max_size=8),
)
def test_the_rule_reads_the_quotation_length_and_is_symmetric(
    frame: list[str], quoted: list[str], told: list[str]
) -> None:
    quoting = f"{' '.join(frame).capitalize()} said: “{' '.join(quoted)}.”"
    other = f"{' '.join(told).capitalize()}."
    assert quoted_against_told(quoting, other) == (len(quoted) >= QUOTED_DETAIL_WORDS)
    assert not quoted_against_told(other, quoting)
    forward, backward = _labels_both_ways(quoting, other)
    mirrored = {"a": "b", "b": "a", None: None}
    assert backward == (forward[0], mirrored[forward[1]])
    if quoted_against_told(quoting, other):
        assert forward != ("adds_detail", "a")
