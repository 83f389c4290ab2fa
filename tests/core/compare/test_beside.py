"""A clock time or a fraction against a word unread beside the same word (rounds 63, 89)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.framed import beside_difference
from desktop_app.core.compare.terms import stem
from tests.core.compare.test_framed import NONSENSE, assert_differs_both_ways, difference_by


def _difference(text_a: str, text_b: str) -> str:
    return difference_by(beside_difference, text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # Turkmen: a clock time after the clock word "sagat", an hour in words after it
        (
            "Garawul polisiýa sagat 06:20-de habar berdi.",
            "Garawul sagat ýedide polisiýa jaň edipdir.",
            "06:20 ≠ ýedide",
        ),
        # Chamorro: the frame is the word after the time ("9:40 gi puengi" / "alas dies i
        # media gi puengi"); a comma after "ospitåt" keeps the word before from framing
        (
            "Ripotte ginen i ospitåt 9:40 gi puengi.",
            "Notisia ginen i ospitåt, alas dies i media gi puengi.",
            "9:40 ≠ media",
        ),
        # Romansh: an amount with a fraction against a round one before the same scale word
        # (Vallader "tschinch", five, a form the table lacks; "dus", two, it reads since
        # round 67: see test_num2words2_languages)
        (
            "Il donn vegn stimà sin radund 1,8 milliuns francs.",
            "Il donn importa passa tschinch milliuns francs.",
            "1,8 ≠ tschinch",
        ),
    ],
)
def test_a_time_or_a_fraction_against_an_unread_word_beside_its_word_differs(
    text_a: str, text_b: str, difference: str
) -> None:
    assert_differs_both_ways(beside_difference, text_a, text_b, difference)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a count in digits: too often told the same in words, or left out (round 47)
        ("Garawul 12 polisiýa habar berdi.", "Garawul ýedi polisiýa habar berdi."),
        # the other side writes a digit: the engine compares figures itself
        ("Garawul sagat 06:20-de habar berdi.", "Garawul sagat ýedide 2 habar berdi."),
        # a number the engine reads is no unread word
        ("He called at 6:20 in the morning.", "He called at seven in the morning."),
        # a stopword beside the frame word is no hour in words
        ("The lorry overturned at 4pm on the bypass.", "The lorry overturned in the afternoon."),
        # the unread word is a word of the first side
        ("Garawul sagat 06:20 habar berdi.", "Garawul habar sagat berdi."),
        # the other side gives the time too
        ("Garawul sagat 06:20 habar berdi.", "Garawul sagat 06:20 ýedide habar berdi."),
    ],
)
def test_no_difference_without_a_time_or_fraction_beside_an_unread_word(
    text_a: str, text_b: str
) -> None:
    assert _difference(text_a, text_b) == ""
    assert _difference(text_b, text_a) == ""


def test_the_engine_labels_such_a_pair_a_contradiction_both_ways() -> None:
    text_a = "Ogurlyk barada muzeýiň garawuly polisiýa sagat 06:20-de habar berdi."
    text_b = "Ogurlyk barada muzeýiň garawuly polisiýa sagat ýedide habar berdi."
    (pair,) = compare_texts(text_a, text_b).pairs
    assert (pair.relation, pair.differences) == ("contradicts", ("06:20 ≠ ýedide",))
    (swapped,) = compare_texts(text_b, text_a).pairs
    assert (swapped.relation, swapped.differences) == ("contradicts", ("ýedide ≠ 06:20",))


_words = st.lists(st.sampled_from(NONSENSE), min_size=2, max_size=8)
_times = st.tuples(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))


@given(_words, st.integers(min_value=0, max_value=8), _times)
def test_a_time_where_the_other_side_has_a_new_word_differs_both_ways(
    words: list[str], where: int, time: tuple[int, int]
) -> None:
    where = max(1, min(where, len(words)))
    clock, unread = f"{time[0]}:{time[1]:02d}", "snorvelik"
    text_a = " ".join([*words[:where], clock, *words[where:]])
    text_b = " ".join([*words[:where], unread, *words[where:]])
    difference = _difference(text_a, text_b)
    assert _difference(text_b, text_a) == " ≠ ".join(reversed(difference.split(" ≠ ")))
    if len({stem(word) for word in words}) == len(words):
        assert difference == f"{clock} ≠ {unread}"


@given(_words, _times)
def test_a_sentence_with_a_time_against_itself_is_a_near_copy(
    words: list[str], time: tuple[int, int]
) -> None:
    text = " ".join([words[0], f"{time[0]}:{time[1]:02d}", *words[1:]])
    assert _difference(text, text) == ""
    (pair,) = compare_texts(text, text).pairs
    assert pair.relation == "near_copy"


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the frame word leads to the day: the word before it on the other side is no hour
        (
            "Firefighters were called to Hollins Pottery at 9.47pm on Saturday 14 November.",
            "I watched its kiln house burn on Saturday night.",
        ),
        # Welsh: "fore Iau" (Thursday morning) after the time, "fel arfer" (as usual) before it
        (
            "Y gobaith yw y bydd y Maes yn ailagor am 08:00 fore Iau.",
            "Mae'r trefnwyr yn hyderus y bydd y gatiau ar agor fel arfer fore Iau.",
        ),
        # just before midnight agrees with 11.40pm; the frame "on" is the day's
        (
            "The main burst beneath Station Road at 11.40pm on Sunday 7 March.",
            "The main under Station Road gave way just before midnight on Sunday.",
        ),
    ],
)
def test_a_frame_word_of_a_weekday_frames_no_hour(text_a: str, text_b: str) -> None:
    assert _difference(text_a, text_b) == ""
    assert _difference(text_b, text_a) == ""


def test_the_hour_word_beside_the_time_still_frames_it_when_a_day_follows() -> None:
    # Turkmen: "sagat" (o'clock) frames the hour; "anna" (Friday) after the time is the day's
    assert_differs_both_ways(
        beside_difference,
        "Garawul sagat 06:20 anna habar berdi.",
        "Garawul sagat ýedide anna habar berdi.",
        "06:20 ≠ ýedide",
    )


_days = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])


@given(_words, _times, _days)
def test_a_time_before_the_day_against_a_new_word_before_the_day_never_differs(
    words: list[str], time: tuple[int, int], day: str
) -> None:
    # a comma before the time keeps the word before it from framing it
    clock, unread = f"{time[0]}:{time[1]:02d}", "snorvelik"
    text_a = " ".join([*words, ",", clock, "on", day])
    text_b = " ".join([*words, ",", unread, "on", day])
    assert _difference(text_a, text_b) == ""
    assert _difference(text_b, text_a) == ""
