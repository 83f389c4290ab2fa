"""A run of katakana is read as one word, ideographs still as bigrams (round 129)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import terms
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

#: The Ainu development pair's sentences of the town office rebuilding the houses (A, B).
AINU_REBUILDING = ("ヤクバ アナㇰネ, ハチㇼ チセ オピッタ", "ヤクバ アナㇰネ パイカㇻ パㇰノ チセ")
#: A's clock sentence and a villager's words, which share only pieces of common words.
AINU_CLOCK_AND_WORDS = ("ヤクバ ウタㇻ アナㇰネ 4:50 タ チセ", "「チセ ハチㇼ ヌカㇻ ワ")
#: The reading before this round: every run of ideographs and katakana as bigrams.
BIGRAMS_ONLY = re.compile(r"(?P<katakana>(?!))|.+")

KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンー"
)
SMALL_KANA = "ㇰㇱㇳㇵㇷㇺㇻㇼㇾㇿ"
IDEOGRAPHS = "東京葛飾北斎県市町村火事"


def keys(text: str) -> list[str]:
    return [token.key for token in tokens(text)]


def test_a_katakana_word_between_spaces_is_one_term() -> None:
    assert keys("ヤクバ ウタㇻ アナㇰネ") == ["ヤクバ", "ウタㇻ", "アナㇰネ"]


def test_the_small_kana_and_the_combining_voiced_mark_stay_in_the_word() -> None:
    assert keys("スクㇷ゚ ウタㇻ") == ["スクㇷ゚", "ウタㇻ"]


def test_ideographs_are_still_bigrams_and_katakana_beside_them_a_word() -> None:
    assert keys("葛飾北斎") == ["葛飾", "飾北", "北斎"]
    assert keys("東京タワーの火事") == ["東京", "タワー", "火事"]
    assert keys("県") == ["県"]


def test_without_the_rule_katakana_is_read_as_bigrams() -> None:
    with patched(terms, "_KATAKANA_OR_IDEOGRAPHS", BIGRAMS_ONLY):
        assert keys("アナㇰネ") == ["アナ", "ナㇰ", "ㇰネ"]
        assert keys("東京タワー") == ["東京", "京タ", "タワ", "ワー"]


@given(
    st.lists(
        st.text(alphabet=KATAKANA + SMALL_KANA + IDEOGRAPHS, min_size=1, max_size=8),
        min_size=1,
        max_size=6,
    )
)
def test_every_term_is_its_text_and_a_katakana_run_is_never_cut(words: list[str]) -> None:
    text = " ".join(words)
    kana = set(KATAKANA + SMALL_KANA)
    runs = {match.group(0) for match in re.finditer(f"[{KATAKANA}{SMALL_KANA}]+", text)}
    for token in tokens(text):
        assert text[token.start : token.end] == token.key
        if token.key[0] in kana:
            assert token.key in runs
        else:
            assert not kana.intersection(token.key)


def test_the_ainu_rebuilding_is_paired_both_ways_and_not_without_the_rule() -> None:
    truth = load("cise_esoypet")
    assert paired_both_ways(truth, AINU_REBUILDING) == [True, True]
    with patched(terms, "_KATAKANA_OR_IDEOGRAPHS", BIGRAMS_ONLY):
        assert paired_both_ways(truth, AINU_REBUILDING) == [False, False]


def test_the_ainu_pair_of_word_pieces_is_gone_both_ways() -> None:
    truth = load("cise_esoypet")
    assert paired_both_ways(truth, AINU_CLOCK_AND_WORDS) == [False, False]
    with patched(terms, "_KATAKANA_OR_IDEOGRAPHS", BIGRAMS_ONLY):
        assert paired_both_ways(truth, AINU_CLOCK_AND_WORDS) == [True, True]
