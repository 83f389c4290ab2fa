"""Endings and clitics that a hyphen joins to a word or a figure are no terms of their own."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare.align import similarity, unit_terms
from desktop_app.core.compare.terms import JOINED_ENDING_LETTERS, joined_ending, tokens
from desktop_app.core.compare.units import split_units


def _keys(text: str) -> set[str]:
    return {token.key for token in tokens(text)}


def _ending(text: str, piece: str) -> bool:
    """``joined_ending`` for the last ``piece`` of ``text`` after a hyphen, or without one."""
    start = text.rindex(f"-{piece}") + 1 if f"-{piece}" in text else text.rindex(piece)
    return joined_ending(text, start, start + len(piece))


def test_a_clitic_or_case_ending_after_a_word_or_a_figure_is_an_ending() -> None:
    assert _ending("qimugtet ikamrat-llu", "llu")  # Yup'ik "and"
    assert _ending("Trooper-at qanertut", "at")  # a plural ending on a loan
    assert _ending("ayallruut 10:15-mi unuakumi", "mi")  # a case ending on a clock time
    assert _ending("Hiihiskuul pay 1987-ti ep", "ti")  # Hopi, on a year
    assert _ending("a 52-year-old man", "old")
    assert "llu" not in _keys("Qimugtelget ikamrat-llu ayallruut.")


def test_a_longer_piece_or_one_after_a_single_letter_is_a_word() -> None:
    assert not _ending("Jean-Marie Lefèvre", "Marie")  # four letters or more: a word
    assert not _ending("an t-ádh dearg", "ádh")  # Irish: "t-" is the prefix, "ádh" the word
    assert not _ending("ny h-oie", "oie")  # Manx
    assert not _ending("a £6-a-day charge", "day")  # a single letter before the hyphen
    assert not _ending("the old mill", "old")  # no hyphen
    assert "ádh" in {token.surface for token in tokens("Bhí an t-ádh orthu.")}


def test_two_sentences_sharing_only_joined_endings_share_no_term() -> None:
    a = "Nanvarnarrarmek ayallruut Trooper-at, ikamrat-llu."
    b = "Kuigilngurmiut tekitellruut snowmachine-aat, qimugtet-llu."
    for first, second in ((a, b), (b, a)):
        terms_first, terms_second = unit_terms(
            (first, second), ([split_units(first)[0]], [split_units(second)[0]])
        )
        assert similarity(terms_first[0], terms_second[0]) == 0.0


@example("aa", "otg", "")
@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüñ", min_size=2, max_size=10),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüñ", min_size=1, max_size=7),
    st.sampled_from(["", "12", "10:15"]),
)
def test_a_piece_after_a_hyphen_is_an_ending_exactly_when_it_is_short(
    word: str, piece: str, figure: str
) -> None:
    host = figure or word
    text = f"Kiagmi {host}-{piece} tekitellruuq."
    start = text.index(f"-{piece}") + 1
    assert joined_ending(text, start, start + len(piece)) == (len(piece) <= JOINED_ENDING_LETTERS)
    if len(piece) <= JOINED_ENDING_LETTERS:
        # no word is read there; a number word of some language is still read as its
        # figure ("aa-otg": a count of 8), as in "twenty-one"
        assert not any(token.start == start and token.kind == "word" for token in tokens(text))
