"""Two sentences told word for word but for one value pair (round 126, ``value_swapped``)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.compare import engine
from desktop_app.core.compare.units import split_units
from desktop_app.core.compare.value_swapped import (
    FRAME_WORDS,
    SLOT_WORDS,
    ReadWords,
    read_words,
    swapped_frame,
    value_swapped_pairs,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped
from tests.core.compare.sentence_pairs import sentence_terms, texts_terms

KAQCHIKEL_POLICE = "Ri ajch'ame'y xe'apon pa 7:30."
KAQCHIKEL_POLICE_MIDDAY = "Ri ajch'ame'y xe'apon pa nik'aj q'ij."
SYRIAC_GUESTS = "ܓܘ ܣܐܠܘܢ ܗܘܘ 450 ܥܙܝܡܐ."
SYRIAC_GUESTS_IN_WORDS = "ܓܘ ܣܐܠܘܢ ܗܘܘ ܐܪܒܥ ܐܡܐ ܘܚܡܫܝ ܥܙܝܡܐ."


def _frame(text_a: str, text_b: str) -> int:
    """The frame of two one-sentence texts, their values read as the engine reads them."""
    a, b = sentence_terms(text_a, text_b)
    return swapped_frame(read_words(text_a, a.read), read_words(text_b, b.read))


def test_a_value_told_otherwise_in_the_same_words_is_framed_both_ways() -> None:
    for text_a, text_b, frame in (
        (KAQCHIKEL_POLICE, KAQCHIKEL_POLICE_MIDDAY, 7),  # ri ajch ame y xe apon pa
        (SYRIAC_GUESTS, SYRIAC_GUESTS_IN_WORDS, 4),
        ("The police arrived at 7:30.", "The police arrived at half past seven.", 4),
        ("Vier Feuerwehrleute wurden verletzt.", "12 Feuerwehrleute wurden verletzt.", 3),
        ("The fine was 45,000 dollars.", "The fine was 54,000 dollars, the court said.", 5),
    ):
        assert _frame(text_a, text_b) == frame, text_a
        assert _frame(text_b, text_a) == frame, text_b


def test_words_are_read_with_the_values_the_engine_reads() -> None:
    a, _ = sentence_terms("The police came at 7:30 with 12 officers.", "Nothing here.")
    read = read_words("The police came at 7:30 with 12 officers.", a.read)
    assert read.words == ("the", "police", "came", "at", "7", "30", "with", "12", "officers")
    assert read.valued == (False, False, False, False, True, True, False, True, False)


def test_no_value_two_slots_too_few_words_or_a_phrase_of_a_long_sentence_is_no_frame() -> None:
    assert _frame("The police arrived at dawn.", "The police arrived at the gate.") == 0
    assert _frame("The police arrived at 7:30.", "The police arrived at 7:30.") == 0
    assert (
        _frame(
            "Police came at 7:30 on the road from the town with 12 men.",
            "Police came at nine on the road from the town with four men.",
        )
        == 0
    )  # two values far apart: no one slot
    assert _frame("Came at 7:30.", "Came at nine.") == 0  # two words alike
    assert (
        _frame(
            "Hazi ya ukuta itsolipvwa faranga milioni 7.",
            "Msu ngie ha mkiri wakati hazi ya ukuta ha inkosa na msu tsatsa mtsanga wa mkiri.",
        )
        == 0
    )


def _pairs(text_a: str, text_b: str) -> list[tuple[int, int]]:
    """The rule's pairs of the sentences of two texts, every pair of them a candidate."""
    units_a, units_b = split_units(text_a), split_units(text_b)
    terms_a, terms_b = texts_terms(text_a, text_b)
    return value_swapped_pairs(
        [(i, j) for i in range(len(units_a)) for j in range(len(units_b))],
        (
            lambda k: text_a[units_a[k].start : units_a[k].end],
            lambda k: text_b[units_b[k].start : units_b[k].end],
        ),
        ([terms.read for terms in terms_a], [terms.read for terms in terms_b]),
    )


def test_each_sentence_pairs_with_its_only_best_frame_both_ways() -> None:
    at_dawn = "Ri ajch'ame'y xe'apon pa aq'ab'il."
    text_a = f"{KAQCHIKEL_POLICE} Ri ch'ich' xpe pa jun ora."
    assert _pairs(text_a, KAQCHIKEL_POLICE_MIDDAY) == [(0, 0)]
    assert _pairs(KAQCHIKEL_POLICE_MIDDAY, text_a) == swapped([(0, 0)])
    # the 7:30 sentence frames midday and dawn alike: neither is its only best partner
    assert _pairs(text_a, f"{KAQCHIKEL_POLICE_MIDDAY} {at_dawn}") == []
    assert _pairs(f"{KAQCHIKEL_POLICE_MIDDAY} {at_dawn}", text_a) == []


#: Words of the hypothesis tests: few, so that runs of them meet.
_WORDS = st.lists(st.sampled_from("abcd"), max_size=8)


@given(
    words_a=_WORDS,
    words_b=_WORDS,
    valued_a=st.lists(st.booleans(), min_size=8, max_size=8),
    valued_b=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_the_frame_is_symmetric(
    words_a: list[str], words_b: list[str], valued_a: list[bool], valued_b: list[bool]
) -> None:
    a = ReadWords(tuple(words_a), tuple(valued_a[: len(words_a)]))
    b = ReadWords(tuple(words_b), tuple(valued_b[: len(words_b)]))
    assert swapped_frame(a, b) == swapped_frame(b, a)


@given(
    head=st.lists(st.sampled_from("abcd"), max_size=5),
    tail=st.lists(st.sampled_from("abcd"), max_size=5),
    mine=st.integers(1, SLOT_WORDS),
    theirs=st.integers(1, SLOT_WORDS),
    valued=st.booleans(),
)
def test_a_sentence_told_again_but_for_a_value_is_framed_by_all_its_other_words(
    head: list[str], tail: list[str], mine: int, theirs: int, valued: bool
) -> None:
    # the value's words ("7", "30"; "seven") are none of the frame's letters
    frame = (*head, *tail)
    assume(len(frame) >= FRAME_WORDS)
    a = ReadWords(
        (*head, *(["7"] * mine), *tail),
        (*[False] * len(head), *[valued] * mine, *[False] * len(tail)),
    )
    b = ReadWords(
        (*head, *(["seven"] * theirs), *tail),
        (*[False] * len(head), *[not valued] * theirs, *[False] * len(tail)),
    )
    assert swapped_frame(a, b) == swapped_frame(b, a) == len(frame)
    # the same words with no value on either side are no frame
    plain_a = ReadWords(a.words, tuple(False for _ in a.words))
    plain_b = ReadWords(b.words, tuple(False for _ in b.words))
    assert swapped_frame(plain_a, plain_b) == 0


def test_development_pairs_are_found_both_ways_and_not_without_the_rule() -> None:
    for name, starts in (
        ("kape_pasikaj", (KAQCHIKEL_POLICE, KAQCHIKEL_POLICE_MIDDAY)),
        ("hlula_bethnuhra", (SYRIAC_GUESTS, SYRIAC_GUESTS_IN_WORDS)),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [True, True], name
        with patched(engine, "value_swapped_pairs", lambda *_, **__: []):
            assert paired_both_ways(truth, starts) == [False, False], name
