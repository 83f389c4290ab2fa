"""One sentence told word for word inside the other is spared by the late drops (round 120)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.compare import told_whole as told_whole_module
from desktop_app.core.compare.told_whole import WHOLE_WORDS, sentence_words, told_whole
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

SIDAAMU_RIVER = "Dorrishe laga waa qooxeessu manni ganbaanno."
SIDAAMU_RIVER_MORE = "Dorrishe laga waa qooxeessu manni ganbaanno, mereero sase"
DINKA_LISTENERS = "Acuäär kaa diäk aacï dɔm."
DINKA_LISTENERS_MORE = "Acuäär kaa diäk aacï dɔm ne thuk de Bor"


def _whole(a: str, b: str) -> bool:
    return told_whole(sentence_words(a), sentence_words(b))


def test_a_sentence_told_again_inside_a_longer_one_is_whole_both_ways() -> None:
    shorter = "The kennels have closed their doors to new guests."
    longer = "The kennels have closed their doors to new guests until the vets say otherwise."
    assert _whole(shorter, longer)
    assert _whole(longer, shorter)
    assert _whole(
        "Die Straße bleibt bis Montag gesperrt.",
        "Laut Polizei: die Straße bleibt bis Montag gesperrt.",
    )


def test_words_are_read_without_case_punctuation_or_spacing() -> None:
    assert sentence_words("«Hazina  ya Komori», piya!") == ("hazina", "ya", "komori", "piya")
    assert _whole(
        "the line was closed for 36 hours", "The line was closed for 36 hours, a spokesman said."
    )


def test_identical_short_reordered_or_cut_sentences_are_not_whole() -> None:
    sentence = "The line was closed for 36 hours."
    assert not _whole(sentence, sentence)  # identical sentences have their own spare
    assert not _whole("Nobody was hurt.", "Nobody was hurt, the police said.")  # too few words
    assert not _whole(sentence, "For 36 hours the line was closed, a spokesman said.")
    assert not _whole(sentence, "The line was closed for 48 hours, a spokesman said.")


def test_the_fewest_words() -> None:
    words = ("one", "two", "three", "four", "five", "six")
    assert told_whole(words[:WHOLE_WORDS], words)
    assert not told_whole(words[: WHOLE_WORDS - 1], words)


#: Words of the hypothesis tests: few, so that runs of them meet.
_WORDS = st.sampled_from("abcde")


@given(st.lists(_WORDS, max_size=9).map(tuple), st.lists(_WORDS, max_size=9).map(tuple))
def test_whole_is_symmetric_and_means_a_run_of_the_longer(
    words_a: tuple[str, ...], words_b: tuple[str, ...]
) -> None:
    whole = told_whole(words_a, words_b)
    assert whole == told_whole(words_b, words_a)
    shorter, longer = sorted((words_a, words_b), key=len)
    runs = {longer[k : k + len(shorter)] for k in range(len(longer) - len(shorter) + 1)}
    expected = WHOLE_WORDS <= len(shorter) < len(longer) and shorter in runs
    assert whole == expected


@given(
    shorter=st.lists(_WORDS, max_size=8).map(tuple),
    before=st.lists(_WORDS, max_size=3).map(tuple),
    after=st.lists(_WORDS, max_size=3).map(tuple),
)
def test_a_sentence_with_words_around_it_holds_it_whole_from_the_fewest_words(
    shorter: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...]
) -> None:
    # two random sentences hold one another in about one draw of a hundred: build the case
    assume(before or after)
    longer = (*before, *shorter, *after)
    expected = len(shorter) >= WHOLE_WORDS
    assert told_whole(shorter, longer) == expected
    assert told_whole(longer, shorter) == expected


def test_development_pairs_told_whole_are_found_both_ways_and_not_without_the_rule() -> None:
    for name, starts in (
        ("buna_dorrishe", (SIDAAMU_RIVER, SIDAAMU_RIVER_MORE)),
        ("radio_mast_panliet", (DINKA_LISTENERS, DINKA_LISTENERS_MORE)),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [True, True], name
        with patched(told_whole_module, "WHOLE_WORDS", 10**6):
            assert paired_both_ways(truth, starts) == [False, False], name
