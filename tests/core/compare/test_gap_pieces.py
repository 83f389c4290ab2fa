"""Two sentences between two pairs in order need their pieces of words to meet (round 167)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, engine
from desktop_app.core.compare.engine import GAP_PIECES_FLOOR
from desktop_app.core.compare.grams import gram_cosine, gram_vectors
from desktop_app.core.compare.neighbours import BESIDE_PIECES_FLOOR
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import has_pair, paired_both_ways

SKIPPER = "Her skipper was due to retire in June after thirty winters."
COASTGUARDS = "Coastguards from Kilbride were due at Portmore already."
FERRY_A = (
    "The ferry Island Star ran aground off Portmore at 7am on Friday. "
    f"{SKIPPER} "
    "All 212 passengers were taken ashore by lifeboat before noon."
)
FERRY_B = (
    "The Island Star hit a sandbank off Portmore early on Friday morning. "
    f"{COASTGUARDS} "
    "Lifeboats carried all 212 passengers ashore by midday."
)


def _no_late_gaps(*_args: object) -> list[tuple[int, int]]:
    """``between_pairs`` switched off: the late gap rule would take the two sentences again,
    once the drops have run, so the early rule is seen alone."""
    return []


def _gap_paired(text_a: str, text_b: str) -> list[bool]:
    """Whether the skipper and the coastguards are paired, A with B and B with A."""
    return [
        has_pair(compare_texts(text_a, text_b).pairs, (SKIPPER, COASTGUARDS)),
        has_pair(compare_texts(text_b, text_a).pairs, (COASTGUARDS, SKIPPER)),
    ]


def test_the_floor_is_the_one_beside_a_pair() -> None:
    assert GAP_PIECES_FLOOR == BESIDE_PIECES_FLOOR


def test_one_shared_word_between_two_pairs_is_no_pair_both_ways() -> None:
    grams_a, grams_b = gram_vectors(([SKIPPER], [COASTGUARDS]))
    assert gram_cosine(grams_a[0], grams_b[0]) < GAP_PIECES_FLOOR
    with patched(engine, "between_pairs", _no_late_gaps):
        assert _gap_paired(FERRY_A, FERRY_B) == [False, False]
        with patched(engine, "GAP_PIECES_FLOOR", 0.0):
            assert _gap_paired(FERRY_A, FERRY_B) == [True, True]


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # the board withdrawing the paper against the candidates "due" to sit it
        ("exampaper_brindlecombe", ("The board withdrew the paper", "Some 4,200 candidates")),
        # Altai: the village left without light against the generator that stopped, sharing
        # "калды" (became, was left) alone
        ("jaryk_jazator", ("Јарык јок 214 айыл", "Тӱш кийнинде")),
    ],
)
def test_development_gap_pairs_of_one_word_are_unpaired_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(engine, "GAP_PIECES_FLOOR", 0.0):
        assert paired_both_ways(truth, starts) == [True, True]


@given(
    st.sampled_from(
        [SKIPPER, "The skipper had thirty winters behind her.", "It was due.", "Coastguards came."]
    ),
    st.sampled_from([GAP_PIECES_FLOOR, 0.0, 1.0]),
)
def test_swapping_the_texts_swaps_the_pairs_and_a_higher_floor_pairs_no_more(
    middle_a: str, floor: float
) -> None:
    text_a = FERRY_A.replace(SKIPPER, middle_a)

    def middles_paired() -> bool:
        return has_pair(compare_texts(text_a, FERRY_B).pairs, (middle_a, COASTGUARDS))

    with (
        patched(engine, "between_pairs", _no_late_gaps),
        patched(engine, "GAP_PIECES_FLOOR", floor),
    ):
        forward = [(p.a.text, p.b.text) for p in compare_texts(text_a, FERRY_B).pairs]
        backward = [(p.b.text, p.a.text) for p in compare_texts(FERRY_B, text_a).pairs]
        paired = middles_paired()
    assert sorted(forward) == sorted(backward)
    with patched(engine, "between_pairs", _no_late_gaps), patched(engine, "GAP_PIECES_FLOOR", 0.0):
        # no floor pairs at least what a floor does
        assert middles_paired() or not paired
